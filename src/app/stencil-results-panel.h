/* SPDX-License-Identifier: GPL-3.0-or-later */
/* StencilResultsPanel: the summary and the pad table of a result. */
#pragma once

#include <gtk/gtk.h>

#include "stencil-aperture.h"

G_BEGIN_DECLS

#define STENCIL_TYPE_RESULTS_PANEL (stencil_results_panel_get_type ())
G_DECLARE_FINAL_TYPE (StencilResultsPanel, stencil_results_panel, STENCIL, RESULTS_PANEL, GtkWidget)

/* What the engine computed for a part: one card per pad class, the minimum web, the maximum
 * recommended thickness, the provisional notice and a sortable table of every pad. */
GtkWidget     *stencil_results_panel_new        (void);
StencilResult *stencil_results_panel_get_result (StencilResultsPanel *self);
void           stencil_results_panel_set_result (StencilResultsPanel *self,
                                                 StencilResult       *result);
void           stencil_results_panel_set_error  (StencilResultsPanel *self,
                                                 const char          *message);

G_END_DECLS
