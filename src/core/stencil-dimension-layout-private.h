/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Dimension placement for the part view and the detail (stencil-dimension-layout.c): requests
 * in priority order, lanes found for all, then drawn into a scene. Internal to the engine. */
#pragma once

#include "stencil-scene.h"

G_BEGIN_DECLS

/* The first dimension line from the edge of what is dimensioned, in text sizes (u). */
#define STENCIL_DIMENSION_LANE_FIRST 1.05

typedef enum
{
  STENCIL_SIDE_TOP,
  STENCIL_SIDE_BOTTOM,
  STENCIL_SIDE_LEFT,
  STENCIL_SIDE_RIGHT,
  STENCIL_N_SIDES
} StencilSide;

typedef struct _StencilDimensionLayout StencilDimensionLayout;

/* Dimensions with their text at u (em, mm), in lanes outside the edges given (scene
 * coordinates, y down: top < bottom, left < right). */
StencilDimensionLayout *stencil_dimension_layout_new             (double u,
                                                                  double top,
                                                                  double bottom,
                                                                  double left,
                                                                  double right);
void                    stencil_dimension_layout_free            (StencilDimensionLayout *layout);

/* A dimension named name (StencilDimension.name) of value_mm, drawn as "prefix = value" or the
 * value alone, on side, between the features at a and b along the side (x for the top and the
 * bottom, y for the left and the right), whose extension lines start across at start_a and
 * start_b. Requests are placed in the order they are added: the small ones first. */
void                    stencil_dimension_layout_add             (StencilDimensionLayout *layout,
                                                                  const char             *name,
                                                                  double                  value_mm,
                                                                  const char             *prefix,
                                                                  gboolean                aperture,
                                                                  StencilSide             side,
                                                                  double                  a,
                                                                  double                  start_a,
                                                                  double                  b,
                                                                  double                  start_b);
/* The last request may also go on another side (the mirrored row), when its own is full. */
void                    stencil_dimension_layout_set_alternative (StencilDimensionLayout *layout,
                                                                  StencilSide             side,
                                                                  double                  start_a,
                                                                  double                  start_b);
/* Finds every request its lane and draws them all into scene, recorded as its dimensions. */
void                    stencil_dimension_layout_draw            (StencilDimensionLayout *layout,
                                                                  StencilScene           *scene);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StencilDimensionLayout, stencil_dimension_layout_free)

G_END_DECLS
