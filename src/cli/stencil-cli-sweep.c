/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "stencilcalc-cli sweep PART": the part's ratios per pad class over a range of foil
 * thicknesses (stencil-sweep.h), as a table for people, JSON or CSV. */
#define G_LOG_DOMAIN "stencilcalc-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "stencil-cli-commands.h"
#include "stencil-cli-print.h"
#include "stencil-cli.h"
#include "stencil-names.h"

void
stencil_cli_sweep_args_clear (StencilCliSweepArgs *args)
{
  stencil_cli_calc_args_clear (&args->calc);
  g_clear_pointer (&args->from, g_free);
  g_clear_pointer (&args->to, g_free);
  g_clear_pointer (&args->step, g_free);
}

gboolean
stencil_cli_sweep_parse (StencilCliSweepArgs *args,
                         const char * const  *argv,
                         GError             **error)
{
  g_autofree char *from_help = g_strdup_printf (_("Thinnest foil of the sweep in µm (default "
                                                  "%g)"), STENCIL_SWEEP_FROM_UM);
  g_autofree char *to_help = g_strdup_printf (_("Thickest foil of the sweep in µm (default %g)"),
                                              STENCIL_SWEEP_TO_UM);
  g_autofree char *step_help = g_strdup_printf (_("Step between the foils in µm (default %g)"),
                                                STENCIL_SWEEP_STEP_UM);
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &args->from, from_help, N_("UM") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &args->to, to_help, N_("UM") },
    { "step", 0, 0, G_OPTION_ARG_STRING, &args->step, step_help, N_("UM") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &args->calc.json,
      N_("Print JSON (ratios as fractions, lengths in mm)"), NULL },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &args->csv,
      N_("Print CSV: one row per thickness and pad class"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("PART — the part's ratios over a range of stencil thicknesses"));

  stencil_cli_add_calc_entries (context, &args->calc);
  stencil_cli_add_entries (&args->calc, context, entries);
  g_option_context_set_description (context,
    _("For each thickness and pad class: the target and achieved opening ratio, the IPC-7525 "
      "area ratio and aspect ratio and the verdict, the same numbers “calc” gives at that "
      "thickness; then the datasheet's points and the maximum recommended thickness with the "
      "rule that limits it. --thickness is the chosen foil (default 127 µm).\n"
      "Exit status: 0 success, 1 error (unknown part, failed calculation), 2 bad command line."));
  if (!stencil_cli_parse_design_command (context, &args->calc, argv, "sweep", NULL, error))
    return FALSE;
  if (args->calc.json && args->csv)
    return stencil_cli_usage_error (error, _("sweep: give --json or --csv, not both"));
  /* A design brings its own thickness. */
  if (args->calc.thickness == NULL && args->calc.design == NULL)
    args->calc.thickness = stencil_format_number (STENCIL_THICKNESS_DEFAULT_UM, 3);
  return TRUE;
}

static gboolean
parse_um (const char *option,
          const char *text,
          double     *out,
          GError    **error)
{
  g_autofree char *quoted = NULL;

  if (text == NULL || stencil_cli_parse_number (text, out))
    return TRUE;
  quoted = stencil_cli_quote_arg (text);
  return stencil_cli_usage_error (error, _("%s: “%s” is not a number of µm"), option, quoted);
}

gboolean
stencil_cli_sweep_range (const StencilCliSweepArgs *args,
                         StencilSweepRange         *range,
                         GError                   **error)
{
  stencil_sweep_range_init (range);
  if (!parse_um ("--from", args->from, &range->from_um, error) ||
      !parse_um ("--to", args->to, &range->to_um, error) ||
      !parse_um ("--step", args->step, &range->step_um, error))
    return FALSE;
  return stencil_sweep_range_validate (range, error);
}

static void
print_heading (StencilSweep *sweep)
{
  StencilPattern *pattern = sweep->pattern;
  StencilPart *part = pattern->part;

  g_print ("%s  %s %s %s, %u %s%s\n", part->part_number,
           stencil_family_get_maker (part->family), stencil_family_get_series (part->family),
           stencil_part_kind_noun (part->kind), part->contacts, _("contacts"),
           part->inspection ? _(" (inspection variant)") : "");
  g_print (_("Thickness sweep from %g to %g µm in steps of %g µm; strategy %s, grid %g µm, "
             "corner radius %g mm, minimum web %g mm\n"),
           sweep->range.from_um,
           stencil_sweep_get_point (sweep, stencil_sweep_get_n_points (sweep) - 1)->thickness_um,
           sweep->range.step_um, stencil_strategy_to_string (sweep->params.strategy),
           sweep->params.grid_um, sweep->params.corner_radius_mm, sweep->params.web_limit_mm);
  if (pattern->provisional)
    g_print ("%s\n", stencil_provisional_notice ());
  else if (stencil_pattern_is_user (pattern))
    {
      g_autofree char *land = stencil_pattern_describe_land (pattern, TRUE, 0);
      g_print (_("Land pattern: %s\n"), land);
    }
  g_print ("\n");
}

static void
print_points (StencilSweep *sweep)
{
  static const int widths[] = { -9, 10, -7, -7, -6, -6, 11, 1 };
  const char *heading[] = { _("Thickness"), _("Class"), _("Target"), _("Opening"), _("Area"),
                            _("Aspect"), _("Status"), _("Ratio from") };

  stencil_cli_print_row (widths, heading, G_N_ELEMENTS (heading));
  for (guint i = 0; i < stencil_sweep_get_n_points (sweep); i++)
    {
      const StencilSweepPoint *point = stencil_sweep_get_point (sweep, i);
      g_autofree char *thickness = g_strdup_printf (_("%g µm"), point->thickness_um);

      for (guint c = 0; c < sweep->n_classes; c++)
        {
          const StencilSweepValue *v = &point->classes[c];
          g_autofree char *target = g_strdup_printf ("%.1f%%", 100 * v->target_ratio);
          g_autofree char *opening = g_strdup_printf ("%.1f%%", 100 * v->opening_ratio);
          g_autofree char *area = g_strdup_printf ("%.3f", v->area_ratio);
          g_autofree char *aspect = g_strdup_printf ("%.2f", v->aspect_ratio);
          const char *row[] = { c == 0 ? thickness : "",
                                stencil_pad_class_short_label (sweep->classes[c]), target,
                                opening, area, aspect, stencil_status_short_label (v->status),
                                stencil_regime_short_label (v->regime) };

          if (!v->valid)
            {
              const char *none[] = { row[0], row[1],
                                     _("no aperture: the corner radius does not fit") };
              static const int none_widths[] = { -9, 10, 1 };

              stencil_cli_print_row (none_widths, none, G_N_ELEMENTS (none));
              continue;
            }
          stencil_cli_print_row (widths, row, G_N_ELEMENTS (row));
        }
    }
}

static void
print_summary (StencilSweep *sweep)
{
  GString *points = g_string_new (NULL);

  for (guint c = 0; c < sweep->n_classes; c++)
    {
      g_string_append_printf (points, "%s%s", c > 0 ? "; " : "",
                              stencil_pad_class_short_label (sweep->classes[c]));
      for (guint k = 0; k < sweep->n_datasheet[c]; k++)
        /* TRANSLATORS: a datasheet point: the opening ratio at a thickness, "66.0% at 120 µm". */
        g_string_append_printf (points, _("%s %.1f%% at %g µm"), k > 0 ? "," : "",
                                100 * sweep->datasheet[c][k].ratio,
                                sweep->datasheet[c][k].thickness_um);
    }
  g_print ("\n");
  g_print (_("Datasheet opening ratios: %s\n"), points->str);
  g_string_free (points, TRUE);
  if (sweep->max_thickness_um > 0)
    g_print (_("Maximum recommended thickness: %g µm (limited by the %s)\n"),
             sweep->max_thickness_um, stencil_thickness_limit_label (sweep->max_thickness_limit));
  else
    g_print (_("Maximum recommended thickness: none from %d to %d µm (limited by the %s)\n"),
             STENCIL_MAX_THICKNESS_SCAN_LO_UM, STENCIL_MAX_THICKNESS_SCAN_HI_UM,
             stencil_thickness_limit_label (sweep->max_thickness_limit));
}

static void
write_stdout (GBytes *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  /* JSON and CSV are UTF-8 whatever the locale: no charset conversion as g_print would do. */
  fwrite (data, 1, length, stdout);
  fflush (stdout);
}

int
stencil_cli_sweep (const char * const *argv)
{
  g_auto(StencilCliSweepArgs) args = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilResult) result = NULL;
  g_autoptr(StencilSweep) sweep = NULL;
  StencilSweepRange range;

  if (!stencil_cli_sweep_parse (&args, argv, &error) ||
      !stencil_cli_sweep_range (&args, &range, &error))
    return stencil_cli_report (error);
  /* The chosen foil's result gives the part, its land pattern and the parameters. */
  result = stencil_cli_calculate (&args.calc, &error);
  if (result == NULL)
    return stencil_cli_report (error);
  sweep = stencil_sweep_new (result->pattern, &result->params, &range, &error);
  if (sweep == NULL)
    return stencil_cli_report (error);

  if (args.calc.json)
    {
      g_autoptr(GBytes) json = stencil_sweep_generate_json (sweep);

      write_stdout (json);
      fputc ('\n', stdout);
      fflush (stdout);
    }
  else if (args.csv)
    {
      g_autoptr(GBytes) csv = stencil_sweep_generate_csv (sweep);

      write_stdout (csv);
    }
  else
    {
      print_heading (sweep);
      print_points (sweep);
      print_summary (sweep);
    }
  return EXIT_SUCCESS;
}
