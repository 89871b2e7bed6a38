/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Numbers and foil thicknesses as people type them (stencil-units): a point or the locale's
 * decimal comma, full-width digits, and µm, mm or mil; anything else is refused with the units
 * that are known. */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "stencil-types.h"
#include "stencil-units.h"

static void
assert_decimal (const char *text,
                double      expected)
{
  double value = -12345;

  if (!stencil_parse_decimal (text, &value))
    g_error ("“%s” was not read as a number", text);
  g_assert_cmpfloat_with_epsilon (value, expected, 1e-12);
}

static void
assert_not_decimal (const char *text)
{
  double value = -12345;

  if (stencil_parse_decimal (text, &value))
    g_error ("“%s” was read as %g", text, value);
  g_assert_cmpfloat (value, ==, -12345);   /* untouched */
}

/* Sets a locale for one test; it must exist (tests/make-locales.sh, LOCPATH). */
static gboolean
use_locale (const char *name)
{
  if (setlocale (LC_ALL, name) != NULL)
    return TRUE;
  g_test_fail_printf ("the locale %s cannot be set (LOCPATH=%s): run through meson test", name,
                      g_getenv ("LOCPATH"));
  return FALSE;
}

static void
test_decimal_point (void)
{
  setlocale (LC_ALL, "C");
  assert_decimal ("127", 127);
  assert_decimal ("127.5", 127.5);
  assert_decimal ("  127.5 \t", 127.5);
  assert_decimal ("+3", 3);
  assert_decimal ("-0.5", -0.5);
  assert_decimal ("−2", -2);            /* U+2212 minus sign */
  assert_decimal ("1e2", 100);
  assert_decimal ("2.5E-1", 0.25);
  assert_decimal ("5.", 5);
  assert_decimal (".5", 0.5);
  assert_decimal ("１２７．５", 127.5);   /* full-width, as a Japanese input method types */
  assert_decimal ("0.1270", 0.127);
}

static void
test_decimal_rejects (void)
{
  const char *bad[] = {
    "", " ", "abc", "127 µm", "1.2.3", "12 7", "inf", "nan", "-inf", "0x10", "1e", "e5", "1e999",
    "1_000", "--5", "+-5", ".", "1,5", "1 000", "١٢٣", "\xff\xfe",
  };

  setlocale (LC_ALL, "C");
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    assert_not_decimal (bad[i]);
  assert_not_decimal (NULL);
}

/* In de_DE the comma is the decimal separator, and the point still is one. */
static void
test_decimal_locale (void)
{
  if (!use_locale ("de_DE.UTF-8"))
    return;
  g_assert_cmpstr (localeconv ()->decimal_point, ==, ",");
  assert_decimal ("127,5", 127.5);
  assert_decimal ("127.5", 127.5);
  assert_decimal (",5", 0.5);
  assert_decimal ("−0,25", -0.25);
  /* Grouping is never read: 1.234,5 is not 1234.5, and two separators are no number. */
  assert_not_decimal ("1.234,5");
  assert_not_decimal ("1,2,3");
  assert_not_decimal ("1,5.5");
  setlocale (LC_ALL, "C");
  assert_not_decimal ("127,5");

  if (!use_locale ("ja_JP.UTF-8"))
    return;
  assert_decimal ("127.5", 127.5);
  assert_not_decimal ("127,5");
  setlocale (LC_ALL, "C");
}

static void
assert_thickness (const char  *text,
                  double       expected_um,
                  StencilUnit  expected_unit)
{
  g_autoptr(GError) error = NULL;
  StencilUnit unit = STENCIL_N_UNITS;
  double um = -1;

  if (!stencil_parse_thickness (text, &um, &unit, &error))
    g_error ("“%s”: %s", text, error->message);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (um, expected_um, 1e-9);
  g_assert_cmpint (unit, ==, expected_unit);
}

static void
test_thickness (void)
{
  double um = 0;

  setlocale (LC_ALL, "C");
  assert_thickness ("127", 127, STENCIL_UNIT_UM);
  assert_thickness ("127um", 127, STENCIL_UNIT_UM);
  assert_thickness ("127 µm", 127, STENCIL_UNIT_UM);       /* U+00B5 micro sign */
  assert_thickness ("127μm", 127, STENCIL_UNIT_UM);        /* U+03BC Greek mu */
  assert_thickness ("127 UM", 127, STENCIL_UNIT_UM);
  assert_thickness ("127\xc2\xa0µm", 127, STENCIL_UNIT_UM);   /* no-break space */
  assert_thickness ("127\xe2\x80\xafµm ", 127, STENCIL_UNIT_UM);   /* narrow no-break space */
  assert_thickness ("120 microns", 120, STENCIL_UNIT_UM);
  assert_thickness ("120ミクロン", 120, STENCIL_UNIT_UM);
  assert_thickness ("0.127mm", 127, STENCIL_UNIT_MM);
  assert_thickness (" 0.127 MM", 127, STENCIL_UNIT_MM);
  assert_thickness ("5mil", 127, STENCIL_UNIT_MIL);        /* 1 mil = 25.4 µm */
  assert_thickness ("5 mils", 127, STENCIL_UNIT_MIL);
  assert_thickness ("4.5 Mil", 114.3, STENCIL_UNIT_MIL);
  assert_thickness ("１２７ｕｍ", 127, STENCIL_UNIT_UM);
  assert_thickness ("０．１２ｍｍ", 120, STENCIL_UNIT_MM);
  /* The range is the caller's: a negative thickness is still a number of µm. */
  assert_thickness ("-5", -5, STENCIL_UNIT_UM);
  /* out_unit may be NULL */
  g_assert_true (stencil_parse_thickness ("6 mil", &um, NULL, NULL));
  g_assert_cmpfloat_with_epsilon (um, 152.4, 1e-9);

  if (!use_locale ("de_DE.UTF-8"))
    return;
  assert_thickness ("127,5", 127.5, STENCIL_UNIT_UM);
  assert_thickness ("127,5 µm", 127.5, STENCIL_UNIT_UM);
  assert_thickness ("0,127 mm", 127, STENCIL_UNIT_MM);
  assert_thickness ("4,5mil", 114.3, STENCIL_UNIT_MIL);
  setlocale (LC_ALL, "C");
}

static void
assert_thickness_error (const char  *text,
                        const char  *expected,
                        const char  *expected2)
{
  g_autoptr(GError) error = NULL;
  double um = -12345;

  if (stencil_parse_thickness (text, &um, NULL, &error))
    g_error ("“%s” was read as %g µm", text, um);
  g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT);
  g_assert_cmpfloat (um, ==, -12345);
  if (strstr (error->message, expected) == NULL ||
      (expected2 != NULL && strstr (error->message, expected2) == NULL))
    g_error ("expected “%s” and “%s” in: %s", expected, expected2, error->message);
}

static void
test_thickness_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *long_text = g_strnfill (300, 'x');
  double um;

  setlocale (LC_ALL, "C");
  /* An unknown unit: the message names it and lists the known ones. */
  assert_thickness_error ("5 inch", "“inch” is not a unit of thickness", "µm or um, mm, mil");
  /* The unit as read: NFKC makes the micro sign a Greek mu. */
  assert_thickness_error ("127 µ", "“μ” is not a unit", "mil");
  assert_thickness_error ("127 um extra", "“um extra” is not a unit", NULL);
  assert_thickness_error ("0.127 cm", "“cm”", "mm");
  /* No number. */
  assert_thickness_error ("thick", "“thick” is not a number of µm, nor a thickness", "5 mil");
  assert_thickness_error ("", "“” is not a number", NULL);
  assert_thickness_error ("12 7 µm", "“12 7 µm” is not a number", NULL);
  assert_thickness_error ("1.2.7", "is not a number", NULL);
  assert_thickness_error ("nan µm", "is not a number", NULL);
  assert_thickness_error ("127,5", "“127,5” is not a number", NULL);   /* C: no comma */
  assert_thickness_error ("\xff", "is not a number", NULL);
  /* One line: a control character is shown as "?". */
  assert_thickness_error ("12\n7", "“12?7” is not a number", NULL);

  /* A pasted paragraph is not repeated whole. */
  g_assert_false (stencil_parse_thickness (long_text, &um, NULL, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (strlen (error->message), <, 300);
  g_assert_nonnull (strstr (error->message, "…"));
}

static void
test_units (void)
{
  g_assert_cmpstr (stencil_unit_get_symbol (STENCIL_UNIT_UM), ==, "µm");
  g_assert_cmpstr (stencil_unit_get_symbol (STENCIL_UNIT_MM), ==, "mm");
  g_assert_cmpstr (stencil_unit_get_symbol (STENCIL_UNIT_MIL), ==, "mil");
  g_assert_cmpfloat_with_epsilon (stencil_unit_to_um (0.15, STENCIL_UNIT_MM), 150, 1e-9);
  g_assert_cmpfloat_with_epsilon (stencil_unit_to_um (1, STENCIL_UNIT_MIL), 25.4, 1e-12);
  g_assert_cmpfloat (stencil_unit_to_um (80, STENCIL_UNIT_UM), ==, 80);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/units/decimal/point", test_decimal_point);
  g_test_add_func ("/units/decimal/rejects", test_decimal_rejects);
  g_test_add_func ("/units/decimal/locale", test_decimal_locale);
  g_test_add_func ("/units/thickness", test_thickness);
  g_test_add_func ("/units/thickness/errors", test_thickness_errors);
  g_test_add_func ("/units/symbols", test_units);
  return g_test_run ();
}
