/* SPDX-License-Identifier: GPL-3.0-or-later */
/* PNG files of cairo image surfaces, written with libpng directly: a fast zlib setting for
 * drawings (large flat areas), the same pixels cairo's own writer gives. */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* The surface as a PNG file: an RGB24 surface as 8-bit RGB, an ARGB32 one as 8-bit RGBA with
 * the alpha un-premultiplied as cairo does it. Other formats and a surface in an error state
 * are an error (STENCIL_ERROR_FAILED). */
GBytes *stencil_png_encode (cairo_surface_t  *surface,
                            GError          **error);

G_END_DECLS
