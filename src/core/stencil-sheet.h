/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One drawing sheet of a part (stencil-sheet.c) and the options of a drawing: paper size and
 * orientation, and the resolution of a PNG. */
#pragma once

#include "stencil-aperture.h"
#include "stencil-scene.h"
#include "stencil-sweep.h"

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
  gboolean     with_sweep;   /* a thickness-sweep sheet after each part's sheet */
} StencilDrawingOptions;

/* A4 portrait, 150 dpi, no sweep. */
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

/* A sheet of the thickness sweep of result's part (stencil-sweep-view.h) in the same frame and
 * title block, its drawing called "Thickness sweep". */
StencilScene *stencil_scene_new_sweep_sheet (StencilResult               *result,
                                             StencilSweep                *sweep,
                                             const StencilDrawingOptions *options,
                                             GDateTime                   *date,
                                             guint                        sheet,
                                             guint                        n_sheets);

G_END_DECLS
