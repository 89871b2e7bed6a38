/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The thickness sweep: the results of one part and its options over a range of foil thicknesses,
 * per pad class, computed by stencil_calculate () at every step. */
#pragma once

#include "stencil-aperture.h"

G_BEGIN_DECLS

#define STENCIL_SWEEP_FROM_UM   80.0
#define STENCIL_SWEEP_TO_UM     200.0
#define STENCIL_SWEEP_STEP_UM   1.0
/* Enough for a smooth curve over the whole thickness range at 0.1 um. */
#define STENCIL_SWEEP_MAX_STEPS 10001

typedef struct
{
  double from_um;
  double to_um;
  double step_um;
} StencilSweepRange;

void      stencil_sweep_range_init     (StencilSweepRange       *range);
/* from < to, both within the thickness range, step > 0 and at most 10,001 steps. */
gboolean  stencil_sweep_range_validate (const StencilSweepRange *range,
                                        GError                 **error);

/* One pad class at one thickness: the same numbers as stencil_calculate () gives there. */
typedef struct
{
  gboolean      valid;          /* FALSE: no aperture at this thickness (corner radius too big) */
  double        target_ratio;
  StencilRegime regime;
  double        opening_ratio;  /* achieved */
  double        area_ratio;
  double        aspect_ratio;
  double        w_mm;
  double        h_mm;
  StencilStatus status;
} StencilSweepValue;

typedef struct
{
  double            thickness_um;
  gboolean          valid;      /* stencil_calculate () succeeded here */
  StencilStatus     status;     /* worst of the part */
  double            min_web_mm;
  StencilSweepValue classes[STENCIL_N_PAD_CLASSES];   /* parallel to the sweep's classes */
} StencilSweepPoint;

/* The whole sweep: immutable, reference counted. */
typedef struct
{
  StencilPattern       *pattern;
  StencilCalcParams     params;         /* as given: params.thickness_um is the chosen foil */
  StencilSweepRange     range;
  guint                 n_classes;
  StencilPadClass       classes[STENCIL_N_PAD_CLASSES];
  GArray               *points;         /* of StencilSweepPoint, thickness ascending */
  /* The datasheet's points per class (owned by the family), parallel to classes[]. */
  const StencilRatioPoint *datasheet[STENCIL_N_PAD_CLASSES];
  guint                 n_datasheet[STENCIL_N_PAD_CLASSES];
  double                max_thickness_um;    /* 0: none */
  StencilThicknessLimit max_thickness_limit;
} StencilSweep;

#define STENCIL_TYPE_SWEEP (stencil_sweep_get_type ())
GType         stencil_sweep_get_type  (void) G_GNUC_CONST;

/* range NULL: 80 to 200 um in 1 um steps. */
StencilSweep *stencil_sweep_new       (StencilPattern          *pattern,
                                       const StencilCalcParams *params,
                                       const StencilSweepRange *range,
                                       GError                 **error);
StencilSweep *stencil_sweep_ref       (StencilSweep *self);
void          stencil_sweep_unref     (StencilSweep *self);
guint         stencil_sweep_get_n_points (const StencilSweep *self);
const StencilSweepPoint *
              stencil_sweep_get_point (const StencilSweep *self,
                                       guint               index);
/* The index into classes[] of a pad class, or -1. */
int           stencil_sweep_find_class (const StencilSweep *self,
                                        StencilPadClass     pad_class);

/* The sweep as CSV (RFC 4180, CRLF, C locale numbers): one row per thickness and pad class. */
GBytes       *stencil_sweep_generate_csv  (StencilSweep *self);
/* The sweep as JSON (stencil-json.h), the names of `stencilcalc-cli calc --json`: the part and
 * options, the range, thresholds, the datasheet's points per class, the maximum recommended
 * thickness and what limits it, and every point. */
GBytes       *stencil_sweep_generate_json (StencilSweep *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StencilSweep, stencil_sweep_unref)

G_END_DECLS
