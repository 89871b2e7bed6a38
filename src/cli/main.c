/* SPDX-License-Identifier: GPL-3.0-or-later */
/* stencilcalc-cli: sets up the locale and hands the command line to one command
 * (stencil-cli-commands.h); the commands do the rest. */
#define G_LOG_DOMAIN "stencilcalc-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "stencil-cli-commands.h"
#include "stencil-cli.h"

static const struct
{
  const char        *name;
  StencilCliCommand  run;
} commands[] = {
  { "parts", stencil_cli_parts },
  { "calc", stencil_cli_calc },
  { "export", stencil_cli_export },
  { "sweep", stencil_cli_sweep },
  { "land-pattern", stencil_cli_land_pattern },
  { "save-design", stencil_cli_save_design },
};

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
  /* Kept apart from the text above, so that its translations stay whole. */
  fprintf (stream, "%s",
    _("\n"
      "The thickness sweep, KiCad footprints and the web a laser can cut:\n"
      "  stencilcalc-cli sweep PART [--from UM --to UM --step UM] [calc options]\n"
      "                       [--json|--csv]\n"
      "           the ratios of one part over a range of stencil thicknesses\n"
      "  export --kicad FILE.kicad_mod   a KiCad footprint: the lands, and the apertures\n"
      "           as paste-only pads\n"
      "  export --with-sweep   a thickness-sweep sheet after each part's drawing sheet\n"
      "  calc, export, sweep --min-web MM   the narrowest web between apertures the\n"
      "           stencil maker can cut (default 0.1 mm)\n"));
  /* Its own message too, for the same reason. */
  fprintf (stream, "%s",
    _("\n"
      "Design files (.stencilcalc, as the window saves them):\n"
      "  stencilcalc-cli save-design FILE PART --thickness UM [calc options]\n"
      "  stencilcalc-cli calc --design FILE [PART] [calc options]\n"
      "  stencilcalc-cli export --design FILE [PART] [calc options] [export options]\n"
      "PART and the options given win over the file's values.\n"));
}

int
main (int    argc,
      char **argv)
{
  const char *command;
  /* Tests run from the build tree point this at its po/ output. */
  const char *localedir = g_getenv ("STENCILCALC_LOCALEDIR");
  g_autoptr(GError) error = NULL;
  g_autofree char *arg = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    {
      print_help (stderr);
      return STENCIL_CLI_EXIT_USAGE;
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

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (command, commands[i].name) == 0)
      {
        /* The command parses the rest, with itself as the program name. */
        g_autofree char *name = g_strdup_printf ("stencilcalc-cli %s", command);

        argv[1] = name;
        return commands[i].run ((const char * const *) argv + 1);
      }

  arg = stencil_cli_quote_arg (command);
  stencil_cli_usage_error (&error, _("unknown command “%s” (parts, calc, export, sweep, "
                                     "land-pattern, save-design; see --help)"), arg);
  return stencil_cli_report (error);
}
