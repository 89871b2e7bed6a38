/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One drawing sheet of a part (stencil-sheet.c) and the options of a drawing: paper size and
 * orientation, and the resolution of a PNG. */
#pragma once

#include "stencil-aperture.h"
#include "stencil-scene.h"

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

/* A4 portrait, 150 dpi. */
void          stencil_drawing_options_init (StencilDrawingOptions *options);
/* "a4" or "letter", any case. */
gboolean      stencil_paper_from_string    (const char   *str,
                                            StencilPaper *out);

/* One whole sheet (paper size, mm): the part view scaled to a nice ratio, scale bar, a table per
 * pad class, legend, notices and the title block. date NULL: stencil_get_creation_time (). */
StencilScene *stencil_scene_new_page       (StencilResult               *result,
                                            const StencilDrawingOptions *options,
                                            GDateTime                   *date);
/* The same, numbered "sheet n of n_sheets" in the title block (a drawing with the mate). */
StencilScene *stencil_scene_new_sheet      (StencilResult               *result,
                                            const StencilDrawingOptions *options,
                                            GDateTime                   *date,
                                            guint                        sheet,
                                            guint                        n_sheets);

G_END_DECLS
