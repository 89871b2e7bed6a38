/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Draws a scene onto a libharu PDF page (stencil-render-pdf.c). */
#pragma once

#include <hpdf.h>

#include "stencil-fonts.h"
#include "stencil-scene.h"

G_BEGIN_DECLS

/* The document's fonts: [StencilFont][bold]; NULL where no text of the document needs one. */
typedef struct
{
  HPDF_Font font[STENCIL_N_FONTS][2];
} StencilPdfFonts;

/* Loads DejaVu Sans (regular and bold) and, when the scenes' text needs it, the Japanese font
 * (stencil-fonts.h) as UTF-8 fonts into the document, embedded. Call once per document, after
 * HPDF_UseUTFEncodings. */
gboolean  stencil_render_pdf_load_fonts (HPDF_Doc              pdf,
                                         StencilScene * const *scenes,
                                         guint                 n_scenes,
                                         StencilPdfFonts      *out,
                                         GError              **error);

/* Draws a page scene (mm, y down) onto a page of the scene's size: points = mm * 72 / 25.4,
 * origin bottom left. Light palette, all layers. */
void      stencil_render_pdf            (HPDF_Page              page,
                                         StencilScene          *scene,
                                         const StencilPdfFonts *fonts);

G_END_DECLS
