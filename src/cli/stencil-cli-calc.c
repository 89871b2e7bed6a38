/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "stencilcalc-cli calc PART": the calculation options (shared with export), their parsing
 * into the engine's parameters, and the command that prints one result. */
#define G_LOG_DOMAIN "stencilcalc-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "stencil-cli-commands.h"
#include "stencil-cli-print.h"
#include "stencil-cli.h"
#include "stencil-land-file.h"
#include "stencil-units.h"

void
stencil_cli_calc_args_clear (StencilCliCalcArgs *args)
{
  g_clear_pointer (&args->part, g_free);
  g_clear_pointer (&args->thickness, g_free);
  g_clear_pointer (&args->strategy, g_free);
  g_clear_pointer (&args->grid, g_free);
  g_clear_pointer (&args->corner_radius, g_free);
  g_clear_pointer (&args->land_pattern, g_free);
  g_clear_pointer (&args->design, g_free);
  g_clear_pointer (&args->min_web, g_free);
  g_clear_pointer (&args->texts, g_ptr_array_unref);
  g_clear_pointer (&args->entries, g_array_unref);
}

void
stencil_cli_add_entries (StencilCliCalcArgs *args,
                         GOptionContext     *context,
                         const GOptionEntry *entries)
{
  if (args->entries == NULL)
    args->entries = g_array_new (TRUE, TRUE, sizeof (GOptionEntry));
  for (const GOptionEntry *e = entries; e->long_name != NULL; e++)
    g_array_append_val (args->entries, *e);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
}

void
stencil_cli_add_calc_entries (GOptionContext     *context,
                              StencilCliCalcArgs *args)
{
  const StencilLimit *thickness = stencil_limit_get (STENCIL_LIMIT_THICKNESS);
  const StencilLimit *grid = stencil_limit_get (STENCIL_LIMIT_GRID);
  const char *thickness_help =
    stencil_cli_keep_text (&args->texts,
                           g_strdup_printf (_("Stencil (foil) thickness, %g to %g µm (required); "
                                              "a number of µm or with its unit: 127, 127um, "
                                              "0.127mm, 5mil"), thickness->min, thickness->max));
  const char *grid_help =
    stencil_cli_keep_text (&args->texts,
                           g_strdup_printf (_("Manufacturing grid the aperture sides are rounded "
                                              "to, %g to %g µm (default %g)"),
                                            grid->min, grid->max, grid->default_value));
  const StencilLimit *web = stencil_limit_get (STENCIL_LIMIT_WEB);
  const char *web_help =
    stencil_cli_keep_text (&args->texts,
                           g_strdup_printf (_("The narrowest web between apertures the stencil "
                                              "maker can cut, %g to %g mm (default %g; 0: no "
                                              "such rule): a thicker foil whose apertures leave "
                                              "less is not recommended"),
                                            web->min, web->max, web->default_value));
  const GOptionEntry entries[] = {
    { "thickness", 't', 0, G_OPTION_ARG_STRING, &args->thickness, thickness_help, N_("UM") },
    { "strategy", 's', 0, G_OPTION_ARG_STRING, &args->strategy,
      N_("Aperture shape: best-release (default: smallest perimeter, best paste release), "
         "proportional (both sides scaled alike), keep-width (keep the short side), "
         "keep-length (keep the long side)"), N_("STRATEGY") },
    { "grid", 'g', 0, G_OPTION_ARG_STRING, &args->grid, grid_help, N_("UM") },
    { "corner-radius", 'r', 0, G_OPTION_ARG_STRING, &args->corner_radius,
      N_("Corner radius of the apertures in mm (default 0), at most half the short side"),
      N_("MM") },
    { "min-web", 0, 0, G_OPTION_ARG_STRING, &args->min_web, web_help, N_("MM") },
    { "land-pattern", 'l', 0, G_OPTION_ARG_FILENAME, &args->land_pattern,
      N_("Use your own land pattern for the part instead of the provisional estimate: a JSON "
         "file as written by “stencilcalc-cli land-pattern PART”, its values replaced by the "
         "manufacturer's drawing"), N_("FILE") },
    { "design", 'd', 0, G_OPTION_ARG_FILENAME, &args->design,
      N_("Start from a design file (.stencilcalc, as saved by the window or save-design): its "
         "part, thickness, strategy, grid, corner radius and land pattern; PART and the "
         "options given here win over the file's values"), N_("FILE") },
    { NULL }
  };

  stencil_cli_add_entries (args, context, entries);
}

gboolean
stencil_cli_calc_parse (StencilCliCalcArgs  *args,
                        const char * const  *argv,
                        GError             **error)
{
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &args->json,
      N_("Print JSON (ratios as fractions, lengths in mm)"), NULL },
    { "pads", 0, 0, G_OPTION_ARG_NONE, &args->pads, N_("Also list every pad"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("PART — compute the apertures of one part for a stencil thickness"));

  stencil_cli_add_calc_entries (context, args);
  stencil_cli_add_entries (args, context, entries);
  g_option_context_set_description (context,
    _("The target opening ratio (aperture area / pad area) follows the datasheet: the paste "
      "height h = ratio × thickness is interpolated between the datasheet's thicknesses and "
      "held outside them; ratio = min (1, h / t).\n"
      "Exit status: 0 success, 1 error (unknown part, failed calculation), 2 bad command line."));
  return stencil_cli_parse_design_command (context, args, argv, "calc", NULL, error);
}

gboolean
stencil_cli_parse_design_command (GOptionContext      *context,
                                  StencilCliCalcArgs  *args,
                                  const char * const  *argv,
                                  const char          *command,
                                  char               **out_file,
                                  GError             **error)
{
  g_auto(GStrv) positionals = NULL;
  const char * const *rest;
  guint n;

  if (!stencil_cli_check_repeated ((const GOptionEntry *) args->entries->data, argv, error) ||
      !stencil_cli_parse_positionals (context, argv, &positionals, error))
    return FALSE;
  rest = (const char * const *) positionals;
  if (out_file != NULL)
    {
      if (rest[0] == NULL)
        return stencil_cli_usage_error (error, _("%s: which file? Give the design file to "
                                                 "write (.stencilcalc, or “-”)"), command);
      *out_file = g_strdup (rest[0]);
      rest++;
    }
  n = g_strv_length ((char **) rest);
  /* With a design, PART is the design's unless it is given. */
  if (n == 0 && args->design != NULL)
    return TRUE;
  if (n == 0)
    return stencil_cli_usage_error (error, _("%s: which part? Give a part number such as "
                                             "AXK7L40223G (“stencilcalc-cli parts” lists "
                                             "them)"), command);
  if (n > 1)
    {
      g_autofree char *arg = stencil_cli_quote_arg (rest[1]);
      return stencil_cli_usage_error (error, _("%s: unexpected argument “%s”"), command, arg);
    }
  /* A part number is looked up, printed and put in file names: text, not arbitrary bytes. */
  if (!stencil_cli_is_plain_text (rest[0]))
    {
      g_autofree char *arg = stencil_cli_quote_arg (rest[0]);
      return stencil_cli_usage_error (error, _("%s: “%s” is not a part number"), command, arg);
    }
  args->part = g_strdup (rest[0]);
  return TRUE;
}

/* --thickness: a number of µm, or a thickness with its unit (stencil-units.h). A value out of
 * range is printed back in µm when it is not what was typed, so that a misread separator
 * shows ("1.000" in de_DE is 1 µm). */
static gboolean
parse_thickness (const char  *text,
                 double      *out_um,
                 StencilUnit *out_unit,
                 GError     **error)
{
  const StencilLimit *limit = stencil_limit_get (STENCIL_LIMIT_THICKNESS);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *quoted = stencil_cli_quote_arg (text);
  g_autofree char *typed = g_strstrip (g_strdup (text));
  g_autofree char *shown = NULL;

  if (!stencil_parse_thickness (text, out_um, out_unit, &local_error))
    return stencil_cli_usage_error (error, "--thickness: %s", local_error->message);
  if (stencil_limit_contains (STENCIL_LIMIT_THICKNESS, *out_um))
    return TRUE;
  shown = g_strdup_printf ("%g", *out_um);
  if (g_str_equal (typed, shown))
    return stencil_cli_usage_error (error, _("--thickness: %s µm is out of range: %g to %g µm"),
                                    quoted, limit->min, limit->max);
  return stencil_cli_usage_error (error, _("--thickness: “%s” is %s µm, out of range: %g to "
                                           "%g µm"), quoted, shown, limit->min, limit->max);
}

StencilUnit
stencil_cli_thickness_unit (const StencilCliCalcArgs *args)
{
  StencilUnit unit = STENCIL_UNIT_UM;
  double um;

  if (args->thickness == NULL || !stencil_parse_thickness (args->thickness, &um, &unit, NULL))
    return STENCIL_UNIT_UM;
  return unit;
}

static gboolean
parse_corner_radius (const char *text,
                     double     *out,
                     GError    **error)
{
  const StencilLimit *limit = stencil_limit_get (STENCIL_LIMIT_CORNER_RADIUS);
  g_autofree char *radius = stencil_cli_quote_arg (text);

  if (!stencil_cli_parse_number (text, out))
    return stencil_cli_usage_error (error, _("--corner-radius: “%s” is not a number of mm"),
                                    radius);
  if (*out < limit->min)
    return stencil_cli_usage_error (error, _("--corner-radius: %s mm is negative"), radius);
  if (*out > limit->max)
    return stencil_cli_usage_error (error, _("--corner-radius: %s mm is too large: at most %g "
                                             "mm, and at most half the aperture's short side"),
                                    radius, limit->max);
  return TRUE;
}

static gboolean
parse_min_web (const char *text,
               double     *out,
               GError    **error)
{
  const StencilLimit *limit = stencil_limit_get (STENCIL_LIMIT_WEB);
  g_autofree char *web = stencil_cli_quote_arg (text);

  switch (stencil_cli_parse_limited (text, STENCIL_LIMIT_WEB, out))
    {
    case STENCIL_CLI_NUMBER_INVALID:
      return stencil_cli_usage_error (error, _("--min-web: “%s” is not a number of mm"), web);
    case STENCIL_CLI_NUMBER_OUT_OF_RANGE:
      return stencil_cli_usage_error (error, _("--min-web: %s mm is out of range: %g to %g mm"),
                                      web, limit->min, limit->max);
    case STENCIL_CLI_NUMBER_OK:
    default:
      return TRUE;
    }
}

gboolean
stencil_cli_calc_params (const StencilCliCalcArgs *args,
                         StencilCalcParams        *params,
                         GError                  **error)
{
  stencil_calc_params_init (params);
  if (args->thickness == NULL)
    return stencil_cli_usage_error (error, _("--thickness is required (the stencil foil "
                                             "thickness in µm)"));
  return stencil_cli_calc_apply (args, params, error);
}

gboolean
stencil_cli_calc_apply (const StencilCliCalcArgs *args,
                        StencilCalcParams        *params,
                        GError                  **error)
{
  const StencilLimit *grid_limit = stencil_limit_get (STENCIL_LIMIT_GRID);
  g_autofree char *strategy = stencil_cli_quote_arg (args->strategy);
  g_autofree char *grid = stencil_cli_quote_arg (args->grid);

  if (args->thickness != NULL &&
      !parse_thickness (args->thickness, &params->thickness_um, NULL, error))
    return FALSE;

  if (args->strategy != NULL &&
      !stencil_strategy_from_string (args->strategy, &params->strategy))
    return stencil_cli_usage_error (error, _("--strategy: unknown strategy “%s” (best-release, "
                                             "proportional, keep-width, keep-length)"),
                                    strategy);

  if (args->grid != NULL)
    switch (stencil_cli_parse_limited (args->grid, STENCIL_LIMIT_GRID, &params->grid_um))
      {
      case STENCIL_CLI_NUMBER_INVALID:
        return stencil_cli_usage_error (error, _("--grid: “%s” is not a number of µm"), grid);
      case STENCIL_CLI_NUMBER_OUT_OF_RANGE:
        return stencil_cli_usage_error (error, _("--grid: %s µm is out of range: %g to %g µm"),
                                        grid, grid_limit->min, grid_limit->max);
      case STENCIL_CLI_NUMBER_OK:
      default:
        break;
      }

  if (args->corner_radius != NULL &&
      !parse_corner_radius (args->corner_radius, &params->corner_radius_mm, error))
    return FALSE;
  return args->min_web == NULL || parse_min_web (args->min_web, &params->web_limit_mm, error);
}

StencilResult *
stencil_cli_calculate (const StencilCliCalcArgs *args,
                       GError                  **error)
{
  g_autoptr(StencilDocument) doc = stencil_cli_make_document (args, error);

  if (doc == NULL)
    return NULL;
  return stencil_document_calculate (doc, error);
}

int
stencil_cli_calc (const char * const *argv)
{
  g_auto(StencilCliCalcArgs) args = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilResult) result = NULL;

  if (!stencil_cli_calc_parse (&args, argv, &error))
    return stencil_cli_report (error);
  result = stencil_cli_calculate (&args, &error);
  if (result == NULL)
    return stencil_cli_report (error);

  if (args.json)
    {
      StencilJsonWriter *b = stencil_json_writer_new ();

      stencil_cli_add_result_json (b, result, args.land_pattern);
      stencil_cli_print_json (b);
    }
  else
    stencil_cli_print_result (result, args.land_pattern, args.pads,
                              stencil_cli_thickness_unit (&args));
  return EXIT_SUCCESS;
}
