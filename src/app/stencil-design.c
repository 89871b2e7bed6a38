/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's model: the part and the parameters as GObject properties for the widgets to
 * bind, and the engine's result for them, recomputed on every change. */
#define G_LOG_DOMAIN "stencilcalc"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "stencil-design.h"
#include "stencil-land-file.h"
#include "stencil-limits.h"
#include "stencil-pattern.h"

struct _StencilDesign
{
  GObject           parent_instance;

  StencilCatalog   *catalog;
  StencilPart      *part;
  StencilCalcParams params;
  StencilPattern   *pattern;        /* the family's or the user's, for part */
  char             *land_error;
  StencilResult    *result;
  char             *error_message;
  StencilSweep     *sweep;          /* made when first asked for; NULL again on every change */
};

G_DEFINE_FINAL_TYPE (StencilDesign, stencil_design, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_SERIES,
  PROP_PART_KIND,
  PROP_CONTACTS,
  PROP_INSPECTION,
  PROP_PART_NUMBER,
  PROP_THICKNESS_UM,
  PROP_STRATEGY,
  PROP_GRID_UM,
  PROP_CORNER_RADIUS_MM,
  PROP_WEB_LIMIT_MM,
  PROP_RESULT,
  PROP_SWEEP,
  PROP_ERROR_MESSAGE,
  PROP_LAND_SOURCE,
  PROP_LAND_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Replaces a string member and notifies its property when the text changed. */
static void
set_string (StencilDesign *self,
            char         **member,
            const char    *text,
            guint          prop_id)
{
  if (g_strcmp0 (*member, text) == 0)
    return;
  g_free (*member);
  *member = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_error_message (StencilDesign *self,
                   const char    *message)
{
  set_string (self, &self->error_message, message, PROP_ERROR_MESSAGE);
}

static void
set_land_error (StencilDesign *self,
                const char    *message)
{
  set_string (self, &self->land_error, message, PROP_LAND_ERROR);
}

/* Replaces the pattern in use (NULL: the family's, made again). */
static void
set_pattern (StencilDesign  *self,
             StencilPattern *pattern)
{
  gboolean was_user = self->pattern != NULL && stencil_pattern_is_user (self->pattern);
  gboolean is_user = pattern != NULL && stencil_pattern_is_user (pattern);

  g_clear_pointer (&self->pattern, stencil_pattern_unref);
  self->pattern = pattern;
  if (was_user || is_user)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAND_SOURCE]);
}

/* The user's saved pattern of the part, else the family's. A saved file that no longer passes
 * the engine's checks is not used, and the reason is kept for the window to show. */
static void
load_pattern (StencilDesign *self)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  StencilPattern *pattern = NULL;

  path = stencil_land_file_user_path (self->part->part_number);
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    pattern = stencil_land_file_load_pattern (self->part, path, &error);
  set_land_error (self, error != NULL ? error->message : NULL);
  set_pattern (self, pattern);
}

static gboolean
same_sweep_params (const StencilCalcParams *a,
                   const StencilCalcParams *b)
{
  return a->strategy == b->strategy && a->grid_um == b->grid_um &&
         a->corner_radius_mm == b->corner_radius_mm && a->web_limit_mm == b->web_limit_mm;
}

/* Asks the engine for the result of the current part and parameters. */
static void
recompute (StencilDesign *self)
{
  g_autoptr(GError) error = NULL;
  StencilResult *result = NULL;

  if (self->part == NULL)
    return;

  if (self->pattern == NULL)
    self->pattern = stencil_pattern_new (self->part, NULL, &error);
  if (self->pattern != NULL)
    result = stencil_calculate (self->pattern, &self->params, &error);

  /* The sweep does not depend on the thickness, only its cursor does. */
  if (self->sweep != NULL &&
      (result == NULL || !same_sweep_params (&self->sweep->params, &result->params) ||
       self->sweep->pattern != result->pattern))
    {
      g_clear_pointer (&self->sweep, stencil_sweep_unref);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SWEEP]);
    }
  g_clear_pointer (&self->result, stencil_result_unref);
  self->result = result;
  set_error_message (self, error != NULL ? error->message : NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULT]);
}

/* Replaces the part; notifies the properties that changed and recomputes once. */
static void
take_part (StencilDesign *self,
           StencilPart   *part)
{
  StencilPart *old = self->part;

  g_object_freeze_notify (G_OBJECT (self));
  self->part = part;
  if (old == NULL || old->family != part->family)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERIES]);
  if (old == NULL || old->kind != part->kind)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PART_KIND]);
  if (old == NULL || old->contacts != part->contacts)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACTS]);
  if (old == NULL || old->inspection != part->inspection)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INSPECTION]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PART_NUMBER]);
  g_clear_pointer (&old, stencil_part_unref);
  load_pattern (self);
  recompute (self);
  g_object_thaw_notify (G_OBJECT (self));
}

/* A calculation parameter changed: notify it and recompute, with one "result" notification. */
static void
params_changed (StencilDesign *self,
                guint          prop_id)
{
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  recompute (self);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
set_double_param (StencilDesign *self,
                  double        *member,
                  double         value,
                  guint          prop_id)
{
  if (*member == value)
    return;
  *member = value;
  params_changed (self, prop_id);
}

/* Uses a pattern for the current part (NULL: the family's) and recomputes. */
static void
use_pattern (StencilDesign  *self,
             StencilPattern *pattern)
{
  g_object_freeze_notify (G_OBJECT (self));
  set_land_error (self, NULL);
  set_pattern (self, pattern);
  recompute (self);
  g_object_thaw_notify (G_OBJECT (self));
}

static gboolean
check_part (StencilDesign *self,
            GError       **error)
{
  if (self->part != NULL)
    return TRUE;
  g_set_error_literal (error, STENCIL_ERROR, STENCIL_ERROR_NOT_FOUND, _("No part is selected"));
  return FALSE;
}

/* Saves the user's pattern of its part where load_pattern () finds it again. */
static gboolean
save_user_pattern (StencilPattern *pattern,
                   GError        **error)
{
  g_autofree char *path = stencil_land_file_user_path (pattern->part->part_number);
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (dir);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not create the folder %s: %s"), display, g_strerror (saved_errno));
      return FALSE;
    }
  return stencil_land_file_save (pattern, path, error);
}

/* Uses a checked user pattern of the current part (taking it): saved first, so that what the
 * window shows is what the next start reads back. */
static gboolean
use_user_pattern (StencilDesign  *self,
                  StencilPattern *pattern,
                  GError        **error)
{
  if (!save_user_pattern (pattern, error))
    {
      stencil_pattern_unref (pattern);
      return FALSE;
    }
  use_pattern (self, pattern);
  return TRUE;
}

/* Picks the part for a new combination of series, kind, count and variant. */
static void
select_part (StencilDesign  *self,
             StencilFamily  *family,
             StencilPartKind kind,
             guint           contacts,
             gboolean        inspection)
{
  g_autoptr(GError) error = NULL;
  StencilPart *part;

  if (!stencil_family_has_contacts (family, contacts))
    {
      /* A family without that count: keep the nearest one it has. */
      guint n = 0, best = 0;
      const guint *counts = stencil_family_get_contacts (family, &n);

      for (guint i = 0; i < n; i++)
        if (i == 0 || ABS ((int) counts[i] - (int) contacts) < ABS ((int) best - (int) contacts))
          best = counts[i];
      contacts = best;
    }

  part = stencil_catalog_lookup (self->catalog, stencil_family_get_series (family), kind,
                                 contacts, inspection, &error);
  if (part == NULL)
    {
      set_error_message (self, error->message);
      return;
    }
  take_part (self, part);
}

static void
stencil_design_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  StencilDesign *self = STENCIL_DESIGN (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;
    case PROP_SERIES:
      g_value_set_string (value, stencil_design_get_series (self));
      break;
    case PROP_PART_KIND:
      g_value_set_uint (value, stencil_design_get_part_kind (self));
      break;
    case PROP_CONTACTS:
      g_value_set_uint (value, stencil_design_get_contacts (self));
      break;
    case PROP_INSPECTION:
      g_value_set_boolean (value, stencil_design_get_inspection (self));
      break;
    case PROP_PART_NUMBER:
      g_value_set_string (value, stencil_design_get_part_number (self));
      break;
    case PROP_THICKNESS_UM:
      g_value_set_double (value, self->params.thickness_um);
      break;
    case PROP_STRATEGY:
      g_value_set_uint (value, self->params.strategy);
      break;
    case PROP_GRID_UM:
      g_value_set_double (value, self->params.grid_um);
      break;
    case PROP_CORNER_RADIUS_MM:
      g_value_set_double (value, self->params.corner_radius_mm);
      break;
    case PROP_WEB_LIMIT_MM:
      g_value_set_double (value, self->params.web_limit_mm);
      break;
    case PROP_RESULT:
      g_value_set_boxed (value, self->result);
      break;
    case PROP_SWEEP:
      g_value_set_boxed (value, stencil_design_get_sweep (self));
      break;
    case PROP_ERROR_MESSAGE:
      g_value_set_string (value, self->error_message);
      break;
    case PROP_LAND_SOURCE:
      g_value_set_string (value, stencil_design_get_land_source (self));
      break;
    case PROP_LAND_ERROR:
      g_value_set_string (value, self->land_error);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stencil_design_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  StencilDesign *self = STENCIL_DESIGN (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      self->catalog = g_value_dup_object (value);
      break;
    case PROP_SERIES:
      stencil_design_set_series (self, g_value_get_string (value));
      break;
    case PROP_PART_KIND:
      stencil_design_set_part_kind (self, g_value_get_uint (value));
      break;
    case PROP_CONTACTS:
      stencil_design_set_contacts (self, g_value_get_uint (value));
      break;
    case PROP_INSPECTION:
      stencil_design_set_inspection (self, g_value_get_boolean (value));
      break;
    case PROP_PART_NUMBER:
      {
        g_autoptr(GError) error = NULL;

        if (!stencil_design_set_part_number (self, g_value_get_string (value), &error))
          set_error_message (self, error->message);
      }
      break;
    case PROP_THICKNESS_UM:
      stencil_design_set_thickness_um (self, g_value_get_double (value));
      break;
    case PROP_STRATEGY:
      stencil_design_set_strategy (self, g_value_get_uint (value));
      break;
    case PROP_GRID_UM:
      stencil_design_set_grid_um (self, g_value_get_double (value));
      break;
    case PROP_CORNER_RADIUS_MM:
      stencil_design_set_corner_radius_mm (self, g_value_get_double (value));
      break;
    case PROP_WEB_LIMIT_MM:
      stencil_design_set_web_limit_mm (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
stencil_design_constructed (GObject *object)
{
  StencilDesign *self = STENCIL_DESIGN (object);
  g_autoptr(GPtrArray) parts = NULL;

  G_OBJECT_CLASS (stencil_design_parent_class)->constructed (object);

  if (self->catalog == NULL)
    self->catalog = stencil_catalog_new ();

  /* Start with the first part of the catalog until a part number is set. */
  parts = stencil_catalog_list_parts (self->catalog);
  if (parts != NULL && parts->len > 0)
    take_part (self, stencil_part_ref (g_ptr_array_index (parts, 0)));
  else
    set_error_message (self, _("No connector family is available"));
}

static void
stencil_design_finalize (GObject *object)
{
  StencilDesign *self = STENCIL_DESIGN (object);

  g_clear_object (&self->catalog);
  g_clear_pointer (&self->part, stencil_part_unref);
  g_clear_pointer (&self->result, stencil_result_unref);
  g_clear_pointer (&self->sweep, stencil_sweep_unref);
  g_clear_pointer (&self->pattern, stencil_pattern_unref);
  g_clear_pointer (&self->land_error, g_free);
  g_clear_pointer (&self->error_message, g_free);

  G_OBJECT_CLASS (stencil_design_parent_class)->finalize (object);
}

/* A number property whose range and default are the engine's (stencil-limits.h). */
static GParamSpec *
limit_param_spec (const char     *name,
                  StencilLimitId  id,
                  GParamFlags     flags)
{
  const StencilLimit *limit = stencil_limit_get (id);

  return g_param_spec_double (name, NULL, NULL, limit->min, limit->max, limit->default_value,
                              flags);
}

static void
stencil_design_class_init (StencilDesignClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = stencil_design_get_property;
  object_class->set_property = stencil_design_set_property;
  object_class->constructed = stencil_design_constructed;
  object_class->finalize = stencil_design_finalize;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, STENCIL_TYPE_CATALOG,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);
  properties[PROP_SERIES] =
    g_param_spec_string ("series", NULL, NULL, NULL, flags);
  properties[PROP_PART_KIND] =
    g_param_spec_uint ("part-kind", NULL, NULL, 0, STENCIL_N_PART_KINDS - 1, 0, flags);
  properties[PROP_CONTACTS] =
    g_param_spec_uint ("contacts", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_INSPECTION] =
    g_param_spec_boolean ("inspection", NULL, NULL, FALSE, flags);
  properties[PROP_PART_NUMBER] =
    g_param_spec_string ("part-number", NULL, NULL, NULL, flags);
  properties[PROP_THICKNESS_UM] =
    limit_param_spec ("thickness-um", STENCIL_LIMIT_THICKNESS, flags);
  properties[PROP_STRATEGY] =
    g_param_spec_uint ("strategy", NULL, NULL, 0, STENCIL_N_STRATEGIES - 1, 0, flags);
  properties[PROP_GRID_UM] =
    limit_param_spec ("grid-um", STENCIL_LIMIT_GRID, flags);
  properties[PROP_CORNER_RADIUS_MM] =
    limit_param_spec ("corner-radius-mm", STENCIL_LIMIT_CORNER_RADIUS, flags);
  properties[PROP_WEB_LIMIT_MM] =
    limit_param_spec ("web-limit-mm", STENCIL_LIMIT_WEB, flags);
  properties[PROP_RESULT] =
    g_param_spec_boxed ("result", NULL, NULL, STENCIL_TYPE_RESULT,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SWEEP] =
    g_param_spec_boxed ("sweep", NULL, NULL, STENCIL_TYPE_SWEEP,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ERROR_MESSAGE] =
    g_param_spec_string ("error-message", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LAND_SOURCE] =
    g_param_spec_string ("land-source", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LAND_ERROR] =
    g_param_spec_string ("land-error", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
stencil_design_init (StencilDesign *self)
{
  stencil_calc_params_init (&self->params);
}

StencilDesign *
stencil_design_new (StencilCatalog *catalog)
{
  return g_object_new (STENCIL_TYPE_DESIGN, "catalog", catalog, NULL);
}

StencilCatalog *
stencil_design_get_catalog (StencilDesign *self)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), NULL);
  return self->catalog;
}

StencilFamily *
stencil_design_get_family (StencilDesign *self)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), NULL);
  return self->part != NULL ? self->part->family : NULL;
}

StencilPart *
stencil_design_get_part (StencilDesign *self)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), NULL);
  return self->part;
}

const char *
stencil_design_get_series (StencilDesign *self)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), NULL);
  return self->part != NULL ? stencil_family_get_series (self->part->family) : NULL;
}

void
stencil_design_set_series (StencilDesign *self,
                           const char    *series)
{
  StencilFamily *family;

  g_return_if_fail (STENCIL_IS_DESIGN (self));

  if (series == NULL || g_strcmp0 (series, stencil_design_get_series (self)) == 0)
    return;
  family = stencil_catalog_get_family (self->catalog, series);
  if (family == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Unknown series “%s”"), series);
      set_error_message (self, message);
      return;
    }
  select_part (self, family,
               self->part != NULL ? self->part->kind : STENCIL_PART_KIND_SOCKET,
               self->part != NULL ? self->part->contacts : 0,
               self->part != NULL && self->part->inspection);
}

StencilPartKind
stencil_design_get_part_kind (StencilDesign *self)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), 0);
  return self->part != NULL ? self->part->kind : STENCIL_PART_KIND_SOCKET;
}

void
stencil_design_set_part_kind (StencilDesign  *self,
                              StencilPartKind kind)
{
  g_return_if_fail (STENCIL_IS_DESIGN (self));
  g_return_if_fail (kind < STENCIL_N_PART_KINDS);

  if (self->part == NULL || self->part->kind == kind)
    return;
  select_part (self, self->part->family, kind, self->part->contacts, self->part->inspection);
}

guint
stencil_design_get_contacts (StencilDesign *self)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), 0);
  return self->part != NULL ? self->part->contacts : 0;
}

void
stencil_design_set_contacts (StencilDesign *self,
                             guint          contacts)
{
  g_return_if_fail (STENCIL_IS_DESIGN (self));

  if (self->part == NULL || self->part->contacts == contacts || contacts == 0)
    return;
  select_part (self, self->part->family, self->part->kind, contacts, self->part->inspection);
}

gboolean
stencil_design_get_inspection (StencilDesign *self)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), FALSE);
  return self->part != NULL && self->part->inspection;
}

void
stencil_design_set_inspection (StencilDesign *self,
                               gboolean       inspection)
{
  g_return_if_fail (STENCIL_IS_DESIGN (self));

  inspection = !!inspection;
  if (self->part == NULL || self->part->inspection == inspection)
    return;
  select_part (self, self->part->family, self->part->kind, self->part->contacts, inspection);
}

const char *
stencil_design_get_part_number (StencilDesign *self)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), NULL);
  return self->part != NULL ? self->part->part_number : NULL;
}

gboolean
stencil_design_set_part_number (StencilDesign *self,
                                const char    *part_number,
                                GError       **error)
{
  StencilPart *part;

  g_return_val_if_fail (STENCIL_IS_DESIGN (self), FALSE);

  if (part_number == NULL)
    return TRUE;
  if (self->part != NULL && g_ascii_strcasecmp (part_number, self->part->part_number) == 0)
    return TRUE;
  part = stencil_catalog_find_part (self->catalog, part_number, error);
  if (part == NULL)
    return FALSE;
  take_part (self, part);
  return TRUE;
}

double
stencil_design_get_thickness_um (StencilDesign *self)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), 0);
  return self->params.thickness_um;
}

void
stencil_design_set_thickness_um (StencilDesign *self,
                                 double         thickness_um)
{
  g_return_if_fail (STENCIL_IS_DESIGN (self));
  set_double_param (self, &self->params.thickness_um, thickness_um, PROP_THICKNESS_UM);
}

StencilStrategy
stencil_design_get_strategy (StencilDesign *self)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), 0);
  return self->params.strategy;
}

void
stencil_design_set_strategy (StencilDesign  *self,
                             StencilStrategy strategy)
{
  g_return_if_fail (STENCIL_IS_DESIGN (self));
  g_return_if_fail (strategy < STENCIL_N_STRATEGIES);

  if (self->params.strategy == strategy)
    return;
  self->params.strategy = strategy;
  params_changed (self, PROP_STRATEGY);
}

double
stencil_design_get_grid_um (StencilDesign *self)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), 0);
  return self->params.grid_um;
}

void
stencil_design_set_grid_um (StencilDesign *self,
                            double         grid_um)
{
  g_return_if_fail (STENCIL_IS_DESIGN (self));
  set_double_param (self, &self->params.grid_um, grid_um, PROP_GRID_UM);
}

double
stencil_design_get_corner_radius_mm (StencilDesign *self)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), 0);
  return self->params.corner_radius_mm;
}

void
stencil_design_set_corner_radius_mm (StencilDesign *self,
                                     double         corner_radius_mm)
{
  g_return_if_fail (STENCIL_IS_DESIGN (self));
  set_double_param (self, &self->params.corner_radius_mm, corner_radius_mm, PROP_CORNER_RADIUS_MM);
}

StencilResult *
stencil_design_get_result (StencilDesign *self)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), NULL);
  return self->result;
}

const char *
stencil_design_get_error_message (StencilDesign *self)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), NULL);
  return self->error_message;
}

StencilPattern *
stencil_design_get_pattern (StencilDesign *self)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), NULL);
  return self->pattern;
}

const char *
stencil_design_get_land_source (StencilDesign *self)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), NULL);
  return self->pattern != NULL ? self->pattern->source : NULL;
}

const char *
stencil_design_get_land_error (StencilDesign *self)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), NULL);
  return self->land_error;
}

StencilPattern *
stencil_design_dup_family_pattern (StencilDesign *self,
                                   GError       **error)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), NULL);

  if (!check_part (self, error))
    return NULL;
  return stencil_pattern_new (self->part, NULL, error);
}

gboolean
stencil_design_set_user_land (StencilDesign         *self,
                              const StencilLandSpec *spec,
                              const char            *source,
                              GError               **error)
{
  StencilPattern *pattern;

  g_return_val_if_fail (STENCIL_IS_DESIGN (self), FALSE);
  g_return_val_if_fail (spec != NULL, FALSE);

  if (!check_part (self, error))
    return FALSE;
  pattern = stencil_pattern_new_user (self->part, spec, source, error);
  if (pattern == NULL)
    return FALSE;
  return use_user_pattern (self, pattern, error);
}

gboolean
stencil_design_reset_land (StencilDesign *self,
                           GError       **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (STENCIL_IS_DESIGN (self), FALSE);

  if (self->part == NULL)
    return TRUE;
  path = stencil_land_file_user_path (self->part->part_number);
  if (g_remove (path) != 0 && errno != ENOENT)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not remove %s: %s"), display, g_strerror (saved_errno));
      return FALSE;
    }
  use_pattern (self, NULL);
  return TRUE;
}

gboolean
stencil_design_import_land (StencilDesign *self,
                            GFile         *file,
                            GError       **error)
{
  g_autofree char *path = NULL;
  StencilPattern *pattern;

  g_return_val_if_fail (STENCIL_IS_DESIGN (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!check_part (self, error))
    return FALSE;
  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Only local files can be imported"));
      return FALSE;
    }
  pattern = stencil_land_file_load_pattern (self->part, path, error);
  if (pattern == NULL)
    return FALSE;
  return use_user_pattern (self, pattern, error);
}

gboolean
stencil_design_export_land (StencilDesign *self,
                            GFile         *file,
                            GError       **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (STENCIL_IS_DESIGN (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->pattern == NULL)
    {
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_NOT_FOUND, _("No land pattern to export"));
      return FALSE;
    }
  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Only local files can be written"));
      return FALSE;
    }
  return stencil_land_file_save (self->pattern, path, error);
}

double
stencil_design_get_web_limit_mm (StencilDesign *self)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), 0);
  return self->params.web_limit_mm;
}

void
stencil_design_set_web_limit_mm (StencilDesign *self,
                                 double         web_limit_mm)
{
  g_return_if_fail (STENCIL_IS_DESIGN (self));
  set_double_param (self, &self->params.web_limit_mm, web_limit_mm, PROP_WEB_LIMIT_MM);
}

StencilSweep *
stencil_design_get_sweep (StencilDesign *self)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), NULL);

  /* The result's parameters are valid: the sweep of the default range cannot fail. */
  if (self->sweep == NULL && self->result != NULL)
    self->sweep = stencil_sweep_new (self->result->pattern, &self->result->params, NULL, NULL);
  return self->sweep;
}
