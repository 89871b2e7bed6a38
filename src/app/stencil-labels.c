/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stencilcalc"

#include "config.h"

#include <glib/gi18n.h>

#include "stencil-labels.h"

const char *
stencil_status_label (StencilStatus status)
{
  switch (status)
    {
    case STENCIL_STATUS_PASS:
      return _("Pass");
    case STENCIL_STATUS_MARGINAL:
      return _("Marginal");
    case STENCIL_STATUS_FAIL:
      return _("Fail");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
stencil_status_icon_name (StencilStatus status)
{
  switch (status)
    {
    case STENCIL_STATUS_PASS:
      return "emblem-ok-symbolic";
    case STENCIL_STATUS_MARGINAL:
      return "dialog-warning-symbolic";
    case STENCIL_STATUS_FAIL:
      return "dialog-error-symbolic";
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
stencil_status_css_class (StencilStatus status)
{
  switch (status)
    {
    case STENCIL_STATUS_PASS:
      return "success";
    case STENCIL_STATUS_MARGINAL:
      return "warning";
    case STENCIL_STATUS_FAIL:
      return "error";
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
stencil_pad_class_label (StencilPadClass pad_class)
{
  switch (pad_class)
    {
    case STENCIL_PAD_CLASS_TERMINAL:
      return _("Terminal pads");
    case STENCIL_PAD_CLASS_SOLDERING:
      return _("Soldering terminals");
    case STENCIL_N_PAD_CLASSES:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
stencil_part_kind_label (StencilPartKind kind)
{
  switch (kind)
    {
    case STENCIL_PART_KIND_SOCKET:
      return _("Socket");
    case STENCIL_PART_KIND_HEADER:
      return _("Header");
    case STENCIL_N_PART_KINDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
stencil_regime_label (StencilRegime regime)
{
  switch (regime)
    {
    case STENCIL_REGIME_DATASHEET:
      return _("Datasheet value");
    case STENCIL_REGIME_INTERPOLATED:
      return _("Interpolated between datasheet values");
    case STENCIL_REGIME_EXTRAPOLATED:
      return _("Extrapolated: paste volume of the nearest datasheet value");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
stencil_strategy_label (StencilStrategy strategy)
{
  switch (strategy)
    {
    case STENCIL_STRATEGY_BEST_RELEASE:
      return _("Best release");
    case STENCIL_STRATEGY_PROPORTIONAL:
      return _("Proportional");
    case STENCIL_STRATEGY_KEEP_WIDTH:
      return _("Keep width");
    case STENCIL_STRATEGY_KEEP_LENGTH:
      return _("Keep length");
    case STENCIL_N_STRATEGIES:
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
stencil_format_percent (double ratio)
{
  /* Translators: a percentage, e.g. "66.0 %" */
  return g_strdup_printf (_("%.1f %%"), ratio * 100.0);
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
                          pad->id, stencil_pad_class_to_string (pad->pad_class),
                          pad->w_mm, pad->h_mm, ap->w_mm, ap->h_mm, opening,
                          ap->area_ratio, ap->aspect_ratio,
                          stencil_status_label (ap->status));
}
