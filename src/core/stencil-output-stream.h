/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A file written piece by piece and still atomically: into a temporary file beside the target,
 * renamed over it by stencil_output_commit (), removed by stencil_output_abort (). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _StencilOutputStream StencilOutputStream;

/* Opens path for writing as stencil_write_output () would write it: "-" is standard output,
 * a device (/dev/null, a pipe) is written directly, a regular file or a new one goes to a
 * temporary file in the same folder. Checks the path first (stencil_check_output ()). */
StencilOutputStream *stencil_output_open   (const char           *path,
                                            GError              **error);
/* Whether stencil_output_open (path) would write to a temporary file, so that nothing shows
 * until the commit: a regular file or one that does not exist yet (FALSE for "-" and devices,
 * which see every byte as it is written). */
gboolean             stencil_output_is_deferred (const char          *path);
/* Buffered; an error is reported here or by a later write or the commit, and sticks. */
gboolean             stencil_output_write  (StencilOutputStream  *stream,
                                            const void           *data,
                                            gsize                 length,
                                            GError              **error);
/* Flushes, closes and renames the temporary file over the target; frees stream. On an error
 * the temporary file is removed and the target is left as it was. */
gboolean             stencil_output_commit (StencilOutputStream  *stream,
                                            GError              **error);
/* Discards everything written: removes the temporary file, leaves the target; frees stream.
 * NULL is ignored. (A device or standard output cannot take back what it was given.) */
void                 stencil_output_abort  (StencilOutputStream  *stream);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StencilOutputStream, stencil_output_abort)

G_END_DECLS
