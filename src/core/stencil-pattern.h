/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The land pattern of one part: pads, body outline and where the values come from. */
#pragma once

#include "stencil-part.h"

G_BEGIN_DECLS

typedef struct
{
  char           *id;         /* "1".."n", "S1", "S2" */
  StencilPadClass pad_class;
  double          x_mm;       /* centre; x along the rows, y across them, origin at centre */
  double          y_mm;
  double          w_mm;       /* size along x */
  double          h_mm;       /* size along y */
} StencilPad;

/* The land pattern of one part: an immutable, reference-counted value. */
typedef struct
{
  StencilPart    *part;
  StencilLandSpec spec;
  GArray         *pads;       /* of StencilPad, pin 1..n then S1, S2 */
  double          body_w_mm;  /* body outline, centred on the origin */
  double          body_h_mm;
  double          pitch_mm;
  gboolean        provisional;
  /* NULL for the family's land pattern; for the user's own pattern the source the user gave
   * (e.g. "Panasonic drawing rev. 2024-03"), possibly "". */
  char           *source;
} StencilPattern;

#define STENCIL_TYPE_PATTERN (stencil_pattern_get_type ())
GType           stencil_pattern_get_type   (void) G_GNUC_CONST;

/* spec NULL: the family's land pattern for this part. */
StencilPattern *stencil_pattern_new        (StencilPart           *part,
                                            const StencilLandSpec *spec,
                                            GError               **error);
/* The user's own land pattern: never provisional; source says where its values come from
 * (NULL is taken as ""). The same checks as stencil_pattern_new (). */
StencilPattern *stencil_pattern_new_user   (StencilPart           *part,
                                            const StencilLandSpec *spec,
                                            const char            *source,
                                            GError               **error);
/* The pattern for values the user gave (a land-pattern file, a design, the window's dialog):
 * the user's own only when at least one value differs from the family's estimate as the file
 * writes it (STENCIL_LAND_DECIMALS); otherwise the family's provisional pattern, so that the
 * estimate given back unchanged never loses its notice. */
StencilPattern *stencil_pattern_new_from_values (StencilPart           *part,
                                                 const StencilLandSpec *spec,
                                                 const char            *source,
                                                 GError               **error);
StencilPattern *stencil_pattern_ref        (StencilPattern *self);
void            stencil_pattern_unref      (StencilPattern *self);
guint           stencil_pattern_get_n_pads (const StencilPattern *self);
const StencilPad *
                stencil_pattern_get_pad    (const StencilPattern *self,
                                            guint                 index);
/* Bounding box of all pads, mm. */
void            stencil_pattern_get_extents (const StencilPattern *self,
                                             double *x0, double *y0,
                                             double *x1, double *y1);

/* Land-pattern values are written to files to this many decimals of a mm (whole nm). */
#define STENCIL_LAND_DECIMALS 6

/* Whether two specs have the same values as written to a file (provisional is not compared). */
gboolean        stencil_land_spec_equal       (const StencilLandSpec *a,
                                               const StencilLandSpec *b);
/* Whether spec holds the family's estimate of part, as written to a file. */
gboolean        stencil_land_spec_is_estimate (StencilPart           *part,
                                               const StencilLandSpec *spec);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StencilPattern, stencil_pattern_unref)

/* The notice shown wherever a provisional land pattern is displayed or exported. */
#define STENCIL_PROVISIONAL_NOTICE_C \
  "Provisional land pattern: check against the manufacturer's current drawing"
const char     *stencil_provisional_notice (void);   /* translated */

/* Whether this is the user's own land pattern (source != NULL). */
gboolean        stencil_pattern_is_user    (const StencilPattern *self);
/* What the land pattern is, for title blocks and reports: "provisional (project estimate)",
 * "user-defined (SOURCE)" or "as given"; translated or in the C locale (for Gerber comments).
 * max_source_chars > 0 shortens a long source with "…". */
char           *stencil_pattern_describe_land (const StencilPattern *self,
                                               gboolean              translated,
                                               guint                 max_source_chars);

G_END_DECLS
