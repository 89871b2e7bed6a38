/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The corpus of a fuzz target as a regression test, without libFuzzer: every file of the
 * folders (or the files) given runs through the same LLVMFuzzerTestOneInput, one TAP line
 * each. A crash or a failed assertion fails the test. */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>

#include "fuzz-common.h"

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static void
add_inputs (GPtrArray  *paths,
            const char *arg)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (!g_file_test (arg, G_FILE_TEST_IS_DIR))
    {
      g_ptr_array_add (paths, g_strdup (arg));
      return;
    }
  dir = g_dir_open (arg, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (paths, g_build_filename (arg, names->pdata[i], NULL));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  LLVMFuzzerInitialize (&argc, &argv);
  for (int i = 1; i < argc; i++)
    add_inputs (paths, argv[i]);
  if (paths->len == 0)
    {
      g_printerr ("usage: %s FILE-OR-FOLDER...\n", argv[0]);
      return 2;
    }

  printf ("1..%u\n", paths->len);
  for (guint i = 0; i < paths->len; i++)
    {
      g_autofree char *contents = NULL;
      g_autofree char *base = g_path_get_basename (paths->pdata[i]);
      gsize length;
      g_autoptr(GError) error = NULL;

      if (!g_file_get_contents (paths->pdata[i], &contents, &length, &error))
        {
          printf ("not ok %u - %s: %s\n", i + 1, base, error->message);
          continue;
        }
      /* A copy of exactly the input's size, as libFuzzer gives it: ASan sees any read past
       * the end (the NUL g_file_get_contents adds is not there). */
      {
        g_autofree guint8 *exact = g_malloc (MAX (length, 1));

        memcpy (exact, contents, length);
        LLVMFuzzerTestOneInput (exact, length);
      }
      printf ("ok %u - %s\n", i + 1, base);
      fflush (stdout);
    }
  return 0;
}
