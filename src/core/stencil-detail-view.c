/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Detail A of a sheet: the pin-1 corner of the part view again, enlarged, with the sizes of the
 * lands in it, under the main view that marks where it is. */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "stencil-detail-view-private.h"
#include "stencil-dimension-layout-private.h"
#include "stencil-part-view-private.h"
#include "stencil-scene-private.h"

/* Long parts leave the page's view area half empty at their small scale, and the 0.4 mm pitch
 * details are then small: the pin-1 corner is drawn again, enlarged, with its sizes repeated. */

#define DETAIL_N_PADS     4      /* terminals of the upper row shown in the detail */
#define DETAIL_MARGIN     0.25   /* mm (part): around the body corner and the lands */
#define DETAIL_HEADING    3.2    /* heading text (em), mm on paper */
#define DETAIL_GAP        4.0    /* mm on paper: least room above, between and below the views */
#define DETAIL_LINE       0.25   /* frame of the detail and its mark in the main view */
#define DETAIL_CORNER     1.5    /* their corner radius, mm on paper */
#define DETAIL_LETTER     3.5    /* the letter A, mm on paper */
#define DETAIL_LETTER_TEXT "A"

/* The part of the pattern the detail shows, in part coordinates (y down): the body corner left
 * of pin 1, the first terminals of the upper row, the soldering terminal beside them. The right
 * edge runs through the gap after the last terminal shown, so that no land is cut there. */
static gboolean
detail_window (const StencilPattern *pattern,
               double                margin,
               gboolean              compact,
               StencilBox           *window)
{
  g_autoptr(GPtrArray) top = g_ptr_array_new ();
  g_autoptr(GPtrArray) bottom = g_ptr_array_new ();
  g_autoptr(GPtrArray) soldering = g_ptr_array_new ();
  const StencilPad *first, *last;
  guint n;
  StencilBox w;

  stencil_part_view_sort_pads (pattern, top, bottom, soldering);
  if (top->len < DETAIL_N_PADS + 1)
    return FALSE;
  n = DETAIL_N_PADS;
  first = g_ptr_array_index (top, 0);
  last = g_ptr_array_index (top, n - 1);

  w.x1 = (last->x_mm + ((const StencilPad *) g_ptr_array_index (top, n))->x_mm) / 2;
  w.x0 = MIN (-pattern->body_w_mm / 2, stencil_pad_box (first).x0);
  w.y0 = MIN (-pattern->body_h_mm / 2, stencil_pad_box (first).y0);
  w.y1 = stencil_pad_box (first).y1;
  for (guint i = 0; i < soldering->len; i++)
    {
      const StencilPad *s = g_ptr_array_index (soldering, i);
      StencilBox b = stencil_pad_box (s);

      /* Compact: only the upper part of the soldering land, which keeps its width. */
      if (b.x1 < w.x1)
        {
          w.x0 = MIN (w.x0, b.x0);
          w.y0 = MIN (w.y0, b.y0);
          w.y1 = MAX (w.y1, compact ? b.y0 + 0.25 * (b.y1 - b.y0) : b.y1);
        }
    }
  w.x0 -= margin;
  w.y0 -= margin;
  w.y1 += margin;
  /* Stop short of the lower row: its lands would only be cut. */
  if (bottom->len > 0)
    w.y1 = MIN (w.y1, stencil_pad_box (g_ptr_array_index (bottom, 0)).y0 - margin / 2);
  if (w.y1 <= w.y0 || w.x1 <= w.x0)
    return FALSE;
  *window = w;
  return TRUE;
}

/* Liang-Barsky: the part of the segment inside w, FALSE when none. */
static gboolean
clip_segment (const StencilBox *w,
              double           *x0,
              double           *y0,
              double           *x1,
              double           *y1)
{
  double dx = *x1 - *x0, dy = *y1 - *y0;
  double p[4] = { -dx, dx, -dy, dy };
  double q[4] = { *x0 - w->x0, w->x1 - *x0, *y0 - w->y0, w->y1 - *y0 };
  double t0 = 0, t1 = 1;

  for (guint k = 0; k < 4; k++)
    {
      if (fabs (p[k]) < 1e-12)
        {
          if (q[k] < 0)
            return FALSE;
          continue;
        }
      if (p[k] < 0)
        t0 = MAX (t0, q[k] / p[k]);
      else
        t1 = MIN (t1, q[k] / p[k]);
    }
  if (t0 >= t1)
    return FALSE;
  *x1 = *x0 + t1 * dx;
  *y1 = *y0 + t1 * dy;
  *x0 += t0 * dx;
  *y0 += t0 * dy;
  return TRUE;
}

static void
add_clipped_line (StencilScene           *scene,
                  const StencilPrimitive *p,
                  const StencilBox       *w,
                  double                  x0,
                  double                  y0,
                  double                  x1,
                  double                  y1)
{
  StencilPrimitive *q;

  if (!clip_segment (w, &x0, &y0, &x1, &y1))
    return;
  q = stencil_scene_add_line (scene, p->layer, p->style, p->line_width_mm, x0, y0, x1, y1);
  q->flags |= p->flags & STENCIL_PRIMITIVE_DASHED;
}

/* Copies the primitives of a part view that show the part (not its dimensions) into scene, cut
 * to the window: a land cut by the window keeps its fill and the outline of its uncut edges,
 * the dashed body outline becomes its edges' pieces, text and marks only come whole. */
static void
append_clipped (StencilScene     *scene,
                StencilScene     *view,
                const StencilBox *w)
{
  guint n = stencil_scene_get_n_primitives (view);

  for (guint i = 0; i < n; i++)
    {
      const StencilPrimitive *p = stencil_scene_get_primitive (view, i);
      double x0, y0, x1, y1;

      if (p->layer == STENCIL_LAYER_DIMENSIONS)
        continue;
      stencil_primitive_get_bounds (p, &x0, &y0, &x1, &y1);
      if (x0 >= w->x0 && y0 >= w->y0 && x1 <= w->x1 && y1 <= w->y1)
        {
          stencil_scene_add_copy (scene, p);
          continue;
        }
      if (p->kind == STENCIL_PRIMITIVE_LINE)
        add_clipped_line (scene, p, w, p->x0, p->y0, p->x1, p->y1);
      else if (p->kind == STENCIL_PRIMITIVE_RECT)
        {
          StencilBox c = { MAX (p->x0, w->x0), MAX (p->y0, w->y0),
                    MIN (p->x1, w->x1), MIN (p->y1, w->y1) };
          const double edges[4][4] = { { p->x0, p->y0, p->x1, p->y0 },
                                       { p->x1, p->y0, p->x1, p->y1 },
                                       { p->x1, p->y1, p->x0, p->y1 },
                                       { p->x0, p->y1, p->x0, p->y0 } };

          if (c.x0 >= c.x1 || c.y0 >= c.y1)
            continue;
          if (p->flags & STENCIL_PRIMITIVE_FILL)
            stencil_scene_add_rect (scene, p->layer, p->style, STENCIL_PRIMITIVE_FILL, 0,
                                    c.x0, c.y0, c.x1, c.y1, 0);
          if (p->flags & STENCIL_PRIMITIVE_STROKE)
            for (guint k = 0; k < 4; k++)
              add_clipped_line (scene, p, w, edges[k][0], edges[k][1], edges[k][2],
                                edges[k][3]);
        }
      /* Polylines (the arrowheads and marks) and text cut in two are left out. */
    }
}

/* The detail at text size u (part mm): the clipped part view, a frame on the window, and the
 * pitch, land and aperture sizes of the lands in it, laid out around the frame like the part
 * view's. Part coordinates. */
static StencilScene *
build_detail (StencilResult    *result,
              const StencilBox *w,
              double            u,
              double            paper_scale)
{
  const StencilPattern *pattern = result->pattern;
  g_autoptr(GPtrArray) top = g_ptr_array_new ();
  g_autoptr(GPtrArray) bottom = g_ptr_array_new ();
  g_autoptr(GPtrArray) soldering = g_ptr_array_new ();
  g_autoptr(StencilScene) view = stencil_scene_new (0, 0);
  StencilScene *scene = stencil_scene_new (0, 0);
  const StencilPad *s1 = NULL;
  gboolean s1_whole = FALSE;
  g_autoptr(StencilDimensionLayout) layout = NULL;

  stencil_part_view_build (view, result, u);
  append_clipped (scene, view, w);
  stencil_scene_add_rect (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_TEXT,
                          STENCIL_PRIMITIVE_STROKE, DETAIL_LINE / paper_scale,
                          w->x0, w->y0, w->x1, w->y1, DETAIL_CORNER / paper_scale);

  stencil_part_view_sort_pads (pattern, top, bottom, soldering);
  for (guint i = 0; i < soldering->len; i++)
    {
      const StencilPad *s = g_ptr_array_index (soldering, i);
      StencilBox b = stencil_pad_box (s);

      if (b.x0 >= w->x0 && b.x1 <= w->x1 && b.y0 >= w->y0 && b.y0 < w->y1)
        {
          s1 = s;
          s1_whole = b.y1 <= w->y1;
          break;
        }
    }

  layout = stencil_dimension_layout_new (u, w->y0, w->y1, w->x0, w->x1);

  /* Above: pitch and the land's width; the aperture's width too, on the next land. The
   * last land shown carries the lengths, on the right. */
  {
    const StencilPad *p1 = g_ptr_array_index (top, 0);
    const StencilPad *p2 = g_ptr_array_index (top, 1);
    const StencilPad *pw = g_ptr_array_index (top, 1);
    const StencilPad *pa = g_ptr_array_index (top, DETAIL_N_PADS - 2);
    const StencilPad *pl = g_ptr_array_index (top, DETAIL_N_PADS - 1);
    StencilBox bw = stencil_pad_box (pw), bl = stencil_pad_box (pl);

    stencil_dimension_layout_add (layout, "detail/pitch", p2->x_mm - p1->x_mm, NULL, FALSE,
                                  STENCIL_SIDE_TOP, p1->x_mm, stencil_pad_box (p1).y0,
                                  p2->x_mm, stencil_pad_box (p2).y0);
    stencil_dimension_layout_add (layout, "detail/pad-w/terminal", pw->w_mm, NULL, FALSE,
                                  STENCIL_SIDE_TOP, bw.x0, bw.y0, bw.x1, bw.y0);
    stencil_dimension_layout_add (layout, "detail/pad-h/terminal", pl->h_mm, NULL, FALSE,
                                  STENCIL_SIDE_RIGHT, bl.y0, bl.x1, bl.y1, bl.x1);
    for (guint c = 0; c < result->n_classes; c++)
      {
        const StencilClassResult *cr = &result->classes[c];
        StencilBox b;

        if (cr->pad_class != STENCIL_PAD_CLASS_TERMINAL || cr->aperture.w_mm <= 0)
          continue;
        b = stencil_aperture_box (pa, &cr->aperture);
        stencil_dimension_layout_add (layout, "detail/aperture-w/terminal", cr->aperture.w_mm,
                                      NULL, TRUE, STENCIL_SIDE_TOP, b.x0, b.y0, b.x1, b.y0);
        b = stencil_aperture_box (pl, &cr->aperture);
        stencil_dimension_layout_add (layout, "detail/aperture-h/terminal", cr->aperture.h_mm,
                                      NULL, TRUE, STENCIL_SIDE_RIGHT, b.y0, b.x1, b.y1, b.x1);
      }
  }
  /* The soldering land: its width below it, its length on the left; a land cut by a compact
   * window has only its width, above. */
  if (s1 != NULL)
    {
      StencilBox b = stencil_pad_box (s1);
      StencilSide side = s1_whole ? STENCIL_SIDE_BOTTOM : STENCIL_SIDE_TOP;
      double edge = s1_whole ? b.y1 : b.y0;

      stencil_dimension_layout_add (layout, "detail/pad-w/soldering", s1->w_mm, NULL, FALSE, side,
                                    b.x0, edge, b.x1, edge);
      if (s1_whole)
        stencil_dimension_layout_add (layout, "detail/pad-h/soldering", s1->h_mm, NULL, FALSE,
                                      STENCIL_SIDE_LEFT, b.y0, b.x0, b.y1, b.x0);
      for (guint c = 0; c < result->n_classes; c++)
        {
          const StencilClassResult *cr = &result->classes[c];

          if (cr->pad_class != STENCIL_PAD_CLASS_SOLDERING || cr->aperture.w_mm <= 0)
            continue;
          b = stencil_aperture_box (s1, &cr->aperture);
          if (!s1_whole && b.y0 >= w->y1)
            continue;
          edge = s1_whole ? b.y1 : b.y0;
          stencil_dimension_layout_add (layout, "detail/aperture-w/soldering", cr->aperture.w_mm,
                                        NULL, TRUE, side, b.x0, edge, b.x1, edge);
          if (s1_whole)
            stencil_dimension_layout_add (layout, "detail/aperture-h/soldering", cr->aperture.h_mm,
                                          NULL, TRUE, STENCIL_SIDE_LEFT, b.y0, b.x0, b.y1, b.x0);
        }
    }

  stencil_dimension_layout_draw (layout, scene);
  return scene;
}

static gboolean
box_is_free (StencilScene     *scene,
             const StencilBox *b,
             double            margin)
{
  const double a[4] = { b->x0, b->y0, b->x1, b->y1 };

  for (guint i = 0; i < stencil_scene_get_n_primitives (scene); i++)
    {
      const StencilPrimitive *p = stencil_scene_get_primitive (scene, i);
      double q[4];

      if (p->kind != STENCIL_PRIMITIVE_TEXT && p->layer != STENCIL_LAYER_PADS &&
          p->layer != STENCIL_LAYER_APERTURES && p->layer != STENCIL_LAYER_DIMENSIONS)
        continue;
      stencil_primitive_get_bounds (p, &q[0], &q[1], &q[2], &q[3]);
      if (stencil_boxes_overlap (a, q, margin))
        return FALSE;
    }
  for (guint i = 0; i < stencil_scene_get_n_dimensions (scene); i++)
    {
      const StencilDimension *d = stencil_scene_get_dimension (scene, i);
      const double q[4] = { d->x0, d->y0, d->x1, d->y1 };

      if (stencil_boxes_overlap (a, q, margin))
        return FALSE;
    }
  return TRUE;
}

/* Where the letter of the detail's mark goes in the main view: beside one of the mark's corners,
 * inside area, touching no value, dimension or land. FALSE when there is no such place. */
static gboolean
find_mark_letter (StencilScene     *view,
                  const StencilBox *mark,
                  const StencilBox *area,
                  double           *x,
                  double           *y)
{
  double lw = stencil_scene_text_width (DETAIL_LETTER_TEXT, DETAIL_LETTER, TRUE);
  double asc = STENCIL_TEXT_ASCENT * DETAIL_LETTER;
  double g = 1.0;
  /* Baseline starts: left of the left corners, above and below them, then the right ones. */
  const double candidates[][2] = {
    { mark->x0 - g - lw, mark->y0 + asc },
    { mark->x0 - g - lw, mark->y1 },
    { mark->x0 - g - lw, mark->y0 - g },
    { mark->x0 - g - lw, mark->y1 + g + asc },
    { mark->x0, mark->y0 - g },
    { mark->x0, mark->y1 + g + asc },
    { mark->x1 + g, mark->y1 + g + asc },
    { mark->x1 + g, mark->y1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      StencilBox b = { candidates[i][0], candidates[i][1] - asc,
                candidates[i][0] + lw, candidates[i][1] + STENCIL_TEXT_DESCENT * DETAIL_LETTER };

      if (b.x0 >= area->x0 && b.x1 <= area->x1 && b.y0 >= area->y0 && b.y1 <= area->y1 &&
          box_is_free (view, &b, 0.5))
        {
          *x = candidates[i][0];
          *y = candidates[i][1];
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
stencil_detail_view_add (StencilScene  *scene,
                         StencilResult *result,
                         StencilScene  *view,
                         double         scale,
                         double         text_mm,
                         double         area_x0,
                         double         area_y0,
                         double         area_x1,
                         double         area_y1)
{
  const double detail_scales[] = { 50, 40, 30, 25, 20 };
  g_autoptr(StencilScene) detail = NULL;
  g_autoptr(StencilScene) placed = NULL;
  g_autofree char *number = NULL;
  g_autofree char *heading = NULL;
  double ex0, ey0, ex1, ey1, dx0, dy0, dx1, dy1;
  double view_h, gap = 0, detail_scale = 0, margin, top, mx, my, letter_x, letter_y;
  double heading_h = DETAIL_HEADING + 2.0;
  StencilBox window, mark, mark_area;

  stencil_scene_get_extents (view, &ex0, &ey0, &ex1, &ey1);
  view_h = (ey1 - ey0) * scale;
  /* The window's margin stays inside the main view's first dimension lane. */
  margin = MIN (DETAIL_MARGIN, 0.7 * STENCIL_DIMENSION_LANE_FIRST * text_mm / scale);

  /* The largest scale that fits: the 0.4 mm features are what the detail is for. At one scale
   * the whole soldering land, if it fits, else the compact window. */
  for (guint k = 0; k < 2 * G_N_ELEMENTS (detail_scales) && detail == NULL; k++)
    {
      guint i = k / 2;
      gboolean compact = k % 2 == 1;
      g_autoptr(StencilScene) candidate = NULL;
      double free_h;

      if (detail_scales[i] < 2 * scale || !detail_window (result->pattern, margin, compact,
                                                          &window))
        continue;
      candidate = build_detail (result, &window, text_mm / detail_scales[i],
                                detail_scales[i]);
      stencil_scene_get_extents (candidate, &dx0, &dy0, &dx1, &dy1);
      free_h = area_y1 - area_y0 - view_h - heading_h - (dy1 - dy0) * detail_scales[i];
      if ((dx1 - dx0) * detail_scales[i] <= area_x1 - area_x0 && free_h >= 3 * DETAIL_GAP)
        {
          detail = g_steal_pointer (&candidate);
          detail_scale = detail_scales[i];
          gap = free_h / 3;
        }
    }
  if (detail == NULL)
    return FALSE;

  /* The main view and its mark, placed on their own first: the letter needs a free place. */
  mx = (area_x0 + area_x1) / 2 - scale * (ex0 + ex1) / 2;
  my = area_y0 + gap - scale * ey0;
  placed = stencil_scene_new (0, 0);
  stencil_scene_append_scaled (placed, view, scale, mx, my);
  mark.x0 = mx + scale * window.x0;
  mark.y0 = my + scale * window.y0;
  mark.x1 = mx + scale * window.x1;
  mark.y1 = my + scale * window.y1;
  mark_area.x0 = area_x0;
  mark_area.y0 = area_y0;
  mark_area.x1 = area_x1;
  mark_area.y1 = area_y0 + gap + view_h + gap / 2;
  if (!find_mark_letter (placed, &mark, &mark_area, &letter_x, &letter_y))
    return FALSE;

  stencil_scene_append_scaled (scene, placed, 1, 0, 0);
  stencil_scene_add_rect (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_TEXT,
                          STENCIL_PRIMITIVE_STROKE, DETAIL_LINE, mark.x0, mark.y0, mark.x1,
                          mark.y1, DETAIL_CORNER);
  stencil_scene_add_text (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_TITLE, letter_x, letter_y,
                          STENCIL_ANCHOR_LEFT, DETAIL_LETTER, TRUE, DETAIL_LETTER_TEXT);

  top = area_y0 + gap + view_h + gap;
  number = stencil_format_number (detail_scale, 1);
  /* TRANSLATORS: the heading of the enlarged view of the pin-1 corner, "Detail A (scale 30:1)";
   * "A" is the letter beside its mark in the main view. */
  heading = g_strdup_printf (_("Detail A (scale %s:1)"), number);
  stencil_scene_add_text (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_TITLE,
                          (area_x0 + area_x1) / 2, top + DETAIL_HEADING * STENCIL_TEXT_ASCENT,
                          STENCIL_ANCHOR_CENTER, DETAIL_HEADING, TRUE, heading);
  stencil_scene_get_extents (detail, &dx0, &dy0, &dx1, &dy1);
  mx = (area_x0 + area_x1) / 2 - detail_scale * (dx0 + dx1) / 2;
  my = top + heading_h - detail_scale * dy0;
  stencil_scene_append_scaled (scene, detail, detail_scale, mx, my);
  stencil_scene_set_detail (scene, detail_scale,
                            mx + detail_scale * window.x0, my + detail_scale * window.y0,
                            mx + detail_scale * window.x1, my + detail_scale * window.y1);
  return TRUE;
}

