/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Family internals shared by the loader and the land-pattern code: the raw dimension tables. */
#pragma once

#include "stencil-family.h"

G_BEGIN_DECLS

/* Odd pins on the +y row and even pins on the -y row, instead of counter-clockwise. */
gboolean _stencil_family_numbering_is_alternating (StencilFamily  *self,
                                                   StencilPartKind kind);

G_END_DECLS
