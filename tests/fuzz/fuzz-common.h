/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the fuzz targets share: the libFuzzer entry points, a GLib that aborts on any warning,
 * and one part's full pass through the engine. */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "stencil-aperture.h"

G_BEGIN_DECLS

/* Each target defines the first; libFuzzer, or replay.c without it, calls them. */
int  LLVMFuzzerTestOneInput (const uint8_t *data,
                             size_t         size);
int  LLVMFuzzerInitialize   (int           *argc,
                             char        ***argv);

/* Makes every GLib warning and critical fatal (they are bugs for a fuzzer to find), and sets
 * SOURCE_DATE_EPOCH so that outputs are reproducible. */
void fuzz_init_glib         (void);

/* The built-in families, read from the source tree (never the user's). */
StencilCatalog *fuzz_builtin_catalog (void);

typedef enum
{
  FUZZ_DRAWINGS_NONE,
  FUZZ_DRAWINGS_SVG,
  FUZZ_DRAWINGS_SVG_PDF
} FuzzDrawings;

/* Calculates pattern with the default parameters and writes everything a part exports that
 * does not depend on other parts: the Gerber file (top and bottom, rotated, an array), the
 * CSV table, and the drawings asked for. Asserts that each either succeeds or fails with a
 * message, and that text outputs are UTF-8. */
void fuzz_export_pattern    (StencilPattern *pattern,
                             FuzzDrawings    drawings);

G_END_DECLS
