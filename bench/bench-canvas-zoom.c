/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The canvas while zooming and panning: AXK7L80223G at 127 um with every layer on, in a
 * 1600 x 1000 px image surface. From the fitted view, one zoom step (1.25) per frame about pad 1
 * up to the largest zoom, a pan across the part there and at a middle zoom, then out to the
 * smallest zoom, three times over. Each frame is timed as the canvas spends it: the zoom's new
 * scene when the canvas would build one (its own rule, stencil_canvas_scene_fits_zoom ()), then
 * clearing and painting. Prints the median, the 95th percentile and the worst frame.
 * Usage: bench-canvas-zoom [ROUNDS]   (ROUNDS defaults to 3). Not a test. */
#include "config.h"

#include <stdlib.h>

#include "stencil-canvas-private.h"

#define PART    "AXK7L80223G"
#define WIDTH   1600
#define HEIGHT  1000
/* The canvas's text at the default interface font (Cantarell 11 pt at 96 dpi, times 0.9). */
#define TEXT_PX 13.2

typedef struct
{
  StencilResult       *result;
  StencilScene        *scene;
  double               text_mm;
  StencilViewport      view;
  StencilRenderOptions options;
  cairo_t             *cr;
  GArray              *ms;
  guint                rebuilds;
} Run;

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
paint_frame (Run *run)
{
  cairo_save (run->cr);
  cairo_set_source_rgb (run->cr, 1, 1, 1);
  cairo_paint (run->cr);
  cairo_restore (run->cr);
  stencil_canvas_paint (run->cr, run->scene, &run->options, &run->view, WIDTH, HEIGHT);
  cairo_surface_flush (cairo_get_target (run->cr));
}

/* One frame of zooming by factor about the widget point (x, y), as the canvas's zoom_at. */
static void
zoom_frame (Run    *run,
            double  factor,
            double  x,
            double  y)
{
  gint64 start = g_get_monotonic_time ();
  double scale = CLAMP (run->view.scale * factor, STENCIL_VIEWPORT_SCALE_MIN,
                        STENCIL_VIEWPORT_SCALE_MAX);
  double before_x = (x - WIDTH / 2.0) / run->view.scale + run->view.centre_x_mm;
  double before_y = (y - HEIGHT / 2.0) / run->view.scale + run->view.centre_y_mm;
  double wanted, ms;

  run->view.scale = scale;
  run->view.centre_x_mm = before_x - (x - WIDTH / 2.0) / scale;
  run->view.centre_y_mm = before_y - (y - HEIGHT / 2.0) / scale;
  if (!stencil_canvas_scene_fits_zoom (run->result, TEXT_PX, scale, run->text_mm, &wanted))
    {
      stencil_scene_unref (run->scene);
      run->scene = stencil_scene_new_part_view_readable (run->result, wanted);
      run->text_mm = wanted;
      run->rebuilds++;
    }
  paint_frame (run);
  ms = (g_get_monotonic_time () - start) / 1000.0;
  g_array_append_val (run->ms, ms);
}

static void
pan_frame (Run    *run,
           double  dx_px,
           double  dy_px)
{
  gint64 start = g_get_monotonic_time ();
  double ms;

  run->view.centre_x_mm -= dx_px / run->view.scale;
  run->view.centre_y_mm -= dy_px / run->view.scale;
  paint_frame (run);
  ms = (g_get_monotonic_time () - start) / 1000.0;
  g_array_append_val (run->ms, ms);
}

/* Zooming in and out about pad 1 and panning along the rows of pads. */
static void
one_round (Run               *run,
           const StencilPad  *pad)
{
  double px = WIDTH / 2.0 + (pad->x_mm - run->view.centre_x_mm) * run->view.scale;
  double py = HEIGHT / 2.0 + (pad->y_mm - run->view.centre_y_mm) * run->view.scale;

  while (run->view.scale < STENCIL_VIEWPORT_SCALE_MAX)
    zoom_frame (run, STENCIL_CANVAS_ZOOM_STEP, px, py);
  for (int i = 0; i < 60; i++)
    pan_frame (run, -24, i % 20 < 10 ? 6 : -6);
  while (run->view.scale > 60)
    zoom_frame (run, 1 / STENCIL_CANVAS_ZOOM_STEP, WIDTH / 2.0, HEIGHT / 2.0);
  for (int i = 0; i < 60; i++)
    pan_frame (run, i < 30 ? 24 : -24, 0);
  while (run->view.scale > STENCIL_VIEWPORT_SCALE_MIN)
    zoom_frame (run, 1 / STENCIL_CANVAS_ZOOM_STEP, px, py);
  while (run->view.scale < 69)
    zoom_frame (run, STENCIL_CANVAS_ZOOM_STEP, WIDTH / 2.0, HEIGHT / 2.0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilCatalog) catalog = stencil_catalog_new ();
  g_autoptr(StencilPart) part = NULL;
  g_autoptr(StencilPattern) pattern = NULL;
  cairo_surface_t *surface;
  StencilCalcParams params;
  guint rounds = argc > 1 ? (guint) strtoul (argv[1], NULL, 10) : 3;
  Run run = { 0 };
  double *ms;
  guint n, over = 0;

  if (!stencil_catalog_load_default (catalog, &error) ||
      (part = stencil_catalog_find_part (catalog, PART, &error)) == NULL ||
      (pattern = stencil_pattern_new (part, NULL, &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  stencil_calc_params_init (&params);
  params.thickness_um = 127;
  run.result = stencil_calculate (pattern, &params, &error);
  if (run.result == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  stencil_render_options_init (&run.options);
  run.options.layers = STENCIL_LAYER_ALL;
  run.scene = stencil_scene_new_part_view_fitted (run.result, TEXT_PX, WIDTH, HEIGHT,
                                                  &run.view, &run.text_mm);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  run.cr = cairo_create (surface);
  run.ms = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint r = 0; r < MAX (rounds, 1); r++)
    one_round (&run, stencil_pattern_get_pad (pattern, 0));

  ms = (double *) (gpointer) run.ms->data;
  n = run.ms->len;
  qsort (ms, n, sizeof (double), compare_double);
  for (guint i = 0; i < n; i++)
    over += ms[i] > 16.0;
  g_print ("%s, every layer, %d x %d px, zoom %.0f to %.0f px/mm and pans: %u frames, "
           "%u new scenes: median %.3f ms, 95th percentile %.3f ms, worst %.3f ms, "
           "%u over 16 ms\n",
           PART, WIDTH, HEIGHT, STENCIL_VIEWPORT_SCALE_MIN, STENCIL_VIEWPORT_SCALE_MAX, n,
           run.rebuilds, ms[n / 2], ms[(guint) (n * 0.95)], ms[n - 1], over);

  g_array_unref (run.ms);
  stencil_scene_unref (run.scene);
  stencil_result_unref (run.result);
  cairo_destroy (run.cr);
  cairo_surface_destroy (surface);
  return 0;
}
