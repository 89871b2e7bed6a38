/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>

#include "stencil-canvas-private.h"

/* How long the canvas takes to redraw the largest part with every layer on: the part view of
 * AXK7L80223G at 127 um, painted by the canvas's own paint function into a 1600x1000 image
 * surface at fit zoom, N times. The scene is built once, as the canvas does when the result
 * changes; only the drawing is timed.
 * Usage: bench-canvas [RUNS] [OUTPUT.png] [dark]   (RUNS defaults to 200). Not a test. */

#define PART   "AXK7L80223G"
#define WIDTH  1600
#define HEIGHT 1000

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
  g_autoptr(StencilScene) scene = NULL;
  g_autofree double *ms = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  StencilCalcParams params;
  StencilRenderOptions options;
  StencilViewport view;
  guint runs = argc > 1 ? (guint) strtoul (argv[1], NULL, 10) : 200;
  double total = 0;

  if (runs == 0)
    runs = 1;
  if (!stencil_catalog_load_default (catalog, &error) ||
      (part = stencil_catalog_find_part (catalog, PART, &error)) == NULL ||
      (pattern = stencil_pattern_new (part, NULL, &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  stencil_calc_params_init (&params);
  params.thickness_um = 127;
  result = stencil_calculate (pattern, &params, &error);
  if (result == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  scene = stencil_scene_new_part_view (result);
  stencil_render_options_init (&options);
  options.layers = STENCIL_LAYER_ALL;
  options.dark = argc > 3 && g_str_equal (argv[3], "dark");
  stencil_viewport_fit (scene, WIDTH, HEIGHT, &view);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cr = cairo_create (surface);
  ms = g_new (double, runs);
  for (guint i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();

      cairo_save (cr);
      cairo_set_source_rgb (cr, options.dark ? 0.12 : 1, options.dark ? 0.12 : 1,
                            options.dark ? 0.12 : 1);
      cairo_paint (cr);
      cairo_restore (cr);
      stencil_canvas_paint (cr, scene, &options, &view, WIDTH, HEIGHT);
      cairo_surface_flush (surface);
      ms[i] = (g_get_monotonic_time () - start) / 1000.0;
      total += ms[i];
    }
  qsort (ms, runs, sizeof (double), compare_double);
  g_print ("%s, %u pads, %d x %d px at %.1f px/mm, %u primitives: "
           "%.3f ms per frame (mean), %.3f ms (median), %.3f ms (max) over %u runs\n",
           PART, stencil_pattern_get_n_pads (pattern), WIDTH, HEIGHT, view.scale,
           stencil_scene_get_n_primitives (scene), total / runs, ms[runs / 2], ms[runs - 1],
           runs);

  if (argc > 2 && cairo_surface_write_to_png (surface, argv[2]) != CAIRO_STATUS_SUCCESS)
    {
      g_printerr ("Could not write %s\n", argv[2]);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
      return 1;
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return 0;
}
