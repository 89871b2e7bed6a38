/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Draws a scene onto a libharu PDF page (stencil-render-pdf.c). */
#pragma once

#include <hpdf.h>

#include "stencil-scene.h"

G_BEGIN_DECLS

/* Loads DejaVu Sans (regular and bold, found via fontconfig) as UTF-8 fonts into the document.
 * Call once per document; needs HPDF_UseUTFEncodings. */
gboolean  stencil_render_pdf_load_fonts (HPDF_Doc   pdf,
                                         HPDF_Font *out_regular,
                                         HPDF_Font *out_bold,
                                         GError   **error);

/* Draws a page scene (mm, y down) onto a page of the scene's size: points = mm * 72 / 25.4,
 * origin bottom left. Light palette, all layers. */
void      stencil_render_pdf            (HPDF_Page     page,
                                         StencilScene *scene,
                                         HPDF_Font     regular,
                                         HPDF_Font     bold);

G_END_DECLS
