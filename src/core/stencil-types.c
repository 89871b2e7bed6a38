/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The engine's error domain, the keywords of its enums in files, and numbers for files
 * (stencil-types.h). */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <locale.h>
#include <math.h>

#include "stencil-types.h"

G_DEFINE_QUARK (stencil-error-quark, stencil_error)

gboolean
stencil_fail_in_file (GError     **error,
                      const char  *origin,
                      const char  *format,
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

static const char * const part_kind_names[] = { "socket", "header" };

static const char * const pad_class_names[] = { "terminal", "soldering" };

const char *
stencil_part_kind_to_string (StencilPartKind kind)
{
  g_return_val_if_fail (kind < STENCIL_N_PART_KINDS, NULL);
  return part_kind_names[kind];
}

gboolean
stencil_part_kind_from_string (const char      *str,
                               StencilPartKind *out_kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (part_kind_names); i++)
    if (str != NULL && g_ascii_strcasecmp (str, part_kind_names[i]) == 0)
      {
        *out_kind = (StencilPartKind) i;
        return TRUE;
      }
  return FALSE;
}

const char *
stencil_pad_class_to_string (StencilPadClass pad_class)
{
  g_return_val_if_fail (pad_class < STENCIL_N_PAD_CLASSES, NULL);
  return pad_class_names[pad_class];
}

gboolean
stencil_pad_class_from_string (const char      *str,
                               StencilPadClass *out_class)
{
  for (guint i = 0; i < G_N_ELEMENTS (pad_class_names); i++)
    if (str != NULL && g_ascii_strcasecmp (str, pad_class_names[i]) == 0)
      {
        *out_class = (StencilPadClass) i;
        return TRUE;
      }
  return FALSE;
}

char *
stencil_format_number (double value,
                       int    decimals)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char format[16];
  char *end;

  g_return_val_if_fail (decimals >= 0 && decimals <= 12, NULL);

  if (!isfinite (value))
    return g_strdup ("0");

  g_snprintf (format, sizeof format, "%%.%df", decimals);
  g_ascii_formatd (buf, sizeof buf, format, value);

  /* Trim trailing zeros and a bare decimal point: 0.2300 -> 0.23, 5.000 -> 5. */
  if (strchr (buf, '.') != NULL)
    {
      end = buf + strlen (buf) - 1;
      while (*end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
    }
  if (strcmp (buf, "-0") == 0)
    return g_strdup ("0");
  return g_strdup (buf);
}

char *
stencil_number_localize (const char *c_number)
{
  const char *point = localeconv ()->decimal_point;
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (c_number != NULL, NULL);
  if (point == NULL || *point == '\0' || strcmp (point, ".") == 0)
    return g_strdup (c_number);
  parts = g_strsplit (c_number, ".", 2);
  return g_strjoinv (point, parts);
}
