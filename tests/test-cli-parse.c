/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The CLI's parsing, called directly: numbers, arguments, each command's options into the
 * engine's parameters and export options, the messages and exit statuses of bad input. */
#include "config.h"

#include <math.h>

#include "stencil-cli-commands.h"
#include "stencil-cli-print.h"
#include "stencil-cli.h"

#define ARGV(...) ((const char * const []) { __VA_ARGS__, NULL })

/* A bad command line: a usage error (exit status 2) whose message says expected. */
static void
assert_usage_error (const GError *error,
                    const char   *expected)
{
  g_assert_error (error, STENCIL_CLI_ERROR, STENCIL_CLI_ERROR_USAGE);
  g_assert_cmpint (stencil_cli_exit_status (error), ==, 2);
  if (strstr (error->message, expected) == NULL)
    g_error ("expected “%s” in “%s”", expected, error->message);
}

static void
test_number (void)
{
  static const struct { const char *text; double value; } good[] = {
    { "120", 120 }, { " 1e2 ", 100 }, { "-0.5", -0.5 }, { "+3", 3 }, { "127.5", 127.5 },
  };
  static const char * const bad[] = {
    "", " ", "0x10", "inf", "nan", "12x", "1,5", "1e999", "--1", "1 2", "١٢٠",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      double value = 0;
      g_assert_true (stencil_cli_parse_number (good[i].text, &value));
      g_assert_cmpfloat (value, ==, good[i].value);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      double value = 42;
      if (stencil_cli_parse_number (bad[i], &value))
        g_error ("“%s” was taken as %g", bad[i], value);
      g_assert_cmpfloat (value, ==, 42);
    }
  g_assert_false (stencil_cli_parse_number (NULL, NULL));
}

static void
test_pair (void)
{
  double a = 0, b = 0;

  g_assert_true (stencil_cli_parse_pair ("25.4,10", ',', &a, &b));
  g_assert_cmpfloat (a, ==, 25.4);
  g_assert_cmpfloat (b, ==, 10);
  g_assert_true (stencil_cli_parse_pair ("4x2", 'x', &a, &b));
  g_assert_cmpfloat (a, ==, 4);
  g_assert_cmpfloat (b, ==, 2);
  g_assert_true (stencil_cli_parse_pair ("-5,-3", ',', &a, &b));
  g_assert_cmpfloat (a, ==, -5);
  g_assert_false (stencil_cli_parse_pair ("1,2,3", ',', &a, &b));
  g_assert_false (stencil_cli_parse_pair (",1", ',', &a, &b));
  g_assert_false (stencil_cli_parse_pair ("4x2", ',', &a, &b));
  g_assert_false (stencil_cli_parse_pair (NULL, ',', &a, &b));
}

/* The ranges are the engine's: the same edges as stencil-limits.h. */
static void
test_limited (void)
{
  const StencilLimit *thickness = stencil_limit_get (STENCIL_LIMIT_THICKNESS);
  g_autofree char *min = g_strdup_printf ("%g", thickness->min);
  g_autofree char *below = g_strdup_printf ("%g", thickness->min - 0.01);
  g_autofree char *max = g_strdup_printf ("%g", thickness->max);
  g_autofree char *above = g_strdup_printf ("%g", thickness->max + 0.5);
  double value = 0;

  g_assert_cmpint (stencil_cli_parse_limited (min, STENCIL_LIMIT_THICKNESS, &value), ==,
                   STENCIL_CLI_NUMBER_OK);
  g_assert_cmpfloat (value, ==, thickness->min);
  g_assert_cmpint (stencil_cli_parse_limited (max, STENCIL_LIMIT_THICKNESS, &value), ==,
                   STENCIL_CLI_NUMBER_OK);
  g_assert_cmpint (stencil_cli_parse_limited (below, STENCIL_LIMIT_THICKNESS, &value), ==,
                   STENCIL_CLI_NUMBER_OUT_OF_RANGE);
  g_assert_cmpint (stencil_cli_parse_limited (above, STENCIL_LIMIT_THICKNESS, &value), ==,
                   STENCIL_CLI_NUMBER_OUT_OF_RANGE);
  g_assert_cmpint (stencil_cli_parse_limited ("thick", STENCIL_LIMIT_THICKNESS, &value), ==,
                   STENCIL_CLI_NUMBER_INVALID);
  g_assert_cmpint (stencil_cli_parse_limited ("1.5", STENCIL_LIMIT_ARRAY_COUNT, &value), ==,
                   STENCIL_CLI_NUMBER_OUT_OF_RANGE);
}

static void
test_quote (void)
{
  g_autofree char *control = stencil_cli_quote_arg ("a\tb\nc\033[31m");
  g_autofree char *invalid = stencil_cli_quote_arg ("ab\xff" "cd");
  g_autofree char *long_arg = stencil_cli_quote_arg ("µµµµµµµµµµµµµµµµµµµµµµ"
                                                     "µµµµµµµµµµµµµµµµµµµµµµ");
  g_autofree char *null = stencil_cli_quote_arg (NULL);

  g_assert_cmpstr (control, ==, "a?b?c?[31m");
  g_assert_true (g_utf8_validate (invalid, -1, NULL));
  g_assert_true (g_str_has_prefix (invalid, "ab"));
  g_assert_true (g_str_has_suffix (invalid, "cd"));
  g_assert_cmpint (g_utf8_strlen (long_arg, -1), ==, 41);
  g_assert_true (g_str_has_suffix (long_arg, "µ…"));
  g_assert_cmpstr (null, ==, "");
}

static void
test_exit_status (void)
{
  g_autoptr(GError) usage = g_error_new_literal (STENCIL_CLI_ERROR, STENCIL_CLI_ERROR_USAGE, "u");
  g_autoptr(GError) failed = g_error_new_literal (STENCIL_CLI_ERROR, STENCIL_CLI_ERROR_FAILED,
                                                  "f");
  g_autoptr(GError) option = g_error_new_literal (G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "o");
  g_autoptr(GError) invalid = g_error_new_literal (STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                                                   "i");
  g_autoptr(GError) not_found = g_error_new_literal (STENCIL_ERROR, STENCIL_ERROR_NOT_FOUND, "n");
  g_autoptr(GError) io = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "io");

  g_assert_cmpint (stencil_cli_exit_status (usage), ==, 2);
  g_assert_cmpint (stencil_cli_exit_status (option), ==, 2);
  g_assert_cmpint (stencil_cli_exit_status (invalid), ==, 2);
  g_assert_cmpint (stencil_cli_exit_status (failed), ==, 1);
  g_assert_cmpint (stencil_cli_exit_status (not_found), ==, 1);
  g_assert_cmpint (stencil_cli_exit_status (io), ==, 1);
}

static void
test_arguments (void)
{
  g_autoptr(GError) error = NULL;
  const char *part = NULL;

  g_assert_true (stencil_cli_check_arguments (ARGV ("x", "AXK7L40223G"), "calc", TRUE, &part,
                                              &error));
  g_assert_no_error (error);
  g_assert_cmpstr (part, ==, "AXK7L40223G");
  g_assert_true (stencil_cli_check_arguments (ARGV ("x"), "parts", FALSE, NULL, &error));

  g_assert_false (stencil_cli_check_arguments (ARGV ("x"), "calc", TRUE, &part, &error));
  assert_usage_error (error, "calc: which part?");
  g_clear_error (&error);
  g_assert_false (stencil_cli_check_arguments (ARGV ("x", "A", "B\n"), "export", TRUE, &part,
                                               &error));
  g_assert_cmpstr (error->message, ==, "export: unexpected argument “B?”");
  g_clear_error (&error);
  g_assert_false (stencil_cli_check_arguments (ARGV ("x", "A"), "parts", FALSE, NULL, &error));
  g_assert_cmpstr (error->message, ==, "parts: unexpected argument “A”");
}

static void
test_calc (void)
{
  g_auto(StencilCliCalcArgs) args = { 0, };
  g_autoptr(GError) error = NULL;
  StencilCalcParams params;

  g_assert_true (stencil_cli_calc_parse (&args, ARGV ("stencilcalc-cli calc", "axk7l40223g",
                                                      "-t", "127.5", "--strategy", "keep-width",
                                                      "--grid=2", "-r", "0.05",
                                                      "--land-pattern", "mine.json", "--json",
                                                      "--pads"), &error));
  g_assert_no_error (error);
  g_assert_cmpstr (args.part, ==, "axk7l40223g");
  g_assert_cmpstr (args.thickness, ==, "127.5");
  g_assert_cmpstr (args.land_pattern, ==, "mine.json");
  g_assert_true (args.json);
  g_assert_true (args.pads);
  g_assert_true (stencil_cli_calc_params (&args, &params, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (params.thickness_um, ==, 127.5);
  g_assert_cmpint (params.strategy, ==, STENCIL_STRATEGY_KEEP_WIDTH);
  g_assert_cmpfloat (params.grid_um, ==, 2);
  g_assert_cmpfloat (params.corner_radius_mm, ==, 0.05);
  /* What the engine takes, the CLI gives it unchanged. */
  g_assert_true (stencil_calc_params_validate (&params, NULL));
}

static void
test_calc_defaults (void)
{
  g_auto(StencilCliCalcArgs) args = { 0, };
  StencilCalcParams params;
  StencilCalcParams defaults;

  g_assert_true (stencil_cli_calc_parse (&args, ARGV ("c", "AXK7L40223G", "--thickness", "80"),
                                         NULL));
  g_assert_false (args.json);
  g_assert_null (args.land_pattern);
  g_assert_true (stencil_cli_calc_params (&args, &params, NULL));
  stencil_calc_params_init (&defaults);
  g_assert_cmpfloat (params.thickness_um, ==, 80);
  g_assert_cmpint (params.strategy, ==, defaults.strategy);
  g_assert_cmpfloat (params.grid_um, ==, defaults.grid_um);
  g_assert_cmpfloat (params.corner_radius_mm, ==, defaults.corner_radius_mm);
}

/* Each bad value: a usage error (exit status 2) whose message names the option and why. */
static void
test_calc_errors (void)
{
  static const struct { const char *option; const char *value; const char *message; } cases[] = {
    { "--thickness", "abc", "--thickness: “abc” is not a number of µm" },
    { "--thickness", "9.5", "--thickness: 9.5 µm is out of range: 10 to 1000 µm" },
    { "--thickness", "1000.5", "out of range" },
    { "--thickness", "nan", "not a number" },
    { "--strategy", "smallest", "--strategy: unknown strategy “smallest”" },
    { "--grid", "0.5", "--grid: 0.5 µm is out of range: 1 to 10 µm" },
    { "--grid", "five", "--grid: “five” is not a number of µm" },
    { "--corner-radius", "-0.1", "--corner-radius: -0.1 mm is negative" },
    { "--corner-radius", "26", "--corner-radius: 26 mm is too large: at most 25 mm" },
    { "--corner-radius", "r", "--corner-radius: “r” is not a number of mm" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(StencilCliCalcArgs) args = { 0, };
      g_autoptr(GError) error = NULL;
      StencilCalcParams params;
      /* --thickness once: given twice, it would be refused as repeated. */
      gboolean is_thickness = g_str_equal (cases[i].option, "--thickness");

      g_assert_true (stencil_cli_calc_parse (&args,
                                             is_thickness
                                             ? ARGV ("c", "AXK7L40223G", cases[i].option,
                                                     cases[i].value)
                                             : ARGV ("c", "AXK7L40223G", "-t", "120",
                                                     cases[i].option, cases[i].value),
                                             &error));
      g_assert_false (stencil_cli_calc_params (&args, &params, &error));
      assert_usage_error (error, cases[i].message);
    }
  {
    g_auto(StencilCliCalcArgs) args = { 0, };
    g_autoptr(GError) error = NULL;
    StencilCalcParams params;

    g_assert_true (stencil_cli_calc_parse (&args, ARGV ("c", "AXK7L40223G"), &error));
    g_assert_false (stencil_cli_calc_params (&args, &params, &error));
    assert_usage_error (error, "--thickness is required");
  }
  {
    g_auto(StencilCliCalcArgs) args = { 0, };
    g_autoptr(GError) error = NULL;

    g_assert_false (stencil_cli_calc_parse (&args, ARGV ("c", "A", "--bogus"), &error));
    g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_UNKNOWN_OPTION);
    g_assert_cmpint (stencil_cli_exit_status (error), ==, 2);
  }
}

/* The help names the engine's ranges, not numbers of its own. */
static void
test_help_limits (void)
{
  g_auto(StencilCliCalcArgs) args = { 0, };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autofree char *help = NULL;
  const StencilLimit *thickness = stencil_limit_get (STENCIL_LIMIT_THICKNESS);
  const StencilLimit *grid = stencil_limit_get (STENCIL_LIMIT_GRID);
  g_autofree char *thickness_range = g_strdup_printf ("%g to %g", thickness->min,
                                                      thickness->max);
  g_autofree char *grid_range = g_strdup_printf ("%g to %g µm (default %g)", grid->min,
                                                 grid->max, grid->default_value);

  stencil_cli_add_calc_entries (context, &args);
  help = g_option_context_get_help (context, TRUE, NULL);
  g_assert_nonnull (strstr (help, thickness_range));
  g_assert_nonnull (strstr (help, grid_range));
}

static void
test_export (void)
{
  g_auto(StencilCliExportArgs) args = { 0, };
  g_autoptr(GError) error = NULL;
  StencilExportOptions options;
  StencilExportOutput outputs[STENCIL_N_EXPORT_FORMATS];

  g_assert_true (stencil_cli_export_parse (&args,
                                           ARGV ("e", "AXK7LE6026G", "-t", "80", "--svg", "b.svg",
                                                 "--at", "5,-3", "--rotate", "90", "--side",
                                                 "bottom", "--array", "3x2", "--step", "20,8",
                                                 "--paper", "letter", "--landscape", "--dpi",
                                                 "72", "--with-mate", "--gerber", "a.gbr"),
                                           &error));
  g_assert_no_error (error);
  g_assert_cmpstr (args.calc.part, ==, "AXK7LE6026G");
  g_assert_cmpstr (args.calc.thickness, ==, "80");
  g_assert_true (stencil_cli_export_options (&args, &options, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (options.gerber.at_x_mm, ==, 5);
  g_assert_cmpfloat (options.gerber.at_y_mm, ==, -3);
  g_assert_cmpint (options.gerber.rotation_deg, ==, 90);
  g_assert_cmpint (options.gerber.side, ==, STENCIL_SIDE_BOTTOM);
  g_assert_cmpuint (options.gerber.cols, ==, 3);
  g_assert_cmpuint (options.gerber.rows, ==, 2);
  g_assert_cmpfloat (options.gerber.step_x_mm, ==, 20);
  g_assert_cmpfloat (options.gerber.step_y_mm, ==, 8);
  g_assert_cmpint (options.drawing.paper, ==, STENCIL_PAPER_LETTER);
  g_assert_true (options.drawing.landscape);
  g_assert_cmpfloat (options.drawing.dpi, ==, 72);
  g_assert_true (options.with_mate);
  g_assert_true (stencil_gerber_options_validate (&options.gerber, NULL));

  /* The files in the order of the formats, whatever the order of the options. */
  g_assert_cmpuint (stencil_cli_export_outputs (&args, outputs), ==, 2);
  g_assert_cmpint (outputs[0].format, ==, STENCIL_EXPORT_GERBER);
  g_assert_cmpstr (outputs[0].path, ==, "a.gbr");
  g_assert_cmpint (outputs[1].format, ==, STENCIL_EXPORT_SVG);
  g_assert_cmpstr (outputs[1].path, ==, "b.svg");
}

static void
test_export_defaults (void)
{
  g_auto(StencilCliExportArgs) args = { 0, };
  StencilExportOptions options;
  StencilExportOptions defaults;
  StencilExportOutput outputs[STENCIL_N_EXPORT_FORMATS];

  g_assert_true (stencil_cli_export_parse (&args, ARGV ("e", "AXK7L40223G", "-t", "127"),
                                           NULL));
  g_assert_true (stencil_cli_export_options (&args, &options, NULL));
  stencil_export_options_init (&defaults);
  g_assert_cmpfloat (options.gerber.at_x_mm, ==, defaults.gerber.at_x_mm);
  g_assert_cmpint (options.gerber.rotation_deg, ==, defaults.gerber.rotation_deg);
  g_assert_cmpint (options.gerber.side, ==, defaults.gerber.side);
  g_assert_cmpuint (options.gerber.cols, ==, 1);
  g_assert_cmpuint (options.gerber.rows, ==, 1);
  g_assert_cmpint (options.drawing.paper, ==, defaults.drawing.paper);
  g_assert_cmpfloat (options.drawing.dpi, ==, defaults.drawing.dpi);
  g_assert_false (options.with_mate);
  g_assert_cmpuint (stencil_cli_export_outputs (&args, outputs), ==, 0);
}

static void
test_export_errors (void)
{
  static const struct { const char *option; const char *value; const char *message; } cases[] = {
    { "--at", "5", "--at: “5” is not X,Y in mm" },
    { "--rotate", "45", "--rotate: “45” is not 0, 90, 180 or 270" },
    { "--side", "left", "--side: “left” is not top or bottom" },
    { "--array", "2x2", "--array needs --step DX,DY" },
    { "--array", "1001x1", "--array: “1001x1” is not COLSxROWS with 1 to 1000 each" },
    { "--array", "1.5x2", "is not COLSxROWS" },
    { "--step", "1", "--step: “1” is not DX,DY in mm" },
    { "--paper", "a3", "--paper: “a3” is not a4 or letter" },
    { "--dpi", "fine", "--dpi: “fine” is not a number" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(StencilCliExportArgs) args = { 0, };
      g_autoptr(GError) error = NULL;
      StencilExportOptions options;

      g_assert_true (stencil_cli_export_parse (&args, ARGV ("e", "AXK7L40223G", "-t", "120",
                                                            cases[i].option, cases[i].value),
                                               &error));
      g_assert_false (stencil_cli_export_options (&args, &options, &error));
      assert_usage_error (error, cases[i].message);
    }
}

static void
test_land (void)
{
  g_auto(StencilCliLandArgs) plain = { NULL, };
  g_auto(StencilCliLandArgs) to_file = { NULL, };
  g_auto(StencilCliLandArgs) none = { NULL, };
  g_autoptr(GError) error = NULL;

  g_assert_true (stencil_cli_land_parse (&plain, ARGV ("l", "AXK7L20223G"), &error));
  g_assert_no_error (error);
  g_assert_cmpstr (plain.part, ==, "AXK7L20223G");
  g_assert_cmpstr (plain.output, ==, "-");
  g_assert_true (stencil_cli_land_parse (&to_file, ARGV ("l", "-o", "f.json", "AXK7L20223G"),
                                         &error));
  g_assert_cmpstr (to_file.output, ==, "f.json");
  g_assert_false (stencil_cli_land_parse (&none, ARGV ("l"), &error));
  assert_usage_error (error, "land-pattern: which part?");
}

static void
test_parts (void)
{
  StencilCliPartsArgs args = { FALSE, };
  g_autoptr(GError) error = NULL;

  g_assert_true (stencil_cli_parts_parse (&args, ARGV ("p", "--json"), &error));
  g_assert_true (args.json);
  g_assert_false (stencil_cli_parts_parse (&args, ARGV ("p", "AXK"), &error));
  assert_usage_error (error, "parts: unexpected argument “AXK”");
}

/* Columns line up by characters: "µ" is two bytes and one column. */
static void
test_format_row (void)
{
  static const int widths[] = { 6, -5, 3 };
  const char *plain[] = { "ab", "1.5", "x" };
  const char *micro[] = { "µµ", "12.25", "yz" };
  g_autofree char *a = stencil_cli_format_row (widths, plain, G_N_ELEMENTS (plain));
  g_autofree char *b = stencil_cli_format_row (widths, micro, G_N_ELEMENTS (micro));

  g_assert_cmpstr (a, ==, "ab        1.5  x");
  g_assert_cmpstr (b, ==, "µµ      12.25  yz");
  g_assert_cmpint (g_utf8_strlen (a, -1), ==, 16);
}

/* Japanese takes two terminal columns a character: the rows still line up, and a heading
 * wider than its column widens the column. */
static void
test_format_row_wide (void)
{
  static const int widths[] = { 10, -6, 3 };
  const char *heading[] = { "区分", "アスペクト比", "x" };
  const char *row[] = { "補強金具", "3.94", "合格" };
  int fitted[3];
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  g_assert_cmpint (stencil_cli_text_columns ("補強金具"), ==, 8);
  g_assert_cmpint (stencil_cli_text_columns ("0.230 x 0.900"), ==, 13);
  g_assert_cmpint (stencil_cli_text_columns ("µm"), ==, 2);
  g_assert_cmpint (stencil_cli_text_columns ("e\xcc\x81"), ==, 1);   /* e + combining acute */
  stencil_cli_fit_widths (widths, heading, 3, fitted);
  g_assert_cmpint (fitted[0], ==, 10);
  g_assert_cmpint (fitted[1], ==, -12);
  g_assert_cmpint (fitted[2], ==, 3);
  a = stencil_cli_format_row (fitted, heading, 3);
  b = stencil_cli_format_row (fitted, row, 3);
  g_assert_cmpstr (a, ==, "区分        アスペクト比  x");
  g_assert_cmpstr (b, ==, "補強金具            3.94  合格");
  /* The value ends under the heading's end. */
  g_assert_cmpint (stencil_cli_text_columns (a) - 3, ==, stencil_cli_text_columns (b) - 6);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli-parse/number", test_number);
  g_test_add_func ("/cli-parse/pair", test_pair);
  g_test_add_func ("/cli-parse/limited", test_limited);
  g_test_add_func ("/cli-parse/quote", test_quote);
  g_test_add_func ("/cli-parse/exit-status", test_exit_status);
  g_test_add_func ("/cli-parse/arguments", test_arguments);
  g_test_add_func ("/cli-parse/calc", test_calc);
  g_test_add_func ("/cli-parse/calc-defaults", test_calc_defaults);
  g_test_add_func ("/cli-parse/calc-errors", test_calc_errors);
  g_test_add_func ("/cli-parse/help-limits", test_help_limits);
  g_test_add_func ("/cli-parse/export", test_export);
  g_test_add_func ("/cli-parse/export-defaults", test_export_defaults);
  g_test_add_func ("/cli-parse/export-errors", test_export_errors);
  g_test_add_func ("/cli-parse/land", test_land);
  g_test_add_func ("/cli-parse/parts", test_parts);
  g_test_add_func ("/cli-parse/format-row", test_format_row);
  g_test_add_func ("/cli-parse/format-row-wide", test_format_row_wide);

  return g_test_run ();
}
