/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "stencilcalc-cli parts": every part of every family, as a table or as JSON. */
#define G_LOG_DOMAIN "stencilcalc-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "stencil-cli-commands.h"
#include "stencil-cli-print.h"
#include "stencil-cli.h"
#include "stencil-names.h"

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
  return stencil_cli_check_repeated (entries, argv, error) &&
         stencil_cli_parse_command (context, argv, "parts", FALSE, NULL, error);
}

static void
print_parts_json (GPtrArray *parts)
{
  StencilJsonWriter *b = stencil_json_writer_new ();

  stencil_json_writer_begin_object (b);
  stencil_json_writer_set_member_name (b, "parts");
  stencil_json_writer_begin_array (b);
  for (guint i = 0; i < parts->len; i++)
    {
      stencil_json_writer_begin_object (b);
      stencil_cli_add_part_json (b, parts->pdata[i]);
      stencil_json_writer_end_object (b);
    }
  stencil_json_writer_end_array (b);
  stencil_json_writer_end_object (b);
  stencil_cli_print_json (b);
}

/* Columns of 16, 6, 7 and 8 (right-aligned) terminal columns, wider where a translated heading
 * needs it. */
static void
print_parts_table (GPtrArray *parts)
{
  const int widths[] = { 16, 6, 7, -8, 1 };
  const char *heading[] = { _("Part"), _("Series"), _("Kind"), _("Contacts"), _("Variant") };
  int fitted[G_N_ELEMENTS (widths)];

  G_STATIC_ASSERT (G_N_ELEMENTS (heading) == G_N_ELEMENTS (widths));
  stencil_cli_fit_widths (widths, heading, G_N_ELEMENTS (widths), fitted);
  for (guint i = 0; i <= parts->len; i++)
    {
      StencilPart *part = i > 0 ? parts->pdata[i - 1] : NULL;
      g_autofree char *contacts = part != NULL ? g_strdup_printf ("%u", part->contacts) : NULL;
      const char *row[] = {
        part != NULL ? part->part_number : heading[0],
        part != NULL ? stencil_family_get_series (part->family) : heading[1],
        part != NULL ? stencil_part_kind_noun (part->kind) : heading[2],
        part != NULL ? contacts : heading[3],
        part == NULL ? heading[4] : part->inspection ? _("inspection") : _("standard"),
      };
      g_autoptr(GString) line = g_string_new (NULL);

      for (guint k = 0; k + 1 < G_N_ELEMENTS (row); k++)
        {
          stencil_cli_pad (line, row[k], fitted[k]);
          g_string_append (line, k + 2 < G_N_ELEMENTS (row) ? " " : "  ");
        }
      g_string_append (line, row[G_N_ELEMENTS (row) - 1]);
      g_print ("%s\n", line->str);
    }
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
  print_parts_table (parts);
  return EXIT_SUCCESS;
}
