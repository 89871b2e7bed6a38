/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Draws a scene with Cairo (stencil-render-cairo.c). */
#pragma once

#include <cairo.h>

#include "stencil-scene.h"

G_BEGIN_DECLS

typedef struct
{
  guint    layers;   /* StencilLayer mask */
  gboolean dark;     /* light-on-dark palette for a dark style */
} StencilRenderOptions;

/* All layers, light palette. */
void  stencil_render_options_init (StencilRenderOptions *options);

/* Draws the scene in scene units (mm, y down); the caller sets the transform
 * (cairo_scale/cairo_translate). Text sizes are in mm too. */
void  stencil_render_cairo        (cairo_t                    *cr,
                                   StencilScene               *scene,
                                   const StencilRenderOptions *options);

G_END_DECLS
