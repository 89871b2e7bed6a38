/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "stencil-aperture.h"

G_BEGIN_DECLS

/* Words, icons and style classes for the engine's values, as the window shows them. */
const char *stencil_status_label          (StencilStatus   status);
const char *stencil_status_icon_name      (StencilStatus   status);
const char *stencil_status_css_class      (StencilStatus   status);
const char *stencil_pad_class_label       (StencilPadClass pad_class);
/* "Terminal", "Soldering": a column heading or a table cell. */
const char *stencil_pad_class_short_label (StencilPadClass pad_class);
const char *stencil_part_kind_label       (StencilPartKind kind);
const char *stencil_regime_label          (StencilRegime   regime);
const char *stencil_strategy_label        (StencilStrategy strategy);
/* "66.0 %" */
char       *stencil_format_percent        (double          ratio);
/* "1.200 × 0.350": a pad or an aperture, in mm. */
char       *stencil_format_size           (double          w_mm,
                                           double          h_mm);
/* Pad id, pad size, aperture size and its three ratios, for a tooltip. */
char       *stencil_describe_pad          (const StencilResult *result,
                                           guint                index);

G_END_DECLS
