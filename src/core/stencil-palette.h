/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The colours and the dash pattern of the scene's styles, shared by the Cairo and the PDF
 * backend (stencil-render-cairo.h, stencil-render-pdf.h). */
#pragma once

#include "stencil-scene.h"

G_BEGIN_DECLS

typedef struct
{
  double fill[3];
  double ink[3];      /* strokes and text */
} StencilStyleColors;

/* The colours of a style in the light (printed) or the dark (screen) palette; an unknown style
 * gets those of STENCIL_STYLE_TEXT. */
const StencilStyleColors *stencil_palette_get_colors (StencilStyle style,
                                                      gboolean     dark);

/* Dash pattern of a dashed line, as a multiple of its width: on, off. */
#define STENCIL_DASH_ON   8.0
#define STENCIL_DASH_OFF  4.0

G_END_DECLS
