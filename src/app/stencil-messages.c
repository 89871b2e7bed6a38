/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Toasts and error dialogs of a window (stencil-messages.h). */
#define G_LOG_DOMAIN "stencilcalc"

#include "config.h"

#include <glib/gi18n.h>

#include "stencil-messages.h"

struct _StencilMessages
{
  GtkWindow       *window;
  AdwToastOverlay *overlay;
  char            *last;
};

StencilMessages *
stencil_messages_new (GtkWindow       *window,
                      AdwToastOverlay *overlay)
{
  StencilMessages *self = g_new0 (StencilMessages, 1);

  self->window = window;
  self->overlay = overlay;
  return self;
}

void
stencil_messages_free (StencilMessages *self)
{
  if (self == NULL)
    return;
  g_free (self->last);
  g_free (self);
}

AdwToast *
stencil_toast_new_printf (const char *format,
                          ...)
{
  g_autofree char *title = NULL;
  va_list args;

  va_start (args, format);
  title = g_markup_vprintf_escaped (format, args);
  va_end (args);
  return adw_toast_new (title);
}

void
stencil_messages_add_toast (StencilMessages *self,
                            AdwToast        *toast)
{
  g_free (self->last);
  self->last = g_strdup (adw_toast_get_title (toast));
  adw_toast_overlay_add_toast (self->overlay, toast);
}

void
stencil_messages_show_toast (StencilMessages *self,
                             const char      *text)
{
  stencil_messages_add_toast (self, stencil_toast_new_printf ("%s", text));
}

void
stencil_messages_show_error (StencilMessages *self,
                             const char      *heading,
                             const char      *message)
{
  GtkWidget *dialog = adw_message_dialog_new (self->window, heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
  g_free (self->last);
  self->last = g_strdup (message);
}

const char *
stencil_messages_get_last (StencilMessages *self)
{
  return self->last;
}
