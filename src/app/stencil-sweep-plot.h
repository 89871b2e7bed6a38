/* SPDX-License-Identifier: GPL-3.0-or-later */
/* StencilSweepPlot: the widget that shows the engine's thickness sweep of a design and sets
 * the design's thickness where the user clicks. */
#pragma once

#include <gtk/gtk.h>

#include "stencil-design.h"
#include "stencil-scene.h"

G_BEGIN_DECLS

#define STENCIL_TYPE_SWEEP_PLOT (stencil_sweep_plot_get_type ())
G_DECLARE_FINAL_TYPE (StencilSweepPlot, stencil_sweep_plot, STENCIL, SWEEP_PLOT, GtkWidget)

/* Draws stencil_sweep_view_new () of the design's sweep (stencil_design_get_sweep ()), the
 * cursor at the design's thickness; a click or Left/Right sets the design's thickness. */
GtkWidget     *stencil_sweep_plot_new           (void);
StencilDesign *stencil_sweep_plot_get_design    (StencilSweepPlot *self);
void           stencil_sweep_plot_set_design    (StencilSweepPlot *self,
                                                 StencilDesign    *design);
gboolean       stencil_sweep_plot_get_dark      (StencilSweepPlot *self);
void           stencil_sweep_plot_set_dark      (StencilSweepPlot *self,
                                                 gboolean          dark);
/* The thickness under a widget point (whole um), FALSE where there is no plot. */
gboolean       stencil_sweep_plot_thickness_at  (StencilSweepPlot *self,
                                                 double            x,
                                                 double            y,
                                                 double           *out_thickness_um);
/* What a click at a widget point does: sets the design's thickness there; FALSE when the point
 * is not over the plot. */
gboolean       stencil_sweep_plot_click         (StencilSweepPlot *self,
                                                 double            x,
                                                 double            y);
/* The scene drawn now (built for the widget's size when needed), or NULL. */
StencilScene  *stencil_sweep_plot_get_scene     (StencilSweepPlot *self);

G_END_DECLS
