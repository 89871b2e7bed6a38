/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The German translation, as a user in Germany gets it: the CLI's messages and errors in German,
 * the files it writes (JSON, Gerber) byte for byte those of the C locale, and a PDF drawing whose
 * German labels (umlauts included) come back out of pdftotext. The catalogue is the build tree's
 * po/de/LC_MESSAGES/stencilcalc.mo, found through STENCILCALC_LOCALEDIR. */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "test-util.h"

static const char *localedir;   /* the build tree's po/ */

/* Runs the CLI in German (german = TRUE) or in the C locale, with a fixed creation date. */
static void
run_cli (TestRun            *run,
         gboolean            german,
         const char * const *args)
{
  g_autofree char *dir = g_strconcat ("STENCILCALC_LOCALEDIR=", localedir, NULL);
  const char *env[] = {
    "SOURCE_DATE_EPOCH=1700000000",
    dir,
    german ? "LC_ALL=de_DE.UTF-8" : "LC_ALL=C",
    german ? "LANGUAGE=de" : "LANGUAGE",   /* a bare name: removed */
    NULL,
  };

  test_util_run_cli (run, env, args);
}

static gboolean
have_german (void)
{
  g_autofree char *mo = g_build_filename (localedir, "de", "LC_MESSAGES",
                                          GETTEXT_PACKAGE ".mo", NULL);
  char *old = setlocale (LC_ALL, NULL);
  g_autofree char *saved = g_strdup (old);
  gboolean have_locale = setlocale (LC_ALL, "de_DE.UTF-8") != NULL;

  setlocale (LC_ALL, saved);
  /* A missing catalogue is a broken build, not a reason to skip. */
  if (!g_file_test (mo, G_FILE_TEST_IS_REGULAR))
    g_error ("%s was not built (po/LINGUAS, i18n.gettext)", mo);
  if (!have_locale)
    g_test_skip ("de_DE.UTF-8 is not installed (locale-gen; .ci/run generates it)");
  return have_locale;
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("expected “%s” in:\n%s", needle, haystack);
}

static void
test_messages (void)
{
  const char *calc[] = { "calc", "AXK7L40223G", "--thickness", "127", NULL };
  const char *bad[] = { "calc", "AXK7L40223G", "--thickness", "dick", NULL };
  const char *unknown[] = { "calc", "AXK0000", "--thickness", "127", NULL };
  g_auto(TestRun) de = { 0 };
  g_auto(TestRun) en = { 0 };
  g_auto(TestRun) err = { 0 };
  g_auto(TestRun) err2 = { 0 };

  if (!have_german ())
    return;

  run_cli (&de, TRUE, calc);
  g_assert_cmpint (de.status, ==, 0);
  assert_contains (de.out, "Vorläufiges Pad-Layout: mit der aktuellen Herstellerzeichnung "
                           "abgleichen");
  assert_contains (de.out, "Kleinster Steg: 0,170 mm (zwischen den Pads 1 und 2)");
  assert_contains (de.out, "Maximal empfohlene Dicke: 124 µm");
  assert_contains (de.out, "Warnungen:");
  /* The engine's warnings are translated too. */
  assert_contains (de.out, "Aperturen (Kontakt) sind grenzwertig: Flächenverhältnis 0.64");
  g_assert_null (strstr (de.out, "Minimum web"));

  /* The same command in English: the German text above really came from the catalogue. */
  run_cli (&en, FALSE, calc);
  g_assert_cmpint (en.status, ==, 0);
  assert_contains (en.out, "Minimum web: 0.170 mm (between pads 1 and 2)");

  run_cli (&err, TRUE, bad);
  g_assert_cmpint (err.status, ==, 2);
  g_assert_cmpstr (err.out, ==, "");
  g_assert_cmpstr (err.err, ==, "stencilcalc-cli: --thickness: „dick“ ist keine Zahl in µm\n");

  run_cli (&err2, TRUE, unknown);
  g_assert_cmpint (err2.status, ==, 1);
  assert_contains (err2.err, "Unbekanntes Bauteil „AXK0000“");
}

static void
test_help (void)
{
  const char *help[] = { "--help", NULL };
  g_auto(TestRun) de = { 0 };

  if (!have_german ())
    return;
  run_cli (&de, TRUE, help);
  g_assert_cmpint (de.status, ==, 0);
  assert_contains (de.out, "Aufruf:\n  stencilcalc-cli parts [--json]\n");
  /* Option names stay as they are typed. */
  assert_contains (de.out, "--thickness UM");
  assert_contains (de.out, "Befehle:");
}

/* The JSON with the text of its "warnings" array left out, and the number of warnings. Those
 * are messages for people, in the user's language; every other byte is data. */
static char *
json_without_warnings (const char *json,
                       guint      *n_warnings)
{
  const char *start = strstr (json, "\"warnings\" : [");
  const char *end;
  g_autofree char *head = NULL;

  *n_warnings = 0;
  if (start == NULL)
    return g_strdup (json);
  start += strlen ("\"warnings\" : [");
  end = strstr (start, "\n  ]");
  g_assert_nonnull (end);
  for (const char *s = start; s < end; s++)
    *n_warnings += *s == '\n';
  head = g_strndup (json, start - json);
  return g_strconcat (head, end, NULL);
}

/* Data is never translated: JSON (but for its warning texts) and Gerber are the C locale's,
 * byte for byte. */
static void
test_data_identical (void)
{
  const char *json[] = { "calc", "AXK7L40223G", "--thickness", "110", "--corner-radius", "0.02",
                         "--json", "--pads", NULL };
  const char *gerber[] = { "export", "AXK8L40124BG", "--thickness", "127", "--corner-radius",
                           "0.03", "--at", "12.5,-3.25", "--rotate", "90", "--gerber", "-",
                           NULL };
  const char *const *commands[] = { json, gerber };

  if (!have_german ())
    return;
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(TestRun) de = { 0 };
      g_auto(TestRun) c = { 0 };

      run_cli (&de, TRUE, commands[i]);
      run_cli (&c, FALSE, commands[i]);
      g_assert_cmpint (de.status, ==, 0);
      g_assert_cmpint (c.status, ==, 0);
      g_assert_cmpuint (c.out_len, >, 500);
      if (commands[i] == json)
        {
          guint n_de, n_c;
          g_autofree char *data_de = json_without_warnings (de.out, &n_de);
          g_autofree char *data_c = json_without_warnings (c.out, &n_c);

          g_assert_cmpuint (n_c, ==, 3);   /* two extrapolation notes, the provisional pattern */
          g_assert_cmpuint (n_de, ==, n_c);
          g_assert_cmpstr (data_de, ==, data_c);
          assert_contains (de.out, "Kontakt: 110 µm liegt außerhalb der Dicken");
        }
      else
        g_assert_cmpmem (de.out, de.out_len, c.out, c.out_len);
    }
}

static char *
pdftotext (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int wait_status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH |
                               G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &wait_status,
                               &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, &error));
  g_assert_no_error (error);
  return out;
}

/* The embedded UTF-8 font: German labels with umlauts and ß come back out of the PDF. */
static void
test_pdf (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *tool = g_find_program_in_path ("pdftotext");
  g_autoptr(GError) error = NULL;
  g_auto(TestRun) run = { 0 };
  const char *export[] = { "export", "AXK7L40223G", "--thickness", "127", "--pdf", NULL, NULL };
  const char *labels[] = {
    "Schablonendicke",     /* title block: Stencil thickness */
    "Verhältnis aus",      /* title block: Ratio regime */
    "Soll-Öffnung",        /* table header: Target opening */
    "Flächenverhältnis",   /* table header: Area ratio */
    "Lötlasche",           /* pad class: Soldering terminal */
    "Maßstab 15:1",        /* scale */
    "Aperturen sind endgültig: nicht weiter verkleinern.",
  };

  if (!have_german ())
    return;
  if (tool == NULL)
    {
      g_test_fail_printf ("pdftotext is missing (poppler-utils)");
      return;
    }
  dir = g_dir_make_tmp ("stencilcalc-i18n-XXXXXX", &error);
  g_assert_no_error (error);
  pdf = g_build_filename (dir, "de.pdf", NULL);
  export[5] = pdf;
  run_cli (&run, TRUE, export);
  g_assert_cmpint (run.status, ==, 0);

  text = pdftotext (pdf);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    assert_contains (text, labels[i]);
  /* Nothing of the English drawing is left. */
  g_assert_null (strstr (text, "Stencil thickness"));
  g_assert_null (strstr (text, "Target opening"));

  g_assert_cmpint (g_remove (pdf), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (argc < 2)
    g_error ("usage: test-i18n LOCALEDIR (the build tree's po/)");
  localedir = argv[1];

  g_test_add_func ("/i18n/de/messages", test_messages);
  g_test_add_func ("/i18n/de/help", test_help);
  g_test_add_func ("/i18n/de/data-identical", test_data_identical);
  g_test_add_func ("/i18n/de/pdf", test_pdf);
  return g_test_run ();
}
