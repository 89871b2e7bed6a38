/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stencil-aperture.h"

G_BEGIN_DECLS

typedef enum
{
  STENCIL_PAPER_A4,
  STENCIL_PAPER_LETTER
} StencilPaper;

typedef struct
{
  StencilPaper paper;
  gboolean     landscape;
  double       dpi;          /* PNG resolution */
} StencilDrawingOptions;

void      stencil_drawing_options_init (StencilDrawingOptions *options);
gboolean  stencil_paper_from_string    (const char   *str,
                                        StencilPaper *out);

/* The same drawings in memory, for writing several files only once all could be made. */
GBytes   *stencil_drawing_generate_pdf (StencilResult * const      *results,
                                        guint                       n_results,
                                        const StencilDrawingOptions *options,
                                        GError                    **error);
GBytes   *stencil_drawing_generate_png (StencilResult * const      *results,
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
