/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The design the command line describes (a --design file changed by the options given) and
 * "stencilcalc-cli save-design FILE": that design written as a .stencilcalc file. */
#define G_LOG_DOMAIN "stencilcalc-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "stencil-cli-commands.h"
#include "stencil-cli.h"
#include "stencil-io.h"
#include "stencil-land-file.h"

/* A file given on the command line that cannot be used: an error (1), not a bad command line. */
static void
set_file_error (GError      **error,
                const GError *cause)
{
  g_set_error_literal (error, STENCIL_CLI_ERROR, STENCIL_CLI_ERROR_FAILED, cause->message);
}

/* PART on the command line instead of the design's: the design's own land pattern was for its
 * part, so it cannot follow; only --land-pattern can give the new part one. */
static gboolean
apply_part (const StencilCliCalcArgs *args,
            StencilCatalog           *catalog,
            StencilDocument          *doc,
            GError                  **error)
{
  g_autoptr(StencilPart) part = stencil_catalog_find_part (catalog, args->part, error);
  StencilPart *old = stencil_document_get_part (doc);

  if (part == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (part->part_number, old->part_number) == 0)
    return TRUE;
  if (stencil_document_has_user_land (doc) && args->land_pattern == NULL)
    {
      g_autofree char *design = g_filename_display_name (args->design);
      return stencil_cli_usage_error (error, _("%s holds your land pattern of %s, which is not "
                                               "for %s: give that part a land pattern with "
                                               "--land-pattern FILE, or leave PART out"),
                                      design, old->part_number, part->part_number);
    }
  return stencil_document_set_part (doc, part, error);
}

static gboolean
apply_land_pattern (const StencilCliCalcArgs *args,
                    StencilDocument          *doc,
                    GError                  **error)
{
  g_autoptr(StencilLandFile) file = NULL;
  g_autoptr(StencilPattern) checked = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display = NULL;

  file = stencil_land_file_load (args->land_pattern, &local_error);
  if (file != NULL)
    {
      display = g_filename_display_name (args->land_pattern);
      /* The part and the pads are checked as for any land-pattern file. */
      checked = stencil_land_file_make_pattern (file, stencil_document_get_part (doc), display,
                                                &local_error);
    }
  if (checked == NULL ||
      !stencil_document_set_land (doc, &file->spec, file->source, &local_error))
    {
      set_file_error (error, local_error);
      return FALSE;
    }
  return TRUE;
}

StencilDocument *
stencil_cli_make_document (const StencilCliCalcArgs *args,
                           GError                  **error)
{
  g_autoptr(StencilCatalog) catalog = NULL;
  g_autoptr(StencilDocument) doc = NULL;
  g_autoptr(GError) local_error = NULL;
  StencilCalcParams params;

  g_return_val_if_fail (args->part != NULL || args->design != NULL, NULL);

  /* The options first: a bad value is found before any file is read. */
  stencil_calc_params_init (&params);
  if (args->design == NULL && args->thickness == NULL)
    return stencil_cli_usage_error (error, _("--thickness is required (the stencil foil "
                                             "thickness in µm)")), NULL;
  if (!stencil_cli_calc_apply (args, &params, error))
    return NULL;

  catalog = stencil_cli_load_catalog (error);
  if (catalog == NULL)
    return NULL;
  if (args->design != NULL)
    {
      doc = stencil_document_load (catalog, args->design, &local_error);
      if (doc == NULL)
        return set_file_error (error, local_error), NULL;
      if (args->part != NULL && !apply_part (args, catalog, doc, error))
        return NULL;
      /* The design's values, then the options given on top of them. */
      params = *stencil_document_get_params (doc);
      if (!stencil_cli_calc_apply (args, &params, error))
        return NULL;
    }
  else
    {
      g_autoptr(StencilPart) part = stencil_catalog_find_part (catalog, args->part, error);

      if (part == NULL)
        return NULL;
      doc = stencil_document_new (part, error);
      if (doc == NULL)
        return NULL;
    }
  if (!stencil_document_set_params (doc, &params, error))
    return NULL;
  if (args->land_pattern != NULL && !apply_land_pattern (args, doc, error))
    return NULL;
  return g_steal_pointer (&doc);
}

void
stencil_cli_save_args_clear (StencilCliSaveArgs *args)
{
  stencil_cli_calc_args_clear (&args->calc);
  g_clear_pointer (&args->output, g_free);
}

gboolean
stencil_cli_save_parse (StencilCliSaveArgs  *args,
                        const char * const  *argv,
                        GError             **error)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("FILE [PART] — save a design (.stencilcalc) for the window, calc "
                            "--design and export --design"));

  stencil_cli_add_calc_entries (context, &args->calc);
  g_option_context_set_description (context,
    _("Writes the part, the thickness, the aperture strategy, the grid, the corner radius and "
      "your land pattern (--land-pattern FILE, when its values differ from the estimate) as a "
      "design file. With --design IN, the options change that design. FILE “-” is standard "
      "output.\n"
      "Exit status: 0 success, 1 error (unknown part, unusable file, cannot write), 2 bad "
      "command line."));
  return stencil_cli_parse_design_command (context, &args->calc, argv, "save-design",
                                           &args->output, error);
}

int
stencil_cli_save_design (const char * const *argv)
{
  g_auto(StencilCliSaveArgs) args = { { 0, }, };
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilDocument) doc = NULL;

  if (!stencil_cli_save_parse (&args, argv, &error) ||
      !stencil_check_output (args.output, &error))
    return stencil_cli_report (error);
  doc = stencil_cli_make_document (&args.calc, &error);
  /* The design is checked as the window would compute it: a corner radius too large for its
   * apertures is refused here, not when the file is next used. */
  if (doc != NULL)
    {
      g_autoptr(StencilResult) result = stencil_document_calculate (doc, &error);

      if (result == NULL)
        g_clear_pointer (&doc, stencil_document_free);
    }
  if (doc == NULL || !stencil_document_save (doc, args.output, &error))
    return stencil_cli_report (error);
  return EXIT_SUCCESS;
}
