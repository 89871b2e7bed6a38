/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Icons, style classes and number formats for the window; the words are stencil-names.h. */
#pragma once

#include <glib.h>

#include "stencil-aperture.h"
#include "stencil-names.h"

G_BEGIN_DECLS

/* Icons and style classes for the engine's values, as the window shows them; the words are
 * the engine's (stencil-names.h). */
const char *stencil_status_icon_name      (StencilStatus   status);
const char *stencil_status_css_class      (StencilStatus   status);
/* "66.0 %" */
char       *stencil_format_percent        (double          ratio);
/* "1.200 × 0.350": a pad or an aperture, in mm. */
char       *stencil_format_size           (double          w_mm,
                                           double          h_mm);
/* Pad id, pad size, aperture size and its three ratios, for a tooltip. */
char       *stencil_describe_pad          (const StencilResult *result,
                                           guint                index);

G_END_DECLS
