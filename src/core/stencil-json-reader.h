/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The one guarded way a JSON file the app reads (families, land patterns, designs) becomes a
 * JsonNode: regular files only, a size limit, and strict JSON checked before json-glib sees it. */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The deepest nesting any limits may allow: the scanner keeps a fixed stack of this size. */
#define STENCIL_JSON_MAX_DEPTH 32

/* What one file format can need, and no more: a file beyond any of these is refused before
 * json-glib (which parses recursively and keeps everything in memory) reads it. */
typedef struct
{
  gsize max_bytes;          /* the whole file */
  guint max_depth;          /* nesting of arrays and objects, at most STENCIL_JSON_MAX_DEPTH */
  gsize max_string_bytes;   /* one string or member name, in UTF-8 bytes after unescaping */
  guint max_items;          /* members of one object, elements of one array */
  guint max_values;         /* values in the whole file, containers included */
} StencilJsonLimits;

/* Reads a whole regular file of at most max_bytes, NUL-terminated. Without opening anything
 * that is not a regular file (a FIFO would hang, /dev/zero never ends), and never trusting the
 * size the file system reports. Errors (STENCIL_ERROR_DATA, or G_FILE_ERROR when the file
 * cannot be opened or read) do not repeat the path: the caller names the file. */
char     *stencil_read_regular_file (const char              *path,
                                     gsize                    max_bytes,
                                     gsize                   *length,
                                     GError                 **error);

/* Parses data as strict JSON (RFC 8259: no comments, no single quotes, no trailing commas,
 * no hexadecimal or leading-zero numbers) within limits, and refuses what no file of ours
 * holds: NUL bytes, \u0000, lone UTF-16 surrogates, control characters other than tab and
 * line breaks, bidirectional control characters (U+202A-U+202E, U+2066-U+2069), duplicate
 * members, whole numbers of more than 15 digits (json-glib would wrap them) and numbers of
 * more than 40 characters; 1e999 is left to the format's range checks. A leading UTF-8 BOM
 * is skipped. Errors are STENCIL_ERROR_DATA with the line and the member, e.g.
 * "line 12, “kinds.socket.part_number”: a lone UTF-16 surrogate (\uD800) is not a character";
 * they do not name the file: the caller does. Returns the root, owned by the caller. */
JsonNode *stencil_json_read_data    (const char              *data,
                                     gsize                    length,
                                     const StencilJsonLimits *limits,
                                     GError                 **error);

/* stencil_read_regular_file () with limits->max_bytes, then stencil_json_read_data (). */
JsonNode *stencil_json_read_file    (const char              *path,
                                     const StencilJsonLimits *limits,
                                     GError                 **error);

G_END_DECLS
