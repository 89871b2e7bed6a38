/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stencilcalc-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>

#include "stencil-aperture.h"
#include "stencil-csv.h"
#include "stencil-drawing.h"
#include "stencil-gerber.h"
#include "stencil-io.h"
#include "stencil-json.h"
#include "stencil-land-file.h"
#include "stencil-names.h"

/* Exit statuses: 2 for a command line that is wrong, 1 for anything else that fails. */
#define EXIT_USAGE 2

typedef struct
{
  char    *thickness;
  char    *strategy;
  char    *grid;
  char    *corner_radius;
  char    *land_pattern;
  gboolean json;
  gboolean pads;
} CalcOptions;

typedef struct
{
  char    *gerber;
  char    *at;
  char    *rotate;
  char    *side;
  char    *array;
  char    *step;
  char    *pdf;
  char    *png;
  char    *svg;
  char    *csv;
  char    *paper;
  gboolean landscape;
  char    *dpi;
  gboolean with_mate;
} ExportOptions;

static void
calc_options_clear (CalcOptions *o)
{
  g_free (o->thickness);
  g_free (o->strategy);
  g_free (o->grid);
  g_free (o->corner_radius);
  g_free (o->land_pattern);
}

static void
export_options_clear (ExportOptions *o)
{
  g_free (o->gerber);
  g_free (o->at);
  g_free (o->rotate);
  g_free (o->side);
  g_free (o->array);
  g_free (o->step);
  g_free (o->pdf);
  g_free (o->png);
  g_free (o->svg);
  g_free (o->csv);
  g_free (o->paper);
  g_free (o->dpi);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CalcOptions, calc_options_clear)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ExportOptions, export_options_clear)

static int
usage_error (const char *format,
             ...) G_GNUC_PRINTF (1, 2);

static int
usage_error (const char *format,
             ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("stencilcalc-cli: %s\n", message);
  return EXIT_USAGE;
}

static int
report_error (const GError *error)
{
  g_printerr ("stencilcalc-cli: %s\n", error->message);
  return error->domain == STENCIL_ERROR && error->code == STENCIL_ERROR_INVALID_INPUT
         ? EXIT_USAGE : EXIT_FAILURE;
}

/* A user's text in a message: valid UTF-8 and short, so that one bad argument cannot flood the
 * terminal (the message still ends in one line). */
static char *
quote_arg (const char *str)
{
  const gsize max_chars = 40;
  g_autofree char *valid = g_utf8_make_valid (str != NULL ? str : "", -1);
  GString *out = g_string_new (NULL);
  gsize n = 0;

  for (const char *p = valid; *p != '\0' && n < max_chars; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_iscntrl (c))
        g_string_append_c (out, '?');
      else
        g_string_append_unichar (out, c);
    }
  if (g_utf8_strlen (valid, -1) > (glong) max_chars)
    g_string_append (out, "…");
  return g_string_free (out, FALSE);
}

/* Parses a whole string as a finite decimal number ("120", "-0.5", "1e2"), in the C locale
 * whatever the user's locale. g_ascii_strtod alone would also take "0x10", "inf" and "nan". */
static gboolean
parse_number (const char *str,
              double     *out)
{
  char *end = NULL;
  double value;
  const char *p;

  if (str == NULL)
    return FALSE;
  while (g_ascii_isspace (*str))
    str++;
  if (*str == '\0')
    return FALSE;
  for (p = str; *p != '\0' && !g_ascii_isspace (*p); p++)
    if (!g_ascii_isdigit (*p) && strchr ("+-.eE", *p) == NULL)
      return FALSE;
  value = g_ascii_strtod (str, &end);
  while (end != NULL && g_ascii_isspace (*end))
    end++;
  if (end == NULL || *end != '\0' || !isfinite (value))
    return FALSE;
  *out = value;
  return TRUE;
}

static gboolean
parse_pair (const char *str,
            char        separator,
            double     *a,
            double     *b)
{
  g_auto(GStrv) parts = NULL;
  char sep[2] = { separator, '\0' };

  if (str == NULL)
    return FALSE;
  parts = g_strsplit (str, sep, -1);
  return g_strv_length (parts) == 2 && parse_number (parts[0], a) && parse_number (parts[1], b);
}

static StencilCatalog *
load_catalog (GError **error)
{
  g_autoptr(StencilCatalog) catalog = stencil_catalog_new ();
  GPtrArray *warnings;

  if (!stencil_catalog_load_default (catalog, error))
    return NULL;
  /* A broken user file is reported but never stops the built-in families. */
  warnings = stencil_catalog_get_warnings (catalog);
  for (guint i = 0; i < warnings->len; i++)
    g_printerr ("stencilcalc-cli: %s: %s\n", _("warning"), (char *) warnings->pdata[i]);
  return g_steal_pointer (&catalog);
}

static void
add_calc_entries (GOptionContext *context,
                  CalcOptions    *o)
{
  const GOptionEntry entries[] = {
    { "thickness", 't', 0, G_OPTION_ARG_STRING, &o->thickness,
      N_("Stencil (foil) thickness in µm, 10 to 1000 (required)"), N_("UM") },
    { "strategy", 's', 0, G_OPTION_ARG_STRING, &o->strategy,
      N_("Aperture shape: best-release (default: smallest perimeter, best paste release), "
         "proportional (both sides scaled alike), keep-width (keep the short side), "
         "keep-length (keep the long side)"), N_("STRATEGY") },
    { "grid", 'g', 0, G_OPTION_ARG_STRING, &o->grid,
      N_("Manufacturing grid the aperture sides are rounded to, 1 to 10 µm (default 5)"),
      N_("UM") },
    { "corner-radius", 'r', 0, G_OPTION_ARG_STRING, &o->corner_radius,
      N_("Corner radius of the apertures in mm (default 0), at most half the short side"),
      N_("MM") },
    { "land-pattern", 'l', 0, G_OPTION_ARG_FILENAME, &o->land_pattern,
      N_("Use your own land pattern for the part instead of the provisional estimate: a JSON "
         "file as written by “stencilcalc-cli land-pattern PART”, its values replaced by the "
         "manufacturer's drawing"), N_("FILE") },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
}

static int
calc_params_from_options (const CalcOptions *o,
                          StencilCalcParams *params)
{
  g_autofree char *thickness = quote_arg (o->thickness);
  g_autofree char *strategy = quote_arg (o->strategy);
  g_autofree char *grid = quote_arg (o->grid);
  g_autofree char *radius = quote_arg (o->corner_radius);

  stencil_calc_params_init (params);

  if (o->thickness == NULL)
    return usage_error (_("--thickness is required (the stencil foil thickness in µm)"));
  if (!parse_number (o->thickness, &params->thickness_um))
    return usage_error (_("--thickness: “%s” is not a number of µm"), thickness);
  if (params->thickness_um < STENCIL_THICKNESS_MIN_UM ||
      params->thickness_um > STENCIL_THICKNESS_MAX_UM)
    return usage_error (_("--thickness: %s µm is out of range: %g to %g µm"),
                        thickness, STENCIL_THICKNESS_MIN_UM, STENCIL_THICKNESS_MAX_UM);

  if (o->strategy != NULL && !stencil_strategy_from_string (o->strategy, &params->strategy))
    return usage_error (_("--strategy: unknown strategy “%s” (best-release, proportional, "
                          "keep-width, keep-length)"), strategy);

  if (o->grid != NULL)
    {
      if (!parse_number (o->grid, &params->grid_um))
        return usage_error (_("--grid: “%s” is not a number of µm"), grid);
      if (params->grid_um < STENCIL_GRID_MIN_UM || params->grid_um > STENCIL_GRID_MAX_UM)
        return usage_error (_("--grid: %s µm is out of range: %g to %g µm"), grid,
                            STENCIL_GRID_MIN_UM, STENCIL_GRID_MAX_UM);
    }

  if (o->corner_radius != NULL)
    {
      if (!parse_number (o->corner_radius, &params->corner_radius_mm))
        return usage_error (_("--corner-radius: “%s” is not a number of mm"), radius);
      if (params->corner_radius_mm < 0)
        return usage_error (_("--corner-radius: %s mm is negative"), radius);
      if (params->corner_radius_mm > STENCIL_CORNER_RADIUS_MAX_MM)
        return usage_error (_("--corner-radius: %s mm is too large: at most %g mm, and at most "
                              "half the aperture's short side"),
                            radius, STENCIL_CORNER_RADIUS_MAX_MM);
    }
  return EXIT_SUCCESS;
}

static StencilResult *
calculate_part (StencilCatalog          *catalog,
                StencilPart             *part,
                const StencilCalcParams *params,
                GError                 **error)
{
  g_autoptr(StencilPattern) pattern = stencil_pattern_new (part, NULL, error);

  if (pattern == NULL)
    return NULL;
  return stencil_calculate (pattern, params, error);
}


static void
print_json (JsonBuilder *builder)
{
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  gsize length;
  g_autofree char *text = stencil_json_to_data (root, &length);

  /* JSON is UTF-8 whatever the locale: no charset conversion as g_print would do. */
  fwrite (text, 1, length, stdout);
  fputc ('\n', stdout);
  fflush (stdout);
}

static void
result_to_json (JsonBuilder   *b,
                StencilResult *result,
                const char    *land_file)
{
  StencilPattern *pattern = result->pattern;
  StencilPart *part = pattern->part;
  const StencilDimensionRow *dims = stencil_part_get_dimensions (part);

  json_builder_begin_object (b);
  stencil_json_add_string (b, "part", part->part_number);
  stencil_json_add_string (b, "series", stencil_family_get_series (part->family));
  stencil_json_add_string (b, "kind", stencil_part_kind_to_string (part->kind));
  json_builder_set_member_name (b, "contacts");
  json_builder_add_int_value (b, part->contacts);
  json_builder_set_member_name (b, "inspection");
  json_builder_add_boolean_value (b, part->inspection);
  stencil_json_add_number (b, "thickness_um", result->params.thickness_um, 3);
  stencil_json_add_string (b, "strategy", stencil_strategy_to_string (result->params.strategy));
  stencil_json_add_number (b, "grid_um", result->params.grid_um, 3);
  stencil_json_add_number (b, "corner_radius_mm", result->params.corner_radius_mm, 4);
  json_builder_set_member_name (b, "land_pattern_provisional");
  json_builder_add_boolean_value (b, pattern->provisional);
  /* Whose pads these are: the family's estimate, or the user's own from a file. */
  stencil_json_add_string (b, "land_pattern_source",
              stencil_pattern_is_user (pattern) ? "user"
              : pattern->provisional ? "family-estimate" : "family");
  if (stencil_pattern_is_user (pattern))
    {
      stencil_json_add_string (b, "land_pattern_reference", pattern->source);
      if (land_file != NULL)
        {
          g_autofree char *display = g_filename_display_name (land_file);
          stencil_json_add_string (b, "land_pattern_file", display);
        }
    }

  json_builder_set_member_name (b, "dimensions");
  json_builder_begin_object (b);
  stencil_json_add_number (b, "A", dims->a_mm, 3);
  stencil_json_add_number (b, "B", dims->b_mm, 3);
  stencil_json_add_number (b, "C", dims->c_mm, 3);
  json_builder_end_object (b);

  stencil_json_add_number (b, "min_web_mm", result->min_web_mm, 4);
  if (result->max_thickness_um > 0)
    stencil_json_add_number (b, "max_thickness_um", result->max_thickness_um, 0);
  else
    {
      json_builder_set_member_name (b, "max_thickness_um");
      json_builder_add_null_value (b);
    }
  stencil_json_add_string (b, "status", stencil_status_to_string (result->status));

  json_builder_set_member_name (b, "classes");
  json_builder_begin_array (b);
  for (guint c = 0; c < result->n_classes; c++)
    {
      const StencilClassResult *cr = &result->classes[c];

      json_builder_begin_object (b);
      stencil_json_add_string (b, "class", stencil_pad_class_to_string (cr->pad_class));
      json_builder_set_member_name (b, "pads");
      json_builder_add_int_value (b, cr->n_pads);
      stencil_json_add_number (b, "target_opening_ratio", cr->target_ratio, 4);
      stencil_json_add_string (b, "regime", stencil_regime_to_string (cr->regime));
      stencil_json_add_number (b, "deposit_um", cr->deposit_um, 2);
      stencil_json_add_number (b, "pad_w_mm", cr->pad_w_mm, 4);
      stencil_json_add_number (b, "pad_h_mm", cr->pad_h_mm, 4);
      stencil_json_add_number (b, "ap_w_mm", cr->aperture.w_mm, 4);
      stencil_json_add_number (b, "ap_h_mm", cr->aperture.h_mm, 4);
      stencil_json_add_number (b, "ap_r_mm", cr->aperture.r_mm, 4);
      stencil_json_add_number (b, "opening_ratio", cr->aperture.opening_ratio, 4);
      stencil_json_add_number (b, "area_ratio", cr->aperture.area_ratio, 4);
      stencil_json_add_number (b, "aspect_ratio", cr->aperture.aspect_ratio, 4);
      stencil_json_add_string (b, "status", stencil_status_to_string (cr->aperture.status));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "pads");
  json_builder_begin_array (b);
  for (guint i = 0; i < pattern->pads->len; i++)
    {
      const StencilPad *pad = stencil_pattern_get_pad (pattern, i);
      const StencilAperture *ap = stencil_result_get_aperture (result, i);

      json_builder_begin_object (b);
      stencil_json_add_string (b, "id", pad->id);
      stencil_json_add_string (b, "class", stencil_pad_class_to_string (pad->pad_class));
      stencil_json_add_number (b, "x_mm", pad->x_mm, 4);
      stencil_json_add_number (b, "y_mm", pad->y_mm, 4);
      stencil_json_add_number (b, "pad_w_mm", pad->w_mm, 4);
      stencil_json_add_number (b, "pad_h_mm", pad->h_mm, 4);
      stencil_json_add_number (b, "ap_w_mm", ap->w_mm, 4);
      stencil_json_add_number (b, "ap_h_mm", ap->h_mm, 4);
      stencil_json_add_number (b, "ap_r_mm", ap->r_mm, 4);
      stencil_json_add_number (b, "opening_ratio", ap->opening_ratio, 4);
      stencil_json_add_number (b, "area_ratio", ap->area_ratio, 4);
      stencil_json_add_number (b, "aspect_ratio", ap->aspect_ratio, 4);
      stencil_json_add_string (b, "status", stencil_status_to_string (ap->status));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "warnings");
  json_builder_begin_array (b);
  for (guint i = 0; i < result->warnings->len; i++)
    json_builder_add_string_value (b, result->warnings->pdata[i]);
  json_builder_end_array (b);
  json_builder_end_object (b);
}

static const char *
status_words (StencilStatus status)
{
  switch (status)
    {
    case STENCIL_STATUS_PASS: return _("pass");
    case STENCIL_STATUS_MARGINAL: return _("MARGINAL");
    case STENCIL_STATUS_FAIL: return _("FAIL");
    default: g_return_val_if_reached ("?");
    }
}

/* Prints one row of a table: a positive width pads on the right (text), a negative one on the
 * left (numbers). Widths count characters, not bytes, so "µ" and translations line up. */
static void
print_row (const int          *widths,
           const char * const *cells,
           guint               n_cells)
{
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; i < n_cells; i++)
    {
      int width = ABS (widths[i]);
      int pad = MAX (0, width - (int) g_utf8_strlen (cells[i], -1));

      if (i > 0)
        g_string_append (line, "  ");
      if (widths[i] < 0)
        g_string_append_printf (line, "%*s", pad, "");
      g_string_append (line, cells[i]);
      if (widths[i] > 0 && i + 1 < n_cells)
        g_string_append_printf (line, "%*s", pad, "");
    }
  g_print ("%s\n", line->str);
}

static void
print_result (StencilResult *result,
              const char    *land_file,
              gboolean       list_pads)
{
  StencilPattern *pattern = result->pattern;
  StencilPart *part = pattern->part;
  const StencilDimensionRow *dims = stencil_part_get_dimensions (part);

  g_print ("%s  %s %s %s, %u %s%s\n", part->part_number,
           stencil_family_get_maker (part->family), stencil_family_get_series (part->family),
           part->kind == STENCIL_PART_KIND_SOCKET ? _("socket") : _("header"),
           part->contacts, _("contacts"), part->inspection ? _(" (inspection variant)") : "");
  g_print (_("Datasheet dimensions: A %.2f mm, B %.2f mm, C %.2f mm\n"),
           dims->a_mm, dims->b_mm, dims->c_mm);
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

  {
    static const int widths[] = { 10, -4, 13, 13, -7, -7, -6, -6, 11, 1 };
    const char *heading[] = { _("Class"), _("Pads"), _("Pad mm"), _("Aperture mm"), _("Target"),
                              _("Opening"), _("Area"), _("Aspect"), _("Status"),
                              _("Ratio from") };

    print_row (widths, heading, G_N_ELEMENTS (heading));
    for (guint c = 0; c < result->n_classes; c++)
      {
        const StencilClassResult *cr = &result->classes[c];
        g_autofree char *n = g_strdup_printf ("%u", cr->n_pads);
        g_autofree char *pad = g_strdup_printf ("%.3f x %.3f", cr->pad_w_mm, cr->pad_h_mm);
        g_autofree char *ap = g_strdup_printf ("%.3f x %.3f", cr->aperture.w_mm,
                                               cr->aperture.h_mm);
        g_autofree char *target = g_strdup_printf ("%.1f%%", 100 * cr->target_ratio);
        g_autofree char *opening = g_strdup_printf ("%.1f%%", 100 * cr->aperture.opening_ratio);
        g_autofree char *area = g_strdup_printf ("%.3f", cr->aperture.area_ratio);
        g_autofree char *aspect = g_strdup_printf ("%.2f", cr->aperture.aspect_ratio);
        const char *row[] = { stencil_pad_class_short_label (cr->pad_class), n, pad, ap, target,
                              opening, area, aspect, status_words (cr->aperture.status),
                              stencil_regime_short_label (cr->regime) };

        print_row (widths, row, G_N_ELEMENTS (row));
      }
  }
  if (result->params.corner_radius_mm > 0)
    g_print (_("Apertures have rounded corners, radius %.3f mm.\n"),
             result->params.corner_radius_mm);
  g_print ("\n");
  g_print (_("Minimum web: %.3f mm (between pads %s and %s)\n"), result->min_web_mm,
           stencil_pattern_get_pad (pattern, result->min_web_pad_a)->id,
           stencil_pattern_get_pad (pattern, result->min_web_pad_b)->id);
  if (result->max_thickness_um > 0)
    g_print (_("Maximum recommended thickness: %g µm (every aperture passes IPC-7525)\n"),
             result->max_thickness_um);
  else
    g_print (_("Maximum recommended thickness: none from %d to %d µm passes IPC-7525\n"),
             STENCIL_MAX_THICKNESS_SCAN_LO_UM, STENCIL_MAX_THICKNESS_SCAN_HI_UM);
  g_print (_("Area ratio = aperture area / wall area (IPC-7525: pass ≥ %.2f, marginal ≥ %.2f); "
             "aspect ratio = width / thickness (pass ≥ %.1f)\n"),
           STENCIL_AREA_RATIO_PASS, STENCIL_AREA_RATIO_MARGINAL, STENCIL_ASPECT_RATIO_PASS);

  if (list_pads)
    {
      static const int widths[] = { 4, 10, -8, -8, 13, 13, -7, -6, -6, 1 };
      const char *heading[] = { _("Pad"), _("Class"), _("x mm"), _("y mm"), _("Pad mm"),
                                _("Aperture mm"), _("Opening"), _("Area"), _("Aspect"),
                                _("Status") };

      g_print ("\n");
      print_row (widths, heading, G_N_ELEMENTS (heading));
      for (guint i = 0; i < pattern->pads->len; i++)
        {
          const StencilPad *p = stencil_pattern_get_pad (pattern, i);
          const StencilAperture *a = stencil_result_get_aperture (result, i);
          g_autofree char *x = g_strdup_printf ("%.3f", p->x_mm);
          g_autofree char *y = g_strdup_printf ("%.3f", p->y_mm);
          g_autofree char *pad = g_strdup_printf ("%.3f x %.3f", p->w_mm, p->h_mm);
          g_autofree char *ap = g_strdup_printf ("%.3f x %.3f", a->w_mm, a->h_mm);
          g_autofree char *opening = g_strdup_printf ("%.1f%%", 100 * a->opening_ratio);
          g_autofree char *area = g_strdup_printf ("%.3f", a->area_ratio);
          g_autofree char *aspect = g_strdup_printf ("%.2f", a->aspect_ratio);
          const char *row[] = { p->id, stencil_pad_class_short_label (p->pad_class), x, y, pad,
                                ap, opening, area, aspect, status_words (a->status) };

          print_row (widths, row, G_N_ELEMENTS (row));
        }
    }

  if (result->warnings->len > 0)
    {
      g_print ("\n%s\n", _("Warnings:"));
      for (guint i = 0; i < result->warnings->len; i++)
        g_print ("  - %s\n", (char *) result->warnings->pdata[i]);
    }
}

static int
command_parts (int    argc,
               char **argv)
{
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— list every known part"));
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilCatalog) catalog = NULL;
  g_autoptr(GPtrArray) parts = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error ("%s", error->message);
  if (argc > 1)
    {
      g_autofree char *arg = quote_arg (argv[1]);
      return usage_error (_("parts: unexpected argument “%s”"), arg);
    }

  catalog = load_catalog (&error);
  if (catalog == NULL)
    return report_error (error);
  parts = stencil_catalog_list_parts (catalog);

  if (json)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "parts");
      json_builder_begin_array (b);
      for (guint i = 0; i < parts->len; i++)
        {
          StencilPart *part = parts->pdata[i];

          json_builder_begin_object (b);
          stencil_json_add_string (b, "part", part->part_number);
          stencil_json_add_string (b, "series", stencil_family_get_series (part->family));
          stencil_json_add_string (b, "kind", stencil_part_kind_to_string (part->kind));
          json_builder_set_member_name (b, "contacts");
          json_builder_add_int_value (b, part->contacts);
          json_builder_set_member_name (b, "inspection");
          json_builder_add_boolean_value (b, part->inspection);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
      print_json (b);
      return EXIT_SUCCESS;
    }

  g_print ("%-16s %-6s %-7s %8s  %s\n", _("Part"), _("Series"), _("Kind"), _("Contacts"),
           _("Variant"));
  for (guint i = 0; i < parts->len; i++)
    {
      StencilPart *part = parts->pdata[i];
      g_print ("%-16s %-6s %-7s %8u  %s\n", part->part_number,
               stencil_family_get_series (part->family),
               stencil_part_kind_to_string (part->kind), part->contacts,
               part->inspection ? _("inspection") : _("standard"));
    }
  return EXIT_SUCCESS;
}

static int
resolve_part_and_calculate (int                 argc,
                            char              **argv,
                            const char         *command,
                            const CalcOptions  *o,
                            StencilCatalog    **out_catalog,
                            StencilPart       **out_part,
                            StencilResult     **out_result)
{
  StencilCalcParams params;
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilCatalog) catalog = NULL;
  g_autoptr(StencilPart) part = NULL;
  int status;

  if (argc < 2)
    return usage_error (_("%s: which part? Give a part number such as AXK7L40223G "
                          "(“stencilcalc-cli parts” lists them)"), command);
  if (argc > 2)
    {
      g_autofree char *arg = quote_arg (argv[2]);
      return usage_error (_("%s: unexpected argument “%s”"), command, arg);
    }

  status = calc_params_from_options (o, &params);
  if (status != EXIT_SUCCESS)
    return status;

  catalog = load_catalog (&error);
  if (catalog == NULL)
    return report_error (error);
  part = stencil_catalog_find_part (catalog, argv[1], &error);
  if (part == NULL)
    return report_error (error);
  if (o->land_pattern != NULL)
    {
      g_autoptr(StencilPattern) pattern = NULL;

      /* A file that cannot be used is an error (1), not a bad command line (2). */
      pattern = stencil_land_file_load_pattern (part, o->land_pattern, &error);
      if (pattern == NULL)
        {
          g_printerr ("stencilcalc-cli: %s\n", error->message);
          return EXIT_FAILURE;
        }
      *out_result = stencil_calculate (pattern, &params, &error);
    }
  else
    *out_result = calculate_part (catalog, part, &params, &error);
  if (*out_result == NULL)
    return report_error (error);

  *out_catalog = g_steal_pointer (&catalog);
  *out_part = g_steal_pointer (&part);
  return EXIT_SUCCESS;
}

static int
command_calc (int    argc,
              char **argv)
{
  g_auto(CalcOptions) o = { 0, };
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &o.json,
      N_("Print JSON (ratios as fractions, lengths in mm)"), NULL },
    { "pads", 0, 0, G_OPTION_ARG_NONE, &o.pads, N_("Also list every pad"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("PART — compute the apertures of one part for a stencil thickness"));
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilCatalog) catalog = NULL;
  g_autoptr(StencilPart) part = NULL;
  g_autoptr(StencilResult) result = NULL;
  int status;

  add_calc_entries (context, &o);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
    _("The target opening ratio (aperture area / pad area) follows the datasheet: the paste "
      "height h = ratio × thickness is interpolated between the datasheet's thicknesses and "
      "held outside them; ratio = min (1, h / t).\n"
      "Exit status: 0 success, 1 error (unknown part, failed calculation), 2 bad command line."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error ("%s", error->message);

  status = resolve_part_and_calculate (argc, argv, "calc", &o, &catalog, &part, &result);
  if (status != EXIT_SUCCESS)
    return status;

  if (o.json)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      result_to_json (b, result, o.land_pattern);
      print_json (b);
    }
  else
    print_result (result, o.land_pattern, o.pads);
  return EXIT_SUCCESS;
}


static int
gerber_options_from_export (const ExportOptions  *o,
                            StencilGerberOptions *g)
{
  g_autofree char *at = quote_arg (o->at);
  g_autofree char *rotate = quote_arg (o->rotate);
  g_autofree char *side = quote_arg (o->side);
  g_autofree char *array = quote_arg (o->array);
  g_autofree char *step = quote_arg (o->step);

  stencil_gerber_options_init (g);

  if (o->at != NULL && !parse_pair (o->at, ',', &g->at_x_mm, &g->at_y_mm))
    return usage_error (_("--at: “%s” is not X,Y in mm (e.g. --at 25.4,10)"), at);
  if (o->rotate != NULL)
    {
      double deg;
      if (!parse_number (o->rotate, &deg) ||
          (deg != 0 && deg != 90 && deg != 180 && deg != 270))
        return usage_error (_("--rotate: “%s” is not 0, 90, 180 or 270"), rotate);
      g->rotation_deg = (int) deg;
    }
  if (o->side != NULL && !stencil_side_from_string (o->side, &g->side))
    return usage_error (_("--side: “%s” is not top or bottom"), side);
  if (o->array != NULL)
    {
      double cols, rows;
      if (!parse_pair (o->array, 'x', &cols, &rows) || cols != floor (cols) ||
          rows != floor (rows) || cols < 1 || rows < 1 || cols > 1000 || rows > 1000)
        return usage_error (_("--array: “%s” is not COLSxROWS with 1 to 1000 each "
                              "(e.g. --array 4x2)"), array);
      g->cols = (guint) cols;
      g->rows = (guint) rows;
      if (o->step == NULL && (g->cols > 1 || g->rows > 1))
        return usage_error (_("--array needs --step DX,DY (the distance between copies in mm)"));
    }
  if (o->step != NULL && !parse_pair (o->step, ',', &g->step_x_mm, &g->step_y_mm))
    return usage_error (_("--step: “%s” is not DX,DY in mm (e.g. --step 30,12)"), step);
  return EXIT_SUCCESS;
}

static int
drawing_options_from_export (const ExportOptions   *o,
                             StencilDrawingOptions *d)
{
  g_autofree char *paper = quote_arg (o->paper);
  g_autofree char *dpi = quote_arg (o->dpi);

  stencil_drawing_options_init (d);

  if (o->paper != NULL && !stencil_paper_from_string (o->paper, &d->paper))
    return usage_error (_("--paper: “%s” is not a4 or letter"), paper);
  d->landscape = o->landscape;
  if (o->dpi != NULL && !parse_number (o->dpi, &d->dpi))
    return usage_error (_("--dpi: “%s” is not a number"), dpi);
  return EXIT_SUCCESS;
}

static int
command_export (int    argc,
                char **argv)
{
  g_auto(CalcOptions) c = { 0, };
  g_auto(ExportOptions) o = { 0, };
  const GOptionEntry entries[] = {
    { "gerber", 0, 0, G_OPTION_ARG_FILENAME, &o.gerber,
      N_("Write the paste layer as Gerber X2 (“-” for standard output)"), N_("FILE") },
    { "at", 0, 0, G_OPTION_ARG_STRING, &o.at,
      N_("Gerber: place the part's centre at X,Y mm (default 0,0)"), N_("X,Y") },
    { "rotate", 0, 0, G_OPTION_ARG_STRING, &o.rotate,
      N_("Gerber: rotate the part counter-clockwise by 0, 90, 180 or 270 degrees"), N_("DEG") },
    { "side", 0, 0, G_OPTION_ARG_STRING, &o.side,
      N_("Gerber: top (default) or bottom (mirrored in x as seen from the top, Paste,Bot)"),
      N_("SIDE") },
    { "array", 0, 0, G_OPTION_ARG_STRING, &o.array,
      N_("Gerber: repeat the part in COLS columns and ROWS rows (panels, test coupons)"),
      N_("COLSxROWS") },
    { "step", 0, 0, G_OPTION_ARG_STRING, &o.step,
      N_("Gerber: distance between array copies in mm"), N_("DX,DY") },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &o.pdf,
      N_("Write the dimensioned drawing as PDF (“-” for standard output)"), N_("FILE") },
    { "png", 0, 0, G_OPTION_ARG_FILENAME, &o.png,
      N_("Write the dimensioned drawing as PNG"), N_("FILE") },
    { "svg", 0, 0, G_OPTION_ARG_FILENAME, &o.svg,
      N_("Write the dimensioned drawing as SVG"), N_("FILE") },
    { "csv", 0, 0, G_OPTION_ARG_FILENAME, &o.csv,
      N_("Write the aperture table (one row per pad) as CSV (“-” for standard output)"),
      N_("FILE") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &o.paper,
      N_("Drawing paper size: a4 (default) or letter"), N_("PAPER") },
    { "landscape", 0, 0, G_OPTION_ARG_NONE, &o.landscape, N_("Drawing in landscape"), NULL },
    { "dpi", 0, 0, G_OPTION_ARG_STRING, &o.dpi,
      N_("PNG resolution in dots per inch, 36 to 600 (default 150)"), N_("N") },
    { "with-mate", 0, 0, G_OPTION_ARG_NONE, &o.with_mate,
      N_("Drawing: add the mating part (socket ↔ header of the same size)"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("PART — export the paste layer (Gerber X2) and drawings"));
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilCatalog) catalog = NULL;
  g_autoptr(StencilPart) part = NULL;
  g_autoptr(StencilResult) result = NULL;
  g_autoptr(StencilResult) mate_result = NULL;
  StencilGerberOptions gerber_options;
  StencilDrawingOptions drawing_options;
  StencilResult *results[2];
  guint n_results = 1;
  g_autoptr(GBytes) gerber_bytes = NULL;
  g_autoptr(GBytes) pdf_bytes = NULL;
  g_autoptr(GBytes) png_bytes = NULL;
  g_autoptr(GBytes) svg_bytes = NULL;
  g_autoptr(GBytes) csv_bytes = NULL;
  int status;

  add_calc_entries (context, &c);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
    _("Files are written whole or not at all: a temporary file beside the target is renamed "
      "over it, so an error leaves an existing file untouched. SOURCE_DATE_EPOCH, when set, "
      "is the creation date written into the files.\n"
      "Exit status: 0 success, 1 error (unknown part, cannot write), 2 bad command line."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error ("%s", error->message);

  if (o.gerber == NULL && o.pdf == NULL && o.png == NULL && o.svg == NULL && o.csv == NULL)
    return usage_error (_("export: nothing to write; give --gerber, --pdf, --png, --svg or "
                          "--csv"));

  status = gerber_options_from_export (&o, &gerber_options);
  if (status != EXIT_SUCCESS)
    return status;
  if (!stencil_gerber_options_validate (&gerber_options, &error))
    return usage_error ("%s", error->message);
  status = drawing_options_from_export (&o, &drawing_options);
  if (status != EXIT_SUCCESS)
    return status;
  {
    const char *paths[] = { o.gerber, o.pdf, o.png, o.svg, o.csv };

    /* A folder that does not exist is found before anything is computed or written. */
    for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
      if (paths[i] != NULL && !stencil_check_output (paths[i], &error))
        return report_error (error);
  }

  status = resolve_part_and_calculate (argc, argv, "export", &c, &catalog, &part, &result);
  if (status != EXIT_SUCCESS)
    return status;
  results[0] = result;

  if (o.with_mate)
    {
      g_autoptr(StencilPart) mate = stencil_part_new_mate (part);

      if (mate == NULL)
        {
          g_printerr ("stencilcalc-cli: %s\n", _("this part has no mating part in the series"));
          return EXIT_FAILURE;
        }
      /* The user's file is for PART only: the mate keeps its family's pattern. */
      mate_result = calculate_part (catalog, mate, &result->params, &error);
      if (mate_result == NULL)
        return report_error (error);
      results[n_results++] = mate_result;
    }

  /* Everything is made in memory first and written only when all of it could be made, so a
   * bad option or a failed drawing never leaves some files new and others old. */
  if (o.gerber != NULL &&
      !(gerber_bytes = stencil_gerber_generate (result, &gerber_options, &error)))
    return report_error (error);
  if (o.pdf != NULL &&
      !(pdf_bytes = stencil_drawing_generate_pdf (results, n_results, &drawing_options, &error)))
    return report_error (error);
  if (o.png != NULL &&
      !(png_bytes = stencil_drawing_generate_png (results, n_results, &drawing_options, &error)))
    return report_error (error);
  if (o.svg != NULL &&
      !(svg_bytes = stencil_drawing_generate_svg (results, n_results, &drawing_options, &error)))
    return report_error (error);
  if (o.csv != NULL)
    csv_bytes = stencil_csv_generate (result);

  {
    const char *paths[] = { o.gerber, o.pdf, o.png, o.svg, o.csv };
    GBytes *contents[] = { gerber_bytes, pdf_bytes, png_bytes, svg_bytes, csv_bytes };
    g_autoptr(GString) written = g_string_new (NULL);

    for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
      {
        if (paths[i] == NULL)
          continue;
        if (!stencil_write_output_bytes (paths[i], contents[i], &error))
          {
            /* Each file is atomic, a set of files cannot be: say which ones are new. */
            if (written->len > 0)
              {
                g_autofree char *message = g_strdup_printf (_("%s (already written: %s)"),
                                                            error->message, written->str);
                g_free (error->message);
                error->message = g_steal_pointer (&message);
              }
            return report_error (error);
          }
        if (strcmp (paths[i], "-") != 0)
          g_string_append_printf (written, "%s%s", written->len > 0 ? ", " : "", paths[i]);
      }
  }
  return EXIT_SUCCESS;
}

static int
command_land_pattern (int    argc,
                      char **argv)
{
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the file here (default “-”, standard output)"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("PART — write the part's land pattern as a file to edit"));
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilCatalog) catalog = NULL;
  g_autoptr(StencilPart) part = NULL;
  g_autoptr(StencilPattern) pattern = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
    _("Writes the land pattern the program uses for PART (the provisional project estimate) "
      "as JSON. Replace every value by the manufacturer's current drawing, say which drawing "
      "in \"source\", and give the file to “calc” or “export” with --land-pattern FILE, or "
      "import it in the window.\n"
      "Exit status: 0 success, 1 error (unknown part, cannot write), 2 bad command line."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error ("%s", error->message);
  if (argc < 2)
    return usage_error (_("land-pattern: which part? Give a part number such as AXK7L40223G "
                          "(“stencilcalc-cli parts” lists them)"));
  if (argc > 2)
    {
      g_autofree char *arg = quote_arg (argv[2]);
      return usage_error (_("land-pattern: unexpected argument “%s”"), arg);
    }
  if (output == NULL)
    output = g_strdup ("-");
  if (!stencil_check_output (output, &error))
    return report_error (error);

  catalog = load_catalog (&error);
  if (catalog == NULL)
    return report_error (error);
  part = stencil_catalog_find_part (catalog, argv[1], &error);
  if (part == NULL)
    return report_error (error);
  pattern = stencil_pattern_new (part, NULL, &error);
  if (pattern == NULL || !stencil_land_file_save (pattern, output, &error))
    return report_error (error);
  return EXIT_SUCCESS;
}

static void
print_help (FILE *stream)
{
  fprintf (stream, "%s",
    _("Usage:\n"
      "  stencilcalc-cli parts [--json]\n"
      "  stencilcalc-cli calc PART --thickness UM [--strategy S] [--grid UM]\n"
      "                       [--corner-radius MM] [--land-pattern FILE] [--json] [--pads]\n"
      "  stencilcalc-cli export PART --thickness UM [calc options]\n"
      "                       [--gerber FILE] [--at X,Y] [--rotate DEG] [--side top|bottom]\n"
      "                       [--array COLSxROWS --step DX,DY]\n"
      "                       [--pdf FILE] [--png FILE] [--svg FILE] [--csv FILE]\n"
      "                       [--paper a4|letter]\n"
      "                       [--landscape] [--dpi N] [--with-mate]\n"
      "  stencilcalc-cli land-pattern PART [--output FILE]\n"
      "\n"
      "Solder-paste stencil apertures from the connector maker's recommended opening ratios,\n"
      "with the IPC-7525 area ratio and aspect ratio of every aperture.\n"
      "\n"
      "Commands:\n"
      "  parts    list every known part (socket, header, standard and inspection variants)\n"
      "  calc     compute the apertures of one part for a stencil thickness\n"
      "  export   write the paste layer (Gerber X2), dimensioned drawings (PDF, PNG, SVG)\n"
      "           and the aperture table (CSV)\n"
      "  land-pattern  write the part's land pattern (the provisional estimate) as a JSON\n"
      "           file to edit; give it back with --land-pattern FILE\n"
      "\n"
      "The F4 land pattern is this project's provisional estimate, not the manufacturer's\n"
      "drawing: replace it with your own values through --land-pattern FILE.\n"
      "\n"
      "“stencilcalc-cli COMMAND --help” describes the options of a command.\n"
      "Exit status: 0 success, 1 error, 2 bad command line.\n"));
}

int
main (int    argc,
      char **argv)
{
  const char *command;
  /* Tests run from the build tree point this at its po/ output. */
  const char *localedir = g_getenv ("STENCILCALC_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    {
      print_help (stderr);
      return EXIT_USAGE;
    }
  command = argv[1];
  if (strcmp (command, "--help") == 0 || strcmp (command, "-h") == 0 ||
      strcmp (command, "help") == 0)
    {
      print_help (stdout);
      return EXIT_SUCCESS;
    }
  if (strcmp (command, "--version") == 0)
    {
      g_print ("stencilcalc-cli %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  /* Each command parses the rest, with the command as its program name. */
  argv[1] = g_strdup_printf ("stencilcalc-cli %s", command);
  if (strcmp (command, "parts") == 0)
    return command_parts (argc - 1, argv + 1);
  if (strcmp (command, "calc") == 0)
    return command_calc (argc - 1, argv + 1);
  if (strcmp (command, "export") == 0)
    return command_export (argc - 1, argv + 1);
  if (strcmp (command, "land-pattern") == 0)
    return command_land_pattern (argc - 1, argv + 1);

  {
    g_autofree char *arg = quote_arg (command);
    return usage_error (_("unknown command “%s” (parts, calc, export, land-pattern; "
                          "see --help)"), arg);
  }
}
