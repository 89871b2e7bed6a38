/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Fuzz target: the CLI's number and option parsing. The input is a command line: its first
 * byte picks the command (parts, calc, export, land-pattern), the rest are arguments separated
 * by NUL bytes. Every argument goes through the number parsers; the command line through the
 * command's parser, and what it accepts through the engine: numbers the CLI takes are never
 * refused by the engine's own checks, and every message is one line of UTF-8. */
#include "config.h"

#include <math.h>

#include "fuzz-common.h"
#include "stencil-cli-commands.h"
#include "stencil-cli-print.h"
#include "stencil-cli.h"
#include "stencil-gerber.h"
#include "stencil-land-file.h"

#define MAX_ARGS 24

static StencilCatalog *catalog;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init_glib ();
  catalog = fuzz_builtin_catalog ();
  return 0;
}

static void
check_message (const GError *error)
{
  g_assert_nonnull (error);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_null (strchr (error->message, '\n'));
  g_assert_cmpuint (strlen (error->message), >, 0);
}

/* The parsers of single values, with what each promises. */
static void
check_numbers (const char *arg)
{
  double value = 0, a = 0, b = 0;
  g_autofree char *quoted = stencil_cli_quote_arg (arg);

  g_assert_true (g_utf8_validate (quoted, -1, NULL));
  g_assert_cmpint (g_utf8_strlen (quoted, -1), <=, 41);
  for (const char *p = quoted; *p != '\0'; p = g_utf8_next_char (p))
    g_assert_false (g_unichar_iscntrl (g_utf8_get_char (p)));

  if (stencil_cli_parse_number (arg, &value))
    g_assert_true (isfinite (value));
  if (stencil_cli_parse_pair (arg, ',', &a, &b))
    g_assert_true (isfinite (a) && isfinite (b));
  if (stencil_cli_parse_pair (arg, 'x', &a, &b))
    g_assert_true (isfinite (a) && isfinite (b));
  for (guint id = 0; id < STENCIL_N_LIMITS; id++)
    if (stencil_cli_parse_limited (arg, id, &value) == STENCIL_CLI_NUMBER_OK)
      g_assert_true (stencil_limit_contains (id, value));
}

/* GOption prints the help and calls exit () for these: not something to fuzz. */
static gboolean
asks_for_help (const char *arg)
{
  if (g_str_has_prefix (arg, "--"))
    return g_str_has_prefix (arg, "--help");
  return arg[0] == '-' && (strchr (arg, 'h') != NULL || strchr (arg, '?') != NULL);
}

static StencilResult *
calculate (const StencilCliCalcArgs *args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilPart) part = NULL;
  g_autoptr(StencilPattern) pattern = NULL;
  StencilResult *result;
  StencilCalcParams params;

  if (!stencil_cli_calc_params (args, &params, &error))
    {
      check_message (error);
      g_assert_cmpint (stencil_cli_exit_status (error), ==, 2);
      return NULL;
    }
  /* What the CLI accepted, the engine accepts. */
  g_assert_true (stencil_calc_params_validate (&params, NULL));
  part = stencil_catalog_find_part (catalog, args->part, &error);
  if (part == NULL)
    {
      check_message (error);
      return NULL;
    }
  pattern = stencil_pattern_new (part, NULL, &error);
  g_assert_no_error (error);
  result = stencil_calculate (pattern, &params, &error);
  if (result == NULL)
    check_message (error);
  return result;
}

static void
run_calc (const char * const *argv)
{
  g_auto(StencilCliCalcArgs) args = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilResult) result = NULL;

  if (!stencil_cli_calc_parse (&args, argv, &error))
    {
      check_message (error);
      return;
    }
  result = calculate (&args);
  if (result != NULL)
    {
      StencilJsonWriter *writer = stencil_json_writer_new ();
      g_autofree char *text = NULL;
      g_autoptr(JsonParser) parser = json_parser_new ();

      stencil_cli_add_result_json (writer, result, args.land_pattern);
      text = stencil_json_writer_free_to_data (writer, NULL);
      g_assert_true (g_utf8_validate (text, -1, NULL));
      /* What the CLI prints is JSON that a reader takes back. */
      g_assert_true (json_parser_load_from_data (parser, text, -1, NULL));
    }
}

static void
run_export (const char * const *argv)
{
  g_auto(StencilCliExportArgs) args = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilResult) result = NULL;
  StencilExportOptions options;

  if (!stencil_cli_export_parse (&args, argv, &error))
    {
      check_message (error);
      return;
    }
  stencil_export_options_init (&options);
  if (!stencil_cli_export_options (&args, &options, &error))
    {
      check_message (error);
      return;
    }
  if (!stencil_gerber_options_validate (&options.gerber, &error))
    {
      check_message (error);
      return;
    }
  result = calculate (&args.calc);
  /* A large array is megabytes of flashes: the placement checks are the same for a small one. */
  if (result != NULL && options.gerber.cols * options.gerber.rows <= 64)
    {
      g_autoptr(GBytes) gerber = stencil_gerber_generate (result, &options.gerber, &error);

      g_assert_true ((gerber == NULL) != (error == NULL));
      if (gerber == NULL)
        check_message (error);
    }
}

static void
run_land (const char * const *argv)
{
  g_auto(StencilCliLandArgs) args = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilPart) part = NULL;

  if (!stencil_cli_land_parse (&args, argv, &error))
    {
      check_message (error);
      return;
    }
  g_assert_nonnull (args.output);
  part = stencil_catalog_find_part (catalog, args.part, &error);
  if (part == NULL)
    check_message (error);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char * const names[] = {
    "stencilcalc-cli parts", "stencilcalc-cli calc", "stencilcalc-cli export",
    "stencilcalc-cli land-pattern",
  };
  g_autofree char *copy = NULL;
  const char *argv[MAX_ARGS + 2];
  guint argc = 0, command;
  gsize start = 1;

  if (size < 1)
    return 0;
  command = data[0] % G_N_ELEMENTS (names);
  copy = g_malloc (size + 1);
  memcpy (copy, data, size);
  copy[size] = '\0';

  argv[argc++] = names[command];
  for (gsize i = 1; i <= size && argc < MAX_ARGS + 1; i++)
    if (i == size || copy[i] == '\0')
      {
        const char *arg = copy + start;

        if (asks_for_help (arg))
          return 0;
        check_numbers (arg);
        argv[argc++] = arg;
        start = i + 1;
      }
  argv[argc] = NULL;

  switch (command)
    {
    case 0:
      {
        StencilCliPartsArgs args = { 0 };
        g_autoptr(GError) error = NULL;

        if (!stencil_cli_parts_parse (&args, argv, &error))
          check_message (error);
      }
      break;
    case 1:
      run_calc (argv);
      break;
    case 2:
      run_export (argv);
      break;
    default:
      run_land (argv);
      break;
    }
  return 0;
}
