/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stencil-aperture.h"

G_BEGIN_DECLS

/* The engine's values in words for people, translated: one place for the window, the CLI and
 * the drawings. Files and JSON use the untranslated keywords of stencil_*_to_string (). */
const char *stencil_status_label          (StencilStatus   status);
const char *stencil_pad_class_label       (StencilPadClass pad_class);
/* "Terminal", "Soldering": a column heading or a table cell. */
const char *stencil_pad_class_short_label (StencilPadClass pad_class);
/* stencil_part_kind_label () is in stencil-types.h: the family's messages need it. */
const char *stencil_regime_label          (StencilRegime   regime);
/* "datasheet", "interpolated", "extrapolated": a table cell. */
const char *stencil_regime_short_label    (StencilRegime   regime);
const char *stencil_strategy_label        (StencilStrategy strategy);

G_END_DECLS
