/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the engine's own drawings (dimension layout, part view, detail, sheet) need of a scene
 * beyond its public building blocks: the text metrics, page data, copies, recorded dimensions. */
#pragma once

#include "stencil-scene.h"

G_BEGIN_DECLS

/* Vertical metrics of DejaVu Sans as fractions of the em, for layout boxes: ascenders and
 * capitals reach 0.76, descenders 0.24; digits and the decimal point sit on the baseline. */
#define STENCIL_TEXT_ASCENT    0.76
#define STENCIL_TEXT_DESCENT   0.24
#define STENCIL_DIGIT_DESCENT  0.02

/* Page data: what stencil_scene_get_width_mm (), _get_scale () and _get_detail_frame () tell. */
void              stencil_scene_set_size          (StencilScene *scene,
                                                   double        width_mm,
                                                   double        height_mm);
void              stencil_scene_set_scale         (StencilScene *scene,
                                                   double        scale);
void              stencil_scene_set_detail        (StencilScene *scene,
                                                   double        scale,
                                                   double        x0,
                                                   double        y0,
                                                   double        x1,
                                                   double        y1);

/* Text running upwards from its baseline start (x, y): the value of a vertical dimension. */
StencilPrimitive *stencil_scene_add_vertical_text (StencilScene *scene,
                                                   StencilLayer  layer,
                                                   StencilStyle  style,
                                                   double        x,
                                                   double        y,
                                                   double        size_mm,
                                                   const char   *text);
/* A copy of p (owned by the scene). */
StencilPrimitive *stencil_scene_add_copy          (StencilScene           *scene,
                                                   const StencilPrimitive *p);
/* A new, zeroed record of a dimension drawn in the scene, for the caller to fill in. */
StencilDimension *stencil_scene_add_dimension     (StencilScene *scene);

/* Copies every primitive and dimension of src into dst, scaled by s about the origin and then
 * moved by (dx, dy): a part view placed on a sheet. Line widths and text scale too. */
void              stencil_scene_append_scaled     (StencilScene *dst,
                                                   StencilScene *src,
                                                   double        s,
                                                   double        dx,
                                                   double        dy);

/* A length for a drawing: 2 decimals when that is exact (0.40, 15.60), else 3 (0.205). */
char             *stencil_scene_format_mm         (double value);

/* Whether two boxes (x0, y0, x1, y1) come closer than margin. */
gboolean          stencil_boxes_overlap           (const double *a,
                                                   const double *b,
                                                   double        margin);

G_END_DECLS
