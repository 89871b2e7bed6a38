/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Numbers that are shown next to a status: rounded so that the shown figure never reads as the
 * other side of the limit that decided the status (0.6598 is "0.659", not "0.660 marginal"). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The measures whose status is decided by a limit, each with the engine's own comparison. */
typedef enum
{
  STENCIL_MEASURE_AREA_RATIO,    /* IPC-7525: pass >= 0.66, marginal >= 0.55 */
  STENCIL_MEASURE_ASPECT_RATIO,  /* IPC-7525: pass >= 1.5 */
  STENCIL_N_MEASURES
} StencilMeasure;

/* value rounded to decimals, to the nearest figure unless that one lies on the other side of
 * one of the measure's limits; then to the nearest figure on value's own side. */
double  stencil_measure_round     (StencilMeasure measure,
                                   double         value,
                                   int            decimals);
/* For people: stencil_measure_round () with exactly decimals digits, in the user's locale. */
char   *stencil_measure_format    (StencilMeasure measure,
                                   double         value,
                                   int            decimals);
/* The minimum web beside the design's web limit (params.web_limit_mm, 0: none), compared as
 * the engine compares it: a web below the limit is shown below it. */
double  stencil_web_round         (double         web_mm,
                                   double         limit_mm,
                                   int            decimals);
/* For sentences that reach files (JSON warnings): C locale, trailing zeros dropped. */
char   *stencil_measure_format_c  (StencilMeasure measure,
                                   double         value,
                                   int            decimals);
/* A number for a file as exactly as a double holds it: C locale, the shortest form that reads
 * back as value (12.3456789 stays 12.3456789, 1e-07 stays 1e-07). */
char   *stencil_format_exact_c    (double         value);
/* The same for any limits: limits[] are compared as value >= limit - slack. */
double  stencil_round_keeping_side (double        value,
                                    int           decimals,
                                    const double *limits,
                                    guint         n_limits,
                                    double        slack);

G_END_DECLS
