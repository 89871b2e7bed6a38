/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shared by the fuzz targets: GLib set up to abort on warnings, the built-in catalog, and one
 * land pattern's pass through every per-part export of the engine. */
#include "config.h"

#include "fuzz-common.h"
#include "stencil-csv.h"
#include "stencil-drawing.h"
#include "stencil-gerber.h"

void
fuzz_init_glib (void)
{
  /* A critical is a g_return_if_fail () that input reached: a bug, as a crash is. */
  g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_setenv ("SOURCE_DATE_EPOCH", "1700000000", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
}

StencilCatalog *
fuzz_builtin_catalog (void)
{
  StencilCatalog *catalog = stencil_catalog_new ();
  g_autofree char *dir = g_build_filename (SOURCE_DATADIR, "families", NULL);

  stencil_catalog_load_dir (catalog, dir);
  g_assert_cmpuint (stencil_catalog_get_warnings (catalog)->len, ==, 0);
  g_assert_nonnull (stencil_catalog_get_family (catalog, "F4"));
  return catalog;
}

/* Exactly one of a result and an error, and the error says something. */
static void
check_outcome (gconstpointer result,
               GError       *error)
{
  g_assert_true ((result == NULL) != (error == NULL));
  if (error != NULL)
    g_assert_cmpuint (strlen (error->message), >, 0);
}

static void
export_gerber (StencilResult *result)
{
  StencilGerberOptions options;

  for (guint variant = 0; variant < 3; variant++)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;

      stencil_gerber_options_init (&options);
      if (variant == 1)
        {
          options.side = STENCIL_SIDE_BOTTOM;
          options.rotation_deg = 90;
          options.at_x_mm = 12.5;
          options.at_y_mm = -3.25;
        }
      else if (variant == 2)
        {
          options.cols = 2;
          options.rows = 3;
          options.step_x_mm = 40;
          options.step_y_mm = 20;
        }
      bytes = stencil_gerber_generate (result, &options, &error);
      check_outcome (bytes, error);
      if (bytes != NULL)
        g_assert_true (g_utf8_validate (g_bytes_get_data (bytes, NULL),
                                        (gssize) g_bytes_get_size (bytes), NULL));
    }
}

static void
export_drawings (StencilResult *result,
                 gboolean       pdf_too)
{
  StencilDrawingOptions options;
  StencilResult *results[] = { result };

  stencil_drawing_options_init (&options);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) svg = stencil_drawing_generate_svg (results, 1, &options, &error);

    check_outcome (svg, error);
    if (svg != NULL)
      g_assert_true (g_utf8_validate (g_bytes_get_data (svg, NULL),
                                      (gssize) g_bytes_get_size (svg), NULL));
  }
  if (pdf_too)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) pdf = stencil_drawing_generate_pdf (results, 1, &options, &error);

      check_outcome (pdf, error);
    }
}

void
fuzz_export_pattern (StencilPattern *pattern,
                     FuzzDrawings    drawings)
{
  StencilCalcParams params;
  g_autoptr(StencilResult) result = NULL;
  g_autoptr(GError) error = NULL;

  stencil_calc_params_init (&params);
  result = stencil_calculate (pattern, &params, &error);
  check_outcome (result, error);
  if (result == NULL)
    return;
  export_gerber (result);
  {
    g_autoptr(GBytes) csv = stencil_csv_generate (result);

    g_assert_nonnull (csv);
    g_assert_true (g_utf8_validate (g_bytes_get_data (csv, NULL),
                                    (gssize) g_bytes_get_size (csv), NULL));
  }
  if (drawings != FUZZ_DRAWINGS_NONE)
    export_drawings (result, drawings == FUZZ_DRAWINGS_SVG_PDF);
}
