/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Apertures from the datasheet's opening ratios: the calculation parameters, the IPC-7525
 * guideline values and StencilResult, everything computed for one part at one thickness. */
#pragma once

#include "stencil-limits.h"
#include "stencil-pattern.h"

G_BEGIN_DECLS

/* The IPC-7525 guideline values are in stencil-limits.h (stencil-format.h needs them too). */

#define STENCIL_MAX_THICKNESS_SCAN_LO_UM  50
#define STENCIL_MAX_THICKNESS_SCAN_HI_UM  250

typedef struct
{
  double          thickness_um;
  StencilStrategy strategy;
  double          grid_um;
  double          corner_radius_mm;
  /* The narrowest web between apertures the stencil maker can cut (mm; 0: no such limit). A foil
   * whose apertures leave a narrower web is not recommended. */
  double          web_limit_mm;
} StencilCalcParams;

void         stencil_calc_params_init       (StencilCalcParams *params);
gboolean     stencil_calc_params_validate   (const StencilCalcParams *params,
                                             GError                 **error);

const char  *stencil_strategy_to_string     (StencilStrategy strategy);
gboolean     stencil_strategy_from_string   (const char      *str,
                                             StencilStrategy *out);
const char  *stencil_regime_to_string       (StencilRegime regime);
const char  *stencil_status_to_string       (StencilStatus status);
/* "area-ratio", "aspect-ratio", "web", "corner-radius", "scan-range". */
const char  *stencil_thickness_limit_to_string (StencilThicknessLimit limit);

/* The ratio model of f4-series.md: deposit height h interpolated between the datasheet points,
 * held outside them; r = min (1, h / t). */
double       stencil_ratio_model_target     (const StencilRatioPoint *points,
                                             guint                    n_points,
                                             double                   thickness_um,
                                             StencilRegime           *out_regime);

/* IPC-7525 area ratio A / (P t) of a (rounded) rectangle, sizes in mm, thickness in um. */
double       stencil_area_ratio             (double w_mm,
                                             double h_mm,
                                             double r_mm,
                                             double thickness_um);
double       stencil_aperture_area          (double w_mm,
                                             double h_mm,
                                             double r_mm);
double       stencil_aspect_ratio           (double w_mm,
                                             double h_mm,
                                             double thickness_um);
StencilStatus stencil_classify              (double area_ratio,
                                             double aspect_ratio);

/* Fits an aperture inside a pad for a target opening ratio, rounded to the grid. */
gboolean     stencil_aperture_fit           (double          pad_w_mm,
                                             double          pad_h_mm,
                                             double          target_ratio,
                                             StencilStrategy strategy,
                                             double          grid_um,
                                             double          r_mm,
                                             double         *out_w_mm,
                                             double         *out_h_mm,
                                             GError        **error);

/* One aperture, parallel to the pattern's pads. */
typedef struct
{
  double        w_mm;
  double        h_mm;
  double        r_mm;
  double        opening_ratio;   /* achieved, after grid rounding */
  double        area_ratio;
  double        aspect_ratio;
  StencilStatus status;
} StencilAperture;

typedef struct
{
  StencilPadClass pad_class;
  guint           n_pads;
  double          target_ratio;
  StencilRegime   regime;
  double          deposit_um;      /* h (t) of the ratio model */
  double          pad_w_mm;
  double          pad_h_mm;
  StencilAperture aperture;        /* every pad of a class has the same aperture */
} StencilClassResult;

/* Everything computed for one part at one thickness: immutable, reference counted. */
typedef struct
{
  StencilPattern    *pattern;
  StencilCalcParams  params;
  StencilClassResult classes[STENCIL_N_PAD_CLASSES];
  guint              n_classes;     /* classes[] holds the classes present, in order */
  GArray            *apertures;     /* of StencilAperture, parallel to pattern->pads */
  double             min_web_mm;    /* smallest gap between neighbouring apertures */
  guint              min_web_pad_a; /* pads on each side of that gap */
  guint              min_web_pad_b;
  double             max_thickness_um; /* 0: no thickness in the scan range passes */
  StencilThicknessLimit max_thickness_limit; /* the rule that stops a thicker recommendation */
  StencilStatus      status;        /* worst status of all apertures */
  GPtrArray         *warnings;      /* translated sentences, numbers with a point (files) */
  GPtrArray         *display_warnings; /* the same with the locale's numbers (CLI text, window) */
} StencilResult;

#define STENCIL_TYPE_RESULT (stencil_result_get_type ())
GType          stencil_result_get_type  (void) G_GNUC_CONST;

StencilResult *stencil_calculate        (StencilPattern          *pattern,
                                         const StencilCalcParams *params,
                                         GError                 **error);
StencilResult *stencil_result_ref       (StencilResult *self);
void           stencil_result_unref     (StencilResult *self);
const StencilAperture *
               stencil_result_get_aperture (const StencilResult *self,
                                            guint                index);
const StencilClassResult *
               stencil_result_get_class (const StencilResult *self,
                                         StencilPadClass      pad_class);
/* The largest whole um in [50, 250] at which every aperture passes IPC-7525 and the web between
 * apertures is at least params->web_limit_mm; 0 when none. out_limit (may be NULL): the rule
 * that fails at the next thicker um (with none: the web, when apertures pass somewhere but the
 * web never holds; else what fails at 50 um). */
double         stencil_max_thickness    (StencilPattern          *pattern,
                                         const StencilCalcParams *params);
double         stencil_max_thickness_with_limit (StencilPattern          *pattern,
                                                 const StencilCalcParams *params,
                                                 StencilThicknessLimit   *out_limit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StencilResult, stencil_result_unref)

G_END_DECLS
