/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A spin button as a field of the design: checked against the engine's limit as it is typed,
 * valid text computed with at once, invalid text kept and marked with the reason. */
#pragma once

#include <adwaita.h>

#include "stencil-design.h"
#include "stencil-limits.h"

G_BEGIN_DECLS

/* Makes spin (in row) the field "field" of design for the value limited by limit. What is
 * typed is read in the user's locale (its decimal separator, or a point). Valid text goes to
 * the design as it is typed, with every digit. Empty, unreadable or out-of-range text stays as
 * it is, the spin button gets the "error" style, the row's subtitle says why, and the design
 * keeps its last valid value and refuses exports (stencil_design_set_input_error ()) until the
 * text is valid again or the value is set from elsewhere. The text always shows every digit
 * of the value it computes with (at least the spin button's digits). */
void        stencil_field_attach    (GtkSpinButton  *spin,
                                     AdwActionRow   *row,
                                     StencilDesign  *design,
                                     const char     *field,
                                     StencilLimitId  limit);
/* The message the field shows, or NULL while its text is valid. */
const char *stencil_field_get_error (GtkSpinButton  *spin);
/* value as the field writes it: every digit, at least min_digits decimals, the user's locale. */
char       *stencil_field_format    (double          value,
                                     int             min_digits);

G_END_DECLS
