/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stencilcalc"

#include "config.h"

#include <glib/gi18n.h>

#include "stencil-labels.h"

/* Indexed by the engine's enums; the words are translated when they are asked for. */
static const struct
{
  const char *label;
  const char *icon_name;
  const char *css_class;
} statuses[] = {
  [STENCIL_STATUS_PASS] = { N_("Pass"), "emblem-ok-symbolic", "success" },
  [STENCIL_STATUS_MARGINAL] = { N_("Marginal"), "dialog-warning-symbolic", "warning" },
  [STENCIL_STATUS_FAIL] = { N_("Fail"), "dialog-error-symbolic", "error" },
};

static const struct
{
  const char *label;
  const char *short_label;    /* context "pad class" */
} pad_classes[] = {
  [STENCIL_PAD_CLASS_TERMINAL] = { N_("Terminal pads"), NC_("pad class", "Terminal") },
  [STENCIL_PAD_CLASS_SOLDERING] = { N_("Soldering terminals"), NC_("pad class", "Soldering") },
};

static const char * const part_kinds[] = {
  [STENCIL_PART_KIND_SOCKET] = N_("Socket"),
  [STENCIL_PART_KIND_HEADER] = N_("Header"),
};

static const char * const regimes[] = {
  [STENCIL_REGIME_DATASHEET] = N_("Datasheet value"),
  [STENCIL_REGIME_INTERPOLATED] = N_("Interpolated between datasheet values"),
  [STENCIL_REGIME_EXTRAPOLATED] = N_("Extrapolated: paste volume of the nearest datasheet value"),
};

static const char * const strategies[] = {
  [STENCIL_STRATEGY_BEST_RELEASE] = N_("Best release"),
  [STENCIL_STRATEGY_PROPORTIONAL] = N_("Proportional"),
  [STENCIL_STRATEGY_KEEP_WIDTH] = N_("Keep width"),
  [STENCIL_STRATEGY_KEEP_LENGTH] = N_("Keep length"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (pad_classes) == STENCIL_N_PAD_CLASSES);
G_STATIC_ASSERT (G_N_ELEMENTS (part_kinds) == STENCIL_N_PART_KINDS);
G_STATIC_ASSERT (G_N_ELEMENTS (strategies) == STENCIL_N_STRATEGIES);

const char *
stencil_status_label (StencilStatus status)
{
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (statuses), NULL);
  return _(statuses[status].label);
}

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

const char *
stencil_pad_class_label (StencilPadClass pad_class)
{
  g_return_val_if_fail ((guint) pad_class < G_N_ELEMENTS (pad_classes), NULL);
  return _(pad_classes[pad_class].label);
}

const char *
stencil_pad_class_short_label (StencilPadClass pad_class)
{
  g_return_val_if_fail ((guint) pad_class < G_N_ELEMENTS (pad_classes), NULL);
  return g_dpgettext2 (NULL, "pad class", pad_classes[pad_class].short_label);
}

const char *
stencil_part_kind_label (StencilPartKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (part_kinds), NULL);
  return _(part_kinds[kind]);
}

const char *
stencil_regime_label (StencilRegime regime)
{
  g_return_val_if_fail ((guint) regime < G_N_ELEMENTS (regimes), NULL);
  return _(regimes[regime]);
}

const char *
stencil_strategy_label (StencilStrategy strategy)
{
  g_return_val_if_fail ((guint) strategy < G_N_ELEMENTS (strategies), NULL);
  return _(strategies[strategy]);
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
                          pad->id, stencil_pad_class_to_string (pad->pad_class),
                          pad->w_mm, pad->h_mm, ap->w_mm, ap->h_mm, opening,
                          ap->area_ratio, ap->aspect_ratio,
                          stencil_status_label (ap->status));
}
