/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The land pattern file: its field table, the checked reader and the writer
 * (stencil-land-file.h). */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "stencil-io.h"
#include "stencil-json.h"
#include "stencil-json-reader.h"
#include "stencil-land-file.h"

/* Every message starts with the file it is about (stencil-types.h). */
#define fail(error, origin, ...) stencil_fail_in_file (error, origin, __VA_ARGS__)

#define FIELD(group_id, group, member, label, description, range, min, offset) \
  { group "." member, group_id, member, label, description, "mm", range, min, \
    STENCIL_LAND_MAX_MM, G_STRUCT_OFFSET (StencilLandSpec, offset) }

/* What a land pattern file can need: well under 1 kB, nested 2 levels, a dozen members. A
 * "source" is one line shown beside the drawing and copied into every output. */
static const StencilJsonLimits land_limits = {
  .max_bytes = 64 * 1024,
  .max_depth = 32,
  .max_string_bytes = 1024,
  .max_items = 64,
  .max_values = 256,
};

static const StencilLandField land_fields[] = {
  FIELD (STENCIL_LAND_GROUP_TERMINAL, "terminal", "w_mm", N_("Width"), N_("Along the row (x)"),
         STENCIL_LAND_RANGE_SIZE, 0, terminal_w_mm),
  FIELD (STENCIL_LAND_GROUP_TERMINAL, "terminal", "h_mm", N_("Length"),
         N_("Across the row (y)"), STENCIL_LAND_RANGE_SIZE, 0, terminal_h_mm),
  FIELD (STENCIL_LAND_GROUP_TERMINAL, "terminal", "row_y_mm", N_("Row position"),
         N_("Pad centres of the two rows at y = ± this"), STENCIL_LAND_RANGE_DISTANCE, 0,
         row_y_mm),
  FIELD (STENCIL_LAND_GROUP_SOLDERING, "soldering", "w_mm", N_("Width"), N_("Along x"),
         STENCIL_LAND_RANGE_SIZE, 0, soldering_w_mm),
  FIELD (STENCIL_LAND_GROUP_SOLDERING, "soldering", "h_mm", N_("Length"), N_("Along y"),
         STENCIL_LAND_RANGE_SIZE, 0, soldering_h_mm),
  FIELD (STENCIL_LAND_GROUP_SOLDERING, "soldering", "x_mm", N_("Position x"),
         N_("Pad centres at x = ± this"), STENCIL_LAND_RANGE_POSITION, -STENCIL_LAND_MAX_MM,
         soldering_x_mm),
  FIELD (STENCIL_LAND_GROUP_SOLDERING, "soldering", "y_mm", N_("Position y"),
         N_("Pad centres at this y"), STENCIL_LAND_RANGE_POSITION, -STENCIL_LAND_MAX_MM,
         soldering_y_mm),
  FIELD (STENCIL_LAND_GROUP_BODY, "body", "w_mm", N_("Length"), N_("Along the rows (x)"),
         STENCIL_LAND_RANGE_SIZE, 0, body_w_mm),
  FIELD (STENCIL_LAND_GROUP_BODY, "body", "h_mm", N_("Width"), N_("Across the rows (y)"),
         STENCIL_LAND_RANGE_SIZE, 0, body_h_mm),
};

#undef FIELD

static const char * const land_groups[] = {
  [STENCIL_LAND_GROUP_TERMINAL] = "terminal",
  [STENCIL_LAND_GROUP_SOLDERING] = "soldering",
  [STENCIL_LAND_GROUP_BODY] = "body",
};

G_STATIC_ASSERT (G_N_ELEMENTS (land_groups) == STENCIL_N_LAND_GROUPS);

const StencilLandField *
stencil_land_get_fields (guint *n_fields)
{
  if (n_fields != NULL)
    *n_fields = G_N_ELEMENTS (land_fields);
  return land_fields;
}

const StencilLandField *
stencil_land_find_field (const char *path)
{
  for (guint i = 0; path != NULL && i < G_N_ELEMENTS (land_fields); i++)
    if (strcmp (land_fields[i].path, path) == 0)
      return &land_fields[i];
  return NULL;
}

const char *
stencil_land_group_to_string (StencilLandGroup group)
{
  g_return_val_if_fail ((guint) group < STENCIL_N_LAND_GROUPS, NULL);
  return land_groups[group];
}

const char *
stencil_land_field_label (const StencilLandField *field)
{
  g_return_val_if_fail (field != NULL, NULL);
  return _(field->label);
}

const char *
stencil_land_field_description (const StencilLandField *field)
{
  g_return_val_if_fail (field != NULL, NULL);
  return _(field->description);
}

double
stencil_land_field_get (const StencilLandField *field,
                        const StencilLandSpec  *spec)
{
  g_return_val_if_fail (field != NULL && spec != NULL, 0);
  return G_STRUCT_MEMBER (double, spec, field->offset);
}

void
stencil_land_field_set (const StencilLandField *field,
                        StencilLandSpec        *spec,
                        double                  value)
{
  g_return_if_fail (field != NULL && spec != NULL);
  G_STRUCT_MEMBER (double, spec, field->offset) = value;
}

gboolean
stencil_land_field_contains (const StencilLandField *field,
                             double                  value)
{
  g_return_val_if_fail (field != NULL, FALSE);
  if (!isfinite (value) || value < field->min || value > field->max)
    return FALSE;
  return field->range != STENCIL_LAND_RANGE_SIZE || value > field->min;
}

void
stencil_land_file_free (StencilLandFile *self)
{
  if (self == NULL)
    return;
  g_free (self->part_number);
  g_free (self->source);
  g_free (self);
}

static gboolean
node_is_number (JsonNode *node)
{
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  return type == G_TYPE_DOUBLE || type == G_TYPE_INT64;
}

static gboolean
check_known_members (JsonObject         *object,
                     const char         *group,
                     const char * const *known,
                     const char         *origin,
                     GError            **error)
{
  g_autoptr(GList) names = json_object_get_members (object);

  for (GList *l = names; l != NULL; l = l->next)
    {
      const char *name = l->data;

      if (name[0] == '_' || g_strv_contains (known, name))
        continue;
      if (group != NULL)
        return fail (error, origin, _("unknown member “%s.%s”"), group, name);
      return fail (error, origin, _("unknown member “%s”"), name);
    }
  return TRUE;
}

static gboolean
read_member (JsonObject             *root,
             const StencilLandField *f,
             StencilLandSpec        *spec,
             const char             *origin,
             GError                **error)
{
  const char *group_name = land_groups[f->group];
  JsonObject *group = json_object_get_object_member (root, group_name);
  JsonNode *node = json_object_get_member (group, f->member);
  double value;

  if (node == NULL)
    return fail (error, origin, _("“%s.%s” is missing (a length in mm)"), group_name,
                 f->member);
  if (!node_is_number (node))
    return fail (error, origin, _("“%s.%s” must be a number of mm"), group_name, f->member);
  value = json_node_get_double (node);
  if (!stencil_land_field_contains (f, value))
    switch (f->range)
      {
      case STENCIL_LAND_RANGE_SIZE:
        return fail (error, origin, _("“%s.%s” must be more than 0 and at most %g mm"),
                     group_name, f->member, f->max);
      case STENCIL_LAND_RANGE_DISTANCE:
        return fail (error, origin, _("“%s.%s” must be from 0 to %g mm"),
                     group_name, f->member, f->max);
      case STENCIL_LAND_RANGE_POSITION:
      default:
        return fail (error, origin, _("“%s.%s” must be from %g to %g mm"),
                     group_name, f->member, f->min, f->max);
      }
  stencil_land_field_set (f, spec, value);
  return TRUE;
}

StencilLandFile *
stencil_land_file_parse (const char  *data,
                         gssize       length,
                         const char  *origin,
                         GError     **error)
{
  static const char * const top_members[] = { "format", "part", "source", "terminal",
                                              "soldering", "body", NULL };
  g_autoptr(StencilLandFile) self = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonNode) root_node = NULL;
  JsonNode *node;
  JsonObject *root;

  g_return_val_if_fail (data != NULL, NULL);

  if (origin == NULL)
    origin = _("land pattern");
  if (length < 0)
    length = strlen (data);
  root_node = stencil_json_read_data (data, (gsize) length, &land_limits, &local_error);
  if (root_node == NULL)
    return fail (error, origin, "%s", local_error->message), NULL;
  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node))
    return fail (error, origin, _("not a land pattern: the file must hold one JSON object")),
           NULL;
  root = json_node_get_object (root_node);

  node = json_object_get_member (root, "format");
  if (node == NULL)
    return fail (error, origin, _("“format” is missing (it must be %d)"),
                 STENCIL_LAND_FILE_FORMAT), NULL;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) != STENCIL_LAND_FILE_FORMAT)
    return fail (error, origin, _("“format” must be %d (this version reads no other)"),
                 STENCIL_LAND_FILE_FORMAT), NULL;
  if (!check_known_members (root, NULL, top_members, origin, error))
    return NULL;

  self = g_new0 (StencilLandFile, 1);

  node = json_object_get_member (root, "part");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING ||
      *json_node_get_string (node) == '\0')
    return fail (error, origin, _("“part” must be the part number the pattern is for, "
                                  "e.g. \"AXK7L40223G\"")), NULL;
  self->part_number = g_strdup (json_node_get_string (node));

  node = json_object_get_member (root, "source");
  if (node != NULL &&
      (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING))
    return fail (error, origin, _("“source” must be text (where the values come from)")), NULL;
  self->source = g_strdup (node != NULL ? json_node_get_string (node) : "");

  if (!stencil_land_file_read_spec (root, &self->spec, origin, error))
    return NULL;
  return g_steal_pointer (&self);
}

gboolean
stencil_land_file_read_spec (JsonObject      *object,
                             StencilLandSpec *spec,
                             const char      *origin,
                             GError         **error)
{
  StencilLandSpec read = { 0, };

  g_return_val_if_fail (object != NULL, FALSE);
  g_return_val_if_fail (spec != NULL, FALSE);

  if (origin == NULL)
    origin = _("land pattern");
  for (guint i = 0; i < G_N_ELEMENTS (land_groups); i++)
    {
      const char *group = land_groups[i];
      g_autoptr(GPtrArray) known = g_ptr_array_new ();
      JsonNode *node = json_object_get_member (object, group);

      if (node == NULL)
        return fail (error, origin, _("“%s” is missing"), group);
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fail (error, origin, _("“%s” must be an object of lengths in mm"), group);
      for (guint j = 0; j < G_N_ELEMENTS (land_fields); j++)
        if (land_fields[j].group == (StencilLandGroup) i)
          g_ptr_array_add (known, (gpointer) land_fields[j].member);
      g_ptr_array_add (known, NULL);
      if (!check_known_members (json_node_get_object (node), group,
                                (const char * const *) known->pdata, origin, error))
        return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (land_fields); i++)
    if (!read_member (object, &land_fields[i], &read, origin, error))
      return FALSE;
  read.provisional = FALSE;
  *spec = read;
  return TRUE;
}

StencilLandFile *
stencil_land_file_load (const char  *path,
                        GError     **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *display = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);

  display = g_filename_display_name (path);
  /* A saved pattern is read at start-up: a FIFO or a device in its place must not hang or
   * exhaust the app, and the file is refused before it is read whole. */
  contents = stencil_read_regular_file (path, land_limits.max_bytes, &length, &local_error);
  if (contents == NULL)
    {
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_FAILED, "%s: %s", display,
                   local_error->message);
      return NULL;
    }
  return stencil_land_file_parse (contents, (gssize) length, display, error);
}

StencilPattern *
stencil_land_file_make_pattern (const StencilLandFile *self,
                                StencilPart           *part,
                                const char            *origin,
                                GError               **error)
{
  g_autoptr(GError) local_error = NULL;
  StencilPattern *pattern;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (part != NULL, NULL);

  if (origin == NULL)
    origin = _("land pattern");
  if (g_ascii_strcasecmp (self->part_number, part->part_number) != 0)
    {
      fail (error, origin, _("this land pattern is for part %s, not %s"), self->part_number,
            part->part_number);
      return NULL;
    }
  pattern = stencil_pattern_new_from_values (part, &self->spec, self->source, &local_error);
  if (pattern == NULL)
    fail (error, origin, "%s", local_error->message);
  return pattern;
}

StencilPattern *
stencil_land_file_load_pattern (StencilPart *part,
                                const char  *path,
                                GError     **error)
{
  g_autoptr(StencilLandFile) file = stencil_land_file_load (path, error);
  g_autofree char *display = NULL;

  if (file == NULL)
    return NULL;
  display = g_filename_display_name (path);
  return stencil_land_file_make_pattern (file, part, display, error);
}

/* One object of the file, its members in the order of the field table. */
static void
add_group (JsonBuilder           *builder,
           StencilLandGroup       group,
           const StencilLandSpec *spec)
{
  json_builder_set_member_name (builder, land_groups[group]);
  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (land_fields); i++)
    if (land_fields[i].group == group)
      stencil_json_add_number (builder, land_fields[i].member,
                               stencil_land_field_get (&land_fields[i], spec),
                               STENCIL_LAND_DECIMALS);
  json_builder_end_object (builder);
}

void
stencil_land_file_add_spec (JsonBuilder           *builder,
                            const StencilLandSpec *spec)
{
  g_return_if_fail (builder != NULL);
  g_return_if_fail (spec != NULL);

  for (guint i = 0; i < STENCIL_N_LAND_GROUPS; i++)
    add_group (builder, (StencilLandGroup) i, spec);
}

GBytes *
stencil_land_file_generate (const StencilPattern *pattern)
{
  const StencilLandSpec *spec;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (pattern != NULL, NULL);

  spec = &pattern->spec;
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_int_value (builder, STENCIL_LAND_FILE_FORMAT);
  stencil_json_add_string (builder, "part", pattern->part->part_number);
  if (!stencil_pattern_is_user (pattern))
    /* Written in English: the file is data, shared between people and tools. */
    stencil_json_add_string (builder, "_comment",
                             pattern->provisional
                             ? "These values are the Stencil Calc project's provisional "
                               "estimate, NOT the manufacturer's figures. Replace every value by "
                               "the manufacturer's current recommended land pattern drawing and "
                               "say which drawing in \"source\". Lengths in mm; x along the "
                               "rows, y across them, origin at the pattern centre."
                             : "The land pattern of the family data file. Lengths in mm; x along "
                               "the rows, y across them, origin at the pattern centre.");
  stencil_json_add_string (builder, "source",
                           stencil_pattern_is_user (pattern) ? pattern->source : "");
  stencil_land_file_add_spec (builder, spec);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return stencil_json_to_text_file (root);
}

gboolean
stencil_land_file_save (const StencilPattern *pattern,
                        const char           *path,
                        GError              **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (pattern != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  bytes = stencil_land_file_generate (pattern);
  return stencil_write_output_bytes (path, bytes, error);
}

char *
stencil_land_file_user_path (const char *part_number)
{
  g_autofree char *name = g_ascii_strup (part_number, -1);
  g_autofree char *file = NULL;

  /* A part number is letters and digits; anything else must not leave the folder. */
  g_strcanon (name, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_", '_');
  file = g_strconcat (name, ".json", NULL);
  return g_build_filename (g_get_user_data_dir (), "stencilcalc", "land-patterns", file, NULL);
}
