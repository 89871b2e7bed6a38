/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stencil-names.h"

/* Indexed by the engine's enums; the words are translated when they are asked for. */
static const char * const statuses[] = {
  [STENCIL_STATUS_PASS] = N_("Pass"),
  [STENCIL_STATUS_MARGINAL] = N_("Marginal"),
  [STENCIL_STATUS_FAIL] = N_("Fail"),
};

static const struct
{
  const char *label;
  const char *short_label;    /* context "pad class" */
} pad_classes[] = {
  [STENCIL_PAD_CLASS_TERMINAL] = { N_("Terminal pads"), NC_("pad class", "Terminal") },
  [STENCIL_PAD_CLASS_SOLDERING] = { N_("Soldering terminals"), NC_("pad class", "Soldering") },
};

static const struct
{
  const char *label;
  const char *short_label;
} regimes[] = {
  [STENCIL_REGIME_DATASHEET] = { N_("Datasheet value"), N_("datasheet") },
  [STENCIL_REGIME_INTERPOLATED] = { N_("Interpolated between datasheet values"),
                                    N_("interpolated") },
  [STENCIL_REGIME_EXTRAPOLATED] = { N_("Extrapolated: paste volume of the nearest datasheet value"),
                                    N_("extrapolated") },
};

static const char * const strategies[] = {
  [STENCIL_STRATEGY_BEST_RELEASE] = N_("Best release"),
  [STENCIL_STRATEGY_PROPORTIONAL] = N_("Proportional"),
  [STENCIL_STRATEGY_KEEP_WIDTH] = N_("Keep width"),
  [STENCIL_STRATEGY_KEEP_LENGTH] = N_("Keep length"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (pad_classes) == STENCIL_N_PAD_CLASSES);
G_STATIC_ASSERT (G_N_ELEMENTS (strategies) == STENCIL_N_STRATEGIES);

const char *
stencil_status_label (StencilStatus status)
{
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (statuses), NULL);
  return _(statuses[status]);
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
  return g_dpgettext2 (GETTEXT_PACKAGE, "pad class", pad_classes[pad_class].short_label);
}

const char *
stencil_regime_label (StencilRegime regime)
{
  g_return_val_if_fail ((guint) regime < G_N_ELEMENTS (regimes), NULL);
  return _(regimes[regime].label);
}

const char *
stencil_regime_short_label (StencilRegime regime)
{
  g_return_val_if_fail ((guint) regime < G_N_ELEMENTS (regimes), NULL);
  return _(regimes[regime].short_label);
}

const char *
stencil_strategy_label (StencilStrategy strategy)
{
  g_return_val_if_fail ((guint) strategy < G_N_ELEMENTS (strategies), NULL);
  return _(strategies[strategy]);
}
