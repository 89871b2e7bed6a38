/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's actions ("win.export-gerber", "win.print", "win.zoom-in", ...): exports and
 * their file choosers, printing, the land-pattern file and dialog, clipboard and zoom. */
#define G_LOG_DOMAIN "stencilcalc"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "stencil-export.h"
#include "stencil-print-operation.h"
#include "stencil-window-actions-private.h"

struct _StencilWindowActions
{
  GtkWindow            *window;          /* the actions' widget (owns them) */
  StencilDesign        *design;
  StencilCanvas        *canvas;
  StencilMessages      *messages;        /* the window's */
  GtkFileChooserNative *chooser;
  StencilExportFormat   chooser_format;
  GtkFileChooserNative *land_chooser;
  StencilLandDialog    *land_dialog;     /* while it is open */
  GtkPrintSettings     *print_settings;
  GtkPageSetup         *page_setup;      /* the user's choice, for printing and the drawings */
  gboolean              pdf_with_sweep;  /* the PDF chooser's choice */
};

/* The PDF file chooser's choice of the sweep sheet. */
#define SWEEP_CHOICE "with-sweep"

/* The export actions that ask for a file; the image chooser takes PNG or SVG. */
static const struct
{
  const char         *action;
  StencilExportFormat format;
  const char         *title;
} export_actions[] = {
  { "win.export-gerber", STENCIL_EXPORT_GERBER, N_("Export Gerber Paste Layer") },
  { "win.export-pdf", STENCIL_EXPORT_PDF, N_("Export PDF Drawing") },
  { "win.export-image", STENCIL_EXPORT_PNG, N_("Export PNG or SVG Drawing") },
  { "win.export-csv", STENCIL_EXPORT_CSV, N_("Export Aperture Table") },
  { "win.export-kicad", STENCIL_EXPORT_KICAD, N_("Export KiCad Footprint") },
};

/* The actions that need a result. */
static const char * const result_actions[] = {
  "win.export-gerber",
  "win.export-pdf",
  "win.export-image",
  "win.export-csv",
  "win.export-kicad",
  "win.export-to",
  "win.print",
};

/* The window's actions, while it has them: kept on the window, for the action handlers. */
static GQuark
actions_quark (void)
{
  return g_quark_from_static_string ("stencil-window-actions");
}

static StencilWindowActions *
get_actions (GtkWidget *window)
{
  return g_object_get_qdata (G_OBJECT (window), actions_quark ());
}

static void
show_error (StencilWindowActions *self,
            const char           *heading,
            const char           *message)
{
  stencil_messages_show_error (self->messages, heading, message);
}

/* Closes a file chooser that is still open. */
static void
clear_chooser (StencilWindowActions  *self,
               GtkFileChooserNative **chooser)
{
  if (*chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (*chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (*chooser));
    }
  g_clear_object (chooser);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *pattern,
            const char     *mime_type)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
add_format_filter (GtkFileChooser      *chooser,
                   StencilExportFormat  format)
{
  add_filter (chooser, stencil_export_format_label (format), stencil_export_format_glob (format),
              stencil_export_format_mime_type (format));
}

static void
chooser_response_cb (GtkNativeDialog      *dialog,
                     int                   response,
                     StencilWindowActions *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  StencilExportFormat format = self->chooser_format;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      if (format == STENCIL_EXPORT_PDF)
        self->pdf_with_sweep = g_strcmp0 (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog),
                                                                       SWEEP_CHOICE),
                                          "true") == 0;
    }
  clear_chooser (self, &self->chooser);
  if (file == NULL)
    return;

  /* The image chooser writes SVG for a name ending in .svg, PNG for any other. */
  if (format == STENCIL_EXPORT_PNG || format == STENCIL_EXPORT_SVG)
    {
      g_autofree char *name = g_file_get_basename (file);

      if (!stencil_export_format_from_filename (name, &format) || format != STENCIL_EXPORT_SVG)
        format = STENCIL_EXPORT_PNG;
    }
  if (!stencil_window_actions_export_to_file (self, format, file, &error))
    show_error (self, _("Could Not Export"), error->message);
}

static void
run_export_chooser (StencilWindowActions *self,
                    StencilExportFormat   format,
                    const char           *title)
{
  g_autofree char *name = stencil_window_actions_get_default_name (self, format);
  GtkFileChooserNative *chooser;

  clear_chooser (self, &self->chooser);
  chooser = gtk_file_chooser_native_new (title, self->window, GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (format == STENCIL_EXPORT_PNG || format == STENCIL_EXPORT_SVG)
    {
      add_format_filter (GTK_FILE_CHOOSER (chooser), STENCIL_EXPORT_PNG);
      add_format_filter (GTK_FILE_CHOOSER (chooser), STENCIL_EXPORT_SVG);
    }
  else
    add_format_filter (GTK_FILE_CHOOSER (chooser), format);
  if (format == STENCIL_EXPORT_PDF)
    {
      gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), SWEEP_CHOICE,
                                   _("Add the thickness sweep sheet"), NULL, NULL);
      gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), SWEEP_CHOICE,
                                   self->pdf_with_sweep ? "true" : "false");
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  self->chooser = chooser;
  self->chooser_format = format;
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  StencilWindowActions *self = get_actions (widget);

  for (guint i = 0; self != NULL && i < G_N_ELEMENTS (export_actions); i++)
    if (g_str_equal (action_name, export_actions[i].action))
      run_export_chooser (self, export_actions[i].format, _(export_actions[i].title));
}

static void
export_to_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  StencilWindowActions *self = get_actions (widget);
  const char *format_str, *path;
  StencilExportFormat format;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (self == NULL)
    return;
  g_variant_get (parameter, "(&s&s)", &format_str, &path);
  if (!stencil_export_format_from_string (format_str, &format))
    {
      g_autofree char *message = g_strdup_printf (_("Unknown export format “%s”"), format_str);
      show_error (self, _("Could Not Export"), message);
      return;
    }
  file = g_file_new_for_commandline_arg (path);
  if (!stencil_window_actions_export_to_file (self, format, file, &error))
    show_error (self, _("Could Not Export"), error->message);
}

static void
open_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

static gboolean
run_print (StencilWindowActions     *self,
           GtkPrintOperationAction   action,
           const char               *export_path,
           GError                  **error)
{
  StencilResult *result = stencil_design_get_result (self->design);
  g_autofree char *job_name = stencil_window_actions_get_default_name (self, STENCIL_EXPORT_PDF);
  g_autoptr(StencilPrintOperation) operation = NULL;
  GtkPrintOperation *op;
  GtkPrintOperationResult res;

  operation = stencil_print_operation_new (result, job_name, self->page_setup,
                                           self->print_settings);
  op = GTK_PRINT_OPERATION (operation);
  if (export_path != NULL)
    gtk_print_operation_set_export_filename (op, export_path);
  res = gtk_print_operation_run (op, action, self->window, error);
  if (res == GTK_PRINT_OPERATION_RESULT_ERROR)
    return FALSE;
  if (res == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      g_set_object (&self->print_settings, gtk_print_operation_get_print_settings (op));
      g_set_object (&self->page_setup, gtk_print_operation_get_default_page_setup (op));
    }
  return TRUE;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  StencilWindowActions *self = get_actions (widget);
  g_autoptr(GError) error = NULL;

  if (self != NULL && !run_print (self, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, &error))
    show_error (self, _("Could Not Print"), error->message);
}

static void
land_dialog_destroyed_cb (GtkWidget            *dialog,
                          StencilWindowActions *self)
{
  self->land_dialog = NULL;
}

static void
edit_land_pattern_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  StencilWindowActions *self = get_actions (widget);

  if (self != NULL)
    stencil_window_actions_open_land_dialog (self);
}

static void
reset_land_pattern_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  StencilWindowActions *self = get_actions (widget);
  g_autoptr(GError) error = NULL;

  if (self != NULL && !stencil_design_reset_land (self->design, &error))
    show_error (self, _("Could Not Reset the Land Pattern"), error->message);
}

static void
land_chooser_response_cb (GtkNativeDialog      *dialog,
                          int                   response,
                          StencilWindowActions *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  gboolean import = gtk_file_chooser_get_action (GTK_FILE_CHOOSER (dialog))
                    == GTK_FILE_CHOOSER_ACTION_OPEN;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  clear_chooser (self, &self->land_chooser);
  if (file == NULL)
    return;

  if (import)
    {
      if (!stencil_design_import_land (self->design, file, &error))
        show_error (self, _("Could Not Import the Land Pattern"), error->message);
      else
        stencil_messages_show_toast (self->messages, _("Imported your land pattern"));
    }
  else if (!stencil_design_export_land (self->design, file, &error))
    show_error (self, _("Could Not Export the Land Pattern"), error->message);
  else
    {
      g_autofree char *name = g_file_get_basename (file);

      stencil_messages_add_toast (self->messages, stencil_toast_new_printf (_("Saved %s"), name));
    }
}

static void
run_land_chooser (StencilWindowActions *self,
                  gboolean              import)
{
  GtkFileChooserNative *chooser;

  clear_chooser (self, &self->land_chooser);
  chooser = gtk_file_chooser_native_new (import ? _("Import Land Pattern")
                                                : _("Export Land Pattern"),
                                         self->window,
                                         import ? GTK_FILE_CHOOSER_ACTION_OPEN
                                                : GTK_FILE_CHOOSER_ACTION_SAVE,
                                         import ? _("_Import") : _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  add_filter (GTK_FILE_CHOOSER (chooser), _("Land pattern files"), "*.json", "application/json");
  if (!import)
    {
      g_autofree char *name = g_strdup_printf ("%s-land-pattern.json",
                                               stencil_design_get_part_number (self->design));

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }
  g_signal_connect (chooser, "response", G_CALLBACK (land_chooser_response_cb), self);
  self->land_chooser = chooser;
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The land pattern an earlier version kept for the part, into the design, checked as any
 * land-pattern file. */
static void
import_stored_land_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  StencilWindowActions *self = get_actions (widget);
  const char *path = self != NULL ? stencil_design_get_stored_land_file (self->design) : NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (path == NULL)
    return;
  file = g_file_new_for_path (path);
  if (!stencil_design_import_land (self->design, file, &error))
    show_error (self, _("Could Not Import the Land Pattern"), error->message);
  else
    stencil_messages_show_toast (self->messages, _("Imported your land pattern"));
}

/* "win.import-land-pattern" and "win.export-land-pattern". */
static void
land_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  StencilWindowActions *self = get_actions (widget);

  if (self != NULL)
    run_land_chooser (self, g_str_equal (action_name, "win.import-land-pattern"));
}

static void
copy_part_number_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  StencilWindowActions *self = get_actions (widget);
  const char *part_number;

  if (self == NULL)
    return;
  part_number = stencil_design_get_part_number (self->design);
  if (part_number == NULL)
    return;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), part_number);
  stencil_messages_add_toast (self->messages,
                              stencil_toast_new_printf (_("Copied %s"), part_number));
}

static void
use_max_thickness_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  StencilWindowActions *self = get_actions (widget);
  StencilResult *result = self != NULL ? stencil_design_get_result (self->design) : NULL;

  if (result != NULL && result->max_thickness_um > 0)
    stencil_design_set_thickness_um (self->design, result->max_thickness_um);
}

static void
set_thickness_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  StencilWindowActions *self = get_actions (widget);

  if (self != NULL)
    stencil_design_set_thickness_um (self->design, g_variant_get_double (parameter));
}

/* "win.zoom-in", "win.zoom-out" and "win.zoom-fit" are the canvas's own "canvas.zoom-*",
 * reachable from the whole window (toolbar buttons, accelerators). */
static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StencilWindowActions *self = get_actions (widget);
  g_autofree char *name = g_strconcat ("canvas.", action_name + strlen ("win."), NULL);

  if (self != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->canvas), name, NULL);
}

/* The actions that need a result are enabled while there is one; "use the thickest foil"
 * while that is not the thickness already. */
static void
update (StencilWindowActions *self)
{
  GtkWidget *widget = GTK_WIDGET (self->window);
  StencilResult *result = stencil_design_get_result (self->design);
  /* A field whose text cannot be computed from: the result shown is not what the fields say,
   * so nothing is exported from it. */
  gboolean exportable = result != NULL && stencil_design_get_input_error (self->design) == NULL;

  for (guint i = 0; i < G_N_ELEMENTS (result_actions); i++)
    gtk_widget_action_set_enabled (widget, result_actions[i], exportable);
  gtk_widget_action_set_enabled (widget, "win.import-stored-land-pattern",
                                 stencil_design_get_stored_land_file (self->design) != NULL);
  gtk_widget_action_set_enabled (widget, "win.use-max-thickness",
                                 result != NULL && result->max_thickness_um > 0 &&
                                 result->max_thickness_um !=
                                   stencil_design_get_thickness_um (self->design));
}

static void
design_changed_cb (StencilDesign        *design,
                   GParamSpec           *pspec,
                   StencilWindowActions *self)
{
  update (self);
}

void
stencil_window_actions_install (GtkWidgetClass *widget_class)
{
  for (guint i = 0; i < G_N_ELEMENTS (export_actions); i++)
    gtk_widget_class_install_action (widget_class, export_actions[i].action, NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-to", "(ss)", export_to_action);
  gtk_widget_class_install_action (widget_class, "win.open-file", "s", open_file_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.copy-part-number", NULL,
                                   copy_part_number_action);
  gtk_widget_class_install_action (widget_class, "win.use-max-thickness", NULL,
                                   use_max_thickness_action);
  gtk_widget_class_install_action (widget_class, "win.set-thickness", "d",
                                   set_thickness_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-fit", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.edit-land-pattern", NULL,
                                   edit_land_pattern_action);
  gtk_widget_class_install_action (widget_class, "win.import-land-pattern", NULL,
                                   land_file_action);
  gtk_widget_class_install_action (widget_class, "win.export-land-pattern", NULL,
                                   land_file_action);
  gtk_widget_class_install_action (widget_class, "win.reset-land-pattern", NULL,
                                   reset_land_pattern_action);
  gtk_widget_class_install_action (widget_class, "win.import-stored-land-pattern", NULL,
                                   import_stored_land_action);
}

StencilWindowActions *
stencil_window_actions_new (GtkWindow       *window,
                            StencilDesign   *design,
                            StencilCanvas   *canvas,
                            StencilMessages *messages)
{
  StencilWindowActions *self = g_new0 (StencilWindowActions, 1);

  self->window = window;
  self->design = g_object_ref (design);
  self->canvas = canvas;
  self->messages = messages;
  g_object_set_qdata (G_OBJECT (window), actions_quark (), self);
  g_signal_connect (design, "notify::result", G_CALLBACK (design_changed_cb), self);
  g_signal_connect (design, "notify::thickness-um", G_CALLBACK (design_changed_cb), self);
  g_signal_connect (design, "notify::input-error", G_CALLBACK (design_changed_cb), self);
  g_signal_connect (design, "notify::stored-land-file", G_CALLBACK (design_changed_cb), self);
  update (self);
  return self;
}

void
stencil_window_actions_free (StencilWindowActions *self)
{
  if (self == NULL)
    return;
  g_object_set_qdata (G_OBJECT (self->window), actions_quark (), NULL);
  g_signal_handlers_disconnect_by_data (self->design, self);
  clear_chooser (self, &self->chooser);
  clear_chooser (self, &self->land_chooser);
  if (self->land_dialog != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->land_dialog, self);
      gtk_window_destroy (GTK_WINDOW (self->land_dialog));
    }
  g_clear_object (&self->print_settings);
  g_clear_object (&self->page_setup);
  g_clear_object (&self->design);
  g_free (self);
}

char *
stencil_window_actions_get_default_name (StencilWindowActions *self,
                                         StencilExportFormat   format)
{
  StencilResult *result = stencil_design_get_result (self->design);

  /* A KiCad footprint is named after KiCad's conventions, which need the result. */
  if (result != NULL)
    return stencil_export_result_filename (result, format);
  return stencil_export_default_filename (stencil_design_get_part_number (self->design),
                                          stencil_design_get_thickness_um (self->design), format);
}

gboolean
stencil_window_actions_get_pdf_with_sweep (StencilWindowActions *self)
{
  return self->pdf_with_sweep;
}

void
stencil_window_actions_set_pdf_with_sweep (StencilWindowActions *self,
                                           gboolean              with_sweep)
{
  self->pdf_with_sweep = with_sweep;
}

gboolean
stencil_window_actions_export_to_file (StencilWindowActions *self,
                                       StencilExportFormat   format,
                                       GFile                *file,
                                       GError              **error)
{
  StencilResult *result = stencil_design_get_result (self->design);
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *name = NULL;
  StencilExportOptions options;
  StencilExportOutput output;
  AdwToast *toast;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (result == NULL)
    {
      const char *message = stencil_design_get_error_message (self->design);

      g_set_error_literal (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                           message != NULL ? message : _("There is nothing to export"));
      return FALSE;
    }
  if (stencil_design_get_input_error (self->design) != NULL)
    {
      /* TRANSLATORS: %s says which field is wrong and why. */
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                   _("Correct the field first: %s"),
                   stencil_design_get_input_error (self->design));
      return FALSE;
    }
  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *parse_name = g_file_get_parse_name (file);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Cannot write to “%s”: only local files are supported"), parse_name);
      return FALSE;
    }

  /* The drawings take the paper the user chose for printing. */
  stencil_export_options_init (&options);
  stencil_print_get_drawing_options (self->page_setup, &options.drawing);
  options.drawing.with_sweep = format == STENCIL_EXPORT_PDF && self->pdf_with_sweep;
  output.format = format;
  output.path = path;
  if (!stencil_export_write_all (result, &options, &output, 1, error))
    return FALSE;

  name = g_file_get_basename (file);
  uri = g_file_get_uri (file);
  toast = stencil_toast_new_printf (_("Exported “%s”"), name);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-file");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  stencil_messages_add_toast (self->messages, toast);
  return TRUE;
}

StencilLandDialog *
stencil_window_actions_open_land_dialog (StencilWindowActions *self)
{
  if (self->land_dialog == NULL)
    {
      self->land_dialog = stencil_land_dialog_new (self->window, self->design);
      g_signal_connect (self->land_dialog, "destroy", G_CALLBACK (land_dialog_destroyed_cb),
                        self);
    }
  gtk_window_present (GTK_WINDOW (self->land_dialog));
  return self->land_dialog;
}

gboolean
stencil_window_actions_print_to_pdf (StencilWindowActions *self,
                                     const char           *path,
                                     GError              **error)
{
  return run_print (self, GTK_PRINT_OPERATION_ACTION_EXPORT, path, error);
}
