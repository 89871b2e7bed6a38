/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The canvas's view and painting without a widget, for tests and bench/bench-canvas.c. */
#pragma once

#include <cairo.h>

#include "stencil-part-view.h"
#include "stencil-render-cairo.h"

G_BEGIN_DECLS

/* What the canvas does in snapshot, without a widget (used by bench/bench-canvas.c). */
void stencil_canvas_paint (cairo_t                    *cr,
                           StencilScene               *scene,
                           const StencilRenderOptions *options,
                           const StencilViewport      *view,
                           double                      width,
                           double                      height);

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
