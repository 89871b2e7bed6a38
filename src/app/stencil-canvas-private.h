/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The canvas's view and painting without a widget, for tests and bench/bench-canvas.c. */
#pragma once

#include <cairo.h>

#include "stencil-render-cairo.h"
#include "stencil-scene.h"

G_BEGIN_DECLS

/* The view of a scene: pixels per mm and the scene point at the centre of the widget. */
typedef struct
{
  double scale;
  double centre_x_mm;
  double centre_y_mm;
} StencilCanvasView;

/* The view that shows the whole scene with a margin. */
void stencil_canvas_view_fit (StencilScene      *scene,
                              double             width,
                              double             height,
                              StencilCanvasView *out_view);
/* What the canvas does in snapshot, without a widget (used by bench/bench-canvas.c). */
void stencil_canvas_paint    (cairo_t                    *cr,
                              StencilScene               *scene,
                              const StencilRenderOptions *options,
                              const StencilCanvasView    *view,
                              double                      width,
                              double                      height);

/* The scene and view that show the whole part view in width x height px with its text at
 * text_px; out_text_mm: the scene's text size. Returns a new reference. */
StencilScene *stencil_canvas_fit_scene   (StencilResult     *result,
                                          double             text_px,
                                          double             width,
                                          double             height,
                                          StencilCanvasView *out_view,
                                          double            *out_text_mm);

typedef struct _StencilCanvas StencilCanvas;

/* The scene the canvas draws now (for tests). */
StencilScene *stencil_canvas_get_scene (StencilCanvas *self);

/* Where a point of the part view (mm) is on the widget, for tests. */
void stencil_canvas_scene_to_widget (StencilCanvas *self,
                                     double         x_mm,
                                     double         y_mm,
                                     double        *out_x,
                                     double        *out_y);

G_END_DECLS
