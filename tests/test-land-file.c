/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>

#include "stencil-aperture.h"
#include "stencil-gerber.h"
#include "stencil-land-file.h"
#include "stencil-sheet.h"
#include "test-util.h"

/* The user's own land pattern as a file: read, written, checked, and what every output says
 * once it is in use. */

static StencilCatalog *catalog;

/* A valid file for AXK7L40223G: the F4 estimate with wider terminal pads. */
static const char base_json[] =
  "{\n"
  "  \"format\": 1,\n"
  "  \"part\": \"AXK7L40223G\",\n"
  "  \"_comment\": \"ignored\",\n"
  "  \"source\": \"Panasonic drawing rev. 2024-03\",\n"
  "  \"terminal\": { \"w_mm\": 0.25, \"h_mm\": 0.9, \"row_y_mm\": 1.85 },\n"
  "  \"soldering\": { \"w_mm\": 0.5, \"h_mm\": 2, \"x_mm\": 4.5, \"y_mm\": 0 },\n"
  "  \"body\": { \"w_mm\": 10.4, \"h_mm\": 4.1 }\n"
  "}\n";

static StencilPart *
find_part (const char *part_number)
{
  g_autoptr(GError) error = NULL;
  StencilPart *part = stencil_catalog_find_part (catalog, part_number, &error);

  g_assert_no_error (error);
  return part;
}

/* base_json with the first occurrence of `from` replaced by `to`. */
static char *
variant (const char *from,
         const char *to)
{
  const char *at = strstr (base_json, from);

  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - base_json), base_json, to, at + strlen (from));
}

static void
test_parse (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilLandFile) file = stencil_land_file_parse (base_json, -1, "mine.json", &error);
  g_autoptr(StencilPart) part = find_part ("axk7l40223g");
  g_autoptr(StencilPattern) pattern = NULL;
  const StencilPad *pad;

  g_assert_no_error (error);
  g_assert_cmpstr (file->part_number, ==, "AXK7L40223G");
  g_assert_cmpstr (file->source, ==, "Panasonic drawing rev. 2024-03");
  g_assert_cmpfloat (file->spec.terminal_w_mm, ==, 0.25);
  g_assert_cmpfloat (file->spec.terminal_h_mm, ==, 0.9);
  g_assert_cmpfloat (file->spec.row_y_mm, ==, 1.85);
  g_assert_cmpfloat (file->spec.soldering_w_mm, ==, 0.5);
  g_assert_cmpfloat (file->spec.soldering_h_mm, ==, 2);
  g_assert_cmpfloat (file->spec.soldering_x_mm, ==, 4.5);
  g_assert_cmpfloat (file->spec.soldering_y_mm, ==, 0);
  g_assert_cmpfloat (file->spec.body_w_mm, ==, 10.4);
  g_assert_cmpfloat (file->spec.body_h_mm, ==, 4.1);
  g_assert_false (file->spec.provisional);

  pattern = stencil_land_file_make_pattern (file, part, "mine.json", &error);
  g_assert_no_error (error);
  g_assert_false (pattern->provisional);
  g_assert_true (stencil_pattern_is_user (pattern));
  g_assert_cmpstr (pattern->source, ==, "Panasonic drawing rev. 2024-03");
  g_assert_cmpuint (stencil_pattern_get_n_pads (pattern), ==, 42);
  pad = stencil_pattern_get_pad (pattern, 0);
  g_assert_cmpfloat_with_epsilon (pad->w_mm, 0.25, 1e-12);
  g_assert_cmpfloat_with_epsilon (pad->x_mm, -19 * 0.4 / 2, 1e-12);
  pad = stencil_pattern_get_pad (pattern, 41);
  g_assert_cmpstr (pad->id, ==, "S2");
  g_assert_cmpfloat (pad->x_mm, ==, 4.5);
  {
    g_autofree char *land = stencil_pattern_describe_land (pattern, FALSE, 0);
    g_assert_cmpstr (land, ==, "user-defined (Panasonic drawing rev. 2024-03)");
  }
}

/* Files hold lengths to 6 decimals (1 nm): the family's computed 4.6449999… is written 4.645. */
static void
check_same_spec (const StencilLandSpec *a,
                 const StencilLandSpec *b)
{
  const double eps = 5e-7;

  g_assert_cmpfloat_with_epsilon (a->terminal_w_mm, b->terminal_w_mm, eps);
  g_assert_cmpfloat_with_epsilon (a->terminal_h_mm, b->terminal_h_mm, eps);
  g_assert_cmpfloat_with_epsilon (a->row_y_mm, b->row_y_mm, eps);
  g_assert_cmpfloat_with_epsilon (a->soldering_w_mm, b->soldering_w_mm, eps);
  g_assert_cmpfloat_with_epsilon (a->soldering_h_mm, b->soldering_h_mm, eps);
  g_assert_cmpfloat_with_epsilon (a->soldering_x_mm, b->soldering_x_mm, eps);
  g_assert_cmpfloat_with_epsilon (a->soldering_y_mm, b->soldering_y_mm, eps);
  g_assert_cmpfloat_with_epsilon (a->body_w_mm, b->body_w_mm, eps);
  g_assert_cmpfloat_with_epsilon (a->body_h_mm, b->body_h_mm, eps);
}

/* The family's pattern written as a starting point, and a user pattern written and read back,
 * through real files. */
static void
test_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilPart) part = find_part ("AXK8L40124BG");
  g_autoptr(StencilPattern) family = stencil_pattern_new (part, NULL, &error);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *dir = g_dir_make_tmp ("land-file-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "header.json", NULL);
  g_autoptr(StencilLandFile) file = NULL;
  g_autoptr(StencilPattern) user = NULL;
  g_autoptr(StencilPattern) back = NULL;
  JsonObject *root;
  StencilLandSpec spec;
  const char *tricky = "Zeichnung „Rev. 3“ \"quoted\" \\ back\nslash";

  g_assert_no_error (error);
  g_assert_true (family->provisional);
  bytes = stencil_land_file_generate (family);
  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                             g_bytes_get_size (bytes), &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (root, "format"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (root, "part"), ==, "AXK8L40124BG");
  g_assert_cmpstr (json_object_get_string_member (root, "source"), ==, "");
  g_assert_nonnull (strstr (json_object_get_string_member (root, "_comment"),
                            "provisional estimate, NOT the manufacturer's figures"));
  g_assert_cmpfloat (json_object_get_double_member (json_object_get_object_member (root,
                     "terminal"), "row_y_mm"), ==, 1.55);

  /* Read back unedited, it holds the estimate's numbers: still the provisional estimate, not
   * the user's pattern (issue 9: provenance is decided by the values). */
  g_assert_true (stencil_land_file_save (family, path, &error));
  g_assert_no_error (error);
  back = stencil_land_file_load_pattern (part, path, &error);
  g_assert_no_error (error);
  g_assert_true (back->provisional);
  g_assert_false (stencil_pattern_is_user (back));
  g_assert_null (back->source);
  check_same_spec (&back->spec, &family->spec);
  g_clear_pointer (&back, stencil_pattern_unref);

  /* Every value changed, and a source that JSON must escape. */
  spec = family->spec;
  spec.terminal_w_mm = 0.215;
  spec.terminal_h_mm = 0.777;
  spec.row_y_mm = 1.6125;
  spec.soldering_w_mm = 0.4;
  spec.soldering_h_mm = 1.5;
  spec.soldering_x_mm = 8.3;
  spec.soldering_y_mm = 0.05;
  spec.body_w_mm = 17.9;
  spec.body_h_mm = 3.25;
  user = stencil_pattern_new_user (part, &spec, tricky, &error);
  g_assert_no_error (error);
  g_assert_true (stencil_land_file_save (user, path, &error));
  g_assert_no_error (error);
  file = stencil_land_file_load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (file->source, ==, tricky);
  check_same_spec (&file->spec, &spec);
  g_assert_cmpfloat (file->spec.row_y_mm, ==, 1.6125);
  back = stencil_land_file_make_pattern (file, part, path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (back->source, ==, tricky);
  {
    /* One line in a title block, whatever the user typed. */
    g_autofree char *land = stencil_pattern_describe_land (back, FALSE, 0);
    g_autofree char *shortened = stencil_pattern_describe_land (back, FALSE, 10);

    g_assert_null (strchr (land, '\n'));
    g_assert_cmpstr (shortened, ==, "user-defined (Zeichnung…)");
  }

  g_unlink (path);
  g_rmdir (dir);
}

/* Every way a file can be wrong: one line that names the file and the member. */
static void
test_bad_values (void)
{
  static const char * const cases[][3] = {
    { "\"w_mm\": 0.25", "\"w_mm\": -0.25", "“terminal.w_mm” must be more than 0" },
    { "\"w_mm\": 0.25", "\"w_mm\": 0", "“terminal.w_mm” must be more than 0" },
    { "\"w_mm\": 0.25", "\"w_mm\": \"0.25\"", "“terminal.w_mm” must be a number" },
    { "\"w_mm\": 0.25", "\"w_mm\": null", "“terminal.w_mm” must be a number" },
    { "\"w_mm\": 0.25", "\"w_mm\": 1e999", "“terminal.w_mm” must be more than 0" },
    { "\"w_mm\": 0.25", "\"w_mm\": 250", "at most 100 mm" },
    { "\"w_mm\": 0.25, ", "", "“terminal.w_mm” is missing" },
    { "\"h_mm\": 0.9", "\"h_mm\": true", "“terminal.h_mm” must be a number" },
    { "\"row_y_mm\": 1.85", "\"row_y_mm\": -1", "“terminal.row_y_mm” must be from 0 to 100" },
    { "\"h_mm\": 2", "\"h_mm\": 0", "“soldering.h_mm” must be more than 0" },
    { "\"x_mm\": 4.5", "\"x_mm\": -101", "“soldering.x_mm” must be from -100 to 100" },
    { "\"y_mm\": 0", "\"y_mm\": [0]", "“soldering.y_mm” must be a number" },
    { "\"w_mm\": 10.4", "\"w_mm\": -10.4", "“body.w_mm” must be more than 0" },
    { "\"h_mm\": 4.1", "\"hh_mm\": 4.1", "unknown member “body.hh_mm”" },
    { "\"format\": 1", "\"format\": 2", "“format” must be 1" },
    { "\"format\": 1", "\"format\": 1.0", "“format” must be 1" },
    { "\"format\": 1,", "", "“format” is missing" },
    { "\"part\": \"AXK7L40223G\"", "\"part\": \"\"", "“part” must be the part number" },
    { "\"part\": \"AXK7L40223G\"", "\"part\": 40", "“part” must be the part number" },
    { "\"source\": \"Panasonic", "\"source\": 3, \"_s\": \"", "“source” must be text" },
    { "\"_comment\": \"ignored\"", "\"comment\": \"x\"", "unknown member “comment”" },
    { "\"body\": {", "\"body\": 4, \"_x\": {", "“body” must be an object" },
    { "\"soldering\": {", "\"solder\": {", "unknown member “solder”" },
    { "{\n", "[\n", "not valid JSON" },
    { "\"format\"", "format", "not valid JSON" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = variant (cases[i][0], cases[i][1]);
      g_autoptr(GError) error = NULL;
      g_autoptr(StencilLandFile) file = stencil_land_file_parse (json, -1, "bad.json", &error);

      g_assert_null (file);
      g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT);
      g_assert_true (g_str_has_prefix (error->message, "bad.json: "));
      g_assert_null (strchr (error->message, '\n'));
      if (strstr (error->message, cases[i][2]) == NULL)
        g_error ("case %u: expected “%s” in: %s", i, cases[i][2], error->message);
    }

  {
    g_autoptr(GError) error = NULL;
    g_assert_null (stencil_land_file_parse ("[1, 2]", -1, "array.json", &error));
    g_assert_nonnull (strstr (error->message, "array.json: not a land pattern"));
  }
  {
    g_autoptr(GError) error = NULL;
    g_assert_null (stencil_land_file_parse ("\xff\xfe{}", 4, "latin.json", &error));
    g_assert_nonnull (strstr (error->message, "latin.json: not UTF-8"));
  }
  {
    g_autoptr(GError) error = NULL;
    g_assert_null (stencil_land_file_load ("/nonexistent/land.json", &error));
    g_assert_nonnull (strstr (error->message, "/nonexistent/land.json"));
  }
}

/* Values each in range that do not make a land pattern: the engine's checks, with the file. */
static void
test_pads_merge (void)
{
  static const char * const cases[][3] = {
    /* Wider than the 0.4 mm pitch. */
    { "\"w_mm\": 0.25", "\"w_mm\": 0.4", "smaller than the pitch" },
    /* The two rows overlap. */
    { "\"row_y_mm\": 1.85", "\"row_y_mm\": 0.4", "terminal rows overlap" },
    /* S1 and S2 overlap at the centre. */
    { "\"x_mm\": 4.5", "\"x_mm\": 0.2", "soldering pad S1 touches pad S2" },
    /* Longer soldering pads moved in onto the end pads of the rows. */
    { "\"h_mm\": 2, \"x_mm\": 4.5", "\"h_mm\": 3.2, \"x_mm\": 3.9",
      "soldering pad S1 touches pad 1" },
    /* On the row itself, over pin 1. */
    { "\"x_mm\": 4.5, \"y_mm\": 0", "\"x_mm\": 3.8, \"y_mm\": 1.85",
      "soldering pad S1 touches pad 1" },
  };
  g_autoptr(StencilPart) part = find_part ("AXK7L40223G");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = variant (cases[i][0], cases[i][1]);
      g_autoptr(GError) error = NULL;
      g_autoptr(StencilLandFile) file = stencil_land_file_parse (json, -1, "merge.json", &error);
      g_autoptr(StencilPattern) pattern = NULL;

      g_assert_no_error (error);
      pattern = stencil_land_file_make_pattern (file, part, "merge.json", &error);
      g_assert_null (pattern);
      g_assert_true (g_str_has_prefix (error->message, "merge.json: "));
      if (strstr (error->message, cases[i][2]) == NULL)
        g_error ("case %u: expected “%s” in: %s", i, cases[i][2], error->message);
    }
}

static void
test_wrong_part (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilLandFile) file = stencil_land_file_parse (base_json, -1, "x.json", &error);
  g_autoptr(StencilPart) header = find_part ("AXK8L40124BG");
  g_autoptr(StencilPart) inspection = find_part ("AXK7LE4026G");
  g_autoptr(StencilPattern) pattern = NULL;

  g_assert_no_error (error);
  pattern = stencil_land_file_make_pattern (file, header, "x.json", &error);
  g_assert_null (pattern);
  g_assert_cmpstr (error->message, ==,
                   "x.json: this land pattern is for part AXK7L40223G, not AXK8L40124BG");
  g_clear_error (&error);
  /* Same foot pattern, but another part number: the user says which part a file is for. */
  pattern = stencil_land_file_make_pattern (file, inspection, "x.json", &error);
  g_assert_null (pattern);
  g_assert_nonnull (strstr (error->message, "not AXK7LE4026G"));
}

/* A German locale writes 0,25 with printf: the file must not. */
static void
test_locale (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilPart) part = find_part ("AXK7L40223G");
  g_autoptr(StencilLandFile) file = NULL;
  g_autoptr(StencilPattern) pattern = NULL;
  g_autoptr(GBytes) c_bytes = NULL;
  g_autoptr(GBytes) de_bytes = NULL;

  file = stencil_land_file_parse (base_json, -1, "x.json", &error);
  g_assert_no_error (error);
  pattern = stencil_land_file_make_pattern (file, part, "x.json", &error);
  g_assert_no_error (error);
  c_bytes = stencil_land_file_generate (pattern);

  if (setlocale (LC_ALL, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("de_DE.UTF-8 is not installed");
      return;
    }
  de_bytes = stencil_land_file_generate (pattern);
  g_clear_pointer (&file, stencil_land_file_free);
  file = stencil_land_file_parse (g_bytes_get_data (de_bytes, NULL),
                                  g_bytes_get_size (de_bytes), "de.json", &error);
  setlocale (LC_ALL, "C.UTF-8");

  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (c_bytes, de_bytes));
  g_assert_nonnull (strstr (g_bytes_get_data (de_bytes, NULL), "\"w_mm\" : 0.25,"));
  g_assert_cmpfloat (file->spec.terminal_w_mm, ==, 0.25);
  g_assert_cmpfloat (file->spec.body_w_mm, ==, 10.4);
}

/* What the outputs say once the user's pattern is in use. */
static void
test_outputs (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilPart) part = find_part ("AXK7L40223G");
  g_autoptr(StencilLandFile) file = stencil_land_file_parse (base_json, -1, "x.json", &error);
  g_autoptr(StencilPattern) user = NULL;
  g_autoptr(StencilPattern) family = stencil_pattern_new (part, NULL, &error);
  g_autoptr(StencilResult) result = NULL;
  g_autoptr(StencilResult) family_result = NULL;
  g_autoptr(GBytes) gerber = NULL;
  g_autoptr(StencilScene) page = NULL;
  StencilGerberOptions gerber_options;
  StencilDrawingOptions drawing_options;
  StencilCalcParams params;
  g_autoptr(GString) texts = g_string_new (NULL);

  g_assert_no_error (error);
  user = stencil_land_file_make_pattern (file, part, "x.json", &error);
  g_assert_no_error (error);
  stencil_calc_params_init (&params);
  params.thickness_um = 120;
  result = stencil_calculate (user, &params, &error);
  g_assert_no_error (error);
  family_result = stencil_calculate (family, &params, &error);
  g_assert_no_error (error);

  /* The wider pads get wider apertures: 0.25 mm kept, the length cut to reach 66 %. */
  g_assert_cmpfloat (result->classes[0].pad_w_mm, ==, 0.25);
  g_assert_cmpfloat (family_result->classes[0].pad_w_mm, ==, 0.23);
  g_assert_cmpfloat (result->classes[0].aperture.w_mm * result->classes[0].aperture.h_mm, >,
                     family_result->classes[0].aperture.w_mm *
                     family_result->classes[0].aperture.h_mm);
  for (guint i = 0; i < result->warnings->len; i++)
    g_assert_cmpstr (result->warnings->pdata[i], !=, stencil_provisional_notice ());

  stencil_gerber_options_init (&gerber_options);
  gerber = stencil_gerber_generate (result, &gerber_options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (g_bytes_get_data (gerber, NULL),
                            "G04 Land pattern: user-defined (Panasonic drawing rev. 2024-03)*\n"));
  g_assert_null (strstr (g_bytes_get_data (gerber, NULL), STENCIL_PROVISIONAL_NOTICE_C));

  stencil_drawing_options_init (&drawing_options);
  page = stencil_scene_new_page (result, &drawing_options, NULL);
  for (guint i = 0; i < stencil_scene_get_n_primitives (page); i++)
    {
      const StencilPrimitive *p = stencil_scene_get_primitive (page, i);
      if (p->text != NULL)
        g_string_append_printf (texts, "%s\n", p->text);
    }
  g_assert_nonnull (strstr (texts->str,
                            "Land pattern: user-defined (Panasonic drawing rev. 2024-03)\n"));
  /* The title block's cell, shortened. */
  g_assert_nonnull (strstr (texts->str, "user-defined (Panasonic drawing rev. 2024…)\n"));
  g_assert_null (strstr (texts->str, stencil_provisional_notice ()));
  g_assert_null (strstr (texts->str, "provisional"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  catalog = test_util_load_catalog ();

  g_test_add_func ("/land-file/parse", test_parse);
  g_test_add_func ("/land-file/round-trip", test_round_trip);
  g_test_add_func ("/land-file/bad-values", test_bad_values);
  g_test_add_func ("/land-file/pads-merge", test_pads_merge);
  g_test_add_func ("/land-file/wrong-part", test_wrong_part);
  g_test_add_func ("/land-file/locale", test_locale);
  g_test_add_func ("/land-file/outputs", test_outputs);

  status = g_test_run ();
  g_clear_object (&catalog);
  return status;
}
