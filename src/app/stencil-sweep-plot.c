/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The thickness-sweep widget: the engine's sweep view (stencil-sweep-view.h) of the design,
 * rendered by the cairo backend, with click-to-set and Left/Right for the thickness. */
#define G_LOG_DOMAIN "stencilcalc"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "stencil-render-cairo.h"
#include "stencil-sweep-plot.h"
#include "stencil-sweep-view.h"

/* The plot's labels in pixels (the scene's millimetres are the widget's pixels). */
#define TEXT_PX 12.0
/* Room for 12 px labels: the layout wants about 30 characters across and 28 lines down. */
#define MIN_WIDTH_PX      280
#define NATURAL_WIDTH_PX  440
#define MIN_HEIGHT_PX     300
#define NATURAL_HEIGHT_PX 420

struct _StencilSweepPlot
{
  GtkWidget          parent_instance;

  StencilDesign     *design;
  gboolean           dark;
  StencilScene      *scene;      /* for the size, sweep and cursor below; rebuilt when any
                                  * of them changes, never while nothing did */
  StencilSweepFrame  frame;
  StencilSweep      *scene_sweep;
  int                scene_w;
  int                scene_h;
  double             scene_cursor_um;
};

G_DEFINE_FINAL_TYPE (StencilSweepPlot, stencil_sweep_plot, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DESIGN,
  PROP_DARK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
invalidate (StencilSweepPlot *self)
{
  g_clear_pointer (&self->scene, stencil_scene_unref);
  g_clear_pointer (&self->scene_sweep, stencil_sweep_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The scene for the widget's size and the design's sweep and thickness. */
static StencilScene *
ensure_scene (StencilSweepPlot *self)
{
  int w = gtk_widget_get_width (GTK_WIDGET (self));
  int h = gtk_widget_get_height (GTK_WIDGET (self));
  StencilSweep *sweep = self->design != NULL ? stencil_design_get_sweep (self->design) : NULL;
  double cursor = self->design != NULL ? stencil_design_get_thickness_um (self->design) : 0;
  StencilSweepViewOptions options;

  if (sweep == NULL || w <= 0 || h <= 0)
    {
      g_clear_pointer (&self->scene, stencil_scene_unref);
      return NULL;
    }
  if (self->scene != NULL && self->scene_sweep == sweep && self->scene_w == w &&
      self->scene_h == h && self->scene_cursor_um == cursor)
    return self->scene;

  stencil_sweep_view_options_init (&options);
  options.width_mm = w;
  options.height_mm = h;
  options.text_mm = TEXT_PX;
  options.cursor_um = cursor;
  g_clear_pointer (&self->scene, stencil_scene_unref);
  self->scene = stencil_sweep_view_new (sweep, &options, &self->frame);
  g_clear_pointer (&self->scene_sweep, stencil_sweep_unref);
  self->scene_sweep = stencil_sweep_ref (sweep);
  self->scene_w = w;
  self->scene_h = h;
  self->scene_cursor_um = cursor;
  return self->scene;
}

static void
design_changed_cb (StencilDesign    *design,
                   GParamSpec       *pspec,
                   StencilSweepPlot *self)
{
  /* The scene is made again when drawn: for a new sweep, or the cursor's new thickness. */
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
pressed_cb (GtkGestureClick  *gesture,
            int               n_press,
            double            x,
            double            y,
            StencilSweepPlot *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  stencil_sweep_plot_click (self, x, y);
}

/* Left and Right: one micrometre thinner or thicker, within the sweep. */
static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  StencilSweepPlot *self = STENCIL_SWEEP_PLOT (widget);
  StencilSweep *sweep;
  double t;

  if (self->design == NULL || (sweep = stencil_design_get_sweep (self->design)) == NULL)
    return;
  t = round (stencil_design_get_thickness_um (self->design)) + g_variant_get_int32 (parameter);
  t = CLAMP (t, ceil (sweep->range.from_um),
             floor (stencil_sweep_get_point (sweep, stencil_sweep_get_n_points (sweep) - 1)
                      ->thickness_um));
  stencil_design_set_thickness_um (self->design, t);
}

static gboolean
stencil_sweep_plot_query_tooltip (GtkWidget  *widget,
                                  int         x,
                                  int         y,
                                  gboolean    keyboard,
                                  GtkTooltip *tooltip)
{
  StencilSweepPlot *self = STENCIL_SWEEP_PLOT (widget);
  g_autofree char *text = NULL;
  double t;

  if (keyboard || !stencil_sweep_plot_thickness_at (self, x, y, &t))
    return FALSE;
  /* TRANSLATORS: the tooltip of the sweep plot; %g is a thickness in µm. */
  text = g_strdup_printf (_("Click to use a %g µm foil"), t);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
stencil_sweep_plot_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  gboolean across = orientation == GTK_ORIENTATION_HORIZONTAL;

  *minimum = across ? MIN_WIDTH_PX : MIN_HEIGHT_PX;
  *natural = across ? NATURAL_WIDTH_PX : NATURAL_HEIGHT_PX;
}

static void
stencil_sweep_plot_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  StencilSweepPlot *self = STENCIL_SWEEP_PLOT (widget);
  StencilScene *scene = ensure_scene (self);
  StencilRenderOptions options;
  cairo_t *cr;

  if (scene == NULL)
    return;
  stencil_render_options_init (&options);
  options.dark = self->dark;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, self->scene_w,
                                                                 self->scene_h));
  stencil_render_cairo (cr, scene, &options);
  cairo_destroy (cr);
}

static void
stencil_sweep_plot_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  StencilSweepPlot *self = STENCIL_SWEEP_PLOT (object);

  switch (prop_id)
    {
    case PROP_DESIGN:
      g_value_set_object (value, self->design);
      break;
    case PROP_DARK:
      g_value_set_boolean (value, self->dark);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stencil_sweep_plot_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  StencilSweepPlot *self = STENCIL_SWEEP_PLOT (object);

  switch (prop_id)
    {
    case PROP_DESIGN:
      stencil_sweep_plot_set_design (self, g_value_get_object (value));
      break;
    case PROP_DARK:
      stencil_sweep_plot_set_dark (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stencil_sweep_plot_dispose (GObject *object)
{
  StencilSweepPlot *self = STENCIL_SWEEP_PLOT (object);

  stencil_sweep_plot_set_design (self, NULL);
  invalidate (self);

  G_OBJECT_CLASS (stencil_sweep_plot_parent_class)->dispose (object);
}

static void
stencil_sweep_plot_class_init (StencilSweepPlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = stencil_sweep_plot_get_property;
  object_class->set_property = stencil_sweep_plot_set_property;
  object_class->dispose = stencil_sweep_plot_dispose;

  widget_class->snapshot = stencil_sweep_plot_snapshot;
  widget_class->measure = stencil_sweep_plot_measure;
  widget_class->query_tooltip = stencil_sweep_plot_query_tooltip;

  properties[PROP_DESIGN] =
    g_param_spec_object ("design", NULL, NULL, STENCIL_TYPE_DESIGN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DARK] =
    g_param_spec_boolean ("dark", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "sweep.step", "i", step_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "sweep.step", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, 0, "sweep.step", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "sweep.step", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, 0, "sweep.step", "i", 1);

  gtk_widget_class_set_css_name (widget_class, "stencilsweepplot");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
stencil_sweep_plot_init (StencilSweepPlot *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Thickness sweep"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Opening ratio, area ratio and aspect ratio of each pad class "
                                    "from 80 to 200 µm; click or press Left and Right to change "
                                    "the stencil thickness"),
                                  -1);
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
stencil_sweep_plot_new (void)
{
  return g_object_new (STENCIL_TYPE_SWEEP_PLOT, NULL);
}

StencilDesign *
stencil_sweep_plot_get_design (StencilSweepPlot *self)
{
  g_return_val_if_fail (STENCIL_IS_SWEEP_PLOT (self), NULL);
  return self->design;
}

void
stencil_sweep_plot_set_design (StencilSweepPlot *self,
                               StencilDesign    *design)
{
  g_return_if_fail (STENCIL_IS_SWEEP_PLOT (self));

  if (self->design == design)
    return;
  if (self->design != NULL)
    g_signal_handlers_disconnect_by_data (self->design, self);
  g_set_object (&self->design, design);
  if (design != NULL)
    {
      g_signal_connect (design, "notify::sweep", G_CALLBACK (design_changed_cb), self);
      g_signal_connect (design, "notify::result", G_CALLBACK (design_changed_cb), self);
    }
  invalidate (self);
  if (!gtk_widget_in_destruction (GTK_WIDGET (self)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESIGN]);
}

gboolean
stencil_sweep_plot_get_dark (StencilSweepPlot *self)
{
  g_return_val_if_fail (STENCIL_IS_SWEEP_PLOT (self), FALSE);
  return self->dark;
}

void
stencil_sweep_plot_set_dark (StencilSweepPlot *self,
                             gboolean          dark)
{
  g_return_if_fail (STENCIL_IS_SWEEP_PLOT (self));

  dark = !!dark;
  if (self->dark == dark)
    return;
  self->dark = dark;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DARK]);
}

gboolean
stencil_sweep_plot_thickness_at (StencilSweepPlot *self,
                                 double            x,
                                 double            y,
                                 double           *out_thickness_um)
{
  g_return_val_if_fail (STENCIL_IS_SWEEP_PLOT (self), FALSE);

  if (ensure_scene (self) == NULL)
    return FALSE;
  return stencil_sweep_frame_thickness_at (&self->frame, x, y, out_thickness_um);
}

gboolean
stencil_sweep_plot_click (StencilSweepPlot *self,
                          double            x,
                          double            y)
{
  double t;

  g_return_val_if_fail (STENCIL_IS_SWEEP_PLOT (self), FALSE);

  if (self->design == NULL || !stencil_sweep_plot_thickness_at (self, x, y, &t))
    return FALSE;
  stencil_design_set_thickness_um (self->design, t);
  return TRUE;
}

StencilScene *
stencil_sweep_plot_get_scene (StencilSweepPlot *self)
{
  g_return_val_if_fail (STENCIL_IS_SWEEP_PLOT (self), NULL);
  return ensure_scene (self);
}
