/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "bench-common.h"
#include "stencil-gerber.h"
#include "stencil-io.h"

/* How fast the Gerber writer is on a large panel: 40 x 25 AXK7L80223G sockets (80 contacts and
 * 2 soldering pads each, 82,000 flashes) at 127 um.
 * Usage: bench-gerber [RUNS] [OUTPUT.gbr]   (RUNS defaults to 20; the last file is written to
 * OUTPUT when given). Not a test: the numbers depend on the machine. */

#define PART  "AXK7L80223G"
#define COLS  40
#define ROWS  25

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilResult) result = bench_calculate ("bench-gerber", PART, 127);
  g_autoptr(GBytes) bytes = NULL;
  StencilGerberOptions options;
  BenchTimes times;
  guint runs = bench_parse_runs (argc, argv, 20);
  guint64 flashes;
  double median;

  if (result == NULL)
    return 1;

  stencil_gerber_options_init (&options);
  options.cols = COLS;
  options.rows = ROWS;
  options.step_x_mm = 20.0;   /* body 18.4 x 4.1 mm */
  options.step_y_mm = 6.0;
  flashes = (guint64) stencil_pattern_get_n_pads (result->pattern) * COLS * ROWS;

  bench_times_init (&times);
  for (guint i = 0; i < runs; i++)
    {
      gint64 t0 = bench_times_start (&times);

      g_clear_pointer (&bytes, g_bytes_unref);
      bytes = stencil_gerber_generate (result, &options, &error);
      if (bytes == NULL)
        {
          g_printerr ("bench-gerber: %s\n", error->message);
          return 1;
        }
      bench_times_add (&times, t0);
    }

  g_print ("%s, %u x %u array: %" G_GUINT64_FORMAT " flashes, %" G_GSIZE_FORMAT " bytes\n",
           PART, COLS, ROWS, flashes, g_bytes_get_size (bytes));
  bench_times_print (&times, "generate Gerber panel");
  median = bench_times_median (&times);
  g_print ("%.1f million flashes/s (median)\n", flashes / (median / 1000.0) / 1e6);
  bench_times_clear (&times);

  if (argc > 2 && !stencil_write_output_bytes (argv[2], bytes, &error))
    {
      g_printerr ("bench-gerber: %s\n", error->message);
      return 1;
    }
  return 0;
}
