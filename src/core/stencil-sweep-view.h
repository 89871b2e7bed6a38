/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The thickness sweep drawn as a scene (stencil-scene.h): three plots over the foil thickness,
 * for the window, the PDF's sweep page and anything else that renders a scene. */
#pragma once

#include "stencil-scene.h"
#include "stencil-sweep.h"

G_BEGIN_DECLS

typedef struct
{
  double width_mm;    /* the whole scene */
  double height_mm;
  double text_mm;     /* label size (em); made smaller when the scene is too small for it */
  double cursor_um;   /* the chosen thickness; NAN: the sweep's own params.thickness_um */
} StencilSweepViewOptions;

typedef enum
{
  STENCIL_SWEEP_PANEL_OPENING,   /* target and achieved opening ratio, datasheet points */
  STENCIL_SWEEP_PANEL_AREA,      /* IPC-7525 area ratio */
  STENCIL_SWEEP_PANEL_ASPECT,    /* IPC-7525 aspect ratio */
  STENCIL_SWEEP_N_PANELS
} StencilSweepPanel;

/* Where the plots are in the scene: every panel shares the thickness axis x0..x1. */
typedef struct
{
  double x0;          /* left and right end of the thickness axis, scene mm */
  double x1;
  double y0;          /* top of the first plot, bottom of the last */
  double y1;
  double from_um;     /* the thickness at x0 and at x1 */
  double to_um;
  struct
  {
    double y0, y1;    /* top and bottom of the panel, scene mm */
    double lo, hi;    /* the values at y1 and at y0 */
  } panels[STENCIL_SWEEP_N_PANELS];
} StencilSweepFrame;

/* 180 x 130 mm, 2.5 mm text, the sweep's own thickness as the cursor. */
void          stencil_sweep_view_options_init   (StencilSweepViewOptions *options);

/* Opening ratio (target dashed, achieved solid, the datasheet's points), IPC-7525 area ratio and
 * aspect ratio of each pad class against the thickness; pass / marginal / fail bands behind the
 * thresholds 0.66 and 0.55 (area) and 1.5 (aspect); the maximum recommended thickness and the
 * cursor as vertical lines across all three. out_frame (may be NULL): where the plots are. */
StencilScene *stencil_sweep_view_new            (StencilSweep                  *sweep,
                                                 const StencilSweepViewOptions *options,
                                                 StencilSweepFrame             *out_frame);

/* The thickness under a point of the scene (a click), rounded to the whole um and within the
 * sweep's range; FALSE when the point is not over the plots. */
gboolean      stencil_sweep_frame_thickness_at  (const StencilSweepFrame       *frame,
                                                 double                         x_mm,
                                                 double                         y_mm,
                                                 double                        *out_thickness_um);

G_END_DECLS
