/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The streaming atomic writer and the streamed Gerber file: the same bytes as in memory, the
 * target whole or untouched, and no temporary file left behind on any error. */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include "stencil-export.h"
#include "stencil-gerber.h"
#include "stencil-io.h"
#include "stencil-output-stream.h"
#include "test-util.h"

static StencilCatalog *catalog;

/* The names in dir, sorted and joined by spaces: what a failed write may have left. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static char *
read_file (const char *path,
           gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

/* Small pieces that fill the buffer, one larger than the buffer, and an empty one. */
static void
test_pieces (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-output-stream-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.txt", NULL);
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *big = g_malloc (200000);
  g_autofree char *contents = NULL;
  g_autofree char *names = NULL;
  StencilOutputStream *out;
  gsize length;

  for (gsize i = 0; i < 200000; i++)
    big[i] = (char) ('a' + i % 26);

  out = stencil_output_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (out);
  for (guint i = 0; i < 10000; i++)
    {
      g_autofree char *line = g_strdup_printf ("line %u\n", i);

      g_assert_true (stencil_output_write (out, line, strlen (line), &error));
      g_string_append (expected, line);
    }
  g_assert_true (stencil_output_write (out, big, 200000, &error));
  g_string_append_len (expected, big, 200000);
  g_assert_true (stencil_output_write (out, "", 0, &error));
  g_assert_true (stencil_output_write (out, "end\n", 4, &error));
  g_string_append (expected, "end\n");
  g_assert_no_error (error);

  /* Nothing is at the target until the commit. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (stencil_output_commit (out, &error));
  g_assert_no_error (error);

  contents = read_file (path, &length);
  g_assert_cmpuint (length, ==, expected->len);
  g_assert_true (memcmp (contents, expected->str, length) == 0);
  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "out.txt");
  remove_dir (dir);
}

/* Aborting leaves the old file as it was and removes the temporary file. */
static void
test_abort_keeps_old (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-output-stream-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "keep.gbr", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *names = NULL;
  StencilOutputStream *out;

  g_file_set_contents (path, "old\n", -1, &error);
  g_assert_no_error (error);

  out = stencil_output_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (stencil_output_write (out, "new\n", 4, &error));
  g_free (names);
  names = list_dir (dir);
  g_assert_cmpuint (strlen (names), >, strlen ("keep.gbr"));   /* the temporary file */
  stencil_output_abort (out);

  contents = read_file (path, NULL);
  g_assert_cmpstr (contents, ==, "old\n");
  g_free (names);
  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "keep.gbr");
  remove_dir (dir);
}

/* A write that fails half-way (the file size limit, as a full disk would) is reported, the old
 * file is kept and no temporary file is left. */
static void
test_write_error_keeps_old (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-output-stream-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "keep.gbr", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *names = NULL;
  g_autofree char *chunk = g_malloc0 (100000);
  struct rlimit old_limit, limit;
  StencilOutputStream *out;
  gboolean ok = TRUE;

  g_file_set_contents (path, "old\n", -1, &error);
  g_assert_no_error (error);

  out = stencil_output_open (path, &error);
  g_assert_no_error (error);

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  limit = old_limit;
  limit.rlim_cur = 150000;
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  for (guint i = 0; i < 5 && ok; i++)
    ok = stencil_output_write (out, chunk, 100000, &error);
  g_assert_false (ok);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);
  /* The error sticks: the commit reports it too and does not rename a short file. */
  g_assert_false (stencil_output_commit (out, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  signal (SIGXFSZ, SIG_DFL);

  contents = read_file (path, NULL);
  g_assert_cmpstr (contents, ==, "old\n");
  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "keep.gbr");
  remove_dir (dir);
}

/* A missing folder fails at open; /dev/full at the commit at the latest. */
static void
test_open_and_device_errors (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-output-stream-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "out.gbr", NULL);
  g_autoptr(GError) error = NULL;
  StencilOutputStream *out;

  out = stencil_output_open (missing, &error);
  g_assert_null (out);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  out = stencil_output_open (dir, &error);
  g_assert_null (out);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_clear_error (&error);

  if (g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      gboolean ok;

      out = stencil_output_open ("/dev/full", &error);
      g_assert_no_error (error);
      ok = stencil_output_write (out, "x", 1, &error) && stencil_output_commit (out, &error);
      if (ok)
        g_assert_not_reached ();
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
      g_clear_error (&error);
    }
  remove_dir (dir);
}

/* A replaced file keeps its permissions; a symbolic link stays and its target is written. */
static void
test_mode_and_link (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-output-stream-XXXXXX", NULL);
  g_autofree char *real = g_build_filename (dir, "real.gbr", NULL);
  g_autofree char *link = g_build_filename (dir, "link.gbr", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  StencilOutputStream *out;
  GStatBuf st;

  g_file_set_contents (real, "old\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (real, 0640), ==, 0);
  g_assert_cmpint (symlink ("real.gbr", link), ==, 0);

  out = stencil_output_open (link, &error);
  g_assert_no_error (error);
  g_assert_true (stencil_output_write (out, "new\n", 4, &error));
  g_assert_true (stencil_output_commit (out, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_cmpint (g_stat (real, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  contents = read_file (real, NULL);
  g_assert_cmpstr (contents, ==, "new\n");
  remove_dir (dir);
}

/* The streamed Gerber file is byte for byte the one made in memory, for a single part and for
 * panels large enough to be handed on in many pieces, in every placement. */
static void
test_gerber_identical (void)
{
  g_autoptr(StencilResult) result = test_util_calculate_at (catalog, "AXK7L80223G", 127);
  g_autofree char *dir = g_dir_make_tmp ("test-output-stream-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "panel.gbr", NULL);
  const guint arrays[][2] = { { 1, 1 }, { 40, 25 }, { 7, 3 } };

  g_setenv ("SOURCE_DATE_EPOCH", "1700000000", TRUE);
  for (guint k = 0; k < G_N_ELEMENTS (arrays); k++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *contents = NULL;
      g_autofree char *names = NULL;
      StencilGerberOptions options;
      gsize length;

      stencil_gerber_options_init (&options);
      options.cols = arrays[k][0];
      options.rows = arrays[k][1];
      /* Steps that keep the copies apart (turned by 90°, the part is 17.5 mm tall). */
      options.step_x_mm = k == 2 ? 6.0 : 20.0;
      options.step_y_mm = k == 2 ? 20.0 : 6.0;
      options.rotation_deg = k == 2 ? 90 : 0;
      options.side = k == 2 ? STENCIL_SIDE_BOTTOM : STENCIL_SIDE_TOP;
      bytes = stencil_gerber_generate (result, &options, &error);
      g_assert_no_error (error);
      g_assert_true (stencil_gerber_write (result, &options, path, &error));
      g_assert_no_error (error);

      contents = read_file (path, &length);
      g_assert_cmpuint (length, ==, g_bytes_get_size (bytes));
      g_assert_true (memcmp (contents, g_bytes_get_data (bytes, NULL), length) == 0);
      if (k == 1)
        g_assert_cmpuint (length, >, 1000000);   /* many pieces of 256 KiB */
      names = list_dir (dir);
      g_assert_cmpstr (names, ==, "panel.gbr");
    }
  g_unsetenv ("SOURCE_DATE_EPOCH");
  remove_dir (dir);
}

/* Options that cannot be written: the error, the old file untouched, nothing else left. */
static void
test_gerber_bad_options_keep_old (void)
{
  g_autoptr(StencilResult) result = test_util_calculate_at (catalog, "AXK7L40223G", 127);
  g_autofree char *dir = g_dir_make_tmp ("test-output-stream-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "keep.gbr", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *names = NULL;
  StencilOutputStream *out;
  StencilGerberOptions options;

  g_file_set_contents (path, "old\n", -1, &error);
  g_assert_no_error (error);
  stencil_gerber_options_init (&options);
  options.cols = 1000;
  options.step_x_mm = 50;     /* 50 m wide: beyond the 4.6 coordinate format */

  g_assert_false (stencil_gerber_write (result, &options, path, &error));
  g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT);
  g_clear_error (&error);

  out = stencil_output_open (path, &error);
  g_assert_no_error (error);
  g_assert_false (stencil_gerber_write_stream (result, &options, out, &error));
  g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT);
  stencil_output_abort (out);

  contents = read_file (path, NULL);
  g_assert_cmpstr (contents, ==, "old\n");
  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "keep.gbr");
  remove_dir (dir);
}

/* The export of several files streams its Gerber file: a later failure (here the CSV file on a
 * full device) aborts it, so the old Gerber file stays and no temporary file is left; in the
 * other order the Gerber file is in place and the message says so. */
static void
test_export_aborts_stream (void)
{
  g_autoptr(StencilResult) result = test_util_calculate_at (catalog, "AXK7L80223G", 127);
  g_autofree char *dir = g_dir_make_tmp ("test-output-stream-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "keep.gbr", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *names = NULL;
  StencilExportOptions options;
  StencilExportOutput outputs[2];

  if (!g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/full");
      remove_dir (dir);
      return;
    }
  g_file_set_contents (path, "old\n", -1, &error);
  g_assert_no_error (error);
  stencil_export_options_init (&options);
  options.gerber.cols = 40;
  options.gerber.rows = 25;
  options.gerber.step_x_mm = 20;
  options.gerber.step_y_mm = 6;
  g_assert_true (stencil_output_is_deferred (path));
  g_assert_false (stencil_output_is_deferred ("/dev/full"));
  g_assert_false (stencil_output_is_deferred ("-"));

  outputs[0] = (StencilExportOutput) { STENCIL_EXPORT_CSV, "/dev/full" };
  outputs[1] = (StencilExportOutput) { STENCIL_EXPORT_GERBER, path };
  g_assert_false (stencil_export_write_all (result, &options, outputs, 2, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_clear_error (&error);
  contents = read_file (path, NULL);
  g_assert_cmpstr (contents, ==, "old\n");
  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "keep.gbr");

  outputs[0] = (StencilExportOutput) { STENCIL_EXPORT_GERBER, path };
  outputs[1] = (StencilExportOutput) { STENCIL_EXPORT_CSV, "/dev/full" };
  g_assert_false (stencil_export_write_all (result, &options, outputs, 2, &error));
  g_assert_nonnull (strstr (error->message, path));   /* "already written: …/keep.gbr" */
  g_clear_pointer (&contents, g_free);
  contents = read_file (path, NULL);
  g_assert_true (g_str_has_prefix (contents, "%TF.GenerationSoftware"));
  g_assert_true (g_str_has_suffix (contents, "M02*\n"));
  g_free (names);
  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "keep.gbr");
  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  catalog = test_util_load_catalog ();

  g_test_add_func ("/output-stream/pieces", test_pieces);
  g_test_add_func ("/output-stream/abort-keeps-old", test_abort_keeps_old);
  g_test_add_func ("/output-stream/write-error-keeps-old", test_write_error_keeps_old);
  g_test_add_func ("/output-stream/open-and-device-errors", test_open_and_device_errors);
  g_test_add_func ("/output-stream/mode-and-link", test_mode_and_link);
  g_test_add_func ("/output-stream/gerber-identical", test_gerber_identical);
  g_test_add_func ("/output-stream/gerber-bad-options-keep-old",
                   test_gerber_bad_options_keep_old);
  g_test_add_func ("/output-stream/export-aborts-stream", test_export_aborts_stream);

  ret = g_test_run ();
  g_object_unref (catalog);
  return ret;
}
