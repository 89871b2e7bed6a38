/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The design document: one stencil design (part, foil, aperture parameters, the land pattern in
 * use and whose values it holds) and its .stencilcalc file, the same for the CLI and the window. */
#pragma once

#include "stencil-aperture.h"

G_BEGIN_DECLS

/* The file:
 *
 *   { "format": "stencilcalc-design", "version": 1, "part": "AXK7L40223G",
 *     "thickness_um": 127, "strategy": "best-release", "grid_um": 5, "corner_radius_mm": 0,
 *     "web_limit_mm": 0.1, "land_pattern": { "source": "Panasonic drawing rev. 2024-03",
 *                       "terminal": { ... }, "soldering": { ... }, "body": { ... } } }
 *
 * "land_pattern" (the members of a land-pattern file) only when the user's values are in use.
 * Calculation numbers are written exactly (the shortest form that reads back as the same
 * double), land-pattern values to whole nm as in land-pattern files, all in the C locale. */
#define STENCIL_DOCUMENT_FORMAT     "stencilcalc-design"
#define STENCIL_DOCUMENT_VERSION    1
#define STENCIL_DOCUMENT_SUFFIX     ".stencilcalc"
#define STENCIL_DOCUMENT_MIME_TYPE  "application/x-stencilcalc-design"
/* A design is a few hundred bytes: anything larger is not one, and is not read. */
#define STENCIL_DOCUMENT_MAX_BYTES  (256 * 1024)

typedef struct _StencilDocument StencilDocument;

#define STENCIL_TYPE_DOCUMENT (stencil_document_get_type ())
GType            stencil_document_get_type      (void) G_GNUC_CONST;

/* A design of part with the default parameters and the family's land pattern. */
StencilDocument *stencil_document_new           (StencilPart           *part,
                                                 GError               **error);
StencilDocument *stencil_document_copy          (const StencilDocument *self);
void             stencil_document_free          (StencilDocument       *self);
/* Same part, parameters, land pattern provenance and values (as written to the file). */
gboolean         stencil_document_equal         (const StencilDocument *a,
                                                 const StencilDocument *b);

StencilPart     *stencil_document_get_part      (const StencilDocument *self);
/* Another part: back to its family's land pattern (the user's values were for the old part). */
gboolean         stencil_document_set_part      (StencilDocument       *self,
                                                 StencilPart           *part,
                                                 GError               **error);
const StencilCalcParams *
                 stencil_document_get_params    (const StencilDocument *self);
/* The one validation of every calculation value: FALSE and nothing changed when one is out of
 * range (the message says which, and the range). */
gboolean         stencil_document_set_params    (StencilDocument         *self,
                                                 const StencilCalcParams *params,
                                                 GError                 **error);
gboolean         stencil_document_validate_params (const StencilCalcParams *params,
                                                   GError                 **error);

/* The land pattern in use: the family's estimate or the user's own (stencil_pattern_is_user ()). */
StencilPattern  *stencil_document_get_pattern   (const StencilDocument *self);
gboolean         stencil_document_has_user_land (const StencilDocument *self);
/* Values the user gave for the document's part, rounded to the file's precision first. They
 * are the user's only when one of them differs from the family's estimate; otherwise the
 * family's provisional pattern stays in use (stencil_pattern_new_from_values ()). FALSE and
 * nothing changed when the engine refuses the values. */
gboolean         stencil_document_set_land      (StencilDocument       *self,
                                                 const StencilLandSpec *spec,
                                                 const char            *source,
                                                 GError               **error);
/* Uses a checked pattern of the document's part as it is (an imported file). */
gboolean         stencil_document_set_pattern   (StencilDocument       *self,
                                                 StencilPattern        *pattern,
                                                 GError               **error);
/* Back to the family's estimate. */
gboolean         stencil_document_reset_land    (StencilDocument       *self,
                                                 GError               **error);

/* stencil_calculate () of the land pattern in use with the parameters. */
StencilResult   *stencil_document_calculate     (const StencilDocument *self,
                                                 GError               **error);

/* The file, UTF-8 JSON ending in a line break. The same document always gives the same bytes. */
GBytes          *stencil_document_to_bytes      (const StencilDocument *self);
/* Written atomically (stencil_write_output ()): a failed save leaves the old file as it was. */
gboolean         stencil_document_save          (const StencilDocument *self,
                                                 const char            *path,
                                                 GError               **error);
/* Reads a design: every member is checked (the same checks as the CLI's options and the
 * window's fields), the part must be in catalog, unknown members and newer versions are
 * refused by name. origin names the file in every message ("FILE: thickness_um: ..."). */
StencilDocument *stencil_document_new_from_data (StencilCatalog        *catalog,
                                                 const char            *data,
                                                 gsize                  length,
                                                 const char            *origin,
                                                 GError               **error);
/* Reads at most STENCIL_DOCUMENT_MAX_BYTES of a regular file, then as above. */
StencilDocument *stencil_document_load          (StencilCatalog        *catalog,
                                                 const char            *path,
                                                 GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StencilDocument, stencil_document_free)

G_END_DECLS
