/* SPDX-License-Identifier: GPL-3.0-or-later */
/* StencilPadRow: one row of the results table (a pad and its aperture), with sortable
 * properties and the text of each column. */
#define G_LOG_DOMAIN "stencilcalc"

#include "config.h"

#include "stencil-format.h"
#include "stencil-labels.h"
#include "stencil-results-panel-private.h"

/* A row of the pad table: a view of one pad and its aperture in an engine result. */
struct _StencilPadRow
{
  GObject        parent_instance;

  StencilResult *result;
  guint          index;
};

G_DEFINE_FINAL_TYPE (StencilPadRow, stencil_pad_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_INDEX,
  PROP_CLASS,
  PROP_X_MM,
  PROP_Y_MM,
  PROP_PAD_AREA,
  PROP_APERTURE_AREA,
  PROP_OPENING_RATIO,
  PROP_AREA_RATIO,
  PROP_ASPECT_RATIO,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const StencilPad *
get_pad (StencilPadRow *self)
{
  return stencil_pattern_get_pad (self->result->pattern, self->index);
}

static const StencilAperture *
get_aperture (StencilPadRow *self)
{
  return stencil_result_get_aperture (self->result, self->index);
}

static void
stencil_pad_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  StencilPadRow *self = STENCIL_PAD_ROW (object);
  const StencilPad *pad = get_pad (self);
  const StencilAperture *ap = get_aperture (self);

  switch (prop_id)
    {
    case PROP_INDEX:
      g_value_set_uint (value, self->index);
      break;
    case PROP_CLASS:
      g_value_set_string (value, stencil_pad_class_to_string (pad->pad_class));
      break;
    case PROP_X_MM:
      g_value_set_double (value, pad->x_mm);
      break;
    case PROP_Y_MM:
      g_value_set_double (value, pad->y_mm);
      break;
    case PROP_PAD_AREA:
      g_value_set_double (value, pad->w_mm * pad->h_mm);
      break;
    case PROP_APERTURE_AREA:
      g_value_set_double (value, stencil_aperture_area (ap->w_mm, ap->h_mm, ap->r_mm));
      break;
    case PROP_OPENING_RATIO:
      g_value_set_double (value, ap->opening_ratio);
      break;
    case PROP_AREA_RATIO:
      g_value_set_double (value, ap->area_ratio);
      break;
    case PROP_ASPECT_RATIO:
      g_value_set_double (value, ap->aspect_ratio);
      break;
    case PROP_STATUS:
      g_value_set_uint (value, ap->status);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stencil_pad_row_finalize (GObject *object)
{
  StencilPadRow *self = STENCIL_PAD_ROW (object);

  g_clear_pointer (&self->result, stencil_result_unref);

  G_OBJECT_CLASS (stencil_pad_row_parent_class)->finalize (object);
}

static void
stencil_pad_row_class_init (StencilPadRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = stencil_pad_row_get_property;
  object_class->finalize = stencil_pad_row_finalize;

  properties[PROP_INDEX] = g_param_spec_uint ("index", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_CLASS] = g_param_spec_string ("pad-class", NULL, NULL, NULL, flags);
  properties[PROP_X_MM] = g_param_spec_double ("x-mm", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                                               flags);
  properties[PROP_Y_MM] = g_param_spec_double ("y-mm", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                                               flags);
  properties[PROP_PAD_AREA] = g_param_spec_double ("pad-area", NULL, NULL, 0, G_MAXDOUBLE, 0,
                                                   flags);
  properties[PROP_APERTURE_AREA] = g_param_spec_double ("aperture-area", NULL, NULL,
                                                        0, G_MAXDOUBLE, 0, flags);
  properties[PROP_OPENING_RATIO] = g_param_spec_double ("opening-ratio", NULL, NULL,
                                                        0, G_MAXDOUBLE, 0, flags);
  properties[PROP_AREA_RATIO] = g_param_spec_double ("area-ratio", NULL, NULL,
                                                     0, G_MAXDOUBLE, 0, flags);
  properties[PROP_ASPECT_RATIO] = g_param_spec_double ("aspect-ratio", NULL, NULL,
                                                       0, G_MAXDOUBLE, 0, flags);
  properties[PROP_STATUS] = g_param_spec_uint ("status", NULL, NULL, 0, G_MAXUINT, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
stencil_pad_row_init (StencilPadRow *self)
{
}

StencilPadRow *
stencil_pad_row_new (StencilResult *result,
                     guint          index)
{
  StencilPadRow *self = g_object_new (STENCIL_TYPE_PAD_ROW, NULL);

  self->result = stencil_result_ref (result);
  self->index = index;
  return self;
}

guint
stencil_pad_row_get_index (StencilPadRow *self)
{
  g_return_val_if_fail (STENCIL_IS_PAD_ROW (self), 0);
  return self->index;
}

const char *
stencil_pad_row_get_id (StencilPadRow *self)
{
  g_return_val_if_fail (STENCIL_IS_PAD_ROW (self), NULL);
  return get_pad (self)->id;
}

char *
stencil_pad_row_format (StencilPadRow *self,
                        const char    *column)
{
  const StencilPad *pad;
  const StencilAperture *ap;

  g_return_val_if_fail (STENCIL_IS_PAD_ROW (self), NULL);

  pad = get_pad (self);
  ap = get_aperture (self);
  if (g_str_equal (column, "id"))
    return g_strdup (pad->id);
  if (g_str_equal (column, "class"))
    return g_strdup (stencil_pad_class_short_label (pad->pad_class));
  if (g_str_equal (column, "x"))
    return g_strdup_printf ("%.3f", pad->x_mm);
  if (g_str_equal (column, "y"))
    return g_strdup_printf ("%.3f", pad->y_mm);
  if (g_str_equal (column, "pad"))
    return stencil_format_size (pad->w_mm, pad->h_mm);
  if (g_str_equal (column, "aperture"))
    return stencil_format_size (ap->w_mm, ap->h_mm);
  if (g_str_equal (column, "opening"))
    return stencil_format_percent (ap->opening_ratio);
  if (g_str_equal (column, "area-ratio"))
    return stencil_measure_format (STENCIL_MEASURE_AREA_RATIO, ap->area_ratio, 3);
  if (g_str_equal (column, "aspect-ratio"))
    return stencil_measure_format (STENCIL_MEASURE_ASPECT_RATIO, ap->aspect_ratio, 2);
  if (g_str_equal (column, "status"))
    return g_strdup (stencil_status_label (ap->status));
  g_return_val_if_reached (NULL);
}
