/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stencilcalc"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "stencil-labels.h"
#include "stencil-results-panel.h"
#include "stencil-results-panel-private.h"

StencilPadRow *stencil_pad_row_new (StencilResult *result,
                                    guint          index);

struct _StencilResultsPanel
{
  GtkWidget      parent_instance;

  StencilResult *result;
  GHashTable    *values;       /* "card/value" -> GtkLabel (owned by the widget tree) */
  GtkWidget     *class_groups[STENCIL_N_PAD_CLASSES];
  GtkWidget     *status_icons[STENCIL_N_PAD_CLASSES];
  GtkWidget     *target_rows[STENCIL_N_PAD_CLASSES];
  GListStore    *store;        /* of StencilPadRow */
  GtkSortListModel *sorted;
  GtkColumnView *column_view;

  /* template children */
  GtkWidget     *paned;
  GtkWidget     *notice;
  GtkLabel      *notice_label;
  GtkLabel      *error_label;
  GtkBox        *cards_box;
  GtkImage      *web_icon;
  GtkLabel      *web_label;
  GtkLabel      *max_label;
  GtkLabel      *warnings_label;
  GtkScrolledWindow *table_scroller;
};

G_DEFINE_FINAL_TYPE (StencilResultsPanel, stencil_results_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RESULT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  const char *id;
  const char *title;
  const char *property;   /* sort key of StencilPadRow */
  gboolean    numeric;
} ColumnInfo;

static const ColumnInfo columns[] = {
  { "id", N_("Pad"), "index", TRUE },
  { "class", N_("Class"), "pad-class", FALSE },
  { "x", N_("X (mm)"), "x-mm", TRUE },
  { "y", N_("Y (mm)"), "y-mm", TRUE },
  { "pad", N_("Pad (mm)"), "pad-area", TRUE },
  { "aperture", N_("Aperture (mm)"), "aperture-area", TRUE },
  { "opening", N_("Opening"), "opening-ratio", TRUE },
  { "area-ratio", N_("Area Ratio"), "area-ratio", TRUE },
  { "aspect-ratio", N_("Aspect Ratio"), "aspect-ratio", TRUE },
  { "status", N_("Status"), "status", TRUE },
};

static const char *
class_key (StencilPadClass pad_class)
{
  return pad_class == STENCIL_PAD_CLASS_TERMINAL ? "terminal" : "soldering";
}

static GtkWidget *
add_value_row (StencilResultsPanel *self,
               GtkWidget           *group,
               const char          *card,
               const char          *value,
               const char          *title,
               const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  g_hash_table_insert (self->values, g_strconcat (card, "/", value, NULL), label);
  return row;
}

static GtkWidget *
create_class_group (StencilResultsPanel *self,
                    StencilPadClass      pad_class)
{
  GtkWidget *group = adw_preferences_group_new ();
  const char *card = class_key (pad_class);
  GtkWidget *row;
  GtkWidget *icon;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group),
                                   stencil_pad_class_label (pad_class));
  row = add_value_row (self, group, card, "status", _("Status"), NULL);
  add_value_row (self, group, card, "area-ratio", _("Area ratio"),
                 _("IPC-7525: opening area ÷ wall area, at least 0.66"));
  add_value_row (self, group, card, "aspect-ratio", _("Aspect ratio"),
                 _("IPC-7525: narrowest side ÷ thickness, at least 1.5"));
  self->target_rows[pad_class] = add_value_row (self, group, card, "target",
                                                _("Target opening ratio"), NULL);
  add_value_row (self, group, card, "opening", _("Achieved opening ratio"),
                 _("Aperture area ÷ pad area, after rounding to the grid"));
  add_value_row (self, group, card, "pad", _("Pad"), NULL);
  add_value_row (self, group, card, "aperture", _("Aperture"), NULL);
  icon = gtk_image_new ();
  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
  self->status_icons[pad_class] = icon;
  gtk_box_append (self->cards_box, group);
  return group;
}

static void
set_value (StencilResultsPanel *self,
           const char          *card,
           const char          *value,
           const char          *text)
{
  g_autofree char *key = g_strconcat (card, "/", value, NULL);
  GtkLabel *label = g_hash_table_lookup (self->values, key);

  g_return_if_fail (label != NULL);
  gtk_label_set_text (label, text);
}

static void
set_status_style (GtkWidget    *widget,
                  StencilStatus status)
{
  for (StencilStatus s = STENCIL_STATUS_PASS; s <= STENCIL_STATUS_FAIL; s++)
    gtk_widget_remove_css_class (widget, stencil_status_css_class (s));
  gtk_widget_add_css_class (widget, stencil_status_css_class (status));
}

static void
update_class (StencilResultsPanel      *self,
              const StencilClassResult *cr)
{
  const char *card = class_key (cr->pad_class);
  GtkWidget *group = self->class_groups[cr->pad_class];
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  g_autofree char *percent = NULL;
  g_autofree char *key = NULL;
  GtkWidget *status_label;

  if (group == NULL)
    group = self->class_groups[cr->pad_class] = create_class_group (self, cr->pad_class);
  gtk_widget_set_visible (group, TRUE);

  title = g_strdup_printf (ngettext ("%u pad", "%u pads", cr->n_pads), cr->n_pads);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), title);

  text = g_strdup_printf (_("%.3f × %.3f mm"), cr->pad_w_mm, cr->pad_h_mm);
  set_value (self, card, "pad", text);
  g_free (text);
  text = g_strdup_printf (_("%.3f × %.3f mm"), cr->aperture.w_mm, cr->aperture.h_mm);
  set_value (self, card, "aperture", text);
  g_free (text);
  percent = stencil_format_percent (cr->target_ratio);
  set_value (self, card, "target", percent);
  g_free (percent);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->target_rows[cr->pad_class]),
                               stencil_regime_label (cr->regime));
  percent = stencil_format_percent (cr->aperture.opening_ratio);
  set_value (self, card, "opening", percent);
  text = g_strdup_printf ("%.2f", cr->aperture.area_ratio);
  set_value (self, card, "area-ratio", text);
  g_free (text);
  text = g_strdup_printf ("%.2f", cr->aperture.aspect_ratio);
  set_value (self, card, "aspect-ratio", text);
  set_value (self, card, "status", stencil_status_label (cr->aperture.status));

  key = g_strconcat (card, "/status", NULL);
  status_label = g_hash_table_lookup (self->values, key);
  set_status_style (status_label, cr->aperture.status);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->status_icons[cr->pad_class]),
                                stencil_status_icon_name (cr->aperture.status));
  set_status_style (self->status_icons[cr->pad_class], cr->aperture.status);
}

static void
update_part (StencilResultsPanel *self)
{
  StencilResult *result = self->result;
  g_autofree char *text = NULL;

  if (result->apertures->len > 1)
    {
      const StencilPad *a = stencil_pattern_get_pad (result->pattern, result->min_web_pad_a);
      const StencilPad *b = stencil_pattern_get_pad (result->pattern, result->min_web_pad_b);

      text = g_strdup_printf (_("%.3f mm, between pads %s and %s"), result->min_web_mm,
                              a->id, b->id);
    }
  else
    text = g_strdup (_("None"));
  set_value (self, "part", "min-web", text);
  g_clear_pointer (&text, g_free);

  if (result->min_web_mm < STENCIL_MIN_WEB_MM)
    {
      gtk_image_set_from_icon_name (self->web_icon, "dialog-warning-symbolic");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->web_icon),
                                   _("Under 0.10 mm: the foil web may tear or bend"));
      set_status_style (GTK_WIDGET (self->web_icon), STENCIL_STATUS_MARGINAL);
      gtk_widget_set_visible (GTK_WIDGET (self->web_icon), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->web_icon), FALSE);

  if (result->max_thickness_um > 0)
    text = g_strdup_printf (_("%.0f µm"), result->max_thickness_um);
  else
    text = g_strdup_printf (_("None from %d to %d µm"), STENCIL_MAX_THICKNESS_SCAN_LO_UM,
                            STENCIL_MAX_THICKNESS_SCAN_HI_UM);
  set_value (self, "part", "max-thickness", text);
}

static void
update_table (StencilResultsPanel *self)
{
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  if (self->result != NULL)
    for (guint i = 0; i < self->result->apertures->len; i++)
      g_ptr_array_add (rows, stencil_pad_row_new (self->result, i));
  g_list_store_splice (self->store, 0, n_old, rows->pdata, rows->len);
}

static void
update (StencilResultsPanel *self)
{
  StencilResult *result = self->result;

  for (guint i = 0; i < STENCIL_N_PAD_CLASSES; i++)
    if (self->class_groups[i] != NULL)
      gtk_widget_set_visible (self->class_groups[i], FALSE);

  update_table (self);
  if (result == NULL)
    {
      gtk_widget_set_visible (self->notice, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->warnings_label), FALSE);
      set_value (self, "part", "min-web", "");
      set_value (self, "part", "max-thickness", "");
      return;
    }

  gtk_widget_set_visible (self->notice, result->pattern->provisional);
  gtk_label_set_text (self->notice_label, stencil_provisional_notice ());

  for (guint i = 0; i < result->n_classes; i++)
    update_class (self, &result->classes[i]);
  update_part (self);

  if (result->warnings != NULL && result->warnings->len > 0)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint i = 0; i < result->warnings->len; i++)
        {
          if (i > 0)
            g_string_append_c (text, '\n');
          g_string_append (text, g_ptr_array_index (result->warnings, i));
        }
      gtk_label_set_text (self->warnings_label, text->str);
      gtk_widget_set_visible (GTK_WIDGET (self->warnings_label), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->warnings_label), FALSE);
}

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               const ColumnInfo         *info)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), info->numeric && !g_str_equal (info->id, "status")
                                           ? 1.0 : 0.0);
  gtk_widget_add_css_class (label, "numeric");
  if (g_str_equal (info->id, "status"))
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *icon = gtk_image_new ();

      gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      gtk_box_append (GTK_BOX (box), icon);
      gtk_box_append (GTK_BOX (box), label);
      gtk_list_item_set_child (item, box);
    }
  else
    gtk_list_item_set_child (item, label);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              const ColumnInfo         *info)
{
  StencilPadRow *row = gtk_list_item_get_item (item);
  GtkWidget *child = gtk_list_item_get_child (item);
  g_autofree char *text = stencil_pad_row_format (row, info->id);

  if (g_str_equal (info->id, "status"))
    {
      GtkWidget *icon = gtk_widget_get_first_child (child);
      GtkWidget *label = gtk_widget_get_next_sibling (icon);
      StencilStatus status;

      g_object_get (row, "status", &status, NULL);
      gtk_image_set_from_icon_name (GTK_IMAGE (icon), stencil_status_icon_name (status));
      set_status_style (icon, status);
      gtk_label_set_text (GTK_LABEL (label), text);
    }
  else
    gtk_label_set_text (GTK_LABEL (child), text);
}

static void
build_table (StencilResultsPanel *self)
{
  GtkSelectionModel *selection;
  GtkSorter *sorter;

  self->store = g_list_store_new (STENCIL_TYPE_PAD_ROW);
  self->column_view = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  gtk_column_view_set_show_column_separators (self->column_view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->column_view), "data-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Every pad"), -1);

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      const ColumnInfo *info = &columns[i];
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkExpression *expression =
        gtk_property_expression_new (STENCIL_TYPE_PAD_ROW, NULL, info->property);
      GtkSorter *column_sorter;
      GtkColumnViewColumn *column;

      g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), (gpointer) info);
      g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), (gpointer) info);
      if (info->numeric)
        column_sorter = GTK_SORTER (gtk_numeric_sorter_new (expression));
      else
        column_sorter = GTK_SORTER (gtk_string_sorter_new (expression));
      column = gtk_column_view_column_new (_(info->title), factory);
      gtk_column_view_column_set_sorter (column, column_sorter);
      gtk_column_view_column_set_resizable (column, TRUE);
      g_object_unref (column_sorter);
      gtk_column_view_append_column (self->column_view, column);
      g_object_unref (column);
    }

  sorter = gtk_column_view_get_sorter (self->column_view);
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->store)),
                                          g_object_ref (sorter));
  selection = GTK_SELECTION_MODEL (gtk_single_selection_new (
    G_LIST_MODEL (g_object_ref (self->sorted))));
  gtk_single_selection_set_autoselect (GTK_SINGLE_SELECTION (selection), FALSE);
  gtk_single_selection_set_can_unselect (GTK_SINGLE_SELECTION (selection), TRUE);
  gtk_column_view_set_model (self->column_view, selection);
  g_object_unref (selection);
  gtk_scrolled_window_set_child (self->table_scroller, GTK_WIDGET (self->column_view));
}

static void
stencil_results_panel_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  StencilResultsPanel *self = STENCIL_RESULTS_PANEL (object);

  switch (prop_id)
    {
    case PROP_RESULT:
      g_value_set_boxed (value, self->result);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stencil_results_panel_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  StencilResultsPanel *self = STENCIL_RESULTS_PANEL (object);

  switch (prop_id)
    {
    case PROP_RESULT:
      stencil_results_panel_set_result (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stencil_results_panel_dispose (GObject *object)
{
  StencilResultsPanel *self = STENCIL_RESULTS_PANEL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), STENCIL_TYPE_RESULTS_PANEL);
  g_clear_pointer (&self->values, g_hash_table_unref);
  g_clear_object (&self->sorted);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (stencil_results_panel_parent_class)->dispose (object);
}

static void
stencil_results_panel_finalize (GObject *object)
{
  StencilResultsPanel *self = STENCIL_RESULTS_PANEL (object);

  g_clear_pointer (&self->result, stencil_result_unref);

  G_OBJECT_CLASS (stencil_results_panel_parent_class)->finalize (object);
}

static void
stencil_results_panel_class_init (StencilResultsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = stencil_results_panel_get_property;
  object_class->set_property = stencil_results_panel_set_property;
  object_class->dispose = stencil_results_panel_dispose;
  object_class->finalize = stencil_results_panel_finalize;

  properties[PROP_RESULT] =
    g_param_spec_boxed ("result", NULL, NULL, STENCIL_TYPE_RESULT,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/stencilcalc/StencilCalc/ui/stencil-results-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, StencilResultsPanel, paned);
  gtk_widget_class_bind_template_child (widget_class, StencilResultsPanel, notice);
  gtk_widget_class_bind_template_child (widget_class, StencilResultsPanel, notice_label);
  gtk_widget_class_bind_template_child (widget_class, StencilResultsPanel, error_label);
  gtk_widget_class_bind_template_child (widget_class, StencilResultsPanel, cards_box);
  gtk_widget_class_bind_template_child (widget_class, StencilResultsPanel, web_icon);
  gtk_widget_class_bind_template_child (widget_class, StencilResultsPanel, web_label);
  gtk_widget_class_bind_template_child (widget_class, StencilResultsPanel, max_label);
  gtk_widget_class_bind_template_child (widget_class, StencilResultsPanel, warnings_label);
  gtk_widget_class_bind_template_child (widget_class, StencilResultsPanel, table_scroller);
  gtk_widget_class_set_css_name (widget_class, "stencilresultspanel");
}

static void
stencil_results_panel_init (StencilResultsPanel *self)
{
  g_type_ensure (ADW_TYPE_ACTION_ROW);
  g_type_ensure (ADW_TYPE_PREFERENCES_GROUP);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_insert (self->values, g_strdup ("part/min-web"), self->web_label);
  g_hash_table_insert (self->values, g_strdup ("part/max-thickness"), self->max_label);
  build_table (self);
}

GtkWidget *
stencil_results_panel_new (void)
{
  return g_object_new (STENCIL_TYPE_RESULTS_PANEL, NULL);
}

StencilResult *
stencil_results_panel_get_result (StencilResultsPanel *self)
{
  g_return_val_if_fail (STENCIL_IS_RESULTS_PANEL (self), NULL);
  return self->result;
}

void
stencil_results_panel_set_result (StencilResultsPanel *self,
                                  StencilResult       *result)
{
  g_return_if_fail (STENCIL_IS_RESULTS_PANEL (self));

  if (self->result == result)
    return;
  g_clear_pointer (&self->result, stencil_result_unref);
  if (result != NULL)
    self->result = stencil_result_ref (result);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULT]);
}

void
stencil_results_panel_set_error (StencilResultsPanel *self,
                                 const char          *message)
{
  g_return_if_fail (STENCIL_IS_RESULTS_PANEL (self));

  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL && *message != '\0');
}

const char *
stencil_results_panel_get_value_text (StencilResultsPanel *self,
                                      const char          *card,
                                      const char          *value)
{
  g_autofree char *key = NULL;
  GtkLabel *label;

  g_return_val_if_fail (STENCIL_IS_RESULTS_PANEL (self), NULL);

  key = g_strconcat (card, "/", value, NULL);
  label = g_hash_table_lookup (self->values, key);
  return label != NULL ? gtk_label_get_text (label) : NULL;
}

GListModel *
stencil_results_panel_get_table_model (StencilResultsPanel *self)
{
  g_return_val_if_fail (STENCIL_IS_RESULTS_PANEL (self), NULL);
  return G_LIST_MODEL (self->sorted);
}

GtkColumnView *
stencil_results_panel_get_column_view (StencilResultsPanel *self)
{
  g_return_val_if_fail (STENCIL_IS_RESULTS_PANEL (self), NULL);
  return self->column_view;
}
