/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The main window: the side panel bound to the design and GSettings, the provisional notice,
 * the land-pattern source and the engine's errors (its actions: stencil-window-actions.c). */
#define G_LOG_DOMAIN "stencilcalc"

#include "config.h"

#include <glib/gi18n.h>

#include "stencil-canvas.h"
#include "stencil-field.h"
#include "stencil-labels.h"
#include "stencil-legend.h"
#include "stencil-limits.h"
#include "stencil-messages.h"
#include "stencil-results-panel.h"
#include "stencil-scene.h"
#include "stencil-sweep-plot.h"
#include "stencil-window.h"
#include "stencil-window-actions-private.h"
#include "stencil-window-file-private.h"
#include "stencil-window-private.h"

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
  StencilMessages     *messages;
  StencilWindowActions *actions;
  StencilWindowFile   *file;

  /* template children */
  AdwWindowTitle      *window_title;
  GtkToggleButton     *side_toggle;
  AdwFlap             *side_flap;
  AdwToastOverlay     *toast_overlay;
  AdwComboRow         *series_row;
  AdwComboRow         *kind_row;
  AdwComboRow         *contacts_row;
  GtkSwitch           *inspection_switch;
  GtkLabel            *part_number_label;
  AdwActionRow        *thickness_row;
  GtkSpinButton       *thickness_spin;
  AdwComboRow         *strategy_row;
  AdwActionRow        *grid_row;
  GtkSpinButton       *grid_spin;
  AdwActionRow        *radius_row;
  GtkSpinButton       *radius_spin;
  AdwActionRow        *web_row;
  GtkSpinButton       *web_spin;
  GtkToggleButton     *sweep_toggle;
  StencilSweepPlot    *sweep_plot;
  GtkPaned            *drawing_paned;
  gboolean             sweep_placed;   /* the pane has been given the sweep's natural width */
  GtkToggleButton     *layer_pads;
  GtkToggleButton     *layer_apertures;
  GtkToggleButton     *layer_dimensions;
  GtkToggleButton     *layer_outline;
  AdwActionRow        *land_row;
  AdwActionRow        *stored_land_row;
  GMenu               *recent_menu;
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
      /* TRANSLATORS: the bar above the drawing: "User land pattern:" (bold) and its source. */
      g_autofree char *markup = g_strdup_printf (_("<b>%s</b> %s"), _("User land pattern:"),
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
      g_autofree char *markup = g_strdup_printf ("<b>%s</b>", heading);
      /* One line in the bar, so that a low screen keeps its height for the drawing; what it
       * means is a hover away. */
      g_autofree char *tooltip =
        g_strdup_printf ("%s\n%s", _("The pads are this project’s estimate from the datasheet’s "
                                     "dimension tables."),
                         _("The pads are not the manufacturer’s recommended pattern. The "
                           "apertures fit these pads; check the pads against the current "
                           "drawing before you order a stencil."));

      gtk_label_set_markup (self->notice_label, markup);
      gtk_widget_set_tooltip_text (self->notice_bar, tooltip);
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

/* A land pattern an earlier version kept for this part (and used unasked): offered for import
 * into the design, never used by itself. */
static void
design_stored_land_changed_cb (StencilDesign *design,
                               GParamSpec    *pspec,
                               StencilWindow *self)
{
  const char *path = stencil_design_get_stored_land_file (design);
  g_autofree char *display = path != NULL ? g_filename_display_name (path) : NULL;
  g_autofree char *subtitle = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->stored_land_row), path != NULL);
  if (path == NULL)
    return;
  subtitle = g_strdup_printf (_("An earlier version kept a land pattern of this part in %s. "
                                "A design now holds its own land pattern: this one is not used "
                                "unless you import it."), display);
  adw_action_row_set_subtitle (self->stored_land_row, subtitle);
}

static void
design_result_changed_cb (StencilDesign *design,
                          GParamSpec    *pspec,
                          StencilWindow *self)
{
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

/* The spin buttons take the range of the engine's checks. Configured again, so that the
 * width they ask for fits the range's longest value. */
static void
set_spin_range (GtkSpinButton  *spin,
                StencilLimitId  id)
{
  const StencilLimit *limit = stencil_limit_get (id);

  gtk_spin_button_set_range (spin, limit->min, limit->max);
  gtk_spin_button_configure (spin, NULL, gtk_spin_button_get_climb_rate (spin),
                             gtk_spin_button_get_digits (spin));
}

/* When the sweep is shown, it gets its natural width beside the drawing (a paned gives its end
 * child only the minimum by itself); after that the user's divider stays where it is put. */
static void
place_sweep (StencilWindow *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self->drawing_paned));
  int natural = 0;

  if (self->sweep_placed || !gtk_widget_get_visible (GTK_WIDGET (self->sweep_plot)) || width <= 0)
    return;
  gtk_widget_measure (GTK_WIDGET (self->sweep_plot), GTK_ORIENTATION_HORIZONTAL, -1, NULL,
                      &natural, NULL, NULL);
  gtk_paned_set_position (self->drawing_paned, MAX (width / 2, width - natural));
  self->sweep_placed = TRUE;
}

static void
sweep_shown_cb (GObject       *object,
                GParamSpec    *pspec,
                StencilWindow *self)
{
  if (!gtk_toggle_button_get_active (self->sweep_toggle))
    self->sweep_placed = FALSE;
  place_sweep (self);
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
  g_settings_bind (self->settings, "web-limit-mm", self->design, "web-limit-mm",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "show-sweep", self->sweep_toggle, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->sweep_toggle, "notify::active", G_CALLBACK (sweep_shown_cb),
                           self, 0);
  g_signal_connect_object (self->drawing_paned, "notify::max-position",
                           G_CALLBACK (sweep_shown_cb), self, 0);
  g_settings_bind_with_mapping (self->settings, "strategy", self->design, "strategy",
                                G_SETTINGS_BIND_DEFAULT, strategy_get_mapping,
                                strategy_set_mapping, NULL, NULL);

  rebuild_contacts_model (self);
  g_signal_connect_object (self->design, "notify::series",
                           G_CALLBACK (design_series_changed_cb), self, 0);
  g_signal_connect_object (self->design, "notify::result",
                           G_CALLBACK (design_result_changed_cb), self, 0);
  g_signal_connect_object (self->design, "notify::error-message",
                           G_CALLBACK (design_error_changed_cb), self, 0);
  g_signal_connect_object (self->design, "notify::land-source",
                           G_CALLBACK (design_land_source_changed_cb), self, 0);
  g_signal_connect_object (self->design, "notify::stored-land-file",
                           G_CALLBACK (design_stored_land_changed_cb), self, 0);

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
  /* The header bar's toggle shows the side panel, and says whether it is shown (a folded
   * panel hides itself when the window narrows). */
  g_object_bind_property (self->side_flap, "reveal-flap", self->side_toggle, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->design, "strategy", self->strategy_row, "selected", flags);
  g_object_bind_property (self->design, "grid-um",
                          gtk_spin_button_get_adjustment (self->grid_spin), "value", flags);
  g_object_bind_property (self->design, "corner-radius-mm",
                          gtk_spin_button_get_adjustment (self->radius_spin), "value", flags);
  g_object_bind_property (self->design, "web-limit-mm",
                          gtk_spin_button_get_adjustment (self->web_spin), "value", flags);
  stencil_sweep_plot_set_design (self->sweep_plot, self->design);
  g_object_bind_property (self->design, "result", self->canvas, "result",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->design, "result", self->results_panel, "result",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (style_manager, "dark", self->canvas, "dark", G_BINDING_SYNC_CREATE);
  g_object_bind_property (style_manager, "dark", self->legend, "dark", G_BINDING_SYNC_CREATE);
  g_object_bind_property (style_manager, "dark", self->sweep_plot, "dark",
                          G_BINDING_SYNC_CREATE);

  layers = g_settings_get_uint (self->settings, "layers");
  for (guint i = 0; i < G_N_ELEMENTS (layer_toggles); i++)
    {
      GtkToggleButton *toggle = get_layer_toggle (self, i);

      gtk_toggle_button_set_active (toggle, (layers & layer_toggles[i].layers) != 0);
      g_signal_connect_object (toggle, "toggled", G_CALLBACK (layer_toggled_cb), self, 0);
    }
  sync_layers (self);

  design_error_changed_cb (self->design, NULL, self);
  update_notice (self);
  update_land_group (self);
  design_stored_land_changed_cb (self->design, NULL, self);

  /* The fields check what is typed, and show every digit computed with. */
  stencil_field_attach (self->thickness_spin, self->thickness_row, self->design, "thickness",
                        STENCIL_LIMIT_THICKNESS);
  stencil_field_attach (self->grid_spin, self->grid_row, self->design, "grid",
                        STENCIL_LIMIT_GRID);
  stencil_field_attach (self->radius_spin, self->radius_row, self->design, "corner-radius",
                        STENCIL_LIMIT_CORNER_RADIUS);
  stencil_field_attach (self->web_spin, self->web_row, self->design, "web-limit",
                        STENCIL_LIMIT_WEB);
}

static void
show_catalog_warnings (StencilWindow *self)
{
  GPtrArray *warnings = stencil_catalog_get_warnings (self->catalog);

  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      AdwToast *toast = stencil_toast_new_printf (_("Skipped a connector data file: %s"),
                                   (const char *) g_ptr_array_index (warnings, i));

      adw_toast_set_timeout (toast, 0);
      stencil_messages_add_toast (self->messages, toast);
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
  self->actions = stencil_window_actions_new (GTK_WINDOW (self), self->design, self->canvas,
                                              self->messages);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  bind_widgets (self);
  self->file = stencil_window_file_new (GTK_WINDOW (self), self->design, self->messages,
                                        self->window_title, self->recent_menu);
  /* The design restored from the settings is where this window starts: nothing unsaved. */
  stencil_design_set_unmodified (self->design);
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

  /* Unsaved changes: "save changes?" first; the window closes after it. */
  if (self->file != NULL && stencil_window_file_close_request (self->file))
    return TRUE;
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

  g_clear_pointer (&self->actions, stencil_window_actions_free);
  g_clear_pointer (&self->file, stencil_window_file_free);
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
  g_clear_pointer (&self->counts, g_array_unref);
  g_clear_pointer (&self->messages, stencil_messages_free);

  G_OBJECT_CLASS (stencil_window_parent_class)->finalize (object);
}

/* win.toggle-side-panel (F9, as in other GNOME apps with a side panel). */
static void
toggle_side_panel_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  StencilWindow *self = STENCIL_WINDOW (widget);

  adw_flap_set_reveal_flap (self->side_flap, !adw_flap_get_reveal_flap (self->side_flap));
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
  gtk_widget_class_install_action (widget_class, "win.toggle-side-panel", NULL,
                                   toggle_side_panel_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-side-panel",
                                       NULL);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, side_toggle);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, side_flap);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, thickness_row);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, thickness_spin);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, strategy_row);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, grid_row);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, grid_spin);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, radius_row);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, radius_spin);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, web_row);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, web_spin);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, sweep_toggle);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, sweep_plot);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, drawing_paned);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, layer_pads);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, layer_apertures);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, layer_dimensions);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, layer_outline);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, canvas);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, legend);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, notice_bar);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, notice_icon);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, land_row);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, stored_land_row);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, recent_menu);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, notice_label);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, StencilWindow, results_panel);

  stencil_window_actions_install (widget_class);
  stencil_window_file_install (widget_class);
}

static void
stencil_window_init (StencilWindow *self)
{
  g_type_ensure (STENCIL_TYPE_CANVAS);
  g_type_ensure (STENCIL_TYPE_LEGEND);
  g_type_ensure (STENCIL_TYPE_RESULTS_PANEL);
  g_type_ensure (STENCIL_TYPE_SWEEP_PLOT);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
  self->counts = g_array_new (FALSE, FALSE, sizeof (guint));
  self->messages = stencil_messages_new (GTK_WINDOW (self), self->toast_overlay);
  set_spin_range (self->thickness_spin, STENCIL_LIMIT_THICKNESS);
  set_spin_range (self->grid_spin, STENCIL_LIMIT_GRID);
  set_spin_range (self->radius_spin, STENCIL_LIMIT_CORNER_RADIUS);
  set_spin_range (self->web_spin, STENCIL_LIMIT_WEB);
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
  stencil_messages_show_toast (self->messages, message);
}

void
stencil_window_show_error (StencilWindow *self,
                           const char    *heading,
                           const char    *message)
{
  g_return_if_fail (STENCIL_IS_WINDOW (self));
  stencil_messages_show_error (self->messages, heading, message);
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

GtkSpinButton *
stencil_window_get_grid_spin (StencilWindow *self)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), NULL);
  return self->grid_spin;
}

GtkSpinButton *
stencil_window_get_web_spin (StencilWindow *self)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), NULL);
  return self->web_spin;
}

StencilSweepPlot *
stencil_window_get_sweep_plot (StencilWindow *self)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), NULL);
  return self->sweep_plot;
}

GtkToggleButton *
stencil_window_get_sweep_toggle (StencilWindow *self)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), NULL);
  return self->sweep_toggle;
}

GtkSpinButton *
stencil_window_get_radius_spin (StencilWindow *self)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), NULL);
  return self->radius_spin;
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
  return stencil_messages_get_last (self->messages);
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

AdwFlap *
stencil_window_get_side_flap (StencilWindow *self)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), NULL);
  return self->side_flap;
}

GtkToggleButton *
stencil_window_get_side_toggle (StencilWindow *self)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), NULL);
  return self->side_toggle;
}

GtkLabel *
stencil_window_get_notice_label (StencilWindow *self)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), NULL);
  return self->notice_label;
}

char *
stencil_window_get_default_name (StencilWindow       *self,
                                 StencilExportFormat  format)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), NULL);
  return stencil_window_actions_get_default_name (self->actions, format);
}

gboolean
stencil_window_get_pdf_with_sweep (StencilWindow *self)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), FALSE);
  return stencil_window_actions_get_pdf_with_sweep (self->actions);
}

void
stencil_window_set_pdf_with_sweep (StencilWindow *self,
                                   gboolean       with_sweep)
{
  g_return_if_fail (STENCIL_IS_WINDOW (self));
  stencil_window_actions_set_pdf_with_sweep (self->actions, with_sweep);
}

gboolean
stencil_window_export_to_file (StencilWindow       *self,
                               StencilExportFormat  format,
                               GFile               *file,
                               GError             **error)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), FALSE);
  return stencil_window_actions_export_to_file (self->actions, format, file, error);
}

gboolean
stencil_window_print_to_pdf (StencilWindow *self,
                             const char    *path,
                             GError       **error)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), FALSE);
  return stencil_window_actions_print_to_pdf (self->actions, path, error);
}

StencilLandDialog *
stencil_window_open_land_dialog (StencilWindow *self)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), NULL);
  return stencil_window_actions_open_land_dialog (self->actions);
}

void
stencil_window_open_file (StencilWindow *self,
                          GFile         *file)
{
  g_return_if_fail (STENCIL_IS_WINDOW (self));
  stencil_window_file_open (self->file, file);
}

gboolean
stencil_window_is_pristine (StencilWindow *self)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), FALSE);
  return stencil_design_get_file (self->design) == NULL &&
         !stencil_design_get_modified (self->design);
}

gboolean
stencil_window_save_to_file (StencilWindow *self,
                             GFile         *file,
                             GError       **error)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), FALSE);
  return stencil_window_file_save (self->file, file, error);
}

AdwMessageDialog *
stencil_window_get_confirm_dialog (StencilWindow *self)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), NULL);
  return stencil_window_file_get_confirm_dialog (self->file);
}

const char *
stencil_window_get_title_text (StencilWindow *self)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), NULL);
  return stencil_window_file_get_title (self->file);
}

char *
stencil_window_get_default_design_name (StencilWindow *self)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), NULL);
  return stencil_window_file_default_name (self->file);
}

AdwActionRow *
stencil_window_get_thickness_row (StencilWindow *self)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), NULL);
  return self->thickness_row;
}

AdwActionRow *
stencil_window_get_stored_land_row (StencilWindow *self)
{
  g_return_val_if_fail (STENCIL_IS_WINDOW (self), NULL);
  return self->stored_land_row;
}
