/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What a window tells its user: toasts at its bottom and dialogs to acknowledge, the last one
 * kept for the tests; used by the window and by its actions. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef struct _StencilMessages StencilMessages;

/* The toasts go into overlay, the dialogs over window (neither is owned). */
StencilMessages *stencil_messages_new        (GtkWindow       *window,
                                              AdwToastOverlay *overlay);
void             stencil_messages_free       (StencilMessages *self);
/* A toast whose title is format with its arguments escaped (a toast title is markup). */
AdwToast        *stencil_toast_new_printf    (const char      *format,
                                              ...) G_GNUC_PRINTF (1, 2);
void             stencil_messages_add_toast  (StencilMessages *self,
                                              AdwToast        *toast);
/* A toast of plain text. */
void             stencil_messages_show_toast (StencilMessages *self,
                                              const char      *text);
/* A message dialog with a Close button. */
void             stencil_messages_show_error (StencilMessages *self,
                                              const char      *heading,
                                              const char      *message);
/* The last toast's title or dialog's message, or NULL. */
const char      *stencil_messages_get_last   (StencilMessages *self);

G_END_DECLS
