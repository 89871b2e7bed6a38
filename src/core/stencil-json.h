/* SPDX-License-Identifier: GPL-3.0-or-later */
/* JSON output helpers shared by the CLI, land-pattern and design files. */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* JSON the way every file of ours is written: json-glib builds and prints it, indented by two,
 * UTF-8, and numbers in their shortest form that reads back exactly, in the C locale. */
char *stencil_json_to_data            (JsonNode    *root,
                                       gsize       *length);
/* A member "name": value rounded to decimals; null for a non-finite value (JSON has no NaN). */
void  stencil_json_add_number         (JsonBuilder *builder,
                                       const char  *name,
                                       double       value,
                                       int          decimals);
void  stencil_json_add_string         (JsonBuilder *builder,
                                       const char  *name,
                                       const char  *value);

G_END_DECLS
