/* SPDX-License-Identifier: GPL-3.0-or-later */
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
} StencilPattern;

#define STENCIL_TYPE_PATTERN (stencil_pattern_get_type ())
GType           stencil_pattern_get_type   (void) G_GNUC_CONST;

/* spec NULL: the family's land pattern for this part. */
StencilPattern *stencil_pattern_new        (StencilPart           *part,
                                            const StencilLandSpec *spec,
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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StencilPattern, stencil_pattern_unref)

/* The notice shown wherever a provisional land pattern is displayed or exported. */
#define STENCIL_PROVISIONAL_NOTICE_C \
  "Provisional land pattern: check against the manufacturer's current drawing"
const char     *stencil_provisional_notice (void);   /* translated */

G_END_DECLS
