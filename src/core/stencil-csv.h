/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The aperture table of one result as CSV, one row per pad. */
#pragma once

#include "stencil-aperture.h"

G_BEGIN_DECLS

/* The aperture table of one result as CSV (RFC 4180: comma-separated, CRLF, UTF-8, a header
 * row), one row per pad, numbers in the C locale whatever the user's locale. */
GBytes *stencil_csv_generate (StencilResult *result);

G_END_DECLS
