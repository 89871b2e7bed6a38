/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>

#include "stencil-gerber.h"
#include "stencil-io.h"

/* How fast the Gerber writer is on a large panel: 40 x 25 AXK7L80223G sockets (80 contacts and
 * 2 soldering pads each, 82,000 flashes) at 127 um.
 * Usage: bench-gerber [RUNS] [OUTPUT.gbr]   (RUNS defaults to 20; the last file is written to
 * OUTPUT when given). Not a test: the numbers depend on the machine. */

#define PART  "AXK7L80223G"
#define COLS  40
#define ROWS  25

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilCatalog) catalog = stencil_catalog_new ();
  g_autoptr(StencilPart) part = NULL;
  g_autoptr(StencilPattern) pattern = NULL;
  g_autoptr(StencilResult) result = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree double *ms = NULL;
  StencilCalcParams params;
  StencilGerberOptions options;
  guint runs = argc > 1 ? (guint) strtoul (argv[1], NULL, 10) : 20;
  guint64 flashes;
  double sum = 0;

  if (runs == 0)
    runs = 1;
  if (!stencil_catalog_load_default (catalog, &error)
      || (part = stencil_catalog_find_part (catalog, PART, &error)) == NULL
      || (pattern = stencil_pattern_new (part, NULL, &error)) == NULL)
    {
      g_printerr ("bench-gerber: %s\n", error->message);
      return 1;
    }
  stencil_calc_params_init (&params);
  params.thickness_um = 127;
  result = stencil_calculate (pattern, &params, &error);
  if (result == NULL)
    {
      g_printerr ("bench-gerber: %s\n", error->message);
      return 1;
    }

  stencil_gerber_options_init (&options);
  options.cols = COLS;
  options.rows = ROWS;
  options.step_x_mm = 20.0;   /* body 18.4 x 4.1 mm */
  options.step_y_mm = 6.0;
  flashes = (guint64) stencil_pattern_get_n_pads (pattern) * COLS * ROWS;

  ms = g_new (double, runs);
  for (guint i = 0; i < runs; i++)
    {
      gint64 t0 = g_get_monotonic_time ();

      g_clear_pointer (&bytes, g_bytes_unref);
      bytes = stencil_gerber_generate (result, &options, &error);
      if (bytes == NULL)
        {
          g_printerr ("bench-gerber: %s\n", error->message);
          return 1;
        }
      ms[i] = (g_get_monotonic_time () - t0) / 1000.0;
      sum += ms[i];
    }
  qsort (ms, runs, sizeof *ms, compare_double);

  g_print ("%s, %u x %u array: %" G_GUINT64_FORMAT " flashes, %" G_GSIZE_FORMAT " bytes\n",
           PART, COLS, ROWS, flashes, g_bytes_get_size (bytes));
  g_print ("%u runs: min %.2f ms, median %.2f ms, mean %.2f ms per file\n",
           runs, ms[0], ms[runs / 2], sum / runs);
  g_print ("%.1f million flashes/s (median)\n", flashes / (ms[runs / 2] / 1000.0) / 1e6);

  if (argc > 2 && !stencil_write_output_bytes (argv[2], bytes, &error))
    {
      g_printerr ("bench-gerber: %s\n", error->message);
      return 1;
    }
  return 0;
}
