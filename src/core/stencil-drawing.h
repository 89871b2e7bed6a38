/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Drawing files of a part (stencil-drawing.c): PDF, PNG and SVG of its sheets (stencil-sheet.h,
 * which has the options), in memory or written to a file. */
#pragma once

#include <cairo.h>

#include "stencil-aperture.h"
#include "stencil-sheet.h"

G_BEGIN_DECLS

/* The same drawings in memory, for writing several files only once all could be made. */
GBytes   *stencil_drawing_generate_pdf (StencilResult * const      *results,
                                        guint                       n_results,
                                        const StencilDrawingOptions *options,
                                        GError                    **error);
GBytes   *stencil_drawing_generate_png (StencilResult * const      *results,
                                        guint                       n_results,
                                        const StencilDrawingOptions *options,
                                        GError                    **error);
/* The image the PNG file holds: an RGB24 surface, the sheets one below the other at
 * options->dpi. NULL with the reason on error; cairo_surface_destroy () it. */
cairo_surface_t *stencil_drawing_render_image (StencilResult * const      *results,
                                               guint                       n_results,
                                               const StencilDrawingOptions *options,
                                               GError                    **error);
GBytes   *stencil_drawing_generate_svg (StencilResult * const      *results,
                                        guint                       n_results,
                                        const StencilDrawingOptions *options,
                                        GError                    **error);

/* results[0] is the part; results[1], when given, its mating part (a second page or view).
 * Paths: "-" is standard output; otherwise written atomically (stencil-io.h). */
gboolean  stencil_drawing_write_pdf    (StencilResult * const      *results,
                                        guint                       n_results,
                                        const StencilDrawingOptions *options,
                                        const char                 *path,
                                        GError                    **error);
gboolean  stencil_drawing_write_png    (StencilResult * const      *results,
                                        guint                       n_results,
                                        const StencilDrawingOptions *options,
                                        const char                 *path,
                                        GError                    **error);
gboolean  stencil_drawing_write_svg    (StencilResult * const      *results,
                                        guint                       n_results,
                                        const StencilDrawingOptions *options,
                                        const char                 *path,
                                        GError                    **error);

G_END_DECLS
