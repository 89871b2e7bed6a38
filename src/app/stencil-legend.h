/* SPDX-License-Identifier: GPL-3.0-or-later */
/* StencilLegend: the key of the canvas colours. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define STENCIL_TYPE_LEGEND (stencil_legend_get_type ())
G_DECLARE_FINAL_TYPE (StencilLegend, stencil_legend, STENCIL, LEGEND, GtkWidget)

/* The key of the canvas colours: swatches drawn by the same renderer as the canvas, each with
 * its words, so that the status never depends on colour alone. */
GtkWidget *stencil_legend_new      (void);
void       stencil_legend_set_dark (StencilLegend *self,
                                    gboolean       dark);

G_END_DECLS
