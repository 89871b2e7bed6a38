/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writing files: a temporary file beside the target renamed over it (or standard output), and
 * the creation date from SOURCE_DATE_EPOCH. */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "stencil-io.h"
#include "stencil-types.h"

static gboolean
write_all_to_fd (int          fd,
                 const void  *data,
                 gsize        length,
                 const char  *display_name,
                 GError     **error)
{
  const guint8 *p = data;

  while (length > 0)
    {
      gssize n = write (fd, p, length);
      if (n < 0)
        {
          int saved_errno = errno;
          if (saved_errno == EINTR)
            continue;
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("Cannot write “%s”: %s"), display_name, g_strerror (saved_errno));
          return FALSE;
        }
      p += n;
      length -= (gsize) n;
    }
  return TRUE;
}

static gboolean
write_to_device (const char  *path,
                 const void  *data,
                 gsize        length,
                 GError     **error)
{
  int fd = g_open (path, O_WRONLY | O_CLOEXEC, 0);
  int saved_errno;

  if (fd < 0)
    {
      saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot open “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  if (!write_all_to_fd (fd, data, length, path, error))
    {
      close (fd);
      return FALSE;
    }
  if (close (fd) != 0)
    {
      saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot write “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

/* The file a rename must replace: a symbolic link is followed, so that the link stays and its
 * target gets the new contents (a rename over the link would replace the link itself). */
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

gboolean
stencil_check_output (const char  *path,
                      GError     **error)
{
  g_autofree char *target = NULL;
  g_autofree char *folder = NULL;
  GStatBuf st;

  g_return_val_if_fail (path != NULL, FALSE);

  if (*path == '\0')
    {
      g_set_error_literal (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                           _("The output file name is empty"));
      return FALSE;
    }
  if (strcmp (path, "-") == 0)
    return TRUE;

  target = resolve_target (path);
  if (g_stat (target, &st) == 0)
    {
      if (S_ISDIR (st.st_mode))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                       _("Cannot write “%s”: it is a folder"), path);
          return FALSE;
        }
      /* A read-only file says "do not overwrite": a rename would replace it all the same. */
      if (g_access (target, W_OK) != 0)
        {
          int saved_errno = errno;
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("Cannot write “%s”: %s"), path, g_strerror (saved_errno));
          return FALSE;
        }
      if (!S_ISREG (st.st_mode))
        return TRUE;
    }

  /* The temporary file is created in the target's folder, which must exist and be writable. */
  folder = g_path_get_dirname (target);
  if (g_stat (folder, &st) != 0 || !S_ISDIR (st.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("Cannot write “%s”: the folder “%s” does not exist"), path, folder);
      return FALSE;
    }
  if (g_access (folder, W_OK | X_OK) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot write “%s”: folder “%s”: %s"), path, folder,
                   g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

gboolean
stencil_write_output (const char  *path,
                      const void  *data,
                      gsize        length,
                      GError     **error)
{
  g_autofree char *target = NULL;
  g_autoptr(GError) local_error = NULL;
  GStatBuf st;
  int mode = 0644;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!stencil_check_output (path, error))
    return FALSE;

  if (strcmp (path, "-") == 0)
    {
      if (!write_all_to_fd (STDOUT_FILENO, data, length, _("standard output"), error))
        return FALSE;
      return TRUE;
    }

  target = resolve_target (path);
  if (g_stat (target, &st) == 0)
    {
      /* A device (/dev/null, /dev/full, a pipe) cannot be replaced by a rename: write to it
       * and report every error instead. */
      if (!S_ISREG (st.st_mode))
        return write_to_device (target, data, length, error);
      /* The new file keeps the permissions of the one it replaces. */
      mode = (int) (st.st_mode & 0777);
    }

  /* g_file_set_contents_full writes a temporary file beside the target, syncs it and renames
   * it, so the target is either complete or left as it was. */
  if (!g_file_set_contents_full (target, data, (gssize) length,
                                 G_FILE_SET_CONTENTS_CONSISTENT, mode, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("Cannot write “%s”: %s"), path, local_error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
stencil_write_output_bytes (const char  *path,
                            GBytes      *bytes,
                            GError     **error)
{
  gsize length;
  const void *data = g_bytes_get_data (bytes, &length);

  return stencil_write_output (path, data, length, error);
}

GDateTime *
stencil_get_creation_time (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");

  if (epoch != NULL && *epoch != '\0')
    {
      guint64 seconds;

      if (g_ascii_string_to_unsigned (epoch, 10, 0, G_MAXINT64, &seconds, NULL))
        {
          GDateTime *dt = g_date_time_new_from_unix_utc ((gint64) seconds);
          if (dt != NULL)
            return dt;
        }
      g_warning ("Ignoring invalid SOURCE_DATE_EPOCH “%s”", epoch);
    }
  return g_date_time_new_now_utc ();
}
