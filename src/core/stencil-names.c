/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The engine's values in words for people, translated (stencil-names.h). */
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

/* "pass", "MARGINAL", "FAIL": a cell of the CLI's tables, where a failure must stand out. */
static const char * const status_words[] = {
  [STENCIL_STATUS_PASS] = N_("pass"),
  [STENCIL_STATUS_MARGINAL] = N_("MARGINAL"),
  [STENCIL_STATUS_FAIL] = N_("FAIL"),
};

/* One name of each pad class, spelt the same in the drawings, the warnings, the window and the
 * CLI; the short label is for narrow columns. */
static const struct
{
  const char *label;
  const char *short_label;    /* context "pad class" */
} pad_classes[] = {
  [STENCIL_PAD_CLASS_TERMINAL] = { N_("Terminal"), NC_("pad class", "Terminal") },
  [STENCIL_PAD_CLASS_SOLDERING] = { N_("Soldering terminal"), NC_("pad class", "Soldering") },
};

static const struct
{
  const char *label;
  const char *noun;           /* inside a sentence */
} part_kinds[] = {
  [STENCIL_PART_KIND_SOCKET] = { N_("Socket"), N_("socket") },
  [STENCIL_PART_KIND_HEADER] = { N_("Header"), N_("header") },
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

static const char * const thickness_limits[] = {
  [STENCIL_THICKNESS_LIMIT_AREA_RATIO] = N_("area ratio"),
  [STENCIL_THICKNESS_LIMIT_ASPECT_RATIO] = N_("aspect ratio"),
  [STENCIL_THICKNESS_LIMIT_WEB] = N_("web between apertures"),
  [STENCIL_THICKNESS_LIMIT_CORNER_RADIUS] = N_("corner radius"),
  [STENCIL_THICKNESS_LIMIT_SCAN_RANGE] = N_("end of the scanned range"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (thickness_limits) == STENCIL_N_THICKNESS_LIMITS);
G_STATIC_ASSERT (G_N_ELEMENTS (status_words) == G_N_ELEMENTS (statuses));
G_STATIC_ASSERT (G_N_ELEMENTS (pad_classes) == STENCIL_N_PAD_CLASSES);
G_STATIC_ASSERT (G_N_ELEMENTS (part_kinds) == STENCIL_N_PART_KINDS);
G_STATIC_ASSERT (G_N_ELEMENTS (strategies) == STENCIL_N_STRATEGIES);

const char *
stencil_status_label (StencilStatus status)
{
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (statuses), NULL);
  return _(statuses[status]);
}

const char *
stencil_status_short_label (StencilStatus status)
{
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (status_words), NULL);
  return _(status_words[status]);
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
stencil_part_kind_label (StencilPartKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (part_kinds), NULL);
  return _(part_kinds[kind].label);
}

const char *
stencil_part_kind_noun (StencilPartKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (part_kinds), NULL);
  return _(part_kinds[kind].noun);
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

const char *
stencil_thickness_limit_label (StencilThicknessLimit limit)
{
  g_return_val_if_fail ((guint) limit < G_N_ELEMENTS (thickness_limits), NULL);
  return _(thickness_limits[limit]);
}
