/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The part view (stencil-part-view.c): the top view of one part's lands and apertures with its
 * dimensions, as a scene; at a text size, or fitted to a screen area with readable text. */
#pragma once

#include "stencil-aperture.h"
#include "stencil-scene.h"

G_BEGIN_DECLS

/* The top view of the land pattern: pads, apertures inside them (style by status), dashed body
 * outline, pin-1 mark, pin numbers at the row ends, dimensions in lanes outside the pattern.
 * Origin at the pattern centre; the model's y is flipped so pin 1 is top left. */
StencilScene *stencil_scene_new_part_view            (StencilResult *result);
/* The same view with its text at text_mm (em) instead of a size taken from the part's extents;
 * the arrowheads, line widths and dimension lanes are laid out for that text. A screen view
 * asks for text_mm = wanted pixels / its pixels per mm, so that the text keeps its size in
 * pixels at any zoom. text_mm is clamped to a sane range (0.005 .. 50 mm). */
StencilScene *stencil_scene_new_part_view_for_text   (StencilResult *result,
                                                      double         text_mm);
/* The text size stencil_scene_new_part_view () uses for this result. */
double        stencil_scene_part_view_text_size      (StencilResult *result);

/* The style an aperture of that status is drawn in (the sheet's table shows it too). */
StencilStyle  stencil_status_style                   (StencilStatus status);

/* What the part view's colours and marks mean: one list for the drawing sheet's legend and the
 * window's. msgid is the untranslated text (stencil_legend_item_get_label () gives it in the
 * user's language); swatch says whether it is shown with a sample of its style (the two
 * dimension styles are shown as coloured text). */
typedef struct
{
  StencilStyle  style;
  const char   *msgid;
  gboolean      swatch;
} StencilLegendItem;

const StencilLegendItem *stencil_part_view_legend      (guint                   *n_items);
const char              *stencil_legend_item_get_label (const StencilLegendItem *item);

/* A scene on a screen: pixels per mm, and the scene point at the centre of the area. */
typedef struct
{
  double scale;
  double centre_x_mm;
  double centre_y_mm;
} StencilViewport;

/* The range of StencilViewport.scale, px per mm: a zoom stays within it too. */
#define STENCIL_VIEWPORT_SCALE_MIN 2.0
#define STENCIL_VIEWPORT_SCALE_MAX 2000.0

/* The viewport that shows the whole scene in width_px x height_px with a margin. */
void          stencil_viewport_fit                   (StencilScene    *scene,
                                                      double           width_px,
                                                      double           height_px,
                                                      StencilViewport *out_viewport);

/* The text size (mm) that shows as text_px at scale px per mm, within what the dimension layout
 * of this part can keep apart (1.2 times stencil_scene_part_view_text_size ()). */
double        stencil_scene_part_view_text_for_scale (StencilResult *result,
                                                      double         text_px,
                                                      double         scale);
/* The part view with its text at text_mm, or smaller where the values would touch each other
 * or a dimension line (never below stencil_scene_part_view_text_size ()). */
StencilScene *stencil_scene_new_part_view_readable   (StencilResult *result,
                                                      double         text_mm);
/* The part view that fills width_px x height_px with its text at text_px (or as near as the
 * layout allows), and the viewport that shows it there: a few rounds of text size and fit.
 * out_text_mm (may be NULL): the text size asked of stencil_scene_new_part_view_readable (). */
StencilScene *stencil_scene_new_part_view_fitted     (StencilResult   *result,
                                                      double           text_px,
                                                      double           width_px,
                                                      double           height_px,
                                                      StencilViewport *out_viewport,
                                                      double          *out_text_mm);

G_END_DECLS
