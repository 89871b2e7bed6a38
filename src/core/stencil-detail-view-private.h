/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Detail A for the sheet (stencil-detail-view.c): the main view with a mark, and the pin-1
 * corner enlarged below it, when the sheet's view area has the room. */
#pragma once

#include "stencil-aperture.h"
#include "stencil-scene.h"

G_BEGIN_DECLS

/* Places view (the part view at text_mm / scale, part mm) at scale at the top of the area
 * (paper mm) with the mark of the detail, and the detail below it with its heading; sets the
 * sheet's detail scale and frame. FALSE, and nothing added, when there is no room at a nice
 * scale at least twice the main view's: the caller then places the view alone. */
gboolean stencil_detail_view_add (StencilScene  *scene,
                                  StencilResult *result,
                                  StencilScene  *view,
                                  double         scale,
                                  double         text_mm,
                                  double         area_x0,
                                  double         area_y0,
                                  double         area_x1,
                                  double         area_y1);

G_END_DECLS
