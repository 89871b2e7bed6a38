/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stencil-scene.h"

G_BEGIN_DECLS

/* Colours of the semantic styles, shared by the Cairo and PDF backends (internal). */
typedef struct
{
  double fill[3];
  double ink[3];      /* strokes and text */
} StencilStyleColors;

const StencilStyleColors *_stencil_style_colors (StencilStyle style,
                                                 gboolean     dark);

/* Dash pattern of a dashed line, as a multiple of its width: on, off. */
#define STENCIL_DASH_ON   8.0
#define STENCIL_DASH_OFF  4.0

G_END_DECLS
