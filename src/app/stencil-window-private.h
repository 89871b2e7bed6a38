/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's internals for tests: exports and printing without a dialog, and its widgets. */
#pragma once

#include "stencil-canvas.h"
#include "stencil-export.h"
#include "stencil-land-dialog.h"
#include "stencil-results-panel.h"
#include "stencil-sweep-plot.h"
#include "stencil-window.h"

G_BEGIN_DECLS

/* What the export actions do once the user has picked a file, through the engine's export
 * module; also used by tests and by the "win.export-to" action ("gerber", "pdf", "png", "svg",
 * "csv" or "kicad", path). */
gboolean             stencil_window_export_to_file    (StencilWindow       *self,
                                                       StencilExportFormat  format,
                                                       GFile               *file,
                                                       GError             **error);
/* The name the file chooser proposes (stencil_export_result_filename () of the design's result,
 * else stencil_export_default_filename () of its part and thickness), e.g.
 * "AXK7L40223G-127um-paste.gbr". */
char                *stencil_window_get_default_name  (StencilWindow       *self,
                                                       StencilExportFormat  format);
/* Whether a PDF export adds the thickness-sweep sheet (the PDF file chooser's choice). */
gboolean             stencil_window_get_pdf_with_sweep (StencilWindow      *self);
void                 stencil_window_set_pdf_with_sweep (StencilWindow      *self,
                                                        gboolean            with_sweep);
/* Prints the page through GtkPrintOperation into a PDF file, without a dialog. */
gboolean             stencil_window_print_to_pdf      (StencilWindow       *self,
                                                       const char          *path,
                                                       GError             **error);
StencilCanvas       *stencil_window_get_canvas        (StencilWindow       *self);
StencilResultsPanel *stencil_window_get_results_panel (StencilWindow       *self);
GtkSpinButton       *stencil_window_get_thickness_spin (StencilWindow      *self);
/* The side panel (it folds over the drawing in a narrow window) and its header-bar toggle. */
AdwFlap             *stencil_window_get_side_flap     (StencilWindow       *self);
GtkToggleButton     *stencil_window_get_side_toggle   (StencilWindow       *self);
GtkSpinButton       *stencil_window_get_grid_spin     (StencilWindow       *self);
GtkSpinButton       *stencil_window_get_radius_spin   (StencilWindow       *self);
GtkSpinButton       *stencil_window_get_web_spin      (StencilWindow       *self);
/* The thickness sweep beside the drawing and the toolbar button that shows it. */
StencilSweepPlot    *stencil_window_get_sweep_plot    (StencilWindow       *self);
GtkToggleButton     *stencil_window_get_sweep_toggle  (StencilWindow       *self);
AdwComboRow         *stencil_window_get_contacts_row  (StencilWindow       *self);
AdwComboRow         *stencil_window_get_kind_row      (StencilWindow       *self);
AdwToastOverlay     *stencil_window_get_toast_overlay (StencilWindow       *self);
/* The status page that takes the drawing's place when the engine refuses the input, and the
 * provisional notice above the drawing. */
AdwStatusPage       *stencil_window_get_error_page    (StencilWindow       *self);
GtkWidget           *stencil_window_get_notice_bar    (StencilWindow       *self);
/* The land pattern: the side panel's row (title: whose pattern, subtitle: its source), the
 * text of the bar above the drawing, and the edit dialog (opened, or the one already open). */
AdwActionRow        *stencil_window_get_land_row      (StencilWindow       *self);
GtkLabel            *stencil_window_get_notice_label  (StencilWindow       *self);
StencilLandDialog   *stencil_window_open_land_dialog  (StencilWindow       *self);
/* The design's file: Save As without the chooser, the "save changes?" dialog while it is
 * shown, the title as shown ("*name" while unsaved), the name Save As proposes. */
gboolean             stencil_window_save_to_file      (StencilWindow       *self,
                                                       GFile               *file,
                                                       GError             **error);
AdwMessageDialog    *stencil_window_get_confirm_dialog (StencilWindow      *self);
const char          *stencil_window_get_title_text    (StencilWindow       *self);
char                *stencil_window_get_default_design_name (StencilWindow *self);
/* The thickness field's row (its subtitle says what is wrong with the text), and the row that
 * offers the land pattern an earlier version kept for the part. */
AdwActionRow        *stencil_window_get_thickness_row (StencilWindow       *self);
AdwActionRow        *stencil_window_get_stored_land_row (StencilWindow     *self);
/* The last toast's title (for tests). */
const char          *stencil_window_get_last_toast    (StencilWindow       *self);

G_END_DECLS
