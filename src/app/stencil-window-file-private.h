/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's design file (stencil-window-file.c): Open, Save, Save As, recent designs, the
 * title with the file's name and the unsaved-changes mark, and "save changes?" before the
 * design is closed or replaced. */
#pragma once

#include <adwaita.h>

#include "stencil-design.h"
#include "stencil-messages.h"

G_BEGIN_DECLS

typedef struct _StencilWindowFile StencilWindowFile;

/* Installs "win.open", "win.save", "win.save-as" and "win.open-recent" (a URI). */
void               stencil_window_file_install      (GtkWidgetClass    *widget_class);
/* The file state of window, which owns it; title is the header bar's, recent_menu the menu
 * the recent designs are listed in. */
StencilWindowFile *stencil_window_file_new          (GtkWindow         *window,
                                                     StencilDesign     *design,
                                                     StencilMessages   *messages,
                                                     AdwWindowTitle    *title,
                                                     GMenu             *recent_menu);
void               stencil_window_file_free         (StencilWindowFile *self);

/* The window is asked to close: TRUE keeps it open while "save changes?" is asked. */
gboolean           stencil_window_file_close_request (StencilWindowFile *self);
/* Opens file in the window, after "save changes?" when the design has unsaved changes; a file
 * that cannot be read is said in a dialog and the design stays. */
void               stencil_window_file_open         (StencilWindowFile *self,
                                                     GFile             *file);
/* Saves the design as file (NULL: its own file); a failure keeps the old file and the unsaved
 * state. Added to the recent designs. */
gboolean           stencil_window_file_save         (StencilWindowFile *self,
                                                     GFile             *file,
                                                     GError           **error);
/* The "save changes?" dialog while it is shown (for tests), else NULL. */
AdwMessageDialog  *stencil_window_file_get_confirm_dialog (StencilWindowFile *self);
/* The name Save As proposes: "AXK7L40223G-127um.stencilcalc". */
char              *stencil_window_file_default_name (StencilWindowFile *self);
/* The window's title as shown ("*AXK7L40223G-127um.stencilcalc" while unsaved). */
const char        *stencil_window_file_get_title    (StencilWindowFile *self);

G_END_DECLS
