/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The German and Japanese translations, as users in Germany and Japan get them: the CLI's
 * messages and errors in their language, the files it writes (JSON, Gerber, CSV, land-pattern
 * files) byte for byte those of the C locale, and PDF drawings whose labels come back out of
 * pdftotext. The catalogues are the build tree's po/XX/LC_MESSAGES/stencilcalc.mo (through
 * STENCILCALC_LOCALEDIR); the locales are the ones tests/make-locales.sh compiled (LOCPATH). */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "stencil-fonts.h"
#include "test-util.h"

typedef enum
{
  LANG_C,
  LANG_DE,
  LANG_JA,
  N_LANGS
} Lang;

static const struct
{
  const char *code;       /* po/LINGUAS */
  const char *locale;
  const char *language;   /* for the environment; a bare name is removed */
} langs[] = {
  [LANG_C] = { NULL, "C", "LANGUAGE" },
  [LANG_DE] = { "de", "de_DE.UTF-8", "LANGUAGE=de" },
  [LANG_JA] = { "ja", "ja_JP.UTF-8", "LANGUAGE=ja" },
};

static const char *localedir;   /* the build tree's po/ */

static char *json_without_warnings (const char *json,
                                    guint      *n_warnings);

/* Runs the CLI in one language, with a fixed creation date. */
static void
run_cli (TestRun            *run,
         Lang                lang,
         const char * const *args)
{
  g_autofree char *dir = g_strconcat ("STENCILCALC_LOCALEDIR=", localedir, NULL);
  g_autofree char *lc_all = g_strconcat ("LC_ALL=", langs[lang].locale, NULL);
  const char *env[] = {
    "SOURCE_DATE_EPOCH=1700000000",
    dir,
    lc_all,
    langs[lang].language,
    NULL,
  };

  test_util_run_cli (run, env, args);
}

/* The catalogue was built and the locale exists. Neither is a reason to skip: the build makes
 * both (po/LINGUAS, tests/make-locales.sh through LOCPATH). */
static gboolean
require_language (Lang lang)
{
  g_autofree char *mo = g_build_filename (localedir, langs[lang].code, "LC_MESSAGES",
                                          GETTEXT_PACKAGE ".mo", NULL);
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  gboolean have_locale = setlocale (LC_ALL, langs[lang].locale) != NULL;

  setlocale (LC_ALL, saved);
  if (!g_file_test (mo, G_FILE_TEST_IS_REGULAR))
    {
      g_test_fail_printf ("%s was not built (po/LINGUAS, i18n.gettext)", mo);
      return FALSE;
    }
  if (!have_locale)
    {
      g_test_fail_printf ("the locale %s cannot be set (LOCPATH=%s): run the tests through "
                          "meson test, which compiles it with tests/make-locales.sh",
                          langs[lang].locale, g_getenv ("LOCPATH"));
      return FALSE;
    }
  return TRUE;
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("expected “%s” in:\n%s", needle, haystack);
}

static void
test_de_messages (void)
{
  const char *calc[] = { "calc", "AXK7L40223G", "--thickness", "127", NULL };
  const char *bad[] = { "calc", "AXK7L40223G", "--thickness", "dick", NULL };
  const char *unknown[] = { "calc", "AXK0000", "--thickness", "127", NULL };
  g_auto(TestRun) de = { 0 };
  g_auto(TestRun) en = { 0 };
  g_auto(TestRun) err = { 0 };
  g_auto(TestRun) err2 = { 0 };

  if (!require_language (LANG_DE))
    return;

  run_cli (&de, LANG_DE, calc);
  g_assert_cmpint (de.status, ==, 0);
  assert_contains (de.out, "Vorläufiges Pad-Layout: mit der aktuellen Herstellerzeichnung "
                           "abgleichen");
  assert_contains (de.out, "Kleinster Steg: 0,170 mm (zwischen den Pads 1 und 2)");
  assert_contains (de.out, "Maximal empfohlene Dicke: 124 µm");
  assert_contains (de.out, "Warnungen:");
  /* The engine's warnings are translated too, with the German decimal comma like the table. */
  assert_contains (de.out, "Aperturen (Kontakt) grenzwertig: Flächenverhältnis 0,64, "
                           "Aspektverhältnis 1,81 (IPC-7525: 0,66, 1,5)");
  g_assert_null (strstr (de.out, "0.64"));
  g_assert_null (strstr (de.out, "Minimum web"));

  /* The same command in English: the German text above really came from the catalogue. */
  run_cli (&en, LANG_C, calc);
  g_assert_cmpint (en.status, ==, 0);
  assert_contains (en.out, "Minimum web: 0.170 mm (between pads 1 and 2)");

  run_cli (&err, LANG_DE, bad);
  g_assert_cmpint (err.status, ==, 2);
  g_assert_cmpstr (err.out, ==, "");
  g_assert_cmpstr (err.err, ==, "stencilcalc-cli: --thickness: „dick“ ist keine Zahl in µm und "
                                "keine Dicke mit Einheit (µm, mm oder mil) wie 127 µm, 0,127 mm "
                                "oder 5 mil\n");

  run_cli (&err2, LANG_DE, unknown);
  g_assert_cmpint (err2.status, ==, 1);
  assert_contains (err2.err, "Unbekanntes Bauteil „AXK0000“");
}

/* A German user types numbers with a decimal comma, and a thickness with its unit; a number
 * out of range is printed back as it was read. The files stay the C locale's. */
static void
test_de_numbers (void)
{
  const char *comma[] = { "calc", "AXK7L40223G", "--thickness", "127,5", "--grid", "2,5",
                          "--corner-radius", "0,01", NULL };
  const char *point[] = { "calc", "AXK7L40223G", "--thickness", "127.5", "--grid", "2.5",
                          "--corner-radius", "0.01", NULL };
  const char *mm[] = { "calc", "AXK7L40223G", "--thickness", "0,1275 mm", "--grid", "2.5",
                       "--corner-radius", "0.01", NULL };
  const char *grouped[] = { "calc", "AXK7L40223G", "--thickness", "1.000", NULL };
  const char *unit[] = { "calc", "AXK7L40223G", "--thickness", "5 Zoll", NULL };
  const char *json_comma[] = { "calc", "AXK7L40223G", "-t", "127,5", "--json", NULL };
  const char *json_point[] = { "calc", "AXK7L40223G", "-t", "127.5", "--json", NULL };
  g_auto(TestRun) a = { 0 };
  g_auto(TestRun) b = { 0 };
  g_auto(TestRun) c = { 0 };
  g_auto(TestRun) err = { 0 };
  g_auto(TestRun) err2 = { 0 };
  g_auto(TestRun) j1 = { 0 };
  g_auto(TestRun) j2 = { 0 };

  if (!require_language (LANG_DE))
    return;
  run_cli (&a, LANG_DE, comma);
  run_cli (&b, LANG_DE, point);
  run_cli (&c, LANG_DE, mm);
  g_assert_cmpint (a.status, ==, 0);
  assert_contains (a.out, "Schablone 127,5 µm, Strategie best-release, Raster 2,5 µm, "
                          "Eckenradius 0,01 mm\n");
  g_assert_cmpstr (a.out, ==, b.out);
  g_assert_cmpstr (a.out, ==, c.out);

  /* "1.000" is one, not a thousand: the message says how it was read. */
  run_cli (&err, LANG_DE, grouped);
  test_util_assert_cli_error (&err, 2, "--thickness: „1.000“ sind 1 µm, außerhalb des Bereichs: "
                                       "10 bis 1000 µm");
  run_cli (&err2, LANG_DE, unit);
  test_util_assert_cli_error (&err2, 2, "„Zoll“ ist keine Einheit der Dicke (bekannt: µm oder um, "
                                        "mm, mil = 25,4 µm)");

  /* The JSON of a comma is the JSON of a point, with a point. */
  run_cli (&j1, LANG_DE, json_comma);
  run_cli (&j2, LANG_C, json_point);
  assert_contains (j1.out, "\"thickness_um\" : 127.5,");
  /* Its warnings are German sentences, but their numbers keep the point: JSON is data. */
  assert_contains (j1.out, "grenzwertig: Flächenverhältnis 0.");
  g_assert_null (strstr (j1.out, "Flächenverhältnis 0,"));
  {
    guint n1, n2;
    g_autofree char *d1 = json_without_warnings (j1.out, &n1);
    g_autofree char *d2 = json_without_warnings (j2.out, &n2);

    g_assert_cmpstr (d1, ==, d2);
  }
}

/* The terminal column at which needle ends in the line of text that starts with start. */
static int
end_column (const char *text,
            const char *start,
            const char *needle)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *found = strstr (lines[i], needle);
      int columns = 0;

      if (!g_str_has_prefix (lines[i], start) || found == NULL)
        continue;
      for (const char *s = lines[i]; s < found + strlen (needle); s = g_utf8_next_char (s))
        columns += g_unichar_iswide (g_utf8_get_char (s)) ? 2 : 1;
      return columns;
    }
  g_error ("no line starting with “%s” holds “%s” in:\n%s", start, needle, text);
  return -1;
}

static void
test_ja_messages (void)
{
  const char *calc[] = { "calc", "AXK7L40223G", "--thickness", "127", NULL };
  const char *parts[] = { "parts", NULL };
  const char *bad[] = { "calc", "AXK7L40223G", "--thickness", "あつい", NULL };
  const char *range[] = { "calc", "AXK7L40223G", "--thickness", "5000", NULL };
  const char *unknown[] = { "calc", "AXK0000", "--thickness", "127", NULL };
  const char *no_part[] = { "calc", NULL };
  g_auto(TestRun) ja = { 0 };
  g_auto(TestRun) list = { 0 };
  g_auto(TestRun) err = { 0 };
  g_auto(TestRun) err2 = { 0 };
  g_auto(TestRun) err3 = { 0 };
  g_auto(TestRun) err4 = { 0 };

  if (!require_language (LANG_JA))
    return;

  run_cli (&ja, LANG_JA, calc);
  g_assert_cmpint (ja.status, ==, 0);
  assert_contains (ja.out, "AXK7L40223G  Panasonic F4 ソケット");
  assert_contains (ja.out, "データシート寸法: A 10.40 mm、B 7.60 mm、C 9.00 mm\n");
  assert_contains (ja.out, "暫定ランドパターン: メーカーの最新図面と照合してください");
  assert_contains (ja.out, "最小ブリッジ幅: 0.170 mm（パッド 1 と 2 の間）");
  assert_contains (ja.out, "推奨最大マスク厚: 124 µm（すべての開口が IPC-7525 に合格）");
  assert_contains (ja.out, "警告:");
  /* The table's words and the engine's warnings. */
  assert_contains (ja.out, "要注意");
  assert_contains (ja.out, "補強金具");
  assert_contains (ja.out, "端子の開口は要注意: 面積比 0.64、アスペクト比 1.81");
  g_assert_null (strstr (ja.out, "Minimum web"));
  g_assert_null (strstr (ja.out, "Warnings"));
  /* The table lines up in a terminal, where a Japanese character takes two columns: the
   * right-aligned numbers end under their headings. */
  g_assert_cmpint (end_column (ja.out, "端子", "0.642"), ==, end_column (ja.out, "区分", "面積比"));
  g_assert_cmpint (end_column (ja.out, "補強金具", "3.94"), ==,
                   end_column (ja.out, "区分", "アスペクト比"));

  run_cli (&list, LANG_JA, parts);
  g_assert_cmpint (list.status, ==, 0);
  assert_contains (list.out, "芯数");
  assert_contains (list.out, "検査用");

  run_cli (&err, LANG_JA, bad);
  test_util_assert_cli_error (&err, 2, "--thickness: 「あつい」は µm 単位の数値でも、単位付きの"
                                       "マスク厚（µm、mm、mil。例: 127 µm、0.127 mm、5 mil）でも"
                                       "ありません");
  run_cli (&err2, LANG_JA, range);
  test_util_assert_cli_error (&err2, 2, "--thickness: 5000 µm は範囲外です: 10～1000 µm");
  run_cli (&err3, LANG_JA, unknown);
  test_util_assert_cli_error (&err3, 1, "不明な部品「AXK0000」");
  run_cli (&err4, LANG_JA, no_part);
  test_util_assert_cli_error (&err4, 2, "calc: 部品が指定されていません。");
}

/* Thicknesses in mil or mm, and full-width digits from a Japanese input method. */
static void
test_ja_numbers (void)
{
  const char *mil[] = { "calc", "AXK7L40223G", "--thickness", "5mil", NULL };
  const char *wide[] = { "calc", "AXK7L40223G", "--thickness", "１２７µｍ", NULL };
  const char *unit[] = { "calc", "AXK7L40223G", "--thickness", "5 inch", NULL };
  const char *comma[] = { "calc", "AXK7L40223G", "--thickness", "127,5", NULL };
  g_auto(TestRun) a = { 0 };
  g_auto(TestRun) b = { 0 };
  g_auto(TestRun) err = { 0 };
  g_auto(TestRun) err2 = { 0 };

  if (!require_language (LANG_JA))
    return;
  run_cli (&a, LANG_JA, mil);
  g_assert_cmpint (a.status, ==, 0);
  assert_contains (a.out, "マスク厚 127 µm（5 mil）、縮小方式 best-release");
  run_cli (&b, LANG_JA, wide);
  g_assert_cmpint (b.status, ==, 0);
  assert_contains (b.out, "マスク厚 127 µm、縮小方式 best-release");
  run_cli (&err, LANG_JA, unit);
  test_util_assert_cli_error (&err, 2, "「inch」はマスク厚の単位ではありません（使える単位: µm（um）、"
                                       "mm、mil = 25.4 µm）");
  /* The Japanese decimal separator is the point. */
  run_cli (&err2, LANG_JA, comma);
  test_util_assert_cli_error (&err2, 2, "「127,5」は µm 単位の数値でも");
}

static void
test_help (gconstpointer data)
{
  Lang lang = GPOINTER_TO_UINT (data);
  const char *help[] = { "--help", NULL };
  const char *export_help[] = { "export", "--help", NULL };
  g_auto(TestRun) run = { 0 };
  g_auto(TestRun) run2 = { 0 };

  if (!require_language (lang))
    return;
  run_cli (&run, lang, help);
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, lang == LANG_DE ? "Aufruf:\n  stencilcalc-cli parts [--json]\n"
                                            : "使い方:\n  stencilcalc-cli parts [--json]\n");
  /* Option names stay as they are typed. */
  assert_contains (run.out, "--thickness UM");
  assert_contains (run.out, lang == LANG_DE ? "Befehle:" : "コマンド:");

  run_cli (&run2, lang, export_help);
  g_assert_cmpint (run2.status, ==, 0);
  assert_contains (run2.out, "--gerber");
  assert_contains (run2.out, lang == LANG_DE ? "Bemaßte Zeichnung als PDF schreiben"
                                             : "寸法入り図面を PDF で書き出す");
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

/* Data is never translated: the JSON (but for its warning texts), the Gerber file, the CSV
 * table and the land-pattern file are the C locale's, byte for byte, in German and Japanese. */
static void
test_data_identical (void)
{
  const char *json[] = { "calc", "AXK7L40223G", "--thickness", "110", "--corner-radius", "0.02",
                         "--json", "--pads", NULL };
  const char *gerber[] = { "export", "AXK8L40124BG", "--thickness", "127", "--corner-radius",
                           "0.03", "--at", "12.5,-3.25", "--rotate", "90", "--gerber", "-",
                           NULL };
  const char *csv[] = { "export", "AXK7L40223G", "--thickness", "133.5", "--corner-radius",
                        "0.025", "--csv", "-", NULL };
  const char *land[] = { "land-pattern", "AXK8LE4026BG", NULL };
  const char *const *commands[] = { json, gerber, csv, land };
  const char *warning[N_LANGS] = {
    [LANG_C] = "Terminal: 110 µm is outside the F4 datasheet's thicknesses",
    [LANG_DE] = "Kontakt: 110 µm liegt außerhalb der Dicken",
    [LANG_JA] = "端子: 110 µm は F4 のデータシートにあるマスク厚の範囲外です",
  };

  if (!require_language (LANG_DE) || !require_language (LANG_JA))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(TestRun) c = { 0 };

      run_cli (&c, LANG_C, commands[i]);
      g_assert_cmpint (c.status, ==, 0);
      g_assert_cmpuint (c.out_len, >, 500);
      for (Lang lang = LANG_DE; lang < N_LANGS; lang++)
        {
          g_auto(TestRun) run = { 0 };

          run_cli (&run, lang, commands[i]);
          g_assert_cmpint (run.status, ==, 0);
          if (commands[i] == json)
            {
              guint n_lang, n_c;
              g_autofree char *data_lang = json_without_warnings (run.out, &n_lang);
              g_autofree char *data_c = json_without_warnings (c.out, &n_c);

              g_assert_cmpuint (n_c, ==, 3);   /* two extrapolation notes, the provisional pattern */
              g_assert_cmpuint (n_lang, ==, n_c);
              g_assert_cmpstr (data_lang, ==, data_c);
              assert_contains (c.out, warning[LANG_C]);
              assert_contains (run.out, warning[lang]);
            }
          else
            g_assert_cmpmem (run.out, run.out_len, c.out, c.out_len);
        }
    }
}

/* Runs a tool on a file and returns its standard output. */
static char *
run_tool (const char *tool,
          const char *option,
          const char *path)
{
  const char *argv[] = { tool, option, NULL, NULL, NULL, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *found = g_find_program_in_path (tool);
  char *out = NULL;
  int wait_status;

  if (found == NULL)
    g_error ("%s is missing (poppler-utils)", tool);
  if (g_str_equal (tool, "pdftotext"))
    {
      argv[2] = "UTF-8";
      argv[3] = path;
      argv[4] = "-";
    }
  else
    argv[1] = path;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH |
                               G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &wait_status,
                               &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, &error));
  g_assert_no_error (error);
  return out;
}

/* Exports a PDF drawing in one language and returns the text pdftotext reads from it; the
 * output of pdffonts in *fonts. */
static char *
export_pdf (Lang    lang,
            char  **fonts)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("stencilcalc-i18n-XXXXXX", &error);
  g_autofree char *pdf = NULL;
  g_auto(TestRun) run = { 0 };
  const char *export[] = { "export", "AXK7L40223G", "--thickness", "127", "--pdf", NULL, NULL };
  char *text;

  g_assert_no_error (error);
  pdf = g_build_filename (dir, "drawing.pdf", NULL);
  export[5] = pdf;
  run_cli (&run, lang, export);
  if (run.status != 0)
    g_error ("export --pdf failed: %s", run.err);
  text = run_tool ("pdftotext", "-enc", pdf);
  *fonts = run_tool ("pdffonts", NULL, pdf);
  g_assert_cmpint (g_remove (pdf), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  return text;
}

/* The embedded UTF-8 font: German labels with umlauts and ß come back out of the PDF. */
static void
test_de_pdf (void)
{
  g_autofree char *text = NULL;
  g_autofree char *fonts = NULL;
  const char *labels[] = {
    "Schablonendicke",     /* title block: Stencil thickness */
    "Verhältnis aus",      /* title block: Ratio regime */
    "Soll-Öffnung",        /* table header: Target opening */
    "Flächenverhältnis",   /* table header: Area ratio */
    "Lötlasche",           /* pad class: Soldering terminal */
    "Maßstab 15:1",        /* scale */
    "Aperturen sind endgültig: nicht weiter verkleinern.",
  };

  if (!require_language (LANG_DE))
    return;
  text = export_pdf (LANG_DE, &fonts);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    assert_contains (text, labels[i]);
  /* Nothing of the English drawing is left. */
  g_assert_null (strstr (text, "Stencil thickness"));
  g_assert_null (strstr (text, "Target opening"));
  assert_contains (fonts, "DejaVuSans");
  /* Numbers on the drawing, warnings included, keep their point. */
  assert_contains (text, "Flächenverhältnis 0.64");
}

/* A Japanese drawing: the labels come back out of pdftotext, in an embedded CID TrueType font
 * that is not DejaVu Sans (which has no Japanese glyphs). */
static void
test_ja_pdf (void)
{
  g_autofree char *text = NULL;
  g_autofree char *fonts = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean embedded_cjk = FALSE;
  const char *labels[] = {
    "メタルマスク開口図",                   /* title block: the drawing */
    "マスク厚",                             /* title block: Stencil thickness */
    "ソケット",                             /* title block: the part's kind */
    "目標開口率",                           /* table header: Target opening */
    "面積比",                               /* table header: Area ratio */
    "補強金具",                             /* pad class: Soldering terminal */
    "尺度 15:1",                            /* scale */
    "上面図: ランドとメタルマスク開口",
    "開口寸法は最終値です。これ以上縮小しないでください。",
    "暫定ランドパターン: メーカーの最新図面と照合してください",
  };

  if (!require_language (LANG_JA))
    return;
  text = export_pdf (LANG_JA, &fonts);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    assert_contains (text, labels[i]);
  g_assert_null (strstr (text, "Stencil thickness"));
  g_assert_null (strstr (text, "Top view"));

  /* pdffonts: "name type encoding emb sub uni object ID", one font a line. */
  lines = g_strsplit (fonts, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], "CID TrueType") != NULL && strstr (lines[i], "DejaVu") == NULL &&
        strstr (lines[i], " yes yes yes ") != NULL)
      embedded_cjk = TRUE;
  if (!embedded_cjk)
    g_error ("no embedded CID TrueType font besides DejaVu Sans in:\n%s", fonts);
}

/* Without a Japanese font, a Japanese drawing is refused with the package to install, in every
 * format; an English drawing still works. fontconfig sees DejaVu Sans only. */
static void
test_ja_no_font (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("stencilcalc-fonts-XXXXXX", &error);
  g_autofree char *conf = NULL;
  g_autofree char *conf_env = NULL;
  g_autofree char *dejavu = NULL;
  g_autofree char *dejavu_dir = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *lc_all = g_strconcat ("LC_ALL=", langs[LANG_JA].locale, NULL);
  g_autofree char *locales = g_strconcat ("STENCILCALC_LOCALEDIR=", localedir, NULL);
  const char *formats[] = { "--pdf", "--png", "--svg" };

  g_assert_no_error (error);
  if (!require_language (LANG_JA))
    return;
  /* The DejaVu Sans this process found, in a fontconfig of its own. */
  dejavu = g_strdup (stencil_font_get_file (STENCIL_FONT_LATIN, FALSE));
  g_assert_nonnull (dejavu);
  dejavu_dir = g_path_get_dirname (dejavu);
  conf = g_build_filename (dir, "fonts.conf", NULL);
  xml = g_strdup_printf ("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n"
                         "<fontconfig><dir>%s</dir><cachedir>%s</cachedir></fontconfig>\n",
                         dejavu_dir, dir);
  g_assert_true (g_file_set_contents (conf, xml, -1, &error));
  g_assert_no_error (error);
  conf_env = g_strconcat ("FONTCONFIG_FILE=", conf, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *out = g_build_filename (dir, "drawing", NULL);
      const char *export[] = { "export", "AXK7L40223G", "--thickness", "127", formats[i], out,
                               NULL };
      const char *ja_env[] = { locales, lc_all, "LANGUAGE=ja", conf_env, NULL };
      const char *en_env[] = { "LC_ALL=C", "LANGUAGE", conf_env, NULL };
      g_auto(TestRun) ja = { 0 };
      g_auto(TestRun) en = { 0 };

      test_util_run_cli (&ja, ja_env, export);
      test_util_assert_cli_error (&ja, 1, "fonts-ipaexfont-gothic");
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));   /* nothing half-written */

      test_util_run_cli (&en, en_env, export);
      g_assert_cmpint (en.status, ==, 0);
      g_assert_cmpint (g_remove (out), ==, 0);
    }
  g_assert_cmpint (g_remove (conf), ==, 0);
  /* fontconfig's cache files */
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);
        g_assert_cmpint (g_remove (path), ==, 0);
      }
  }
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

  g_test_add_func ("/i18n/de/messages", test_de_messages);
  g_test_add_data_func ("/i18n/de/help", GUINT_TO_POINTER (LANG_DE), test_help);
  g_test_add_func ("/i18n/de/pdf", test_de_pdf);
  g_test_add_func ("/i18n/de/numbers", test_de_numbers);
  g_test_add_func ("/i18n/ja/numbers", test_ja_numbers);
  g_test_add_func ("/i18n/ja/messages", test_ja_messages);
  g_test_add_data_func ("/i18n/ja/help", GUINT_TO_POINTER (LANG_JA), test_help);
  g_test_add_func ("/i18n/ja/pdf", test_ja_pdf);
  g_test_add_func ("/i18n/ja/no-font", test_ja_no_font);
  g_test_add_func ("/i18n/data-identical", test_data_identical);
  return g_test_run ();
}
