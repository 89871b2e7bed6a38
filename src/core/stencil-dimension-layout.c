/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Dimension placement: the dimensions of a view in lanes around its features, placed so that
 * no value touches another, and drawn into a scene. The only place a dimension is drawn. */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <math.h>

#include "stencil-dimension-layout-private.h"
#include "stencil-scene-private.h"

/* Sizes in multiples of the text size u, the one unit of the layout: on paper u is 2.5 mm, on
 * screen it follows the part's size. STENCIL_DIMENSION_LANE_FIRST: the first lane. */
#define EXT_GAP        0.25   /* between a feature and the start of its extension line */
#define EXT_OVER       0.30   /* extension line past the dimension line */
#define ARROW_LENGTH   0.60
#define ARROW_HALF     0.12
#define TEXT_GAP       0.22   /* between the dimension line and its value */
#define TEXT_GAP_ALONG 0.30   /* between an arrowhead and a value placed beyond it */
#define LANE_PITCH     1.50   /* between dimension lines of one side */
#define LANE_MARGIN    0.40   /* clearance between things on one lane */
#define LINE_DIM       0.07

typedef struct
{
  char    *name;
  double   value_mm;
  char    *text;
  double   text_w;
  gboolean aperture;
  StencilSide     side;
  double   a, b;              /* the two features, along the side's axis, a < b */
  double   start_a, start_b;  /* across: where each extension line starts (the feature's edge) */
  gboolean has_alt;           /* the same feature can be measured from another side */
  StencilSide     alt_side;
  double   alt_start_a, alt_start_b;
  /* placement */
  int      lane;
  int      text_pos;          /* 0 between the arrows, -1 before a, +1 after b */
  double   lo, hi;            /* along: all of it on its lane */
  double   text_lo, text_hi;  /* along: its value */
  double   box[4];            /* x0, y0, x1, y1 of its line and value */
} DimRequest;

struct _StencilDimensionLayout
{
  double     u;
  double     edge[STENCIL_N_SIDES];   /* across coordinate of each side's edge */
  GPtrArray *requests;        /* of DimRequest, in priority order */
};

static void
dim_request_free (gpointer data)
{
  DimRequest *r = data;

  g_free (r->name);
  g_free (r->text);
  g_free (r);
}

static double
side_sign (StencilSide side)
{
  return side == STENCIL_SIDE_TOP || side == STENCIL_SIDE_LEFT ? -1 : 1;
}

static gboolean
side_is_vertical (StencilSide side)
{
  return side == STENCIL_SIDE_LEFT || side == STENCIL_SIDE_RIGHT;
}

static void
side_to_xy (StencilSide side,
            double      along,
            double      across,
            double     *x,
            double     *y)
{
  if (side_is_vertical (side))
    {
      *x = across;
      *y = along;
    }
  else
    {
      *x = along;
      *y = across;
    }
}

static double
lane_position (const StencilDimensionLayout *layout,
               StencilSide                   side,
               int                           lane)
{
  return layout->edge[side] +
         side_sign (side) * (STENCIL_DIMENSION_LANE_FIRST + lane * LANE_PITCH) * layout->u;
}

void
stencil_dimension_layout_add (StencilDimensionLayout *layout,
                              const char             *name,
                              double                  value_mm,
                              const char             *prefix,
                              gboolean                aperture,
                              StencilSide             side,
                              double                  a,
                              double                  start_a,
                              double                  b,
                              double                  start_b)
{
  DimRequest *r = g_new0 (DimRequest, 1);
  g_autofree char *number = stencil_scene_format_mm (value_mm);

  r->name = g_strdup (name);
  r->value_mm = value_mm;
  r->text = prefix != NULL ? g_strdup_printf ("%s = %s", prefix, number)
                           : g_steal_pointer (&number);
  r->text_w = stencil_scene_text_width (r->text, layout->u, FALSE);
  r->aperture = aperture;
  r->side = side;
  if (a <= b)
    {
      r->a = a;
      r->start_a = start_a;
      r->b = b;
      r->start_b = start_b;
    }
  else
    {
      r->a = b;
      r->start_a = start_b;
      r->b = a;
      r->start_b = start_a;
    }
  r->lane = -1;
  g_ptr_array_add (layout->requests, r);
}

void
stencil_dimension_layout_set_alternative (StencilDimensionLayout *layout,
                                          StencilSide             side,
                                          double                  start_a,
                                          double                  start_b)
{
  DimRequest *r = g_ptr_array_index (layout->requests, layout->requests->len - 1);

  r->has_alt = TRUE;
  r->alt_side = side;
  r->alt_start_a = start_a;
  r->alt_start_b = start_b;
}

static void
dim_request_swap_side (DimRequest *r)
{
  StencilSide side = r->side;
  double a = r->start_a, b = r->start_b;

  r->side = r->alt_side;
  r->start_a = r->alt_start_a;
  r->start_b = r->alt_start_b;
  r->alt_side = side;
  r->alt_start_a = a;
  r->alt_start_b = b;
}

static void
dim_interval (const StencilDimensionLayout *layout,
              const DimRequest             *r,
              int                           text_pos,
              double                       *lo,
              double                       *hi,
              double                       *text_lo,
              double                       *text_hi)
{
  double u = layout->u;
  double al = ARROW_LENGTH * u;

  if (text_pos == 0)
    {
      *lo = r->a - 0.1 * u;
      *hi = r->b + 0.1 * u;
      *text_lo = (r->a + r->b - r->text_w) / 2;
    }
  else if (text_pos < 0)
    {
      *lo = r->a - al - TEXT_GAP_ALONG * u - r->text_w;
      *hi = r->b + al + 0.3 * u;
      *text_lo = *lo;
    }
  else
    {
      *lo = r->a - al - 0.3 * u;
      *hi = r->b + al + TEXT_GAP_ALONG * u + r->text_w;
      *text_lo = *hi - r->text_w;
    }
  *text_hi = *text_lo + r->text_w;
}

static gboolean
dim_fits_inside (const StencilDimensionLayout *layout,
                 const DimRequest             *r)
{
  return r->b - r->a >= r->text_w + (2 * ARROW_LENGTH + 0.6) * layout->u;
}

static gboolean
shares_extension (double            along,
                  const DimRequest *other)
{
  return fabs (along - other->a) < 1e-9 || fabs (along - other->b) < 1e-9;
}

static gboolean
is_within (double value,
           double lo,
           double hi)
{
  return value > lo && value < hi;
}

static gboolean
extension_crosses (const DimRequest *owner,
                   const DimRequest *other,
                   double            lo,
                   double            hi,
                   double            margin)
{
  return (is_within (owner->a, lo - margin, hi + margin) && !shares_extension (owner->a, other)) ||
         (is_within (owner->b, lo - margin, hi + margin) && !shares_extension (owner->b, other));
}

/* The box of a dimension's line and value on a lane, for the corners where two sides meet. */
static void
dim_box (const StencilDimensionLayout *layout,
         const DimRequest             *r,
         int                           lane,
         double                        lo,
         double                        hi,
         double                       *box)
{
  double line = lane_position (layout, r->side, lane);
  double sign = side_sign (r->side);
  double x0, y0, x1, y1;

  side_to_xy (r->side, lo, line - sign * ARROW_HALF * layout->u, &x0, &y0);
  side_to_xy (r->side, hi,
              line + sign * (TEXT_GAP + STENCIL_TEXT_ASCENT + STENCIL_DIGIT_DESCENT) * layout->u,
              &x1, &y1);
  box[0] = MIN (x0, x1);
  box[1] = MIN (y0, y1);
  box[2] = MAX (x0, x1);
  box[3] = MAX (y0, y1);
}

/* Whether r on lane, spanning [lo, hi] with its value on [text_lo, text_hi], would touch a
 * dimension already placed on its side. On one lane the spans keep apart. The extension lines of
 * an outer lane cross every inner lane: never through a value, and when strict not through a
 * dimension line either. */
static gboolean
dim_conflicts (const StencilDimensionLayout *layout,
               const DimRequest             *r,
               int                           lane,
               double                        lo,
               double                        hi,
               double                        text_lo,
               double                        text_hi,
               gboolean                      strict)
{
  double m = LANE_MARGIN * layout->u;
  double m_ext = 0.2 * layout->u;
  double box[4];

  dim_box (layout, r, lane, lo, hi, box);
  for (guint i = 0; i < layout->requests->len; i++)
    {
      const DimRequest *e = g_ptr_array_index (layout->requests, i);

      if (e == r || e->lane < 0)
        continue;
      if (e->side != r->side)
        {
          if (stencil_boxes_overlap (box, e->box, m))
            return TRUE;
          continue;
        }
      if (e->lane == lane && lo < e->hi + m && e->lo < hi + m)
        return TRUE;
      if (e->lane > lane &&
          (extension_crosses (e, r, text_lo, text_hi, m_ext) ||
           (strict && extension_crosses (e, r, lo, hi, m_ext))))
        return TRUE;
      if (e->lane < lane &&
          (extension_crosses (r, e, e->text_lo, e->text_hi, m_ext) ||
           (strict && extension_crosses (r, e, e->lo, e->hi, m_ext))))
        return TRUE;
    }
  return FALSE;
}

/* Whether a value on [text_lo, text_hi] would sit where a dimension not placed yet needs to run
 * an extension line: it would then find no lane at all. */
static gboolean
dim_blocks_unplaced (const StencilDimensionLayout *layout,
                     const DimRequest             *r,
                     double                        text_lo,
                     double                        text_hi)
{
  for (guint i = 0; i < layout->requests->len; i++)
    {
      const DimRequest *f = g_ptr_array_index (layout->requests, i);

      if (f != r && f->lane < 0 && f->side == r->side &&
          extension_crosses (f, r, text_lo, text_hi, 0.2 * layout->u))
        return TRUE;
    }
  return FALSE;
}

/* Greedy lanes: each dimension, in priority order (small ones first, overall sizes last), takes
 * the innermost lane where it touches nothing. First pass: no extension line crosses another
 * dimension; second: extension lines may cross dimension lines but never values; last: anything
 * goes (only a broken custom pattern gets there). */
static void
place_requests (StencilDimensionLayout *layout)
{
  for (guint i = 0; i < layout->requests->len; i++)
    {
      DimRequest *r = g_ptr_array_index (layout->requests, i);
      int candidates[3];
      guint n_candidates = 0;
      int preferred = (r->a + r->b) / 2 < 0 ? -1 : 1;

      /* A value goes between its arrows when it fits, else beyond the outer one (away from the
       * middle of the side); the other places are fallbacks when a lane is crowded. */
      if (dim_fits_inside (layout, r))
        candidates[n_candidates++] = 0;
      candidates[n_candidates++] = preferred;
      candidates[n_candidates++] = -preferred;

      /* Each pass tries the dimension's own side, then its alternative; the last pass only
       * its own side. */
      for (guint attempt = 0; attempt < 5 && r->lane < 0; attempt++)
        {
          guint pass = attempt / 2;
          gboolean alt = attempt % 2 == 1;

          if (alt && !r->has_alt)
            continue;
          if (alt)
            dim_request_swap_side (r);
          for (int lane = 0; lane < (pass == 0 ? 6 : 16) && r->lane < 0; lane++)
            for (guint c = 0; c < n_candidates && r->lane < 0; c++)
            {
              double lo, hi, text_lo, text_hi;

              dim_interval (layout, r, candidates[c], &lo, &hi, &text_lo, &text_hi);
              if (pass < 2 &&
                  (dim_conflicts (layout, r, lane, lo, hi, text_lo, text_hi, pass == 0) ||
                   dim_blocks_unplaced (layout, r, text_lo, text_hi)))
                continue;
              if (pass == 2 && dim_conflicts (layout, r, lane, lo, hi, text_lo, text_hi, FALSE) &&
                  lane < 15)
                continue;
              r->lane = lane;
              r->text_pos = candidates[c];
              r->lo = lo;
              r->hi = hi;
              r->text_lo = text_lo;
              r->text_hi = text_hi;
              dim_box (layout, r, lane, lo, hi, r->box);
            }
          if (alt && r->lane < 0)
            dim_request_swap_side (r);
        }
    }
}

static void
add_arrow (StencilScene *scene,
           StencilStyle  style,
           StencilSide   side,
           double        tip,
           double        direction,
           double        across,
           double        u)
{
  double pts[6];

  side_to_xy (side, tip, across, &pts[0], &pts[1]);
  side_to_xy (side, tip + direction * ARROW_LENGTH * u, across - ARROW_HALF * u, &pts[2], &pts[3]);
  side_to_xy (side, tip + direction * ARROW_LENGTH * u, across + ARROW_HALF * u, &pts[4], &pts[5]);
  stencil_scene_add_polyline (scene, STENCIL_LAYER_DIMENSIONS, style,
                              STENCIL_PRIMITIVE_FILL | STENCIL_PRIMITIVE_CLOSED, 0, pts, 3);
}

static void
box_union (double *box,
           double  x0,
           double  y0,
           double  x1,
           double  y1)
{
  box[0] = MIN (box[0], MIN (x0, x1));
  box[1] = MIN (box[1], MIN (y0, y1));
  box[2] = MAX (box[2], MAX (x0, x1));
  box[3] = MAX (box[3], MAX (y0, y1));
}

/* Turns one placed request into primitives: two extension lines, the dimension line, two
 * arrowheads and the value; and records it. The only place a dimension is drawn. */
static void
dim_emit (StencilScene                 *scene,
          const StencilDimensionLayout *layout,
          const DimRequest             *r)
{
  double u = layout->u;
  double sign = side_sign (r->side);
  double line = lane_position (layout, r->side, r->lane);
  double al = ARROW_LENGTH * u;
  StencilStyle style = r->aperture ? STENCIL_STYLE_DIMENSION_APERTURE : STENCIL_STYLE_DIMENSION;
  StencilDimension *d = stencil_scene_add_dimension (scene);
  double all[4] = { G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };
  double line_box[4] = { G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };
  double line_lo, line_hi, text_lo, text_across0, text_across1;
  double x0, y0, x1, y1;
  const double ends[2] = { r->a, r->b };
  const double starts[2] = { r->start_a, r->start_b };

  for (guint k = 0; k < 2; k++)
    {
      side_to_xy (r->side, ends[k], starts[k] + sign * EXT_GAP * u, &x0, &y0);
      side_to_xy (r->side, ends[k], line + sign * EXT_OVER * u, &x1, &y1);
      stencil_scene_add_line (scene, STENCIL_LAYER_DIMENSIONS, style, LINE_DIM * u, x0, y0, x1, y1);
      box_union (all, x0, y0, x1, y1);
    }

  if (r->text_pos == 0)
    {
      line_lo = r->a;
      line_hi = r->b;
      add_arrow (scene, style, r->side, r->a, 1, line, u);
      add_arrow (scene, style, r->side, r->b, -1, line, u);
      text_lo = (r->a + r->b - r->text_w) / 2;
    }
  else
    {
      /* Arrows outside pointing in; the line runs on under the value. */
      add_arrow (scene, style, r->side, r->a, -1, line, u);
      add_arrow (scene, style, r->side, r->b, 1, line, u);
      if (r->text_pos < 0)
        {
          text_lo = r->a - al - TEXT_GAP_ALONG * u - r->text_w;
          line_lo = text_lo;
          line_hi = r->b + al + 0.3 * u;
        }
      else
        {
          text_lo = r->b + al + TEXT_GAP_ALONG * u;
          line_lo = r->a - al - 0.3 * u;
          line_hi = text_lo + r->text_w;
        }
    }
  side_to_xy (r->side, line_lo, line, &x0, &y0);
  side_to_xy (r->side, line_hi, line, &x1, &y1);
  stencil_scene_add_line (scene, STENCIL_LAYER_DIMENSIONS, style, LINE_DIM * u, x0, y0, x1, y1);
  side_to_xy (r->side, MIN (line_lo, r->a - (r->text_pos != 0 ? al : 0)), line - ARROW_HALF * u,
              &x0, &y0);
  side_to_xy (r->side, MAX (line_hi, r->b + (r->text_pos != 0 ? al : 0)), line + ARROW_HALF * u,
              &x1, &y1);
  box_union (line_box, x0, y0, x1, y1);

  /* The value sits on the outer side of its line (ISO aligned: vertical values read upwards). */
  text_across0 = line + sign * TEXT_GAP * u;
  text_across1 = line + sign * (TEXT_GAP + STENCIL_TEXT_ASCENT + STENCIL_DIGIT_DESCENT) * u;
  switch (r->side)
    {
    case STENCIL_SIDE_TOP:
      stencil_scene_add_text (scene, STENCIL_LAYER_DIMENSIONS, style, text_lo,
                              line - (TEXT_GAP + STENCIL_DIGIT_DESCENT) * u, STENCIL_ANCHOR_LEFT, u,
                              FALSE, r->text);
      break;
    case STENCIL_SIDE_BOTTOM:
      stencil_scene_add_text (scene, STENCIL_LAYER_DIMENSIONS, style, text_lo,
                              line + (TEXT_GAP + STENCIL_TEXT_ASCENT) * u, STENCIL_ANCHOR_LEFT, u,
                              FALSE, r->text);
      break;
    case STENCIL_SIDE_LEFT:
      stencil_scene_add_vertical_text (scene, STENCIL_LAYER_DIMENSIONS, style,
                                       line - (TEXT_GAP + STENCIL_DIGIT_DESCENT) * u,
                                       text_lo + r->text_w, u, r->text);
      break;
    case STENCIL_SIDE_RIGHT:
    default:
      stencil_scene_add_vertical_text (scene, STENCIL_LAYER_DIMENSIONS, style,
                                       line + (TEXT_GAP + STENCIL_TEXT_ASCENT) * u,
                                       text_lo + r->text_w, u, r->text);
      break;
    }
  side_to_xy (r->side, text_lo, text_across0, &x0, &y0);
  side_to_xy (r->side, text_lo + r->text_w, text_across1, &x1, &y1);

  d->name = g_strdup (r->name);
  d->value_mm = r->value_mm;
  d->text = g_strdup (r->text);
  d->aperture = r->aperture;
  d->text_x0 = MIN (x0, x1);
  d->text_y0 = MIN (y0, y1);
  d->text_x1 = MAX (x0, x1);
  d->text_y1 = MAX (y0, y1);
  d->line_x0 = line_box[0];
  d->line_y0 = line_box[1];
  d->line_x1 = line_box[2];
  d->line_y1 = line_box[3];
  box_union (all, line_box[0], line_box[1], line_box[2], line_box[3]);
  box_union (all, d->text_x0, d->text_y0, d->text_x1, d->text_y1);
  d->x0 = all[0];
  d->y0 = all[1];
  d->x1 = all[2];
  d->y1 = all[3];
}

StencilDimensionLayout *
stencil_dimension_layout_new (double u,
                              double top,
                              double bottom,
                              double left,
                              double right)
{
  StencilDimensionLayout *layout = g_new0 (StencilDimensionLayout, 1);

  layout->u = u;
  layout->requests = g_ptr_array_new_with_free_func (dim_request_free);
  layout->edge[STENCIL_SIDE_TOP] = top;
  layout->edge[STENCIL_SIDE_BOTTOM] = bottom;
  layout->edge[STENCIL_SIDE_LEFT] = left;
  layout->edge[STENCIL_SIDE_RIGHT] = right;
  return layout;
}

void
stencil_dimension_layout_free (StencilDimensionLayout *layout)
{
  if (layout == NULL)
    return;
  g_ptr_array_unref (layout->requests);
  g_free (layout);
}

void
stencil_dimension_layout_draw (StencilDimensionLayout *layout,
                               StencilScene           *scene)
{
  place_requests (layout);
  for (guint i = 0; i < layout->requests->len; i++)
    dim_emit (scene, layout, g_ptr_array_index (layout->requests, i));
}
