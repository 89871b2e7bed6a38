/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the detail view shares with the part view (stencil-part-view.c): boxes of lands and
 * apertures in scene coordinates, the rows of a pattern, the view built at a text size. */
#pragma once

#include "stencil-part-view.h"

G_BEGIN_DECLS

typedef struct
{
  double x0, y0, x1, y1;      /* scene coordinates (y down) */
} StencilBox;

/* A land and an aperture in it, where the part view draws them (the model's y flipped). */
StencilBox stencil_pad_box             (const StencilPad      *pad);
StencilBox stencil_aperture_box        (const StencilPad      *pad,
                                        const StencilAperture *ap);

/* The pads of a pattern into the upper and the lower row of terminals and the soldering
 * terminals, each sorted by x. */
void       stencil_part_view_sort_pads (const StencilPattern *pattern,
                                        GPtrArray            *top,
                                        GPtrArray            *bottom,
                                        GPtrArray            *soldering);

/* Adds the part view of result to scene, with its text at u (em, mm). */
void       stencil_part_view_build     (StencilScene  *scene,
                                        StencilResult *result,
                                        double         u);

G_END_DECLS
