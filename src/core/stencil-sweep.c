/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The thickness sweep: the calculation of stencil_calculate () at every step of a range of foil
 * thicknesses, kept per pad class with the datasheet's points and the part's maximum
 * recommended thickness. */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "stencil-aperture-private.h"
#include "stencil-json.h"
#include "stencil-sweep.h"

G_DEFINE_BOXED_TYPE (StencilSweep, stencil_sweep, stencil_sweep_ref, stencil_sweep_unref)

void
stencil_sweep_range_init (StencilSweepRange *range)
{
  g_return_if_fail (range != NULL);

  range->from_um = STENCIL_SWEEP_FROM_UM;
  range->to_um = STENCIL_SWEEP_TO_UM;
  range->step_um = STENCIL_SWEEP_STEP_UM;
}

/* Steps from from_um to the last one not beyond to_um (a little slack for 0.1 + 0.2). */
static guint
count_points (const StencilSweepRange *range)
{
  return (guint) floor ((range->to_um - range->from_um) / range->step_um + 1e-9) + 1;
}

gboolean
stencil_sweep_range_validate (const StencilSweepRange *range,
                              GError                 **error)
{
  g_return_val_if_fail (range != NULL, FALSE);

  if (!isfinite (range->from_um) || !isfinite (range->to_um) ||
      range->from_um < STENCIL_THICKNESS_MIN_UM || range->to_um > STENCIL_THICKNESS_MAX_UM ||
      range->from_um >= range->to_um)
    {
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                   _("The sweep must run from a thinner to a thicker foil, within %g to %g µm"),
                   STENCIL_THICKNESS_MIN_UM, STENCIL_THICKNESS_MAX_UM);
      return FALSE;
    }
  if (!isfinite (range->step_um) || range->step_um <= 0 ||
      (range->to_um - range->from_um) / range->step_um >= STENCIL_SWEEP_MAX_STEPS)
    {
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                   _("The sweep step must be more than 0 µm and make at most %d steps"),
                   STENCIL_SWEEP_MAX_STEPS);
      return FALSE;
    }
  return TRUE;
}

static void
sweep_clear (gpointer data)
{
  StencilSweep *self = data;

  g_clear_pointer (&self->pattern, stencil_pattern_unref);
  g_clear_pointer (&self->points, g_array_unref);
}

static void
fill_point (StencilSweep      *self,
            StencilResult     *result,
            StencilSweepPoint *point)
{
  point->valid = TRUE;
  point->status = result->status;
  point->min_web_mm = result->min_web_mm;
  for (guint c = 0; c < self->n_classes; c++)
    {
      const StencilClassResult *cr = stencil_result_get_class (result, self->classes[c]);
      StencilSweepValue *v = &point->classes[c];

      v->valid = TRUE;
      v->target_ratio = cr->target_ratio;
      v->regime = cr->regime;
      v->opening_ratio = cr->aperture.opening_ratio;
      v->area_ratio = cr->aperture.area_ratio;
      v->aspect_ratio = cr->aperture.aspect_ratio;
      v->w_mm = cr->aperture.w_mm;
      v->h_mm = cr->aperture.h_mm;
      v->status = cr->aperture.status;
    }
}

StencilSweep *
stencil_sweep_new (StencilPattern          *pattern,
                   const StencilCalcParams *params,
                   const StencilSweepRange *range,
                   GError                 **error)
{
  g_autoptr(StencilSweep) self = NULL;
  g_autoptr(StencilResult) chosen = NULL;
  StencilSweepRange defaults;
  StencilPart *part;
  guint n;

  g_return_val_if_fail (pattern != NULL, NULL);
  g_return_val_if_fail (params != NULL, NULL);

  if (range == NULL)
    {
      stencil_sweep_range_init (&defaults);
      range = &defaults;
    }
  if (!stencil_sweep_range_validate (range, error))
    return NULL;
  /* The chosen thickness must be a valid calculation: it gives the classes and the maximum. */
  chosen = stencil_calculate (pattern, params, error);
  if (chosen == NULL)
    return NULL;

  part = pattern->part;
  self = g_rc_box_new0 (StencilSweep);
  self->pattern = stencil_pattern_ref (pattern);
  self->params = *params;
  self->range = *range;
  self->n_classes = chosen->n_classes;
  self->max_thickness_um = chosen->max_thickness_um;
  self->max_thickness_limit = chosen->max_thickness_limit;
  for (guint c = 0; c < chosen->n_classes; c++)
    {
      self->classes[c] = chosen->classes[c].pad_class;
      self->datasheet[c] = stencil_family_get_ratio_points (part->family, part->kind,
                                                           self->classes[c],
                                                           &self->n_datasheet[c]);
    }

  n = count_points (range);
  self->points = g_array_sized_new (FALSE, TRUE, sizeof (StencilSweepPoint), n);
  g_array_set_size (self->points, n);
  for (guint i = 0; i < n; i++)
    {
      StencilSweepPoint *point = &g_array_index (self->points, StencilSweepPoint, i);
      StencilCalcParams p = *params;
      g_autoptr(StencilResult) result = NULL;

      /* Each step from the start, never by adding steps up: no drift over 10,000 steps. */
      p.thickness_um = range->from_um + i * range->step_um;
      point->thickness_um = p.thickness_um;
      /* Where the corner radius does not fit the aperture, the point has no aperture. The
       * maximum thickness is the chosen foil's: the same for every point, not scanned again. */
      result = _stencil_calculate_point (pattern, &p, NULL);
      if (result != NULL)
        fill_point (self, result, point);
    }
  return g_steal_pointer (&self);
}

StencilSweep *
stencil_sweep_ref (StencilSweep *self)
{
  return g_rc_box_acquire (self);
}

void
stencil_sweep_unref (StencilSweep *self)
{
  g_rc_box_release_full (self, sweep_clear);
}

guint
stencil_sweep_get_n_points (const StencilSweep *self)
{
  return self->points->len;
}

const StencilSweepPoint *
stencil_sweep_get_point (const StencilSweep *self,
                         guint               index)
{
  g_return_val_if_fail (index < self->points->len, NULL);
  return &g_array_index (self->points, StencilSweepPoint, index);
}

int
stencil_sweep_find_class (const StencilSweep *self,
                          StencilPadClass     pad_class)
{
  for (guint c = 0; c < self->n_classes; c++)
    if (self->classes[c] == pad_class)
      return (int) c;
  return -1;
}

static void
append_csv_number (GString *csv,
                   double   value,
                   int      decimals)
{
  g_autofree char *text = stencil_format_number (value, decimals);

  g_string_append_printf (csv, ",%s", text);
}

GBytes *
stencil_sweep_generate_csv (StencilSweep *self)
{
  const char *part_number;
  GString *csv;

  g_return_val_if_fail (self != NULL, NULL);

  /* Part numbers hold no comma, quote or line break: no field needs quoting (RFC 4180). */
  part_number = self->pattern->part->part_number;
  csv = g_string_sized_new (96 * (self->points->len * self->n_classes + 1));
  g_string_append (csv, "part,thickness_um,class,target_opening_ratio,regime,opening_ratio,"
                   "area_ratio,aspect_ratio,ap_w_mm,ap_h_mm,status\r\n");
  for (guint i = 0; i < self->points->len; i++)
    {
      const StencilSweepPoint *point = stencil_sweep_get_point (self, i);

      for (guint c = 0; c < self->n_classes; c++)
        {
          const StencilSweepValue *v = &point->classes[c];

          g_string_append (csv, part_number);
          append_csv_number (csv, point->thickness_um, 3);
          g_string_append_printf (csv, ",%s", stencil_pad_class_to_string (self->classes[c]));
          if (!v->valid)
            {
              /* No aperture here: empty numbers, and the status says why. */
              g_string_append (csv, ",,,,,,,,no-aperture\r\n");
              continue;
            }
          append_csv_number (csv, v->target_ratio, 4);
          g_string_append_printf (csv, ",%s", stencil_regime_to_string (v->regime));
          append_csv_number (csv, v->opening_ratio, 4);
          append_csv_number (csv, v->area_ratio, 4);
          append_csv_number (csv, v->aspect_ratio, 4);
          append_csv_number (csv, v->w_mm, 4);
          append_csv_number (csv, v->h_mm, 4);
          g_string_append_printf (csv, ",%s\r\n", stencil_status_to_string (v->status));
        }
    }
  return g_string_free_to_bytes (csv);
}

static void
json_thresholds (JsonBuilder *b)
{
  json_builder_set_member_name (b, "thresholds");
  json_builder_begin_object (b);
  stencil_json_add_number (b, "area_ratio_pass", STENCIL_AREA_RATIO_PASS, 2);
  stencil_json_add_number (b, "area_ratio_marginal", STENCIL_AREA_RATIO_MARGINAL, 2);
  stencil_json_add_number (b, "aspect_ratio_pass", STENCIL_ASPECT_RATIO_PASS, 2);
  json_builder_end_object (b);
}

static void
json_classes (JsonBuilder  *b,
              StencilSweep *self)
{
  json_builder_set_member_name (b, "classes");
  json_builder_begin_array (b);
  for (guint c = 0; c < self->n_classes; c++)
    {
      json_builder_begin_object (b);
      stencil_json_add_string (b, "class", stencil_pad_class_to_string (self->classes[c]));
      json_builder_set_member_name (b, "datasheet");
      json_builder_begin_array (b);
      for (guint k = 0; k < self->n_datasheet[c]; k++)
        {
          json_builder_begin_object (b);
          stencil_json_add_number (b, "thickness_um", self->datasheet[c][k].thickness_um, 3);
          stencil_json_add_number (b, "opening_ratio", self->datasheet[c][k].ratio, 4);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
json_point (JsonBuilder             *b,
            StencilSweep            *self,
            const StencilSweepPoint *point)
{
  json_builder_begin_object (b);
  stencil_json_add_number (b, "thickness_um", point->thickness_um, 3);
  if (!point->valid)
    {
      /* The corner radius does not fit this foil's apertures. */
      json_builder_set_member_name (b, "status");
      json_builder_add_null_value (b);
      json_builder_end_object (b);
      return;
    }
  stencil_json_add_string (b, "status", stencil_status_to_string (point->status));
  stencil_json_add_number (b, "min_web_mm", point->min_web_mm, 4);
  json_builder_set_member_name (b, "classes");
  json_builder_begin_array (b);
  for (guint c = 0; c < self->n_classes; c++)
    {
      const StencilSweepValue *v = &point->classes[c];

      json_builder_begin_object (b);
      stencil_json_add_string (b, "class", stencil_pad_class_to_string (self->classes[c]));
      stencil_json_add_number (b, "target_opening_ratio", v->target_ratio, 4);
      stencil_json_add_string (b, "regime", stencil_regime_to_string (v->regime));
      stencil_json_add_number (b, "opening_ratio", v->opening_ratio, 4);
      stencil_json_add_number (b, "area_ratio", v->area_ratio, 4);
      stencil_json_add_number (b, "aspect_ratio", v->aspect_ratio, 4);
      stencil_json_add_number (b, "ap_w_mm", v->w_mm, 4);
      stencil_json_add_number (b, "ap_h_mm", v->h_mm, 4);
      stencil_json_add_string (b, "status", stencil_status_to_string (v->status));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
}

GBytes *
stencil_sweep_generate_json (StencilSweep *self)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  StencilPattern *pattern;
  gsize length;
  char *text;

  g_return_val_if_fail (self != NULL, NULL);

  pattern = self->pattern;
  json_builder_begin_object (b);
  stencil_json_add_string (b, "part", pattern->part->part_number);
  stencil_json_add_number (b, "thickness_um", self->params.thickness_um, 3);
  stencil_json_add_string (b, "strategy", stencil_strategy_to_string (self->params.strategy));
  stencil_json_add_number (b, "grid_um", self->params.grid_um, 3);
  stencil_json_add_number (b, "corner_radius_mm", self->params.corner_radius_mm, 4);
  stencil_json_add_number (b, "web_limit_mm", self->params.web_limit_mm, 4);
  json_builder_set_member_name (b, "land_pattern_provisional");
  json_builder_add_boolean_value (b, pattern->provisional);
  stencil_json_add_number (b, "from_um", self->range.from_um, 3);
  stencil_json_add_number (b, "to_um", self->range.to_um, 3);
  stencil_json_add_number (b, "step_um", self->range.step_um, 3);
  json_builder_set_member_name (b, "max_thickness_um");
  if (self->max_thickness_um > 0)
    json_builder_add_double_value (b, self->max_thickness_um);
  else
    json_builder_add_null_value (b);
  stencil_json_add_string (b, "max_thickness_limit",
                           stencil_thickness_limit_to_string (self->max_thickness_limit));
  json_thresholds (b);
  json_classes (b, self);
  json_builder_set_member_name (b, "points");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->points->len; i++)
    json_point (b, self, stencil_sweep_get_point (self, i));
  json_builder_end_array (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  text = stencil_json_to_data (root, &length);
  return g_bytes_new_take (text, length);
}
