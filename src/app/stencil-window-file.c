/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's design file: Open (Ctrl+O), Save (Ctrl+S), Save As (Shift+Ctrl+S), recent
 * designs, the title, and "save changes?" before a design with unsaved changes is closed or
 * replaced (stencil-window-file-private.h). */
#define G_LOG_DOMAIN "stencilcalc"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "stencil-export.h"
#include "stencil-window-file-private.h"

/* The recent designs the menu lists. */
#define MAX_RECENT 8

/* What to do once the unsaved changes are saved or discarded. */
typedef enum
{
  THEN_NOTHING,
  THEN_CLOSE,      /* close the window */
  THEN_OPEN,       /* open pending_file */
  THEN_CHOOSE      /* ask which file to open */
} Then;

struct _StencilWindowFile
{
  GtkWindow            *window;          /* owns this */
  StencilDesign        *design;
  StencilMessages      *messages;
  AdwWindowTitle       *title_widget;
  GMenu                *recent_menu;
  GtkRecentManager     *recent;
  GtkFileChooserNative *chooser;
  AdwMessageDialog     *confirm;         /* "save changes?" while shown */
  Then                  then;            /* after the confirmation or the Save As chooser */
  GFile                *pending_file;
  gboolean              closing;         /* the changes are dealt with: really close */
  char                 *title;
};

static void run_save_as      (StencilWindowFile *self);
static void run_open_chooser (StencilWindowFile *self);

static GQuark
file_quark (void)
{
  return g_quark_from_static_string ("stencil-window-file");
}

static StencilWindowFile *
get_file (GtkWidget *window)
{
  return g_object_get_qdata (G_OBJECT (window), file_quark ());
}

static char *
display_name (StencilWindowFile *self)
{
  GFile *file = stencil_design_get_file (self->design);

  if (file == NULL)
    return g_strdup (_("Unsaved Design"));
  return g_file_get_basename (file);
}

/* "*name" while the design has unsaved changes, in the header bar and the window list. */
static void
update_title (StencilWindowFile *self)
{
  g_autofree char *name = display_name (self);
  g_autofree char *window_title = NULL;

  g_free (self->title);
  self->title = g_strconcat (stencil_design_get_modified (self->design) ? "*" : "", name, NULL);
  adw_window_title_set_title (self->title_widget, self->title);
  /* TRANSLATORS: the window's title: the design's file name, then the program. */
  window_title = g_strdup_printf (_("%s — Stencil Calc"), self->title);
  gtk_window_set_title (self->window, window_title);
}

static gboolean
is_design (GtkRecentInfo *info)
{
  const char *mime = gtk_recent_info_get_mime_type (info);

  return (mime != NULL && strcmp (mime, STENCIL_DOCUMENT_MIME_TYPE) == 0) ||
         g_str_has_suffix (gtk_recent_info_get_uri (info), STENCIL_DOCUMENT_SUFFIX);
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GDateTime *ta = gtk_recent_info_get_modified ((GtkRecentInfo *) a);
  GDateTime *tb = gtk_recent_info_get_modified ((GtkRecentInfo *) b);

  return g_date_time_compare (tb, ta);
}

/* The recent designs that still exist, newest first. */
static void
update_recent_menu (StencilWindowFile *self)
{
  GList *items = gtk_recent_manager_get_items (self->recent);
  GList *designs = NULL;
  guint n = 0;

  g_menu_remove_all (self->recent_menu);
  for (GList *l = items; l != NULL; l = l->next)
    if (is_design (l->data) && gtk_recent_info_exists (l->data))
      designs = g_list_prepend (designs, l->data);
  designs = g_list_sort (designs, compare_recent);
  for (GList *l = designs; l != NULL && n < MAX_RECENT; l = l->next, n++)
    {
      GtkRecentInfo *info = l->data;
      g_autoptr(GMenuItem) item = g_menu_item_new (gtk_recent_info_get_display_name (info),
                                                   NULL);

      g_menu_item_set_action_and_target_value (item, "win.open-recent",
                                               g_variant_new_string (gtk_recent_info_get_uri (
                                                 info)));
      g_menu_append_item (self->recent_menu, item);
    }
  if (n == 0)
    g_menu_append (self->recent_menu, _("No Recent Designs"), "win.no-recent");
  g_list_free (designs);
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

static void
add_recent (StencilWindowFile *self,
            GFile             *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .mime_type = (char *) STENCIL_DOCUMENT_MIME_TYPE,
    .app_name = (char *) g_get_application_name (),
    .app_exec = (char *) "stencilcalc %u",
  };

  gtk_recent_manager_add_full (self->recent, uri, &data);
}

static void
clear_chooser (StencilWindowFile *self)
{
  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
    }
  g_clear_object (&self->chooser);
}

static void
clear_confirm (StencilWindowFile *self)
{
  if (self->confirm != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->confirm, self);
      gtk_window_destroy (GTK_WINDOW (self->confirm));
    }
  self->confirm = NULL;
}

static void
open_now (StencilWindowFile *self,
          GFile             *file)
{
  g_autoptr(GError) error = NULL;

  if (!stencil_design_open (self->design, file, &error))
    {
      stencil_messages_show_error (self->messages, _("Could Not Open the Design"),
                                   error->message);
      return;
    }
  add_recent (self, file);
}

/* The unsaved changes are dealt with: go on with what was asked. */
static void
proceed (StencilWindowFile *self)
{
  Then then = self->then;
  g_autoptr(GFile) file = g_steal_pointer (&self->pending_file);

  self->then = THEN_NOTHING;
  if (then == THEN_CLOSE)
    {
      self->closing = TRUE;
      gtk_window_close (self->window);
    }
  else if (then == THEN_OPEN && file != NULL)
    open_now (self, file);
  else if (then == THEN_CHOOSE)
    run_open_chooser (self);
}

static void
cancel (StencilWindowFile *self)
{
  self->then = THEN_NOTHING;
  g_clear_object (&self->pending_file);
}


/* Save: to the design's file, or through Save As when it has none; then go on. */
static void
save_then_proceed (StencilWindowFile *self)
{
  g_autoptr(GError) error = NULL;

  if (stencil_design_get_file (self->design) == NULL)
    {
      run_save_as (self);
      return;
    }
  if (!stencil_window_file_save (self, NULL, &error))
    {
      /* Not saved: nothing is closed or replaced. */
      stencil_messages_show_error (self->messages, _("Could Not Save the Design"),
                                   error->message);
      cancel (self);
      return;
    }
  proceed (self);
}

static void
confirm_response_cb (AdwMessageDialog  *dialog,
                     const char        *response,
                     StencilWindowFile *self)
{
  self->confirm = NULL;
  if (g_str_equal (response, "save"))
    save_then_proceed (self);
  else if (g_str_equal (response, "discard"))
    proceed (self);
  else
    cancel (self);
}

/* Goes on with then at once, or after "save changes?" when there are unsaved changes. */
static void
confirm_then (StencilWindowFile *self,
              Then               then,
              GFile             *file)
{
  g_autofree char *name = NULL;
  GtkWidget *dialog;

  self->then = then;
  g_set_object (&self->pending_file, file);
  if (!stencil_design_get_modified (self->design))
    {
      proceed (self);
      return;
    }
  if (self->confirm != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->confirm));
      return;
    }
  name = display_name (self);
  dialog = adw_message_dialog_new (self->window, _("Save Changes?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” has changes that are not saved. Changes that are not "
                                    "saved are lost."), name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (confirm_response_cb), self);
  self->confirm = ADW_MESSAGE_DIALOG (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_design_filter (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Stencil Calc designs"));
  gtk_file_filter_add_pattern (filter, "*" STENCIL_DOCUMENT_SUFFIX);
  gtk_file_filter_add_mime_type (filter, STENCIL_DOCUMENT_MIME_TYPE);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
save_as_response_cb (GtkNativeDialog   *dialog,
                     int                response,
                     StencilWindowFile *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  clear_chooser (self);
  if (file == NULL)
    {
      cancel (self);
      return;
    }
  if (!stencil_window_file_save (self, file, &error))
    {
      stencil_messages_show_error (self->messages, _("Could Not Save the Design"),
                                   error->message);
      cancel (self);
      return;
    }
  proceed (self);
}

static void
run_save_as (StencilWindowFile *self)
{
  GFile *current = stencil_design_get_file (self->design);
  GtkFileChooserNative *chooser;

  clear_chooser (self);
  chooser = gtk_file_chooser_native_new (_("Save Design"), self->window,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  add_design_filter (GTK_FILE_CHOOSER (chooser));
  if (current != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), current, NULL);
  else
    {
      g_autofree char *name = stencil_window_file_default_name (self);

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }
  g_signal_connect (chooser, "response", G_CALLBACK (save_as_response_cb), self);
  self->chooser = chooser;
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_response_cb (GtkNativeDialog   *dialog,
                  int                response,
                  StencilWindowFile *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  clear_chooser (self);
  if (file != NULL)
    open_now (self, file);
}

static void
run_open_chooser (StencilWindowFile *self)
{
  GtkFileChooserNative *chooser;

  clear_chooser (self);
  chooser = gtk_file_chooser_native_new (_("Open Design"), self->window,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  add_design_filter (GTK_FILE_CHOOSER (chooser));
  g_signal_connect (chooser, "response", G_CALLBACK (open_response_cb), self);
  self->chooser = chooser;
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Open asks about unsaved changes first, then for the file: a design kept is never replaced
 * unasked. */
static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StencilWindowFile *self = get_file (widget);

  if (self != NULL)
    confirm_then (self, THEN_CHOOSE, NULL);
}

/* "No Recent Designs" is never enabled: its item is greyed out. */
static void
no_recent_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  StencilWindowFile *self = get_file (widget);
  g_autoptr(GFile) file = NULL;

  if (self == NULL)
    return;
  file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));
  stencil_window_file_open (self, file);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StencilWindowFile *self = get_file (widget);
  g_autoptr(GError) error = NULL;

  if (self == NULL)
    return;
  if (stencil_design_get_file (self->design) == NULL || g_str_equal (action_name, "win.save-as"))
    {
      self->then = THEN_NOTHING;
      run_save_as (self);
      return;
    }
  if (!stencil_window_file_save (self, NULL, &error))
    stencil_messages_show_error (self->messages, _("Could Not Save the Design"), error->message);
}

static void
design_file_changed_cb (StencilDesign     *design,
                        GParamSpec        *pspec,
                        StencilWindowFile *self)
{
  update_title (self);
}

static void
recent_changed_cb (GtkRecentManager  *recent,
                   StencilWindowFile *self)
{
  update_recent_menu (self);
}

void
stencil_window_file_install (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.no-recent", NULL, no_recent_action);
}

StencilWindowFile *
stencil_window_file_new (GtkWindow       *window,
                         StencilDesign   *design,
                         StencilMessages *messages,
                         AdwWindowTitle  *title,
                         GMenu           *recent_menu)
{
  StencilWindowFile *self = g_new0 (StencilWindowFile, 1);

  self->window = window;
  self->design = g_object_ref (design);
  self->messages = messages;
  self->title_widget = title;
  self->recent_menu = g_object_ref (recent_menu);
  self->recent = g_object_ref (gtk_recent_manager_get_default ());
  g_object_set_qdata (G_OBJECT (window), file_quark (), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (window), "win.no-recent", FALSE);
  g_signal_connect (design, "notify::file", G_CALLBACK (design_file_changed_cb), self);
  g_signal_connect (design, "notify::modified", G_CALLBACK (design_file_changed_cb), self);
  g_signal_connect (self->recent, "changed", G_CALLBACK (recent_changed_cb), self);
  update_title (self);
  update_recent_menu (self);
  return self;
}

void
stencil_window_file_free (StencilWindowFile *self)
{
  if (self == NULL)
    return;
  g_object_set_qdata (G_OBJECT (self->window), file_quark (), NULL);
  g_signal_handlers_disconnect_by_data (self->design, self);
  g_signal_handlers_disconnect_by_data (self->recent, self);
  clear_chooser (self);
  clear_confirm (self);
  g_clear_object (&self->pending_file);
  g_clear_object (&self->design);
  g_clear_object (&self->recent_menu);
  g_clear_object (&self->recent);
  g_free (self->title);
  g_free (self);
}

gboolean
stencil_window_file_close_request (StencilWindowFile *self)
{
  if (self->closing || !stencil_design_get_modified (self->design))
    return FALSE;
  confirm_then (self, THEN_CLOSE, NULL);
  return !self->closing;
}

void
stencil_window_file_open (StencilWindowFile *self,
                          GFile             *file)
{
  g_return_if_fail (G_IS_FILE (file));
  confirm_then (self, THEN_OPEN, file);
}

gboolean
stencil_window_file_save (StencilWindowFile *self,
                          GFile             *file,
                          GError           **error)
{
  g_autofree char *name = NULL;

  if (!stencil_design_save (self->design, file, error))
    return FALSE;
  file = stencil_design_get_file (self->design);
  add_recent (self, file);
  name = g_file_get_basename (file);
  stencil_messages_add_toast (self->messages, stencil_toast_new_printf (_("Saved “%s”"), name));
  return TRUE;
}

AdwMessageDialog *
stencil_window_file_get_confirm_dialog (StencilWindowFile *self)
{
  return self->confirm;
}

char *
stencil_window_file_default_name (StencilWindowFile *self)
{
  g_autofree char *pdf = stencil_export_default_filename (
    stencil_design_get_part_number (self->design),
    stencil_design_get_thickness_um (self->design), STENCIL_EXPORT_PDF);

  /* The export's name, with the design's suffix instead of ".pdf". */
  pdf[strlen (pdf) - strlen (stencil_export_format_suffix (STENCIL_EXPORT_PDF))] = '\0';
  return g_strconcat (pdf, STENCIL_DOCUMENT_SUFFIX, NULL);
}

const char *
stencil_window_file_get_title (StencilWindowFile *self)
{
  return self->title;
}
