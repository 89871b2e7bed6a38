/* SPDX-License-Identifier: GPL-3.0-or-later */
/* StencilCanvas: the widget that shows the engine's drawing of a result. */
#pragma once

#include <gtk/gtk.h>

#include "stencil-aperture.h"

G_BEGIN_DECLS

#define STENCIL_TYPE_CANVAS (stencil_canvas_get_type ())
G_DECLARE_FINAL_TYPE (StencilCanvas, stencil_canvas, STENCIL, CANVAS, GtkWidget)

/* Shows the engine's part view (stencil_scene_new_part_view) of a result, drawn by
 * stencil_render_cairo: zoom, pan, layer toggles and a tooltip per pad. */
GtkWidget     *stencil_canvas_new         (void);
StencilResult *stencil_canvas_get_result  (StencilCanvas *self);
void           stencil_canvas_set_result  (StencilCanvas *self,
                                           StencilResult *result);
guint          stencil_canvas_get_layers  (StencilCanvas *self);
void           stencil_canvas_set_layers  (StencilCanvas *self,
                                           guint          layers);
gboolean       stencil_canvas_get_dark    (StencilCanvas *self);
void           stencil_canvas_set_dark    (StencilCanvas *self,
                                           gboolean       dark);
/* Pixels per millimetre. */
double         stencil_canvas_get_zoom    (StencilCanvas *self);
void           stencil_canvas_zoom_in     (StencilCanvas *self);
void           stencil_canvas_zoom_out    (StencilCanvas *self);
void           stencil_canvas_zoom_fit    (StencilCanvas *self);
/* The tooltip text of the pad under a widget point, or NULL. */
char          *stencil_canvas_describe_at (StencilCanvas *self,
                                           double         x,
                                           double         y);

G_END_DECLS
