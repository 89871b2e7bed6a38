/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Atomic file output and the creation date of generated files. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Writes a whole file: "-" is standard output; a regular file (or a new one) is written to a
 * temporary file beside it and renamed, so it is either complete or untouched; a device such
 * as /dev/null or /dev/full is written directly and every write error is reported. */
gboolean   stencil_write_output       (const char  *path,
                                       const void  *data,
                                       gsize        length,
                                       GError     **error);
/* Whether stencil_write_output() can be expected to succeed for path: not empty, not a folder,
 * not a read-only file, in a folder that exists and is writable. For checking every output of
 * a command before any is written. */
gboolean   stencil_check_output       (const char  *path,
                                       GError     **error);
gboolean   stencil_write_output_bytes (const char  *path,
                                       GBytes      *bytes,
                                       GError     **error);

/* The creation time of exported files: SOURCE_DATE_EPOCH when set and valid, else now (UTC). */
GDateTime *stencil_get_creation_time  (void);

G_END_DECLS
