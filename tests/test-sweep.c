/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The thickness sweep: every point equals stencil_calculate () at its thickness, the range and
 * its checks, the datasheet's points, the maximum recommended thickness, CSV and JSON. */
#include "config.h"

#include <json-glib/json-glib.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "stencil-sweep.h"
#include "test-util.h"

static StencilCatalog *catalog;

static StencilPattern *
family_pattern (const char *part_number)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilPart) part = stencil_catalog_find_part (catalog, part_number, &error);
  StencilPattern *pattern;

  g_assert_no_error (error);
  pattern = stencil_pattern_new (part, NULL, &error);
  g_assert_no_error (error);
  return pattern;
}

static StencilSweep *
sweep_new (StencilPattern          *pattern,
           const StencilCalcParams *params,
           const StencilSweepRange *range)
{
  g_autoptr(GError) error = NULL;
  StencilSweep *sweep = stencil_sweep_new (pattern, params, range, &error);

  g_assert_no_error (error);
  g_assert_nonnull (sweep);
  return sweep;
}

static void
assert_point_equals_calculate (StencilSweep            *sweep,
                               const StencilSweepPoint *point)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilResult) result = NULL;
  StencilCalcParams params = sweep->params;

  params.thickness_um = point->thickness_um;
  result = stencil_calculate (sweep->pattern, &params, &error);
  g_assert_cmpint (point->valid, ==, result != NULL);
  if (result == NULL)
    return;
  g_assert_cmpint (point->status, ==, result->status);
  g_assert_cmpfloat (point->min_web_mm, ==, result->min_web_mm);
  g_assert_cmpuint (sweep->n_classes, ==, result->n_classes);
  for (guint c = 0; c < sweep->n_classes; c++)
    {
      const StencilSweepValue *v = &point->classes[c];
      const StencilClassResult *cr = &result->classes[c];

      g_assert_cmpint (sweep->classes[c], ==, cr->pad_class);
      g_assert_true (v->valid);
      /* The same numbers, not merely close ones. */
      g_assert_cmpfloat (v->target_ratio, ==, cr->target_ratio);
      g_assert_cmpint (v->regime, ==, cr->regime);
      g_assert_cmpfloat (v->opening_ratio, ==, cr->aperture.opening_ratio);
      g_assert_cmpfloat (v->area_ratio, ==, cr->aperture.area_ratio);
      g_assert_cmpfloat (v->aspect_ratio, ==, cr->aperture.aspect_ratio);
      g_assert_cmpfloat (v->w_mm, ==, cr->aperture.w_mm);
      g_assert_cmpfloat (v->h_mm, ==, cr->aperture.h_mm);
      g_assert_cmpint (v->status, ==, cr->aperture.status);
    }
}

static void
test_equals_calculate (void)
{
  const struct { const char *part; StencilStrategy strategy; double grid, radius; } cases[] = {
    { "AXK7L40223G", STENCIL_STRATEGY_BEST_RELEASE, 5, 0 },
    { "AXK8L80124BG", STENCIL_STRATEGY_BEST_RELEASE, 5, 0 },
    { "AXK8L40124BG", STENCIL_STRATEGY_PROPORTIONAL, 3, 0.05 },
    { "AXK7LE1026G", STENCIL_STRATEGY_KEEP_LENGTH, 10, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(StencilPattern) pattern = family_pattern (cases[i].part);
      g_autoptr(StencilSweep) sweep = NULL;
      StencilCalcParams params;

      stencil_calc_params_init (&params);
      params.strategy = cases[i].strategy;
      params.grid_um = cases[i].grid;
      params.corner_radius_mm = cases[i].radius;
      sweep = sweep_new (pattern, &params, NULL);
      g_assert_cmpuint (stencil_sweep_get_n_points (sweep), ==, 121);
      for (guint k = 0; k < stencil_sweep_get_n_points (sweep); k++)
        {
          const StencilSweepPoint *point = stencil_sweep_get_point (sweep, k);

          g_assert_cmpfloat (point->thickness_um, ==, 80 + k);
          g_assert_true (point->valid);
          assert_point_equals_calculate (sweep, point);
        }
    }
}

/* A radius that fits the chosen foil's apertures but not the smaller ones of thicker foils:
 * those points have no aperture, exactly where stencil_calculate () refuses. */
static void
test_invalid_points (void)
{
  g_autoptr(StencilPattern) pattern = family_pattern ("AXK7L40223G");
  g_autoptr(StencilSweep) sweep = NULL;
  StencilCalcParams params;
  guint valid = 0;

  stencil_calc_params_init (&params);
  params.thickness_um = 100;
  params.strategy = STENCIL_STRATEGY_PROPORTIONAL;
  params.corner_radius_mm = 0.1;
  sweep = sweep_new (pattern, &params, NULL);
  for (guint k = 0; k < stencil_sweep_get_n_points (sweep); k++)
    {
      const StencilSweepPoint *point = stencil_sweep_get_point (sweep, k);

      assert_point_equals_calculate (sweep, point);
      valid += point->valid;
    }
  g_assert_cmpuint (valid, >, 0);
  g_assert_cmpuint (valid, <, stencil_sweep_get_n_points (sweep));
  g_assert_true (stencil_sweep_get_point (sweep, 0)->valid);
  g_assert_false (stencil_sweep_get_point (sweep, 120)->valid);
}

static void
test_range (void)
{
  g_autoptr(StencilPattern) pattern = family_pattern ("AXK7L40223G");
  StencilCalcParams params;
  StencilSweepRange range = { 100, 150, 7 };
  StencilSweepRange fine = { 80, 200, 0.1 };
  const StencilSweepRange bad[] = {
    { 150, 100, 1 }, { 100, 100, 1 }, { 5, 100, 1 }, { 80, 1001, 1 }, { NAN, 200, 1 },
    { 80, INFINITY, 1 }, { 80, 200, 0 }, { 80, 200, -1 }, { 80, 200, NAN }, { 10, 1000, 0.01 },
  };
  g_autoptr(StencilSweep) coarse = NULL;
  g_autoptr(StencilSweep) dense = NULL;

  stencil_calc_params_init (&params);
  coarse = sweep_new (pattern, &params, &range);
  /* 100, 107, ... 149: the last step not beyond 150. */
  g_assert_cmpuint (stencil_sweep_get_n_points (coarse), ==, 8);
  g_assert_cmpfloat (stencil_sweep_get_point (coarse, 7)->thickness_um, ==, 149);
  dense = sweep_new (pattern, &params, &fine);
  g_assert_cmpuint (stencil_sweep_get_n_points (dense), ==, 1201);
  g_assert_cmpfloat_with_epsilon (stencil_sweep_get_point (dense, 1200)->thickness_um, 200, 1e-9);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (stencil_sweep_range_validate (&bad[i], &error));
      g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT);
      g_clear_error (&error);
      g_assert_null (stencil_sweep_new (pattern, &params, &bad[i], &error));
      g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT);
    }
  {
    g_autoptr(GError) error = NULL;

    /* The chosen foil must be a valid calculation too. */
    params.thickness_um = 0;
    g_assert_null (stencil_sweep_new (pattern, &params, NULL, &error));
    g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT);
  }
}

/* The datasheet's points per class, and the maximum recommended thickness of the part. */
static void
test_datasheet_and_maximum (void)
{
  g_autoptr(StencilPattern) socket = family_pattern ("AXK7L40223G");
  g_autoptr(StencilPattern) header = family_pattern ("AXK8L40124BG");
  g_autoptr(StencilSweep) a = NULL;
  g_autoptr(StencilSweep) b = NULL;
  g_autoptr(StencilResult) result = NULL;
  StencilCalcParams params;
  int terminal, soldering;
  const StencilSweepPoint *at_max, *above_max, *at_120;

  stencil_calc_params_init (&params);
  a = sweep_new (socket, &params, NULL);
  b = sweep_new (header, &params, NULL);
  terminal = stencil_sweep_find_class (a, STENCIL_PAD_CLASS_TERMINAL);
  soldering = stencil_sweep_find_class (b, STENCIL_PAD_CLASS_SOLDERING);
  g_assert_cmpint (terminal, >=, 0);
  g_assert_cmpint (soldering, >=, 0);
  g_assert_cmpuint (a->n_datasheet[terminal], ==, 2);
  g_assert_cmpfloat (a->datasheet[terminal][0].thickness_um, ==, 120);
  g_assert_cmpfloat (a->datasheet[terminal][0].ratio, ==, 0.66);
  g_assert_cmpfloat (a->datasheet[terminal][1].thickness_um, ==, 150);
  g_assert_cmpfloat (a->datasheet[terminal][1].ratio, ==, 0.53);
  g_assert_cmpfloat (b->datasheet[soldering][1].ratio, ==, 0.80);

  at_120 = stencil_sweep_get_point (a, 40);
  g_assert_cmpfloat (at_120->thickness_um, ==, 120);
  g_assert_cmpint (at_120->classes[terminal].regime, ==, STENCIL_REGIME_DATASHEET);
  g_assert_cmpfloat (at_120->classes[terminal].target_ratio, ==, 0.66);

  result = test_util_calculate (catalog, "AXK7L40223G", &params);
  g_assert_cmpfloat (a->max_thickness_um, ==, result->max_thickness_um);
  g_assert_cmpint (a->max_thickness_limit, ==, result->max_thickness_limit);
  at_max = stencil_sweep_get_point (a, (guint) a->max_thickness_um - 80);
  above_max = stencil_sweep_get_point (a, (guint) a->max_thickness_um - 79);
  g_assert_cmpint (at_max->status, ==, STENCIL_STATUS_PASS);
  g_assert_cmpint (above_max->status, !=, STENCIL_STATUS_PASS);
}

static void
test_csv (void)
{
  g_autoptr(StencilPattern) pattern = family_pattern ("AXK8L40124BG");
  StencilCalcParams params;
  StencilSweepRange range = { 100, 160, 10 };
  g_autoptr(StencilSweep) sweep = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) rows = NULL;

  stencil_calc_params_init (&params);
  sweep = sweep_new (pattern, &params, &range);
  bytes = stencil_sweep_generate_csv (sweep);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_true (g_str_has_suffix (text, "\r\n"));
  rows = g_strsplit (text, "\r\n", -1);
  /* A header, 7 thicknesses x 2 classes, and the empty string after the last CRLF. */
  g_assert_cmpuint (g_strv_length (rows), ==, 1 + 7 * 2 + 1);
  g_assert_cmpstr (rows[0], ==, "part,thickness_um,class,target_opening_ratio,regime,"
                   "opening_ratio,area_ratio,aspect_ratio,ap_w_mm,ap_h_mm,status");
  for (guint r = 1; r <= 14; r++)
    {
      g_auto(GStrv) f = g_strsplit (rows[r], ",", -1);
      const StencilSweepPoint *point = stencil_sweep_get_point (sweep, (r - 1) / 2);
      const StencilSweepValue *v = &point->classes[(r - 1) % 2];

      g_assert_cmpuint (g_strv_length (f), ==, 11);
      g_assert_null (strchr (rows[r], '\n'));
      g_assert_cmpstr (f[0], ==, "AXK8L40124BG");
      g_assert_cmpfloat (g_ascii_strtod (f[1], NULL), ==, point->thickness_um);
      g_assert_cmpstr (f[2], ==, stencil_pad_class_to_string (sweep->classes[(r - 1) % 2]));
      g_assert_cmpfloat_with_epsilon (g_ascii_strtod (f[3], NULL), v->target_ratio, 5e-5);
      g_assert_cmpstr (f[4], ==, stencil_regime_to_string (v->regime));
      g_assert_cmpfloat_with_epsilon (g_ascii_strtod (f[6], NULL), v->area_ratio, 5e-5);
      g_assert_cmpfloat_with_epsilon (g_ascii_strtod (f[7], NULL), v->aspect_ratio, 5e-5);
      g_assert_cmpstr (f[10], ==, stencil_status_to_string (v->status));
    }
}

static void
test_json (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilPattern) pattern = family_pattern ("AXK7L40223G");
  StencilCalcParams params;
  g_autoptr(StencilSweep) sweep = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root, *first, *cls;
  JsonArray *points, *classes;
  char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));

  stencil_calc_params_init (&params);
  /* Numbers in the C locale whatever the user's. */
  setlocale (LC_NUMERIC, "de_DE.UTF-8");
  sweep = sweep_new (pattern, &params, NULL);
  bytes = stencil_sweep_generate_json (sweep);
  setlocale (LC_NUMERIC, saved);
  g_free (saved);
  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                              &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "part"), ==, "AXK7L40223G");
  g_assert_cmpfloat (json_object_get_double_member (root, "from_um"), ==, 80);
  g_assert_cmpfloat (json_object_get_double_member (root, "to_um"), ==, 200);
  g_assert_cmpfloat (json_object_get_double_member (root, "web_limit_mm"), ==, 0.1);
  g_assert_cmpfloat (json_object_get_double_member (root, "max_thickness_um"), ==,
                     sweep->max_thickness_um);
  g_assert_cmpstr (json_object_get_string_member (root, "max_thickness_limit"), ==,
                   "area-ratio");
  classes = json_object_get_array_member (root, "classes");
  g_assert_cmpuint (json_array_get_length (classes), ==, 2);
  cls = json_array_get_object_element (classes, 0);
  g_assert_cmpstr (json_object_get_string_member (cls, "class"), ==, "terminal");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (cls, "datasheet")), ==,
                    2);
  points = json_object_get_array_member (root, "points");
  g_assert_cmpuint (json_array_get_length (points), ==, 121);
  first = json_array_get_object_element (points, 0);
  g_assert_cmpfloat (json_object_get_double_member (first, "thickness_um"), ==, 80);
  cls = json_array_get_object_element (json_object_get_array_member (first, "classes"), 0);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (cls, "area_ratio"),
                                  stencil_sweep_get_point (sweep, 0)->classes[0].area_ratio,
                                  5e-5);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  catalog = test_util_load_catalog ();

  g_test_add_func ("/sweep/equals-calculate", test_equals_calculate);
  g_test_add_func ("/sweep/invalid-points", test_invalid_points);
  g_test_add_func ("/sweep/range", test_range);
  g_test_add_func ("/sweep/datasheet-and-maximum", test_datasheet_and_maximum);
  g_test_add_func ("/sweep/csv", test_csv);
  g_test_add_func ("/sweep/json", test_json);

  status = g_test_run ();
  g_object_unref (catalog);
  return status;
}
