/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The range of every value a user gives the engine, in one place: the engine's own checks, the
 * CLI's options and the window's model and spin buttons all take their limits from here. */
#pragma once

#include "stencil-types.h"

G_BEGIN_DECLS

/* Below 10 um no foil exists and the ratios run off to infinity. */
#define STENCIL_THICKNESS_MIN_UM      10.0
#define STENCIL_THICKNESS_MAX_UM      1000.0
#define STENCIL_THICKNESS_DEFAULT_UM  127.0
#define STENCIL_GRID_MIN_UM           1.0
#define STENCIL_GRID_MAX_UM           10.0
#define STENCIL_GRID_DEFAULT_UM       5.0
/* Half the largest pad a family file may give (50 mm); the aperture fit also keeps the radius
 * at most half the aperture's short side. */
#define STENCIL_CORNER_RADIUS_MIN_MM  0.0
#define STENCIL_CORNER_RADIUS_MAX_MM  25.0
/* The narrowest web between apertures the stencil maker's laser holds (0: no such rule). */
#define STENCIL_WEB_LIMIT_MIN_MM      0.0
#define STENCIL_WEB_LIMIT_MAX_MM      1.0
#define STENCIL_WEB_LIMIT_DEFAULT_MM  0.10
#define STENCIL_DPI_MIN               36.0
/* A4 at 600 dpi is 4961 x 7016 pixels, 140 MB per sheet in memory: plenty for print. */
#define STENCIL_DPI_MAX               600.0
#define STENCIL_DPI_DEFAULT           150.0
/* Columns and rows of a Gerber array, and the copies of the part in it. */
#define STENCIL_ARRAY_MAX             1000
#define STENCIL_ARRAY_MAX_COPIES      100000
/* Gerber coordinates have 4 integer digits: a placement (--at, --step) up to 9999 mm. */
#define STENCIL_PLACEMENT_MAX_MM      9999.0
/* One length of a user's land pattern file: a board-to-FPC connector is a few mm; 100 mm
 * catches a value typed in um or in mils without refusing any real part. */
#define STENCIL_LAND_MAX_MM           100.0

/* IPC-7525 guideline values: the limits a result's status is decided by (stencil_classify (),
 * the web warning), and that shown numbers keep their side of (stencil-format.h). */
#define STENCIL_AREA_RATIO_PASS       0.66
#define STENCIL_AREA_RATIO_MARGINAL   0.55
#define STENCIL_ASPECT_RATIO_PASS     1.5
/* The narrowest web between apertures a laser cutter is taken to hold, by default. */
#define STENCIL_MIN_WEB_MM            STENCIL_WEB_LIMIT_DEFAULT_MM

typedef enum
{
  STENCIL_LIMIT_THICKNESS,      /* stencil foil thickness, um */
  STENCIL_LIMIT_GRID,           /* manufacturing grid, um */
  STENCIL_LIMIT_CORNER_RADIUS,  /* aperture corner radius, mm */
  STENCIL_LIMIT_DPI,            /* PNG resolution, dots per inch */
  STENCIL_LIMIT_ARRAY_COUNT,    /* columns, or rows, of a Gerber array */
  STENCIL_LIMIT_ARRAY_COPIES,   /* columns x rows */
  STENCIL_LIMIT_PLACEMENT,      /* a Gerber placement or array step, mm, either sign */
  STENCIL_LIMIT_LAND_LENGTH,    /* a length in a land pattern file, mm (see stencil-land-file.h) */
  STENCIL_LIMIT_WEB,            /* the narrowest web between apertures that can be cut, mm */
  STENCIL_N_LIMITS
} StencilLimitId;

/* One value's range, both ends included. */
typedef struct
{
  const char *key;            /* the value's name in files and JSON: "thickness_um" */
  const char *unit;           /* "µm", "mm", "dpi" or "" for a count; never translated */
  double      min;
  double      max;
  double      default_value;
  gboolean    integer;        /* whole numbers only */
} StencilLimit;

const StencilLimit *stencil_limit_get      (StencilLimitId id);
/* Whether value is finite, in range, and whole when the limit says so. */
gboolean            stencil_limit_contains (StencilLimitId id,
                                            double         value);
/* The same, with a sentence for people when it is not (STENCIL_ERROR_INVALID_INPUT), e.g.
 * "The stencil thickness must be from 10 to 1000 µm". */
gboolean            stencil_limit_check    (StencilLimitId id,
                                            double         value,
                                            GError       **error);

G_END_DECLS
