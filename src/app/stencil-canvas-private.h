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

/* The canvas's rule after a zoom to scale: the text size wanted there (out_wanted_mm) and
 * whether the scene made for text_mm may stay (FALSE: the canvas builds a new one). For
 * bench/bench-canvas-zoom.c. */
gboolean stencil_canvas_scene_fits_zoom (StencilResult *result,
                                         double         text_px,
                                         double         scale,
                                         double         text_mm,
                                         double        *out_wanted_mm);

/* The zoom factor of one step (a key press or a wheel notch). */
#define STENCIL_CANVAS_ZOOM_STEP 1.25

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
