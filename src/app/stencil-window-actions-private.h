/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Between the window and its actions (stencil-window-actions.c): installing them, their state
 * (open file choosers, print settings, the land-pattern dialog) and what they need back. */
#pragma once

#include <adwaita.h>

#include "stencil-window.h"

G_BEGIN_DECLS

typedef struct _StencilWindowActions StencilWindowActions;

/* Installs the "win.*" actions on the window's class. */
void                  stencil_window_class_add_actions (GtkWidgetClass       *widget_class);
StencilWindowActions *stencil_window_actions_new       (void);
/* Closes the file choosers and the dialog that are still open, and frees the state. */
void                  stencil_window_actions_free      (StencilWindowActions *actions);
/* Enables the actions that need a result, once the design's result or thickness changed. */
void                  stencil_window_actions_update    (StencilWindow        *self);

/* Provided by stencil-window.c: the state (NULL once disposed); a toast whose title is format
 * with its string arguments escaped (a toast title is markup); showing a toast. */
StencilWindowActions *stencil_window_get_actions       (StencilWindow        *self);
AdwToast             *stencil_window_new_toast         (const char           *format,
                                                        ...) G_GNUC_PRINTF (1, 2);
void                  stencil_window_add_toast         (StencilWindow        *self,
                                                        AdwToast             *toast);

G_END_DECLS
