/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The paste layer of a result as a Gerber X2 file, placed, rotated, mirrored or repeated in
 * an array on a board or panel. */
#pragma once

#include "stencil-aperture.h"
#include "stencil-output-stream.h"

G_BEGIN_DECLS

typedef enum
{
  STENCIL_SIDE_TOP,
  STENCIL_SIDE_BOTTOM
} StencilSide;

/* Placement of the part's paste layer on a board or panel. */
typedef struct
{
  double      at_x_mm;      /* origin of the (first) part */
  double      at_y_mm;
  int         rotation_deg; /* 0, 90, 180 or 270, counter-clockwise seen from the top */
  StencilSide side;         /* bottom: mirrored in x as seen from the top, Paste,Bot */
  guint       cols;         /* array, 1x1 for a single part */
  guint       rows;
  double      step_x_mm;
  double      step_y_mm;
} StencilGerberOptions;

void      stencil_gerber_options_init     (StencilGerberOptions *options);
gboolean  stencil_gerber_options_validate (const StencilGerberOptions *options,
                                           GError                    **error);
gboolean  stencil_side_from_string        (const char  *str,
                                           StencilSide *out);

/* The whole Gerber X2 file. CreationDate from SOURCE_DATE_EPOCH when set, else now. */
GBytes   *stencil_gerber_generate         (StencilResult              *result,
                                           const StencilGerberOptions *options,
                                           GError                    **error);
/* The same file, written to out while it is made (memory stays flat in the array size); the
 * caller commits or aborts out. Nothing is written when the options are wrong. */
gboolean  stencil_gerber_write_stream     (StencilResult              *result,
                                           const StencilGerberOptions *options,
                                           StencilOutputStream        *out,
                                           GError                    **error);
/* path "-" is standard output; otherwise streamed to a temporary file and renamed: the file is
 * whole or left as it was. */
gboolean  stencil_gerber_write            (StencilResult              *result,
                                           const StencilGerberOptions *options,
                                           const char                 *path,
                                           GError                    **error);

G_END_DECLS
