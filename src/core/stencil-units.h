/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Numbers and foil thicknesses as people type them: the locale's decimal separator or a point,
 * and a thickness with its unit (127, 127 µm, 0.127 mm, 5 mil). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The units a foil thickness can be typed in. */
typedef enum
{
  STENCIL_UNIT_UM,    /* micrometres: the engine's unit, and the one assumed without a unit */
  STENCIL_UNIT_MM,
  STENCIL_UNIT_MIL,   /* a thousandth of an inch, 25.4 µm */
  STENCIL_N_UNITS
} StencilUnit;

#define STENCIL_UM_PER_MIL 25.4

/* Parses a whole text as a decimal number: optional spaces around, an optional sign (+, -, −),
 * digits with one decimal separator (a point, or the current locale's, such as the comma of
 * de_DE), an optional exponent (1e2). Full-width digits (１２７．５) count as digits. No grouping
 * separators, no "inf" or "nan". Returns FALSE for anything else or a number too large for a
 * double; out may be NULL (only the check). */
gboolean     stencil_parse_decimal      (const char   *text,
                                         double       *out);

/* Parses a foil thickness: a number as above, then optional spaces and a unit (µm or um, mm,
 * mil or mils, in any case; also micron and ミクロン); no unit means µm. *out_um is the
 * thickness in micrometres and *out_unit (may be NULL) the unit that was typed. The range is
 * the caller's to check. On a malformed number or an unknown unit: FALSE and an error that
 * lists the known units. */
gboolean     stencil_parse_thickness    (const char   *text,
                                         double       *out_um,
                                         StencilUnit  *out_unit,
                                         GError      **error);

/* A value in a unit, in micrometres. */
double       stencil_unit_to_um         (double        value,
                                         StencilUnit   unit);

/* The unit's symbol as it is shown: "µm", "mm", "mil". */
const char  *stencil_unit_get_symbol    (StencilUnit   unit);

G_END_DECLS
