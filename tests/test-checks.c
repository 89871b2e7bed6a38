/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the engine says agrees with what it did: shown numbers keep their status's side, the
 * minimum web names its first pair, warnings describe the ratio model, unknown parts get the
 * nearest numbers, bodies hold their pads and array copies never overlap. */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "stencil-format.h"
#include "stencil-gerber.h"
#include "stencil-land-file.h"
#include "test-util.h"

static StencilCatalog *catalog;

static void
assert_round (StencilMeasure measure,
              double         value,
              int            decimals,
              const char    *expected)
{
  g_autofree char *shown = stencil_measure_format_c (measure, value, decimals);
  g_autofree char *people = stencil_measure_format (measure, value, decimals);
  g_autofree char *expected_people = g_strdup_printf ("%.*f", decimals,
                                                      g_ascii_strtod (expected, NULL));

  g_assert_cmpstr (shown, ==, expected);
  g_assert_cmpstr (people, ==, expected_people);
}

/* The figures of the issue and the edges around each limit. */
static void
test_measure_rounding (void)
{
  assert_round (STENCIL_MEASURE_AREA_RATIO, 0.6598, 3, "0.659");
  assert_round (STENCIL_MEASURE_AREA_RATIO, 0.6598, 2, "0.65");
  assert_round (STENCIL_MEASURE_AREA_RATIO, 0.66, 2, "0.66");
  assert_round (STENCIL_MEASURE_AREA_RATIO, 0.65999999999, 3, "0.66");   /* passes: slack */
  assert_round (STENCIL_MEASURE_AREA_RATIO, 0.6642, 2, "0.66");
  assert_round (STENCIL_MEASURE_AREA_RATIO, 0.6549, 2, "0.65");
  assert_round (STENCIL_MEASURE_AREA_RATIO, 0.5498, 2, "0.54");
  assert_round (STENCIL_MEASURE_AREA_RATIO, 0.5498, 3, "0.549");
  assert_round (STENCIL_MEASURE_AREA_RATIO, 0.5502, 2, "0.55");
  assert_round (STENCIL_MEASURE_AREA_RATIO, 0.642, 3, "0.642");
  assert_round (STENCIL_MEASURE_AREA_RATIO, 1.575, 3, "1.575");
  assert_round (STENCIL_MEASURE_ASPECT_RATIO, 1.4996, 2, "1.49");
  assert_round (STENCIL_MEASURE_ASPECT_RATIO, 1.4996, 1, "1.4");
  assert_round (STENCIL_MEASURE_ASPECT_RATIO, 1.5, 1, "1.5");
  assert_round (STENCIL_MEASURE_ASPECT_RATIO, 1.81, 2, "1.81");
  g_assert_cmpfloat (stencil_web_round (0.0996, 0.1, 3), ==, 0.099);
  g_assert_cmpfloat (stencil_web_round (0.0996, 0.1, 2), ==, 0.09);
  g_assert_cmpfloat (stencil_web_round (0.1, 0.1, 3), ==, 0.1);
  g_assert_cmpfloat (stencil_web_round (0.17, 0.1, 3), ==, 0.17);
  g_assert_cmpfloat (stencil_web_round (0.1496, 0.15, 2), ==, 0.14);   /* the design's limit */
  g_assert_cmpfloat (stencil_web_round (0.0996, 0, 3), ==, 0.1);       /* no limit: plain */

  /* People get their locale's separator. */
  if (setlocale (LC_NUMERIC, "de_DE.UTF-8") != NULL)
    {
      g_autofree char *shown = stencil_measure_format (STENCIL_MEASURE_AREA_RATIO, 0.6598, 3);
      g_autofree char *file = stencil_measure_format_c (STENCIL_MEASURE_AREA_RATIO, 0.6598, 3);

      setlocale (LC_NUMERIC, "C");
      g_assert_cmpstr (shown, ==, "0,659");
      g_assert_cmpstr (file, ==, "0.659");
    }
  else
    g_test_message ("de_DE.UTF-8 is not installed: the decimal comma is not checked");
}

/* Over many real results: a shown area ratio reads as passing exactly when the engine says it
 * passes the area-ratio limit, at 2 and 3 decimals. */
static void
test_shown_matches_status (void)
{
  const char *parts[] = { "AXK7L40223G", "AXK8L80124BG", "AXK7LE6026G" };
  guint checked = 0;

  for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
    for (double t = 80; t <= 200; t += 0.1)
      {
        g_autoptr(StencilResult) result = test_util_calculate_at (catalog, parts[p], t);

        for (guint c = 0; c < result->n_classes; c++)
          {
            const StencilAperture *ap = &result->classes[c].aperture;
            gboolean area_passes = stencil_classify (ap->area_ratio, 100) != STENCIL_STATUS_MARGINAL
                                   && stencil_classify (ap->area_ratio, 100) != STENCIL_STATUS_FAIL;
            gboolean area_fails = stencil_classify (ap->area_ratio, 100) == STENCIL_STATUS_FAIL;

            for (int d = 2; d <= 3; d++)
              {
                double shown = stencil_measure_round (STENCIL_MEASURE_AREA_RATIO, ap->area_ratio,
                                                      d);
                double aspect = stencil_measure_round (STENCIL_MEASURE_ASPECT_RATIO,
                                                       ap->aspect_ratio, d);

                g_assert_cmpint (shown >= STENCIL_AREA_RATIO_PASS - 1e-12, ==, area_passes);
                g_assert_cmpint (shown < STENCIL_AREA_RATIO_MARGINAL - 1e-12, ==, area_fails);
                g_assert_cmpint (aspect >= STENCIL_ASPECT_RATIO_PASS - 1e-12, ==,
                                 ap->aspect_ratio >= STENCIL_ASPECT_RATIO_PASS - 1e-9);
                g_assert_cmpfloat (fabs (shown - ap->area_ratio), <=, pow (10, -d) + 1e-12);
                checked++;
              }
          }
      }
  g_assert_cmpuint (checked, >, 2000);
}

/* calc -t 124.5 of the issue: 0.6598 is marginal, and the warning does not say 0.66. */
static void
test_marginal_warning (void)
{
  g_autoptr(StencilResult) result = test_util_calculate_at (catalog, "AXK7L40223G", 124.5);
  const StencilClassResult *terminal = stencil_result_get_class (result,
                                                                 STENCIL_PAD_CLASS_TERMINAL);

  g_assert_cmpint (terminal->aperture.status, ==, STENCIL_STATUS_MARGINAL);
  g_assert_cmpfloat_with_epsilon (terminal->aperture.area_ratio, 0.6598, 0.0001);
  g_assert_cmpstr (result->warnings->pdata[0], ==,
                   "Terminal apertures are marginal: area ratio 0.65, aspect ratio 1.85 "
                   "(IPC-7525 asks for 0.66 and 1.5); consider a nano-coated or electroformed "
                   "foil");
}

/* For every part: the pads named are the first pair (in pad order) with the smallest web. */
static void
test_min_web_first_pair (void)
{
  g_autoptr(GPtrArray) parts = stencil_catalog_list_parts (catalog);

  for (guint p = 0; p < parts->len; p++)
    {
      StencilPart *part = parts->pdata[p];
      g_autoptr(StencilResult) result = test_util_calculate_part (part, NULL);
      StencilPattern *pattern = result->pattern;
      guint n = stencil_pattern_get_n_pads (pattern);
      double smallest = G_MAXDOUBLE;
      guint first_a = 0, first_b = 0;
      gboolean found = FALSE;

      for (int pass = 0; pass < 2; pass++)
        for (guint i = 0; i < n && !found; i++)
          for (guint j = i + 1; j < n && !found; j++)
            {
              const StencilPad *a = stencil_pattern_get_pad (pattern, i);
              const StencilPad *b = stencil_pattern_get_pad (pattern, j);
              const StencilAperture *x = stencil_result_get_aperture (result, i);
              const StencilAperture *y = stencil_result_get_aperture (result, j);
              double gx = MAX (0, fabs (a->x_mm - b->x_mm) - (x->w_mm + y->w_mm) / 2);
              double gy = MAX (0, fabs (a->y_mm - b->y_mm) - (x->h_mm + y->h_mm) / 2);
              double gap = sqrt (gx * gx + gy * gy);

              if (pass == 0)
                smallest = MIN (smallest, gap);
              else if (gap <= smallest + 1e-9)
                {
                  first_a = i;
                  first_b = j;
                  found = TRUE;
                }
            }
      g_assert_true (found);
      g_assert_cmpuint (result->min_web_pad_a, ==, first_a);
      g_assert_cmpuint (result->min_web_pad_b, ==, first_b);
      g_assert_cmpfloat_with_epsilon (result->min_web_mm, smallest, 1e-9);
      /* Counter-clockwise numbering: neighbours 1 and 2 on one row, whatever the size. */
      g_assert_cmpstr (stencil_pattern_get_pad (pattern, first_a)->id, ==, "1");
      g_assert_cmpstr (stencil_pattern_get_pad (pattern, first_b)->id, ==, "2");
    }
}

static const char *
find_warning (StencilResult *result,
              const char    *start)
{
  for (guint i = 0; i < result->warnings->len; i++)
    if (g_str_has_prefix (result->warnings->pdata[i], start))
      return result->warnings->pdata[i];
  return NULL;
}

/* Below the datasheet the ratio model keeps the paste height, unless that needs more than the
 * whole pad: then it is capped at 100 %, and the warning says so. */
static void
test_capped_warning (void)
{
  g_autoptr(StencilResult) at100 = test_util_calculate_at (catalog, "AXK7L40223G", 100);
  g_autoptr(StencilResult) at50 = test_util_calculate_at (catalog, "AXK7L40223G", 50);
  const StencilClassResult *soldering = stencil_result_get_class (at100,
                                                                  STENCIL_PAD_CLASS_SOLDERING);

  g_assert_cmpfloat (soldering->target_ratio, ==, 1.0);
  g_assert_cmpfloat (soldering->deposit_um, ==, 100);
  g_assert_cmpstr (find_warning (at100, "Soldering terminal: 100 µm"), ==,
                   "Soldering terminal: 100 µm is below the F4 datasheet's thicknesses; capped "
                   "at 100 %, the paste is 100 µm high, not 120 µm");
  /* The terminal's 79.2 µm fits in a 100 µm foil: its paste height is kept. */
  g_assert_cmpstr (find_warning (at100, "Terminal: 100 µm"), ==,
                   "Terminal: 100 µm is outside the F4 datasheet's thicknesses; the paste height "
                   "of the nearest datasheet point is kept");
  g_assert_cmpstr (find_warning (at50, "Terminal: 50 µm"), ==,
                   "Terminal: 50 µm is below the F4 datasheet's thicknesses; capped at 100 %, the "
                   "paste is 50 µm high, not 79.2 µm");
}

static void
assert_unknown (const char *typed,
                const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilPart) part = stencil_catalog_find_part (catalog, typed, &error);

  g_assert_null (part);
  g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_NOT_FOUND);
  if (strstr (error->message, expected) == NULL)
    g_error ("“%s” is not in “%s”", expected, error->message);
}

static void
test_nearest_parts (void)
{
  assert_unknown ("AXK7L4O223G", "Unknown part “AXK7L4O223G”: did you mean AXK7L40223G?");
  assert_unknown ("AXK7L40223", "Unknown part “AXK7L40223”: did you mean AXK7L40223G?");
  assert_unknown ("axk7l40223", "did you mean AXK7L40223G?");
  assert_unknown ("AXK8LE4O26BG", "did you mean AXK8LE4026BG?");
  assert_unknown ("AXK7L18223G", "did you mean one of AXK7L10223G, AXK7L12223G, AXK7L14223G, "
                                 "AXK7L16223G, …?");
  /* Nothing near: what exists, not a wild guess. */
  assert_unknown ("hello", "Known: F4 Socket: e.g. AXK7L40223G");
  assert_unknown ("AXK", "Known:");
}

/* A body that misses pads is refused, naming the member; every family pattern passes. */
static void
test_body_holds_pads (void)
{
  g_autoptr(GPtrArray) parts = stencil_catalog_list_parts (catalog);
  g_autoptr(StencilPart) part = NULL;
  g_autoptr(StencilPattern) family = NULL;
  g_autoptr(GError) error = NULL;
  StencilLandSpec spec;

  for (guint p = 0; p < parts->len; p++)
    {
      g_autoptr(StencilPattern) pattern = stencil_pattern_new (parts->pdata[p], NULL, &error);

      g_assert_no_error (error);
      g_assert_nonnull (pattern);
    }

  part = stencil_catalog_find_part (catalog, "AXK7L40223G", &error);
  family = stencil_pattern_new (part, NULL, &error);
  g_assert_no_error (error);

  spec = family->spec;
  spec.body_w_mm = 1;
  g_assert_null (stencil_pattern_new_user (part, &spec, "x", &error));
  g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "body.w_mm"));
  g_assert_nonnull (strstr (error->message, "9.500 mm"));
  g_clear_error (&error);

  /* Just long enough is enough. */
  spec.body_w_mm = 9.5;
  {
    g_autoptr(StencilPattern) exact = stencil_pattern_new_user (part, &spec, "x", &error);
    g_assert_no_error (error);
  }

  spec = family->spec;
  spec.body_h_mm = 3;   /* the rows are centred at +-1.85 mm */
  g_assert_null (stencil_pattern_new_user (part, &spec, "x", &error));
  g_assert_nonnull (strstr (error->message, "body.h_mm"));
  g_assert_nonnull (strstr (error->message, "3.700 mm"));
  g_clear_error (&error);

  /* Through a file: its name and the member. */
  {
    static const char text[] =
      "{ \"format\": 1, \"part\": \"AXK7L40223G\", \"source\": \"x\",\n"
      "  \"terminal\": { \"w_mm\": 0.23, \"h_mm\": 0.9, \"row_y_mm\": 1.85 },\n"
      "  \"soldering\": { \"w_mm\": 0.5, \"h_mm\": 2, \"x_mm\": 4.5, \"y_mm\": 0 },\n"
      "  \"body\": { \"w_mm\": 1, \"h_mm\": 4.1 } }\n";
    g_autoptr(StencilLandFile) file = stencil_land_file_parse (text, -1, "narrow.json", &error);

    g_assert_no_error (error);
    g_assert_null (stencil_land_file_make_pattern (file, part, "narrow.json", &error));
    g_assert_nonnull (strstr (error->message, "narrow.json: "));
    g_assert_nonnull (strstr (error->message, "body.w_mm"));
  }
}

static GBytes *
gerber_of (StencilResult *result,
           guint          cols,
           guint          rows,
           double         step_x,
           double         step_y,
           int            rotation,
           GError       **error)
{
  StencilGerberOptions options;

  stencil_gerber_options_init (&options);
  options.cols = cols;
  options.rows = rows;
  options.step_x_mm = step_x;
  options.step_y_mm = step_y;
  options.rotation_deg = rotation;
  return stencil_gerber_generate (result, &options, error);
}

/* Copies whose apertures would overlap, touch or coincide are refused with the smallest step
 * that works (the apertures' span plus the minimum web); that step works. */
static void
test_array_copies (void)
{
  g_autoptr(StencilResult) result = test_util_calculate_at (catalog, "AXK7L40223G", 127);
  const struct { guint cols, rows; double sx, sy; int rot; const char *message; } bad[] = {
    { 2, 2, 1, 1, 0, "column step (--step DX) must be at least 9.6 mm" },
    { 2, 1, 1e-7, 0, 0, "not 1e-07 mm" },
    { 1, 2, 0, 1e-7, 0, "row step (--step DY) must be at least 4.36 mm" },
    { 2, 2, 9.6, 4.359, 0, "at least 4.36 mm" },
    { 3, 1, 9.599, 0, 0, "at least 9.6 mm" },
    { 3, 1, -9.5, 0, 0, "at least 9.6 mm" },
    { 1, 2, 0, 4.36, 90, "row step (--step DY) must be at least 9.6 mm" },   /* rotated */
  };
  const struct { guint cols, rows; double sx, sy; int rot; } good[] = {
    { 2, 2, 9.6, 4.36, 0 },
    { 3, 2, -9.6, -4.36, 0 },
    { 2, 1, 4.36, 0, 90 },
    { 1, 2, 0, 9.6, 270 },
    { 1, 1, 0, 0, 0 },
    { 1, 3, 1, 5, 0 },   /* one column: the column step moves nothing onto anything */
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = gerber_of (result, bad[i].cols, bad[i].rows, bad[i].sx,
                                           bad[i].sy, bad[i].rot, &error);

      if (bytes != NULL)
        g_error ("case %u was not refused", i);
      g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT);
      if (strstr (error->message, bad[i].message) == NULL)
        g_error ("case %u: “%s” is not in “%s”", i, bad[i].message, error->message);
      g_assert_nonnull (strstr (error->message, "would overlap"));
    }
  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = gerber_of (result, good[i].cols, good[i].rows, good[i].sx,
                                           good[i].sy, good[i].rot, &error);

      g_assert_no_error (error);
      g_assert_nonnull (bytes);
    }

  /* The placement comment says the step as given, not rounded. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) bytes = gerber_of (result, 2, 1, 12.3456789, 0, 0, &error);
    g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

    g_assert_no_error (error);
    g_assert_nonnull (strstr (text, "--array 2x1 --step 12.3456789,0 "));
  }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  catalog = test_util_load_catalog ();

  g_test_add_func ("/checks/measure-rounding", test_measure_rounding);
  g_test_add_func ("/checks/shown-matches-status", test_shown_matches_status);
  g_test_add_func ("/checks/marginal-warning", test_marginal_warning);
  g_test_add_func ("/checks/min-web-first-pair", test_min_web_first_pair);
  g_test_add_func ("/checks/capped-warning", test_capped_warning);
  g_test_add_func ("/checks/nearest-parts", test_nearest_parts);
  g_test_add_func ("/checks/body-holds-pads", test_body_holds_pads);
  g_test_add_func ("/checks/array-copies", test_array_copies);

  status = g_test_run ();
  g_object_unref (catalog);
  return status;
}
