/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "stencil-aperture.h"
#include "test-util.h"

static StencilCatalog *catalog;

static StencilResult *
calculate (const char     *part_number,
           double          thickness_um,
           StencilStrategy strategy)
{
  StencilCalcParams params;

  stencil_calc_params_init (&params);
  params.thickness_um = thickness_um;
  params.strategy = strategy;
  return test_util_calculate (catalog, part_number, &params);
}

/* The datasheet's metal-mask table is reproduced exactly at 120 and 150 um. */
static void
test_datasheet_points (void)
{
  static const struct { const char *pn; StencilPadClass cls; double t, ratio; } rows[] = {
    { "AXK7L40223G", STENCIL_PAD_CLASS_TERMINAL, 150, 0.53 },
    { "AXK7L40223G", STENCIL_PAD_CLASS_SOLDERING, 150, 1.00 },
    { "AXK8L40124BG", STENCIL_PAD_CLASS_TERMINAL, 150, 0.52 },
    { "AXK8L40124BG", STENCIL_PAD_CLASS_SOLDERING, 150, 0.80 },
    { "AXK7L40223G", STENCIL_PAD_CLASS_TERMINAL, 120, 0.66 },
    { "AXK7L40223G", STENCIL_PAD_CLASS_SOLDERING, 120, 1.00 },
    { "AXK8L40124BG", STENCIL_PAD_CLASS_TERMINAL, 120, 0.66 },
    { "AXK8L40124BG", STENCIL_PAD_CLASS_SOLDERING, 120, 1.00 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(StencilResult) result = calculate (rows[i].pn, rows[i].t,
                                                   STENCIL_STRATEGY_BEST_RELEASE);
      const StencilClassResult *cr = stencil_result_get_class (result, rows[i].cls);

      g_assert_nonnull (cr);
      g_assert_cmpfloat (cr->target_ratio, ==, rows[i].ratio);
      g_assert_cmpint (cr->regime, ==, STENCIL_REGIME_DATASHEET);
      /* After rounding to the 5 um grid the opening is within a percent of the target. */
      g_assert_cmpfloat_with_epsilon (cr->aperture.opening_ratio, rows[i].ratio, 0.01);
    }
}

static void
test_ratio_model (void)
{
  const StencilRatioPoint socket_terminal[] = { { 120, 0.66 }, { 150, 0.53 } };
  const StencilRatioPoint socket_metal[] = { { 120, 1.0 }, { 150, 1.0 } };
  const StencilRatioPoint header_metal[] = { { 120, 1.0 }, { 150, 0.8 } };
  StencilRegime regime;

  /* Interpolated deposit height: h(135) = 79.2 + (79.5 - 79.2) / 2 = 79.35 um. */
  g_assert_cmpfloat_with_epsilon (stencil_ratio_model_target (socket_terminal, 2, 135, &regime),
                                  79.35 / 135, 1e-12);
  g_assert_cmpint (regime, ==, STENCIL_REGIME_INTERPOLATED);
  /* Outside: the nearer point's paste height is kept. */
  g_assert_cmpfloat_with_epsilon (stencil_ratio_model_target (socket_terminal, 2, 100, &regime),
                                  0.792, 1e-12);
  g_assert_cmpint (regime, ==, STENCIL_REGIME_EXTRAPOLATED);
  g_assert_cmpfloat_with_epsilon (stencil_ratio_model_target (socket_terminal, 2, 200, &regime),
                                  0.3975, 1e-12);
  g_assert_cmpint (regime, ==, STENCIL_REGIME_EXTRAPOLATED);
  /* Never more than the whole pad. */
  g_assert_cmpfloat (stencil_ratio_model_target (socket_metal, 2, 100, &regime), ==, 1.0);
  g_assert_cmpfloat (stencil_ratio_model_target (socket_metal, 2, 130, &regime), ==, 1.0);
  g_assert_cmpint (regime, ==, STENCIL_REGIME_INTERPOLATED);
  g_assert_cmpfloat_with_epsilon (stencil_ratio_model_target (socket_metal, 2, 200, &regime),
                                  0.75, 1e-12);
  /* Header soldering terminals: 120 um everywhere, so 120 / t between and beyond. */
  g_assert_cmpfloat_with_epsilon (stencil_ratio_model_target (header_metal, 2, 127, &regime),
                                  120.0 / 127, 1e-12);
  g_assert_cmpfloat_with_epsilon (stencil_ratio_model_target (header_metal, 2, 180, &regime),
                                  120.0 / 180, 1e-12);
}

static void
test_area_ratio_formulas (void)
{
  /* Rectangle: W L / (2 (W + L) t) = 0.13685 / (1.65 x 0.12). */
  g_assert_cmpfloat_with_epsilon (stencil_area_ratio (0.23, 0.595, 0, 120), 0.691161616, 1e-8);
  g_assert_cmpfloat_with_epsilon (stencil_area_ratio (0.23, 0.475, 0, 150), 0.516548463, 1e-8);
  /* Rounded rectangle: A = W L - (4 - pi) r^2, P = 2 (W + L) - (8 - 2 pi) r. */
  g_assert_cmpfloat_with_epsilon (stencil_area_ratio (0.3, 1.0, 0.05, 100), 1.184706099, 1e-8);
  g_assert_cmpfloat_with_epsilon (stencil_aperture_area (0.3, 1.0, 0.05), 0.297853982, 1e-8);
  /* A square rounded to a circle is D / (4 t). */
  g_assert_cmpfloat_with_epsilon (stencil_area_ratio (0.4, 0.4, 0.2, 100), 0.4 / (4 * 0.1), 1e-12);
  /* Aspect ratio: smallest width / t. */
  g_assert_cmpfloat_with_epsilon (stencil_aspect_ratio (0.23, 0.595, 120), 0.23 / 0.12, 1e-12);
  g_assert_cmpfloat_with_epsilon (stencil_aspect_ratio (0.9, 0.2, 100), 2.0, 1e-12);

  g_assert_cmpint (stencil_classify (0.70, 1.9), ==, STENCIL_STATUS_PASS);
  g_assert_cmpint (stencil_classify (0.66, 1.5), ==, STENCIL_STATUS_PASS);
  g_assert_cmpint (stencil_classify (0.60, 1.9), ==, STENCIL_STATUS_MARGINAL);
  g_assert_cmpint (stencil_classify (0.55, 1.9), ==, STENCIL_STATUS_MARGINAL);
  g_assert_cmpint (stencil_classify (0.70, 1.4), ==, STENCIL_STATUS_MARGINAL);
  g_assert_cmpint (stencil_classify (0.54, 1.9), ==, STENCIL_STATUS_FAIL);
}

static void
test_grid_rounding (void)
{
  g_autoptr(GError) error = NULL;
  double w, h;

  /* 0.66 x 0.207 mm2 = 0.13662 mm2 -> 0.23 x 0.594 -> 0.595 on the 5 um grid. */
  g_assert_true (stencil_aperture_fit (0.23, 0.9, 0.66, STENCIL_STRATEGY_BEST_RELEASE, 5, 0,
                                       &w, &h, &error));
  g_assert_cmpfloat (w, ==, 0.23);
  g_assert_cmpfloat (h, ==, 0.595);
  /* ... 0.59 on a 10 um grid, 0.594 on a 1 um grid. */
  g_assert_true (stencil_aperture_fit (0.23, 0.9, 0.66, STENCIL_STRATEGY_BEST_RELEASE, 10, 0,
                                       &w, &h, &error));
  g_assert_cmpfloat (h, ==, 0.59);
  g_assert_true (stencil_aperture_fit (0.23, 0.9, 0.66, STENCIL_STRATEGY_BEST_RELEASE, 1, 0,
                                       &w, &h, &error));
  g_assert_cmpfloat (h, ==, 0.594);

  /* When the grid cuts the kept side (0.23 mm is not a multiple of 3 um), the other side makes
   * up for it: 0.228 x 0.606 on the grid, 0.667 of the pad, not 0.228 x 0.594. */
  g_assert_true (stencil_aperture_fit (0.23, 0.9, 0.66, STENCIL_STRATEGY_BEST_RELEASE, 3, 0,
                                       &w, &h, &error));
  g_assert_cmpfloat (w, ==, 0.228);
  g_assert_cmpfloat (h, ==, 0.6);
  g_assert_cmpfloat_with_epsilon (w * h / 0.207, 0.66, 0.0075);
  g_assert_true (stencil_aperture_fit (0.5, 2.0, 0.53, STENCIL_STRATEGY_KEEP_LENGTH, 3, 0,
                                       &w, &h, &error));
  g_assert_cmpfloat (h, ==, 1.998);
  /* Within half a grid step of the short side times the long side. */
  g_assert_cmpfloat_with_epsilon (w * h / 1.0, 0.53, 0.0015 * 1.998 + 1e-9);

  /* The result reports the achieved ratio after rounding, not the target. */
  {
    g_autoptr(StencilResult) result = calculate ("AXK7L40223G", 120, STENCIL_STRATEGY_BEST_RELEASE);
    const StencilClassResult *cr = stencil_result_get_class (result, STENCIL_PAD_CLASS_TERMINAL);

    g_assert_cmpfloat (cr->aperture.h_mm, ==, 0.595);
    g_assert_cmpfloat_with_epsilon (cr->aperture.opening_ratio, 0.6611111111, 1e-9);
    g_assert_cmpfloat_with_epsilon (cr->aperture.area_ratio, 0.691161616, 1e-8);
    g_assert_cmpint (cr->aperture.status, ==, STENCIL_STATUS_PASS);
  }

  /* A corner radius above half the short side is refused with the limit. */
  g_assert_false (stencil_aperture_fit (0.23, 0.9, 0.66, STENCIL_STRATEGY_BEST_RELEASE, 5, 0.2,
                                        &w, &h, &error));
  g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "0.115"));
  g_clear_error (&error);

  /* With a radius the rectangle grows so the rounded area still meets the target. */
  g_assert_true (stencil_aperture_fit (0.23, 0.9, 0.66, STENCIL_STRATEGY_BEST_RELEASE, 1, 0.05,
                                       &w, &h, &error));
  g_assert_cmpfloat_with_epsilon (stencil_aperture_area (w, h, 0.05) / 0.207, 0.66, 0.003);
  g_assert_cmpfloat (h, >, 0.594);
}

static void
test_strategies (void)
{
  /* Two pads: a long terminal pad and a squarish pad, where best-release goes square. */
  static const double pads[][3] = { { 0.23, 0.9, 0.6 }, { 0.5, 0.6, 0.5 }, { 0.45, 1.6, 0.8 } };

  for (guint p = 0; p < G_N_ELEMENTS (pads); p++)
    {
      double ar[STENCIL_N_STRATEGIES];

      for (guint s = 0; s < STENCIL_N_STRATEGIES; s++)
        {
          g_autoptr(GError) error = NULL;
          double w, h;

          g_assert_true (stencil_aperture_fit (pads[p][0], pads[p][1], pads[p][2], s, 1, 0,
                                               &w, &h, &error));
          g_assert_cmpfloat (w, <=, pads[p][0]);
          g_assert_cmpfloat (h, <=, pads[p][1]);
          /* Every strategy meets the target area within the 1 um grid. */
          g_assert_cmpfloat_with_epsilon (w * h / (pads[p][0] * pads[p][1]), pads[p][2], 0.005);
          ar[s] = stencil_area_ratio (w, h, 0, 120);

          switch (s)
            {
            case STENCIL_STRATEGY_PROPORTIONAL:
              g_assert_cmpfloat_with_epsilon (w / pads[p][0], h / pads[p][1], 0.01);
              break;
            case STENCIL_STRATEGY_KEEP_WIDTH:
              g_assert_cmpfloat (w, ==, pads[p][0]);
              break;
            case STENCIL_STRATEGY_KEEP_LENGTH:
              g_assert_cmpfloat (h, ==, pads[p][1]);
              break;
            default:
              break;
            }
        }
      for (guint s = 0; s < STENCIL_N_STRATEGIES; s++)
        g_assert_cmpfloat (ar[STENCIL_STRATEGY_BEST_RELEASE], >=, ar[s] - 1e-12);
    }

  /* The squarish pad: best-release makes a square, which beats keep-width. */
  {
    g_autoptr(GError) error = NULL;
    double w, h;
    g_assert_true (stencil_aperture_fit (0.5, 0.6, 0.5, STENCIL_STRATEGY_BEST_RELEASE, 1, 0,
                                         &w, &h, &error));
    g_assert_cmpfloat (w, ==, h);
    g_assert_cmpfloat_with_epsilon (w, sqrt (0.15), 0.001);
  }

  {
    StencilStrategy s;
    g_assert_true (stencil_strategy_from_string ("keep-length", &s));
    g_assert_cmpint (s, ==, STENCIL_STRATEGY_KEEP_LENGTH);
    g_assert_false (stencil_strategy_from_string ("smallest", &s));
  }
}

static void
test_result_status_and_web (void)
{
  g_autoptr(StencilResult) r150 = calculate ("AXK7L40223G", 150, STENCIL_STRATEGY_BEST_RELEASE);
  const StencilClassResult *cr = stencil_result_get_class (r150, STENCIL_PAD_CLASS_TERMINAL);

  /* 53 % at 150 um: 0.23 x 0.475, area ratio 0.517: fails IPC-7525. */
  g_assert_cmpfloat (cr->aperture.w_mm, ==, 0.23);
  g_assert_cmpfloat (cr->aperture.h_mm, ==, 0.475);
  g_assert_cmpint (cr->aperture.status, ==, STENCIL_STATUS_FAIL);
  g_assert_cmpint (r150->status, ==, STENCIL_STATUS_FAIL);
  g_assert_cmpuint (cr->n_pads, ==, 40);
  /* Web between two terminal apertures: 0.4 - 0.23. */
  g_assert_cmpfloat_with_epsilon (r150->min_web_mm, 0.17, 1e-9);
  g_assert_cmpuint (r150->apertures->len, ==, 42);
  g_assert_cmpuint (r150->n_classes, ==, 2);
  g_assert_cmpuint (r150->warnings->len, >, 0);
}

static void
test_max_thickness (void)
{
  static const char * const parts[] = { "AXK7L40223G", "AXK8L40124BG", "AXK7L10223G",
                                        "AXK8L80124BG" };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autoptr(StencilResult) result = calculate (parts[i], 100, STENCIL_STRATEGY_BEST_RELEASE);
      double t = result->max_thickness_um;

      g_assert_cmpfloat (t, >=, STENCIL_MAX_THICKNESS_SCAN_LO_UM);
      g_assert_cmpfloat (t, <=, STENCIL_MAX_THICKNESS_SCAN_HI_UM);
      g_assert_cmpfloat (t, ==, floor (t));
      /* Everything passes at t, something fails or is marginal at t + 1. */
      {
        g_autoptr(StencilResult) at = calculate (parts[i], t, STENCIL_STRATEGY_BEST_RELEASE);
        g_autoptr(StencilResult) above = calculate (parts[i], t + 1, STENCIL_STRATEGY_BEST_RELEASE);
        g_assert_cmpint (at->status, ==, STENCIL_STATUS_PASS);
        g_assert_cmpint (above->status, !=, STENCIL_STATUS_PASS);
        /* The same part's maximum does not depend on the thickness it was computed at. */
        g_assert_cmpfloat (at->max_thickness_um, ==, t);
      }
    }
}

static void
test_params_validation (void)
{
  const double bad_thickness[] = { 0, -5, NAN, INFINITY, 1000.5 };
  StencilCalcParams params;

  for (guint i = 0; i < G_N_ELEMENTS (bad_thickness); i++)
    {
      g_autoptr(GError) error = NULL;
      stencil_calc_params_init (&params);
      params.thickness_um = bad_thickness[i];
      g_assert_false (stencil_calc_params_validate (&params, &error));
      g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT);
    }
  {
    g_autoptr(GError) error = NULL;
    stencil_calc_params_init (&params);
    params.grid_um = 0.5;
    g_assert_false (stencil_calc_params_validate (&params, &error));
    g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT);
  }
}

/* The socket AXK7L40223G with the user's lands: terminal pads w x h, rows at +-row_y. */
static StencilResult *
calculate_user (double terminal_w_mm,
                double terminal_h_mm,
                double row_y_mm,
                double web_limit_mm)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilPart) part = stencil_catalog_find_part (catalog, "AXK7L40223G", &error);
  StencilLandSpec spec = { FALSE, terminal_w_mm, terminal_h_mm, row_y_mm, 0.5, 2.0, 4.5, 0,
                           10.4, 4.1 };
  g_autoptr(StencilPattern) pattern = NULL;
  StencilCalcParams params;
  StencilResult *result;

  g_assert_no_error (error);
  pattern = stencil_pattern_new_user (part, &spec, "test", &error);
  g_assert_no_error (error);
  stencil_calc_params_init (&params);
  params.thickness_um = 100;
  params.web_limit_mm = web_limit_mm;
  result = stencil_calculate (pattern, &params, &error);
  g_assert_no_error (error);
  return result;
}

static StencilResult *
recalculate_at (StencilResult *result,
                double         thickness_um)
{
  g_autoptr(GError) error = NULL;
  StencilCalcParams params = result->params;
  StencilResult *at;

  params.thickness_um = thickness_um;
  at = stencil_calculate (result->pattern, &params, &error);
  g_assert_no_error (error);
  return at;
}

static gboolean
has_warning_with (StencilResult *result,
                  const char    *text)
{
  for (guint i = 0; i < result->warnings->len; i++)
    if (strstr (g_ptr_array_index (result->warnings, i), text) != NULL)
      return TRUE;
  return FALSE;
}

/* The recommendation says which rule stops it: what fails at the next thicker micrometre. */
static void
test_thickness_limit (void)
{
  g_autoptr(StencilResult) f4 = calculate ("AXK7L40223G", 127, STENCIL_STRATEGY_BEST_RELEASE);
  g_autoptr(StencilResult) f4_above = NULL;
  /* Long narrow lands: the area ratio holds, the 0.2 mm width runs out of aspect ratio. */
  g_autoptr(StencilResult) narrow = calculate_user (0.2, 3.0, 1.6, STENCIL_MIN_WEB_MM);
  g_autoptr(StencilResult) narrow_above = NULL;
  gboolean area_fails = FALSE, aspect_fails = FALSE;

  g_assert_cmpfloat (f4->params.web_limit_mm, ==, 0.1);
  g_assert_cmpfloat (f4->max_thickness_um, >, 0);
  g_assert_cmpint (f4->max_thickness_limit, ==, STENCIL_THICKNESS_LIMIT_AREA_RATIO);
  g_assert_cmpstr (stencil_thickness_limit_to_string (f4->max_thickness_limit), ==,
                   "area-ratio");
  f4_above = recalculate_at (f4, f4->max_thickness_um + 1);
  for (guint c = 0; c < f4_above->n_classes; c++)
    area_fails |= f4_above->classes[c].aperture.area_ratio < STENCIL_AREA_RATIO_PASS;
  g_assert_true (area_fails);

  g_assert_cmpfloat (narrow->max_thickness_um, >, 0);
  g_assert_cmpint (narrow->max_thickness_limit, ==, STENCIL_THICKNESS_LIMIT_ASPECT_RATIO);
  narrow_above = recalculate_at (narrow, narrow->max_thickness_um + 1);
  for (guint c = 0; c < narrow_above->n_classes; c++)
    {
      const StencilAperture *ap = &narrow_above->classes[c].aperture;

      g_assert_cmpfloat (ap->area_ratio, >=, STENCIL_AREA_RATIO_PASS);
      aspect_fails |= ap->aspect_ratio < STENCIL_ASPECT_RATIO_PASS;
    }
  g_assert_true (aspect_fails);
}

/* Lands 0.33 mm wide at 0.4 mm pitch leave a 0.07 mm web: below what a laser cutter holds
 * (0.1 mm by default), so no foil is recommended and the web is named; without the web rule
 * (0) or with a finer cutter (0.05 mm) the area ratio limits as before. */
static void
test_web_limit (void)
{
  g_autoptr(StencilResult) free_web = calculate_user (0.33, 0.9, 1.85, 0);
  g_autoptr(StencilResult) fine = calculate_user (0.33, 0.9, 1.85, 0.05);
  g_autoptr(StencilResult) narrow = calculate_user (0.33, 0.9, 1.85, STENCIL_MIN_WEB_MM);
  g_autoptr(StencilResult) at = NULL;

  g_assert_cmpfloat_with_epsilon (narrow->min_web_mm, 0.07, 1e-9);
  g_assert_cmpfloat (free_web->max_thickness_um, >, 0);
  g_assert_cmpint (free_web->max_thickness_limit, !=, STENCIL_THICKNESS_LIMIT_WEB);
  g_assert_cmpfloat (fine->max_thickness_um, ==, free_web->max_thickness_um);
  g_assert_cmpint (fine->max_thickness_limit, ==, free_web->max_thickness_limit);

  g_assert_cmpfloat (narrow->max_thickness_um, <, free_web->max_thickness_um);
  g_assert_cmpint (narrow->max_thickness_limit, ==, STENCIL_THICKNESS_LIMIT_WEB);
  g_assert_cmpstr (stencil_thickness_limit_to_string (narrow->max_thickness_limit), ==, "web");
  g_assert_true (has_warning_with (narrow, "the web between apertures is narrower than 0.1 mm"));
  g_assert_false (has_warning_with (narrow, "passes IPC-7525 for every aperture"));
  g_assert_true (has_warning_with (narrow, "is 0.07 mm, less than 0.1 mm"));
  g_assert_false (has_warning_with (free_web, "less than"));

  /* Where the web rule alone is the obstacle, the apertures do pass IPC-7525. */
  at = recalculate_at (narrow, free_web->max_thickness_um);
  g_assert_cmpint (at->status, ==, STENCIL_STATUS_PASS);
  g_assert_cmpfloat (at->min_web_mm, <, STENCIL_MIN_WEB_MM);
}

static void
test_web_limit_validation (void)
{
  const double bad[] = { -0.01, NAN, INFINITY, 1.01 };
  StencilCalcParams params;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      stencil_calc_params_init (&params);
      params.web_limit_mm = bad[i];
      g_assert_false (stencil_calc_params_validate (&params, &error));
      g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT);
      g_assert_nonnull (strstr (error->message, "web"));
    }
  stencil_calc_params_init (&params);
  params.web_limit_mm = 0;
  g_assert_true (stencil_calc_params_validate (&params, NULL));
  params.web_limit_mm = 1;
  g_assert_true (stencil_calc_params_validate (&params, NULL));
}

int
main (int    argc,
      char **argv)
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  catalog = test_util_load_catalog ();

  g_test_add_func ("/aperture/datasheet-points", test_datasheet_points);
  g_test_add_func ("/aperture/ratio-model", test_ratio_model);
  g_test_add_func ("/aperture/area-ratio-formulas", test_area_ratio_formulas);
  g_test_add_func ("/aperture/grid-rounding", test_grid_rounding);
  g_test_add_func ("/aperture/strategies", test_strategies);
  g_test_add_func ("/aperture/status-and-web", test_result_status_and_web);
  g_test_add_func ("/aperture/max-thickness", test_max_thickness);
  g_test_add_func ("/aperture/params-validation", test_params_validation);
  g_test_add_func ("/aperture/thickness-limit", test_thickness_limit);
  g_test_add_func ("/aperture/web-limit", test_web_limit);
  g_test_add_func ("/aperture/web-limit-validation", test_web_limit_validation);

  status = g_test_run ();
  g_clear_object (&catalog);
  return status;
}
