/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Rounding of shown numbers that keeps them on the side of the limit their status comes from:
 * one helper for the CLI, the window and the drawings. */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <math.h>

#include "stencil-format.h"
#include "stencil-limits.h"
#include "stencil-types.h"

/* The slack stencil_classify () compares with: 0.66 computed as 0.65999999999 passes. */
#define CLASSIFY_SLACK 1e-9

static const double area_limits[] = { STENCIL_AREA_RATIO_MARGINAL, STENCIL_AREA_RATIO_PASS };
static const double aspect_limits[] = { STENCIL_ASPECT_RATIO_PASS };

static const struct
{
  const double *limits;
  guint         n_limits;
  double        slack;
} measures[] = {
  [STENCIL_MEASURE_AREA_RATIO] = { area_limits, G_N_ELEMENTS (area_limits), CLASSIFY_SLACK },
  [STENCIL_MEASURE_ASPECT_RATIO] = { aspect_limits, G_N_ELEMENTS (aspect_limits),
                                     CLASSIFY_SLACK },
};

double
stencil_round_keeping_side (double        value,
                            int           decimals,
                            const double *limits,
                            guint         n_limits,
                            double        slack)
{
  double scale, shown;

  g_return_val_if_fail (decimals >= 0 && decimals <= 12, value);

  if (!isfinite (value))
    return value;
  scale = pow (10, decimals);
  shown = round (value * scale) / scale;
  for (guint i = 0; i < n_limits; i++)
    {
      double limit = limits[i];
      gboolean meets = value >= limit - slack;
      gboolean shown_meets = shown >= limit - slack;
      /* The first figure at or above the limit; 1e-6 keeps 0.66 * 100 = 66.00000000000001 at
       * 66 and not 67. */
      double first_meeting = ceil (limit * scale - 1e-6);

      if (meets && !shown_meets)
        shown = first_meeting / scale;
      else if (!meets && shown_meets)
        shown = (first_meeting - 1) / scale;
    }
  return shown;
}

double
stencil_measure_round (StencilMeasure measure,
                       double         value,
                       int            decimals)
{
  g_return_val_if_fail ((guint) measure < STENCIL_N_MEASURES, value);

  return stencil_round_keeping_side (value, decimals, measures[measure].limits,
                                     measures[measure].n_limits, measures[measure].slack);
}

double
stencil_web_round (double web_mm,
                   double limit_mm,
                   int    decimals)
{
  /* stencil_calculate () warns when the web is below the limit, compared exactly. */
  return stencil_round_keeping_side (web_mm, decimals, &limit_mm, limit_mm > 0 ? 1 : 0, 0);
}

char *
stencil_measure_format (StencilMeasure measure,
                        double         value,
                        int            decimals)
{
  /* The rounded figure is exact at these decimals: printf does not move it again. */
  return g_strdup_printf ("%.*f", decimals, stencil_measure_round (measure, value, decimals));
}

char *
stencil_measure_format_c (StencilMeasure measure,
                          double         value,
                          int            decimals)
{
  return stencil_format_number (stencil_measure_round (measure, value, decimals), decimals);
}

char *
stencil_format_exact_c (double value)
{
  static const char * const formats[] = { "%.15g", "%.16g", "%.17g" };
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    return g_strdup ("0");
  if (value == 0)
    return g_strdup ("0");
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buf, sizeof buf, formats[i], value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  return g_strdup (buf);
}
