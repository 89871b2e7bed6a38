/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "bench-common.h"
#include "stencil-drawing.h"
#include "stencil-gerber.h"
#include "stencil-part-view.h"

/* What a user waits for when changing a value or exporting the largest part (AXK7L80223G with
 * its mating header, 127 um): the whole calculation (apertures, web, maximum-thickness scan),
 * the part view and page scenes, and each export from result to finished file. Files go to a
 * temporary folder through the same atomic writer as the CLI.
 * Usage: bench-export [RUNS]   (RUNS defaults to 20). Not a test: numbers depend on the machine. */

#define PART "AXK7L80223G"
#define MATE "AXK8L80124BG"

typedef gboolean (*DrawingWriter) (StencilResult * const      *results,
                                   guint                       n_results,
                                   const StencilDrawingOptions *options,
                                   const char                 *path,
                                   GError                    **error);

static gboolean
time_drawing (const char          *label,
              DrawingWriter        writer,
              StencilResult      **results,
              const char          *path,
              guint                runs)
{
  BenchTimes times;
  StencilDrawingOptions options;

  stencil_drawing_options_init (&options);
  bench_times_init (&times);
  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 t0 = bench_times_start (&times);

      if (!writer (results, 2, &options, path, &error))
        {
          g_printerr ("bench-export: %s\n", error->message);
          bench_times_clear (&times);
          return FALSE;
        }
      bench_times_add (&times, t0);
    }
  bench_times_print (&times, label);
  bench_times_clear (&times);
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(StencilResult) result = bench_calculate ("bench-export", PART, 127);
  g_autoptr(StencilResult) mate = bench_calculate ("bench-export", MATE, 127);
  g_autofree char *dir = g_dir_make_tmp ("stencilcalc-bench-XXXXXX", NULL);
  g_autofree char *gbr = g_build_filename (dir, "paste.gbr", NULL);
  g_autofree char *pdf = g_build_filename (dir, "drawing.pdf", NULL);
  g_autofree char *png = g_build_filename (dir, "drawing.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "drawing.svg", NULL);
  StencilResult *results[2];
  guint runs = bench_parse_runs (argc, argv, 20);
  BenchTimes times;
  gboolean ok;

  if (result == NULL || mate == NULL || dir == NULL)
    return 1;
  results[0] = result;
  results[1] = mate;

  /* The calculation a window runs on every change of a value. */
  bench_times_init (&times);
  for (guint i = 0; i < runs * 10; i++)
    {
      gint64 t0 = bench_times_start (&times);
      g_autoptr(GError) error = NULL;
      g_autoptr(StencilResult) r = stencil_calculate (result->pattern, &result->params, &error);

      g_assert (r != NULL);
      bench_times_add (&times, t0);
    }
  bench_times_print (&times, "calculate " PART);
  bench_times_clear (&times);

  bench_times_init (&times);
  for (guint i = 0; i < runs * 10; i++)
    {
      gint64 t0 = bench_times_start (&times);
      g_autoptr(StencilScene) scene = stencil_scene_new_part_view (result);

      bench_times_add (&times, t0);
    }
  bench_times_print (&times, "part view scene " PART);
  bench_times_clear (&times);

  bench_times_init (&times);
  for (guint i = 0; i < runs; i++)
    {
      gint64 t0 = bench_times_start (&times);
      g_autoptr(GError) error = NULL;
      StencilGerberOptions options;

      stencil_gerber_options_init (&options);
      if (!stencil_gerber_write (result, &options, gbr, &error))
        {
          g_printerr ("bench-export: %s\n", error->message);
          return 1;
        }
      bench_times_add (&times, t0);
    }
  bench_times_print (&times, "export Gerber " PART);
  bench_times_clear (&times);

  ok = time_drawing ("export PDF " PART " + mate", stencil_drawing_write_pdf, results, pdf, runs)
       && time_drawing ("export PNG 150 dpi " PART " + mate", stencil_drawing_write_png, results,
                        png, runs)
       && time_drawing ("export SVG " PART " + mate", stencil_drawing_write_svg, results, svg,
                        runs);

  g_unlink (gbr);
  g_unlink (pdf);
  g_unlink (png);
  g_unlink (svg);
  g_rmdir (dir);
  return ok ? 0 : 1;
}
