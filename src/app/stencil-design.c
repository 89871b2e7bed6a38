/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's model: the engine's design document (part, parameters, land pattern) as GObject
 * properties for the widgets to bind, its file and unsaved changes, and the engine's result
 * for it, recomputed on every change. */
#define G_LOG_DOMAIN "stencilcalc"

#include "config.h"

#include <glib/gi18n.h>

#include "stencil-design.h"
#include "stencil-land-file.h"
#include "stencil-limits.h"
#include "stencil-pattern.h"

struct _StencilDesign
{
  GObject           parent_instance;

  StencilCatalog   *catalog;
  StencilDocument  *doc;            /* NULL only while the catalog has no part */
  StencilDocument  *saved;          /* as in the file, or as the design started */
  GFile            *file;
  gboolean          modified;
  /* The user's land patterns of the parts chosen before in this window (part number ->
   * StencilPattern): choosing the part again brings its pattern back into the design. */
  GHashTable       *session_lands;
  char             *stored_land_file;
  GHashTable       *input_errors;   /* field -> message: text the window cannot compute from */
  char             *input_error;
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
  PROP_STORED_LAND_FILE,
  PROP_FILE,
  PROP_MODIFIED,
  PROP_INPUT_ERROR,
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
update_modified (StencilDesign *self)
{
  gboolean modified = self->doc != NULL &&
                      (self->saved == NULL || !stencil_document_equal (self->doc, self->saved));

  if (modified == self->modified)
    return;
  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static gboolean
same_sweep_params (const StencilCalcParams *a,
                   const StencilCalcParams *b)
{
  return a->strategy == b->strategy && a->grid_um == b->grid_um &&
         a->corner_radius_mm == b->corner_radius_mm && a->web_limit_mm == b->web_limit_mm;
}

/* Asks the engine for the result of the document. */
static void
recompute (StencilDesign *self)
{
  g_autoptr(GError) error = NULL;
  StencilResult *result = NULL;

  if (self->doc == NULL)
    return;

  result = stencil_document_calculate (self->doc, &error);
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
  update_modified (self);
}

/* An earlier version kept the user's pattern of a part in a file of its own and used it
 * silently; now a design holds its pattern. Such a file is only offered for import. */
static void
update_stored_land_file (StencilDesign *self)
{
  g_autofree char *path = NULL;

  if (self->doc != NULL)
    path = stencil_land_file_user_path (stencil_document_get_part (self->doc)->part_number);
  if (path != NULL && !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    g_clear_pointer (&path, g_free);
  set_string (self, &self->stored_land_file, path, PROP_STORED_LAND_FILE);
}

/* Everything that follows from the part changed (from old to the document's part). */
static void
notify_part (StencilDesign *self,
             StencilPart   *old)
{
  StencilPart *part = stencil_document_get_part (self->doc);

  if (old == NULL || old->family != part->family)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERIES]);
  if (old == NULL || old->kind != part->kind)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PART_KIND]);
  if (old == NULL || old->contacts != part->contacts)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACTS]);
  if (old == NULL || old->inspection != part->inspection)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INSPECTION]);
  if (old == NULL || g_strcmp0 (old->part_number, part->part_number) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PART_NUMBER]);
  update_stored_land_file (self);
}

/* Replaces the part; notifies the properties that changed and recomputes once. The user's
 * pattern of the old part is kept for this window's session, and the new part's comes back
 * if it had one. */
static void
take_part (StencilDesign *self,
           StencilPart   *part)
{
  g_autoptr(StencilPart) old = NULL;
  g_autoptr(GError) error = NULL;
  StencilPattern *remembered;

  g_object_freeze_notify (G_OBJECT (self));
  if (self->doc == NULL)
    {
      self->doc = stencil_document_new (part, &error);
      if (self->doc == NULL)
        {
          set_error_message (self, error->message);
          g_object_thaw_notify (G_OBJECT (self));
          return;
        }
    }
  else
    {
      StencilPattern *pattern = stencil_document_get_pattern (self->doc);

      old = stencil_part_ref (stencil_document_get_part (self->doc));
      if (stencil_pattern_is_user (pattern))
        g_hash_table_insert (self->session_lands, g_strdup (old->part_number),
                             stencil_pattern_ref (pattern));
      if (!stencil_document_set_part (self->doc, part, &error))
        {
          set_error_message (self, error->message);
          g_object_thaw_notify (G_OBJECT (self));
          return;
        }
    }
  remembered = g_hash_table_lookup (self->session_lands, part->part_number);
  if (remembered != NULL)
    stencil_document_set_land (self->doc, &remembered->spec, remembered->source, NULL);
  notify_part (self, old);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAND_SOURCE]);
  recompute (self);
  g_object_thaw_notify (G_OBJECT (self));
}

static gboolean
params_equal (const StencilCalcParams *a,
              const StencilCalcParams *b)
{
  return a->thickness_um == b->thickness_um && a->strategy == b->strategy &&
         a->grid_um == b->grid_um && a->corner_radius_mm == b->corner_radius_mm &&
         a->web_limit_mm == b->web_limit_mm;
}

/* A calculation parameter changed: the one validation of the engine, then the result. A value
 * the engine refuses is not taken: the message says why and the result stays. */
static void
set_params (StencilDesign           *self,
            const StencilCalcParams *params,
            guint                    prop_id)
{
  g_autoptr(GError) error = NULL;

  if (self->doc == NULL)
    return;
  if (params_equal (params, stencil_document_get_params (self->doc)))
    return;
  g_object_freeze_notify (G_OBJECT (self));
  if (!stencil_document_set_params (self->doc, params, &error))
    set_error_message (self, error->message);
  else
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
      recompute (self);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

static StencilCalcParams
get_params (StencilDesign *self)
{
  StencilCalcParams params;

  if (self->doc != NULL)
    return *stencil_document_get_params (self->doc);
  stencil_calc_params_init (&params);
  return params;
}

/* The land pattern in the document changed: whose it is, and the result. */
static void
land_changed (StencilDesign *self)
{
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAND_SOURCE]);
  recompute (self);
  g_object_thaw_notify (G_OBJECT (self));
}

static gboolean
check_part (StencilDesign *self,
            GError       **error)
{
  if (self->doc != NULL)
    return TRUE;
  g_set_error_literal (error, STENCIL_ERROR, STENCIL_ERROR_NOT_FOUND, _("No part is selected"));
  return FALSE;
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
  g_autoptr(StencilPart) part = NULL;

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
  StencilCalcParams params = get_params (self);

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
      g_value_set_double (value, params.thickness_um);
      break;
    case PROP_STRATEGY:
      g_value_set_uint (value, params.strategy);
      break;
    case PROP_GRID_UM:
      g_value_set_double (value, params.grid_um);
      break;
    case PROP_CORNER_RADIUS_MM:
      g_value_set_double (value, params.corner_radius_mm);
      break;
    case PROP_WEB_LIMIT_MM:
      g_value_set_double (value, params.web_limit_mm);
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
    case PROP_STORED_LAND_FILE:
      g_value_set_string (value, self->stored_land_file);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    case PROP_INPUT_ERROR:
      g_value_set_string (value, self->input_error);
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
    take_part (self, g_ptr_array_index (parts, 0));
  else
    set_error_message (self, _("No connector family is available"));
  stencil_design_set_unmodified (self);
}

static void
stencil_design_finalize (GObject *object)
{
  StencilDesign *self = STENCIL_DESIGN (object);

  g_clear_object (&self->catalog);
  g_clear_pointer (&self->doc, stencil_document_free);
  g_clear_pointer (&self->saved, stencil_document_free);
  g_clear_object (&self->file);
  g_clear_pointer (&self->session_lands, g_hash_table_unref);
  g_clear_pointer (&self->stored_land_file, g_free);
  g_clear_pointer (&self->input_errors, g_hash_table_unref);
  g_clear_pointer (&self->input_error, g_free);
  g_clear_pointer (&self->result, stencil_result_unref);
  g_clear_pointer (&self->sweep, stencil_sweep_unref);
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
  GParamFlags readable = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

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
    g_param_spec_boxed ("result", NULL, NULL, STENCIL_TYPE_RESULT, readable);
  properties[PROP_SWEEP] =
    g_param_spec_boxed ("sweep", NULL, NULL, STENCIL_TYPE_SWEEP, readable);
  properties[PROP_ERROR_MESSAGE] =
    g_param_spec_string ("error-message", NULL, NULL, NULL, readable);
  properties[PROP_LAND_SOURCE] =
    g_param_spec_string ("land-source", NULL, NULL, NULL, readable);
  properties[PROP_STORED_LAND_FILE] =
    g_param_spec_string ("stored-land-file", NULL, NULL, NULL, readable);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, readable);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE, readable);
  properties[PROP_INPUT_ERROR] =
    g_param_spec_string ("input-error", NULL, NULL, NULL, readable);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
stencil_design_init (StencilDesign *self)
{
  self->session_lands = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                               (GDestroyNotify) stencil_pattern_unref);
  self->input_errors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
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

StencilPart *
stencil_design_get_part (StencilDesign *self)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), NULL);
  return self->doc != NULL ? stencil_document_get_part (self->doc) : NULL;
}

StencilFamily *
stencil_design_get_family (StencilDesign *self)
{
  StencilPart *part = stencil_design_get_part (self);

  return part != NULL ? part->family : NULL;
}

const char *
stencil_design_get_series (StencilDesign *self)
{
  StencilPart *part = stencil_design_get_part (self);

  return part != NULL ? stencil_family_get_series (part->family) : NULL;
}

void
stencil_design_set_series (StencilDesign *self,
                           const char    *series)
{
  StencilPart *part = stencil_design_get_part (self);
  StencilFamily *family;

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
               part != NULL ? part->kind : STENCIL_PART_KIND_SOCKET,
               part != NULL ? part->contacts : 0,
               part != NULL && part->inspection);
}

StencilPartKind
stencil_design_get_part_kind (StencilDesign *self)
{
  StencilPart *part = stencil_design_get_part (self);

  return part != NULL ? part->kind : STENCIL_PART_KIND_SOCKET;
}

void
stencil_design_set_part_kind (StencilDesign  *self,
                              StencilPartKind kind)
{
  StencilPart *part = stencil_design_get_part (self);

  g_return_if_fail (kind < STENCIL_N_PART_KINDS);

  if (part == NULL || part->kind == kind)
    return;
  select_part (self, part->family, kind, part->contacts, part->inspection);
}

guint
stencil_design_get_contacts (StencilDesign *self)
{
  StencilPart *part = stencil_design_get_part (self);

  return part != NULL ? part->contacts : 0;
}

void
stencil_design_set_contacts (StencilDesign *self,
                             guint          contacts)
{
  StencilPart *part = stencil_design_get_part (self);

  if (part == NULL || part->contacts == contacts || contacts == 0)
    return;
  select_part (self, part->family, part->kind, contacts, part->inspection);
}

gboolean
stencil_design_get_inspection (StencilDesign *self)
{
  StencilPart *part = stencil_design_get_part (self);

  return part != NULL && part->inspection;
}

void
stencil_design_set_inspection (StencilDesign *self,
                               gboolean       inspection)
{
  StencilPart *part = stencil_design_get_part (self);

  inspection = !!inspection;
  if (part == NULL || part->inspection == inspection)
    return;
  select_part (self, part->family, part->kind, part->contacts, inspection);
}

const char *
stencil_design_get_part_number (StencilDesign *self)
{
  StencilPart *part = stencil_design_get_part (self);

  return part != NULL ? part->part_number : NULL;
}

gboolean
stencil_design_set_part_number (StencilDesign *self,
                                const char    *part_number,
                                GError       **error)
{
  g_autoptr(StencilPart) part = NULL;
  const char *current = stencil_design_get_part_number (self);

  if (part_number == NULL)
    return TRUE;
  if (current != NULL && g_ascii_strcasecmp (part_number, current) == 0)
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
  return get_params (self).thickness_um;
}

void
stencil_design_set_thickness_um (StencilDesign *self,
                                 double         thickness_um)
{
  StencilCalcParams params = get_params (self);

  params.thickness_um = thickness_um;
  set_params (self, &params, PROP_THICKNESS_UM);
}

StencilStrategy
stencil_design_get_strategy (StencilDesign *self)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), 0);
  return get_params (self).strategy;
}

void
stencil_design_set_strategy (StencilDesign  *self,
                             StencilStrategy strategy)
{
  StencilCalcParams params = get_params (self);

  g_return_if_fail (strategy < STENCIL_N_STRATEGIES);
  params.strategy = strategy;
  set_params (self, &params, PROP_STRATEGY);
}

double
stencil_design_get_grid_um (StencilDesign *self)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), 0);
  return get_params (self).grid_um;
}

void
stencil_design_set_grid_um (StencilDesign *self,
                            double         grid_um)
{
  StencilCalcParams params = get_params (self);

  params.grid_um = grid_um;
  set_params (self, &params, PROP_GRID_UM);
}

double
stencil_design_get_corner_radius_mm (StencilDesign *self)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), 0);
  return get_params (self).corner_radius_mm;
}

void
stencil_design_set_corner_radius_mm (StencilDesign *self,
                                     double         corner_radius_mm)
{
  StencilCalcParams params = get_params (self);

  params.corner_radius_mm = corner_radius_mm;
  set_params (self, &params, PROP_CORNER_RADIUS_MM);
}

double
stencil_design_get_web_limit_mm (StencilDesign *self)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), 0);
  return get_params (self).web_limit_mm;
}

void
stencil_design_set_web_limit_mm (StencilDesign *self,
                                 double         web_limit_mm)
{
  StencilCalcParams params = get_params (self);

  params.web_limit_mm = web_limit_mm;
  set_params (self, &params, PROP_WEB_LIMIT_MM);
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

const StencilDocument *
stencil_design_get_document (StencilDesign *self)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), NULL);
  return self->doc;
}

StencilPattern *
stencil_design_get_pattern (StencilDesign *self)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), NULL);
  return self->doc != NULL ? stencil_document_get_pattern (self->doc) : NULL;
}

const char *
stencil_design_get_land_source (StencilDesign *self)
{
  StencilPattern *pattern = stencil_design_get_pattern (self);

  return pattern != NULL ? pattern->source : NULL;
}

const char *
stencil_design_get_stored_land_file (StencilDesign *self)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), NULL);
  return self->stored_land_file;
}

StencilPattern *
stencil_design_dup_family_pattern (StencilDesign *self,
                                   GError       **error)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), NULL);

  if (!check_part (self, error))
    return NULL;
  return stencil_pattern_new (stencil_document_get_part (self->doc), NULL, error);
}

gboolean
stencil_design_set_user_land (StencilDesign         *self,
                              const StencilLandSpec *spec,
                              const char            *source,
                              GError               **error)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), FALSE);
  g_return_val_if_fail (spec != NULL, FALSE);

  /* The values decide whose pattern it is: the estimate applied unchanged stays provisional. */
  if (!check_part (self, error) || !stencil_document_set_land (self->doc, spec, source, error))
    return FALSE;
  land_changed (self);
  return TRUE;
}

gboolean
stencil_design_reset_land (StencilDesign *self,
                           GError       **error)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), FALSE);

  if (self->doc == NULL)
    return TRUE;
  if (!stencil_document_reset_land (self->doc, error))
    return FALSE;
  g_hash_table_remove (self->session_lands, stencil_document_get_part (self->doc)->part_number);
  land_changed (self);
  return TRUE;
}

gboolean
stencil_design_import_land (StencilDesign *self,
                            GFile         *file,
                            GError       **error)
{
  g_autofree char *path = NULL;
  g_autoptr(StencilPattern) pattern = NULL;

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
  /* Checked as calc --land-pattern checks it: the part, the pads, the body. */
  pattern = stencil_land_file_load_pattern (stencil_document_get_part (self->doc), path, error);
  if (pattern == NULL)
    return FALSE;
  if (stencil_pattern_is_user (pattern))
    return stencil_design_set_user_land (self, &pattern->spec, pattern->source, error);
  return stencil_design_reset_land (self, error);
}

gboolean
stencil_design_export_land (StencilDesign *self,
                            GFile         *file,
                            GError       **error)
{
  g_autofree char *path = NULL;
  StencilPattern *pattern = stencil_design_get_pattern (self);

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (pattern == NULL)
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
  return stencil_land_file_save (pattern, path, error);
}

GFile *
stencil_design_get_file (StencilDesign *self)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), NULL);
  return self->file;
}

gboolean
stencil_design_get_modified (StencilDesign *self)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), FALSE);
  return self->modified;
}

void
stencil_design_set_unmodified (StencilDesign *self)
{
  g_return_if_fail (STENCIL_IS_DESIGN (self));

  g_clear_pointer (&self->saved, stencil_document_free);
  if (self->doc != NULL)
    self->saved = stencil_document_copy (self->doc);
  update_modified (self);
}

static void
set_file (StencilDesign *self,
          GFile         *file)
{
  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

gboolean
stencil_design_open (StencilDesign *self,
                     GFile         *file,
                     GError       **error)
{
  g_autofree char *path = NULL;
  g_autoptr(StencilPart) old = NULL;
  StencilDocument *doc;

  g_return_val_if_fail (STENCIL_IS_DESIGN (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Cannot open “%s”: only local files are supported"), name);
      return FALSE;
    }
  /* The one reader of design files, with calc --design's checks. */
  doc = stencil_document_load (self->catalog, path, error);
  if (doc == NULL)
    return FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  if (self->doc != NULL)
    old = stencil_part_ref (stencil_document_get_part (self->doc));
  g_clear_pointer (&self->doc, stencil_document_free);
  self->doc = doc;
  g_hash_table_remove_all (self->session_lands);
  notify_part (self, old);
  for (guint prop = PROP_THICKNESS_UM; prop <= PROP_WEB_LIMIT_MM; prop++)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAND_SOURCE]);
  set_file (self, file);
  stencil_design_set_unmodified (self);
  recompute (self);
  g_object_thaw_notify (G_OBJECT (self));
  return TRUE;
}

gboolean
stencil_design_save (StencilDesign *self,
                     GFile         *file,
                     GError       **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (STENCIL_IS_DESIGN (self), FALSE);

  if (file == NULL)
    file = self->file;
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  if (!check_part (self, error))
    return FALSE;
  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Cannot write to “%s”: only local files are supported"), name);
      return FALSE;
    }
  /* Written whole or not at all: a failed save leaves the old file, and the design unsaved. */
  if (!stencil_document_save (self->doc, path, error))
    return FALSE;
  set_file (self, file);
  stencil_design_set_unmodified (self);
  return TRUE;
}

/* The first field in error, in a fixed order, so that the message does not jump about. */
static void
update_input_error (StencilDesign *self)
{
  g_autoptr(GList) fields = g_hash_table_get_keys (self->input_errors);
  const char *first = NULL;

  fields = g_list_sort (fields, (GCompareFunc) strcmp);
  if (fields != NULL)
    first = g_hash_table_lookup (self->input_errors, fields->data);
  set_string (self, &self->input_error, first, PROP_INPUT_ERROR);
}

void
stencil_design_set_input_error (StencilDesign *self,
                                const char    *field,
                                const char    *message)
{
  g_return_if_fail (STENCIL_IS_DESIGN (self));
  g_return_if_fail (field != NULL);

  if (message != NULL)
    g_hash_table_insert (self->input_errors, g_strdup (field), g_strdup (message));
  else
    g_hash_table_remove (self->input_errors, field);
  update_input_error (self);
}

const char *
stencil_design_get_input_error (StencilDesign *self)
{
  g_return_val_if_fail (STENCIL_IS_DESIGN (self), NULL);
  return self->input_error;
}
