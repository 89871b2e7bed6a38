/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The part view (stencil-part-view.c): the top view of one part's lands and apertures with its
 * dimensions, as a scene; at a text size, or fitted to a screen area with readable text. */
#pragma once

#include "stencil-aperture.h"
#include "stencil-scene.h"

G_BEGIN_DECLS

/* The top view of the land pattern: pads, apertures inside them (style by status), dashed body
 * outline, pin-1 mark, pin numbers at the row ends, dimensions in lanes outside the pattern.
 * Origin at the pattern centre; the model's y is flipped so pin 1 is top left. */
StencilScene *stencil_scene_new_part_view          (StencilResult *result);
/* The same view with its text at text_mm (em) instead of a size taken from the part's extents;
 * the arrowheads, line widths and dimension lanes are laid out for that text. A screen view
 * asks for text_mm = wanted pixels / its pixels per mm, so that the text keeps its size in
 * pixels at any zoom. text_mm is clamped to a sane range (0.005 .. 50 mm). */
StencilScene *stencil_scene_new_part_view_for_text (StencilResult *result,
                                                    double         text_mm);
/* The text size stencil_scene_new_part_view () uses for this result. */
double        stencil_scene_part_view_text_size    (StencilResult *result);

/* The style an aperture of that status is drawn in (the sheet's table shows it too). */
StencilStyle  stencil_status_style                 (StencilStatus status);

G_END_DECLS
