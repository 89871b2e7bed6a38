/* SPDX-License-Identifier: GPL-3.0-or-later */
/* StencilDesign: one design (part, thickness, grid, strategy, radius, minimum web, land
 * pattern) and the engine's result for it. */
#pragma once

#include <gio/gio.h>

#include "stencil-aperture.h"
#include "stencil-part.h"
#include "stencil-sweep.h"

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
/* The narrowest web between apertures the stencil maker can cut, mm (0: no such rule). */
double          stencil_design_get_web_limit_mm     (StencilDesign *self);
void            stencil_design_set_web_limit_mm     (StencilDesign *self,
                                                     double         web_limit_mm);
/* The land pattern in use: the family's (provisional) or the user's own for this part, which
 * is kept in $XDG_DATA_HOME/stencilcalc/land-patterns/PART.json and read back whenever that
 * part is chosen. */
StencilPattern *stencil_design_get_pattern          (StencilDesign *self);
/* NULL while the family's pattern is in use, else the user's source text (maybe ""). */
const char     *stencil_design_get_land_source      (StencilDesign *self);
/* Why the user's saved pattern of this part could not be used (NULL if it could). */
const char     *stencil_design_get_land_error       (StencilDesign *self);
/* The family's pattern of the current part (what "Reset to estimate" gives back). */
StencilPattern *stencil_design_dup_family_pattern   (StencilDesign *self,
                                                     GError       **error);
/* Uses the user's values for the current part and saves them; FALSE (nothing changed) when the
 * engine refuses them or the file cannot be written. */
gboolean        stencil_design_set_user_land        (StencilDesign         *self,
                                                     const StencilLandSpec *spec,
                                                     const char            *source,
                                                     GError               **error);
/* Back to the family's pattern; the saved file of this part is removed. */
gboolean        stencil_design_reset_land           (StencilDesign *self,
                                                     GError       **error);
/* A land pattern file (stencilcalc-cli land-pattern) for the current part, used and saved. */
gboolean        stencil_design_import_land          (StencilDesign *self,
                                                     GFile         *file,
                                                     GError       **error);
/* Writes the pattern in use as a land pattern file. */
gboolean        stencil_design_export_land          (StencilDesign *self,
                                                     GFile         *file,
                                                     GError       **error);

/* NULL when the parameters are invalid; then the error message says why. */
StencilResult  *stencil_design_get_result           (StencilDesign *self);
/* The thickness sweep of the part and parameters (80 to 200 um), made by the engine when first
 * asked for; "sweep" is notified when it no longer holds (any change but the thickness). NULL
 * while there is no result. */
StencilSweep   *stencil_design_get_sweep            (StencilDesign *self);
const char     *stencil_design_get_error_message    (StencilDesign *self);

G_END_DECLS
