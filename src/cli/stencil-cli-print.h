/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the CLI prints: JSON on standard output, aligned tables, and one result as JSON or as
 * text for people. */
#pragma once

#include "stencil-aperture.h"
#include "stencil-json.h"
#include "stencil-units.h"

G_BEGIN_DECLS

/* The writer's document on standard output, UTF-8 whatever the locale, then a line break;
 * frees writer. (Written as it is made, without a JsonBuilder tree: the same bytes in a
 * fraction of the time, which is most of what "calc --json" did.) */
void   stencil_cli_print_json       (StencilJsonWriter  *writer);

/* The columns a text takes in a terminal: two for a wide (CJK) character, none for a
 * combining mark, one for any other. */
int    stencil_cli_text_columns     (const char         *text);
/* out[i] = widths[i], widened (keeping its sign) to the columns of heading[i]. */
void   stencil_cli_fit_widths       (const int          *widths,
                                     const char * const *heading,
                                     guint               n_cells,
                                     int                *out);
/* Appends text to line padded to |width| columns: on the right when width > 0, on the left
 * (numbers) when width < 0. */
void   stencil_cli_pad              (GString            *line,
                                     const char         *text,
                                     int                 width);

/* One row of a table: a positive width pads on the right (text), a negative one on the left
 * (numbers); widths count terminal columns, not bytes, so "µ" and translations (Japanese:
 * two columns a character) line up. The last cell is never padded on the right. */
char  *stencil_cli_format_row       (const int          *widths,
                                     const char * const *cells,
                                     guint               n_cells);
void   stencil_cli_print_row        (const int          *widths,
                                     const char * const *cells,
                                     guint               n_cells);

/* "part", "series", "kind", "contacts", "inspection": a part in "parts --json" and
 * "calc --json". */
void   stencil_cli_add_part_json    (StencilJsonWriter  *writer,
                                     StencilPart        *part);
/* One result as "calc --json" prints it; land_file is the --land-pattern file or NULL. */
void   stencil_cli_add_result_json  (StencilJsonWriter  *writer,
                                     StencilResult      *result,
                                     const char         *land_file);
/* One result as "calc" prints it for people; list_pads adds a row per pad; thickness_unit is
 * the unit --thickness was typed in (in mil, the thickness is shown in mil too). */
void   stencil_cli_print_result     (StencilResult      *result,
                                     const char         *land_file,
                                     gboolean            list_pads,
                                     StencilUnit         thickness_unit);

G_END_DECLS
