/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stencilcalc"

#include "config.h"

#include <glib/gi18n.h>

#include "stencil-canvas.h"
#include "stencil-csv.h"
#include "stencil-drawing.h"
#include "stencil-gerber.h"
#include "stencil-io.h"
#include "stencil-labels.h"
#include "stencil-land-dialog.h"
#include "stencil-legend.h"
#include "stencil-render-cairo.h"
#include "stencil-results-panel.h"
#include "stencil-scene.h"
#include "stencil-window.h"
#include "stencil-window-private.h"

static const double thickness_presets_um[] = { 80, 100, 110, 120, 127, 130, 150 };

struct _StencilWindow
{
  AdwApplicationWindow parent_instance;

  StencilCatalog      *catalog;
  StencilDesign       *design;
  GSettings           *settings;
  GtkStringList       *series_model;
  GtkStringList       *kind_model;
  GtkStringList       *contacts_model;
  GtkStringList       *strategy_model;
  GArray              *counts;          /* guint, the contact counts in contacts_model */
  gboolean             rebuilding;      /* contacts_model is being replaced */
  GtkFileChooserNative *chooser;
  StencilExportFormat  chooser_format;
  GtkFileChooserNative *land_chooser;
  StencilLandDialog   *land_dialog;     /* while it is open */
  GtkPrintSettings    *print_settings;
  GtkPageSetup        *page_setup;
  StencilScene        *print_scene;
  char                *last_toast;

  /* template children */
  AdwWindowTitle      *window_title;
  AdwToastOverlay     *toast_overlay;
  AdwComboRow         *series_row;
  AdwComboRow         *kind_row;
  AdwComboRow         *contacts_row;
  GtkSwitch           *inspection_switch;
  GtkLabel            *part_number_label;
  GtkSpinButton       *thickness_spin;
  GtkBox              *preset_box;
  AdwComboRow         *strategy_row;
  GtkSpinButton       *grid_spin;
  GtkSpinButton       *radius_spin;
  GtkToggleButton     *layer_pads;
  GtkToggleButton     *layer_apertures;
  GtkToggleButton     *layer_dimensions;
  GtkToggleButton     *layer_outline;
  AdwActionRow        *land_row;
  StencilCanvas       *canvas;
  StencilLegend       *legend;
  GtkWidget           *notice_bar;
  GtkImage            *notice_icon;
  GtkLabel            *notice_label;
  AdwStatusPage       *error_page;
  StencilResultsPanel *results_panel;
};

G_DEFINE_FINAL_TYPE (StencilWindow, stencil_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_DESIGN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The file formats: the name "win.export-to" takes, the end of the proposed file name and the
 * chooser's filter. */
static const struct
{
  const char *name;
  const char *suffix;
  const char *filter_name;
  const char *pattern;
  const char *mime_type;
} export_formats[] = {
  [STENCIL_EXPORT_GERBER] = { "gerber", "-paste.gbr", N_("Gerber files"), "*.gbr", NULL },
  [STENCIL_EXPORT_PDF] = { "pdf", ".pdf", N_("PDF documents"), "*.pdf", "application/pdf" },
  [STENCIL_EXPORT_PNG] = { "png", ".png", N_("PNG images"), "*.png", "image/png" },
  [STENCIL_EXPORT_SVG] = { "svg", ".svg", N_("SVG images"), "*.svg", "image/svg+xml" },
  [STENCIL_EXPORT_CSV] = { "csv", "-apertures.csv", N_("CSV tables"), "*.csv", "text/csv" },
};

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
};

/* The actions that need a result. */
static const char * const result_actions[] = {
  "win.export-gerber",
  "win.export-pdf",
  "win.export-image",
  "win.export-csv",
  "win.export-to",
  "win.print",
};

/* The layer toggles above the canvas and the scene layers each one shows. */
static const struct
{
  gsize offset;
  guint layers;
} layer_toggles[] = {
  { G_STRUCT_OFFSET (StencilWindow, layer_pads), STENCIL_LAYER_PADS },
  { G_STRUCT_OFFSET (StencilWindow, layer_apertures), STENCIL_LAYER_APERTURES },
  { G_STRUCT_OFFSET (StencilWindow, layer_dimensions), STENCIL_LAYER_DIMENSIONS },
  /* The outline toggle carries the body outline and its pin numbers / pin-1 mark. */
  { G_STRUCT_OFFSET (StencilWindow, layer_outline), STENCIL_LAYER_OUTLINE | STENCIL_LAYER_LABELS },
};

static GtkToggleButton *
get_layer_toggle (StencilWindow *self,
                  guint          i)
{
  return G_STRUCT_MEMBER (GtkToggleButton *, self, layer_toggles[i].offset);
}

static gboolean
format_from_name (const char          *name,
                  StencilExportFormat *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (export_formats); i++)
    if (g_strcmp0 (name, export_formats[i].name) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

/* A toast whose title is format with its string arguments escaped (a toast title is markup). */
G_GNUC_PRINTF (1, 2)
static AdwToast *
new_toast (const char *format,
           ...)
{
  g_autofree char *title = NULL;
  va_list args;

  va_start (args, format);
  title = g_markup_vprintf_escaped (format, args);
  va_end (args);
  return adw_toast_new (title);
}

static void
add_toast (StencilWindow *self,
           AdwToast      *toast)
{
  g_free (self->last_toast);
  self->last_toast = g_strdup (adw_toast_get_title (toast));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_error (StencilWindow *self,
            const char    *heading,
            const char    *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
  g_free (self->last_toast);
  self->last_toast = g_strdup (message);
}

/* Paper and orientation of the drawing from the page setup the user chose for printing. */
static void
get_drawing_options (GtkPageSetup          *page_setup,
                     StencilDrawingOptions *options)
{
  stencil_drawing_options_init (options);
  if (page_setup != NULL)
    {
      GtkPaperSize *paper = gtk_page_setup_get_paper_size (page_setup);
      GtkPageOrientation orientation = gtk_page_setup_get_orientation (page_setup);

      if (g_str_has_prefix (gtk_paper_size_get_name (paper), "na_letter"))
        options->paper = STENCIL_PAPER_LETTER;
      else
        options->paper = STENCIL_PAPER_A4;
      options->landscape = orientation == GTK_PAGE_ORIENTATION_LANDSCAPE ||
                           orientation == GTK_PAGE_ORIENTATION_REVERSE_LANDSCAPE;
    }
}

static void
update_actions (StencilWindow *self)
{
  StencilResult *result = stencil_design_get_result (self->design);

  for (guint i = 0; i < G_N_ELEMENTS (result_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), result_actions[i], result != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.use-max-thickness",
                                 result != NULL && result->max_thickness_um > 0 &&
                                 result->max_thickness_um !=
                                   stencil_design_get_thickness_um (self->design));
}

static void
rebuild_contacts_model (StencilWindow *self)
{
  StencilFamily *family = stencil_design_get_family (self->design);
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  const guint *counts = NULL;
  guint n = 0;

  g_array_set_size (self->counts, 0);
  if (family != NULL)
    counts = stencil_family_get_contacts (family, &n);
  for (guint i = 0; i < n; i++)
    {
      char text[16];

      g_snprintf (text, sizeof text, "%u", counts[i]);
      gtk_string_list_append (model, text);
      g_array_append_val (self->counts, counts[i]);
    }
  self->rebuilding = TRUE;
  g_set_object (&self->contacts_model, model);
  adw_combo_row_set_model (self->contacts_row, G_LIST_MODEL (model));
  self->rebuilding = FALSE;
  /* The binding pushes the design's count again, now that the row has its index. */
  g_object_notify (G_OBJECT (self->design), "contacts");
}

/* Binding transforms between the design and the side panel's combo rows. */
static gboolean
series_to_selected (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  StencilWindow *self = user_data;
  const char *series = g_value_get_string (from);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->series_model));

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (self->series_model, i), series) == 0)
      {
        g_value_set_uint (to, i);
        return TRUE;
      }
  return FALSE;
}

static gboolean
selected_to_series (GBinding     *binding,
                    const GValue *from,
                    GValue       *to,
                    gpointer      user_data)
{
  StencilWindow *self = user_data;
  guint i = g_value_get_uint (from);

  if (i >= g_list_model_get_n_items (G_LIST_MODEL (self->series_model)))
    return FALSE;
  g_value_set_string (to, gtk_string_list_get_string (self->series_model, i));
  return TRUE;
}

static gboolean
contacts_to_selected (GBinding     *binding,
                      const GValue *from,
                      GValue       *to,
                      gpointer      user_data)
{
  StencilWindow *self = user_data;
  guint contacts = g_value_get_uint (from);

  for (guint i = 0; i < self->counts->len; i++)
    if (g_array_index (self->counts, guint, i) == contacts)
      {
        g_value_set_uint (to, i);
        return TRUE;
      }
  return FALSE;
}

static gboolean
selected_to_contacts (GBinding     *binding,
                      const GValue *from,
                      GValue       *to,
                      gpointer      user_data)
{
  StencilWindow *self = user_data;
  guint i = g_value_get_uint (from);

  if (self->rebuilding || i >= self->counts->len)
    return FALSE;
  g_value_set_uint (to, g_array_index (self->counts, guint, i));
  return TRUE;
}

/* GSettings stores the strategy by its nick (the engine's name). */
static gboolean
strategy_get_mapping (GValue   *value,
                      GVariant *variant,
                      gpointer  user_data)
{
  StencilStrategy strategy;

  if (!stencil_strategy_from_string (g_variant_get_string (variant, NULL), &strategy))
    return FALSE;
  g_value_set_uint (value, strategy);
  return TRUE;
}

static GVariant *
strategy_set_mapping (const GValue       *value,
                      const GVariantType *expected_type,
                      gpointer            user_data)
{
  return g_variant_new_string (stencil_strategy_to_string (g_value_get_uint (value)));
}

static void
sync_layers (StencilWindow *self)
{
  guint layers = 0;

  for (guint i = 0; i < G_N_ELEMENTS (layer_toggles); i++)
    if (gtk_toggle_button_get_active (get_layer_toggle (self, i)))
      layers |= layer_toggles[i].layers;
  stencil_canvas_set_layers (self->canvas, layers);
  g_settings_set_uint (self->settings, "layers", layers);
}

static void
layer_toggled_cb (GtkToggleButton *button,
                  StencilWindow   *self)
{
  sync_layers (self);
}

static void
design_series_changed_cb (StencilDesign *design,
                          GParamSpec    *pspec,
                          StencilWindow *self)
{
  rebuild_contacts_model (self);
}

/* The provisional notice stays above the drawing while a provisional pattern is shown; the
 * user's own pattern gets a neutral bar in its place that names its source. */
static void
update_notice (StencilWindow *self)
{
  StencilResult *result = stencil_design_get_result (self->design);
  gboolean provisional = result != NULL && result->pattern->provisional;
  gboolean user = result != NULL && stencil_pattern_is_user (result->pattern);

  gtk_widget_set_visible (self->notice_bar, provisional || user);
  if (user)
    {
      const char *source = result->pattern->source;
      g_autofree char *escaped = g_markup_escape_text (*source != '\0' ? source
                                                       : _("no source given"), -1);
      g_autofree char *markup = g_strdup_printf ("<b>%s</b> %s", _("User land pattern:"),
                                                 escaped);

      gtk_widget_remove_css_class (self->notice_bar, "provisional-notice");
      gtk_widget_add_css_class (self->notice_bar, "user-land-notice");
      gtk_image_set_from_icon_name (self->notice_icon, "document-edit-symbolic");
      gtk_label_set_markup (self->notice_label, markup);
      gtk_widget_set_tooltip_text (self->notice_bar,
                                   _("The pads are your own values for this part, not the "
                                     "project’s estimate. Every export names this source."));
      return;
    }
  gtk_widget_remove_css_class (self->notice_bar, "user-land-notice");
  gtk_widget_add_css_class (self->notice_bar, "provisional-notice");
  gtk_image_set_from_icon_name (self->notice_icon, "dialog-warning-symbolic");
  if (provisional)
    {
      g_autofree char *heading = g_markup_escape_text (stencil_provisional_notice (), -1);
      g_autofree char *markup =
        g_strdup_printf ("<b>%s.</b> %s", heading,
                         _("The pads are this project’s estimate from the datasheet’s "
                           "dimension tables."));

      gtk_label_set_markup (self->notice_label, markup);
      gtk_widget_set_tooltip_text (self->notice_bar,
                                   _("The pads are not the manufacturer’s recommended pattern. "
                                     "The apertures fit these pads; check the pads against the "
                                     "current drawing before you order a stencil."));
    }
}

/* The side panel says whose land pattern is in use. */
static void
update_land_group (StencilWindow *self)
{
  StencilPattern *pattern = stencil_design_get_pattern (self->design);
  const char *source = stencil_design_get_land_source (self->design);
  const char *title, *subtitle;

  if (source != NULL)
    {
      title = _("Your own pattern");
      subtitle = *source != '\0' ? source : _("No source given");
    }
  else if (pattern != NULL && !pattern->provisional)
    {
      title = _("From the family data");
      subtitle = NULL;
    }
  else
    {
      title = _("Provisional estimate");
      subtitle = _("Not the manufacturer’s drawing: replace it with the values of the current "
                   "drawing");
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->land_row), title);
  adw_action_row_set_subtitle (self->land_row, subtitle);
}

static void
design_land_source_changed_cb (StencilDesign *design,
                               GParamSpec    *pspec,
                               StencilWindow *self)
{
  update_land_group (self);
  update_notice (self);
}

/* A saved pattern of this part that the engine refuses now: say why, use the estimate. */
static void
design_land_error_changed_cb (StencilDesign *design,
                              GParamSpec    *pspec,
                              StencilWindow *self)
{
  const char *message = stencil_design_get_land_error (design);
  AdwToast *toast;

  if (message == NULL)
    return;
  toast = new_toast (_("Your land pattern could not be used, the estimate is shown: %s"),
                     message);
  adw_toast_set_timeout (toast, 0);
  add_toast (self, toast);
}

static void
design_result_changed_cb (StencilDesign *design,
                          GParamSpec    *pspec,
                          StencilWindow *self)
{
  update_actions (self);
  update_notice (self);
}

/* An input the engine refuses: the drawing and the numbers go, and the reason takes their
 * place, on the canvas and above the summary, until the input is valid again. */
static void
design_error_changed_cb (StencilDesign *design,
                         GParamSpec    *pspec,
                         StencilWindow *self)
{
  const char *message = stencil_design_get_error_message (design);
  gboolean failed = message != NULL && *message != '\0';
  g_autofree char *escaped = failed ? g_markup_escape_text (message, -1) : NULL;

  stencil_results_panel_set_error (self->results_panel, message);
  /* The status page reads its description as markup. */
  adw_status_page_set_description (self->error_page, escaped);
  gtk_widget_set_visible (GTK_WIDGET (self->error_page), failed);
  gtk_widget_set_visible (GTK_WIDGET (self->legend), !failed);
}

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     StencilWindow   *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  StencilExportFormat format = self->chooser_format;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;

  if (format == STENCIL_EXPORT_PNG || format == STENCIL_EXPORT_SVG)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *lower = g_ascii_strdown (name, -1);

      format = g_str_has_suffix (lower, ".svg") ? STENCIL_EXPORT_SVG : STENCIL_EXPORT_PNG;
    }
  if (!stencil_window_export_to_file (self, format, file, &error))
    show_error (self, _("Could Not Export"), error->message);
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
  add_filter (chooser, _(export_formats[format].filter_name), export_formats[format].pattern,
              export_formats[format].mime_type);
}

/* Closes a file chooser that is still open. */
static void
clear_chooser (GtkFileChooserNative **chooser)
{
  if (*chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (*chooser));
  g_clear_object (chooser);
}

static void
run_export_chooser (StencilWindow       *self,
                    StencilExportFormat  format,
                    const char          *title)
{
  g_autofree char *name = stencil_window_get_default_name (self, format);
  GtkFileChooserNative *chooser;

  clear_chooser (&self->chooser);
  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (format == STENCIL_EXPORT_PNG || format == STENCIL_EXPORT_SVG)
    {
      add_format_filter (GTK_FILE_CHOOSER (chooser), STENCIL_EXPORT_PNG);
      add_format_filter (GTK_FILE_CHOOSER (chooser), STENCIL_EXPORT_SVG);
    }
  else
    add_format_filter (GTK_FILE_CHOOSER (chooser), format);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  self->chooser = chooser;
  self->chooser_format = format;
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
land_dialog_destroyed_cb (GtkWidget     *dialog,
                          StencilWindow *self)
{
  self->land_dialog = NULL;
}

static void
edit_land_pattern_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  stencil_window_open_land_dialog (STENCIL_WINDOW (widget));
}

static void
reset_land_pattern_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  StencilWindow *self = STENCIL_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!stencil_design_reset_land (self->design, &error))
    show_error (self, _("Could Not Reset the Land Pattern"), error->message);
}

static void
land_chooser_response_cb (GtkNativeDialog *dialog,
                          int              response,
                          StencilWindow   *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  gboolean import = gtk_file_chooser_get_action (GTK_FILE_CHOOSER (dialog))
                    == GTK_FILE_CHOOSER_ACTION_OPEN;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->land_chooser);
  if (file == NULL)
    return;

  if (import)
    {
      if (!stencil_design_import_land (self->design, file, &error))
        show_error (self, _("Could Not Import the Land Pattern"), error->message);
      else
        stencil_window_show_toast (self, _("Imported your land pattern"));
    }
  else if (!stencil_design_export_land (self->design, file, &error))
    show_error (self, _("Could Not Export the Land Pattern"), error->message);
  else
    {
      g_autofree char *name = g_file_get_basename (file);

      add_toast (self, new_toast (_("Saved %s"), name));
    }
}

static void
run_land_chooser (StencilWindow *self,
                  gboolean       import)
{
  GtkFileChooserNative *chooser;

  clear_chooser (&self->land_chooser);
  chooser = gtk_file_chooser_native_new (import ? _("Import Land Pattern")
                                                : _("Export Land Pattern"),
                                         GTK_WINDOW (self),
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
  g_signal_connect_object (chooser, "response", G_CALLBACK (land_chooser_response_cb), self, 0);
  self->land_chooser = chooser;
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
import_land_pattern_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  run_land_chooser (STENCIL_WINDOW (widget), TRUE);
}

static void
export_land_pattern_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  run_land_chooser (STENCIL_WINDOW (widget), FALSE);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  for (guint i = 0; i < G_N_ELEMENTS (export_actions); i++)
    if (g_str_equal (action_name, export_actions[i].action))
      run_export_chooser (STENCIL_WINDOW (widget), export_actions[i].format,
                          _(export_actions[i].title));
}

static void
export_to_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  StencilWindow *self = STENCIL_WINDOW (widget);
  const char *format_str, *path;
  StencilExportFormat format;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  g_variant_get (parameter, "(&s&s)", &format_str, &path);
  if (!format_from_name (format_str, &format))
    {
      g_autofree char *message = g_strdup_printf (_("Unknown export format “%s”"), format_str);
      show_error (self, _("Could Not Export"), message);
      return;
    }
  file = g_file_new_for_commandline_arg (path);
  if (!stencil_window_export_to_file (self, format, file, &error))
    show_error (self, _("Could Not Export"), error->message);
}

static void
open_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                StencilWindow     *self)
{
  StencilDrawingOptions options;
  StencilResult *result = stencil_design_get_result (self->design);

  get_drawing_options (gtk_print_context_get_page_setup (context), &options);
  g_clear_pointer (&self->print_scene, stencil_scene_unref);
  if (result != NULL)
    self->print_scene = stencil_scene_new_page (result, &options, NULL);
  gtk_print_operation_set_n_pages (operation, self->print_scene != NULL ? 1 : 0);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              StencilWindow     *self)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  StencilRenderOptions options;
  double w_mm, h_mm, sw_mm, sh_mm, scale;

  if (self->print_scene == NULL)
    return;

  /* The operation's unit is mm and it uses the full page, so the scene (a sheet of the chosen
   * paper) maps 1:1; a different paper is scaled to fit and centred. */
  w_mm = gtk_print_context_get_width (context);
  h_mm = gtk_print_context_get_height (context);
  sw_mm = stencil_scene_get_width_mm (self->print_scene);
  sh_mm = stencil_scene_get_height_mm (self->print_scene);
  scale = MIN (w_mm / sw_mm, h_mm / sh_mm);
  stencil_render_options_init (&options);
  cairo_save (cr);
  cairo_translate (cr, (w_mm - sw_mm * scale) / 2.0, (h_mm - sh_mm * scale) / 2.0);
  cairo_scale (cr, scale, scale);
  stencil_render_cairo (cr, self->print_scene, &options);
  cairo_restore (cr);
}

static void
end_print_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              StencilWindow     *self)
{
  g_clear_pointer (&self->print_scene, stencil_scene_unref);
}

static gboolean
run_print (StencilWindow            *self,
           GtkPrintOperationAction   action,
           const char               *export_path,
           GError                  **error)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autofree char *job_name = stencil_window_get_default_name (self, STENCIL_EXPORT_PDF);
  GtkPrintOperationResult res;

  if (self->page_setup == NULL)
    {
      StencilDrawingOptions options;
      GtkPaperSize *paper;

      /* Start with the drawing's own paper. */
      stencil_drawing_options_init (&options);
      paper = gtk_paper_size_new (options.paper == STENCIL_PAPER_LETTER ? GTK_PAPER_NAME_LETTER
                                                                        : GTK_PAPER_NAME_A4);
      self->page_setup = gtk_page_setup_new ();
      gtk_page_setup_set_paper_size (self->page_setup, paper);
      gtk_paper_size_free (paper);
      gtk_page_setup_set_orientation (self->page_setup,
                                      options.landscape ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                        : GTK_PAGE_ORIENTATION_PORTRAIT);
    }

  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_unit (operation, GTK_UNIT_MM);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_default_page_setup (operation, self->page_setup);
  if (self->print_settings != NULL)
    gtk_print_operation_set_print_settings (operation, self->print_settings);
  if (export_path != NULL)
    gtk_print_operation_set_export_filename (operation, export_path);

  g_signal_connect_object (operation, "begin-print", G_CALLBACK (begin_print_cb), self, 0);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (draw_page_cb), self, 0);
  g_signal_connect_object (operation, "end-print", G_CALLBACK (end_print_cb), self, 0);

  res = gtk_print_operation_run (operation, action, GTK_WINDOW (self), error);
  if (res == GTK_PRINT_OPERATION_RESULT_ERROR)
    return FALSE;
  if (res == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      g_set_object (&self->print_settings, gtk_print_operation_get_print_settings (operation));
      g_set_object (&self->page_setup, gtk_print_operation_get_default_page_setup (operation));
    }
  return TRUE;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  StencilWindow *self = STENCIL_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!run_print (self, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, &error))
    show_error (self, _("Could Not Print"), error->message);
}

static void
copy_part_number_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  StencilWindow *self = STENCIL_WINDOW (widget);
  const char *part_number = stencil_design_get_part_number (self->design);

  if (part_number == NULL)
    return;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), part_number);
  add_toast (self, new_toast (_("Copied %s"), part_number));
}

static void
use_max_thickness_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  StencilWindow *self = STENCIL_WINDOW (widget);
  StencilResult *result = stencil_design_get_result (self->design);

  if (result != NULL && result->max_thickness_um > 0)
    stencil_design_set_thickness_um (self->design, result->max_thickness_um);
}

static void
set_thickness_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  StencilWindow *self = STENCIL_WINDOW (widget);

  stencil_design_set_thickness_um (self->design, g_variant_get_double (parameter));
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  stencil_canvas_zoom_in (STENCIL_WINDOW (widget)->canvas);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  stencil_canvas_zoom_out (STENCIL_WINDOW (widget)->canvas);
}

static void
zoom_fit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  stencil_canvas_zoom_fit (STENCIL_WINDOW (widget)->canvas);
}

static void
add_thickness_presets (StencilWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (thickness_presets_um); i++)
    {
      g_autofree char *label = g_strdup_printf ("%.0f", thickness_presets_um[i]);
      g_autofree char *tooltip = g_strdup_printf (_("Set the thickness to %.0f µm"),
                                                  thickness_presets_um[i]);
      GtkWidget *button = gtk_button_new_with_label (label);

      gtk_widget_set_tooltip_text (button, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      tooltip, -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.set-thickness");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                              g_variant_new_double (thickness_presets_um[i]));
      gtk_widget_add_css_class (button, "preset");
      gtk_box_append (self->preset_box, button);
    }
}

static void
bind_widgets (StencilWindow *self)
{
  GPtrArray *families = stencil_catalog_get_families (self->catalog);
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  GBindingFlags flags = G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE;
  guint layers;

  self->series_model = gtk_string_list_new (NULL);
  for (guint i = 0; families != NULL && i < families->len; i++)
    gtk_string_list_append (self->series_model,
                            stencil_family_get_series (g_ptr_array_index (families, i)));
  adw_combo_row_set_model (self->series_row, G_LIST_MODEL (self->series_model));

  self->kind_model = gtk_string_list_new (NULL);
  for (StencilPartKind k = 0; k < STENCIL_N_PART_KINDS; k++)
    gtk_string_list_append (self->kind_model, stencil_part_kind_label (k));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (self->kind_model));

  self->strategy_model = gtk_string_list_new (NULL);
  for (StencilStrategy s = 0; s < STENCIL_N_STRATEGIES; s++)
    gtk_string_list_append (self->strategy_model, stencil_strategy_label (s));
  adw_combo_row_set_model (self->strategy_row, G_LIST_MODEL (self->strategy_model));

  /* Settings first, so that the widgets start from the restored design. */
  g_settings_bind (self->settings, "part-number", self->design, "part-number",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "thickness-um", self->design, "thickness-um",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "grid-um", self->design, "grid-um", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "corner-radius-mm", self->design, "corner-radius-mm",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "strategy", self->design, "strategy",
                                G_SETTINGS_BIND_DEFAULT, strategy_get_mapping,
                                strategy_set_mapping, NULL, NULL);

  rebuild_contacts_model (self);
  g_signal_connect_object (self->design, "notify::series",
                           G_CALLBACK (design_series_changed_cb), self, 0);
  g_signal_connect_object (self->design, "notify::result",
                           G_CALLBACK (design_result_changed_cb), self, 0);
  g_signal_connect_object (self->design, "notify::thickness-um",
                           G_CALLBACK (design_result_changed_cb), self, 0);
  g_signal_connect_object (self->design, "notify::error-message",
                           G_CALLBACK (design_error_changed_cb), self, 0);
  g_signal_connect_object (self->design, "notify::land-source",
                           G_CALLBACK (design_land_source_changed_cb), self, 0);
  g_signal_connect_object (self->design, "notify::land-error",
                           G_CALLBACK (design_land_error_changed_cb), self, 0);

  g_object_bind_property_full (self->design, "series", self->series_row, "selected", flags,
                               series_to_selected, selected_to_series, self, NULL);
  g_object_bind_property (self->design, "part-kind", self->kind_row, "selected", flags);
  g_object_bind_property_full (self->design, "contacts", self->contacts_row, "selected", flags,
                               contacts_to_selected, selected_to_contacts, self, NULL);
  g_object_bind_property (self->design, "inspection", self->inspection_switch, "active", flags);
  g_object_bind_property (self->design, "part-number", self->part_number_label, "label",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->design, "part-number", self->window_title, "subtitle",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->design, "thickness-um",
                          gtk_spin_button_get_adjustment (self->thickness_spin), "value", flags);
  g_object_bind_property (self->design, "strategy", self->strategy_row, "selected", flags);
  g_object_bind_property (self->design, "grid-um",
                          gtk_spin_button_get_adjustment (self->grid_spin), "value", flags);
  g_object_bind_property (self->design, "corner-radius-mm",
                          gtk_spin_button_get_adjustment (self->radius_spin), "value", flags);
  g_object_bind_property (self->design, "result", self->canvas, "result",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->design, "result", self->results_panel, "result",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (style_manager, "dark", self->canvas, "dark", G_BINDING_SYNC_CREATE);
  g_object_bind_property (style_manager, "dark", self->legend, "dark", G_BINDING_SYNC_CREATE);

  layers = g_settings_get_uint (self->settings, "layers");
  for (guint i = 0; i < G_N_ELEMENTS (layer_toggles); i++)
    {
      GtkToggleButton *toggle = get_layer_toggle (self, i);

      gtk_toggle_button_set_active (toggle, (layers & layer_toggles[i].layers) != 0);
      g_signal_connect_object (toggle, "toggled", G_CALLBACK (layer_toggled_cb), self, 0);
    }
  sync_layers (self);

  design_error_changed_cb (self->design, NULL, self);
  update_actions (self);
  update_notice (self);
  update_land_group (self);
  design_land_error_changed_cb (self->design, NULL, self);
}

static void
show_catalog_warnings (StencilWindow *self)
{
  GPtrArray *warnings = stencil_catalog_get_warnings (self->catalog);

  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      AdwToast *toast = new_toast (_("Skipped a connector data file: %s"),
                                   (const char *) g_ptr_array_index (warnings, i));

      adw_toast_set_timeout (toast, 0);
      add_toast (self, toast);
    }
}

static void
stencil_window_constructed (GObject *object)
{
  StencilWindow *self = STENCIL_WINDOW (object);

  G_OBJECT_CLASS (stencil_window_parent_class)->constructed (object);

  if (self->catalog == NULL)
    self->catalog = stencil_catalog_new ();
  self->design = stencil_design_new (self->catalog);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  bind_widgets (self);
  show_catalog_warnings (self);
}

static gboolean
stencil_window_close_request (GtkWindow *window)
{
  StencilWindow *self = STENCIL_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  return GTK_WINDOW_CLASS (stencil_window_parent_class)->close_request (window);
}

static void
stencil_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  StencilWindow *self = STENCIL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;
    case PROP_DESIGN:
      g_value_set_object (value, self->design);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stencil_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  StencilWindow *self = STENCIL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      self->catalog = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stencil_window_dispose (GObject *object)
{
  StencilWindow *self = STENCIL_WINDOW (object);

  clear_chooser (&self->chooser);
  clear_chooser (&self->land_chooser);
  if (self->land_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->land_dialog));
  gtk_widget_dispose_template (GTK_WIDGET (self), STENCIL_TYPE_WINDOW);

  G_OBJECT_CLASS (stencil_window_parent_class)->dispose (object);
}

static void
stencil_window_finalize (GObject *object)
{
  StencilWindow *self = STENCIL_WINDOW (object);

  g_clear_object (&self->design);
  g_clear_object (&self->catalog);
  g_clear_object (&self->settings);
  g_clear_object (&self->series_model);
  g_clear_object (&self->kind_model);
  g_clear_object (&self->contacts_model);
  g_clear_object (&self->strategy_model);
  g_clear_object (&self->print_settings);
  g_clear_object (&self->page_setup);
  g_clear_pointer (&self->print_scene, stencil_scene_unref);
  g_clear_pointer (&self->counts, g_array_unref);
  g_clear_pointer (&self->last_toast, g_free);

  G_OBJECT_CLASS (stencil_window_parent_class)->finalize (object);
}

static void
stencil_window_class_init (StencilWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = stencil_window_constructed;
  object_class->get_property = stencil_window_get_property;
  object_class->set_property = stencil_window_set_property;
  object_class->dispose = stencil_window_dispose;
  object_class->finalize = stencil_window_finalize;
  window_class->close_request = stencil_window_close_request;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, STENCIL_TYPE_CATALOG,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);
  properties[PROP_DESIGN] =
    g_param_spec_object ("design", NULL, NULL, STENCIL_TYPE_DESIGN,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/stencilcalc/StencilCalc/ui/stencil-window.ui");
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, series_row);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, kind_row);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, contacts_row);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, inspection_switch);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, part_number_label);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, thickness_spin);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, preset_box);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, strategy_row);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, grid_spin);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, radius_spin);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, layer_pads);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, layer_apertures);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, layer_dimensions);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, layer_outline);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, canvas);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, legend);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, notice_bar);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, notice_icon);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, land_row);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, notice_label);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, results_panel);

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
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-fit", NULL, zoom_fit_action);
  gtk_widget_class_install_action (widget_class, "win.edit-land-pattern", NULL,
                                   edit_land_pattern_action);
  gtk_widget_class_install_action (widget_class, "win.import-land-pattern", NULL,
                                   import_land_pattern_action);
  gtk_widget_class_install_action (widget_class, "win.export-land-pattern", NULL,
                                   export_land_pattern_action);
  gtk_widget_class_install_action (widget_class, "win.reset-land-pattern", NULL,
                                   reset_land_pattern_action);
}

static void
stencil_window_init (StencilWindow *self)
{
  g_type_ensure (STENCIL_TYPE_CANVAS);
  g_type_ensure (STENCIL_TYPE_LEGEND);
  g_type_ensure (STENCIL_TYPE_RESULTS_PANEL);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
  self->counts = g_array_new (FALSE, FALSE, sizeof (guint));
  add_thickness_presets (self);
}

StencilWindow *
stencil_window_new (AdwApplication *application,
                    StencilCatalog *catalog)
{
  return g_object_new (STENCIL_TYPE_WINDOW,
                       "application", application,
                       "catalog", catalog,
                       NULL);
}

StencilDesign *
stencil_window_get_design (StencilWindow *self)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), NULL);
  return self->design;
}

void
stencil_window_show_toast (StencilWindow *self,
                           const char    *message)
{
  g_return_if_fail (STENCIL_IS_WINDOW (self));
  g_return_if_fail (message != NULL);
  add_toast (self, new_toast ("%s", message));
}

void
stencil_window_show_error (StencilWindow *self,
                           const char    *heading,
                           const char    *message)
{
  g_return_if_fail (STENCIL_IS_WINDOW (self));
  show_error (self, heading, message);
}

char *
stencil_window_get_default_name (StencilWindow       *self,
                                 StencilExportFormat  format)
{
  const char *part_number;
  g_autofree char *thickness = NULL;

  g_return_val_if_fail (STENCIL_IS_WINDOW (self), NULL);
  g_return_val_if_fail ((guint) format < G_N_ELEMENTS (export_formats), NULL);

  part_number = stencil_design_get_part_number (self->design);
  thickness = stencil_format_number (stencil_design_get_thickness_um (self->design), 1);
  return g_strdup_printf ("%s-%sum%s", part_number != NULL ? part_number : "stencil", thickness,
                          export_formats[format].suffix);
}

gboolean
stencil_window_export_to_file (StencilWindow       *self,
                               StencilExportFormat  format,
                               GFile               *file,
                               GError             **error)
{
  StencilResult *result;
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *name = NULL;
  StencilDrawingOptions drawing;
  StencilGerberOptions gerber;
  gboolean ok = FALSE;
  AdwToast *toast;

  g_return_val_if_fail (STENCIL_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  result = stencil_design_get_result (self->design);
  if (result == NULL)
    {
      g_set_error_literal (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                           stencil_design_get_error_message (self->design) != NULL
                           ? stencil_design_get_error_message (self->design)
                           : _("There is nothing to export"));
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

  get_drawing_options (self->page_setup, &drawing);
  switch (format)
    {
    case STENCIL_EXPORT_GERBER:
      stencil_gerber_options_init (&gerber);
      ok = stencil_gerber_write (result, &gerber, path, error);
      break;
    case STENCIL_EXPORT_PDF:
      ok = stencil_drawing_write_pdf (&result, 1, &drawing, path, error);
      break;
    case STENCIL_EXPORT_PNG:
      ok = stencil_drawing_write_png (&result, 1, &drawing, path, error);
      break;
    case STENCIL_EXPORT_SVG:
      ok = stencil_drawing_write_svg (&result, 1, &drawing, path, error);
      break;
    case STENCIL_EXPORT_CSV:
      {
        g_autoptr(GBytes) csv = stencil_csv_generate (result);
        ok = stencil_write_output_bytes (path, csv, error);
      }
      break;
    default:
      g_return_val_if_reached (FALSE);
    }
  if (!ok)
    return FALSE;

  name = g_file_get_basename (file);
  uri = g_file_get_uri (file);
  toast = new_toast (_("Exported “%s”"), name);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-file");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  add_toast (self, toast);
  return TRUE;
}

StencilLandDialog *
stencil_window_open_land_dialog (StencilWindow *self)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), NULL);

  if (self->land_dialog == NULL)
    {
      self->land_dialog = stencil_land_dialog_new (GTK_WINDOW (self), self->design);
      g_signal_connect_object (self->land_dialog, "destroy",
                               G_CALLBACK (land_dialog_destroyed_cb), self, 0);
    }
  gtk_window_present (GTK_WINDOW (self->land_dialog));
  return self->land_dialog;
}

gboolean
stencil_window_print_to_pdf (StencilWindow *self,
                             const char    *path,
                             GError       **error)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), FALSE);
  return run_print (self, GTK_PRINT_OPERATION_ACTION_EXPORT, path, error);
}

StencilCanvas *
stencil_window_get_canvas (StencilWindow *self)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), NULL);
  return self->canvas;
}

StencilResultsPanel *
stencil_window_get_results_panel (StencilWindow *self)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), NULL);
  return self->results_panel;
}

GtkSpinButton *
stencil_window_get_thickness_spin (StencilWindow *self)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), NULL);
  return self->thickness_spin;
}

AdwComboRow *
stencil_window_get_contacts_row (StencilWindow *self)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), NULL);
  return self->contacts_row;
}

AdwComboRow *
stencil_window_get_kind_row (StencilWindow *self)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), NULL);
  return self->kind_row;
}

AdwToastOverlay *
stencil_window_get_toast_overlay (StencilWindow *self)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), NULL);
  return self->toast_overlay;
}

const char *
stencil_window_get_last_toast (StencilWindow *self)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), NULL);
  return self->last_toast;
}

AdwStatusPage *
stencil_window_get_error_page (StencilWindow *self)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), NULL);
  return self->error_page;
}

GtkWidget *
stencil_window_get_notice_bar (StencilWindow *self)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), NULL);
  return self->notice_bar;
}

AdwActionRow *
stencil_window_get_land_row (StencilWindow *self)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), NULL);
  return self->land_row;
}

GtkLabel *
stencil_window_get_notice_label (StencilWindow *self)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), NULL);
  return self->notice_label;
}
