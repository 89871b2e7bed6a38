/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writing files: a temporary file beside the target renamed over it (or standard output), and
 * the creation date from SOURCE_DATE_EPOCH. */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
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

/* path: the user's, for messages; target: where a link led. */
static gboolean
write_to_device (const char  *path,
                 const char  *target,
                 const void  *data,
                 gsize        length,
                 GError     **error)
{
  int fd = g_open (target, O_WRONLY | O_CLOEXEC, 0);
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

/* A path for a message: the user's, shortened when it is absurdly long. */
static char *
display_path (const char *path)
{
  g_autofree char *display = g_filename_display_name (path);

  if (g_utf8_strlen (display, -1) > 80)
    {
      g_autofree char *head = g_utf8_substring (display, 0, 80);
      return g_strconcat (head, "…", NULL);
    }
  return g_steal_pointer (&display);
}

/* Lengths the kernel would refuse with ENAMETOOLONG, said as what they are (a too long path
 * used to be reported as a folder that does not exist). */
static gboolean
check_lengths (const char  *path,
               GError     **error)
{
  g_autofree char *display = NULL;
  const char *p = path;

  if (strlen (path) >= PATH_MAX)
    {
      display = display_path (path);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FILENAME_TOO_LONG,
                   _("Cannot write “%s”: the path is longer than %d bytes"), display,
                   PATH_MAX - 1);
      return FALSE;
    }
  while (*p != '\0')
    {
      gsize n = strcspn (p, "/");

      if (n > NAME_MAX)
        {
          display = display_path (path);
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FILENAME_TOO_LONG,
                       _("Cannot write “%s”: a name in the path is longer than %d bytes"),
                       display, NAME_MAX);
          return FALSE;
        }
      p += n;
      p += strspn (p, "/");
    }
  return TRUE;
}

/* The file a rename must replace: a symbolic link is followed, so that the link stays and its
 * target gets the new contents (a rename over the link would replace the link itself). A link
 * that leads nowhere is refused: replacing it by a file would silently lose it. */
static char *
resolve_target (const char  *path,
                GError     **error)
{
  GStatBuf lst;
  char *real;
  int saved_errno;
  g_autofree char *display = NULL;

  if (g_lstat (path, &lst) != 0 || !S_ISLNK (lst.st_mode))
    return g_strdup (path);
  real = realpath (path, NULL);
  if (real != NULL)
    {
      char *copy = g_strdup (real);
      free (real);
      return copy;
    }
  saved_errno = errno;
  display = display_path (path);
  if (saved_errno == ELOOP)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS,
                 _("Cannot write “%s”: it is a symbolic link that leads to itself (a loop)"),
                 display);
  else if (saved_errno == ENOENT)
    {
      g_autofree char *link = g_file_read_link (path, NULL);
      g_autofree char *shown = display_path (link != NULL ? link : "?");

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("Cannot write “%s”: it is a symbolic link to “%s”, which does not exist"),
                   display, shown);
    }
  else
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                 _("Cannot write “%s”: %s"), display, g_strerror (saved_errno));
  return NULL;
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
  if (!check_lengths (path, error))
    return FALSE;

  target = resolve_target (path, error);
  if (target == NULL)
    return FALSE;
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

static gboolean
set_write_error (GError    **error,
                 const char *path,
                 int         saved_errno)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Cannot write “%s”: %s"), path, g_strerror (saved_errno));
  return FALSE;
}

/* A temporary file beside target, written, synced and renamed over it, so that target is
 * either complete or as it was. The temporary name is short whatever the target's (a name of
 * 250 bytes plus g_file_set_contents' ".XXXXXX" exceeded the 255 a name may have); every
 * message names the user's path. mode < 0: a new file. */
static gboolean
write_replacing (const char  *path,
                 const char  *target,
                 const void  *data,
                 gsize        length,
                 int          mode,
                 GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (target);
  g_autofree char *temp = g_build_filename (folder, ".stencilcalc-XXXXXX", NULL);
  int fd, saved_errno;

  /* Created 0666 less the umask, as any new file; a replaced file's permissions are kept. */
  fd = g_mkstemp_full (temp, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    return set_write_error (error, path, errno);
  if ((mode >= 0 && fchmod (fd, (mode_t) mode) != 0) ||
      !write_all_to_fd (fd, data, length, path, error) ||
      fsync (fd) != 0)
    {
      saved_errno = errno;
      close (fd);
      g_unlink (temp);
      if (error != NULL && *error == NULL)
        set_write_error (error, path, saved_errno);
      return FALSE;
    }
  if (close (fd) != 0 || g_rename (temp, target) != 0)
    {
      saved_errno = errno;
      g_unlink (temp);
      return set_write_error (error, path, saved_errno);
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
  GStatBuf st;
  int mode = -1;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!stencil_check_output (path, error))
    return FALSE;

  if (strcmp (path, "-") == 0)
    return write_all_to_fd (STDOUT_FILENO, data, length, _("standard output"), error);

  target = resolve_target (path, error);
  if (target == NULL)
    return FALSE;
  if (g_stat (target, &st) == 0)
    {
      /* A device (/dev/null, /dev/full, a pipe) cannot be replaced by a rename: write to it
       * and report every error instead. */
      if (!S_ISREG (st.st_mode))
        return write_to_device (path, target, data, length, error);
      /* The new file keeps the permissions of the one it replaces. */
      mode = (int) (st.st_mode & 0777);
    }
  return write_replacing (path, target, data, length, mode, error);
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
