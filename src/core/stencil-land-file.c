/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "stencil-io.h"
#include "stencil-json.h"
#include "stencil-land-file.h"

/* Limits of one value: a land pattern of a board-to-FPC connector is a few mm; 100 mm catches
 * a value typed in µm or in mils without refusing any real part. */
#define LAND_MAX_MM 100.0

typedef enum
{
  RANGE_SIZE,       /* more than 0 */
  RANGE_DISTANCE,   /* 0 or more */
  RANGE_POSITION    /* either sign */
} RangeKind;

typedef struct
{
  const char *group;
  const char *name;
  RangeKind   range;
  gsize       offset;   /* in StencilLandSpec */
} LandMember;

static const LandMember land_members[] = {
  { "terminal", "w_mm", RANGE_SIZE, G_STRUCT_OFFSET (StencilLandSpec, terminal_w_mm) },
  { "terminal", "h_mm", RANGE_SIZE, G_STRUCT_OFFSET (StencilLandSpec, terminal_h_mm) },
  { "terminal", "row_y_mm", RANGE_DISTANCE, G_STRUCT_OFFSET (StencilLandSpec, row_y_mm) },
  { "soldering", "w_mm", RANGE_SIZE, G_STRUCT_OFFSET (StencilLandSpec, soldering_w_mm) },
  { "soldering", "h_mm", RANGE_SIZE, G_STRUCT_OFFSET (StencilLandSpec, soldering_h_mm) },
  { "soldering", "x_mm", RANGE_POSITION, G_STRUCT_OFFSET (StencilLandSpec, soldering_x_mm) },
  { "soldering", "y_mm", RANGE_POSITION, G_STRUCT_OFFSET (StencilLandSpec, soldering_y_mm) },
  { "body", "w_mm", RANGE_SIZE, G_STRUCT_OFFSET (StencilLandSpec, body_w_mm) },
  { "body", "h_mm", RANGE_SIZE, G_STRUCT_OFFSET (StencilLandSpec, body_h_mm) },
};

static const char * const land_groups[] = { "terminal", "soldering", "body" };

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
fail (GError    **error,
      const char *origin,
      const char *format,
      ...) G_GNUC_PRINTF (3, 4);

/* Every message starts with the file it is about. */
static gboolean
fail (GError    **error,
      const char *origin,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT, "%s: %s", origin, message);
  return FALSE;
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
read_member (JsonObject       *root,
             const LandMember *m,
             StencilLandSpec  *spec,
             const char       *origin,
             GError          **error)
{
  JsonObject *group = json_object_get_object_member (root, m->group);
  JsonNode *node = json_object_get_member (group, m->name);
  double value;
  gboolean ok;

  if (node == NULL)
    return fail (error, origin, _("“%s.%s” is missing (a length in mm)"), m->group, m->name);
  if (!node_is_number (node))
    return fail (error, origin, _("“%s.%s” must be a number of mm"), m->group, m->name);
  value = json_node_get_double (node);
  switch (m->range)
    {
    case RANGE_SIZE:
      ok = isfinite (value) && value > 0 && value <= LAND_MAX_MM;
      if (!ok)
        return fail (error, origin, _("“%s.%s” must be more than 0 and at most %g mm"),
                     m->group, m->name, LAND_MAX_MM);
      break;
    case RANGE_DISTANCE:
      ok = isfinite (value) && value >= 0 && value <= LAND_MAX_MM;
      if (!ok)
        return fail (error, origin, _("“%s.%s” must be from 0 to %g mm"),
                     m->group, m->name, LAND_MAX_MM);
      break;
    case RANGE_POSITION:
    default:
      ok = isfinite (value) && fabs (value) <= LAND_MAX_MM;
      if (!ok)
        return fail (error, origin, _("“%s.%s” must be from %g to %g mm"),
                     m->group, m->name, -LAND_MAX_MM, LAND_MAX_MM);
      break;
    }
  G_STRUCT_MEMBER (double, spec, m->offset) = value;
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
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(StencilLandFile) self = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root_node, *node;
  JsonObject *root;

  g_return_val_if_fail (data != NULL, NULL);

  if (origin == NULL)
    origin = _("land pattern");
  if (length < 0)
    length = strlen (data);
  if (!g_utf8_validate (data, length, NULL))
    return fail (error, origin, _("not UTF-8 text")), NULL;
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    return fail (error, origin, _("not valid JSON: %s"), local_error->message), NULL;
  root_node = json_parser_get_root (parser);
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
      for (guint j = 0; j < G_N_ELEMENTS (land_members); j++)
        if (strcmp (land_members[j].group, group) == 0)
          g_ptr_array_add (known, (gpointer) land_members[j].name);
      g_ptr_array_add (known, NULL);
      if (!check_known_members (json_node_get_object (node), group,
                                (const char * const *) known->pdata, origin, error))
        return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (land_members); i++)
    if (!read_member (object, &land_members[i], &read, origin, error))
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
  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_FAILED, "%s", local_error->message);
      return NULL;
    }
  return stencil_land_file_parse (contents, length, display, error);
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

static void
add_group (JsonBuilder  *builder,
           const char   *name,
           const char  **members,
           const double *values,
           guint         n_members)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_object (builder);
  for (guint i = 0; i < n_members; i++)
    stencil_json_add_number (builder, members[i], values[i], STENCIL_LAND_DECIMALS);
  json_builder_end_object (builder);
}

void
stencil_land_file_add_spec (JsonBuilder           *builder,
                            const StencilLandSpec *spec)
{
  g_return_if_fail (builder != NULL);
  g_return_if_fail (spec != NULL);

  {
    const char *names[] = { "w_mm", "h_mm", "row_y_mm" };
    const double values[] = { spec->terminal_w_mm, spec->terminal_h_mm, spec->row_y_mm };
    add_group (builder, "terminal", names, values, G_N_ELEMENTS (names));
  }
  {
    const char *names[] = { "w_mm", "h_mm", "x_mm", "y_mm" };
    const double values[] = { spec->soldering_w_mm, spec->soldering_h_mm, spec->soldering_x_mm,
                              spec->soldering_y_mm };
    add_group (builder, "soldering", names, values, G_N_ELEMENTS (names));
  }
  {
    const char *names[] = { "w_mm", "h_mm" };
    const double values[] = { spec->body_w_mm, spec->body_h_mm };
    add_group (builder, "body", names, values, G_N_ELEMENTS (names));
  }
}

GBytes *
stencil_land_file_generate (const StencilPattern *pattern)
{
  const StencilLandSpec *spec;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  gsize length;
  char *text;

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
  text = stencil_json_to_data (root, &length);
  /* A text file ends with a line break. */
  text = g_realloc (text, length + 2);
  text[length++] = '\n';
  text[length] = '\0';
  return g_bytes_new_take (text, length);
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
