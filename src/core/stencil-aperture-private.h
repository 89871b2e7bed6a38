/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the engine's thickness sweep (stencil-sweep.c) needs of the calculation beyond its
 * public API. */
#pragma once

#include "stencil-aperture.h"

G_BEGIN_DECLS

/* stencil_calculate () without the maximum-thickness scan and the warnings: the apertures,
 * classes, status and web of one thickness, computed by the same code. max_thickness_um is 0
 * and warnings is empty. */
StencilResult *_stencil_calculate_point (StencilPattern          *pattern,
                                         const StencilCalcParams *params,
                                         GError                 **error);

G_END_DECLS
