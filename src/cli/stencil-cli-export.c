/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "stencilcalc-cli export PART": the placement, drawing and file options, read into the
 * engine's export options and handed to the export module (stencil-export.h). */
#define G_LOG_DOMAIN "stencilcalc-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>

#include "stencil-cli-commands.h"
#include "stencil-cli.h"

/* The help of each file option, by format; the option's name is the format's. */
static const char * const file_help[] = {
  [STENCIL_EXPORT_GERBER] = N_("Write the paste layer as Gerber X2 (“-” for standard output)"),
  [STENCIL_EXPORT_PDF] = N_("Write the dimensioned drawing as PDF (“-” for standard output)"),
  [STENCIL_EXPORT_PNG] = N_("Write the dimensioned drawing as PNG"),
  [STENCIL_EXPORT_SVG] = N_("Write the dimensioned drawing as SVG"),
  [STENCIL_EXPORT_CSV] = N_("Write the aperture table (one row per pad) as CSV (“-” for standard "
                            "output)"),
  [STENCIL_EXPORT_KICAD] = N_("Write a KiCad footprint (.kicad_mod): the lands, and the computed "
                              "apertures as paste-only pads; the footprint is named after the "
                              "file (“-” for standard output)"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (file_help) == STENCIL_N_EXPORT_FORMATS);

void
stencil_cli_export_args_clear (StencilCliExportArgs *args)
{
  stencil_cli_calc_args_clear (&args->calc);
  for (guint i = 0; i < STENCIL_N_EXPORT_FORMATS; i++)
    g_clear_pointer (&args->paths[i], g_free);
  g_clear_pointer (&args->at, g_free);
  g_clear_pointer (&args->rotate, g_free);
  g_clear_pointer (&args->side, g_free);
  g_clear_pointer (&args->array, g_free);
  g_clear_pointer (&args->step, g_free);
  g_clear_pointer (&args->paper, g_free);
  g_clear_pointer (&args->dpi, g_free);
}

static GOptionEntry
file_entry (StencilCliExportArgs *args,
            StencilExportFormat   format)
{
  GOptionEntry entry = { stencil_export_format_to_string (format), 0, 0, G_OPTION_ARG_FILENAME,
                         &args->paths[format], file_help[format], N_("FILE") };
  return entry;
}

static void
add_export_entries (GOptionContext       *context,
                    StencilCliExportArgs *args)
{
  const StencilLimit *dpi = stencil_limit_get (STENCIL_LIMIT_DPI);
  const char *dpi_help =
    stencil_cli_keep_text (&args->calc.texts,
                           g_strdup_printf (_("PNG resolution in dots per inch, %g to %g "
                                              "(default %g)"),
                                            dpi->min, dpi->max, dpi->default_value));
  const GOptionEntry entries[] = {
    file_entry (args, STENCIL_EXPORT_GERBER),
    { "at", 0, 0, G_OPTION_ARG_STRING, &args->at,
      N_("Gerber: place the part's centre at X,Y mm (default 0,0)"), N_("X,Y") },
    { "rotate", 0, 0, G_OPTION_ARG_STRING, &args->rotate,
      N_("Gerber: rotate the part counter-clockwise by 0, 90, 180 or 270 degrees"), N_("DEG") },
    { "side", 0, 0, G_OPTION_ARG_STRING, &args->side,
      N_("Gerber: top (default) or bottom (mirrored in x as seen from the top, Paste,Bot)"),
      N_("SIDE") },
    { "array", 0, 0, G_OPTION_ARG_STRING, &args->array,
      N_("Gerber: repeat the part in COLS columns and ROWS rows (panels, test coupons)"),
      N_("COLSxROWS") },
    { "step", 0, 0, G_OPTION_ARG_STRING, &args->step,
      N_("Gerber: distance between array copies in mm"), N_("DX,DY") },
    file_entry (args, STENCIL_EXPORT_PDF),
    file_entry (args, STENCIL_EXPORT_PNG),
    file_entry (args, STENCIL_EXPORT_SVG),
    file_entry (args, STENCIL_EXPORT_CSV),
    file_entry (args, STENCIL_EXPORT_KICAD),
    { "paper", 0, 0, G_OPTION_ARG_STRING, &args->paper,
      N_("Drawing paper size: a4 (default) or letter"), N_("PAPER") },
    { "landscape", 0, 0, G_OPTION_ARG_NONE, &args->landscape, N_("Drawing in landscape"), NULL },
    { "dpi", 0, 0, G_OPTION_ARG_STRING, &args->dpi, dpi_help, N_("N") },
    { "with-mate", 0, 0, G_OPTION_ARG_NONE, &args->with_mate,
      N_("Drawing: add the mating part (socket ↔ header of the same size)"), NULL },
    { "with-sweep", 0, 0, G_OPTION_ARG_NONE, &args->with_sweep,
      N_("Drawing: add a sheet with the thickness sweep (80 to 200 µm) after each part's sheet"),
      NULL },
    { NULL }
  };

  stencil_cli_add_entries (&args->calc, context, entries);
}

gboolean
stencil_cli_export_parse (StencilCliExportArgs *args,
                          const char * const   *argv,
                          GError              **error)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("PART — export the paste layer (Gerber X2) and drawings"));

  stencil_cli_add_calc_entries (context, &args->calc);
  add_export_entries (context, args);
  g_option_context_set_description (context,
    _("Files are written whole or not at all: a temporary file beside the target is renamed "
      "over it, so an error leaves an existing file untouched. SOURCE_DATE_EPOCH, when set, "
      "is the creation date written into the files.\n"
      "Exit status: 0 success, 1 error (unknown part, cannot write), 2 bad command line."));
  return stencil_cli_parse_design_command (context, &args->calc, argv, "export", NULL, error);
}

/* Where and how the paste layer goes: --at, --rotate, --side, --array, --step. */
static gboolean
parse_placement (const StencilCliExportArgs *args,
                 StencilGerberOptions       *g,
                 GError                    **error)
{
  g_autofree char *at = stencil_cli_quote_arg (args->at);
  g_autofree char *rotate = stencil_cli_quote_arg (args->rotate);
  g_autofree char *side = stencil_cli_quote_arg (args->side);
  g_autofree char *array = stencil_cli_quote_arg (args->array);
  g_autofree char *step = stencil_cli_quote_arg (args->step);

  if (args->at != NULL && !stencil_cli_parse_pair (args->at, ',', &g->at_x_mm, &g->at_y_mm))
    return stencil_cli_usage_error (error, _("--at: “%s” is not X,Y in mm (e.g. --at 25.4,10)"),
                                    at);
  if (args->rotate != NULL)
    {
      double deg;
      if (!stencil_cli_parse_number (args->rotate, &deg) ||
          (deg != 0 && deg != 90 && deg != 180 && deg != 270))
        return stencil_cli_usage_error (error, _("--rotate: “%s” is not 0, 90, 180 or 270"),
                                        rotate);
      g->rotation_deg = (int) deg;
    }
  if (args->side != NULL && !stencil_side_from_string (args->side, &g->side))
    return stencil_cli_usage_error (error, _("--side: “%s” is not top or bottom"), side);
  if (args->array != NULL)
    {
      double cols, rows;
      if (!stencil_cli_parse_pair (args->array, 'x', &cols, &rows) ||
          !stencil_limit_contains (STENCIL_LIMIT_ARRAY_COUNT, cols) ||
          !stencil_limit_contains (STENCIL_LIMIT_ARRAY_COUNT, rows))
        return stencil_cli_usage_error (error, _("--array: “%s” is not COLSxROWS with 1 to %d "
                                                 "each (e.g. --array 4x2)"),
                                        array, STENCIL_ARRAY_MAX);
      g->cols = (guint) cols;
      g->rows = (guint) rows;
      if (args->step == NULL && (g->cols > 1 || g->rows > 1))
        return stencil_cli_usage_error (error, _("--array needs --step DX,DY (the distance "
                                                 "between copies in mm)"));
    }
  if (args->step != NULL &&
      !stencil_cli_parse_pair (args->step, ',', &g->step_x_mm, &g->step_y_mm))
    return stencil_cli_usage_error (error, _("--step: “%s” is not DX,DY in mm (e.g. --step "
                                             "30,12)"), step);
  return TRUE;
}

/* The drawing's sheet: --paper, --landscape, --dpi. */
static gboolean
parse_sheet (const StencilCliExportArgs *args,
             StencilDrawingOptions      *d,
             GError                    **error)
{
  if (args->paper != NULL && !stencil_paper_from_string (args->paper, &d->paper))
    {
      g_autofree char *paper = stencil_cli_quote_arg (args->paper);
      return stencil_cli_usage_error (error, _("--paper: “%s” is not a4 or letter"), paper);
    }
  d->landscape = args->landscape;
  d->with_sweep = args->with_sweep;
  if (args->dpi != NULL && !stencil_cli_parse_number (args->dpi, &d->dpi))
    {
      g_autofree char *dpi = stencil_cli_quote_arg (args->dpi);
      return stencil_cli_usage_error (error, _("--dpi: “%s” is not a number"), dpi);
    }
  return TRUE;
}

gboolean
stencil_cli_export_options (const StencilCliExportArgs *args,
                            StencilExportOptions       *options,
                            GError                    **error)
{
  stencil_export_options_init (options);
  options->with_mate = args->with_mate;
  return parse_placement (args, &options->gerber, error) &&
         parse_sheet (args, &options->drawing, error);
}

guint
stencil_cli_export_outputs (const StencilCliExportArgs *args,
                            StencilExportOutput         outputs[STENCIL_N_EXPORT_FORMATS])
{
  guint n = 0;

  for (guint i = 0; i < STENCIL_N_EXPORT_FORMATS; i++)
    if (args->paths[i] != NULL)
      {
        outputs[n].format = (StencilExportFormat) i;
        outputs[n].path = args->paths[i];
        n++;
      }
  return n;
}

/* An option the outputs asked for would not use is a mistake: say so rather than ignore it. */
static gboolean
check_options_used (const StencilCliExportArgs *args,
                    GError                    **error)
{
  const struct { const char *value; const char *name; } placement[] = {
    { args->at, "at" }, { args->rotate, "rotate" }, { args->side, "side" },
    { args->array, "array" }, { args->step, "step" },
  };
  const struct { gboolean given; const char *name; } sheet[] = {
    { args->paper != NULL, "paper" }, { args->landscape, "landscape" },
    { args->with_mate, "with-mate" }, { args->with_sweep, "with-sweep" },
  };
  gboolean drawing = args->paths[STENCIL_EXPORT_PDF] != NULL ||
                     args->paths[STENCIL_EXPORT_PNG] != NULL ||
                     args->paths[STENCIL_EXPORT_SVG] != NULL;

  for (guint i = 0; i < G_N_ELEMENTS (placement); i++)
    if (placement[i].value != NULL && args->paths[STENCIL_EXPORT_GERBER] == NULL)
      return stencil_cli_usage_error (error, _("--%s has no effect without --gerber: it places "
                                               "the paste layer"), placement[i].name);
  if (args->step != NULL && args->array == NULL)
    return stencil_cli_usage_error (error, _("--step has no effect without --array COLSxROWS: "
                                             "it is the distance between the copies"));
  for (guint i = 0; i < G_N_ELEMENTS (sheet); i++)
    if (sheet[i].given && !drawing)
      return stencil_cli_usage_error (error, _("--%s has no effect without --pdf, --png or "
                                               "--svg: it is for the drawing"), sheet[i].name);
  if (args->dpi != NULL && args->paths[STENCIL_EXPORT_PNG] == NULL)
    return stencil_cli_usage_error (error, _("--dpi has no effect without --png: it is the PNG "
                                             "drawing's resolution"));
  return TRUE;
}

/* Whether two paths are one destination. Files are written to a temporary name and renamed,
 * so the destination is a name in a folder: the same name in the same folder, whichever way
 * the folder is reached (".", a link to it). */
static gboolean
same_destination (const char *a,
                  const char *b)
{
  g_autofree char *abs_a = g_canonicalize_filename (a, NULL);
  g_autofree char *abs_b = g_canonicalize_filename (b, NULL);
  g_autofree char *name_a = g_path_get_basename (abs_a);
  g_autofree char *name_b = g_path_get_basename (abs_b);
  g_autofree char *dir_a = g_path_get_dirname (abs_a);
  g_autofree char *dir_b = g_path_get_dirname (abs_b);
  GStatBuf sa, sb;

  if (strcmp (abs_a, abs_b) == 0)
    return TRUE;
  return strcmp (name_a, name_b) == 0 && g_stat (dir_a, &sa) == 0 && g_stat (dir_b, &sb) == 0 &&
         sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/* Each output its own destination: two files joined on standard output, or one file written
 * over by another, are refused before anything is written. */
static gboolean
check_destinations (const StencilExportOutput *outputs,
                    guint                      n_outputs,
                    GError                   **error)
{
  for (guint i = 0; i < n_outputs; i++)
    for (guint j = i + 1; j < n_outputs; j++)
      {
        const char *a = stencil_export_format_to_string (outputs[i].format);
        const char *b = stencil_export_format_to_string (outputs[j].format);
        gboolean stdout_a = strcmp (outputs[i].path, "-") == 0;
        gboolean stdout_b = strcmp (outputs[j].path, "-") == 0;

        if (stdout_a && stdout_b)
          return stencil_cli_usage_error (error, _("--%s and --%s both write to standard output "
                                                   "(“-”): only one output can go there"),
                                          a, b);
        if (!stdout_a && !stdout_b && same_destination (outputs[i].path, outputs[j].path))
          {
            g_autofree char *path = stencil_cli_quote_arg (outputs[j].path);
            return stencil_cli_usage_error (error, _("--%s and --%s both write to “%s”: give "
                                                     "each output its own file"), a, b, path);
          }
      }
  return TRUE;
}

int
stencil_cli_export (const char * const *argv)
{
  g_auto(StencilCliExportArgs) args = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilResult) result = NULL;
  StencilExportOptions options;
  StencilExportOutput outputs[STENCIL_N_EXPORT_FORMATS];
  guint n_outputs;

  if (!stencil_cli_export_parse (&args, argv, &error))
    return stencil_cli_report (error);
  n_outputs = stencil_cli_export_outputs (&args, outputs);
  if (n_outputs == 0)
    {
      stencil_cli_usage_error (&error, _("export: nothing to write; give --gerber, --pdf, "
                                         "--png, --svg, --csv or --kicad"));
      return stencil_cli_report (error);
    }
  /* Bad options and a folder that does not exist are found before anything is computed. */
  if (!check_options_used (&args, &error) ||
      !check_destinations (outputs, n_outputs, &error) ||
      !stencil_cli_export_options (&args, &options, &error) ||
      !stencil_export_check (&options, outputs, n_outputs, &error))
    return stencil_cli_report (error);

  result = stencil_cli_calculate (&args.calc, &error);
  if (result == NULL ||
      !stencil_export_write_all (result, &options, outputs, n_outputs, &error))
    return stencil_cli_report (error);
  return EXIT_SUCCESS;
}
