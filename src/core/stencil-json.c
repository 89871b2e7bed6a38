/* SPDX-License-Identifier: GPL-3.0-or-later */
/* JSON output for every file and the CLI: numbers in their shortest exact form, C locale. */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <float.h>
#include <math.h>
#include <string.h>

#include "stencil-json.h"

/* The shortest "%g" form of value that reads back as value. A decimal of up to 15 significant
 * digits survives the trip through a double, so when one reads back as value, "%.15g" prints
 * exactly it (and %g drops the trailing zeros): the shortest form comes from at most three
 * tries, not seventeen. */
static void
format_shortest (char   *buf,
                 gsize   size,
                 double  value)
{
  static const char * const formats[] = { "%.15g", "%.16g" };

  /* A subnormal has fewer significant digits: there the shortest form is searched for. */
  if (fabs (value) < DBL_MIN)
    {
      for (int digits = 1; digits < 17; digits++)
        {
          char format[8];

          g_snprintf (format, sizeof format, "%%.%dg", digits);
          g_ascii_formatd (buf, size, format, value);
          if (g_ascii_strtod (buf, NULL) == value)
            return;
        }
      g_ascii_formatd (buf, size, "%.17g", value);
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buf, size, formats[i], value);
      if (g_ascii_strtod (buf, NULL) == value)
        return;
    }
  g_ascii_formatd (buf, size, "%.17g", value);
}

/* g_string_append_len without the call when there is room: a document is thousands of short
 * pieces, and the call was a third of writing one. */
static inline void
put (GString    *out,
     const char *data,
     gsize       length)
{
  if (out->len + length < out->allocated_len)
    {
      memcpy (out->str + out->len, data, length);
      out->len += length;
      out->str[out->len] = '\0';
    }
  else
    g_string_append_len (out, data, (gssize) length);
}

static inline void
put_str (GString    *out,
         const char *str)
{
  put (out, str, strlen (str));
}

/* The shortest decimal of a double v with 1e-4 <= |v| < 1e14 that is not an integer, without
 * printf: the smallest d with fl (n / 10^d) == v for n = round (v * 10^d) and |n| < 10^15.
 * Such an n / 10^d has at most 15 significant digits and lies within half an ulp of v, so it
 * is what "%.15g" prints (a 15-digit grid is coarser than half an ulp), and it reads back as v:
 * the same characters format_shortest () finds. FALSE when no d qualifies. */
static gboolean
format_decimal (char   *buf,
                double  value)
{
  static const double powers[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
                                   1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19 };
  double magnitude = fabs (value);

  for (int d = 1; d < (int) G_N_ELEMENTS (powers); d++)
    {
      double scaled = magnitude * powers[d];
      guint64 n, rest;
      char digits[24];
      int len = 0, point, i;
      char *p = buf;

      if (scaled >= 1e15)
        return FALSE;
      n = (guint64) llround (scaled);
      if ((double) n / powers[d] != magnitude)
        continue;

      for (rest = n; rest != 0 || len <= d; rest /= 10)
        digits[len++] = (char) ('0' + (int) (rest % 10));   /* least significant first */
      /* Trailing zeros of the fraction are dropped, as %g drops them. */
      for (i = 0; i < d && digits[i] == '0'; i++)
        ;
      point = d;
      if (value < 0)
        *p++ = '-';
      for (int k = len - 1; k >= point; k--)
        *p++ = digits[k];
      *p++ = '.';
      for (int k = point - 1; k >= i; k--)
        *p++ = digits[k];
      *p = '\0';
      return TRUE;
    }
  return FALSE;
}

static void
append_unsigned (GString *out,
                 guint64  value)
{
  char digits[24];
  gsize i = sizeof digits;

  do
    {
      digits[--i] = (char) ('0' + (int) (value % 10));
      value /= 10;
    }
  while (value != 0);
  put (out, digits + i, sizeof digits - i);
}

/* A double as json-glib 1.6 prints it ("%.17g", with ".0" added when there is no point) and
 * then rewritten to its shortest form that reads back as the same double: integers below 1e15
 * without a fraction, everything else through format_shortest (). A ".0" after an exponent
 * (1e+20.0) is json-glib's and stays, so that the bytes are what they have always been. */
static void
append_double (GString *out,
               double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  double magnitude = fabs (value);
  gboolean exponent_suffix = FALSE;

  if (!isfinite (value))
    {
      g_ascii_dtostr (buf, sizeof buf, value);
      put_str (out, buf);
      if (strchr (buf, '.') == NULL)
        put (out, ".0", 2);
      return;
    }
  if ((magnitude < 1e-4 && value != 0) || magnitude >= 1e17)
    {
      /* Where "%.17g" writes an exponent: one digit before it means no point. */
      g_ascii_dtostr (buf, sizeof buf, value);
      exponent_suffix = strchr (buf, '.') == NULL && strpbrk (buf, "eE") != NULL;
    }

  if (value == floor (value) && magnitude < 1e15)
    {
      /* "%.0f": -0.0 keeps its sign. */
      if (signbit (value))
        g_string_append_c (out, '-');
      append_unsigned (out, (guint64) magnitude);
    }
  else
    {
      if (!(magnitude >= 1e-4 && magnitude < 1e14 && format_decimal (buf, value)))
        format_shortest (buf, sizeof buf, value);
      put_str (out, buf);
    }
  if (exponent_suffix)
    put (out, ".0", 2);
}

/* json-glib 1.6's escaping, byte for byte: \\ and \", the usual short escapes, \u00XX for the
 * other control characters below 0x1f and for 0x7f (0x1f itself and non-ASCII pass as they are). */
static void
append_escaped (GString    *out,
                const char *str)
{
  const char *run = str;
  const char *p;

  for (p = str; *p != '\0'; p++)
    {
      char c = *p;

      if (c != '\\' && c != '"' && !((c > 0 && c < 0x1f) || c == 0x7f))
        continue;
      put (out, run, (gsize) (p - run));
      run = p + 1;
      switch (c)
        {
        case '\\':
        case '"':
          g_string_append_c (out, '\\');
          g_string_append_c (out, c);
          break;
        case '\b':
          g_string_append (out, "\\b");
          break;
        case '\f':
          g_string_append (out, "\\f");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          g_string_append_printf (out, "\\u00%02x", (guint) c);
          break;
        }
    }
  put (out, run, (gsize) (p - run));
}

static void
append_indent (GString *out,
               int      level)
{
  static const char spaces[] = "                                ";

  for (gssize n = 2 * (gssize) level; n > 0; n -= sizeof spaces - 1)
    put (out, spaces, (gsize) MIN (n, (gssize) sizeof spaces - 1));
}

static void append_node (GString    *out,
                         int         level,
                         const char *name,
                         JsonNode   *node);

static void
append_value (GString  *out,
              JsonNode *node)
{
  GType type = json_node_get_value_type (node);

  if (type == G_TYPE_INT64)
    {
      gint64 value = json_node_get_int (node);

      if (value < 0)
        g_string_append_c (out, '-');
      append_unsigned (out, value < 0 ? (guint64) 0 - (guint64) value : (guint64) value);
    }
  else if (type == G_TYPE_DOUBLE)
    append_double (out, json_node_get_double (node));
  else if (type == G_TYPE_BOOLEAN)
    g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
  else if (type == G_TYPE_STRING)
    {
      g_string_append_c (out, '"');
      append_escaped (out, json_node_get_string (node));
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, "null");
}

/* Laid out as json-glib's pretty generator lays it out, including its "{  }" for an empty
 * object one level down (the closing indent is written even with no members). */
static void
append_node (GString    *out,
             int         level,
             const char *name,
             JsonNode   *node)
{
  append_indent (out, level);
  if (name != NULL)
    {
      g_string_append_c (out, '"');
      append_escaped (out, name);
      put (out, "\" : ", 4);
    }

  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_VALUE:
      append_value (out, node);
      break;
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        g_string_append_c (out, '[');
        if (n == 0)
          {
            g_string_append_c (out, ']');
            break;
          }
        g_string_append_c (out, '\n');
        for (guint i = 0; i < n; i++)
          {
            append_node (out, level + 1, NULL, json_array_get_element (array, i));
            if (i + 1 < n)
              g_string_append_c (out, ',');
            g_string_append_c (out, '\n');
          }
        append_indent (out, level);
        g_string_append_c (out, ']');
      }
      break;
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        const char *member;
        JsonNode *child;
        gboolean first = TRUE;

        g_string_append_c (out, '{');
        json_object_iter_init_ordered (&iter, json_node_get_object (node));
        while (json_object_iter_next_ordered (&iter, &member, &child))
          {
            if (!first)
              g_string_append_c (out, ',');
            g_string_append_c (out, '\n');
            append_node (out, level + 1, member, child);
            first = FALSE;
          }
        if (!first)
          g_string_append_c (out, '\n');
        append_indent (out, level);
        g_string_append_c (out, '}');
      }
      break;
    case JSON_NODE_NULL:
    default:
      g_string_append (out, "null");
      break;
    }
}

/* json-glib 1.6 writes every double with 17 significant digits (0.595 becomes
 * 0.59499999999999997); the files have always had the shortest form that reads back as the
 * same double instead. This walks the tree itself and writes what json-glib's pretty generator
 * followed by that rewrite wrote, byte for byte, with each number formatted once. */
char *
stencil_json_to_data (JsonNode *root,
                      gsize    *length)
{
  GString *out;

  g_return_val_if_fail (root != NULL, NULL);

  out = g_string_sized_new (4096);
  append_node (out, 0, NULL, root);
  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

static double
round_to_decimals (double value,
                   int    decimals)
{
  static const double powers[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9 };
  double scale = decimals >= 0 && decimals < (int) G_N_ELEMENTS (powers)
                 ? powers[decimals] : pow (10, decimals);

  return round (value * scale) / scale;
}

GBytes *
stencil_json_to_text_file (JsonNode *root)
{
  gsize length = 0;
  char *text = stencil_json_to_data (root, &length);

  /* A text file ends with a line break. */
  text = g_realloc (text, length + 2);
  text[length++] = '\n';
  text[length] = '\0';
  return g_bytes_new_take (text, length);
}

void
stencil_json_add_number (JsonBuilder *builder,
                         const char  *name,
                         double       value,
                         int          decimals)
{
  json_builder_set_member_name (builder, name);
  /* JSON has no infinity or NaN: json-glib would write "inf.0", which no reader accepts. */
  if (!isfinite (value))
    json_builder_add_null_value (builder);
  else
    json_builder_add_double_value (builder, round_to_decimals (value, decimals));
}

void
stencil_json_add_string (JsonBuilder *builder,
                         const char  *name,
                         const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

/* ---- StencilJsonWriter ---------------------------------------------------------------- */

struct _StencilJsonWriter
{
  GString    *out;
  GArray     *first;    /* per open object or array: no member written yet */
  const char *name;     /* the pending member name (the caller's string, used at once) */
  int         level;
};

StencilJsonWriter *
stencil_json_writer_new (void)
{
  StencilJsonWriter *self = g_new0 (StencilJsonWriter, 1);

  self->out = g_string_sized_new (8192);
  self->first = g_array_new (FALSE, FALSE, sizeof (gboolean));
  return self;
}

void
stencil_json_writer_free (StencilJsonWriter *self)
{
  if (self == NULL)
    return;
  g_string_free (self->out, TRUE);
  g_array_unref (self->first);
  g_free (self);
}

char *
stencil_json_writer_free_to_data (StencilJsonWriter *self,
                                  gsize             *length)
{
  char *data;

  g_return_val_if_fail (self != NULL, NULL);

  if (length != NULL)
    *length = self->out->len;
  data = g_string_free (self->out, FALSE);
  g_array_unref (self->first);
  g_free (self);
  return data;
}

void
stencil_json_writer_set_member_name (StencilJsonWriter *self,
                                     const char        *name)
{
  g_return_if_fail (self != NULL && name != NULL);
  self->name = name;
}

/* What goes before a value: as append_node () lays out a member of the container. */
static void
begin_value (StencilJsonWriter *self)
{
  if (self->first->len > 0)
    {
      gboolean *first = &g_array_index (self->first, gboolean, self->first->len - 1);

      if (!*first)
        g_string_append_c (self->out, ',');
      g_string_append_c (self->out, '\n');
      *first = FALSE;
    }
  append_indent (self->out, self->level);
  if (self->name != NULL)
    {
      g_string_append_c (self->out, '"');
      append_escaped (self->out, self->name);
      put (self->out, "\" : ", 4);
      self->name = NULL;
    }
}

static void
begin_container (StencilJsonWriter *self,
                 char               opener)
{
  gboolean first = TRUE;

  begin_value (self);
  g_string_append_c (self->out, opener);
  g_array_append_val (self->first, first);
  self->level++;
}

/* An empty array is "[]"; an empty object gets its closing indent all the same ("{  }"). */
static void
end_container (StencilJsonWriter *self,
               char               closer)
{
  gboolean empty;

  g_return_if_fail (self->first->len > 0);

  empty = g_array_index (self->first, gboolean, self->first->len - 1);
  g_array_set_size (self->first, self->first->len - 1);
  self->level--;
  if (!empty)
    g_string_append_c (self->out, '\n');
  if (!empty || closer == '}')
    append_indent (self->out, self->level);
  g_string_append_c (self->out, closer);
}

void
stencil_json_writer_begin_object (StencilJsonWriter *self)
{
  begin_container (self, '{');
}

void
stencil_json_writer_end_object (StencilJsonWriter *self)
{
  end_container (self, '}');
}

void
stencil_json_writer_begin_array (StencilJsonWriter *self)
{
  begin_container (self, '[');
}

void
stencil_json_writer_end_array (StencilJsonWriter *self)
{
  end_container (self, ']');
}

void
stencil_json_writer_add_int_value (StencilJsonWriter *self,
                                   gint64             value)
{
  begin_value (self);
  if (value < 0)
    g_string_append_c (self->out, '-');
  append_unsigned (self->out, value < 0 ? (guint64) 0 - (guint64) value : (guint64) value);
}

void
stencil_json_writer_add_double_value (StencilJsonWriter *self,
                                      double             value)
{
  begin_value (self);
  append_double (self->out, value);
}

void
stencil_json_writer_add_boolean_value (StencilJsonWriter *self,
                                       gboolean           value)
{
  begin_value (self);
  g_string_append (self->out, value ? "true" : "false");
}

void
stencil_json_writer_add_string_value (StencilJsonWriter *self,
                                      const char        *value)
{
  g_return_if_fail (value != NULL);

  begin_value (self);
  g_string_append_c (self->out, '"');
  append_escaped (self->out, value);
  g_string_append_c (self->out, '"');
}

void
stencil_json_writer_add_null_value (StencilJsonWriter *self)
{
  begin_value (self);
  put (self->out, "null", 4);
}

void
stencil_json_writer_add_number (StencilJsonWriter *self,
                                const char        *name,
                                double             value,
                                int                decimals)
{
  stencil_json_writer_set_member_name (self, name);
  if (!isfinite (value))
    stencil_json_writer_add_null_value (self);
  else
    stencil_json_writer_add_double_value (self, round_to_decimals (value, decimals));
}

void
stencil_json_writer_add_string (StencilJsonWriter *self,
                                const char        *name,
                                const char        *value)
{
  stencil_json_writer_set_member_name (self, name);
  stencil_json_writer_add_string_value (self, value);
}
