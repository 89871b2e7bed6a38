/* SPDX-License-Identifier: GPL-3.0-or-later */
/* JSON output for every file and the CLI: numbers in their shortest exact form, C locale. */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <float.h>
#include <math.h>

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

/* json-glib 1.6 writes every double with 17 significant digits (0.595 becomes
 * 0.59499999999999997). Rewrite each number outside strings in the shortest form that reads
 * back as the same double, in the C locale. */
static char *
shorten_json_numbers (const char *json)
{
  GString *out = g_string_sized_new (strlen (json));
  gboolean in_string = FALSE;
  const char *p = json;

  while (*p != '\0')
    {
      if (in_string)
        {
          if (*p == '\\' && p[1] != '\0')
            g_string_append_c (out, *p++);
          else if (*p == '"')
            in_string = FALSE;
          g_string_append_c (out, *p++);
        }
      else if (*p == '"')
        {
          in_string = TRUE;
          g_string_append_c (out, *p++);
        }
      else if (*p == '-' || g_ascii_isdigit (*p))
        {
          char *end;
          double value = g_ascii_strtod (p, &end);
          char buf[G_ASCII_DTOSTR_BUF_SIZE];
          gboolean is_integer_token = strcspn (p, ".eE") >= (gsize) (end - p);

          if (is_integer_token)
            g_strlcpy (buf, p, MIN (sizeof buf, (gsize) (end - p) + 1));
          else if (value == floor (value) && fabs (value) < 1e15)
            g_ascii_formatd (buf, sizeof buf, "%.0f", value);
          else
            format_shortest (buf, sizeof buf, value);
          g_string_append (out, buf);
          p = end;
        }
      else
        g_string_append_c (out, *p++);
    }
  return g_string_free (out, FALSE);
}

char *
stencil_json_to_data (JsonNode *root,
                      gsize    *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;
  char *tidy;

  g_return_val_if_fail (root != NULL, NULL);

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  tidy = shorten_json_numbers (text);
  if (length != NULL)
    *length = strlen (tidy);
  return tidy;
}

void
stencil_json_add_number (JsonBuilder *builder,
                         const char  *name,
                         double       value,
                         int          decimals)
{
  double scale = pow (10, decimals);

  json_builder_set_member_name (builder, name);
  /* JSON has no infinity or NaN: json-glib would write "inf.0", which no reader accepts. */
  if (!isfinite (value))
    json_builder_add_null_value (builder);
  else
    json_builder_add_double_value (builder, round (value * scale) / scale);
}

void
stencil_json_add_string (JsonBuilder *builder,
                         const char  *name,
                         const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}
