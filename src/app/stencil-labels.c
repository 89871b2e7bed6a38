/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Icons, style classes and formatted numbers of the engine's values as the window shows them. */
#define G_LOG_DOMAIN "stencilcalc"

#include "config.h"

#include <glib/gi18n.h>

#include "stencil-format.h"
#include "stencil-labels.h"

/* Icons and style classes of a status, indexed by the engine's enum. */
static const struct
{
  const char *icon_name;
  const char *css_class;
} statuses[] = {
  [STENCIL_STATUS_PASS] = { "emblem-ok-symbolic", "success" },
  [STENCIL_STATUS_MARGINAL] = { "dialog-warning-symbolic", "warning" },
  [STENCIL_STATUS_FAIL] = { "dialog-error-symbolic", "error" },
};

const char *
stencil_status_icon_name (StencilStatus status)
{
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (statuses), NULL);
  return statuses[status].icon_name;
}

const char *
stencil_status_css_class (StencilStatus status)
{
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (statuses), NULL);
  return statuses[status].css_class;
}

char *
stencil_format_percent (double ratio)
{
  /* Translators: a percentage, e.g. "66.0 %" */
  return g_strdup_printf (_("%.1f %%"), ratio * 100.0);
}

char *
stencil_format_size (double w_mm,
                     double h_mm)
{
  return g_strdup_printf ("%.3f × %.3f", w_mm, h_mm);
}

char *
stencil_describe_pad (const StencilResult *result,
                      guint                index)
{
  const StencilPad *pad;
  const StencilAperture *ap;
  g_autofree char *opening = NULL;

  g_return_val_if_fail (result != NULL, NULL);
  g_return_val_if_fail (index < stencil_pattern_get_n_pads (result->pattern), NULL);

  pad = stencil_pattern_get_pad (result->pattern, index);
  ap = stencil_result_get_aperture (result, index);
  opening = stencil_format_percent (ap->opening_ratio);
  return g_strdup_printf (_("Pad %s (%s)\n"
                            "Pad %.3f × %.3f mm\n"
                            "Aperture %.3f × %.3f mm\n"
                            "Opening ratio %s\n"
                            "Area ratio %.2f\n"
                            "Aspect ratio %.2f\n"
                            "%s"),
                          pad->id, stencil_pad_class_short_label (pad->pad_class),
                          pad->w_mm, pad->h_mm, ap->w_mm, ap->h_mm, opening,
                          stencil_measure_round (STENCIL_MEASURE_AREA_RATIO, ap->area_ratio, 2),
                          stencil_measure_round (STENCIL_MEASURE_ASPECT_RATIO, ap->aspect_ratio,
                                                 2),
                          stencil_status_label (ap->status));
}
