/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The engine's small shared types: part kinds, pad classes, strategies, regimes, statuses,
 * its error domain and the one number format of every file. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Kinds of part in a two-piece connector family. */
typedef enum
{
  STENCIL_PART_KIND_SOCKET,
  STENCIL_PART_KIND_HEADER,
  STENCIL_N_PART_KINDS
} StencilPartKind;

/* Pad classes: signal terminals and metal soldering (retention) terminals. */
typedef enum
{
  STENCIL_PAD_CLASS_TERMINAL,
  STENCIL_PAD_CLASS_SOLDERING,
  STENCIL_N_PAD_CLASSES
} StencilPadClass;

/* How an aperture is fitted into its pad, where a class's ratio comes from, and how an
 * aperture fares against IPC-7525 (stencil-aperture.h computes them; stencil-names.h names
 * them for people). */
typedef enum
{
  STENCIL_STRATEGY_BEST_RELEASE,   /* minimal perimeter: largest area ratio */
  STENCIL_STRATEGY_PROPORTIONAL,   /* both sides scaled by sqrt (r) */
  STENCIL_STRATEGY_KEEP_WIDTH,     /* keep the short side, shrink the long side */
  STENCIL_STRATEGY_KEEP_LENGTH,    /* keep the long side, shrink the short side */
  STENCIL_N_STRATEGIES
} StencilStrategy;

typedef enum
{
  STENCIL_REGIME_DATASHEET,
  STENCIL_REGIME_INTERPOLATED,
  STENCIL_REGIME_EXTRAPOLATED
} StencilRegime;

typedef enum
{
  STENCIL_STATUS_PASS,
  STENCIL_STATUS_MARGINAL,
  STENCIL_STATUS_FAIL
} StencilStatus;

/* What stops the maximum recommended thickness from being thicker. */
typedef enum
{
  STENCIL_THICKNESS_LIMIT_AREA_RATIO,    /* a thicker foil makes an area ratio fall below 0.66 */
  STENCIL_THICKNESS_LIMIT_ASPECT_RATIO,  /* ... an aspect ratio below 1.5 */
  STENCIL_THICKNESS_LIMIT_WEB,           /* ... or, where apertures pass, the web too narrow */
  STENCIL_THICKNESS_LIMIT_CORNER_RADIUS, /* the radius no longer fits the thicker foil's aperture */
  STENCIL_THICKNESS_LIMIT_SCAN_RANGE,    /* nothing: every foil up to the end of the scan passes */
  STENCIL_N_THICKNESS_LIMITS
} StencilThicknessLimit;

#define STENCIL_ERROR (stencil_error_quark ())

typedef enum
{
  STENCIL_ERROR_INVALID_INPUT,  /* a value the user gave is out of range or malformed */
  STENCIL_ERROR_NOT_FOUND,      /* unknown part, series or contact count */
  STENCIL_ERROR_DATA,           /* a family data file is broken */
  STENCIL_ERROR_FAILED          /* anything else (I/O, library errors) */
} StencilError;

GQuark       stencil_error_quark          (void);

/* Sets a STENCIL_ERROR_INVALID_INPUT whose message starts with the file it is about ("FILE:
 * message"), for the readers of land-pattern and design files; always returns FALSE. */
gboolean     stencil_fail_in_file         (GError     **error,
                                           const char  *origin,
                                           const char  *format,
                                           ...) G_GNUC_PRINTF (3, 4);

const char  *stencil_part_kind_to_string  (StencilPartKind kind);
gboolean     stencil_part_kind_from_string (const char      *str,
                                            StencilPartKind *out_kind);
const char  *stencil_pad_class_to_string  (StencilPadClass pad_class);
gboolean     stencil_pad_class_from_string (const char      *str,
                                            StencilPadClass *out_class);

/* Formats a double for files (Gerber, JSON, CSV, PDF text): C locale, shortest form that
 * round-trips at the given number of decimals, trailing zeros removed. */
char        *stencil_format_number        (double value,
                                           int    decimals);
/* A number written as above, for people: the locale's decimal separator ("0,64" in de_DE). */
char        *stencil_number_localize      (const char *c_number);

G_END_DECLS
