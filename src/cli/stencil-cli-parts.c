/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "stencilcalc-cli parts": every part of every family, as a table or as JSON. */
#define G_LOG_DOMAIN "stencilcalc-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "stencil-cli-commands.h"
#include "stencil-cli-print.h"
#include "stencil-cli.h"

gboolean
stencil_cli_parts_parse (StencilCliPartsArgs *args,
                         const char * const  *argv,
                         GError             **error)
{
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &args->json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— list every known part"));

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  return stencil_cli_parse_command (context, argv, "parts", FALSE, NULL, error);
}

static void
print_parts_json (GPtrArray *parts)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "parts");
  json_builder_begin_array (b);
  for (guint i = 0; i < parts->len; i++)
    {
      json_builder_begin_object (b);
      stencil_cli_add_part_json (b, parts->pdata[i]);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  stencil_cli_print_json (b);
}

int
stencil_cli_parts (const char * const *argv)
{
  StencilCliPartsArgs args = { FALSE, };
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilCatalog) catalog = NULL;
  g_autoptr(GPtrArray) parts = NULL;

  if (!stencil_cli_parts_parse (&args, argv, &error))
    return stencil_cli_report (error);
  catalog = stencil_cli_load_catalog (&error);
  if (catalog == NULL)
    return stencil_cli_report (error);
  parts = stencil_catalog_list_parts (catalog);

  if (args.json)
    {
      print_parts_json (parts);
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
