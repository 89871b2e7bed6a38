/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Streaming atomic output: a large file (a Gerber panel) is written while it is made, so memory
 * stays flat, and still appears whole or not at all. */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "stencil-io.h"
#include "stencil-output-stream.h"

#define BUFFER_SIZE (64 * 1024)

typedef enum
{
  KIND_STDOUT,   /* "-": written as it comes, never closed */
  KIND_DEVICE,   /* /dev/null, a pipe: written directly, closed at the end */
  KIND_FILE      /* a temporary file beside the target, renamed over it at the end */
} OutputKind;

struct _StencilOutputStream
{
  OutputKind kind;
  int        fd;
  char      *display_name;   /* the path as the user gave it, for messages */
  char      *target;         /* the file the rename replaces (a symbolic link followed) */
  char      *temp_path;
  gboolean   fsync_needed;   /* an existing file is replaced: its data must reach the disk */
  GError    *error;          /* the first write error; every later call reports it */
  gsize      used;
  guint8     buffer[BUFFER_SIZE];
};

/* "Cannot write" (or, when opening a device, "Cannot open") name, with the reason. */
static void
set_errno_error (GError     **error,
                 int          saved_errno,
                 gboolean     opening,
                 const char  *name)
{
  if (opening)
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                 _("Cannot open “%s”: %s"), name, g_strerror (saved_errno));
  else
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                 _("Cannot write “%s”: %s"), name, g_strerror (saved_errno));
}

/* The file a rename must replace: a symbolic link is followed, so that the link stays and its
 * target gets the new contents. */
static char *
resolve_target (const char *path)
{
  GStatBuf lst;

  if (g_lstat (path, &lst) == 0 && S_ISLNK (lst.st_mode))
    {
      char *real = realpath (path, NULL);

      if (real != NULL)
        {
          char *copy = g_strdup (real);
          free (real);
          return copy;
        }
    }
  return g_strdup (path);
}

/* "name.XXXXXX" beside the target, the name shortened so that it still fits NAME_MAX. */
static char *
make_temp_template (const char *target)
{
  g_autofree char *folder = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  gsize max_base = NAME_MAX - strlen (".XXXXXX");
  g_autofree char *name = NULL;

  if (strlen (base) > max_base)
    base[max_base] = '\0';
  name = g_strconcat (base, ".XXXXXX", NULL);
  return g_build_filename (folder, name, NULL);
}

static gboolean
write_fd (StencilOutputStream  *self,
          const guint8         *p,
          gsize                 length)
{
  while (length > 0)
    {
      gssize n = write (self->fd, p, length);

      if (n < 0)
        {
          int saved_errno = errno;

          if (saved_errno == EINTR)
            continue;
          set_errno_error (&self->error, saved_errno, FALSE,
                           self->display_name);
          return FALSE;
        }
      p += n;
      length -= (gsize) n;
    }
  return TRUE;
}

static gboolean
flush_buffer (StencilOutputStream *self)
{
  gsize used = self->used;

  self->used = 0;
  return write_fd (self, self->buffer, used);
}

static gboolean
report_error (StencilOutputStream  *self,
              GError              **error)
{
  if (error != NULL)
    *error = g_error_copy (self->error);
  return FALSE;
}

static void
free_stream (StencilOutputStream *self)
{
  g_free (self->display_name);
  g_free (self->target);
  g_free (self->temp_path);
  g_clear_error (&self->error);
  g_free (self);
}

static gboolean
open_file (StencilOutputStream  *self,
           GError              **error)
{
  GStatBuf st;
  int mode = 0644;

  if (g_stat (self->target, &st) == 0)
    {
      if (!S_ISREG (st.st_mode))
        {
          /* A device cannot be replaced by a rename: write to it and report every error. */
          self->kind = KIND_DEVICE;
          self->fd = g_open (self->target, O_WRONLY | O_CLOEXEC, 0);
          if (self->fd < 0)
            {
              set_errno_error (error, errno, TRUE, self->display_name);
              return FALSE;
            }
          return TRUE;
        }
      /* The new file keeps the permissions of the one it replaces. */
      mode = (int) (st.st_mode & 0777);
      self->fsync_needed = st.st_size > 0;
    }

  self->kind = KIND_FILE;
  self->temp_path = make_temp_template (self->target);
  self->fd = g_mkstemp_full (self->temp_path, O_RDWR | O_CLOEXEC, mode);
  if (self->fd < 0)
    {
      set_errno_error (error, errno, FALSE, self->display_name);
      g_clear_pointer (&self->temp_path, g_free);
      return FALSE;
    }
  return TRUE;
}

gboolean
stencil_output_is_deferred (const char *path)
{
  g_autofree char *target = NULL;
  GStatBuf st;

  g_return_val_if_fail (path != NULL, FALSE);

  if (strcmp (path, "-") == 0)
    return FALSE;
  target = resolve_target (path);
  return g_stat (target, &st) != 0 || S_ISREG (st.st_mode);
}

StencilOutputStream *
stencil_output_open (const char  *path,
                     GError     **error)
{
  StencilOutputStream *self;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!stencil_check_output (path, error))
    return NULL;

  self = g_new0 (StencilOutputStream, 1);
  self->fd = -1;
  if (strcmp (path, "-") == 0)
    {
      self->kind = KIND_STDOUT;
      self->fd = STDOUT_FILENO;
      self->display_name = g_strdup (_("standard output"));
      return self;
    }
  self->display_name = g_strdup (path);
  self->target = resolve_target (path);
  if (!open_file (self, error))
    {
      free_stream (self);
      return NULL;
    }
  return self;
}

gboolean
stencil_output_write (StencilOutputStream  *self,
                      const void           *data,
                      gsize                 length,
                      GError              **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (self->error != NULL)
    return report_error (self, error);

  if (self->used + length <= BUFFER_SIZE)
    {
      memcpy (self->buffer + self->used, data, length);
      self->used += length;
      return TRUE;
    }
  /* A large piece goes straight to the file, after what is buffered. */
  if (!flush_buffer (self))
    return report_error (self, error);
  if (length >= BUFFER_SIZE)
    {
      if (!write_fd (self, data, length))
        return report_error (self, error);
      return TRUE;
    }
  memcpy (self->buffer, data, length);
  self->used = length;
  return TRUE;
}

static gboolean
finish_file (StencilOutputStream *self)
{
  if (self->fsync_needed && g_fsync (self->fd) != 0)
    {
      set_errno_error (&self->error, errno, FALSE, self->display_name);
      return FALSE;
    }
  if (close (self->fd) != 0)
    {
      self->fd = -1;
      set_errno_error (&self->error, errno, FALSE, self->display_name);
      return FALSE;
    }
  self->fd = -1;
  if (g_rename (self->temp_path, self->target) != 0)
    {
      set_errno_error (&self->error, errno, FALSE, self->display_name);
      return FALSE;
    }
  g_clear_pointer (&self->temp_path, g_free);
  return TRUE;
}

gboolean
stencil_output_commit (StencilOutputStream  *self,
                       GError              **error)
{
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);

  ok = self->error == NULL && flush_buffer (self);
  if (ok)
    {
      switch (self->kind)
        {
        case KIND_STDOUT:
          break;
        case KIND_DEVICE:
          if (close (self->fd) != 0)
            {
              set_errno_error (&self->error, errno, FALSE, self->display_name);
              ok = FALSE;
            }
          self->fd = -1;
          break;
        case KIND_FILE:
        default:
          ok = finish_file (self);
          break;
        }
    }
  if (!ok)
    {
      report_error (self, error);
      stencil_output_abort (self);
      return FALSE;
    }
  free_stream (self);
  return TRUE;
}

void
stencil_output_abort (StencilOutputStream *self)
{
  if (self == NULL)
    return;
  if (self->kind != KIND_STDOUT && self->fd >= 0)
    close (self->fd);
  if (self->temp_path != NULL)
    g_unlink (self->temp_path);
  free_stream (self);
}
