/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The part view: the top view of one land pattern with its apertures, body outline, pin marks
 * and dimensions; and the same view fitted to a screen area with its text readable. */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "stencil-dimension-layout-private.h"
#include "stencil-part-view-private.h"
#include "stencil-scene-private.h"

/* Sizes in multiples of the view's text size u (stencil-dimension-layout.c has the rest). */
#define LINE_PAD       0.06
#define LINE_APERTURE  0.05
#define LINE_OUTLINE   0.08
#define LABEL_SIZE     0.90
#define PIN1_DOT       0.50

/* The pads of a pattern by row, each sorted by x, and the box of all lands. */
typedef struct
{
  StencilResult        *result;
  const StencilPattern *pattern;
  GPtrArray            *top;        /* terminals of the upper row */
  GPtrArray            *bottom;     /* terminals of the lower row */
  GPtrArray            *soldering;  /* soldering terminals */
  StencilBox            ext;
} PartRows;

StencilBox
stencil_pad_box (const StencilPad *pad)
{
  /* The model's y points up, the scene's down. */
  StencilBox b = { pad->x_mm - pad->w_mm / 2, -pad->y_mm - pad->h_mm / 2,
                   pad->x_mm + pad->w_mm / 2, -pad->y_mm + pad->h_mm / 2 };
  return b;
}

StencilBox
stencil_aperture_box (const StencilPad      *pad,
                      const StencilAperture *ap)
{
  StencilBox b = { pad->x_mm - ap->w_mm / 2, -pad->y_mm - ap->h_mm / 2,
                   pad->x_mm + ap->w_mm / 2, -pad->y_mm + ap->h_mm / 2 };
  return b;
}

StencilStyle
stencil_status_style (StencilStatus status)
{
  switch (status)
    {
    case STENCIL_STATUS_PASS: return STENCIL_STYLE_APERTURE_PASS;
    case STENCIL_STATUS_MARGINAL: return STENCIL_STYLE_APERTURE_MARGINAL;
    case STENCIL_STATUS_FAIL:
    default: return STENCIL_STYLE_APERTURE_FAIL;
    }
}

const StencilLegendItem *
stencil_part_view_legend (guint *n_items)
{
  static const StencilLegendItem items[] = {
    { STENCIL_STYLE_PAD, N_("Land (pad)"), TRUE },
    { STENCIL_STYLE_APERTURE_PASS, N_("Aperture: pass"), TRUE },
    { STENCIL_STYLE_APERTURE_MARGINAL, N_("Aperture: marginal"), TRUE },
    { STENCIL_STYLE_APERTURE_FAIL, N_("Aperture: fail"), TRUE },
    { STENCIL_STYLE_DIMENSION, N_("0.00 land size"), FALSE },
    { STENCIL_STYLE_DIMENSION_APERTURE, N_("0.00 aperture size"), FALSE },
    { STENCIL_STYLE_OUTLINE, N_("Body outline"), TRUE },
  };

  *n_items = G_N_ELEMENTS (items);
  return items;
}

const char *
stencil_legend_item_get_label (const StencilLegendItem *item)
{
  g_return_val_if_fail (item != NULL, NULL);
  /* Translated when asked, in the language of the moment. */
  return _(item->msgid);
}

static int
compare_pad_x (gconstpointer a,
               gconstpointer b)
{
  const StencilPad *pa = *(const StencilPad * const *) a;
  const StencilPad *pb = *(const StencilPad * const *) b;

  return (pa->x_mm > pb->x_mm) - (pa->x_mm < pb->x_mm);
}

void
stencil_part_view_sort_pads (const StencilPattern *pattern,
                             GPtrArray            *top,
                             GPtrArray            *bottom,
                             GPtrArray            *soldering)
{
  for (guint i = 0; i < pattern->pads->len; i++)
    {
      const StencilPad *pad = &g_array_index (pattern->pads, StencilPad, i);

      if (pad->pad_class == STENCIL_PAD_CLASS_SOLDERING)
        g_ptr_array_add (soldering, (gpointer) pad);
      else if (pad->y_mm > 0)
        g_ptr_array_add (top, (gpointer) pad);
      else
        g_ptr_array_add (bottom, (gpointer) pad);
    }
  g_ptr_array_sort (top, compare_pad_x);
  g_ptr_array_sort (bottom, compare_pad_x);
  g_ptr_array_sort (soldering, compare_pad_x);
}

/* Text size of a part view on its own (screen): about 1/55 of its larger side, so that the
 * values stay readable when the view fills a window, with the lanes in proportion. */
static double
part_view_unit (const StencilPattern *pattern)
{
  double x0, y0, x1, y1;

  stencil_pattern_get_extents (pattern, &x0, &y0, &x1, &y1);
  return CLAMP (MAX (x1 - x0, 2.5 * (y1 - y0)) / 55.0, 0.08, 0.5);
}

/* Lands, then apertures on top of them; rows->ext becomes the box of the lands. */
static void
add_lands (StencilScene *scene,
           PartRows     *rows,
           double        u)
{
  const StencilPattern *pattern = rows->pattern;
  StencilBox ext = { G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };

  for (guint i = 0; i < pattern->pads->len; i++)
    {
      const StencilPad *pad = &g_array_index (pattern->pads, StencilPad, i);
      StencilBox b = stencil_pad_box (pad);

      stencil_scene_add_rect (scene, STENCIL_LAYER_PADS, STENCIL_STYLE_PAD,
                              STENCIL_PRIMITIVE_FILL | STENCIL_PRIMITIVE_STROKE, LINE_PAD * u,
                              b.x0, b.y0, b.x1, b.y1, 0);
      ext.x0 = MIN (ext.x0, b.x0);
      ext.y0 = MIN (ext.y0, b.y0);
      ext.x1 = MAX (ext.x1, b.x1);
      ext.y1 = MAX (ext.y1, b.y1);
    }
  for (guint i = 0; i < pattern->pads->len; i++)
    {
      const StencilPad *pad = &g_array_index (pattern->pads, StencilPad, i);
      const StencilAperture *ap = &g_array_index (rows->result->apertures, StencilAperture, i);
      StencilBox b = stencil_aperture_box (pad, ap);

      if (ap->w_mm <= 0 || ap->h_mm <= 0)
        continue;
      stencil_scene_add_rect (scene, STENCIL_LAYER_APERTURES, stencil_status_style (ap->status),
                              STENCIL_PRIMITIVE_FILL | STENCIL_PRIMITIVE_STROKE,
                              LINE_APERTURE * u, b.x0, b.y0, b.x1, b.y1, ap->r_mm);
    }
  rows->ext = ext;
}

/* The dashed body outline; pin numbers at the row ends, on the inner side of the rows where no
 * dimension runs; the pin-1 dot off the outer corner of pin 1. */
static void
add_outline_and_marks (StencilScene   *scene,
                       const PartRows *rows,
                       double          u)
{
  const StencilPattern *pattern = rows->pattern;

  /* Body outline, dashed: the part's footprint over its lands. */
  stencil_scene_add_rect (scene, STENCIL_LAYER_OUTLINE, STENCIL_STYLE_OUTLINE,
                          STENCIL_PRIMITIVE_STROKE | STENCIL_PRIMITIVE_DASHED, LINE_OUTLINE * u,
                          -pattern->body_w_mm / 2, -pattern->body_h_mm / 2,
                          pattern->body_w_mm / 2, pattern->body_h_mm / 2, 0);

  for (guint row = 0; row < 2; row++)
    {
      GPtrArray *pads = row == 0 ? rows->top : rows->bottom;

      for (guint k = 0; k < pads->len && k < 2; k++)
        {
          const StencilPad *pad = g_ptr_array_index (pads, k == 0 ? 0 : pads->len - 1);
          StencilBox b = stencil_pad_box (pad);
          double baseline = row == 0 ? b.y1 + (0.2 + STENCIL_TEXT_ASCENT * LABEL_SIZE) * u
                                     : b.y0 - 0.2 * u;

          if (k == 1 && pads->len == 1)
            break;
          stencil_scene_add_text (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_MARK, pad->x_mm,
                                  baseline, STENCIL_ANCHOR_CENTER, LABEL_SIZE * u, TRUE, pad->id);
        }
    }
  for (guint i = 0; i < pattern->pads->len; i++)
    {
      const StencilPad *pad = &g_array_index (pattern->pads, StencilPad, i);

      if (g_strcmp0 (pad->id, "1") == 0)
        {
          StencilBox b = stencil_pad_box (pad);
          double d = PIN1_DOT * u;
          double gap = 0.15 * u;

          /* Pin 1 is on the upper row: the dot goes above and left of its corner. */
          stencil_scene_add_rect (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_MARK,
                                  STENCIL_PRIMITIVE_FILL, 0,
                                  b.x0 - gap - d, b.y0 - gap - d, b.x0 - gap, b.y0 - gap, d / 2);
        }
    }
}

/* Above: pitch, row span, soldering span and overall width, nested from the pattern out. */
static void
request_top (StencilDimensionLayout *layout,
             const PartRows         *rows)
{
  const StencilPattern *pattern = rows->pattern;
  GPtrArray *top = rows->top, *bottom = rows->bottom, *soldering = rows->soldering;
  StencilBox ext = rows->ext;
  const char *span_name;

  span_name = stencil_family_get_row_span_name (pattern->part->family, pattern->part->kind);

  if (top->len >= 2)
    {
      guint i1 = MIN (MAX (1, top->len / 2), top->len - 2);
      const StencilPad *p1 = g_ptr_array_index (top, i1);
      const StencilPad *p2 = g_ptr_array_index (top, i1 + 1);
      const StencilPad *first = g_ptr_array_index (top, 0);
      const StencilPad *last = g_ptr_array_index (top, top->len - 1);

      stencil_dimension_layout_add (layout, "pitch", p2->x_mm - p1->x_mm, NULL, FALSE,
                                    STENCIL_SIDE_TOP, p1->x_mm, stencil_pad_box (p1).y0,
                                    p2->x_mm, stencil_pad_box (p2).y0);
      if (bottom->len == top->len)
        {
          const StencilPad *q1 = g_ptr_array_index (bottom, i1);
          const StencilPad *q2 = g_ptr_array_index (bottom, i1 + 1);

          stencil_dimension_layout_set_alternative (layout, STENCIL_SIDE_BOTTOM,
                                                    stencil_pad_box (q1).y1,
                                                    stencil_pad_box (q2).y1);
        }
      stencil_dimension_layout_add (layout, "row-span", last->x_mm - first->x_mm, span_name,
                                    FALSE, STENCIL_SIDE_TOP,
                                    first->x_mm, stencil_pad_box (first).y0,
                                    last->x_mm, stencil_pad_box (last).y0);
    }
  if (soldering->len >= 2)
    {
      const StencilPad *s1 = g_ptr_array_index (soldering, 0);
      const StencilPad *s2 = g_ptr_array_index (soldering, soldering->len - 1);

      stencil_dimension_layout_add (layout, "soldering-span", s2->x_mm - s1->x_mm, NULL, FALSE,
                                    STENCIL_SIDE_TOP, s1->x_mm, stencil_pad_box (s1).y0,
                                    s2->x_mm, stencil_pad_box (s2).y0);
    }
  {
    /* Overall width: from the outermost land on each end, its top edge. */
    const StencilPad *left = NULL, *right = NULL;

    for (guint i = 0; i < pattern->pads->len; i++)
      {
        const StencilPad *pad = &g_array_index (pattern->pads, StencilPad, i);

        if (left == NULL || stencil_pad_box (pad).x0 < stencil_pad_box (left).x0 - 1e-9)
          left = pad;
        if (right == NULL || stencil_pad_box (pad).x1 > stencil_pad_box (right).x1 + 1e-9)
          right = pad;
      }
    if (left != NULL)
      stencil_dimension_layout_add (layout, "overall-w", ext.x1 - ext.x0, NULL, FALSE,
                                    STENCIL_SIDE_TOP, ext.x0, stencil_pad_box (left).y0,
                                    ext.x1, stencil_pad_box (right).y0);
  }
}

/* Below: the widths of lands and apertures. The terminal land's width is on the lower row,
 * away from the extension lines of the row span on the upper one. */
static void
request_bottom (StencilDimensionLayout *layout,
                const PartRows         *rows)
{
  StencilResult *result = rows->result;
  GPtrArray *top = rows->top, *bottom = rows->bottom, *soldering = rows->soldering;

  if (bottom->len > 0)
    {
      const StencilPad *pw = g_ptr_array_index (bottom, MIN (bottom->len / 2 >= 3
                                                             ? bottom->len / 2 - 2 : 1,
                                                             bottom->len - 1));
      StencilBox b = stencil_pad_box (pw);

      stencil_dimension_layout_add (layout, "pad-w/terminal", pw->w_mm, NULL, FALSE,
                                    STENCIL_SIDE_BOTTOM, b.x0, b.y1, b.x1, b.y1);
      if (top->len > 0)
        stencil_dimension_layout_set_alternative (layout, STENCIL_SIDE_TOP,
                                                  b.y0 - 2 * fabs (pw->y_mm),
                                                  b.y0 - 2 * fabs (pw->y_mm));
    }
  for (guint c = 0; c < result->n_classes; c++)
    {
      const StencilClassResult *cr = &result->classes[c];
      const StencilPad *pad = NULL;
      g_autofree char *name = NULL;
      StencilBox b;

      if (cr->pad_class == STENCIL_PAD_CLASS_TERMINAL && bottom->len > 0)
        pad = g_ptr_array_index (bottom, MIN (bottom->len / 2, bottom->len - 1));
      else if (cr->pad_class == STENCIL_PAD_CLASS_SOLDERING && soldering->len > 0)
        pad = g_ptr_array_index (soldering, 0);
      if (pad == NULL)
        continue;

      if (cr->pad_class == STENCIL_PAD_CLASS_SOLDERING && soldering->len >= 2)
        {
          const StencilPad *s2 = g_ptr_array_index (soldering, soldering->len - 1);

          b = stencil_pad_box (s2);
          stencil_dimension_layout_add (layout, "pad-w/soldering", s2->w_mm, NULL, FALSE,
                                        STENCIL_SIDE_BOTTOM, b.x0, b.y1, b.x1, b.y1);
        }
      else if (cr->pad_class == STENCIL_PAD_CLASS_SOLDERING)
        {
          b = stencil_pad_box (pad);
          stencil_dimension_layout_add (layout, "pad-w/soldering", pad->w_mm, NULL, FALSE,
                                        STENCIL_SIDE_TOP, b.x0, b.y0, b.x1, b.y0);
        }
      b = stencil_aperture_box (pad, &cr->aperture);
      name = g_strdup_printf ("aperture-w/%s", stencil_pad_class_to_string (cr->pad_class));
      stencil_dimension_layout_add (layout, name, cr->aperture.w_mm, NULL, TRUE,
                                    STENCIL_SIDE_BOTTOM, b.x0, b.y1, b.x1, b.y1);
    }
}

/* Left: the soldering land's length, the row centre distance, the overall height, nested.
 * The terminal lengths go to the right: the row centre's extension line would cross them. */
static void
request_left (StencilDimensionLayout *layout,
              const PartRows         *rows)
{
  const StencilPattern *pattern = rows->pattern;
  GPtrArray *top = rows->top, *bottom = rows->bottom, *soldering = rows->soldering;
  StencilBox ext = rows->ext;

  if (soldering->len > 0)
    {
      const StencilPad *s1 = g_ptr_array_index (soldering, 0);
      StencilBox b = stencil_pad_box (s1);

      stencil_dimension_layout_add (layout, "pad-h/soldering", s1->h_mm, NULL, FALSE,
                                    STENCIL_SIDE_LEFT, b.y0, b.x0, b.y1, b.x0);
    }
  if (top->len > 0 && bottom->len > 0)
    {
      const StencilPad *p1 = g_ptr_array_index (top, 0);
      const StencilPad *q1 = g_ptr_array_index (bottom, 0);

      stencil_dimension_layout_add (layout, "row-centre", p1->y_mm - q1->y_mm, NULL, FALSE,
                                    STENCIL_SIDE_LEFT, -p1->y_mm, stencil_pad_box (p1).x0,
                                    -q1->y_mm, stencil_pad_box (q1).x0);
    }
  {
    const StencilPad *upper = NULL, *lower = NULL;

    /* Overall height: from the leftmost of the lands that reach the top and bottom edges. */
    for (guint i = 0; i < pattern->pads->len; i++)
      {
        const StencilPad *pad = &g_array_index (pattern->pads, StencilPad, i);
        StencilBox b = stencil_pad_box (pad);

        if (b.y0 <= ext.y0 + 1e-9 && (upper == NULL || b.x0 < stencil_pad_box (upper).x0))
          upper = pad;
        if (b.y1 >= ext.y1 - 1e-9 && (lower == NULL || b.x0 < stencil_pad_box (lower).x0))
          lower = pad;
      }
    if (upper != NULL && lower != NULL)
      stencil_dimension_layout_add (layout, "overall-h", ext.y1 - ext.y0, NULL, FALSE,
                                    STENCIL_SIDE_LEFT, ext.y0, stencil_pad_box (upper).x0,
                                    ext.y1, stencil_pad_box (lower).x0);
  }
}

/* Right: the terminal land's length on the upper row, aperture lengths. */
static void
request_right (StencilDimensionLayout *layout,
               const PartRows         *rows)
{
  StencilResult *result = rows->result;
  GPtrArray *top = rows->top, *bottom = rows->bottom, *soldering = rows->soldering;

  if (top->len > 0)
    {
      const StencilPad *pm = g_ptr_array_index (top, top->len - 1);
      StencilBox b = stencil_pad_box (pm);

      stencil_dimension_layout_add (layout, "pad-h/terminal", pm->h_mm, NULL, FALSE,
                                    STENCIL_SIDE_RIGHT, b.y0, b.x1, b.y1, b.x1);
    }
  for (guint c = 0; c < result->n_classes; c++)
    {
      const StencilClassResult *cr = &result->classes[c];
      const StencilPad *pad = NULL;
      g_autofree char *name = NULL;
      StencilBox b;

      if (cr->pad_class == STENCIL_PAD_CLASS_TERMINAL && bottom->len > 0)
        pad = g_ptr_array_index (bottom, bottom->len - 1);
      else if (cr->pad_class == STENCIL_PAD_CLASS_TERMINAL && top->len > 0)
        pad = g_ptr_array_index (top, top->len - 1);
      else if (cr->pad_class == STENCIL_PAD_CLASS_SOLDERING && soldering->len > 0)
        pad = g_ptr_array_index (soldering, soldering->len - 1);
      if (pad == NULL)
        continue;
      b = stencil_aperture_box (pad, &cr->aperture);
      name = g_strdup_printf ("aperture-h/%s", stencil_pad_class_to_string (cr->pad_class));
      stencil_dimension_layout_add (layout, name, cr->aperture.h_mm, NULL, TRUE,
                                    STENCIL_SIDE_RIGHT, b.y0, b.x1, b.y1, b.x1);
    }
}

void
stencil_part_view_build (StencilScene  *scene,
                         StencilResult *result,
                         double         u)
{
  const StencilPattern *pattern = result->pattern;
  g_autoptr(GPtrArray) top = g_ptr_array_new ();
  g_autoptr(GPtrArray) bottom = g_ptr_array_new ();
  g_autoptr(GPtrArray) soldering = g_ptr_array_new ();
  g_autoptr(StencilDimensionLayout) layout = NULL;
  PartRows rows = { result, pattern, top, bottom, soldering, { 0, 0, 0, 0 } };

  g_return_if_fail (result->apertures->len == pattern->pads->len);

  stencil_part_view_sort_pads (pattern, top, bottom, soldering);
  add_lands (scene, &rows, u);
  add_outline_and_marks (scene, &rows, u);

  /* Dimension lanes start outside the lands and the body alike; the sides in the order of
   * their priority. */
  layout = stencil_dimension_layout_new (u, MIN (rows.ext.y0, -pattern->body_h_mm / 2),
                                         MAX (rows.ext.y1, pattern->body_h_mm / 2),
                                         MIN (rows.ext.x0, -pattern->body_w_mm / 2),
                                         MAX (rows.ext.x1, pattern->body_w_mm / 2));
  request_top (layout, &rows);
  request_bottom (layout, &rows);
  request_left (layout, &rows);
  request_right (layout, &rows);
  stencil_dimension_layout_draw (layout, scene);
}

StencilScene *
stencil_scene_new_part_view_for_text (StencilResult *result,
                                      double         text_mm)
{
  StencilScene *scene;
  double x0, y0, x1, y1;

  g_return_val_if_fail (result != NULL, NULL);

  scene = stencil_scene_new (0, 0);
  stencil_part_view_build (scene, result, CLAMP (text_mm, 0.005, 50.0));
  stencil_scene_get_extents (scene, &x0, &y0, &x1, &y1);
  stencil_scene_set_size (scene, x1 - x0, y1 - y0);
  return scene;
}

StencilScene *
stencil_scene_new_part_view (StencilResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);

  return stencil_scene_new_part_view_for_text (result, part_view_unit (result->pattern));
}

double
stencil_scene_part_view_text_size (StencilResult *result)
{
  g_return_val_if_fail (result != NULL, 0);

  return part_view_unit (result->pattern);
}

/* ---- On a screen: a view fitted to an area, text readable in pixels -------------------- */

/* A fitted view fills this share of the area. */
#define FIT_MARGIN     0.92
/* Zoomed out, the text grows in mm; past a point the dimension layout can no longer keep the
 * values apart: from about 1.25 times the part view's own text size for the 80-contact headers,
 * 1.6 for the small parts (checked over every catalog part). Beyond this the text shrinks with
 * the view; stencil_scene_new_part_view_readable () guards the families a user adds. */
#define TEXT_MAX_RATIO 1.2

void
stencil_viewport_fit (StencilScene    *scene,
                      double           width_px,
                      double           height_px,
                      StencilViewport *out_viewport)
{
  double x0, y0, x1, y1;
  double w_mm, h_mm;

  g_return_if_fail (scene != NULL);
  g_return_if_fail (out_viewport != NULL);

  stencil_scene_get_extents (scene, &x0, &y0, &x1, &y1);
  w_mm = MAX (x1 - x0, 1e-3);
  h_mm = MAX (y1 - y0, 1e-3);
  out_viewport->scale = CLAMP (MIN (width_px / w_mm, height_px / h_mm) * FIT_MARGIN,
                               STENCIL_VIEWPORT_SCALE_MIN, STENCIL_VIEWPORT_SCALE_MAX);
  out_viewport->centre_x_mm = (x0 + x1) / 2.0;
  out_viewport->centre_y_mm = (y0 + y1) / 2.0;
}

double
stencil_scene_part_view_text_for_scale (StencilResult *result,
                                        double         text_px,
                                        double         scale)
{
  double max_mm;

  g_return_val_if_fail (result != NULL, 0);

  max_mm = TEXT_MAX_RATIO * part_view_unit (result->pattern);
  return MIN (text_px / MAX (scale, 1e-6), max_mm);
}

/* Whether the values of two dimensions touch each other or another dimension's line. */
static gboolean
has_crowded_values (StencilScene *scene)
{
  guint n = stencil_scene_get_n_dimensions (scene);

  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < n; j++)
      {
        const StencilDimension *a = stencil_scene_get_dimension (scene, i);
        const StencilDimension *b = stencil_scene_get_dimension (scene, j);
        const double a_text[4] = { a->text_x0, a->text_y0, a->text_x1, a->text_y1 };
        const double b_text[4] = { b->text_x0, b->text_y0, b->text_x1, b->text_y1 };
        const double b_line[4] = { b->line_x0, b->line_y0, b->line_x1, b->line_y1 };

        if (i == j)
          continue;
        if (stencil_boxes_overlap (a_text, b_text, 0) ||
            stencil_boxes_overlap (a_text, b_line, 0))
          return TRUE;
      }
  return FALSE;
}

/* A scene takes some 30 us to build, so a few tries cost nothing next to a frame. */
StencilScene *
stencil_scene_new_part_view_readable (StencilResult *result,
                                      double         text_mm)
{
  double floor_mm;
  StencilScene *scene;

  g_return_val_if_fail (result != NULL, NULL);

  floor_mm = part_view_unit (result->pattern);
  scene = stencil_scene_new_part_view_for_text (result, text_mm);
  while (text_mm > floor_mm && has_crowded_values (scene))
    {
      stencil_scene_unref (scene);
      text_mm = MAX (text_mm * 0.92, floor_mm);
      scene = stencil_scene_new_part_view_for_text (result, text_mm);
    }
  return scene;
}

/* Fitting changes the scale, and the scale the text size, and the text the extents: a few
 * rounds settle it, as the lanes grow more slowly than the pattern's share of the view. Always
 * from the same start, so that a size gives one view. */
StencilScene *
stencil_scene_new_part_view_fitted (StencilResult   *result,
                                    double           text_px,
                                    double           width_px,
                                    double           height_px,
                                    StencilViewport *out_viewport,
                                    double          *out_text_mm)
{
  double text_mm;
  StencilScene *scene;

  g_return_val_if_fail (result != NULL, NULL);
  g_return_val_if_fail (out_viewport != NULL, NULL);

  text_mm = part_view_unit (result->pattern);
  scene = stencil_scene_new_part_view_readable (result, text_mm);
  for (guint round = 0; round < 8; round++)
    {
      double wanted;

      stencil_viewport_fit (scene, width_px, height_px, out_viewport);
      wanted = stencil_scene_part_view_text_for_scale (result, text_px, out_viewport->scale);
      if (text_mm >= wanted && text_mm / wanted < 1.02)
        break;
      stencil_scene_unref (scene);
      /* A hair over, so that the rounds settle with the text at least as large as wanted. */
      text_mm = wanted * 1.005;
      scene = stencil_scene_new_part_view_readable (result, text_mm);
    }
  /* The view of the scene that is returned, whether the rounds settled or not. */
  stencil_viewport_fit (scene, width_px, height_px, out_viewport);
  if (out_text_mm != NULL)
    *out_text_mm = text_mm;
  return scene;
}
