/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Numbers typed with a point or the locale's decimal separator, and foil thicknesses with a
 * unit: what a German user's "127,5" or an American user's "5 mil" means in micrometres. */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "stencil-types.h"
#include "stencil-units.h"

#define MINUS_SIGN "\xe2\x88\x92"   /* U+2212 */

static const struct
{
  const char *name;   /* casefolded */
  StencilUnit unit;
} unit_names[] = {
  { "um", STENCIL_UNIT_UM },
  /* U+03BC Greek mu: NFKC turns the micro sign U+00B5 that keyboards type into it. */
  { "\xce\xbcm", STENCIL_UNIT_UM },
  { "micron", STENCIL_UNIT_UM },
  { "microns", STENCIL_UNIT_UM },
  { "\xe3\x83\x9f\xe3\x82\xaf\xe3\x83\xad\xe3\x83\xb3", STENCIL_UNIT_UM },   /* ミクロン */
  { "mm", STENCIL_UNIT_MM },
  { "mil", STENCIL_UNIT_MIL },
  { "mils", STENCIL_UNIT_MIL },
};

static const char *
skip_spaces (const char *s)
{
  /* ASCII spaces, and the no-break and thin spaces of typeset numbers ("127 µm"). */
  while (*s != '\0' && g_unichar_isspace (g_utf8_get_char (s)))
    s = g_utf8_next_char (s);
  return s;
}

/* Reads a number at the start of text (after spaces) into *out; *rest is what follows it. */
static gboolean
scan_number (const char  *text,
             double      *out,
             const char **rest)
{
  const char *locale_point = localeconv ()->decimal_point;
  gsize locale_len = locale_point != NULL ? strlen (locale_point) : 0;
  g_autoptr(GString) ascii = g_string_new (NULL);
  const char *s = skip_spaces (text);
  gboolean have_point = FALSE;
  guint digits = 0;
  double value;

  if (*s == '+' || *s == '-')
    g_string_append_c (ascii, *s++);
  else if (g_str_has_prefix (s, MINUS_SIGN))
    {
      g_string_append_c (ascii, '-');
      s += strlen (MINUS_SIGN);
    }
  for (;;)
    {
      if (g_ascii_isdigit (*s))
        {
          g_string_append_c (ascii, *s++);
          digits++;
        }
      else if (!have_point && *s == '.')
        {
          g_string_append_c (ascii, *s++);
          have_point = TRUE;
        }
      else if (!have_point && locale_len > 0 && strncmp (s, locale_point, locale_len) == 0)
        {
          g_string_append_c (ascii, '.');
          s += locale_len;
          have_point = TRUE;
        }
      else
        break;
    }
  if (digits == 0)
    return FALSE;
  if (*s == 'e' || *s == 'E')
    {
      const char *e = s + 1;

      if (*e == '+' || *e == '-')
        e++;
      if (g_ascii_isdigit (*e))
        {
          g_string_append_len (ascii, s, e - s);
          for (s = e; g_ascii_isdigit (*s); s++)
            g_string_append_c (ascii, *s);
        }
    }
  value = g_ascii_strtod (ascii->str, NULL);
  if (!isfinite (value))
    return FALSE;
  *out = value;
  *rest = s;
  return TRUE;
}

/* The text in compatibility form (NFKC): the full-width digits, point and letters a Japanese
 * input method types (１２７．５ｍｍ) become ASCII, the micro sign becomes mu. NULL when text
 * is not UTF-8. */
static char *
normalize (const char *text)
{
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;
  return g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
}

gboolean
stencil_parse_decimal (const char *text,
                       double     *out)
{
  g_autofree char *normal = normalize (text);
  const char *rest = NULL;
  double value;

  if (normal == NULL || !scan_number (normal, &value, &rest) || *skip_spaces (rest) != '\0')
    return FALSE;
  if (out != NULL)
    *out = value;
  return TRUE;
}

/* The user's text for a message: one line of at most 40 characters, control characters as
 * "?", so that a pasted paragraph cannot flood a terminal or a dialog. */
static char *
shorten (const char *text)
{
  GString *out = g_string_new (NULL);
  glong n = 0;

  for (const char *s = text; *s != '\0' && n < 40; s = g_utf8_next_char (s), n++)
    {
      gunichar c = g_utf8_get_char (s);

      if (g_unichar_iscntrl (c))
        g_string_append_c (out, '?');
      else
        g_string_append_unichar (out, c);
    }
  if (g_utf8_strlen (text, -1) > 40)
    g_string_append (out, "…");
  return g_string_free (out, FALSE);
}

gboolean
stencil_parse_thickness (const char   *text,
                         double       *out_um,
                         StencilUnit  *out_unit,
                         GError      **error)
{
  g_autofree char *normal = normalize (text);
  g_autofree char *unit_text = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *shown = NULL;
  const char *rest = NULL;
  double value;

  g_return_val_if_fail (out_um != NULL, FALSE);

  shown = normal != NULL ? shorten (text) : g_strdup ("");
  /* A number, and after it at most a unit: "1.5,3" or "12 7" are not numbers with a unit. */
  if (normal == NULL || !scan_number (normal, &value, &rest) ||
      (*(rest = skip_spaces (rest)) != '\0' && !g_unichar_isalpha (g_utf8_get_char (rest))))
    {
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                   _("“%s” is not a number of µm, nor a thickness with a unit (µm, mm or mil) "
                     "such as 127 µm, 0.127 mm or 5 mil"), shown);
      return FALSE;
    }
  if (*rest == '\0')
    {
      *out_um = value;
      if (out_unit != NULL)
        *out_unit = STENCIL_UNIT_UM;
      return TRUE;
    }

  unit_text = g_strdup (rest);
  g_strchomp (unit_text);
  folded = g_utf8_casefold (unit_text, -1);
  for (guint i = 0; i < G_N_ELEMENTS (unit_names); i++)
    if (g_str_equal (folded, unit_names[i].name))
      {
        *out_um = stencil_unit_to_um (value, unit_names[i].unit);
        if (out_unit != NULL)
          *out_unit = unit_names[i].unit;
        return TRUE;
      }
  {
    g_autofree char *unit_shown = shorten (unit_text);

    g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                 _("“%s” is not a number of µm: “%s” is not a unit of thickness (known: µm or "
                   "um, mm, mil = 25.4 µm)"), shown, unit_shown);
  }
  return FALSE;
}

double
stencil_unit_to_um (double      value,
                    StencilUnit unit)
{
  switch (unit)
    {
    case STENCIL_UNIT_UM: return value;
    case STENCIL_UNIT_MM: return value * 1000.0;
    case STENCIL_UNIT_MIL: return value * STENCIL_UM_PER_MIL;
    default: g_return_val_if_reached (value);
    }
}

const char *
stencil_unit_get_symbol (StencilUnit unit)
{
  switch (unit)
    {
    case STENCIL_UNIT_UM: return "µm";
    case STENCIL_UNIT_MM: return "mm";
    case STENCIL_UNIT_MIL: return "mil";
    default: g_return_val_if_reached ("µm");
    }
}
