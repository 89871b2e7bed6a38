/* SPDX-License-Identifier: GPL-3.0-or-later */
/* StencilDesign: the window's design (the engine's StencilDocument: part, thickness, grid,
 * strategy, radius, minimum web, land pattern), its file, and the engine's result for it. */
#pragma once

#include <gio/gio.h>

#include "stencil-aperture.h"
#include "stencil-document.h"
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
/* The land pattern in use, from the design: the family's (provisional) or the user's own.
 * Nothing else decides it: what the window computes is what calc --design computes. */
StencilPattern *stencil_design_get_pattern          (StencilDesign *self);
/* NULL while the family's pattern is in use, else the user's source text (maybe ""). */
const char     *stencil_design_get_land_source      (StencilDesign *self);
/* A land pattern an earlier version kept for this part in
 * $XDG_DATA_HOME/stencilcalc/land-patterns/PART.json (and used silently): its path, offered
 * for import, never used by itself; NULL when there is none. */
const char     *stencil_design_get_stored_land_file (StencilDesign *self);
/* The family's pattern of the current part (what "Reset to estimate" gives back). */
StencilPattern *stencil_design_dup_family_pattern   (StencilDesign *self,
                                                     GError       **error);
/* The user's values for the current part, into the design: its own pattern only when a value
 * differs from the estimate (else the estimate stays, provisional). FALSE (nothing changed)
 * when the engine refuses them. */
gboolean        stencil_design_set_user_land        (StencilDesign         *self,
                                                     const StencilLandSpec *spec,
                                                     const char            *source,
                                                     GError               **error);
/* Back to the family's pattern. */
gboolean        stencil_design_reset_land           (StencilDesign *self,
                                                     GError       **error);
/* A land pattern file (stencilcalc-cli land-pattern) for the current part, into the design,
 * checked as calc --land-pattern checks it. */
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
const StencilDocument *
                stencil_design_get_document         (StencilDesign *self);

/* The design's .stencilcalc file, or NULL until it is saved or opened. */
GFile          *stencil_design_get_file             (StencilDesign *self);
/* Whether the design differs from its file (or, without one, from how it started). */
gboolean        stencil_design_get_modified         (StencilDesign *self);
/* The design as it is now counts as unchanged (a new window, once set up). */
void            stencil_design_set_unmodified       (StencilDesign *self);
/* Replaces the design by a file's (stencil_document_load (): the CLI's checks); FALSE and
 * nothing changed when it cannot be read. */
gboolean        stencil_design_open                 (StencilDesign *self,
                                                     GFile         *file,
                                                     GError       **error);
/* Writes the design to file (NULL: its own file) atomically; FALSE leaves the old file as it
 * was and the design unsaved. */
gboolean        stencil_design_save                 (StencilDesign *self,
                                                     GFile         *file,
                                                     GError       **error);

/* Text in a field that the window cannot compute from (field names it: "thickness"): the
 * message, or NULL when the field is valid again. While any field has one, "input-error" is
 * the first message and exports are refused; the result stays the last valid one. */
void            stencil_design_set_input_error      (StencilDesign *self,
                                                     const char    *field,
                                                     const char    *message);
const char     *stencil_design_get_input_error      (StencilDesign *self);

G_END_DECLS
