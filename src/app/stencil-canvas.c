/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The drawing area: the engine's part view of a result, rendered by the cairo backend, with
 * zoom, pan, layer toggles and a tooltip per pad. */
#define G_LOG_DOMAIN "stencilcalc"

#include "config.h"

#include <glib/gi18n.h>

#include "stencil-canvas.h"
#include "stencil-canvas-private.h"
#include "stencil-labels.h"

#define ZOOM_STEP     STENCIL_CANVAS_ZOOM_STEP
#define ZOOM_MIN      STENCIL_VIEWPORT_SCALE_MIN   /* px per mm */
#define ZOOM_MAX      STENCIL_VIEWPORT_SCALE_MAX
#define SCROLL_PAN_PX 24.0
/* The legend overlays the bottom of the canvas: a fitted drawing stays above it. */
#define FIT_BOTTOM_PX 44.0
/* On-screen dimension values: this much of the interface font's size, never under MIN_TEXT_PX
 * (the pin numbers are 0.9 of it, so at least 11.7 px). */
#define TEXT_FONT_RATIO 0.9
#define MIN_TEXT_PX     13.0
/* Zoomed in, the scene is rebuilt when its text has grown by more than this factor; zoomed out,
 * as soon as it would be smaller than wanted. How large the text may grow in mm, and how the
 * view is fitted, is the engine's (stencil-part-view.h). */
#define TEXT_TOLERANCE  1.2

struct _StencilCanvas
{
  GtkWidget          parent_instance;

  StencilResult     *result;
  StencilScene      *scene;     /* built when the result or the zoom changes, never while
                                 * drawing */
  double             text_mm;   /* the text size the scene was asked for */
  StencilRenderOptions options;

  StencilViewport    view;
  gboolean           fit;       /* follow the widget's size until the user zooms or pans */
  double             pointer_x;
  double             pointer_y;
  gboolean           has_pointer;
  StencilViewport    gesture_start;
};

G_DEFINE_FINAL_TYPE (StencilCanvas, stencil_canvas, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RESULT,
  PROP_LAYERS,
  PROP_DARK,
  PROP_ZOOM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
text_size_is_close (double text_mm,
                    double wanted_mm)
{
  return text_mm > 0 && text_mm >= wanted_mm * 0.999 && text_mm / wanted_mm < TEXT_TOLERANCE;
}

void
stencil_canvas_paint (cairo_t                    *cr,
                      StencilScene               *scene,
                      const StencilRenderOptions *options,
                      const StencilViewport      *view,
                      double                      width,
                      double                      height)
{
  cairo_save (cr);
  cairo_translate (cr, width / 2.0, height / 2.0);
  cairo_scale (cr, view->scale, view->scale);
  cairo_translate (cr, -view->centre_x_mm, -view->centre_y_mm);
  stencil_render_cairo (cr, scene, options);
  cairo_restore (cr);
}

static void
widget_to_scene (StencilCanvas *self,
                 double         x,
                 double         y,
                 double        *out_x_mm,
                 double        *out_y_mm)
{
  double w = gtk_widget_get_width (GTK_WIDGET (self));
  double h = gtk_widget_get_height (GTK_WIDGET (self));

  *out_x_mm = (x - w / 2.0) / self->view.scale + self->view.centre_x_mm;
  *out_y_mm = (y - h / 2.0) / self->view.scale + self->view.centre_y_mm;
}

/* The wanted text size in pixels: a little under the interface font, so that it follows the
 * user's font and scaling settings. */
static double
get_text_px (StencilCanvas *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double px = 11.0 * 96.0 / 72.0;

  if (font != NULL && pango_font_description_get_size (font) > 0)
    {
      px = pango_font_description_get_size (font) / (double) PANGO_SCALE;
      if (!pango_font_description_get_size_is_absolute (font))
        {
          double dpi = pango_cairo_context_get_resolution (context);

          px *= (dpi > 0 ? dpi : 96.0) / 72.0;
        }
    }
  return MAX (px * TEXT_FONT_RATIO, MIN_TEXT_PX);
}

gboolean
stencil_canvas_scene_fits_zoom (StencilResult *result,
                                double         text_px,
                                double         scale,
                                double         text_mm,
                                double        *out_wanted_mm)
{
  double wanted = stencil_scene_part_view_text_for_scale (result, text_px, scale);

  *out_wanted_mm = wanted;
  return text_size_is_close (text_mm, wanted);
}

/* After a zoom: a new scene when the text would be too far off its size in pixels. */
static void
update_scene_for_zoom (StencilCanvas *self)
{
  double wanted;

  if (self->result == NULL)
    return;
  if (stencil_canvas_scene_fits_zoom (self->result, get_text_px (self), self->view.scale,
                                      self->text_mm, &wanted)
      && self->scene != NULL)
    return;
  g_clear_pointer (&self->scene, stencil_scene_unref);
  self->text_mm = wanted;
  self->scene = stencil_scene_new_part_view_readable (self->result, wanted);
}

static void
update_fit (StencilCanvas *self)
{
  int w = gtk_widget_get_width (GTK_WIDGET (self));
  int h = gtk_widget_get_height (GTK_WIDGET (self));
  StencilScene *scene;

  if (self->result == NULL || w <= 0 || h <= 0)
    return;
  if (h > 3 * FIT_BOTTOM_PX)
    h -= FIT_BOTTOM_PX;
  scene = stencil_scene_new_part_view_fitted (self->result, get_text_px (self), w, h,
                                              &self->view, &self->text_mm);
  g_clear_pointer (&self->scene, stencil_scene_unref);
  self->scene = scene;
  /* Centred in the part of the canvas above the legend. */
  self->view.centre_y_mm += (gtk_widget_get_height (GTK_WIDGET (self)) - h) / 2.0 /
                            self->view.scale;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

/* Zooms by a factor and keeps the scene point under (x, y) where it is. */
static void
zoom_at (StencilCanvas *self,
         double         factor,
         double         x,
         double         y)
{
  double before_x, before_y, after_x, after_y;
  double scale = CLAMP (self->view.scale * factor, ZOOM_MIN, ZOOM_MAX);

  if (self->scene == NULL || scale == self->view.scale)
    return;
  widget_to_scene (self, x, y, &before_x, &before_y);
  self->view.scale = scale;
  widget_to_scene (self, x, y, &after_x, &after_y);
  self->view.centre_x_mm += before_x - after_x;
  self->view.centre_y_mm += before_y - after_y;
  self->fit = FALSE;
  update_scene_for_zoom (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
zoom_at_pointer (StencilCanvas *self,
                 double         factor)
{
  if (self->has_pointer)
    zoom_at (self, factor, self->pointer_x, self->pointer_y);
  else
    zoom_at (self, factor,
             gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
             gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

static void
pan_by (StencilCanvas *self,
        double         dx_px,
        double         dy_px)
{
  self->view.centre_x_mm -= dx_px / self->view.scale;
  self->view.centre_y_mm -= dy_px / self->view.scale;
  self->fit = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The index of the pad under a scene point. The part view has the pattern's origin at its
 * centre with y flipped (stencil-scene.h), so a pad at model (x, y) is at scene (x, -y). */
static gboolean
find_pad (StencilCanvas *self,
          double         x_mm,
          double         y_mm,
          guint         *out_index)
{
  const StencilPattern *pattern;
  guint n;

  if (self->result == NULL)
    return FALSE;
  pattern = self->result->pattern;
  n = stencil_pattern_get_n_pads (pattern);
  for (guint i = 0; i < n; i++)
    {
      const StencilPad *pad = stencil_pattern_get_pad (pattern, i);

      if (ABS (x_mm - pad->x_mm) <= pad->w_mm / 2.0 && ABS (y_mm + pad->y_mm) <= pad->h_mm / 2.0)
        {
          *out_index = i;
          return TRUE;
        }
    }
  return FALSE;
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           StencilCanvas            *self)
{
  self->pointer_x = x;
  self->pointer_y = y;
  self->has_pointer = TRUE;
}

static void
leave_cb (GtkEventControllerMotion *controller,
          StencilCanvas            *self)
{
  self->has_pointer = FALSE;
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           StencilCanvas            *self)
{
  GdkModifierType state =
    gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if (self->scene == NULL)
    return FALSE;
  if (state & GDK_CONTROL_MASK)
    {
      zoom_at_pointer (self, pow (ZOOM_STEP, -dy));
      return TRUE;
    }
  if (state & GDK_SHIFT_MASK)
    {
      double t = dx;

      dx = dy;
      dy = t;
    }
  pan_by (self, -dx * SCROLL_PAN_PX, -dy * SCROLL_PAN_PX);
  return TRUE;
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               StencilCanvas  *self)
{
  self->gesture_start = self->view;
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                StencilCanvas  *self)
{
  self->view.centre_x_mm = self->gesture_start.centre_x_mm - dx / self->view.scale;
  self->view.centre_y_mm = self->gesture_start.centre_y_mm - dy / self->view.scale;
  self->fit = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
zoom_begin_cb (GtkGesture       *gesture,
               GdkEventSequence *sequence,
               StencilCanvas    *self)
{
  self->gesture_start = self->view;
}

static void
zoom_scale_changed_cb (GtkGestureZoom *gesture,
                       double          delta,
                       StencilCanvas  *self)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    {
      x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
      y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
    }
  zoom_at (self, self->gesture_start.scale * delta / self->view.scale, x, y);
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  stencil_canvas_zoom_in (STENCIL_CANVAS (widget));
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  stencil_canvas_zoom_out (STENCIL_CANVAS (widget));
}

static void
zoom_fit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  stencil_canvas_zoom_fit (STENCIL_CANVAS (widget));
}

static gboolean
stencil_canvas_query_tooltip (GtkWidget  *widget,
                              int         x,
                              int         y,
                              gboolean    keyboard_mode,
                              GtkTooltip *tooltip)
{
  g_autofree char *text = stencil_canvas_describe_at (STENCIL_CANVAS (widget), x, y);

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
stencil_canvas_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  StencilCanvas *self = STENCIL_CANVAS (widget);

  if (self->fit)
    update_fit (self);
}

static void
stencil_canvas_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  StencilCanvas *self = STENCIL_CANVAS (widget);
  int w = gtk_widget_get_width (widget);
  int h = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->scene == NULL || w <= 0 || h <= 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, w, h));
  stencil_canvas_paint (cr, self->scene, &self->options, &self->view, w, h);
  cairo_destroy (cr);
}

static void
stencil_canvas_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  StencilCanvas *self = STENCIL_CANVAS (object);

  switch (prop_id)
    {
    case PROP_RESULT:
      g_value_set_boxed (value, self->result);
      break;
    case PROP_LAYERS:
      g_value_set_uint (value, self->options.layers);
      break;
    case PROP_DARK:
      g_value_set_boolean (value, self->options.dark);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->view.scale);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stencil_canvas_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  StencilCanvas *self = STENCIL_CANVAS (object);

  switch (prop_id)
    {
    case PROP_RESULT:
      stencil_canvas_set_result (self, g_value_get_boxed (value));
      break;
    case PROP_LAYERS:
      stencil_canvas_set_layers (self, g_value_get_uint (value));
      break;
    case PROP_DARK:
      stencil_canvas_set_dark (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stencil_canvas_finalize (GObject *object)
{
  StencilCanvas *self = STENCIL_CANVAS (object);

  g_clear_pointer (&self->result, stencil_result_unref);
  g_clear_pointer (&self->scene, stencil_scene_unref);

  G_OBJECT_CLASS (stencil_canvas_parent_class)->finalize (object);
}

static void
stencil_canvas_class_init (StencilCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = stencil_canvas_get_property;
  object_class->set_property = stencil_canvas_set_property;
  object_class->finalize = stencil_canvas_finalize;

  widget_class->snapshot = stencil_canvas_snapshot;
  widget_class->size_allocate = stencil_canvas_size_allocate;
  widget_class->query_tooltip = stencil_canvas_query_tooltip;

  properties[PROP_RESULT] =
    g_param_spec_boxed ("result", NULL, NULL, STENCIL_TYPE_RESULT,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LAYERS] =
    g_param_spec_uint ("layers", NULL, NULL, 0, STENCIL_LAYER_ALL, STENCIL_LAYER_ALL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DARK] =
    g_param_spec_boolean ("dark", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, 0, ZOOM_MAX, 1,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "canvas.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "canvas.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "canvas.zoom-fit", NULL, zoom_fit_action);

  /* Plain + - 0 while the canvas has the focus; Ctrl+ variants are window accelerators. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "canvas.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "canvas.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "canvas.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "canvas.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0,
                                       "canvas.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, 0, "canvas.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, 0, "canvas.zoom-fit", NULL);

  gtk_widget_class_set_css_name (widget_class, "stencilcanvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
stencil_canvas_init (StencilCanvas *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  stencil_render_options_init (&self->options);
  self->view.scale = 10.0;
  self->fit = TRUE;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Land pattern and apertures"),
                                  -1);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (controller, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), 0);
  g_signal_connect (gesture, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (gesture, "drag-update", G_CALLBACK (drag_update_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect (gesture, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect (gesture, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));
}

GtkWidget *
stencil_canvas_new (void)
{
  return g_object_new (STENCIL_TYPE_CANVAS, NULL);
}

StencilResult *
stencil_canvas_get_result (StencilCanvas *self)
{
  g_return_val_if_fail (STENCIL_IS_CANVAS (self), NULL);
  return self->result;
}

void
stencil_canvas_set_result (StencilCanvas *self,
                           StencilResult *result)
{
  gboolean same_part;

  g_return_if_fail (STENCIL_IS_CANVAS (self));

  if (self->result == result)
    return;

  same_part = self->result != NULL && result != NULL &&
              self->result->pattern->part == result->pattern->part;

  g_clear_pointer (&self->result, stencil_result_unref);
  g_clear_pointer (&self->scene, stencil_scene_unref);
  self->text_mm = 0;
  if (result != NULL)
    self->result = stencil_result_ref (result);

  /* Another part has other extents: show it whole. Same part, new thickness: keep the view. */
  if (!same_part)
    self->fit = TRUE;
  if (self->fit)
    update_fit (self);
  if (self->result != NULL && self->scene == NULL)
    {
      /* Not fitted (the user's view, or no size yet): the same part keeps the text size of the
       * view the user has; another part starts at its own until the first allocation fits it. */
      if (same_part)
        self->text_mm = stencil_scene_part_view_text_for_scale (result, get_text_px (self),
                                                                self->view.scale);
      else
        self->text_mm = stencil_scene_part_view_text_size (result);
      self->scene = stencil_scene_new_part_view_readable (result, self->text_mm);
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULT]);
}

guint
stencil_canvas_get_layers (StencilCanvas *self)
{
  g_return_val_if_fail (STENCIL_IS_CANVAS (self), 0);
  return self->options.layers;
}

void
stencil_canvas_set_layers (StencilCanvas *self,
                           guint          layers)
{
  g_return_if_fail (STENCIL_IS_CANVAS (self));

  layers &= STENCIL_LAYER_ALL;
  if (self->options.layers == layers)
    return;
  self->options.layers = layers;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAYERS]);
}

gboolean
stencil_canvas_get_dark (StencilCanvas *self)
{
  g_return_val_if_fail (STENCIL_IS_CANVAS (self), FALSE);
  return self->options.dark;
}

void
stencil_canvas_set_dark (StencilCanvas *self,
                         gboolean       dark)
{
  g_return_if_fail (STENCIL_IS_CANVAS (self));

  dark = !!dark;
  if (self->options.dark == dark)
    return;
  self->options.dark = dark;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DARK]);
}

double
stencil_canvas_get_zoom (StencilCanvas *self)
{
  g_return_val_if_fail (STENCIL_IS_CANVAS (self), 0);
  return self->view.scale;
}

void
stencil_canvas_zoom_in (StencilCanvas *self)
{
  g_return_if_fail (STENCIL_IS_CANVAS (self));
  zoom_at_pointer (self, ZOOM_STEP);
}

void
stencil_canvas_zoom_out (StencilCanvas *self)
{
  g_return_if_fail (STENCIL_IS_CANVAS (self));
  zoom_at_pointer (self, 1.0 / ZOOM_STEP);
}

void
stencil_canvas_zoom_fit (StencilCanvas *self)
{
  g_return_if_fail (STENCIL_IS_CANVAS (self));

  self->fit = TRUE;
  update_fit (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

char *
stencil_canvas_describe_at (StencilCanvas *self,
                            double         x,
                            double         y)
{
  double x_mm, y_mm;
  guint index;

  g_return_val_if_fail (STENCIL_IS_CANVAS (self), NULL);

  widget_to_scene (self, x, y, &x_mm, &y_mm);
  if (!find_pad (self, x_mm, y_mm, &index))
    return NULL;
  return stencil_describe_pad (self->result, index);
}

void
stencil_canvas_scene_to_widget (StencilCanvas *self,
                                double         x_mm,
                                double         y_mm,
                                double        *out_x,
                                double        *out_y)
{
  g_return_if_fail (STENCIL_IS_CANVAS (self));

  *out_x = (x_mm - self->view.centre_x_mm) * self->view.scale +
           gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
  *out_y = (y_mm - self->view.centre_y_mm) * self->view.scale +
           gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
}

StencilScene *
stencil_canvas_get_scene (StencilCanvas *self)
{
  g_return_val_if_fail (STENCIL_IS_CANVAS (self), NULL);
  return self->scene;
}
