/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Printing: a GtkPrintOperation that draws the engine's drawing sheet of one result, and the
 * mapping between GTK's page setup and the drawing's paper options. */
#pragma once

#include <gtk/gtk.h>

#include "stencil-drawing.h"

G_BEGIN_DECLS

#define STENCIL_TYPE_PRINT_OPERATION (stencil_print_operation_get_type ())
G_DECLARE_FINAL_TYPE (StencilPrintOperation, stencil_print_operation, STENCIL, PRINT_OPERATION,
                      GtkPrintOperation)

/* One page, the drawing sheet of result, in millimetres on the full page; page_setup (or NULL:
 * the drawing's own paper) and settings (or NULL) are the ones the user chose last time. */
StencilPrintOperation *stencil_print_operation_new       (StencilResult    *result,
                                                          const char       *job_name,
                                                          GtkPageSetup     *page_setup,
                                                          GtkPrintSettings *settings);
/* A page setup with the drawing's default paper and orientation. */
GtkPageSetup          *stencil_print_new_page_setup      (void);
/* The drawing's paper and orientation from a page setup (NULL: the defaults). */
void                   stencil_print_get_drawing_options (GtkPageSetup          *page_setup,
                                                          StencilDrawingOptions *options);

G_END_DECLS
