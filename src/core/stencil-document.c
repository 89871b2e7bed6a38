/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The design document and its .stencilcalc file: one validation of every value, the land
 * pattern's provenance decided by its values, and a file that reads back byte for byte. */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "stencil-document.h"
#include "stencil-io.h"
#include "stencil-json.h"
#include "stencil-json-reader.h"
#include "stencil-land-file.h"

/* Every message starts with the file it is about (stencil-types.h). */
#define fail(error, origin, ...) stencil_fail_in_file (error, origin, __VA_ARGS__)

/* What a design can need: a few hundred bytes nested 3 levels, a dozen members. The reader
 * refuses anything beyond before json-glib (which recurses) parses it; a file larger than
 * STENCIL_DOCUMENT_MAX_BYTES is not even read (read_small_file ()). */
static const StencilJsonLimits document_limits = {
  .max_bytes = STENCIL_DOCUMENT_MAX_BYTES,
  .max_depth = 16,
  .max_string_bytes = 1024,
  .max_items = 64,
  .max_values = 256,
};

struct _StencilDocument
{
  StencilPart      *part;
  StencilCalcParams params;
  StencilPattern   *pattern;   /* the family's estimate or the user's own, for part */
};

G_DEFINE_BOXED_TYPE (StencilDocument, stencil_document, stencil_document_copy,
                     stencil_document_free)

static const char * const top_members[] = {
  "format", "version", "part", "thickness_um", "strategy", "grid_um", "corner_radius_mm",
  "web_limit_mm", "land_pattern", NULL
};
static const char * const land_members[] = { "source", "terminal", "soldering", "body", NULL };

/* -0 would be written as "-0" and read back as 0: one zero, so that the bytes repeat. */
static double
no_negative_zero (double value)
{
  return value == 0 ? 0.0 : value;
}

/* The land-pattern values as the file keeps them (whole nm): what is computed with is what a
 * saved and reopened design computes with. */
static void
round_spec (StencilLandSpec *spec)
{
  double *values[] = { &spec->terminal_w_mm, &spec->terminal_h_mm, &spec->row_y_mm,
                       &spec->soldering_w_mm, &spec->soldering_h_mm, &spec->soldering_x_mm,
                       &spec->soldering_y_mm, &spec->body_w_mm, &spec->body_h_mm };
  double scale = pow (10, STENCIL_LAND_DECIMALS);

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    if (isfinite (*values[i]))
      *values[i] = no_negative_zero (round (*values[i] * scale) / scale);
}

StencilDocument *
stencil_document_new (StencilPart *part,
                      GError     **error)
{
  g_autoptr(StencilPattern) pattern = NULL;
  StencilDocument *self;

  g_return_val_if_fail (part != NULL, NULL);

  pattern = stencil_pattern_new (part, NULL, error);
  if (pattern == NULL)
    return NULL;
  self = g_new0 (StencilDocument, 1);
  self->part = stencil_part_ref (part);
  stencil_calc_params_init (&self->params);
  self->pattern = g_steal_pointer (&pattern);
  return self;
}

StencilDocument *
stencil_document_copy (const StencilDocument *self)
{
  StencilDocument *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (StencilDocument, 1);
  copy->part = stencil_part_ref (self->part);
  copy->params = self->params;
  copy->pattern = stencil_pattern_ref (self->pattern);
  return copy;
}

void
stencil_document_free (StencilDocument *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->part, stencil_part_unref);
  g_clear_pointer (&self->pattern, stencil_pattern_unref);
  g_free (self);
}

gboolean
stencil_document_equal (const StencilDocument *a,
                        const StencilDocument *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (g_ascii_strcasecmp (a->part->part_number, b->part->part_number) != 0 ||
      a->params.thickness_um != b->params.thickness_um ||
      a->params.strategy != b->params.strategy ||
      a->params.grid_um != b->params.grid_um ||
      a->params.corner_radius_mm != b->params.corner_radius_mm ||
      a->params.web_limit_mm != b->params.web_limit_mm)
    return FALSE;
  if (stencil_pattern_is_user (a->pattern) != stencil_pattern_is_user (b->pattern))
    return FALSE;
  if (!stencil_pattern_is_user (a->pattern))
    return TRUE;
  return g_strcmp0 (a->pattern->source, b->pattern->source) == 0 &&
         stencil_land_spec_equal (&a->pattern->spec, &b->pattern->spec);
}

StencilPart *
stencil_document_get_part (const StencilDocument *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->part;
}

gboolean
stencil_document_set_part (StencilDocument *self,
                           StencilPart     *part,
                           GError         **error)
{
  StencilPattern *pattern;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (part != NULL, FALSE);

  if (g_ascii_strcasecmp (part->part_number, self->part->part_number) == 0)
    return TRUE;
  pattern = stencil_pattern_new (part, NULL, error);
  if (pattern == NULL)
    return FALSE;
  g_clear_pointer (&self->pattern, stencil_pattern_unref);
  self->pattern = pattern;
  stencil_part_unref (self->part);
  self->part = stencil_part_ref (part);
  return TRUE;
}

const StencilCalcParams *
stencil_document_get_params (const StencilDocument *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->params;
}

gboolean
stencil_document_validate_params (const StencilCalcParams *params,
                                  GError                 **error)
{
  g_return_val_if_fail (params != NULL, FALSE);
  return stencil_calc_params_validate (params, error);
}

gboolean
stencil_document_set_params (StencilDocument         *self,
                             const StencilCalcParams *params,
                             GError                 **error)
{
  StencilCalcParams checked;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (params != NULL, FALSE);

  if (!stencil_document_validate_params (params, error))
    return FALSE;
  checked = *params;
  checked.thickness_um = no_negative_zero (checked.thickness_um);
  checked.grid_um = no_negative_zero (checked.grid_um);
  checked.corner_radius_mm = no_negative_zero (checked.corner_radius_mm);
  checked.web_limit_mm = no_negative_zero (checked.web_limit_mm);
  self->params = checked;
  return TRUE;
}

StencilPattern *
stencil_document_get_pattern (const StencilDocument *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->pattern;
}

gboolean
stencil_document_has_user_land (const StencilDocument *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return stencil_pattern_is_user (self->pattern);
}

gboolean
stencil_document_set_land (StencilDocument       *self,
                           const StencilLandSpec *spec,
                           const char            *source,
                           GError               **error)
{
  StencilLandSpec rounded;
  StencilPattern *pattern;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (spec != NULL, FALSE);

  rounded = *spec;
  round_spec (&rounded);
  pattern = stencil_pattern_new_from_values (self->part, &rounded, source, error);
  if (pattern == NULL)
    return FALSE;
  g_clear_pointer (&self->pattern, stencil_pattern_unref);
  self->pattern = pattern;
  return TRUE;
}

gboolean
stencil_document_reset_land (StencilDocument *self,
                             GError         **error)
{
  StencilPattern *pattern;

  g_return_val_if_fail (self != NULL, FALSE);

  pattern = stencil_pattern_new (self->part, NULL, error);
  if (pattern == NULL)
    return FALSE;
  g_clear_pointer (&self->pattern, stencil_pattern_unref);
  self->pattern = pattern;
  return TRUE;
}

StencilResult *
stencil_document_calculate (const StencilDocument *self,
                            GError               **error)
{
  g_return_val_if_fail (self != NULL, NULL);
  return stencil_calculate (self->pattern, &self->params, error);
}

/* A calculation number as exactly as the double holds it: json-glib's 17 digits, which
 * stencil_json_to_data () shortens to the shortest form that reads back the same. */
static void
add_exact (JsonBuilder *builder,
           const char  *name,
           double       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_double_value (builder, value);
}

GBytes *
stencil_document_to_bytes (const StencilDocument *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_object (builder);
  stencil_json_add_string (builder, "format", STENCIL_DOCUMENT_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, STENCIL_DOCUMENT_VERSION);
  stencil_json_add_string (builder, "part", self->part->part_number);
  add_exact (builder, "thickness_um", self->params.thickness_um);
  stencil_json_add_string (builder, "strategy", stencil_strategy_to_string (self->params.strategy));
  add_exact (builder, "grid_um", self->params.grid_um);
  add_exact (builder, "corner_radius_mm", self->params.corner_radius_mm);
  add_exact (builder, "web_limit_mm", self->params.web_limit_mm);
  if (stencil_pattern_is_user (self->pattern))
    {
      json_builder_set_member_name (builder, "land_pattern");
      json_builder_begin_object (builder);
      stencil_json_add_string (builder, "source", self->pattern->source);
      stencil_land_file_add_spec (builder, &self->pattern->spec);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return stencil_json_to_text_file (root);
}

gboolean
stencil_document_save (const StencilDocument *self,
                       const char            *path,
                       GError               **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  bytes = stencil_document_to_bytes (self);
  return stencil_write_output_bytes (path, bytes, error);
}

/* Only spaces and line breaks: json-glib read that as no document at all. */
static gboolean
is_blank (const char *data,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;
  return TRUE;
}

static gboolean
check_members (JsonObject         *object,
               const char         *group,
               const char * const *known,
               const char         *origin,
               GError            **error)
{
  g_autoptr(GList) names = json_object_get_members (object);
  g_autoptr(GString) unknown = g_string_new (NULL);
  guint n_unknown = 0;

  for (GList *l = names; l != NULL; l = l->next)
    {
      const char *name = l->data;

      /* Members starting with "_" are comments, as in land-pattern files. */
      if (name[0] == '_' || g_strv_contains (known, name))
        continue;
      if (n_unknown++ > 0)
        g_string_append (unknown, ", ");
      if (group != NULL)
        g_string_append_printf (unknown, "“%s.%s”", group, name);
      else
        g_string_append_printf (unknown, "“%s”", name);
    }
  if (n_unknown == 0)
    return TRUE;
  return fail (error, origin,
               g_dngettext (GETTEXT_PACKAGE,
                            "unknown member %s (a newer Stencil Calc, or a typing error?)",
                            "unknown members %s (a newer Stencil Calc, or typing errors?)",
                            n_unknown),
               unknown->str);
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
node_is_string (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_STRING;
}

/* "format" and "version": what the file is, before anything else in it is looked at. */
static gboolean
check_format (JsonObject *root,
              const char *origin,
              GError    **error)
{
  JsonNode *format = json_object_get_member (root, "format");
  JsonNode *version = json_object_get_member (root, "version");
  gint64 number;

  if (!node_is_string (format) || strcmp (json_node_get_string (format),
                                          STENCIL_DOCUMENT_FORMAT) != 0)
    {
      if (json_object_has_member (root, "terminal"))
        return fail (error, origin, _("this is a land-pattern file, not a design (give it with "
                                      "--land-pattern, or import it as a land pattern)"));
      return fail (error, origin, _("not a Stencil Calc design: “format” must be \"%s\""),
                   STENCIL_DOCUMENT_FORMAT);
    }
  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) ||
      json_node_get_value_type (version) != G_TYPE_INT64)
    return fail (error, origin, _("“version” must be a whole number (this program writes %d)"),
                 STENCIL_DOCUMENT_VERSION);
  number = json_node_get_int (version);
  if (number > STENCIL_DOCUMENT_VERSION)
    return fail (error, origin, _("design version %lld is from a newer Stencil Calc; this one "
                                  "reads version %d"),
                 (long long) number, STENCIL_DOCUMENT_VERSION);
  /* Below 1 (or a number too large for json-glib, which it reads as -1). */
  if (number != STENCIL_DOCUMENT_VERSION)
    return fail (error, origin, _("“version” must be %d"), STENCIL_DOCUMENT_VERSION);
  return TRUE;
}

/* One number member into params, checked by the one validation; the message names the member. */
static gboolean
read_param (JsonObject        *root,
            const char        *name,
            gboolean           required,
            double            *member,
            StencilCalcParams *params,
            const char        *origin,
            GError           **error)
{
  JsonNode *node = json_object_get_member (root, name);
  g_autoptr(GError) local_error = NULL;

  if (node == NULL)
    {
      if (required)
        return fail (error, origin, _("“%s” is missing"), name);
      return TRUE;
    }
  if (!node_is_number (node))
    return fail (error, origin, _("“%s” must be a number"), name);
  *member = json_node_get_double (node);
  if (!stencil_document_validate_params (params, &local_error))
    return fail (error, origin, "%s: %s", name, local_error->message);
  return TRUE;
}

static gboolean
read_params (JsonObject        *root,
             StencilCalcParams *params,
             const char        *origin,
             GError           **error)
{
  JsonNode *node;

  stencil_calc_params_init (params);
  if (!read_param (root, "thickness_um", TRUE, &params->thickness_um, params, origin, error))
    return FALSE;
  node = json_object_get_member (root, "strategy");
  if (node != NULL &&
      (!node_is_string (node) ||
       !stencil_strategy_from_string (json_node_get_string (node), &params->strategy)))
    return fail (error, origin, _("“strategy” must be one of best-release, proportional, "
                                  "keep-width, keep-length"));
  return read_param (root, "grid_um", FALSE, &params->grid_um, params, origin, error) &&
         read_param (root, "corner_radius_mm", FALSE, &params->corner_radius_mm, params, origin,
                     error) &&
         read_param (root, "web_limit_mm", FALSE, &params->web_limit_mm, params, origin, error);
}

/* The user's land pattern of the file, if it has one, into the document. */
static gboolean
read_land (JsonObject      *root,
           StencilDocument *self,
           const char      *origin,
           GError         **error)
{
  JsonNode *node = json_object_get_member (root, "land_pattern");
  g_autofree char *land_origin = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonObject *land;
  JsonNode *source;
  StencilLandSpec spec;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, origin, _("“land_pattern” must be an object (source, terminal, "
                                  "soldering, body)"));
  land = json_node_get_object (node);
  if (!check_members (land, "land_pattern", land_members, origin, error))
    return FALSE;
  source = json_object_get_member (land, "source");
  if (source != NULL && !node_is_string (source))
    return fail (error, origin, _("“land_pattern.source” must be text (where the values come "
                                  "from)"));
  land_origin = g_strconcat (origin, ": land_pattern", NULL);
  if (!stencil_land_file_read_spec (land, &spec, land_origin, error))
    return FALSE;
  if (!stencil_document_set_land (self, &spec, source != NULL ? json_node_get_string (source) : "",
                                  &local_error))
    return fail (error, land_origin, "%s", local_error->message);
  return TRUE;
}

StencilDocument *
stencil_document_new_from_data (StencilCatalog *catalog,
                                const char     *data,
                                gsize           length,
                                const char     *origin,
                                GError        **error)
{
  g_autoptr(JsonNode) root_node = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(StencilPart) part = NULL;
  g_autoptr(StencilDocument) self = NULL;
  StencilCalcParams params;
  JsonNode *node;
  JsonObject *root;

  g_return_val_if_fail (STENCIL_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (origin == NULL)
    origin = _("design");
  if (length == 0)
    return fail (error, origin, _("the file is empty")), NULL;
  /* A NUL byte is not valid here either: a binary file stops at the first check. */
  if (!g_utf8_validate (data, length, NULL))
    return fail (error, origin, _("not a design: not UTF-8 text")), NULL;
  if (is_blank (data, length))
    return fail (error, origin, _("not a design: the file must hold one JSON object")), NULL;
  /* Strict JSON within the limits (stencil-json-reader.h): no comments or single quotes that
   * would hide nesting from a count, no NUL, lone surrogate or duplicate member. */
  root_node = stencil_json_read_data (data, length, &document_limits, &local_error);
  if (root_node == NULL)
    return fail (error, origin, "%s", local_error->message), NULL;
  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node))
    return fail (error, origin, _("not a design: the file must hold one JSON object")), NULL;
  root = json_node_get_object (root_node);

  if (!check_format (root, origin, error) ||
      !check_members (root, NULL, top_members, origin, error))
    return NULL;

  node = json_object_get_member (root, "part");
  if (!node_is_string (node) || *json_node_get_string (node) == '\0')
    return fail (error, origin, _("“part” must be a part number such as \"AXK7L40223G\"")),
           NULL;
  if (!read_params (root, &params, origin, error))
    return NULL;
  part = stencil_catalog_find_part (catalog, json_node_get_string (node), &local_error);
  if (part == NULL)
    return fail (error, origin, "part: %s", local_error->message), NULL;

  self = stencil_document_new (part, &local_error);
  if (self == NULL)
    return fail (error, origin, "%s", local_error->message), NULL;
  if (!stencil_document_set_params (self, &params, error) ||
      !read_land (root, self, origin, error))
    return NULL;
  return g_steal_pointer (&self);
}

/* The whole of a regular file, but never more than max bytes: a design is small, and a device
 * or a huge file must not be read into memory. */
static char *
read_small_file (const char *path,
                 const char *display,
                 gsize       max,
                 gsize      *out_length,
                 GError    **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *buffer = NULL;
  gsize length = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    goto io_error;
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      fail (error, display, _("not a regular file"));
      return NULL;
    }
  if (g_file_info_get_size (info) > (goffset) max)
    goto too_large;
  stream = g_file_read (file, NULL, &local_error);
  if (stream == NULL)
    goto io_error;
  buffer = g_malloc (max + 1);
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), buffer, max + 1, &length, NULL,
                                &local_error))
    goto io_error;
  if (length > max)
    goto too_large;
  buffer[length] = '\0';
  *out_length = length;
  return g_steal_pointer (&buffer);

too_large:
  fail (error, display, _("too large for a design (at most %u KiB)"), (guint) (max / 1024));
  return NULL;

io_error:
  /* GIO's message names the file. */
  g_set_error_literal (error, STENCIL_ERROR, STENCIL_ERROR_FAILED, local_error->message);
  return NULL;
}

StencilDocument *
stencil_document_load (StencilCatalog *catalog,
                       const char     *path,
                       GError        **error)
{
  g_autofree char *display = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (STENCIL_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  display = g_filename_display_name (path);
  contents = read_small_file (path, display, STENCIL_DOCUMENT_MAX_BYTES, &length, error);
  if (contents == NULL)
    return NULL;
  return stencil_document_new_from_data (catalog, contents, length, display, error);
}
