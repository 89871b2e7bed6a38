/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The main window's actions (stencil-window-actions.c), written against the design, the canvas
 * and the window's messages only, so that they need nothing of the window's own code. */
#pragma once

#include <adwaita.h>

#include "stencil-canvas.h"
#include "stencil-design.h"
#include "stencil-export.h"
#include "stencil-land-dialog.h"
#include "stencil-messages.h"

G_BEGIN_DECLS

typedef struct _StencilWindowActions StencilWindowActions;

/* Installs the "win.*" actions on the window's class. */
void                  stencil_window_actions_install          (GtkWidgetClass       *widget_class);
/* The actions' state for window, which owns it: open file choosers, print settings and page
 * setup, the land-pattern dialog. The actions that need a result follow the design's. */
StencilWindowActions *stencil_window_actions_new              (GtkWindow            *window,
                                                               StencilDesign        *design,
                                                               StencilCanvas        *canvas,
                                                               StencilMessages      *messages);
/* Closes the file choosers and the dialog that are still open; the actions do nothing after. */
void                  stencil_window_actions_free             (StencilWindowActions *self);

/* What the export actions do once the user has picked a file, through the engine's export
 * module with the paper of the page setup; a toast with Open says so. */
gboolean              stencil_window_actions_export_to_file   (StencilWindowActions *self,
                                                               StencilExportFormat   format,
                                                               GFile                *file,
                                                               GError              **error);
/* The name the file chooser proposes (stencil_export_result_filename () of the design's
 * result; stencil_export_default_filename () while there is none). */
char                 *stencil_window_actions_get_default_name (StencilWindowActions *self,
                                                               StencilExportFormat   format);
/* Whether a PDF export adds the sweep sheet: the PDF file chooser's choice, kept for the
 * window's life (off at first). */
gboolean              stencil_window_actions_get_pdf_with_sweep (StencilWindowActions *self);
void                  stencil_window_actions_set_pdf_with_sweep (StencilWindowActions *self,
                                                                 gboolean              with_sweep);
/* Prints the drawing sheet through GtkPrintOperation into a PDF file, without a dialog. */
gboolean              stencil_window_actions_print_to_pdf     (StencilWindowActions *self,
                                                               const char           *path,
                                                               GError              **error);
/* The land-pattern dialog: opened, or the one already open. */
StencilLandDialog    *stencil_window_actions_open_land_dialog (StencilWindowActions *self);

G_END_DECLS
