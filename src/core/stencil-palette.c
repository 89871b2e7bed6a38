/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The colours of the scene's semantic styles, light (print) and dark (screen), for both
 * backends: the screen, PNG, SVG and PDF show one drawing in one set of colours. */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include "stencil-palette.h"

#define RGB(r, g, b) { (r) / 255.0, (g) / 255.0, (b) / 255.0 }
#define INK(r, g, b) { RGB (r, g, b), RGB (r, g, b) }

/* Light: a printed drawing. Lands copper, apertures in traffic-light colours that stay apart in
 * grey print by their lightness; land dimensions near-black, aperture dimensions blue. */
static const StencilStyleColors light_colors[STENCIL_N_STYLES] = {
  [STENCIL_STYLE_PAD] = { RGB (0xf1, 0xd9, 0xb5), RGB (0x8a, 0x66, 0x38) },
  [STENCIL_STYLE_APERTURE_PASS] = { RGB (0x4c, 0xad, 0x5f), RGB (0x1d, 0x63, 0x2e) },
  [STENCIL_STYLE_APERTURE_MARGINAL] = { RGB (0xf2, 0xb3, 0x2a), RGB (0x8f, 0x62, 0x00) },
  [STENCIL_STYLE_APERTURE_FAIL] = { RGB (0xd9, 0x3a, 0x2e), RGB (0x86, 0x18, 0x10) },
  [STENCIL_STYLE_OUTLINE] = INK (0x5c, 0x5c, 0x5c),
  [STENCIL_STYLE_DIMENSION] = INK (0x1a, 0x1a, 0x1a),
  [STENCIL_STYLE_DIMENSION_APERTURE] = INK (0x15, 0x52, 0xa8),
  [STENCIL_STYLE_TEXT] = INK (0x1a, 0x1a, 0x1a),
  [STENCIL_STYLE_TITLE] = INK (0x00, 0x00, 0x00),
  [STENCIL_STYLE_FRAME] = INK (0x00, 0x00, 0x00),
  [STENCIL_STYLE_MARK] = INK (0x00, 0x00, 0x00),
  [STENCIL_STYLE_NOTICE] = INK (0xb0, 0x22, 0x18),
  [STENCIL_STYLE_MUTED] = INK (0x5e, 0x5e, 0x5e),
  /* Bands pale enough for curves and text on top, apart in grey print by their lightness. */
  [STENCIL_STYLE_BAND_PASS] = { RGB (0xe4, 0xf3, 0xe6), RGB (0x1d, 0x63, 0x2e) },
  [STENCIL_STYLE_BAND_MARGINAL] = { RGB (0xfd, 0xf0, 0xd2), RGB (0x8f, 0x62, 0x00) },
  [STENCIL_STYLE_BAND_FAIL] = { RGB (0xf9, 0xdd, 0xda), RGB (0x86, 0x18, 0x10) },
  /* Blue and orange: apart for every kind of colour vision. */
  [STENCIL_STYLE_SERIES_TERMINAL] = INK (0x15, 0x52, 0xa8),
  [STENCIL_STYLE_SERIES_SOLDERING] = INK (0xc0, 0x5a, 0x00),
  [STENCIL_STYLE_CURSOR] = INK (0x6a, 0x3d, 0x9a),
};

/* Dark: light ink on the app's dark background. */
static const StencilStyleColors dark_colors[STENCIL_N_STYLES] = {
  [STENCIL_STYLE_PAD] = { RGB (0x6e, 0x5a, 0x40), RGB (0xd0, 0xae, 0x80) },
  [STENCIL_STYLE_APERTURE_PASS] = { RGB (0x3f, 0xb8, 0x61), RGB (0xa6, 0xef, 0xb9) },
  [STENCIL_STYLE_APERTURE_MARGINAL] = { RGB (0xf0, 0xb4, 0x29), RGB (0xff, 0xe3, 0x9c) },
  [STENCIL_STYLE_APERTURE_FAIL] = { RGB (0xf2, 0x5c, 0x50), RGB (0xff, 0xc2, 0xba) },
  [STENCIL_STYLE_OUTLINE] = INK (0xa8, 0xa8, 0xa8),
  [STENCIL_STYLE_DIMENSION] = INK (0xea, 0xea, 0xea),
  [STENCIL_STYLE_DIMENSION_APERTURE] = INK (0x86, 0xb8, 0xff),
  [STENCIL_STYLE_TEXT] = INK (0xee, 0xee, 0xee),
  [STENCIL_STYLE_TITLE] = INK (0xff, 0xff, 0xff),
  [STENCIL_STYLE_FRAME] = INK (0xdd, 0xdd, 0xdd),
  [STENCIL_STYLE_MARK] = INK (0xff, 0xff, 0xff),
  [STENCIL_STYLE_NOTICE] = INK (0xff, 0x8a, 0x80),
  [STENCIL_STYLE_MUTED] = INK (0xb4, 0xb4, 0xb4),
  [STENCIL_STYLE_BAND_PASS] = { RGB (0x1e, 0x36, 0x25), RGB (0xa6, 0xef, 0xb9) },
  [STENCIL_STYLE_BAND_MARGINAL] = { RGB (0x3b, 0x31, 0x17), RGB (0xff, 0xe3, 0x9c) },
  [STENCIL_STYLE_BAND_FAIL] = { RGB (0x40, 0x21, 0x1e), RGB (0xff, 0xc2, 0xba) },
  [STENCIL_STYLE_SERIES_TERMINAL] = INK (0x86, 0xb8, 0xff),
  [STENCIL_STYLE_SERIES_SOLDERING] = INK (0xff, 0xab, 0x5e),
  [STENCIL_STYLE_CURSOR] = INK (0xc7, 0xa6, 0xff),
};

const StencilStyleColors *
stencil_palette_get_colors (StencilStyle style,
                            gboolean     dark)
{
  if ((guint) style >= STENCIL_N_STYLES)
    style = STENCIL_STYLE_TEXT;
  return dark ? &dark_colors[style] : &light_colors[style];
}
