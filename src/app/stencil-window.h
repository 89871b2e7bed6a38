/* SPDX-License-Identifier: GPL-3.0-or-later */
/* StencilWindow: the main window of Stencil Calc. */
#pragma once

#include <adwaita.h>

#include "stencil-design.h"

G_BEGIN_DECLS

#define STENCIL_TYPE_WINDOW (stencil_window_get_type ())
G_DECLARE_FINAL_TYPE (StencilWindow, stencil_window, STENCIL, WINDOW, AdwApplicationWindow)

StencilWindow *stencil_window_new        (AdwApplication *application,
                                          StencilCatalog *catalog);
StencilDesign *stencil_window_get_design (StencilWindow  *self);
/* Shows a short message (plain text) at the bottom of the window. */
void           stencil_window_show_toast (StencilWindow  *self,
                                          const char     *message);
/* Shows a message the user must acknowledge, over the window. */
void           stencil_window_show_error (StencilWindow  *self,
                                          const char     *heading,
                                          const char     *message);
/* Opens a .stencilcalc design, after "save changes?" when the window has unsaved changes. */
void           stencil_window_open_file  (StencilWindow  *self,
                                          GFile          *file);
/* Whether the window holds a new design nobody changed (a file can be opened in it). */
gboolean       stencil_window_is_pristine (StencilWindow *self);

G_END_DECLS
