/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The legend over the canvas: colour swatches drawn by the canvas's renderer, with words. */
#define G_LOG_DOMAIN "stencilcalc"

#include "config.h"

#include "stencil-legend.h"
#include "stencil-part-view.h"
#include "stencil-render-cairo.h"
#include "stencil-scene.h"

#define SWATCH_W_MM 3.0
#define SWATCH_H_MM 2.0
#define SWATCH_PX_PER_MM 6.0

struct _StencilLegend
{
  GtkWidget parent_instance;

  GPtrArray *swatches;   /* of GtkDrawingArea */
  StencilRenderOptions options;
};

G_DEFINE_FINAL_TYPE (StencilLegend, stencil_legend, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DARK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  StencilLegend *self = STENCIL_LEGEND (gtk_widget_get_ancestor (GTK_WIDGET (area),
                                                                 STENCIL_TYPE_LEGEND));
  StencilScene *scene = user_data;

  cairo_scale (cr, SWATCH_PX_PER_MM, SWATCH_PX_PER_MM);
  stencil_render_cairo (cr, scene, &self->options);
}

static void
add_item (StencilLegend *self,
          StencilStyle   style,
          const char    *words)
{
  GtkWidget *area = gtk_drawing_area_new ();
  GtkWidget *label = gtk_label_new (words);
  StencilScene *scene = stencil_scene_new (SWATCH_W_MM, SWATCH_H_MM);
  guint layer = style == STENCIL_STYLE_PAD ? STENCIL_LAYER_PADS : STENCIL_LAYER_APERTURES;

  stencil_scene_add_rect (scene, layer, style, STENCIL_PRIMITIVE_FILL | STENCIL_PRIMITIVE_STROKE,
                          0.15, 0.2, 0.2, SWATCH_W_MM - 0.2, SWATCH_H_MM - 0.2, 0);
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), SWATCH_W_MM * SWATCH_PX_PER_MM);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), SWATCH_H_MM * SWATCH_PX_PER_MM);
  gtk_widget_set_valign (area, GTK_ALIGN_CENTER);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_swatch, scene,
                                  (GDestroyNotify) stencil_scene_unref);
  gtk_accessible_update_state (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_set_margin_end (label, 8);
  gtk_widget_set_parent (area, GTK_WIDGET (self));
  gtk_widget_set_parent (label, GTK_WIDGET (self));
  g_ptr_array_add (self->swatches, area);
}

static void
stencil_legend_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  StencilLegend *self = STENCIL_LEGEND (object);

  switch (prop_id)
    {
    case PROP_DARK:
      g_value_set_boolean (value, self->options.dark);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stencil_legend_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  StencilLegend *self = STENCIL_LEGEND (object);

  switch (prop_id)
    {
    case PROP_DARK:
      stencil_legend_set_dark (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stencil_legend_dispose (GObject *object)
{
  StencilLegend *self = STENCIL_LEGEND (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->swatches, g_ptr_array_unref);

  G_OBJECT_CLASS (stencil_legend_parent_class)->dispose (object);
}

static void
stencil_legend_class_init (StencilLegendClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = stencil_legend_get_property;
  object_class->set_property = stencil_legend_set_property;
  object_class->dispose = stencil_legend_dispose;

  properties[PROP_DARK] =
    g_param_spec_boolean ("dark", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "stencillegend");
}

static void
stencil_legend_init (StencilLegend *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  const StencilLegendItem *items;
  guint n_items;

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);
  stencil_render_options_init (&self->options);
  self->swatches = g_ptr_array_new ();

  /* The drawing's words for the colours the canvas shows (pads and apertures; the dimensions
   * and the outline explain themselves on screen). */
  items = stencil_part_view_legend (&n_items);
  for (guint i = 0; i < n_items; i++)
    if (items[i].style == STENCIL_STYLE_PAD || items[i].style == STENCIL_STYLE_APERTURE_PASS ||
        items[i].style == STENCIL_STYLE_APERTURE_MARGINAL ||
        items[i].style == STENCIL_STYLE_APERTURE_FAIL)
      add_item (self, items[i].style, stencil_legend_item_get_label (&items[i]));
}

GtkWidget *
stencil_legend_new (void)
{
  return g_object_new (STENCIL_TYPE_LEGEND, NULL);
}

void
stencil_legend_set_dark (StencilLegend *self,
                         gboolean       dark)
{
  g_return_if_fail (STENCIL_IS_LEGEND (self));

  dark = !!dark;
  if (self->options.dark == dark)
    return;
  self->options.dark = dark;
  for (guint i = 0; i < self->swatches->len; i++)
    gtk_widget_queue_draw (g_ptr_array_index (self->swatches, i));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DARK]);
}
