/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The aperture table as RFC 4180 CSV (stencil-csv.h). */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include "stencil-csv.h"

/* Machine-readable columns: the same names and units as `stencilcalc-cli calc --json`. */
static const char * const columns[] = {
  "part", "thickness_um", "land_pattern", "pad", "class", "x_mm", "y_mm", "pad_w_mm",
  "pad_h_mm", "ap_w_mm", "ap_h_mm", "ap_r_mm", "opening_ratio", "area_ratio", "aspect_ratio",
  "status",
};

static void
append_field (GString    *csv,
              const char *text)
{
  if (csv->len > 0 && csv->str[csv->len - 1] != '\n')
    g_string_append_c (csv, ',');

  /* RFC 4180: quote a field holding a comma, a quote or a line break; double the quotes. */
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (csv, text);
      return;
    }
  g_string_append_c (csv, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
}

static void
append_number (GString *csv,
               double   value,
               int      decimals)
{
  g_autofree char *text = stencil_format_number (value, decimals);

  append_field (csv, text);
}

static void
end_row (GString *csv)
{
  g_string_append (csv, "\r\n");
}

GBytes *
stencil_csv_generate (StencilResult *result)
{
  StencilPattern *pattern;
  const char *land;
  GString *csv;

  g_return_val_if_fail (result != NULL, NULL);

  pattern = result->pattern;
  land = pattern->provisional ? "provisional"
         : stencil_pattern_is_user (pattern) ? "user" : "family";
  csv = g_string_sized_new (128 * (pattern->pads->len + 1));

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    append_field (csv, columns[i]);
  end_row (csv);

  for (guint i = 0; i < pattern->pads->len; i++)
    {
      const StencilPad *pad = stencil_pattern_get_pad (pattern, i);
      const StencilAperture *ap = stencil_result_get_aperture (result, i);

      append_field (csv, pattern->part->part_number);
      append_number (csv, result->params.thickness_um, 3);
      append_field (csv, land);
      append_field (csv, pad->id);
      append_field (csv, stencil_pad_class_to_string (pad->pad_class));
      append_number (csv, pad->x_mm, 4);
      append_number (csv, pad->y_mm, 4);
      append_number (csv, pad->w_mm, 4);
      append_number (csv, pad->h_mm, 4);
      append_number (csv, ap->w_mm, 4);
      append_number (csv, ap->h_mm, 4);
      append_number (csv, ap->r_mm, 4);
      append_number (csv, ap->opening_ratio, 4);
      append_number (csv, ap->area_ratio, 4);
      append_number (csv, ap->aspect_ratio, 4);
      append_field (csv, stencil_status_to_string (ap->status));
      end_row (csv);
    }
  return g_string_free_to_bytes (csv);
}
