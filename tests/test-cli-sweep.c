/* SPDX-License-Identifier: GPL-3.0-or-later */
/* stencilcalc-cli's thickness sweep and its exports, run as a subprocess: "sweep" as text, JSON
 * and CSV equal to "calc" at the same thicknesses, its bad input, "export --kicad",
 * "export --with-sweep", and the minimum web (--min-web) in the recommendation. */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>

#include "test-util.h"

#define run_cli(run, ...) test_util_run_cli (run, NULL, TEST_UTIL_STRV (__VA_ARGS__))

static char *tmpdir;

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
assert_ok (const TestRun *run)
{
  if (run->status != 0)
    g_error ("stencilcalc-cli failed (%d): %s", run->status, run->err);
}

/* Every point of the sweep is what calc says at that thickness, to the printed digit. */
static void
test_json_equals_calc (void)
{
  g_auto(TestRun) sweep = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *o;
  JsonArray *points;
  guint checked = 0;

  run_cli (&sweep, "sweep", "AXK8L40124BG", "--from", "100", "--to", "160", "--step", "15",
           "--corner-radius", "0.03", "--json");
  assert_ok (&sweep);
  root = parse_json (sweep.out);
  o = json_node_get_object (root);
  points = json_object_get_array_member (o, "points");
  g_assert_cmpuint (json_array_get_length (points), ==, 5);
  g_assert_cmpfloat (json_object_get_double_member (o, "corner_radius_mm"), ==, 0.03);
  for (guint i = 0; i < json_array_get_length (points); i++)
    {
      JsonObject *point = json_array_get_object_element (points, i);
      double t = json_object_get_double_member (point, "thickness_um");
      g_autofree char *thickness = g_strdup_printf ("%g", t);
      g_auto(TestRun) calc = { 0 };
      g_autoptr(JsonNode) calc_root = NULL;
      JsonObject *c;
      JsonArray *calc_classes, *sweep_classes;

      g_assert_cmpfloat (t, ==, 100 + 15 * i);
      run_cli (&calc, "calc", "AXK8L40124BG", "--thickness", thickness, "--corner-radius",
               "0.03", "--json");
      assert_ok (&calc);
      calc_root = parse_json (calc.out);
      c = json_node_get_object (calc_root);
      g_assert_cmpfloat (json_object_get_double_member (o, "max_thickness_um"), ==,
                         json_object_get_double_member (c, "max_thickness_um"));
      g_assert_cmpstr (json_object_get_string_member (point, "status"), ==,
                       json_object_get_string_member (c, "status"));
      calc_classes = json_object_get_array_member (c, "classes");
      sweep_classes = json_object_get_array_member (point, "classes");
      g_assert_cmpuint (json_array_get_length (sweep_classes), ==,
                        json_array_get_length (calc_classes));
      for (guint k = 0; k < json_array_get_length (calc_classes); k++)
        {
          JsonObject *a = json_array_get_object_element (sweep_classes, k);
          JsonObject *b = json_array_get_object_element (calc_classes, k);
          const char *numbers[] = { "target_opening_ratio", "opening_ratio", "area_ratio",
                                    "aspect_ratio", "ap_w_mm", "ap_h_mm" };

          g_assert_cmpstr (json_object_get_string_member (a, "class"), ==,
                           json_object_get_string_member (b, "class"));
          g_assert_cmpstr (json_object_get_string_member (a, "regime"), ==,
                           json_object_get_string_member (b, "regime"));
          g_assert_cmpstr (json_object_get_string_member (a, "status"), ==,
                           json_object_get_string_member (b, "status"));
          for (guint n = 0; n < G_N_ELEMENTS (numbers); n++)
            g_assert_cmpfloat (json_object_get_double_member (a, numbers[n]), ==,
                               json_object_get_double_member (b, numbers[n]));
          checked++;
        }
    }
  g_assert_cmpuint (checked, ==, 10);
}

static void
test_text_and_csv (void)
{
  g_auto(TestRun) text = { 0 };
  g_auto(TestRun) csv = { 0 };
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) rows = NULL;

  run_cli (&text, "sweep", "AXK7L40223G");
  assert_ok (&text);
  g_assert_nonnull (strstr (text.out, "Thickness sweep from 80 to 200 µm in steps of 1 µm"));
  g_assert_nonnull (strstr (text.out, "Provisional land pattern"));
  g_assert_nonnull (strstr (text.out, "Datasheet opening ratios: Terminal 66.0% at 120 µm, "
                                      "53.0% at 150 µm; Soldering 100.0% at 120 µm, 100.0% at "
                                      "150 µm"));
  g_assert_nonnull (strstr (text.out, "Maximum recommended thickness: 124 µm (limited by the "
                                      "area ratio)"));
  lines = g_strsplit (text.out, "\n", -1);
  /* Heading (3 lines and a blank), the column names, two classes at 121 thicknesses, a blank,
   * two summary lines and the empty string after the last line break. */
  g_assert_cmpuint (g_strv_length (lines), ==, 4 + 1 + 2 * 121 + 1 + 2 + 1);
  g_assert_true (g_str_has_prefix (g_strstrip (lines[5]), "80 µm"));

  run_cli (&csv, "sweep", "AXK7L40223G", "--csv", "--from", "150", "--to", "152");
  assert_ok (&csv);
  rows = g_strsplit (csv.out, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (rows), ==, 1 + 3 * 2 + 1);
  g_assert_true (g_str_has_prefix (rows[0], "part,thickness_um,class,"));
  /* At a datasheet thickness: 0.23 x 0.475 mm in a 0.23 x 0.9 mm land, opening 52.78 %,
   * area ratio 0.109 / (2 x 0.705 x 0.15) = 0.5165, aspect 0.23 / 0.15 = 1.5333. */
  g_assert_cmpstr (rows[1], ==,
                   "AXK7L40223G,150,terminal,0.53,datasheet,0.5278,0.5165,1.5333,0.23,0.475,fail");
}

static void
test_errors (void)
{
  static const struct { const char *args[12]; int status; const char *text; } cases[] = {
    { { "sweep", "AXK7L40223G", "--from", "200", "--to", "100" }, 2, "thinner to a thicker" },
    { { "sweep", "AXK7L40223G", "--from", "5" }, 2, "10 to 1000 µm" },
    { { "sweep", "AXK7L40223G", "--step", "0" }, 2, "more than 0 µm" },
    { { "sweep", "AXK7L40223G", "--from", "10", "--to", "1000", "--step", "0.01" }, 2,
      "10001 steps" },
    { { "sweep", "AXK7L40223G", "--step", "x" }, 2, "--step: “x” is not a number" },
    { { "sweep", "AXK7L40223G", "--json", "--csv" }, 2, "not both" },
    { { "sweep", "AXK7L40223G", "--min-web", "2" }, 2, "--min-web: 2 mm is out of range" },
    { { "sweep", "AXK7L40223G", "--min-web", "abc" }, 2, "--min-web: “abc”" },
    { { "calc", "AXK7L40223G", "--thickness", "127", "--min-web", "-0.1" }, 2, "--min-web" },
    { { "sweep", "AXK7X" }, 1, "AXK7X" },
    { { "sweep" }, 2, "which part" },
    { { "export", "AXK7L40223G", "--thickness", "127" }, 2, "--kicad" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(TestRun) run = { 0 };

      test_util_run_cli (&run, NULL, cases[i].args);
      test_util_assert_cli_error (&run, cases[i].status, cases[i].text);
    }
}

static void
test_export_kicad (void)
{
  g_autofree char *lib = g_build_filename (tmpdir, "Stencil.pretty", NULL);
  g_autofree char *path = g_build_filename (lib, "My_F4.kicad_mod", NULL);
  g_autofree char *contents = NULL;
  g_auto(TestRun) file = { 0 };
  g_auto(TestRun) out = { 0 };

  g_assert_cmpint (g_mkdir (lib, 0700), ==, 0);
  run_cli (&file, "export", "AXK7L40223G", "--thickness", "127", "--kicad", path);
  assert_ok (&file);
  g_assert_cmpuint (file.out_len, ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "(footprint \"My_F4\" (version 20211014) "
                                             "(generator stencilcalc)"));
  g_assert_nonnull (strstr (contents, "(layers \"F.Paste\")"));

  run_cli (&out, "export", "AXK7L40223G", "--thickness", "127", "--kicad", "-");
  assert_ok (&out);
  g_assert_true (g_str_has_prefix (out.out, "(footprint \"Panasonic_F4_AXK7L40223G_2x20-1MP_"
                                            "P0.40mm_Vertical_Stencil127um\""));
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (lib), ==, 0);
}

static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* The sweep sheet from the command line: its axis titles and datasheet points in the text. */
static void
test_export_with_sweep (void)
{
  g_autofree char *pdf = g_build_filename (tmpdir, "sweep.pdf", NULL);
  g_autofree char *info = NULL;
  g_autofree char *page2 = NULL;
  g_autofree char *tool = g_find_program_in_path ("pdftotext");
  g_auto(TestRun) run = { 0 };

  if (tool == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  run_cli (&run, "export", "AXK7L40223G", "--thickness", "127", "--pdf", pdf, "--with-sweep");
  assert_ok (&run);
  info = run_tool (TEST_UTIL_STRV ("pdfinfo", pdf));
  g_assert_nonnull (strstr (info, "Pages:           2"));
  page2 = run_tool (TEST_UTIL_STRV ("pdftotext", "-f", "2", "-l", "2", pdf, "-"));
  g_assert_nonnull (strstr (page2, "Stencil thickness (µm)"));
  g_assert_nonnull (strstr (page2, "Opening ratio (aperture area / land area)"));
  g_assert_nonnull (strstr (page2, "66 %"));
  g_assert_nonnull (strstr (page2, "53 %"));
  g_assert_cmpint (g_remove (pdf), ==, 0);
}

/* Lands 0.33 mm wide at 0.4 mm pitch leave a 0.07 mm web: with the default minimum of 0.1 mm
 * no foil is recommended and the web is named; without the rule the area ratio limits. */
static void
test_min_web (void)
{
  g_autofree char *land = g_build_filename (tmpdir, "narrow.json", NULL);
  const char *json =
    "{ \"format\": 1, \"part\": \"AXK7L40223G\", \"source\": \"narrow web test\",\n"
    "  \"terminal\": { \"w_mm\": 0.33, \"h_mm\": 0.9, \"row_y_mm\": 1.85 },\n"
    "  \"soldering\": { \"w_mm\": 0.5, \"h_mm\": 2, \"x_mm\": 4.5, \"y_mm\": 0 },\n"
    "  \"body\": { \"w_mm\": 10.4, \"h_mm\": 4.1 } }\n";
  g_auto(TestRun) narrow = { 0 };
  g_auto(TestRun) free_web = { 0 };
  g_auto(TestRun) text = { 0 };
  g_autoptr(JsonNode) a = NULL;
  g_autoptr(JsonNode) b = NULL;
  JsonObject *o;

  g_assert_true (g_file_set_contents (land, json, -1, NULL));
  run_cli (&narrow, "calc", "AXK7L40223G", "--thickness", "127", "--land-pattern", land,
           "--json");
  assert_ok (&narrow);
  a = parse_json (narrow.out);
  o = json_node_get_object (a);
  g_assert_cmpfloat (json_object_get_double_member (o, "web_limit_mm"), ==, 0.1);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (o, "min_web_mm"), 0.07, 1e-9);
  g_assert_true (json_object_get_null_member (o, "max_thickness_um"));
  g_assert_cmpstr (json_object_get_string_member (o, "max_thickness_limit"), ==, "web");
  g_assert_nonnull (strstr (narrow.out, "the web between apertures is narrower than 0.1 mm"));

  run_cli (&free_web, "calc", "AXK7L40223G", "--thickness", "127", "--land-pattern", land,
           "--min-web", "0", "--json");
  assert_ok (&free_web);
  b = parse_json (free_web.out);
  o = json_node_get_object (b);
  g_assert_cmpfloat (json_object_get_double_member (o, "web_limit_mm"), ==, 0);
  g_assert_cmpfloat (json_object_get_double_member (o, "max_thickness_um"), >, 0);
  g_assert_cmpstr (json_object_get_string_member (o, "max_thickness_limit"), ==, "area-ratio");

  run_cli (&text, "calc", "AXK7L40223G", "--thickness", "127", "--land-pattern", land);
  assert_ok (&text);
  g_assert_nonnull (strstr (text.out, "Maximum recommended thickness: none from 50 to 250 µm: "
                                      "where the apertures pass IPC-7525, the web between them "
                                      "is too narrow"));
  g_assert_nonnull (strstr (text.out, "Limited by the web between apertures; the narrowest web "
                                      "that can be cut: 0.10 mm"));
  g_assert_cmpint (g_remove (land), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("test-cli-sweep-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/cli-sweep/json-equals-calc", test_json_equals_calc);
  g_test_add_func ("/cli-sweep/text-and-csv", test_text_and_csv);
  g_test_add_func ("/cli-sweep/errors", test_errors);
  g_test_add_func ("/cli-sweep/export-kicad", test_export_kicad);
  g_test_add_func ("/cli-sweep/export-with-sweep", test_export_with_sweep);
  g_test_add_func ("/cli-sweep/min-web", test_min_web);

  status = g_test_run ();
  g_rmdir (tmpdir);
  g_free (tmpdir);
  return status;
}
