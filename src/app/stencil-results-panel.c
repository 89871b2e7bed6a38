/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The results below the drawing: the summary grid of stencil-results-panel.ui filled with the
 * engine's numbers, the warnings and the sortable table of every pad. */
#define G_LOG_DOMAIN "stencilcalc"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "stencil-format.h"
#include "stencil-labels.h"
#include "stencil-names.h"
#include "stencil-results-panel.h"
#include "stencil-results-panel-private.h"

struct _StencilResultsPanel
{
  GtkWidget      parent_instance;

  StencilResult *result;
  GHashTable    *values;       /* "card/value" -> GtkLabel of the template */
  GListStore    *store;        /* of StencilPadRow */
  GtkSortListModel *sorted;
  GtkColumnView *column_view;

  /* template children; content is the only child, bound so that dispose_template unparents
   * it */
  GtkWidget     *content;
  GtkWidget     *error_box;
  GtkLabel      *error_label;
  GtkGrid       *summary_grid;
  GtkWidget     *class_headings[STENCIL_N_PAD_CLASSES];
  GtkLabel      *class_titles[STENCIL_N_PAD_CLASSES];
  GtkLabel      *class_counts[STENCIL_N_PAD_CLASSES];
  GtkWidget     *status_icons[STENCIL_N_PAD_CLASSES];
  GtkWidget     *web_icon;
  GtkLabel      *web_limit_label;
  GtkLabel      *max_limit_label;
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

/* The columns an SMT engineer checks, the verdict and the ratios first so that they stay in
 * view when the table is narrow; the position of a pad is in its tooltip. */
static const ColumnInfo columns[] = {
  { "id", N_("Pad"), "index", TRUE },
  { "status", N_("Status"), "status", TRUE },
  { "area-ratio", N_("Area Ratio"), "area-ratio", TRUE },
  { "aspect-ratio", N_("Aspect"), "aspect-ratio", TRUE },
  { "opening", N_("Opening"), "opening-ratio", TRUE },
  { "aperture", N_("Aperture"), "aperture-area", TRUE },
  { "pad", N_("Pad Size"), "pad-area", TRUE },
  { "class", N_("Class"), "pad-class", FALSE },
};

static const char *
class_key (StencilPadClass pad_class)
{
  return pad_class == STENCIL_PAD_CLASS_TERMINAL ? "terminal" : "soldering";
}

/* The summary's value labels in stencil-results-panel.ui, by card and value. Column 0 of the
 * grid holds the row titles, column 1 + class a class's values down to the separator row. */
#define SUMMARY_SEPARATOR_ROW 8
static const struct
{
  const char *key;
  const char *id;
} summary_values[] = {
  { "terminal/status", "terminal_status" },
  { "terminal/area-ratio", "terminal_area_ratio" },
  { "terminal/aspect-ratio", "terminal_aspect_ratio" },
  { "terminal/target", "terminal_target" },
  { "terminal/opening", "terminal_opening" },
  { "terminal/pad", "terminal_pad" },
  { "terminal/aperture", "terminal_aperture" },
  { "soldering/status", "soldering_status" },
  { "soldering/area-ratio", "soldering_area_ratio" },
  { "soldering/aspect-ratio", "soldering_aspect_ratio" },
  { "soldering/target", "soldering_target" },
  { "soldering/opening", "soldering_opening" },
  { "soldering/pad", "soldering_pad" },
  { "soldering/aperture", "soldering_aperture" },
  { "part/min-web", "part_min_web" },
  { "part/max-thickness", "part_max_thickness" },
};

/* The heading and status icon of each class's column in the template. */
static const struct
{
  const char *heading;
  const char *title;
  const char *count;
  const char *status_icon;
} class_children[] = {
  [STENCIL_PAD_CLASS_TERMINAL] = { "terminal_heading", "terminal_title", "terminal_count",
                                   "terminal_status_icon" },
  [STENCIL_PAD_CLASS_SOLDERING] = { "soldering_heading", "soldering_title", "soldering_count",
                                    "soldering_status_icon" },
};
G_STATIC_ASSERT (G_N_ELEMENTS (class_children) == STENCIL_N_PAD_CLASSES);

static GtkLabel *
lookup_value (StencilResultsPanel *self,
              const char          *card,
              const char          *value)
{
  g_autofree char *key = g_strconcat (card, "/", value, NULL);

  return g_hash_table_lookup (self->values, key);
}

static void
set_value (StencilResultsPanel *self,
           const char          *card,
           const char          *value,
           const char          *text)
{
  GtkLabel *label = lookup_value (self, card, value);

  g_return_if_fail (label != NULL);
  gtk_label_set_text (label, text);
}

/* set_value () that takes the text it makes. */
static void
take_value (StencilResultsPanel *self,
            const char          *card,
            const char          *value,
            char                *text)
{
  set_value (self, card, value, text);
  g_free (text);
}

static void
set_status_style (GtkWidget    *widget,
                  StencilStatus status)
{
  for (StencilStatus s = STENCIL_STATUS_PASS; s <= STENCIL_STATUS_FAIL; s++)
    gtk_widget_remove_css_class (widget, stencil_status_css_class (s));
  gtk_widget_add_css_class (widget, stencil_status_css_class (status));
}

/* The class headings take the engine's names of the pad classes. */
static void
init_summary (StencilResultsPanel *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (summary_values); i++)
    {
      GObject *label = gtk_widget_get_template_child (GTK_WIDGET (self),
                                                      STENCIL_TYPE_RESULTS_PANEL,
                                                      summary_values[i].id);

      g_assert (GTK_IS_LABEL (label));
      g_hash_table_insert (self->values, (gpointer) summary_values[i].key, label);
    }
  for (StencilPadClass c = 0; c < STENCIL_N_PAD_CLASSES; c++)
    {
      gtk_label_set_text (self->class_titles[c], stencil_pad_class_short_label (c));
      gtk_widget_set_tooltip_text (self->class_headings[c], stencil_pad_class_label (c));
    }
  set_status_style (self->web_icon, STENCIL_STATUS_MARGINAL);
}

/* The cells of a class's column: its heading, status and values. */
static void
show_class (StencilResultsPanel *self,
            StencilPadClass      pad_class,
            gboolean             visible)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->summary_grid));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      int column, row;

      gtk_grid_query_child (self->summary_grid, child, &column, &row, NULL, NULL);
      if (column == 1 + (int) pad_class && row < SUMMARY_SEPARATOR_ROW)
        gtk_widget_set_visible (child, visible);
    }
}

static void
update_class (StencilResultsPanel      *self,
              const StencilClassResult *cr)
{
  const char *card = class_key (cr->pad_class);
  const StencilAperture *ap = &cr->aperture;
  GtkWidget *icon = self->status_icons[cr->pad_class];
  g_autofree char *count = NULL;

  show_class (self, cr->pad_class, TRUE);
  count = g_strdup_printf (ngettext ("%u pad", "%u pads", cr->n_pads), cr->n_pads);
  gtk_label_set_text (self->class_counts[cr->pad_class], count);

  take_value (self, card, "pad", stencil_format_size (cr->pad_w_mm, cr->pad_h_mm));
  take_value (self, card, "aperture", stencil_format_size (ap->w_mm, ap->h_mm));
  take_value (self, card, "target", stencil_format_percent (cr->target_ratio));
  gtk_widget_set_tooltip_text (GTK_WIDGET (lookup_value (self, card, "target")),
                               stencil_regime_label (cr->regime));
  take_value (self, card, "opening", stencil_format_percent (ap->opening_ratio));
  /* Beside the status: on the side of the limit that decided it (stencil-format.h). */
  take_value (self, card, "area-ratio",
              stencil_measure_format (STENCIL_MEASURE_AREA_RATIO, ap->area_ratio, 2));
  take_value (self, card, "aspect-ratio",
              stencil_measure_format (STENCIL_MEASURE_ASPECT_RATIO, ap->aspect_ratio, 2));
  set_value (self, card, "status", stencil_status_label (ap->status));
  set_status_style (GTK_WIDGET (lookup_value (self, card, "status")), ap->status);
  gtk_image_set_from_icon_name (GTK_IMAGE (icon), stencil_status_icon_name (ap->status));
  set_status_style (icon, ap->status);
}

static void
update_part (StencilResultsPanel *self)
{
  StencilResult *result = self->result;

  if (result->apertures->len > 1)
    {
      const StencilPad *a = stencil_pattern_get_pad (result->pattern, result->min_web_pad_a);
      const StencilPad *b = stencil_pattern_get_pad (result->pattern, result->min_web_pad_b);

      take_value (self, "part", "min-web",
                  g_strdup_printf (_("%.3f mm, between pads %s and %s"),
                                   stencil_web_round (result->min_web_mm,
                                                      result->params.web_limit_mm, 3),
                                   a->id, b->id));
    }
  else
    set_value (self, "part", "min-web", _("None"));
  /* The web against the minimum of the design's options, as the recommendation takes it. */
  gtk_widget_set_visible (self->web_icon, result->min_web_mm < result->params.web_limit_mm);
  if (result->params.web_limit_mm > 0)
    {
      g_autofree char *limit = g_strdup_printf (_("≥ %.2f mm"), result->params.web_limit_mm);
      g_autofree char *tooltip =
        g_strdup_printf (_("Under %.2f mm, the narrowest web your stencil maker cuts: the foil "
                           "may tear or bend"), result->params.web_limit_mm);

      gtk_label_set_text (self->web_limit_label, limit);
      gtk_widget_set_tooltip_text (self->web_icon, tooltip);
    }
  else
    gtk_label_set_text (self->web_limit_label, _("no minimum"));
  {
    /* TRANSLATORS: under "Thickest foil": the rule that stops a thicker one, e.g. "limited by
     * the area ratio". */
    g_autofree char *limit = g_strdup_printf (_("limited by the %s"),
                                              stencil_thickness_limit_label (
                                                result->max_thickness_limit));
    gtk_label_set_text (self->max_limit_label, limit);
  }

  if (result->max_thickness_um > 0)
    take_value (self, "part", "max-thickness",
                g_strdup_printf (_("%.0f µm"), result->max_thickness_um));
  else
    take_value (self, "part", "max-thickness",
                g_strdup_printf (_("None from %d to %d µm"), STENCIL_MAX_THICKNESS_SCAN_LO_UM,
                                 STENCIL_MAX_THICKNESS_SCAN_HI_UM));
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

  for (StencilPadClass c = 0; c < STENCIL_N_PAD_CLASSES; c++)
    show_class (self, c, FALSE);

  update_table (self);
  /* Without a result there is nothing to summarise; the error box says why. */
  gtk_widget_set_visible (GTK_WIDGET (self->summary_grid), result != NULL);
  if (result == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->warnings_label), FALSE);
      set_value (self, "part", "min-web", "");
      set_value (self, "part", "max-thickness", "");
      gtk_label_set_text (self->max_limit_label, "");
      return;
    }

  for (guint i = 0; i < result->n_classes; i++)
    update_class (self, &result->classes[i]);
  update_part (self);

  /* The sentences with the locale's numbers, like the values above them. */
  if (result->display_warnings != NULL && result->display_warnings->len > 0)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint i = 0; i < result->display_warnings->len; i++)
        {
          const char *warning = g_ptr_array_index (result->display_warnings, i);

          /* The bar above the drawing says it already. */
          if (g_str_equal (warning, stencil_provisional_notice ()))
            continue;
          if (text->len > 0)
            g_string_append_c (text, '\n');
          g_string_append (text, warning);
        }
      gtk_label_set_text (self->warnings_label, text->str);
      gtk_widget_set_visible (GTK_WIDGET (self->warnings_label), text->len > 0);
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

  if (g_str_equal (info->id, "id"))
    {
      g_autofree char *x = stencil_pad_row_format (row, "x");
      g_autofree char *y = stencil_pad_row_format (row, "y");
      g_autofree char *tooltip = g_strdup_printf (_("Pad %s at x = %s mm, y = %s mm"), text, x, y);

      gtk_widget_set_tooltip_text (child, tooltip);
    }
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
  gtk_widget_class_bind_template_child (widget_class, StencilResultsPanel, content);
  gtk_widget_class_bind_template_child (widget_class, StencilResultsPanel, error_box);
  gtk_widget_class_bind_template_child (widget_class, StencilResultsPanel, error_label);
  gtk_widget_class_bind_template_child (widget_class, StencilResultsPanel, summary_grid);
  gtk_widget_class_bind_template_child (widget_class, StencilResultsPanel, web_icon);
  gtk_widget_class_bind_template_child (widget_class, StencilResultsPanel, web_limit_label);
  gtk_widget_class_bind_template_child (widget_class, StencilResultsPanel, max_limit_label);
  for (guint i = 0; i < G_N_ELEMENTS (summary_values); i++)
    gtk_widget_class_bind_template_child_full (widget_class, summary_values[i].id, FALSE, 0);
  for (StencilPadClass c = 0; c < STENCIL_N_PAD_CLASSES; c++)
    {
      gssize slot = c * sizeof (gpointer);

      gtk_widget_class_bind_template_child_full (widget_class, class_children[c].heading, FALSE,
        G_STRUCT_OFFSET (StencilResultsPanel, class_headings) + slot);
      gtk_widget_class_bind_template_child_full (widget_class, class_children[c].title, FALSE,
        G_STRUCT_OFFSET (StencilResultsPanel, class_titles) + slot);
      gtk_widget_class_bind_template_child_full (widget_class, class_children[c].count, FALSE,
        G_STRUCT_OFFSET (StencilResultsPanel, class_counts) + slot);
      gtk_widget_class_bind_template_child_full (widget_class, class_children[c].status_icon,
        FALSE, G_STRUCT_OFFSET (StencilResultsPanel, status_icons) + slot);
    }
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

  self->values = g_hash_table_new (g_str_hash, g_str_equal);
  init_summary (self);
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
  gboolean failed;

  g_return_if_fail (STENCIL_IS_RESULTS_PANEL (self));

  failed = message != NULL && *message != '\0';
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (self->error_box, failed);
  /* No pads to list: the reason takes the whole width, as lines one reads. */
  gtk_widget_set_visible (GTK_WIDGET (self->table_scroller), !failed);
}

const char *
stencil_results_panel_get_value_text (StencilResultsPanel *self,
                                      const char          *card,
                                      const char          *value)
{
  GtkLabel *label;

  g_return_val_if_fail (STENCIL_IS_RESULTS_PANEL (self), NULL);

  label = lookup_value (self, card, value);
  return label != NULL ? gtk_label_get_text (label) : NULL;
}

const char *
stencil_results_panel_get_error_text (StencilResultsPanel *self)
{
  g_return_val_if_fail (STENCIL_IS_RESULTS_PANEL (self), NULL);

  if (!gtk_widget_get_visible (self->error_box))
    return NULL;
  return gtk_label_get_text (self->error_label);
}

GtkWidget *
stencil_results_panel_get_summary (StencilResultsPanel *self)
{
  g_return_val_if_fail (STENCIL_IS_RESULTS_PANEL (self), NULL);
  return GTK_WIDGET (self->summary_grid);
}

GtkWidget *
stencil_results_panel_get_warnings_label (StencilResultsPanel *self)
{
  g_return_val_if_fail (STENCIL_IS_RESULTS_PANEL (self), NULL);
  return GTK_WIDGET (self->warnings_label);
}

GtkWidget *
stencil_results_panel_get_error_label (StencilResultsPanel *self)
{
  g_return_val_if_fail (STENCIL_IS_RESULTS_PANEL (self), NULL);
  return GTK_WIDGET (self->error_label);
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
