/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One source of every user-visible name of the engine's values: status, pad class, part kind,
 * ratio regime and strategy, for the window, the CLI, the legend and the drawings. */
#pragma once

#include "stencil-types.h"

G_BEGIN_DECLS

/* The engine's values in words for people, translated: one place for the window, the CLI and
 * the drawings. Files and JSON use the untranslated keywords of stencil_*_to_string (). */
const char *stencil_status_label          (StencilStatus   status);
/* "pass", "MARGINAL", "FAIL": a table cell in which a failure stands out. */
const char *stencil_status_short_label    (StencilStatus   status);
/* "Terminal", "Soldering terminal": the class's one name, in drawings, warnings and tooltips. */
const char *stencil_pad_class_label       (StencilPadClass pad_class);
/* "Terminal", "Soldering": a column heading or a table cell. */
const char *stencil_pad_class_short_label (StencilPadClass pad_class);
const char *stencil_part_kind_label       (StencilPartKind kind);
/* "socket", "header": the kind inside a sentence. */
const char *stencil_part_kind_noun        (StencilPartKind kind);
const char *stencil_regime_label          (StencilRegime   regime);
/* "datasheet", "interpolated", "extrapolated": a table cell. */
const char *stencil_regime_short_label    (StencilRegime   regime);
const char *stencil_strategy_label        (StencilStrategy strategy);
/* "area ratio", "aspect ratio", "web between apertures", ...: what limits the maximum
 * recommended thickness, inside a sentence. */
const char *stencil_thickness_limit_label (StencilThicknessLimit limit);

G_END_DECLS
