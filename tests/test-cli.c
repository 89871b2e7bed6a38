/* SPDX-License-Identifier: GPL-3.0-or-later */
/* stencilcalc-cli run as a subprocess: bad input and its messages and exit statuses, parts,
 * calc as JSON and text, help, land-pattern files, CSV, the names of the pad classes. */
#include "config.h"

#include <json-glib/json-glib.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "stencil-aperture.h"
#include "stencil-land-file.h"
#include "stencil-names.h"
#include "test-util.h"

/* The CLI with the arguments in place; run_cli_env () with one extra "KEY=VALUE" entry. */
#define run_cli(run, ...) test_util_run_cli (run, NULL, TEST_UTIL_STRV (__VA_ARGS__))
#define run_cli_env(run, env_entry, ...) \
  test_util_run_cli (run, TEST_UTIL_STRV (env_entry), TEST_UTIL_STRV (__VA_ARGS__))

static void
test_bad_thickness (void)
{
  static const char * const values[][2] = {
    { "0", "out of range" }, { "-5", "out of range" }, { "nan", "not a number" },
    { "inf", "not a number" }, { "abc", "not a number" }, { "1000.5", "out of range" },
    { "", "not a number" }, { "12x", "not a number" }, { "1e9", "out of range" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_auto(TestRun) run = { 0, };
      g_autofree char *opt = g_strdup_printf ("--thickness=%s", values[i][0]);

      run_cli (&run, "calc", "AXK7L40223G", opt);
      test_util_assert_cli_error (&run, 2, values[i][1]);
    }
  {
    g_auto(TestRun) run = { 0, };
    run_cli (&run, "calc", "AXK7L40223G");
    test_util_assert_cli_error (&run, 2, "--thickness is required");
  }
}

static void
test_bad_options (void)
{
  static const char * const cases[][5] = {
    { "calc", "AXK7L40223G", "--thickness=120", "--strategy=smallest", "unknown strategy" },
    { "calc", "AXK7L40223G", "--thickness=120", "--grid=0.5", "--grid" },
    { "calc", "AXK7L40223G", "--thickness=120", "--grid=11", "--grid" },
    { "calc", "AXK7L40223G", "--thickness=120", "--grid=five", "not a number" },
    { "calc", "AXK7L40223G", "--thickness=120", "--corner-radius=-0.1", "negative" },
    { "calc", "AXK7L40223G", "--thickness=120", "--corner-radius=0.2", "half" },
    { "calc", "AXK7L40223G", "--thickness=120", "--bogus", "Unknown option" },
    { "frobnicate", "AXK7L40223G", "--thickness=120", "--json", "unknown command" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(TestRun) run = { 0, };
      run_cli (&run, cases[i][0], cases[i][1], cases[i][2], cases[i][3]);
      test_util_assert_cli_error (&run, 2, cases[i][4]);
    }
}

static void
test_unknown_part (void)
{
  g_auto(TestRun) run = { 0, };
  g_auto(TestRun) run2 = { 0, };

  run_cli (&run, "calc", "CONNECTOR-18", "--thickness=120");
  test_util_assert_cli_error (&run, 1, "Unknown part “CONNECTOR-18”");
  g_assert_nonnull (strstr (run.err, "10, 12, 14"));

  run_cli (&run2, "calc", "--thickness=120");
  test_util_assert_cli_error (&run2, 2, "which part");
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static void
test_parts_json (void)
{
  g_auto(TestRun) run = { 0, };
  g_autoptr(JsonNode) root = NULL;
  JsonArray *parts;
  guint inspection = 0, sockets = 0;

  run_cli (&run, "parts", "--json");
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  parts = json_object_get_array_member (json_node_get_object (root), "parts");
  g_assert_cmpuint (json_array_get_length (parts), ==, 92);
  for (guint i = 0; i < 92; i++)
    {
      JsonObject *p = json_array_get_object_element (parts, i);
      g_assert_cmpstr (json_object_get_string_member (p, "series"), ==, "F4");
      g_assert_true (json_object_has_member (p, "part"));
      g_assert_true (json_object_has_member (p, "contacts"));
      inspection += json_object_get_boolean_member (p, "inspection");
      sockets += g_str_equal (json_object_get_string_member (p, "kind"), "socket");
    }
  g_assert_cmpuint (inspection, ==, 46);
  g_assert_cmpuint (sockets, ==, 46);
}

static void
check_calc_json (const char *text)
{
  g_autoptr(JsonNode) root = parse_json (text);
  JsonObject *o = json_node_get_object (root);
  JsonObject *dims = json_object_get_object_member (o, "dimensions");
  JsonArray *classes = json_object_get_array_member (o, "classes");
  JsonArray *pads = json_object_get_array_member (o, "pads");
  JsonObject *terminal = json_array_get_object_element (classes, 0);
  JsonObject *pad1 = json_array_get_object_element (pads, 0);

  g_assert_cmpstr (json_object_get_string_member (o, "part"), ==, "AXK7L40223G");
  g_assert_cmpstr (json_object_get_string_member (o, "kind"), ==, "socket");
  g_assert_cmpint (json_object_get_int_member (o, "contacts"), ==, 40);
  g_assert_cmpfloat (json_object_get_double_member (o, "thickness_um"), ==, 120);
  g_assert_cmpstr (json_object_get_string_member (o, "strategy"), ==, "best-release");
  g_assert_cmpfloat (json_object_get_double_member (o, "grid_um"), ==, 5);
  g_assert_true (json_object_get_boolean_member (o, "land_pattern_provisional"));
  g_assert_cmpfloat (json_object_get_double_member (dims, "A"), ==, 10.4);
  g_assert_cmpfloat (json_object_get_double_member (dims, "B"), ==, 7.6);
  g_assert_cmpfloat (json_object_get_double_member (dims, "C"), ==, 9.0);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (o, "min_web_mm"), 0.17, 1e-9);
  g_assert_true (json_object_has_member (o, "max_thickness_um"));

  g_assert_cmpuint (json_array_get_length (classes), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (terminal, "class"), ==, "terminal");
  g_assert_cmpfloat (json_object_get_double_member (terminal, "target_opening_ratio"), ==, 0.66);
  g_assert_cmpstr (json_object_get_string_member (terminal, "regime"), ==, "datasheet");
  g_assert_cmpfloat (json_object_get_double_member (terminal, "opening_ratio"), ==, 0.6611);
  g_assert_cmpfloat (json_object_get_double_member (terminal, "area_ratio"), ==, 0.6912);
  g_assert_cmpstr (json_object_get_string_member (terminal, "status"), ==, "pass");

  g_assert_cmpuint (json_array_get_length (pads), ==, 42);
  g_assert_cmpstr (json_object_get_string_member (pad1, "id"), ==, "1");
  g_assert_cmpfloat (json_object_get_double_member (pad1, "x_mm"), ==, -3.8);
  g_assert_cmpfloat (json_object_get_double_member (pad1, "y_mm"), ==, 1.85);
  g_assert_cmpfloat (json_object_get_double_member (pad1, "pad_w_mm"), ==, 0.23);
  g_assert_cmpfloat (json_object_get_double_member (pad1, "ap_w_mm"), ==, 0.23);
  g_assert_cmpfloat (json_object_get_double_member (pad1, "ap_h_mm"), ==, 0.595);
  g_assert_cmpfloat (json_object_get_double_member (pad1, "aspect_ratio"), ==, 1.9167);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (pads, 41), "id"),
                   ==, "S2");
}

static void
test_calc_json (void)
{
  g_auto(TestRun) run = { 0, };

  run_cli (&run, "calc", "axk7l40223g", "--thickness", "120", "--json");
  g_assert_cmpint (run.status, ==, 0);
  check_calc_json (run.out);
}

static void
test_calc_json_locale (void)
{
  g_auto(TestRun) c = { 0, };
  g_auto(TestRun) de = { 0, };

  if (setlocale (LC_ALL, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("de_DE.UTF-8 is not installed");
      return;
    }
  setlocale (LC_ALL, "");
  run_cli_env (&c, "LC_ALL=C", "calc", "AXK7L40223G", "--thickness=120", "--json");
  run_cli_env (&de, "LC_ALL=de_DE.UTF-8", "calc", "AXK7L40223G", "--thickness=120", "--json");
  g_assert_cmpint (de.status, ==, 0);
  /* Numbers in JSON never take the locale's decimal comma. */
  check_calc_json (de.out);
  g_assert_cmpstr (c.out, ==, de.out);

  /* Also with warnings, whose sentences carry numbers too. */
  {
    g_auto(TestRun) c150 = { 0, };
    g_auto(TestRun) de150 = { 0, };

    run_cli_env (&c150, "LC_ALL=C", "calc", "AXK8L10124BG", "--thickness=155", "--grid=3",
                 "--json");
    run_cli_env (&de150, "LC_ALL=de_DE.UTF-8", "calc", "AXK8L10124BG", "--thickness=155",
                 "--grid=3", "--json");
    g_assert_nonnull (strstr (c150.out, "fail IPC-7525: area ratio 0."));
    g_assert_nonnull (strstr (c150.out, "155 µm is outside"));
    g_assert_cmpstr (c150.out, ==, de150.out);
  }
}

static void
test_calc_human (void)
{
  g_auto(TestRun) run = { 0, };

  run_cli (&run, "calc", "AXK8L10124BG", "--thickness=150");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "AXK8L10124BG"));
  g_assert_nonnull (strstr (run.out, "Provisional land pattern"));
  /* One row per pad class, with its status in words and where the ratio comes from. */
  g_assert_nonnull (strstr (run.out, "\nTerminal      10  0.230 x 0.800  0.230 x 0.415"));
  g_assert_nonnull (strstr (run.out, "\nSoldering      2  0.450 x 1.600"));
  g_assert_nonnull (strstr (run.out, "datasheet"));
  g_assert_nonnull (strstr (run.out, "Maximum recommended thickness"));
  g_assert_nonnull (strstr (run.out, "FAIL"));   /* 52 % at 150 um releases poorly */
  g_assert_nonnull (strstr (run.out, "Warnings:"));
}

static void
test_help (void)
{
  static const char * const calc_options[] = { "--thickness", "--strategy", "--grid",
                                               "--corner-radius", "--json" };
  static const char * const export_options[] = { "--gerber", "--at", "--rotate", "--side",
                                                 "--array", "--step", "--pdf", "--png", "--svg",
                                                 "--csv", "--paper", "--landscape", "--dpi",
                                                 "--with-mate" };
  g_auto(TestRun) top = { 0, };
  g_auto(TestRun) calc = { 0, };
  g_auto(TestRun) exp = { 0, };

  run_cli (&top, "--help");
  g_assert_cmpint (top.status, ==, 0);
  g_assert_nonnull (strstr (top.out, "parts"));
  g_assert_nonnull (strstr (top.out, "calc PART"));
  g_assert_nonnull (strstr (top.out, "export PART"));

  run_cli (&calc, "calc", "--help");
  g_assert_cmpint (calc.status, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (calc_options); i++)
    g_assert_nonnull (strstr (calc.out, calc_options[i]));
  run_cli (&exp, "export", "--help");
  g_assert_cmpint (exp.status, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (export_options); i++)
    g_assert_nonnull (strstr (exp.out, export_options[i]));
}

static void
test_broken_user_family (void)
{
  g_autofree char *tmp = g_dir_make_tmp ("stencilcalc-cli-XXXXXX", NULL);
  g_autofree char *dir = g_build_filename (tmp, "stencilcalc", "families", NULL);
  g_autofree char *file = g_build_filename (dir, "broken.json", NULL);
  g_autofree char *env = g_strdup_printf ("XDG_DATA_HOME=%s", tmp);
  g_auto(TestRun) run = { 0, };

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (file, "{ not json", -1, NULL));
  run_cli_env (&run, env, "calc", "AXK7L40223G", "--thickness=120", "--json");
  /* Reported by file name, skipped, and the built-in family still works. */
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.err, "broken.json"));
  check_calc_json (run.out);
  g_remove (file);
  g_rmdir (dir);
  {
    g_autofree char *parent = g_path_get_dirname (dir);
    g_rmdir (parent);
  }
  g_rmdir (tmp);
}

/* A land pattern file from the CLI with one text replaced, in a new temporary folder. */
static char *
write_edited_land_file (const char *dir,
                        const char *name,
                        const char *part,
                        const char *from,
                        const char *to)
{
  g_auto(TestRun) run = { 0, };
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GString) edited = NULL;

  run_cli (&run, "land-pattern", part);
  g_assert_cmpint (run.status, ==, 0);
  edited = g_string_new (run.out);
  if (from != NULL)
    g_assert_cmpuint (g_string_replace (edited, from, to, 1), ==, 1);
  g_assert_true (g_file_set_contents (path, edited->str, -1, NULL));
  return g_steal_pointer (&path);
}

static double
pad_member (JsonObject *o,
            guint       index,
            const char *member)
{
  JsonArray *pads = json_object_get_array_member (o, "pads");

  return json_object_get_double_member (json_array_get_object_element (pads, index), member);
}

/* The starting point the user edits: valid, the estimate's numbers, said to be the estimate,
 * and read back by the engine. */
static void
test_land_pattern_command (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stencilcalc-land-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "s40.json", NULL);
  g_auto(TestRun) run = { 0, };
  g_auto(TestRun) to_file = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilLandFile) file = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *contents = NULL;
  JsonObject *o;

  run_cli (&run, "land-pattern", "axk7l40223g");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  root = parse_json (run.out);
  o = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (o, "part"), ==, "AXK7L40223G");
  g_assert_cmpstr (json_object_get_string_member (o, "source"), ==, "");
  g_assert_nonnull (strstr (json_object_get_string_member (o, "_comment"), "estimate"));
  g_assert_nonnull (strstr (json_object_get_string_member (o, "_comment"),
                            "NOT the manufacturer's figures"));
  file = stencil_land_file_parse (run.out, -1, "stdout", &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (file->spec.terminal_w_mm, ==, 0.23);
  g_assert_cmpfloat (file->spec.terminal_h_mm, ==, 0.9);
  g_assert_cmpfloat (file->spec.row_y_mm, ==, 1.85);
  g_assert_cmpfloat (file->spec.soldering_x_mm, ==, 4.5);   /* C / 2 */
  g_assert_cmpfloat (file->spec.body_w_mm, ==, 10.4);       /* A */
  g_assert_cmpfloat (file->spec.body_h_mm, ==, 4.1);

  run_cli (&to_file, "land-pattern", "AXK7L40223G", "--output", path);
  g_assert_cmpint (to_file.status, ==, 0);
  g_assert_cmpstr (to_file.out, ==, "");
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, run.out);

  /* Back through --land-pattern unchanged, every value is still the estimate: the pattern
   * stays provisional, with its notice, and the output is that of no file at all (issue 9). */
  {
    g_auto(TestRun) calc = { 0, };
    g_auto(TestRun) plain = { 0, };
    g_auto(TestRun) text = { 0, };
    g_autoptr(JsonNode) croot = NULL;
    JsonObject *c;

    run_cli (&calc, "calc", "AXK7L40223G", "--thickness=120", "--json", "--land-pattern", path);
    run_cli (&plain, "calc", "AXK7L40223G", "--thickness=120", "--json");
    run_cli (&text, "calc", "AXK7L40223G", "--thickness=120", "--land-pattern", path);
    g_assert_cmpint (calc.status, ==, 0);
    croot = parse_json (calc.out);
    c = json_node_get_object (croot);
    g_assert_true (json_object_get_boolean_member (c, "land_pattern_provisional"));
    g_assert_cmpstr (json_object_get_string_member (c, "land_pattern_source"), ==,
                     "family-estimate");
    g_assert_false (json_object_has_member (c, "land_pattern_reference"));
    g_assert_cmpfloat (pad_member (c, 0, "ap_h_mm"), ==, 0.595);
    g_assert_cmpstr (calc.out, ==, plain.out);
    g_assert_cmpint (text.status, ==, 0);
    g_assert_nonnull (strstr (text.out, "Provisional land pattern: check against the "
                                        "manufacturer's current drawing"));
    g_assert_null (strstr (text.out, "user-defined"));
  }

  g_remove (path);
  g_rmdir (dir);
}

/* The user's values change the apertures; every output says whose they are. */
static void
test_land_pattern_option (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stencilcalc-land-XXXXXX", NULL);
  g_autofree char *path =
    write_edited_land_file (dir, "mine.json", "AXK7L40223G", "\"source\" : \"\"",
                            "\"source\" : \"Panasonic drawing rev. 2024-03\"");
  g_autofree char *wide = NULL;
  g_autofree char *pdf = g_build_filename (dir, "mine.pdf", NULL);
  g_auto(TestRun) calc = { 0, };
  g_auto(TestRun) human = { 0, };
  g_auto(TestRun) gerber = { 0, };
  g_auto(TestRun) export_pdf = { 0, };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *o;

  /* Terminal pads 0.23 -> 0.3 mm wide, 0.9 -> 0.8 mm long. */
  {
    g_autofree char *text = NULL;
    g_autoptr(GString) edited = NULL;

    g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
    edited = g_string_new (text);
    g_assert_cmpuint (g_string_replace (edited, "\"w_mm\" : 0.23", "\"w_mm\" : 0.3", 1), ==, 1);
    g_assert_cmpuint (g_string_replace (edited, "\"h_mm\" : 0.9", "\"h_mm\" : 0.8", 1), ==, 1);
    wide = g_build_filename (dir, "wide.json", NULL);
    g_assert_true (g_file_set_contents (wide, edited->str, -1, NULL));
  }

  run_cli (&calc, "calc", "AXK7L40223G", "--thickness=120", "--json", "--land-pattern", wide);
  g_assert_cmpint (calc.status, ==, 0);
  root = parse_json (calc.out);
  o = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (o, "land_pattern_source"), ==, "user");
  g_assert_cmpstr (json_object_get_string_member (o, "land_pattern_reference"), ==,
                   "Panasonic drawing rev. 2024-03");
  g_assert_cmpfloat (pad_member (o, 0, "pad_w_mm"), ==, 0.3);
  g_assert_cmpfloat (pad_member (o, 0, "pad_h_mm"), ==, 0.8);
  /* best-release at 66 %: a 0.3 x 0.8 pad opens to 0.3 x 0.53 (0.528 on the 5 µm grid). */
  g_assert_cmpfloat (pad_member (o, 0, "ap_w_mm"), ==, 0.3);
  g_assert_cmpfloat_with_epsilon (pad_member (o, 0, "ap_h_mm"), 0.53, 0.0051);
  g_assert_cmpfloat_with_epsilon (pad_member (o, 0, "opening_ratio"), 0.66, 0.01);
  for (guint i = 0; i < json_array_get_length (json_object_get_array_member (o, "warnings")); i++)
    g_assert_null (strstr (json_array_get_string_element (json_object_get_array_member (o,
                           "warnings"), i), "Provisional"));

  /* A source alone does not make the estimate the user's: its values must differ. */
  {
    g_auto(TestRun) source_only = { 0, };

    run_cli (&source_only, "calc", "AXK7L40223G", "--thickness=120", "--land-pattern", path);
    g_assert_cmpint (source_only.status, ==, 0);
    g_assert_nonnull (strstr (source_only.out, "Provisional land pattern"));
    g_assert_null (strstr (source_only.out, "user-defined"));
  }
  run_cli (&human, "calc", "AXK7L40223G", "--thickness=120", "--land-pattern", wide);
  g_assert_cmpint (human.status, ==, 0);
  g_assert_nonnull (strstr (human.out, "Land pattern: user-defined (Panasonic drawing rev. "
                                       "2024-03), from "));
  g_assert_null (strstr (human.out, "Provisional land pattern"));

  run_cli (&gerber, "export", "AXK7L40223G", "--thickness=120", "--gerber", "-",
           "--land-pattern", wide);
  g_assert_cmpint (gerber.status, ==, 0);
  g_assert_nonnull (strstr (gerber.out,
                            "G04 Land pattern: user-defined (Panasonic drawing rev. 2024-03)*"));
  g_assert_null (strstr (gerber.out, "Provisional land pattern"));
  g_assert_null (strstr (gerber.out, "provisional"));

  /* The PDF as a reader sees it. */
  run_cli (&export_pdf, "export", "AXK7L40223G", "--thickness=120", "--pdf", pdf,
           "--land-pattern", wide);
  g_assert_cmpint (export_pdf.status, ==, 0);
  if (g_find_program_in_path ("pdftotext") != NULL)
    {
      const char *argv[] = { "pdftotext", pdf, "-", NULL };
      g_autofree char *text = NULL;
      g_autoptr(GError) error = NULL;
      int wait_status;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                   &text, NULL, &wait_status, &error));
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
      g_assert_nonnull (strstr (text, "Panasonic drawing rev. 2024-03"));
      g_assert_nonnull (strstr (text, "user-defined"));
      g_assert_null (strstr (text, "Provisional land pattern"));
      g_assert_null (strstr (text, "provisional"));
    }
  else
    g_test_message ("pdftotext is not installed: PDF text not checked");

  g_remove (pdf);
  g_remove (wide);
  g_remove (path);
  g_rmdir (dir);
}

static void
test_land_pattern_errors (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stencilcalc-land-XXXXXX", NULL);
  g_autofree char *socket = write_edited_land_file (dir, "socket.json", "AXK7L40223G", NULL, NULL);
  g_autofree char *bad = write_edited_land_file (dir, "bad.json", "AXK7L40223G",
                                                 "\"w_mm\" : 0.23", "\"w_mm\" : -1");
  g_autofree char *merged = write_edited_land_file (dir, "merged.json", "AXK7L40223G",
                                                    "\"w_mm\" : 0.23", "\"w_mm\" : 0.45");
  g_autofree char *missing = g_build_filename (dir, "none.json", NULL);
  g_autofree char *out_dir = g_build_filename (dir, "no", "such", "x.json", NULL);

  {
    g_auto(TestRun) run = { 0, };
    run_cli (&run, "calc", "AXK8L40124BG", "--thickness=120", "--land-pattern", socket);
    test_util_assert_cli_error (&run, 1, "is for part AXK7L40223G, not AXK8L40124BG");
    g_assert_nonnull (strstr (run.err, "socket.json"));
  }
  {
    g_auto(TestRun) run = { 0, };
    run_cli (&run, "export", "AXK8L40124BG", "--thickness=120", "--gerber", "-",
             "--land-pattern", socket);
    test_util_assert_cli_error (&run, 1, "is for part AXK7L40223G");
  }
  {
    g_auto(TestRun) run = { 0, };
    run_cli (&run, "calc", "AXK7L40223G", "--thickness=120", "--land-pattern", bad);
    test_util_assert_cli_error (&run, 1, "bad.json: “terminal.w_mm” must be more than 0");
  }
  {
    g_auto(TestRun) run = { 0, };
    run_cli (&run, "calc", "AXK7L40223G", "--thickness=120", "--land-pattern", merged);
    test_util_assert_cli_error (&run, 1, "merged.json: The terminal pad width (0.450 mm) must "
                                "be smaller than the pitch");
  }
  {
    g_auto(TestRun) run = { 0, };
    run_cli (&run, "calc", "AXK7L40223G", "--thickness=120", "--land-pattern", missing);
    test_util_assert_cli_error (&run, 1, "none.json");
  }
  {
    g_auto(TestRun) run = { 0, };
    run_cli (&run, "land-pattern");
    test_util_assert_cli_error (&run, 2, "which part?");
  }
  {
    g_auto(TestRun) run = { 0, };
    run_cli (&run, "land-pattern", "AXK7L40223G", "AXK8L40124BG");
    test_util_assert_cli_error (&run, 2, "unexpected argument");
  }
  {
    g_auto(TestRun) run = { 0, };
    run_cli (&run, "land-pattern", "AXK9X");
    test_util_assert_cli_error (&run, 1, "AXK9X");
  }
  {
    g_auto(TestRun) run = { 0, };
    run_cli (&run, "land-pattern", "AXK7L40223G", "--output", out_dir);
    g_assert_cmpint (run.status, !=, 0);
    g_assert_cmpstr (run.out, ==, "");
  }
  {
    g_auto(TestRun) run = { 0, };
    run_cli (&run, "land-pattern", "--help");
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "--output"));
  }
  {
    g_auto(TestRun) run = { 0, };
    run_cli (&run, "--help");
    g_assert_nonnull (strstr (run.out, "land-pattern PART"));
    g_assert_nonnull (strstr (run.out, "--land-pattern FILE"));
  }

  g_remove (socket);
  g_remove (bad);
  g_remove (merged);
  g_rmdir (dir);
}

/* The aperture table as CSV: one row per pad, the same numbers as the JSON, any locale. */
static void
test_export_csv (void)
{
  g_auto(TestRun) csv = { 0, };
  g_auto(TestRun) json = { 0, };
  g_auto(TestRun) de = { 0, };
  g_autoptr(JsonNode) root = NULL;
  g_auto(GStrv) lines = NULL;
  JsonArray *pads;

  run_cli (&csv, "export", "AXK8L24124BG", "--thickness=133", "--corner-radius=0.05", "--csv",
           "-");
  run_cli (&json, "calc", "AXK8L24124BG", "--thickness=133", "--corner-radius=0.05", "--json");
  g_assert_cmpint (csv.status, ==, 0);
  g_assert_cmpint (json.status, ==, 0);

  /* RFC 4180: CRLF after every row, a header row, then one row per pad. */
  g_assert_true (g_str_has_suffix (csv.out, "\r\n"));
  lines = g_strsplit (csv.out, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 26 + 1);
  g_assert_cmpstr (lines[0], ==, "part,thickness_um,land_pattern,pad,class,x_mm,y_mm,pad_w_mm,"
                   "pad_h_mm,ap_w_mm,ap_h_mm,ap_r_mm,opening_ratio,area_ratio,aspect_ratio,"
                   "status");
  g_assert_cmpstr (lines[27], ==, "");

  root = parse_json (json.out);
  pads = json_object_get_array_member (json_node_get_object (root), "pads");
  for (guint i = 0; i < 26; i++)
    {
      JsonObject *pad = json_array_get_object_element (pads, i);
      g_auto(GStrv) cells = g_strsplit (lines[i + 1], ",", -1);
      static const char * const numeric[] = { "x_mm", "y_mm", "pad_w_mm", "pad_h_mm", "ap_w_mm",
                                              "ap_h_mm", "ap_r_mm", "opening_ratio",
                                              "area_ratio", "aspect_ratio" };

      g_assert_cmpuint (g_strv_length (cells), ==, 16);
      g_assert_cmpstr (cells[0], ==, "AXK8L24124BG");
      g_assert_cmpstr (cells[1], ==, "133");
      g_assert_cmpstr (cells[2], ==, "provisional");
      g_assert_cmpstr (cells[3], ==, json_object_get_string_member (pad, "id"));
      g_assert_cmpstr (cells[4], ==, json_object_get_string_member (pad, "class"));
      for (guint c = 0; c < G_N_ELEMENTS (numeric); c++)
        g_assert_cmpfloat_with_epsilon (g_ascii_strtod (cells[5 + c], NULL),
                                        json_object_get_double_member (pad, numeric[c]), 1e-9);
      g_assert_cmpstr (cells[15], ==, json_object_get_string_member (pad, "status"));
    }

  if (setlocale (LC_ALL, "de_DE.UTF-8") == NULL)
    return;
  setlocale (LC_ALL, "");
  run_cli_env (&de, "LC_ALL=de_DE.UTF-8", "export", "AXK8L24124BG", "--thickness=133",
               "--corner-radius=0.05", "--csv", "-");
  g_assert_cmpstr (de.out, ==, csv.out);
}

/* A pad class has one name wherever it reaches people: the warnings (text and JSON) use the
 * engine's name of the class, and no other spelling of it appears. */
static void
test_pad_class_names (void)
{
  g_auto(TestRun) text = { 0, };
  g_auto(TestRun) json = { 0, };
  const char *name = stencil_pad_class_label (STENCIL_PAD_CLASS_SOLDERING);
  /* 110 µm is below the header's datasheet points: its soldering terminal is capped at 100 %. */
  g_autofree char *warning = g_strdup_printf ("%s: 110 µm is below", name);

  g_assert_cmpstr (name, ==, "Soldering terminal");
  run_cli (&text, "calc", "AXK8L80124BG", "--thickness=110");
  run_cli (&json, "calc", "AXK8L80124BG", "--thickness=110", "--json");
  g_assert_cmpint (text.status, ==, 0);
  g_assert_cmpint (json.status, ==, 0);
  g_assert_nonnull (strstr (text.out, warning));
  g_assert_nonnull (strstr (json.out, warning));
  g_assert_null (strstr (text.out, "Soldering-terminal"));
  g_assert_null (strstr (text.out, "Soldering terminals"));
  g_assert_null (strstr (json.out, "Soldering-terminal"));
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/bad-thickness", test_bad_thickness);
  g_test_add_func ("/cli/bad-options", test_bad_options);
  g_test_add_func ("/cli/unknown-part", test_unknown_part);
  g_test_add_func ("/cli/parts-json", test_parts_json);
  g_test_add_func ("/cli/calc-json", test_calc_json);
  g_test_add_func ("/cli/calc-json-locale", test_calc_json_locale);
  g_test_add_func ("/cli/calc-human", test_calc_human);
  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/broken-user-family", test_broken_user_family);
  g_test_add_func ("/cli/land-pattern-command", test_land_pattern_command);
  g_test_add_func ("/cli/land-pattern-option", test_land_pattern_option);
  g_test_add_func ("/cli/land-pattern-errors", test_land_pattern_errors);
  g_test_add_func ("/cli/export-csv", test_export_csv);
  g_test_add_func ("/cli/pad-class-names", test_pad_class_names);

  return g_test_run ();
}
