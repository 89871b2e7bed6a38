/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The CLI's output: JSON documents, aligned tables and a result in words and numbers
 * (stencil-cli-print.h). */
#define G_LOG_DOMAIN "stencilcalc-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "stencil-cli-print.h"
#include "stencil-cli.h"
#include "stencil-format.h"
#include "stencil-json.h"
#include "stencil-names.h"

void
stencil_cli_print_json (StencilJsonWriter *writer)
{
  gsize length;
  g_autofree char *text = stencil_json_writer_free_to_data (writer, &length);

  /* JSON is UTF-8 whatever the locale: no charset conversion as g_print would do. */
  stencil_cli_write_stdout (text, length);
  stencil_cli_write_stdout ("\n", 1);
}

int
stencil_cli_text_columns (const char *text)
{
  int columns = 0;

  for (const char *s = text; *s != '\0'; s = g_utf8_next_char (s))
    {
      gunichar c = g_utf8_get_char (s);

      if (g_unichar_iszerowidth (c))
        continue;
      columns += g_unichar_iswide (c) ? 2 : 1;
    }
  return columns;
}

void
stencil_cli_fit_widths (const int          *widths,
                        const char * const *heading,
                        guint               n_cells,
                        int                *out)
{
  for (guint i = 0; i < n_cells; i++)
    {
      int width = MAX (ABS (widths[i]), stencil_cli_text_columns (heading[i]));

      out[i] = widths[i] < 0 ? -width : width;
    }
}

void
stencil_cli_pad (GString    *line,
                 const char *text,
                 int         width)
{
  int pad = MAX (0, ABS (width) - stencil_cli_text_columns (text));

  if (width < 0)
    g_string_append_printf (line, "%*s", pad, "");
  g_string_append (line, text);
  if (width > 0)
    g_string_append_printf (line, "%*s", pad, "");
}

char *
stencil_cli_format_row (const int          *widths,
                        const char * const *cells,
                        guint               n_cells)
{
  GString *line = g_string_new (NULL);

  for (guint i = 0; i < n_cells; i++)
    {
      int width = ABS (widths[i]);
      int pad = MAX (0, width - stencil_cli_text_columns (cells[i]));

      if (i > 0)
        g_string_append (line, "  ");
      if (widths[i] < 0)
        g_string_append_printf (line, "%*s", pad, "");
      g_string_append (line, cells[i]);
      if (widths[i] > 0 && i + 1 < n_cells)
        g_string_append_printf (line, "%*s", pad, "");
    }
  return g_string_free (line, FALSE);
}

void
stencil_cli_print_row (const int          *widths,
                       const char * const *cells,
                       guint               n_cells)
{
  g_autofree char *line = stencil_cli_format_row (widths, cells, n_cells);

  g_print ("%s\n", line);
}

void
stencil_cli_add_part_json (StencilJsonWriter *b,
                           StencilPart *part)
{
  stencil_json_writer_add_string (b, "part", part->part_number);
  stencil_json_writer_add_string (b, "series", stencil_family_get_series (part->family));
  stencil_json_writer_add_string (b, "kind", stencil_part_kind_to_string (part->kind));
  stencil_json_writer_set_member_name (b, "contacts");
  stencil_json_writer_add_int_value (b, part->contacts);
  stencil_json_writer_set_member_name (b, "inspection");
  stencil_json_writer_add_boolean_value (b, part->inspection);
}

/* The members from "ap_w_mm" to "status", the same for a pad class and for one pad. */
static void
add_aperture_json (StencilJsonWriter     *b,
                   const StencilAperture *ap)
{
  stencil_json_writer_add_number (b, "ap_w_mm", ap->w_mm, 4);
  stencil_json_writer_add_number (b, "ap_h_mm", ap->h_mm, 4);
  stencil_json_writer_add_number (b, "ap_r_mm", ap->r_mm, 4);
  stencil_json_writer_add_number (b, "opening_ratio", ap->opening_ratio, 4);
  stencil_json_writer_add_number (b, "area_ratio", ap->area_ratio, 4);
  stencil_json_writer_add_number (b, "aspect_ratio", ap->aspect_ratio, 4);
  stencil_json_writer_add_string (b, "status", stencil_status_to_string (ap->status));
}

static void
add_land_pattern_json (StencilJsonWriter *b,
                       StencilPattern *pattern,
                       const char     *land_file)
{
  stencil_json_writer_set_member_name (b, "land_pattern_provisional");
  stencil_json_writer_add_boolean_value (b, pattern->provisional);
  /* Whose pads these are: the family's estimate, or the user's own from a file. */
  stencil_json_writer_add_string (b, "land_pattern_source",
                           stencil_pattern_is_user (pattern) ? "user"
                           : pattern->provisional ? "family-estimate" : "family");
  if (stencil_pattern_is_user (pattern))
    {
      stencil_json_writer_add_string (b, "land_pattern_reference", pattern->source);
      if (land_file != NULL)
        {
          g_autofree char *display = g_filename_display_name (land_file);
          stencil_json_writer_add_string (b, "land_pattern_file", display);
        }
    }
}

static void
add_classes_json (StencilJsonWriter *b,
                  StencilResult *result)
{
  stencil_json_writer_set_member_name (b, "classes");
  stencil_json_writer_begin_array (b);
  for (guint c = 0; c < result->n_classes; c++)
    {
      const StencilClassResult *cr = &result->classes[c];

      stencil_json_writer_begin_object (b);
      stencil_json_writer_add_string (b, "class", stencil_pad_class_to_string (cr->pad_class));
      stencil_json_writer_set_member_name (b, "pads");
      stencil_json_writer_add_int_value (b, cr->n_pads);
      stencil_json_writer_add_number (b, "target_opening_ratio", cr->target_ratio, 4);
      stencil_json_writer_add_string (b, "regime", stencil_regime_to_string (cr->regime));
      stencil_json_writer_add_number (b, "deposit_um", cr->deposit_um, 2);
      stencil_json_writer_add_number (b, "pad_w_mm", cr->pad_w_mm, 4);
      stencil_json_writer_add_number (b, "pad_h_mm", cr->pad_h_mm, 4);
      add_aperture_json (b, &cr->aperture);
      stencil_json_writer_end_object (b);
    }
  stencil_json_writer_end_array (b);
}

static void
add_pads_json (StencilJsonWriter *b,
               StencilResult *result)
{
  StencilPattern *pattern = result->pattern;

  stencil_json_writer_set_member_name (b, "pads");
  stencil_json_writer_begin_array (b);
  for (guint i = 0; i < pattern->pads->len; i++)
    {
      const StencilPad *pad = stencil_pattern_get_pad (pattern, i);

      stencil_json_writer_begin_object (b);
      stencil_json_writer_add_string (b, "id", pad->id);
      stencil_json_writer_add_string (b, "class", stencil_pad_class_to_string (pad->pad_class));
      stencil_json_writer_add_number (b, "x_mm", pad->x_mm, 4);
      stencil_json_writer_add_number (b, "y_mm", pad->y_mm, 4);
      stencil_json_writer_add_number (b, "pad_w_mm", pad->w_mm, 4);
      stencil_json_writer_add_number (b, "pad_h_mm", pad->h_mm, 4);
      add_aperture_json (b, stencil_result_get_aperture (result, i));
      stencil_json_writer_end_object (b);
    }
  stencil_json_writer_end_array (b);
}

void
stencil_cli_add_result_json (StencilJsonWriter *b,
                             StencilResult *result,
                             const char    *land_file)
{
  StencilPattern *pattern = result->pattern;
  const StencilDimensionRow *dims = stencil_part_get_dimensions (pattern->part);

  stencil_json_writer_begin_object (b);
  stencil_cli_add_part_json (b, pattern->part);
  stencil_json_writer_add_number (b, "thickness_um", result->params.thickness_um, 3);
  stencil_json_writer_add_string (b, "strategy",
                                  stencil_strategy_to_string (result->params.strategy));
  stencil_json_writer_add_number (b, "grid_um", result->params.grid_um, 3);
  stencil_json_writer_add_number (b, "corner_radius_mm", result->params.corner_radius_mm, 4);
  stencil_json_writer_add_number (b, "web_limit_mm", result->params.web_limit_mm, 4);
  add_land_pattern_json (b, pattern, land_file);

  stencil_json_writer_set_member_name (b, "dimensions");
  stencil_json_writer_begin_object (b);
  stencil_json_writer_add_number (b, "A", dims->a_mm, 3);
  stencil_json_writer_add_number (b, "B", dims->b_mm, 3);
  stencil_json_writer_add_number (b, "C", dims->c_mm, 3);
  stencil_json_writer_end_object (b);

  stencil_json_writer_add_number (b, "min_web_mm", result->min_web_mm, 4);
  if (result->max_thickness_um > 0)
    stencil_json_writer_add_number (b, "max_thickness_um", result->max_thickness_um, 0);
  else
    {
      stencil_json_writer_set_member_name (b, "max_thickness_um");
      stencil_json_writer_add_null_value (b);
    }
  stencil_json_writer_add_string (b, "max_thickness_limit",
                           stencil_thickness_limit_to_string (result->max_thickness_limit));
  stencil_json_writer_add_string (b, "status", stencil_status_to_string (result->status));

  add_classes_json (b, result);
  add_pads_json (b, result);

  stencil_json_writer_set_member_name (b, "warnings");
  stencil_json_writer_begin_array (b);
  for (guint i = 0; i < result->warnings->len; i++)
    stencil_json_writer_add_string_value (b, result->warnings->pdata[i]);
  stencil_json_writer_end_array (b);
  stencil_json_writer_end_object (b);
}

/* The part, the parameters and whose land pattern it is. */
static void
print_heading (StencilResult *result,
               const char    *land_file,
               StencilUnit    thickness_unit)
{
  StencilPattern *pattern = result->pattern;
  StencilPart *part = pattern->part;
  const StencilDimensionRow *dims = stencil_part_get_dimensions (part);

  g_print ("%s  %s %s %s, %u %s%s\n", part->part_number,
           stencil_family_get_maker (part->family), stencil_family_get_series (part->family),
           stencil_part_kind_noun (part->kind),
           part->contacts, _("contacts"), part->inspection ? _(" (inspection variant)") : "");
  g_print (_("Datasheet dimensions: A %.2f mm, B %.2f mm, C %.2f mm\n"),
           dims->a_mm, dims->b_mm, dims->c_mm);
  /* Always in µm; in mil beside it when it was typed in mil. */
  if (thickness_unit == STENCIL_UNIT_MIL)
    g_print (_("Stencil %g µm (%g mil), strategy %s, grid %g µm, corner radius %g mm\n"),
             result->params.thickness_um, result->params.thickness_um / STENCIL_UM_PER_MIL,
             stencil_strategy_to_string (result->params.strategy), result->params.grid_um,
             result->params.corner_radius_mm);
  else
    g_print (_("Stencil %g µm, strategy %s, grid %g µm, corner radius %g mm\n"),
             result->params.thickness_um, stencil_strategy_to_string (result->params.strategy),
             result->params.grid_um, result->params.corner_radius_mm);
  if (pattern->provisional)
    g_print ("%s\n", stencil_provisional_notice ());
  else if (stencil_pattern_is_user (pattern))
    {
      g_autofree char *land = stencil_pattern_describe_land (pattern, TRUE, 0);
      g_autofree char *display = land_file != NULL ? g_filename_display_name (land_file) : NULL;

      if (display != NULL)
        /* TRANSLATORS: "Land pattern: user-defined (SOURCE), from FILE". */
        g_print (_("Land pattern: %s, from %s\n"), land, display);
      else
        g_print (_("Land pattern: %s\n"), land);
    }
  g_print ("\n");
}

static void
print_classes (StencilResult *result)
{
  static const int widths[] = { 10, -4, 13, 13, -7, -7, -6, -6, 11, 1 };
  const char *heading[] = { _("Class"), _("Pads"), _("Pad mm"), _("Aperture mm"), _("Target"),
                            _("Opening"), _("Area"), _("Aspect"), _("Status"),
                            _("Ratio from") };
  int fitted[G_N_ELEMENTS (widths)];

  /* A heading wider than its column (a translation) widens the column. */
  G_STATIC_ASSERT (G_N_ELEMENTS (heading) == G_N_ELEMENTS (widths));
  stencil_cli_fit_widths (widths, heading, G_N_ELEMENTS (widths), fitted);
  stencil_cli_print_row (fitted, heading, G_N_ELEMENTS (heading));
  for (guint c = 0; c < result->n_classes; c++)
    {
      const StencilClassResult *cr = &result->classes[c];
      g_autofree char *n = g_strdup_printf ("%u", cr->n_pads);
      g_autofree char *pad = g_strdup_printf ("%.3f x %.3f", cr->pad_w_mm, cr->pad_h_mm);
      g_autofree char *ap = g_strdup_printf ("%.3f x %.3f", cr->aperture.w_mm,
                                             cr->aperture.h_mm);
      g_autofree char *target = g_strdup_printf ("%.1f%%", 100 * cr->target_ratio);
      g_autofree char *opening = g_strdup_printf ("%.1f%%", 100 * cr->aperture.opening_ratio);
      /* Beside the status: rounded toward the side of the limit that decided it. */
      g_autofree char *area = stencil_measure_format (STENCIL_MEASURE_AREA_RATIO,
                                                      cr->aperture.area_ratio, 3);
      g_autofree char *aspect = stencil_measure_format (STENCIL_MEASURE_ASPECT_RATIO,
                                                        cr->aperture.aspect_ratio, 2);
      const char *row[] = { stencil_pad_class_short_label (cr->pad_class), n, pad, ap, target,
                            opening, area, aspect,
                            stencil_status_short_label (cr->aperture.status),
                            stencil_regime_short_label (cr->regime) };

      stencil_cli_print_row (fitted, row, G_N_ELEMENTS (row));
    }
}

/* The web, the largest thickness that passes and what the ratios mean. */
static void
print_summary (StencilResult *result)
{
  StencilPattern *pattern = result->pattern;

  if (result->params.corner_radius_mm > 0)
    g_print (_("Apertures have rounded corners, radius %.3f mm.\n"),
             result->params.corner_radius_mm);
  g_print ("\n");
  g_print (_("Minimum web: %.3f mm (between pads %s and %s)\n"),
           stencil_web_round (result->min_web_mm, result->params.web_limit_mm, 3),
           stencil_pattern_get_pad (pattern, result->min_web_pad_a)->id,
           stencil_pattern_get_pad (pattern, result->min_web_pad_b)->id);
  if (result->max_thickness_um > 0)
    g_print (_("Maximum recommended thickness: %g µm (every aperture passes IPC-7525)\n"),
             result->max_thickness_um);
  else if (result->max_thickness_limit == STENCIL_THICKNESS_LIMIT_WEB)
    g_print (_("Maximum recommended thickness: none from %d to %d µm: where the apertures pass "
               "IPC-7525, the web between them is too narrow\n"),
             STENCIL_MAX_THICKNESS_SCAN_LO_UM, STENCIL_MAX_THICKNESS_SCAN_HI_UM);
  else
    g_print (_("Maximum recommended thickness: none from %d to %d µm passes IPC-7525\n"),
             STENCIL_MAX_THICKNESS_SCAN_LO_UM, STENCIL_MAX_THICKNESS_SCAN_HI_UM);
  /* Its own line, so that the lines above keep their translations. */
  g_print (_("Limited by the %s; the narrowest web that can be cut: %.2f mm\n"),
           stencil_thickness_limit_label (result->max_thickness_limit),
           result->params.web_limit_mm);
  g_print (_("Area ratio = aperture area / wall area (IPC-7525: pass ≥ %.2f, marginal ≥ %.2f); "
             "aspect ratio = width / thickness (pass ≥ %.1f)\n"),
           STENCIL_AREA_RATIO_PASS, STENCIL_AREA_RATIO_MARGINAL, STENCIL_ASPECT_RATIO_PASS);
}

static void
print_pads (StencilResult *result)
{
  static const int widths[] = { 4, 10, -8, -8, 13, 13, -7, -6, -6, 1 };
  const char *heading[] = { _("Pad"), _("Class"), _("x mm"), _("y mm"), _("Pad mm"),
                            _("Aperture mm"), _("Opening"), _("Area"), _("Aspect"),
                            _("Status") };
  StencilPattern *pattern = result->pattern;
  int fitted[G_N_ELEMENTS (widths)];

  G_STATIC_ASSERT (G_N_ELEMENTS (heading) == G_N_ELEMENTS (widths));
  g_print ("\n");
  stencil_cli_fit_widths (widths, heading, G_N_ELEMENTS (widths), fitted);
  stencil_cli_print_row (fitted, heading, G_N_ELEMENTS (heading));
  for (guint i = 0; i < pattern->pads->len; i++)
    {
      const StencilPad *p = stencil_pattern_get_pad (pattern, i);
      const StencilAperture *a = stencil_result_get_aperture (result, i);
      g_autofree char *x = g_strdup_printf ("%.3f", p->x_mm);
      g_autofree char *y = g_strdup_printf ("%.3f", p->y_mm);
      g_autofree char *pad = g_strdup_printf ("%.3f x %.3f", p->w_mm, p->h_mm);
      g_autofree char *ap = g_strdup_printf ("%.3f x %.3f", a->w_mm, a->h_mm);
      g_autofree char *opening = g_strdup_printf ("%.1f%%", 100 * a->opening_ratio);
      g_autofree char *area = stencil_measure_format (STENCIL_MEASURE_AREA_RATIO,
                                                      a->area_ratio, 3);
      g_autofree char *aspect = stencil_measure_format (STENCIL_MEASURE_ASPECT_RATIO,
                                                        a->aspect_ratio, 2);
      const char *row[] = { p->id, stencil_pad_class_short_label (p->pad_class), x, y, pad,
                            ap, opening, area, aspect, stencil_status_short_label (a->status) };

      stencil_cli_print_row (fitted, row, G_N_ELEMENTS (row));
    }
}

void
stencil_cli_print_result (StencilResult *result,
                          const char    *land_file,
                          gboolean       list_pads,
                          StencilUnit    thickness_unit)
{
  print_heading (result, land_file, thickness_unit);
  print_classes (result);
  print_summary (result);
  if (list_pads)
    print_pads (result);
  if (result->display_warnings->len > 0)
    {
      g_print ("\n%s\n", _("Warnings:"));
      for (guint i = 0; i < result->display_warnings->len; i++)
        g_print ("  - %s\n", (char *) result->display_warnings->pdata[i]);
    }
}
