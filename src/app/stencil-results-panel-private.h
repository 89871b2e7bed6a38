/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The results panel's internals for tests (the text shown per value, the table model) and
 * the pad-table row type. */
#pragma once

#include "stencil-results-panel.h"

G_BEGIN_DECLS

/* For tests: the text a user reads in a card ("terminal", "soldering" or "part") next to a
 * value ("target", "opening", "area-ratio", "aspect-ratio", "status", "pad", "aperture",
 * "min-web", "max-thickness"), or NULL. */
const char    *stencil_results_panel_get_value_text  (StencilResultsPanel *self,
                                                      const char          *card,
                                                      const char          *value);
/* For layout tests: the summary (the cards' grid), the engine's warnings and the label of the
 * error message. */
GtkWidget     *stencil_results_panel_get_summary     (StencilResultsPanel *self);
GtkWidget     *stencil_results_panel_get_warnings_label (StencilResultsPanel *self);
GtkWidget     *stencil_results_panel_get_error_label (StencilResultsPanel *self);
/* The error shown above the summary, or NULL when none is shown. */
const char    *stencil_results_panel_get_error_text  (StencilResultsPanel *self);
/* The table's model as shown (sorted), of StencilPadRow; and the column view itself. */
GListModel    *stencil_results_panel_get_table_model (StencilResultsPanel *self);
GtkColumnView *stencil_results_panel_get_column_view (StencilResultsPanel *self);

/* One row of the pad table. */
#define STENCIL_TYPE_PAD_ROW (stencil_pad_row_get_type ())
G_DECLARE_FINAL_TYPE (StencilPadRow, stencil_pad_row, STENCIL, PAD_ROW, GObject)

/* A view of pad index of result (a new reference). */
StencilPadRow *stencil_pad_row_new       (StencilResult *result,
                                          guint          index);
guint          stencil_pad_row_get_index (StencilPadRow *self);
const char    *stencil_pad_row_get_id    (StencilPadRow *self);
/* Column text as displayed, by column id ("id", "class", "x", "y", "pad", "aperture",
 * "opening", "area-ratio", "aspect-ratio", "status"). */
char          *stencil_pad_row_format    (StencilPadRow *self,
                                          const char    *column);

G_END_DECLS
