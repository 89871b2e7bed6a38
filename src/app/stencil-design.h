/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "stencil-aperture.h"
#include "stencil-part.h"

G_BEGIN_DECLS

#define STENCIL_TYPE_DESIGN (stencil_design_get_type ())
G_DECLARE_FINAL_TYPE (StencilDesign, stencil_design, STENCIL, DESIGN, GObject)

/* The state of one design: the part and the calculation parameters. Every change recomputes
 * the engine's StencilResult at once and notifies "result". */
StencilDesign  *stencil_design_new                  (StencilCatalog *catalog);

StencilCatalog *stencil_design_get_catalog          (StencilDesign *self);
StencilFamily  *stencil_design_get_family           (StencilDesign *self);
StencilPart    *stencil_design_get_part             (StencilDesign *self);
const char     *stencil_design_get_series           (StencilDesign *self);
void            stencil_design_set_series           (StencilDesign *self,
                                                     const char    *series);
StencilPartKind stencil_design_get_part_kind        (StencilDesign *self);
void            stencil_design_set_part_kind        (StencilDesign  *self,
                                                     StencilPartKind kind);
guint           stencil_design_get_contacts         (StencilDesign *self);
void            stencil_design_set_contacts         (StencilDesign *self,
                                                     guint          contacts);
gboolean        stencil_design_get_inspection       (StencilDesign *self);
void            stencil_design_set_inspection       (StencilDesign *self,
                                                     gboolean       inspection);
const char     *stencil_design_get_part_number      (StencilDesign *self);
/* Selects a part by number; FALSE (and the part unchanged) when the catalog has none. */
gboolean        stencil_design_set_part_number      (StencilDesign *self,
                                                     const char    *part_number,
                                                     GError       **error);
double          stencil_design_get_thickness_um     (StencilDesign *self);
void            stencil_design_set_thickness_um     (StencilDesign *self,
                                                     double         thickness_um);
StencilStrategy stencil_design_get_strategy         (StencilDesign *self);
void            stencil_design_set_strategy         (StencilDesign  *self,
                                                     StencilStrategy strategy);
double          stencil_design_get_grid_um          (StencilDesign *self);
void            stencil_design_set_grid_um          (StencilDesign *self,
                                                     double         grid_um);
double          stencil_design_get_corner_radius_mm (StencilDesign *self);
void            stencil_design_set_corner_radius_mm (StencilDesign *self,
                                                     double         corner_radius_mm);
/* NULL when the parameters are invalid; then the error message says why. */
StencilResult  *stencil_design_get_result           (StencilDesign *self);
const char     *stencil_design_get_error_message    (StencilDesign *self);

G_END_DECLS
