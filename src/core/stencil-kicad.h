/* SPDX-License-Identifier: GPL-3.0-or-later */
/* KiCad 6+ footprint (.kicad_mod) of one result: the copper lands and, on F.Paste only, one pad
 * per computed aperture, so that KiCad plots our stencil instead of its own paste margins. */
#pragma once

#include "stencil-aperture.h"

G_BEGIN_DECLS

/* KLC F5.3 gives connectors 0.5 mm of courtyard clearance around body and lands (kicad-footprints'
 * own 0.4 mm board-to-board connectors, e.g. Molex SlimStack, use it), on a 0.01 mm grid. */
#define STENCIL_KICAD_COURTYARD_CLEARANCE_MM 0.5
#define STENCIL_KICAD_COURTYARD_GRID_MM      0.01
/* The number KiCad's libraries give every mounting or shield tab (KLC). */
#define STENCIL_KICAD_MOUNTING_PAD_NUMBER    "MP"

/* The footprint name after KiCad's library conventions, with the foil thickness the paste pads
 * are made for: Panasonic_F4_AXK7L40223G_2x20-1MP_P0.40mm_Vertical_Stencil127um. */
char     *stencil_kicad_footprint_name     (StencilResult *result);
/* The same with ".kicad_mod": the file name KiCad expects in a .pretty folder. */
char     *stencil_kicad_default_filename   (StencilResult *result);

/* The whole .kicad_mod file (C locale numbers, integer nanometres). name NULL: the default
 * footprint name; otherwise the name to give the footprint (KiCad names a footprint of a library
 * by its file name, so the two should agree). */
GBytes   *stencil_kicad_generate           (StencilResult *result,
                                            const char    *name,
                                            GError       **error);
/* The footprint name a file gives: its base name without ".kicad_mod" (KiCad's library names
 * a footprint by its file), or NULL for "-" and for a name without that extension. */
char     *stencil_kicad_name_from_path     (const char    *path);
/* Written atomically; path "-" is standard output. A path ending in ".kicad_mod" names the
 * footprint after the file; otherwise the default name is used. */
gboolean  stencil_kicad_write              (StencilResult *result,
                                            const char    *path,
                                            GError       **error);

G_END_DECLS
