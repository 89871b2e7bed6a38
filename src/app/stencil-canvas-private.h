/* SPDX-License-Identifier: GPL-3.0-or-later */
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

typedef struct _StencilCanvas StencilCanvas;

/* Where a point of the part view (mm) is on the widget, for tests. */
void stencil_canvas_scene_to_widget (StencilCanvas *self,
                                     double         x_mm,
                                     double         y_mm,
                                     double        *out_x,
                                     double        *out_y);

G_END_DECLS
