/* SPDX-License-Identifier: GPL-3.0-or-later */
/* JSON output helpers shared by the CLI, land-pattern and design files. */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* JSON the way every file of ours is written: json-glib builds and prints it, indented by two,
 * UTF-8, and numbers in their shortest form that reads back exactly, in the C locale. */
char *stencil_json_to_data            (JsonNode    *root,
                                       gsize       *length);
/* The same as the bytes of a text file: ending with a line break. */
GBytes *stencil_json_to_text_file     (JsonNode    *root);
/* A member "name": value rounded to decimals; null for a non-finite value (JSON has no NaN). */
void  stencil_json_add_number         (JsonBuilder *builder,
                                       const char  *name,
                                       double       value,
                                       int          decimals);
void  stencil_json_add_string         (JsonBuilder *builder,
                                       const char  *name,
                                       const char  *value);

/* The same document written as it is made, without a tree: the calls of a JsonBuilder, the
 * bytes of stencil_json_to_data () of what that builder would have built (as long as no
 * object has a member name twice, which a builder would replace). */
typedef struct _StencilJsonWriter StencilJsonWriter;

StencilJsonWriter *stencil_json_writer_new             (void);
void               stencil_json_writer_free            (StencilJsonWriter *writer);
/* The document so far (whole once every object and array is ended); frees writer. */
char              *stencil_json_writer_free_to_data    (StencilJsonWriter *writer,
                                                        gsize             *length);
/* Inside an object, before each value. */
void               stencil_json_writer_set_member_name (StencilJsonWriter *writer,
                                                        const char        *name);
void               stencil_json_writer_begin_object    (StencilJsonWriter *writer);
void               stencil_json_writer_end_object      (StencilJsonWriter *writer);
void               stencil_json_writer_begin_array     (StencilJsonWriter *writer);
void               stencil_json_writer_end_array       (StencilJsonWriter *writer);
void               stencil_json_writer_add_int_value   (StencilJsonWriter *writer,
                                                        gint64             value);
void               stencil_json_writer_add_double_value (StencilJsonWriter *writer,
                                                         double             value);
void               stencil_json_writer_add_boolean_value (StencilJsonWriter *writer,
                                                          gboolean           value);
void               stencil_json_writer_add_string_value (StencilJsonWriter *writer,
                                                         const char        *value);
void               stencil_json_writer_add_null_value  (StencilJsonWriter *writer);
/* As stencil_json_add_number () and stencil_json_add_string (): a member and its value. */
void               stencil_json_writer_add_number      (StencilJsonWriter *writer,
                                                        const char        *name,
                                                        double             value,
                                                        int                decimals);
void               stencil_json_writer_add_string      (StencilJsonWriter *writer,
                                                        const char        *name,
                                                        const char        *value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StencilJsonWriter, stencil_json_writer_free)

G_END_DECLS
