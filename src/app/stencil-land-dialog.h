/* SPDX-License-Identifier: GPL-3.0-or-later */
/* StencilLandDialog: the dialog that edits the land pattern of the design's part. */
#pragma once

#include <adwaita.h>

#include "stencil-design.h"

G_BEGIN_DECLS

#define STENCIL_TYPE_LAND_DIALOG (stencil_land_dialog_get_type ())
G_DECLARE_FINAL_TYPE (StencilLandDialog, stencil_land_dialog, STENCIL, LAND_DIALOG, AdwWindow)

/* Edits the land pattern of the design's part: every value of the StencilLandSpec and the
 * source, checked by the engine as they change; Apply makes them the user's pattern of that
 * part, Reset to Estimate goes back to the family's. */
StencilLandDialog *stencil_land_dialog_new            (GtkWindow     *parent,
                                                       StencilDesign *design);

/* For tests: the spin button of one value ("terminal.w_mm", "soldering.x_mm", "body.h_mm", …
 * as in the land pattern file), the source row, the buttons and the engine's message (NULL
 * while the values are accepted). */
GtkSpinButton     *stencil_land_dialog_get_spin       (StencilLandDialog *self,
                                                       const char        *member);
AdwEntryRow       *stencil_land_dialog_get_source_row (StencilLandDialog *self);
GtkWidget         *stencil_land_dialog_get_apply_button (StencilLandDialog *self);
GtkWidget         *stencil_land_dialog_get_reset_button (StencilLandDialog *self);
const char        *stencil_land_dialog_get_message    (StencilLandDialog *self);

G_END_DECLS
