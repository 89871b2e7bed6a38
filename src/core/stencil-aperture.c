/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The ratio model, the aperture fit per strategy, the IPC-7525 checks, the maximum thickness
 * and the result of one part at one thickness (stencil-aperture.h). */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "stencil-aperture-private.h"
#include "stencil-format.h"
#include "stencil-names.h"

/* Area lost by rounding the four corners of a rectangle with radius r: (4 - pi) r^2. */
#define CORNER_AREA_FACTOR (4.0 - G_PI)
/* Perimeter lost by rounding the four corners: (8 - 2 pi) r. */
#define CORNER_PERIMETER_FACTOR (8.0 - 2.0 * G_PI)

G_DEFINE_BOXED_TYPE (StencilResult, stencil_result, stencil_result_ref, stencil_result_unref)

static const char * const strategy_names[] = {
  "best-release", "proportional", "keep-width", "keep-length",
};

void
stencil_calc_params_init (StencilCalcParams *params)
{
  params->thickness_um = STENCIL_THICKNESS_DEFAULT_UM;
  params->strategy = STENCIL_STRATEGY_BEST_RELEASE;
  params->grid_um = STENCIL_GRID_DEFAULT_UM;
  params->corner_radius_mm = 0;
  params->web_limit_mm = STENCIL_WEB_LIMIT_DEFAULT_MM;
}

gboolean
stencil_calc_params_validate (const StencilCalcParams *params,
                              GError                 **error)
{
  if (!stencil_limit_check (STENCIL_LIMIT_THICKNESS, params->thickness_um, error) ||
      !stencil_limit_check (STENCIL_LIMIT_GRID, params->grid_um, error))
    return FALSE;
  if ((guint) params->strategy >= STENCIL_N_STRATEGIES)
    {
      g_set_error_literal (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                           _("Unknown aperture strategy"));
      return FALSE;
    }
  return stencil_limit_check (STENCIL_LIMIT_CORNER_RADIUS, params->corner_radius_mm, error) &&
         stencil_limit_check (STENCIL_LIMIT_WEB, params->web_limit_mm, error);
}

const char *
stencil_strategy_to_string (StencilStrategy strategy)
{
  g_return_val_if_fail ((guint) strategy < STENCIL_N_STRATEGIES, NULL);
  return strategy_names[strategy];
}

gboolean
stencil_strategy_from_string (const char      *str,
                              StencilStrategy *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (strategy_names); i++)
    if (str != NULL && strcmp (str, strategy_names[i]) == 0)
      {
        *out = (StencilStrategy) i;
        return TRUE;
      }
  return FALSE;
}

const char *
stencil_thickness_limit_to_string (StencilThicknessLimit limit)
{
  static const char * const names[] = {
    [STENCIL_THICKNESS_LIMIT_AREA_RATIO] = "area-ratio",
    [STENCIL_THICKNESS_LIMIT_ASPECT_RATIO] = "aspect-ratio",
    [STENCIL_THICKNESS_LIMIT_WEB] = "web",
    [STENCIL_THICKNESS_LIMIT_CORNER_RADIUS] = "corner-radius",
    [STENCIL_THICKNESS_LIMIT_SCAN_RANGE] = "scan-range",
  };

  g_return_val_if_fail ((guint) limit < G_N_ELEMENTS (names), NULL);
  return names[limit];
}

const char *
stencil_regime_to_string (StencilRegime regime)
{
  switch (regime)
    {
    case STENCIL_REGIME_DATASHEET: return "datasheet";
    case STENCIL_REGIME_INTERPOLATED: return "interpolated";
    case STENCIL_REGIME_EXTRAPOLATED: return "extrapolated";
    default: g_return_val_if_reached (NULL);
    }
}

const char *
stencil_status_to_string (StencilStatus status)
{
  switch (status)
    {
    case STENCIL_STATUS_PASS: return "pass";
    case STENCIL_STATUS_MARGINAL: return "marginal";
    case STENCIL_STATUS_FAIL: return "fail";
    default: g_return_val_if_reached (NULL);
    }
}

/* f4-series.md, "Ratio model": the datasheet's two points per pad class keep the deposit
 * height h = ratio x thickness nearly constant. h is interpolated linearly between the points
 * and held at the nearer point outside them; the opening ratio is min (1, h / t). */
double
stencil_ratio_model_target (const StencilRatioPoint *points,
                            guint                    n_points,
                            double                   thickness_um,
                            StencilRegime           *out_regime)
{
  const double eps = 1e-9;
  StencilRegime regime;
  double h_um;

  g_return_val_if_fail (n_points > 0, 1.0);
  g_return_val_if_fail (thickness_um > 0, 1.0);

  for (guint i = 0; i < n_points; i++)
    if (fabs (points[i].thickness_um - thickness_um) < eps)
      {
        /* Exactly the datasheet's figure, not a recomputation with rounding noise. */
        if (out_regime != NULL)
          *out_regime = STENCIL_REGIME_DATASHEET;
        return MIN (1.0, points[i].ratio);
      }

  if (thickness_um < points[0].thickness_um)
    {
      h_um = points[0].ratio * points[0].thickness_um;
      regime = STENCIL_REGIME_EXTRAPOLATED;
    }
  else if (thickness_um > points[n_points - 1].thickness_um)
    {
      h_um = points[n_points - 1].ratio * points[n_points - 1].thickness_um;
      regime = STENCIL_REGIME_EXTRAPOLATED;
    }
  else
    {
      guint i = 1;
      double h0, h1, f;

      while (points[i].thickness_um < thickness_um)
        i++;
      h0 = points[i - 1].ratio * points[i - 1].thickness_um;
      h1 = points[i].ratio * points[i].thickness_um;
      f = (thickness_um - points[i - 1].thickness_um) /
          (points[i].thickness_um - points[i - 1].thickness_um);
      h_um = h0 + f * (h1 - h0);
      regime = STENCIL_REGIME_INTERPOLATED;
    }

  if (out_regime != NULL)
    *out_regime = regime;
  return MIN (1.0, h_um / thickness_um);
}

double
stencil_aperture_area (double w_mm,
                       double h_mm,
                       double r_mm)
{
  return w_mm * h_mm - CORNER_AREA_FACTOR * r_mm * r_mm;
}

/* IPC-7525: area ratio = opening area / wall area = A / (P t). */
double
stencil_area_ratio (double w_mm,
                    double h_mm,
                    double r_mm,
                    double thickness_um)
{
  double perimeter = 2 * (w_mm + h_mm) - CORNER_PERIMETER_FACTOR * r_mm;

  return stencil_aperture_area (w_mm, h_mm, r_mm) / (perimeter * thickness_um / 1000.0);
}

/* IPC-7525: aspect ratio = smallest aperture width / t. */
double
stencil_aspect_ratio (double w_mm,
                      double h_mm,
                      double thickness_um)
{
  return MIN (w_mm, h_mm) / (thickness_um / 1000.0);
}

/* Bands of stencil-rules.md. An aperture narrower than 1.5 t with a good area ratio is not a
 * pass either: it is marginal, as the aspect-ratio rule is the older, weaker guideline. */
StencilStatus
stencil_classify (double area_ratio,
                  double aspect_ratio)
{
  /* Compare with a little slack so 0.66 computed as 0.65999999 still passes. */
  const double eps = 1e-9;

  if (area_ratio < STENCIL_AREA_RATIO_MARGINAL - eps)
    return STENCIL_STATUS_FAIL;
  if (area_ratio < STENCIL_AREA_RATIO_PASS - eps || aspect_ratio < STENCIL_ASPECT_RATIO_PASS - eps)
    return STENCIL_STATUS_MARGINAL;
  return STENCIL_STATUS_PASS;
}

/* Rounds a length to the grid, never beyond the pad and never below one grid step. */
static double
round_to_grid (double value_mm,
               double limit_mm,
               double grid_um)
{
  double grid_mm = grid_um / 1000.0;
  double steps = round (value_mm / grid_mm);
  /* Small slack so a pad that is an exact multiple of the grid keeps its full size. */
  double max_steps = floor (limit_mm / grid_mm + 1e-9);

  steps = CLAMP (steps, 1, MAX (1, max_steps));
  /* steps * grid_um is a whole number of nm for whole-um grids: divide last so 119 * 5 um
   * becomes 0.595 mm and not 0.59500000000000008. */
  return steps * grid_um / 1000.0;
}

gboolean
stencil_aperture_fit (double          pad_w_mm,
                      double          pad_h_mm,
                      double          target_ratio,
                      StencilStrategy strategy,
                      double          grid_um,
                      double          r_mm,
                      double         *out_w_mm,
                      double         *out_h_mm,
                      GError        **error)
{
  double short_side = MIN (pad_w_mm, pad_h_mm);
  double long_side = MAX (pad_w_mm, pad_h_mm);
  double pad_area = pad_w_mm * pad_h_mm;
  double rect_area, s, l, w, h;
  /* The side a strategy keeps is rounded first and the other side is computed from the
   * rounded one, so the grid cannot shave the area twice (a 0.23 mm pad on a 3 um grid keeps
   * 0.228 mm, and the long side grows to make up for it). */
  enum { KEEP_NONE, KEEP_SHORT, KEEP_LONG } kept = KEEP_NONE;

  g_return_val_if_fail (pad_w_mm > 0 && pad_h_mm > 0, FALSE);
  g_return_val_if_fail (target_ratio > 0 && target_ratio <= 1, FALSE);

  /* The rectangle must hold the target area plus what the rounded corners take away. */
  rect_area = MIN (pad_area, target_ratio * pad_area + CORNER_AREA_FACTOR * r_mm * r_mm);

  switch (strategy)
    {
    case STENCIL_STRATEGY_BEST_RELEASE:
      /* Minimal perimeter for the area: shrink the long side until square, then both. */
      if (rect_area >= short_side * short_side)
        {
          s = short_side;
          l = rect_area / short_side;
          kept = KEEP_SHORT;
        }
      else
        s = l = sqrt (rect_area);
      break;

    case STENCIL_STRATEGY_PROPORTIONAL:
      s = short_side * sqrt (rect_area / pad_area);
      l = long_side * sqrt (rect_area / pad_area);
      break;

    case STENCIL_STRATEGY_KEEP_WIDTH:
      s = short_side;
      l = rect_area / short_side;
      kept = KEEP_SHORT;
      break;

    case STENCIL_STRATEGY_KEEP_LENGTH:
      l = long_side;
      s = rect_area / long_side;
      kept = KEEP_LONG;
      break;

    case STENCIL_N_STRATEGIES:
    default:
      g_set_error_literal (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                           _("Unknown aperture strategy"));
      return FALSE;
    }

  if (kept == KEEP_SHORT)
    {
      s = round_to_grid (s, short_side, grid_um);
      l = MIN (long_side, rect_area / s);
    }
  else if (kept == KEEP_LONG)
    {
      l = round_to_grid (l, long_side, grid_um);
      s = MIN (short_side, rect_area / l);
    }

  if (pad_w_mm <= pad_h_mm)
    {
      w = s;
      h = l;
    }
  else
    {
      w = l;
      h = s;
    }
  w = round_to_grid (w, pad_w_mm, grid_um);
  h = round_to_grid (h, pad_h_mm, grid_um);

  if (r_mm > MIN (w, h) / 2 + 1e-9)
    {
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                   _("The corner radius %.3f mm is more than half the aperture's short side "
                     "(%.3f × %.3f mm): at most %.3f mm"),
                   r_mm, w, h, MIN (w, h) / 2);
      return FALSE;
    }

  *out_w_mm = w;
  *out_h_mm = h;
  return TRUE;
}

static gboolean
compute_class (StencilPattern          *pattern,
               const StencilCalcParams *params,
               const StencilPad        *pad,
               StencilClassResult      *out,
               GError                 **error)
{
  StencilPart *part = pattern->part;
  const StencilRatioPoint *points;
  guint n_points;
  StencilAperture *ap = &out->aperture;

  points = stencil_family_get_ratio_points (part->family, part->kind, pad->pad_class, &n_points);
  out->pad_class = pad->pad_class;
  out->pad_w_mm = pad->w_mm;
  out->pad_h_mm = pad->h_mm;
  out->target_ratio = stencil_ratio_model_target (points, n_points, params->thickness_um,
                                                  &out->regime);
  out->deposit_um = out->target_ratio * params->thickness_um;

  if (!stencil_aperture_fit (pad->w_mm, pad->h_mm, out->target_ratio, params->strategy,
                             params->grid_um, params->corner_radius_mm,
                             &ap->w_mm, &ap->h_mm, error))
    return FALSE;
  ap->r_mm = params->corner_radius_mm;
  ap->opening_ratio = stencil_aperture_area (ap->w_mm, ap->h_mm, ap->r_mm)
                      / (pad->w_mm * pad->h_mm);
  ap->area_ratio = stencil_area_ratio (ap->w_mm, ap->h_mm, ap->r_mm, params->thickness_um);
  ap->aspect_ratio = stencil_aspect_ratio (ap->w_mm, ap->h_mm, params->thickness_um);
  ap->status = stencil_classify (ap->area_ratio, ap->aspect_ratio);
  return TRUE;
}

/* Every aperture of one class has the same size, as long as the class's pads do; a user's
 * pattern could differ, so the class result is taken from the first pad of the class and each
 * other pad gets its own fit. */
static gboolean
compute_apertures (StencilPattern          *pattern,
                   const StencilCalcParams *params,
                   StencilClassResult      *classes,
                   guint                   *n_classes,
                   GArray                  *apertures,
                   GError                 **error)
{
  gboolean seen[STENCIL_N_PAD_CLASSES] = { FALSE, };
  StencilClassResult by_class[STENCIL_N_PAD_CLASSES];

  *n_classes = 0;
  for (guint i = 0; i < pattern->pads->len; i++)
    {
      const StencilPad *pad = &g_array_index (pattern->pads, StencilPad, i);
      StencilClassResult cr;

      if (!seen[pad->pad_class] ||
          pad->w_mm != by_class[pad->pad_class].pad_w_mm ||
          pad->h_mm != by_class[pad->pad_class].pad_h_mm)
        {
          if (!compute_class (pattern, params, pad, &cr, error))
            return FALSE;
          if (!seen[pad->pad_class])
            {
              seen[pad->pad_class] = TRUE;
              by_class[pad->pad_class] = cr;
              by_class[pad->pad_class].n_pads = 0;
            }
        }
      else
        cr = by_class[pad->pad_class];
      by_class[pad->pad_class].n_pads++;
      if (apertures != NULL)
        g_array_append_val (apertures, cr.aperture);
    }

  for (guint c = 0; c < STENCIL_N_PAD_CLASSES; c++)
    if (seen[c])
      classes[(*n_classes)++] = by_class[c];
  return TRUE;
}

/* Gap between two axis-aligned rectangles (0 when they touch or overlap). */
static double
rect_gap (const StencilPad      *pa,
          const StencilAperture *a,
          const StencilPad      *pb,
          const StencilAperture *b)
{
  double gx = fabs (pa->x_mm - pb->x_mm) - (a->w_mm + b->w_mm) / 2;
  double gy = fabs (pa->y_mm - pb->y_mm) - (a->h_mm + b->h_mm) / 2;

  gx = MAX (gx, 0);
  gy = MAX (gy, 0);
  return sqrt (gx * gx + gy * gy);
}

/* Pairs of pads whose lands are closer than limit_mm: an aperture lies inside its land and is
 * centred on it, so only these can ever leave a web below the limit. Pairs of indices. */
static GArray *
close_pairs (const StencilPattern *pattern,
             double                limit_mm)
{
  GArray *pairs = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n = pattern->pads->len;

  for (guint i = 0; i < n && limit_mm > 0; i++)
    for (guint j = i + 1; j < n; j++)
      {
        const StencilPad *a = &g_array_index (pattern->pads, StencilPad, i);
        const StencilPad *b = &g_array_index (pattern->pads, StencilPad, j);
        StencilAperture la = { a->w_mm, a->h_mm, }, lb = { b->w_mm, b->h_mm, };

        if (rect_gap (a, &la, b, &lb) < limit_mm)
          {
            g_array_append_val (pairs, i);
            g_array_append_val (pairs, j);
          }
      }
  return pairs;
}

/* Every rule at one thickness: TRUE when all hold; else *out_failed is the first that fails,
 * in the order area ratio, aspect ratio, corner radius, web. *out_ipc_pass: the apertures pass
 * IPC-7525, whatever the web. */
static gboolean
check_thickness (StencilPattern          *pattern,
                 const StencilCalcParams *params,
                 GArray                  *pairs,
                 GArray                  *apertures,
                 StencilThicknessLimit   *out_failed,
                 gboolean                *out_ipc_pass)
{
  StencilClassResult classes[STENCIL_N_PAD_CLASSES];
  const double eps = 1e-9;
  guint n_classes;

  *out_ipc_pass = FALSE;
  g_array_set_size (apertures, 0);
  if (!compute_apertures (pattern, params, classes, &n_classes,
                          pairs->len > 0 ? apertures : NULL, NULL))
    {
      *out_failed = STENCIL_THICKNESS_LIMIT_CORNER_RADIUS;
      return FALSE;
    }
  for (guint c = 0; c < n_classes; c++)
    if (classes[c].aperture.area_ratio < STENCIL_AREA_RATIO_PASS - eps)
      {
        *out_failed = STENCIL_THICKNESS_LIMIT_AREA_RATIO;
        return FALSE;
      }
  for (guint c = 0; c < n_classes; c++)
    if (classes[c].aperture.status != STENCIL_STATUS_PASS)
      {
        *out_failed = STENCIL_THICKNESS_LIMIT_ASPECT_RATIO;
        return FALSE;
      }
  *out_ipc_pass = TRUE;
  for (guint k = 0; k < pairs->len; k += 2)
    {
      guint i = g_array_index (pairs, guint, k), j = g_array_index (pairs, guint, k + 1);

      if (rect_gap (&g_array_index (pattern->pads, StencilPad, i),
                    &g_array_index (apertures, StencilAperture, i),
                    &g_array_index (pattern->pads, StencilPad, j),
                    &g_array_index (apertures, StencilAperture, j))
          < params->web_limit_mm - eps)
        {
          *out_failed = STENCIL_THICKNESS_LIMIT_WEB;
          return FALSE;
        }
    }
  return TRUE;
}

double
stencil_max_thickness_with_limit (StencilPattern          *pattern,
                                  const StencilCalcParams *params,
                                  StencilThicknessLimit   *out_limit)
{
  g_autoptr(GArray) pairs = close_pairs (pattern, params->web_limit_mm);
  g_autoptr(GArray) apertures = g_array_new (FALSE, FALSE, sizeof (StencilAperture));
  StencilThicknessLimit failed = STENCIL_THICKNESS_LIMIT_SCAN_RANGE;
  StencilThicknessLimit above = STENCIL_THICKNESS_LIMIT_SCAN_RANGE;
  gboolean ipc_pass, ipc_pass_somewhere = FALSE;

  for (int t = STENCIL_MAX_THICKNESS_SCAN_HI_UM; t >= STENCIL_MAX_THICKNESS_SCAN_LO_UM; t--)
    {
      StencilCalcParams p = *params;

      p.thickness_um = t;
      if (check_thickness (pattern, &p, pairs, apertures, &failed, &ipc_pass))
        {
          if (out_limit != NULL)
            *out_limit = above;
          return t;
        }
      /* What fails one um above the recommendation is what limits it. */
      above = failed;
      ipc_pass_somewhere |= ipc_pass;
    }
  if (out_limit != NULL)
    *out_limit = ipc_pass_somewhere ? STENCIL_THICKNESS_LIMIT_WEB : failed;
  return 0;
}

double
stencil_max_thickness (StencilPattern          *pattern,
                       const StencilCalcParams *params)
{
  return stencil_max_thickness_with_limit (pattern, params, NULL);
}

static void
result_clear (gpointer data)
{
  StencilResult *self = data;

  g_clear_pointer (&self->pattern, stencil_pattern_unref);
  g_clear_pointer (&self->apertures, g_array_unref);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  g_clear_pointer (&self->display_warnings, g_ptr_array_unref);
}

/* The sentences go out twice: with numbers in the C locale for JSON and files (warnings), and
 * with the locale's decimal separator for people (display_warnings). */
static char *
warning_number (char     *c_number,
                gboolean  for_people)
{
  char *localized;

  if (!for_people)
    return c_number;
  localized = stencil_number_localize (c_number);
  g_free (c_number);
  return localized;
}

#define NUM(value, decimals) \
  g_ptr_array_add (numbers, warning_number (stencil_format_number ((value), (decimals)), \
                                            for_people))
/* A number next to a status: on the side of the limit that decided it (stencil-format.h). */
#define MEASURE(measure, value, decimals) \
  g_ptr_array_add (numbers, warning_number (stencil_measure_format_c ((measure), (value), \
                                                                      (decimals)), \
                                            for_people))

/* What the ratio model did outside the datasheet's thicknesses: the nearer point's paste height
 * is kept, unless that would need more than the whole pad; then the opening ratio is 100 % and
 * the paste is as high as the foil. */
static char *
describe_extrapolation (const StencilResult      *self,
                        const StencilClassResult *cr,
                        const char               *class_name,
                        gboolean                  for_people)
{
  StencilPart *part = self->pattern->part;
  const char *series = stencil_family_get_series (part->family);
  const StencilRatioPoint *points, *nearest;
  g_autofree char *thickness =
    warning_number (stencil_format_number (self->params.thickness_um, 3), for_people);
  g_autofree char *kept_um = NULL;
  g_autofree char *deposit_um = NULL;
  double point_height_um;
  guint n_points;

  points = stencil_family_get_ratio_points (part->family, part->kind, cr->pad_class, &n_points);
  nearest = self->params.thickness_um < points[0].thickness_um ? &points[0]
                                                               : &points[n_points - 1];
  point_height_um = nearest->ratio * nearest->thickness_um;
  kept_um = warning_number (stencil_format_number (point_height_um, 1), for_people);
  deposit_um = warning_number (stencil_format_number (cr->deposit_um, 1), for_people);

  if (point_height_um > self->params.thickness_um + 1e-9)
    /* TRANSLATORS: the opening ratio is capped at 100 % (the whole pad): the paste is only as
     * high as the foil, not the height of the nearest datasheet point. */
    return g_strdup_printf (_("%s: %s µm is below the %s datasheet's thicknesses; capped at "
                              "100 %%, the paste is %s µm high, not %s µm"),
                            class_name, thickness, series, deposit_um, kept_um);
  return g_strdup_printf (_("%s: %s µm is outside the %s datasheet's thicknesses; the paste "
                            "height of the nearest datasheet point is kept"),
                          class_name, thickness, series);
}

static void
add_warnings (StencilResult *self,
              GPtrArray     *out,
              gboolean       for_people)
{
  g_autoptr(GPtrArray) numbers = g_ptr_array_new_with_free_func (g_free);

  for (guint c = 0; c < self->n_classes; c++)
    {
      const StencilClassResult *cr = &self->classes[c];
      const char *class_name = stencil_pad_class_label (cr->pad_class);
      const char **n;

      g_ptr_array_set_size (numbers, 0);
      MEASURE (STENCIL_MEASURE_AREA_RATIO, cr->aperture.area_ratio, 2);
      MEASURE (STENCIL_MEASURE_ASPECT_RATIO, cr->aperture.aspect_ratio, 2);
      NUM (STENCIL_AREA_RATIO_MARGINAL, 2);
      NUM (STENCIL_AREA_RATIO_PASS, 2);
      NUM (STENCIL_ASPECT_RATIO_PASS, 1);
      NUM (100 * cr->target_ratio, 1);
      NUM (100 * cr->aperture.opening_ratio, 1);
      n = (const char **) numbers->pdata;

      if (cr->aperture.status == STENCIL_STATUS_FAIL)
        g_ptr_array_add (out,
                         g_strdup_printf (_("%s apertures fail IPC-7525: area ratio %s is below "
                                            "%s; paste will not release reliably"),
                                          class_name, n[0], n[2]));
      else if (cr->aperture.status == STENCIL_STATUS_MARGINAL)
        g_ptr_array_add (out,
                         g_strdup_printf (_("%s apertures are marginal: area ratio %s, aspect "
                                            "ratio %s (IPC-7525 asks for %s and %s); "
                                            "consider a nano-coated or electroformed foil"),
                                          class_name, n[0], n[1], n[3], n[4]));
      if (cr->regime == STENCIL_REGIME_EXTRAPOLATED)
        g_ptr_array_add (out, describe_extrapolation (self, cr, class_name, for_people));
      if (fabs (cr->aperture.opening_ratio - cr->target_ratio) > 0.02)
        g_ptr_array_add (out,
                         g_strdup_printf (_("%s: grid rounding moves the opening ratio from "
                                            "%s %% to %s %%"),
                                          class_name, n[5], n[6]));
    }
  if (self->min_web_mm < self->params.web_limit_mm)
    {
      g_ptr_array_set_size (numbers, 0);
      /* Below the limit, shown below it (0.0996 is 0.099, not 0.100 "less than 0.10"). */
      NUM (stencil_web_round (self->min_web_mm, self->params.web_limit_mm, 3), 3);
      NUM (self->params.web_limit_mm, 2);
      g_ptr_array_add (out,
                       g_strdup_printf (_("The web between apertures %s and %s is %s mm, "
                                          "less than %s mm: the foil may tear or bend"),
                                        g_array_index (self->pattern->pads, StencilPad,
                                                       self->min_web_pad_a).id,
                                        g_array_index (self->pattern->pads, StencilPad,
                                                       self->min_web_pad_b).id,
                                        (char *) numbers->pdata[0], (char *) numbers->pdata[1]));
    }
  if (self->max_thickness_um == 0 && self->max_thickness_limit == STENCIL_THICKNESS_LIMIT_WEB)
    {
      g_ptr_array_set_size (numbers, 0);
      NUM (self->params.web_limit_mm, 2);
      g_ptr_array_add (out,
                       g_strdup_printf (_("No foil from %d to %d µm is recommended: where every "
                                          "aperture passes IPC-7525, the web between apertures "
                                          "is narrower than %s mm"),
                                        STENCIL_MAX_THICKNESS_SCAN_LO_UM,
                                        STENCIL_MAX_THICKNESS_SCAN_HI_UM,
                                        (char *) numbers->pdata[0]));
    }
  else if (self->max_thickness_um == 0)
    g_ptr_array_add (out,
                     g_strdup_printf (_("No foil from %d to %d µm passes IPC-7525 for every "
                                        "aperture of this part"),
                                      STENCIL_MAX_THICKNESS_SCAN_LO_UM,
                                      STENCIL_MAX_THICKNESS_SCAN_HI_UM));
  if (self->pattern->provisional)
    g_ptr_array_add (out, g_strdup (stencil_provisional_notice ()));
}

#undef MEASURE
#undef NUM

/* The apertures, status and web of one thickness; with_scan adds the maximum thickness and the
 * warnings, which the sweep's points do without (the maximum is the same for every point). */
static StencilResult *
calculate (StencilPattern          *pattern,
           const StencilCalcParams *params,
           gboolean                 with_scan,
           GError                 **error)
{
  g_autoptr(StencilResult) self = NULL;
  guint n;

  g_return_val_if_fail (pattern != NULL, NULL);
  g_return_val_if_fail (params != NULL, NULL);

  if (!stencil_calc_params_validate (params, error))
    return NULL;

  self = g_rc_box_new0 (StencilResult);
  self->pattern = stencil_pattern_ref (pattern);
  self->params = *params;
  self->warnings = g_ptr_array_new_with_free_func (g_free);
  self->display_warnings = g_ptr_array_new_with_free_func (g_free);
  n = pattern->pads->len;
  self->apertures = g_array_sized_new (FALSE, FALSE, sizeof (StencilAperture), n);

  if (!compute_apertures (pattern, params, self->classes, &self->n_classes, self->apertures,
                          error))
    return NULL;

  self->status = STENCIL_STATUS_PASS;
  for (guint i = 0; i < n; i++)
    self->status = MAX (self->status, g_array_index (self->apertures, StencilAperture, i).status);

  /* Smallest web: every pair; 82 pads make 3,321 pairs, far below a millisecond. */
  self->min_web_mm = G_MAXDOUBLE;
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        double gap = rect_gap (&g_array_index (pattern->pads, StencilPad, i),
                               &g_array_index (self->apertures, StencilAperture, i),
                               &g_array_index (pattern->pads, StencilPad, j),
                               &g_array_index (self->apertures, StencilAperture, j));
        /* Equal webs differ by rounding noise in the pad positions: the first pair wins. */
        if (gap < self->min_web_mm - 1e-9)
          {
            self->min_web_mm = gap;
            self->min_web_pad_a = i;
            self->min_web_pad_b = j;
          }
      }
  if (n < 2)
    self->min_web_mm = 0;

  if (with_scan)
    {
      self->max_thickness_um = stencil_max_thickness_with_limit (pattern, params,
                                                                 &self->max_thickness_limit);
      add_warnings (self, self->warnings, FALSE);
      add_warnings (self, self->display_warnings, TRUE);
    }
  return g_steal_pointer (&self);
}

StencilResult *
stencil_calculate (StencilPattern          *pattern,
                   const StencilCalcParams *params,
                   GError                 **error)
{
  return calculate (pattern, params, TRUE, error);
}

StencilResult *
_stencil_calculate_point (StencilPattern          *pattern,
                          const StencilCalcParams *params,
                          GError                 **error)
{
  return calculate (pattern, params, FALSE, error);
}

StencilResult *
stencil_result_ref (StencilResult *self)
{
  return g_rc_box_acquire (self);
}

void
stencil_result_unref (StencilResult *self)
{
  g_rc_box_release_full (self, result_clear);
}

const StencilAperture *
stencil_result_get_aperture (const StencilResult *self,
                             guint                index)
{
  g_return_val_if_fail (index < self->apertures->len, NULL);
  return &g_array_index (self->apertures, StencilAperture, index);
}

const StencilClassResult *
stencil_result_get_class (const StencilResult *self,
                          StencilPadClass      pad_class)
{
  for (guint c = 0; c < self->n_classes; c++)
    if (self->classes[c].pad_class == pad_class)
      return &self->classes[c];
  return NULL;
}
