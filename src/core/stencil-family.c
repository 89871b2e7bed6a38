/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Connector families from the JSON files in data/families/ and the user's folder: parsing,
 * checks, the ratio points and dimension tables of each series. */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "stencil-family-private.h"
#include "stencil-json-reader.h"
#include "stencil-limits.h"
#include "stencil-names.h"

#define MAX_RATIO_POINTS 8
/* Names end up in tables, file names, Gerber comments: one short line each. */
#define MAX_NAME_LENGTH  64
#define MAX_TEXT_LENGTH  1000

/* What a family file can need: it is a few kB, nested 6 levels, with at most 200 contact
 * counts (even counts from 2 to 400) and one dimension row for each. Anything beyond is not a
 * family file and is refused before json-glib, which parses recursively, reads it. */
static const StencilJsonLimits family_limits = {
  .max_bytes = 1024 * 1024,
  .max_depth = 32,
  .max_string_bytes = 4096,
  .max_items = 256,
  .max_values = 20000,
};

typedef enum
{
  PIN_NUMBERING_COUNTER_CLOCKWISE,  /* 1..m along the +y row, m+1..n back along the -y row */
  PIN_NUMBERING_ALTERNATING         /* odd pins on the +y row, even pins on the -y row */
} PinNumbering;

/* The rules of a land pattern, as stored in the data file; resolved per part. */
typedef struct
{
  gboolean     provisional;
  char        *note;
  PinNumbering numbering;
  double       terminal_w_mm;
  double       terminal_h_mm;
  double       row_y_mm;
  double       soldering_w_mm;
  double       soldering_h_mm;
  char         soldering_x_ref;   /* 'A', 'B' or 'C' */
  double       soldering_x_scale;
  double       soldering_x_offset_mm;
  double       soldering_y_mm;
  char         body_w_ref;
  double       body_h_mm;
} LandRules;

typedef struct
{
  char              *part_number;            /* pattern with {nn} */
  char              *inspection_part_number; /* may be NULL */
  char               row_span;               /* 'A', 'B' or 'C' */
  char               row_span_name[2];
  GArray            *dimensions;             /* of StencilDimensionRow */
  StencilRatioPoint  ratios[STENCIL_N_PAD_CLASSES][MAX_RATIO_POINTS];
  guint              n_ratios[STENCIL_N_PAD_CLASSES];
  LandRules          land;
} KindData;

struct _StencilFamily
{
  GObject   parent_instance;

  char     *series;
  char     *maker;
  char     *title;
  char     *source;
  char     *origin;
  double    pitch_mm;
  GArray   *contacts;   /* of guint, ascending */
  KindData  kinds[STENCIL_N_PART_KINDS];
  GStrv     notes;
};

G_DEFINE_FINAL_TYPE (StencilFamily, stencil_family, G_TYPE_OBJECT)

static gboolean
fail (GError    **error,
      const char *format,
      ...) G_GNUC_PRINTF (2, 3);

static gboolean
fail (GError    **error,
      const char *format,
      ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, STENCIL_ERROR, STENCIL_ERROR_DATA, message);
  return FALSE;
}

static gboolean
get_member_double (JsonObject  *object,
                   const char  *context,
                   const char  *name,
                   double       min,
                   double       max,
                   double      *out,
                   GError     **error)
{
  JsonNode *node = json_object_get_member (object, name);
  double value;

  if (node == NULL)
    return fail (error, _("%s: “%s” is missing"), context, name);
  if (!JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_DOUBLE &&
       json_node_get_value_type (node) != G_TYPE_INT64))
    return fail (error, _("%s: “%s” must be a number"), context, name);
  value = json_node_get_double (node);
  if (!isfinite (value) || value < min || value > max)
    return fail (error, _("%s: “%s” is %g, outside %g to %g"), context, name, value, min, max);
  *out = value;
  return TRUE;
}

static const char *
get_member_string (JsonObject  *object,
                   const char  *context,
                   const char  *name,
                   gboolean     required,
                   GError     **error)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL)
    {
      if (required)
        fail (error, _("%s: “%s” is missing"), context, name);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      fail (error, _("%s: “%s” must be a string"), context, name);
      return NULL;
    }
  return json_node_get_string (node);
}

/* A name or title: one line of text without control characters, at most max_length bytes. */
static const char *
get_member_text (JsonObject  *object,
                 const char  *context,
                 const char  *name,
                 gboolean     required,
                 gsize        max_length,
                 GError     **error)
{
  const char *str = get_member_string (object, context, name, required, error);

  if (str == NULL)
    return NULL;
  if (strlen (str) > max_length)
    {
      fail (error, _("%s: “%s” is longer than %u bytes"), context, name, (guint) max_length);
      return NULL;
    }
  for (const char *p = str; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      {
        fail (error, _("%s: “%s” contains a control character"), context, name);
        return NULL;
      }
  return str;
}

static JsonObject *
get_member_object (JsonObject  *object,
                   const char  *context,
                   const char  *name,
                   GError     **error)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (error, _("%s: “%s” must be an object"), context, name);
      return NULL;
    }
  return json_node_get_object (node);
}

static JsonArray *
get_member_array (JsonObject  *object,
                  const char  *context,
                  const char  *name,
                  GError     **error)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      fail (error, _("%s: “%s” must be an array"), context, name);
      return NULL;
    }
  return json_node_get_array (node);
}

static gboolean
parse_dimension_ref (const char *str,
                     const char *context,
                     const char *name,
                     char       *out,
                     GError    **error)
{
  if (str == NULL)
    return FALSE;
  if (strlen (str) != 1 || (str[0] != 'A' && str[0] != 'B' && str[0] != 'C'))
    return fail (error, _("%s: “%s” must be “A”, “B” or “C”"), context, name);
  *out = str[0];
  return TRUE;
}

static gboolean
check_part_number_pattern (const char *pattern,
                           const char *context,
                           GError    **error)
{
  const char *at = strstr (pattern, "{nn}");

  if (at == NULL || strstr (at + 4, "{nn}") != NULL)
    return fail (error, _("%s: the part number “%s” must contain “{nn}” once"),
                 context, pattern);
  /* A part number is typed on command lines and printed in tables: no spaces. */
  for (const char *p = pattern; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isspace (g_utf8_get_char (p)))
      return fail (error, _("%s: the part number “%s” contains a space"), context, pattern);
  return TRUE;
}

static gboolean
parse_land (JsonObject  *object,
            const char  *context,
            LandRules   *land,
            GError     **error)
{
  JsonObject *terminal, *soldering, *body;
  JsonNode *provisional;
  const char *numbering, *x_ref, *w_ref, *note;
  g_autofree char *ctx_t = g_strdup_printf ("%s.terminal", context);
  g_autofree char *ctx_s = g_strdup_printf ("%s.soldering", context);
  g_autofree char *ctx_b = g_strdup_printf ("%s.body", context);

  provisional = json_object_get_member (object, "provisional");
  if (provisional == NULL || !JSON_NODE_HOLDS_VALUE (provisional) ||
      json_node_get_value_type (provisional) != G_TYPE_BOOLEAN)
    return fail (error, _("%s: “provisional” must be true or false"), context);
  land->provisional = json_node_get_boolean (provisional);

  note = get_member_string (object, context, "note", FALSE, error);
  if (note == NULL && error != NULL && *error != NULL)
    return FALSE;
  land->note = g_strdup (note);

  numbering = get_member_string (object, context, "pin_numbering", FALSE, error);
  if (error != NULL && *error != NULL)
    return FALSE;
  if (numbering == NULL || strcmp (numbering, "counter-clockwise") == 0)
    land->numbering = PIN_NUMBERING_COUNTER_CLOCKWISE;
  else if (strcmp (numbering, "alternating") == 0)
    land->numbering = PIN_NUMBERING_ALTERNATING;
  else
    return fail (error, _("%s: unknown pin_numbering “%s” (counter-clockwise, alternating)"),
                 context, numbering);

  if (!(terminal = get_member_object (object, context, "terminal", error)) ||
      !get_member_double (terminal, ctx_t, "w_mm", 0.01, 50, &land->terminal_w_mm, error) ||
      !get_member_double (terminal, ctx_t, "h_mm", 0.01, 50, &land->terminal_h_mm, error) ||
      !get_member_double (terminal, ctx_t, "row_y_mm", 0, 100, &land->row_y_mm, error))
    return FALSE;

  if (!(soldering = get_member_object (object, context, "soldering", error)) ||
      !get_member_double (soldering, ctx_s, "w_mm", 0.01, 50, &land->soldering_w_mm, error) ||
      !get_member_double (soldering, ctx_s, "h_mm", 0.01, 50, &land->soldering_h_mm, error) ||
      !get_member_double (soldering, ctx_s, "x_scale", -10, 10, &land->soldering_x_scale, error) ||
      !get_member_double (soldering, ctx_s, "x_offset_mm", -100, 100,
                          &land->soldering_x_offset_mm, error) ||
      !get_member_double (soldering, ctx_s, "y_mm", -100, 100, &land->soldering_y_mm, error))
    return FALSE;
  x_ref = get_member_string (soldering, ctx_s, "x_ref", TRUE, error);
  if (!parse_dimension_ref (x_ref, ctx_s, "x_ref", &land->soldering_x_ref, error))
    return FALSE;

  if (!(body = get_member_object (object, context, "body", error)) ||
      !get_member_double (body, ctx_b, "h_mm", 0.01, 100, &land->body_h_mm, error))
    return FALSE;
  w_ref = get_member_string (body, ctx_b, "w_ref", TRUE, error);
  if (!parse_dimension_ref (w_ref, ctx_b, "w_ref", &land->body_w_ref, error))
    return FALSE;

  return TRUE;
}

static int
compare_ratio_points (gconstpointer a,
                      gconstpointer b)
{
  const StencilRatioPoint *pa = a, *pb = b;

  return (pa->thickness_um > pb->thickness_um) - (pa->thickness_um < pb->thickness_um);
}

static gboolean
parse_kind (StencilFamily  *self,
            JsonObject     *object,
            StencilPartKind kind_id,
            GError        **error)
{
  const char *kind_name = stencil_part_kind_to_string (kind_id);
  KindData *kind = &self->kinds[kind_id];
  g_autofree char *context = g_strdup_printf ("kinds.%s", kind_name);
  g_autofree char *ctx_land = g_strdup_printf ("%s.land_pattern", context);
  const char *pn, *ipn, *span;
  JsonArray *dims;
  JsonObject *ratios, *land;

  pn = get_member_text (object, context, "part_number", TRUE, MAX_NAME_LENGTH, error);
  if (pn == NULL || !check_part_number_pattern (pn, context, error))
    return FALSE;
  kind->part_number = g_strdup (pn);

  ipn = get_member_text (object, context, "inspection_part_number", FALSE, MAX_NAME_LENGTH,
                         error);
  if (error != NULL && *error != NULL)
    return FALSE;
  if (ipn != NULL && !check_part_number_pattern (ipn, context, error))
    return FALSE;
  kind->inspection_part_number = g_strdup (ipn);

  span = get_member_string (object, context, "row_span", TRUE, error);
  if (!parse_dimension_ref (span, context, "row_span", &kind->row_span, error))
    return FALSE;
  kind->row_span_name[0] = kind->row_span;
  kind->row_span_name[1] = '\0';

  /* The dimension table: one row per contact count, exactly the family's counts. */
  if (!(dims = get_member_array (object, context, "dimensions", error)))
    return FALSE;
  kind->dimensions = g_array_new (FALSE, FALSE, sizeof (StencilDimensionRow));
  for (guint i = 0; i < json_array_get_length (dims); i++)
    {
      JsonNode *node = json_array_get_element (dims, i);
      g_autofree char *ctx_row = g_strdup_printf ("%s.dimensions[%u]", context, i);
      StencilDimensionRow row;
      double contacts;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fail (error, _("%s: must be an object"), ctx_row);
      if (!get_member_double (json_node_get_object (node), ctx_row, "contacts", 1, 1000,
                              &contacts, error) ||
          !get_member_double (json_node_get_object (node), ctx_row, "A", 0, 1000, &row.a_mm,
                              error) ||
          !get_member_double (json_node_get_object (node), ctx_row, "B", 0, 1000, &row.b_mm,
                              error) ||
          !get_member_double (json_node_get_object (node), ctx_row, "C", 0, 1000, &row.c_mm, error))
        return FALSE;
      row.contacts = (guint) contacts;
      if (row.contacts != contacts)
        return fail (error, _("%s: “contacts” must be a whole number"), ctx_row);
      /* Two rows for one size: which one would be meant? A row for a size the family does not
       * list is a typo in one of the two lists. */
      if (stencil_family_get_dimensions (self, kind_id, row.contacts) != NULL)
        return fail (error, _("%s: a second row for %u contacts"), ctx_row, row.contacts);
      if (!stencil_family_has_contacts (self, row.contacts))
        return fail (error, _("%s: %u contacts is not in the family's “contacts” list"),
                     ctx_row, row.contacts);
      g_array_append_val (kind->dimensions, row);
    }
  for (guint i = 0; i < self->contacts->len; i++)
    {
      guint n = g_array_index (self->contacts, guint, i);
      if (stencil_family_get_dimensions (self, kind_id, n) == NULL)
        return fail (error, _("%s.dimensions: no row for %u contacts"), context, n);
    }

  /* Datasheet opening-area ratios per pad class. */
  if (!(ratios = get_member_object (object, context, "opening_ratios", error)))
    return FALSE;
  for (guint c = 0; c < STENCIL_N_PAD_CLASSES; c++)
    {
      const char *class_name = stencil_pad_class_to_string (c);
      g_autofree char *ctx_r = g_strdup_printf ("%s.opening_ratios", context);
      JsonArray *points = get_member_array (ratios, ctx_r, class_name, error);
      guint n;

      if (points == NULL)
        return FALSE;
      n = json_array_get_length (points);
      if (n < 1 || n > MAX_RATIO_POINTS)
        return fail (error, _("%s.%s: between 1 and %d points are needed"),
                     ctx_r, class_name, MAX_RATIO_POINTS);
      for (guint i = 0; i < n; i++)
        {
          JsonNode *node = json_array_get_element (points, i);
          g_autofree char *ctx_p = g_strdup_printf ("%s.%s[%u]", ctx_r, class_name, i);

          if (!JSON_NODE_HOLDS_OBJECT (node))
            return fail (error, _("%s: must be an object"), ctx_p);
          if (!get_member_double (json_node_get_object (node), ctx_p, "thickness_um",
                                  STENCIL_THICKNESS_MIN_UM, STENCIL_THICKNESS_MAX_UM,
                                  &kind->ratios[c][i].thickness_um, error) ||
              !get_member_double (json_node_get_object (node), ctx_p, "ratio", 0.05, 1.0,
                                  &kind->ratios[c][i].ratio, error))
            return FALSE;
        }
      qsort (kind->ratios[c], n, sizeof (StencilRatioPoint), compare_ratio_points);
      for (guint i = 1; i < n; i++)
        if (kind->ratios[c][i].thickness_um == kind->ratios[c][i - 1].thickness_um)
          return fail (error, _("%s.%s: two points for %g µm"), ctx_r, class_name,
                       kind->ratios[c][i].thickness_um);
      kind->n_ratios[c] = n;
    }

  if (!(land = get_member_object (object, context, "land_pattern", error)) ||
      !parse_land (land, ctx_land, &kind->land, error))
    return FALSE;

  /* The checks of stencil_pattern_new() that do not depend on the size: found here, they are
   * reported with the file's name instead of failing every calculation later. */
  if (kind->land.terminal_w_mm >= self->pitch_mm)
    return fail (error, _("%s.terminal: “w_mm” %g must be smaller than the pitch %g mm"),
                 ctx_land, kind->land.terminal_w_mm, self->pitch_mm);
  if (kind->land.terminal_h_mm >= 2 * kind->land.row_y_mm)
    return fail (error, _("%s.terminal: the rows overlap (“h_mm” %g, rows %g mm apart)"),
                 ctx_land, kind->land.terminal_h_mm, 2 * kind->land.row_y_mm);
  return TRUE;
}

static gboolean
parse_family (StencilFamily *self,
              JsonNode      *root,
              GError       **error)
{
  JsonObject *object, *kinds;
  JsonArray *contacts;
  JsonNode *notes;
  double format;
  const char *str;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return fail (error, _("the top level must be a JSON object"));
  object = json_node_get_object (root);

  if (!get_member_double (object, "family", "format", 1, 1, &format, error))
    return FALSE;
  if (!(str = get_member_text (object, "family", "series", TRUE, MAX_NAME_LENGTH, error)))
    return FALSE;
  if (*str == '\0')
    return fail (error, _("family: “series” is empty"));
  self->series = g_strdup (str);
  if (!(str = get_member_text (object, "family", "maker", TRUE, MAX_NAME_LENGTH, error)))
    return FALSE;
  self->maker = g_strdup (str);
  if (!(str = get_member_text (object, "family", "title", TRUE, MAX_TEXT_LENGTH, error)))
    return FALSE;
  self->title = g_strdup (str);
  str = get_member_string (object, "family", "source", FALSE, error);
  if (error != NULL && *error != NULL)
    return FALSE;
  self->source = g_strdup (str != NULL ? str : "");
  if (!get_member_double (object, "family", "pitch_mm", 0.05, 10, &self->pitch_mm, error))
    return FALSE;

  if (!(contacts = get_member_array (object, "family", "contacts", error)))
    return FALSE;
  if (json_array_get_length (contacts) == 0)
    return fail (error, _("family: “contacts” is empty"));
  for (guint i = 0; i < json_array_get_length (contacts); i++)
    {
      JsonNode *node = json_array_get_element (contacts, i);
      gint64 n;
      guint count;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
        return fail (error, _("family: “contacts” must hold whole numbers"));
      n = json_node_get_int (node);
      /* Two rows of n/2 contacts: an even count from 2 to 400. %lld, not G_GINT64_FORMAT:
       * xgettext cannot expand a macro inside a msgid. */
      if (n < 2 || n > 400 || n % 2 != 0)
        return fail (error, _("family: %lld contacts is not an even count from 2 to 400"),
                     (long long) n);
      if (self->contacts->len > 0 &&
          (guint) n <= g_array_index (self->contacts, guint, self->contacts->len - 1))
        return fail (error, _("family: “contacts” must be in ascending order without repeats"));
      /* The array holds guint: append one, not the first bytes of a gint64. */
      count = (guint) n;
      g_array_append_val (self->contacts, count);
    }

  if (!(kinds = get_member_object (object, "family", "kinds", error)))
    return FALSE;
  for (guint k = 0; k < STENCIL_N_PART_KINDS; k++)
    {
      const char *kind_name = stencil_part_kind_to_string (k);
      JsonObject *kind = get_member_object (kinds, "kinds", kind_name, error);

      if (kind == NULL || !parse_kind (self, kind, k, error))
        return FALSE;
    }

  notes = json_object_get_member (object, "notes");
  if (notes != NULL)
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      JsonArray *array;

      if (!JSON_NODE_HOLDS_ARRAY (notes))
        return fail (error, _("family: “notes” must be an array of strings"));
      array = json_node_get_array (notes);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);
          if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
            return fail (error, _("family: “notes” must be an array of strings"));
          g_strv_builder_add (builder, json_node_get_string (node));
        }
      self->notes = g_strv_builder_end (builder);
    }
  else
    self->notes = g_new0 (char *, 1);

  return TRUE;
}

static double
dimension_value (const StencilDimensionRow *row,
                 char                       ref)
{
  switch (ref)
    {
    case 'A': return row->a_mm;
    case 'B': return row->b_mm;
    case 'C': return row->c_mm;
    default: g_assert_not_reached ();
    }
}

static void
stencil_family_finalize (GObject *object)
{
  StencilFamily *self = STENCIL_FAMILY (object);

  for (guint k = 0; k < STENCIL_N_PART_KINDS; k++)
    {
      g_free (self->kinds[k].part_number);
      g_free (self->kinds[k].inspection_part_number);
      g_clear_pointer (&self->kinds[k].dimensions, g_array_unref);
      g_free (self->kinds[k].land.note);
    }
  g_free (self->series);
  g_free (self->maker);
  g_free (self->title);
  g_free (self->source);
  g_free (self->origin);
  g_clear_pointer (&self->contacts, g_array_unref);
  g_strfreev (self->notes);

  G_OBJECT_CLASS (stencil_family_parent_class)->finalize (object);
}

static void
stencil_family_class_init (StencilFamilyClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = stencil_family_finalize;
}

static void
stencil_family_init (StencilFamily *self)
{
  self->contacts = g_array_new (FALSE, FALSE, sizeof (guint));
}

/* The checks of a family file once it is JSON within the limits. */
static StencilFamily *
family_new_from_root (JsonNode    *root,
                      const char  *origin,
                      GError     **error)
{
  g_autoptr(StencilFamily) self = g_object_new (STENCIL_TYPE_FAMILY, NULL);
  g_autoptr(GError) local_error = NULL;

  self->origin = g_strdup (origin != NULL ? origin : "");
  /* The parser tells optional members of the wrong type from absent ones by the error, so it
   * always gets one, even when the caller does not want it. */
  if (!parse_family (self, root, &local_error))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return g_steal_pointer (&self);
}

StencilFamily *
stencil_family_new_from_data (const char  *json,
                              gssize       length,
                              const char  *origin,
                              GError     **error)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (json != NULL, NULL);

  if (length < 0)
    length = (gssize) strlen (json);
  root = stencil_json_read_data (json, (gsize) length, &family_limits, error);
  if (root == NULL)
    return NULL;
  return family_new_from_root (root, origin, error);
}

StencilFamily *
stencil_family_new_from_path (const char  *path,
                              GError     **error)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  /* The guarded reader: plain open and read, no GFile (whose first use starts GIO's VFS and
   * loads its modules, a tenth of a "calc" run). */
  root = stencil_json_read_file (path, &family_limits, error);
  if (root == NULL)
    return NULL;
  return family_new_from_root (root, path, error);
}

StencilFamily *
stencil_family_new_from_file (GFile   *file,
                              GError **error)
{
  g_autofree char *path = g_file_get_path (file);

  if (path == NULL)
    {
      g_set_error_literal (error, STENCIL_ERROR, STENCIL_ERROR_DATA,
                           _("only local files can be read"));
      return NULL;
    }
  return stencil_family_new_from_path (path, error);
}

const char *
stencil_family_get_series (StencilFamily *self)
{
  g_return_val_if_fail (STENCIL_IS_FAMILY (self), NULL);
  return self->series;
}

const char *
stencil_family_get_maker (StencilFamily *self)
{
  g_return_val_if_fail (STENCIL_IS_FAMILY (self), NULL);
  return self->maker;
}

const char *
stencil_family_get_title (StencilFamily *self)
{
  g_return_val_if_fail (STENCIL_IS_FAMILY (self), NULL);
  return self->title;
}

const char *
stencil_family_get_source (StencilFamily *self)
{
  g_return_val_if_fail (STENCIL_IS_FAMILY (self), NULL);
  return self->source;
}

const char *
stencil_family_get_origin (StencilFamily *self)
{
  g_return_val_if_fail (STENCIL_IS_FAMILY (self), NULL);
  return self->origin;
}

double
stencil_family_get_pitch_mm (StencilFamily *self)
{
  g_return_val_if_fail (STENCIL_IS_FAMILY (self), 0);
  return self->pitch_mm;
}

const guint *
stencil_family_get_contacts (StencilFamily *self,
                             guint         *n_contacts)
{
  g_return_val_if_fail (STENCIL_IS_FAMILY (self), NULL);
  if (n_contacts != NULL)
    *n_contacts = self->contacts->len;
  return (const guint *) (gpointer) self->contacts->data;
}

gboolean
stencil_family_has_contacts (StencilFamily *self,
                             guint          contacts)
{
  g_return_val_if_fail (STENCIL_IS_FAMILY (self), FALSE);
  for (guint i = 0; i < self->contacts->len; i++)
    if (g_array_index (self->contacts, guint, i) == contacts)
      return TRUE;
  return FALSE;
}

char *
stencil_family_describe_contacts (StencilFamily *self)
{
  GString *s = g_string_new (NULL);

  g_return_val_if_fail (STENCIL_IS_FAMILY (self), NULL);
  for (guint i = 0; i < self->contacts->len; i++)
    g_string_append_printf (s, "%s%u", i > 0 ? ", " : "", g_array_index (self->contacts, guint, i));
  return g_string_free (s, FALSE);
}

char *
stencil_family_make_part_number (StencilFamily  *self,
                                 StencilPartKind kind,
                                 guint           contacts,
                                 gboolean        inspection)
{
  const char *pattern;
  const char *nn;

  g_return_val_if_fail (STENCIL_IS_FAMILY (self), NULL);
  g_return_val_if_fail (kind < STENCIL_N_PART_KINDS, NULL);

  pattern = inspection ? self->kinds[kind].inspection_part_number : self->kinds[kind].part_number;
  if (pattern == NULL)
    return NULL;
  /* Every part number of the catalogue is made here (a lookup compares them all): one printf,
   * not a split and a join. A pattern without {nn} gives the text and then the count, as
   * splitting it did. */
  nn = strstr (pattern, "{nn}");
  if (nn == NULL)
    return g_strdup_printf ("%s%02u", pattern, contacts);
  return g_strdup_printf ("%.*s%02u%s", (int) (nn - pattern), pattern, contacts, nn + 4);
}

const StencilDimensionRow *
stencil_family_get_dimensions (StencilFamily  *self,
                               StencilPartKind kind,
                               guint           contacts)
{
  GArray *rows;

  g_return_val_if_fail (STENCIL_IS_FAMILY (self), NULL);
  g_return_val_if_fail (kind < STENCIL_N_PART_KINDS, NULL);

  rows = self->kinds[kind].dimensions;
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    if (g_array_index (rows, StencilDimensionRow, i).contacts == contacts)
      return &g_array_index (rows, StencilDimensionRow, i);
  return NULL;
}

const char *
stencil_family_get_row_span_name (StencilFamily  *self,
                                  StencilPartKind kind)
{
  g_return_val_if_fail (STENCIL_IS_FAMILY (self), NULL);
  g_return_val_if_fail (kind < STENCIL_N_PART_KINDS, NULL);
  return self->kinds[kind].row_span_name;
}

const StencilRatioPoint *
stencil_family_get_ratio_points (StencilFamily  *self,
                                 StencilPartKind kind,
                                 StencilPadClass pad_class,
                                 guint          *n_points)
{
  g_return_val_if_fail (STENCIL_IS_FAMILY (self), NULL);
  g_return_val_if_fail (kind < STENCIL_N_PART_KINDS, NULL);
  g_return_val_if_fail (pad_class < STENCIL_N_PAD_CLASSES, NULL);

  *n_points = self->kinds[kind].n_ratios[pad_class];
  return self->kinds[kind].ratios[pad_class];
}

gboolean
stencil_family_get_land_spec (StencilFamily   *self,
                              StencilPartKind  kind,
                              guint            contacts,
                              StencilLandSpec *out_spec,
                              GError         **error)
{
  const StencilDimensionRow *row;
  const LandRules *land;

  g_return_val_if_fail (STENCIL_IS_FAMILY (self), FALSE);
  g_return_val_if_fail (kind < STENCIL_N_PART_KINDS, FALSE);

  row = stencil_family_get_dimensions (self, kind, contacts);
  if (row == NULL)
    {
      g_autofree char *counts = stencil_family_describe_contacts (self);
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_NOT_FOUND,
                   _("The %s series has no %s with %u contacts (available: %s)"),
                   self->series, stencil_part_kind_label (kind), contacts, counts);
      return FALSE;
    }

  land = &self->kinds[kind].land;
  out_spec->provisional = land->provisional;
  out_spec->terminal_w_mm = land->terminal_w_mm;
  out_spec->terminal_h_mm = land->terminal_h_mm;
  out_spec->row_y_mm = land->row_y_mm;
  out_spec->soldering_w_mm = land->soldering_w_mm;
  out_spec->soldering_h_mm = land->soldering_h_mm;
  out_spec->soldering_x_mm = dimension_value (row, land->soldering_x_ref) * land->soldering_x_scale
                             + land->soldering_x_offset_mm;
  out_spec->soldering_y_mm = land->soldering_y_mm;
  out_spec->body_w_mm = dimension_value (row, land->body_w_ref);
  out_spec->body_h_mm = land->body_h_mm;
  return TRUE;
}

gboolean
_stencil_family_numbering_is_alternating (StencilFamily  *self,
                                          StencilPartKind kind)
{
  return self->kinds[kind].land.numbering == PIN_NUMBERING_ALTERNATING;
}

const char *
stencil_family_get_land_note (StencilFamily  *self,
                              StencilPartKind kind)
{
  g_return_val_if_fail (STENCIL_IS_FAMILY (self), NULL);
  g_return_val_if_fail (kind < STENCIL_N_PART_KINDS, NULL);
  return self->kinds[kind].land.note;
}

const char * const *
stencil_family_get_notes (StencilFamily *self)
{
  g_return_val_if_fail (STENCIL_IS_FAMILY (self), NULL);
  return (const char * const *) self->notes;
}
