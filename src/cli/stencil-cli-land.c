/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "stencilcalc-cli land-pattern PART": the land pattern the program uses for a part, written
 * as a JSON file for the user to replace by the manufacturer's values. */
#define G_LOG_DOMAIN "stencilcalc-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "stencil-cli-commands.h"
#include "stencil-cli.h"
#include "stencil-io.h"
#include "stencil-land-file.h"

void
stencil_cli_land_args_clear (StencilCliLandArgs *args)
{
  g_clear_pointer (&args->part, g_free);
  g_clear_pointer (&args->output, g_free);
}

gboolean
stencil_cli_land_parse (StencilCliLandArgs  *args,
                        const char * const  *argv,
                        GError             **error)
{
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &args->output,
      N_("Write the file here (default “-”, standard output)"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("PART — write the part's land pattern as a file to edit"));

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
    _("Writes the land pattern the program uses for PART (the provisional project estimate) "
      "as JSON. Replace every value by the manufacturer's current drawing, say which drawing "
      "in \"source\", and give the file to “calc” or “export” with --land-pattern FILE, or "
      "import it in the window.\n"
      "Exit status: 0 success, 1 error (unknown part, cannot write), 2 bad command line."));
  if (!stencil_cli_check_repeated (entries, argv, error) ||
      !stencil_cli_parse_command (context, argv, "land-pattern", TRUE, &args->part, error))
    return FALSE;
  if (args->output == NULL)
    args->output = g_strdup ("-");
  return TRUE;
}

int
stencil_cli_land_pattern (const char * const *argv)
{
  g_auto(StencilCliLandArgs) args = { NULL, };
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilCatalog) catalog = NULL;
  g_autoptr(StencilPart) part = NULL;
  g_autoptr(StencilPattern) pattern = NULL;

  if (!stencil_cli_land_parse (&args, argv, &error) ||
      !stencil_check_output (args.output, &error))
    return stencil_cli_report (error);

  catalog = stencil_cli_load_catalog (&error);
  if (catalog == NULL)
    return stencil_cli_report (error);
  part = stencil_catalog_find_part (catalog, args.part, &error);
  if (part == NULL)
    return stencil_cli_report (error);
  pattern = stencil_pattern_new (part, NULL, &error);
  if (pattern == NULL || !stencil_land_file_save (pattern, args.output, &error))
    return stencil_cli_report (error);
  return EXIT_SUCCESS;
}
