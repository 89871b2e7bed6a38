/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The README's command-line examples are the program's real output: every ``` block whose
 * first line starts with "$ stencilcalc-cli" is run (the blocks in order, in one folder) and
 * what it prints (standard output, then standard error) compared with the README's text. */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "test-util.h"

/* One example: the command after "$ " and the lines it prints. */
typedef struct
{
  guint  line;      /* of the command in README.md */
  char  *command;
  char  *expected;
} Example;

static void
example_free (gpointer data)
{
  Example *example = data;

  g_free (example->command);
  g_free (example->expected);
  g_free (example);
}

/* The examples of README.md: in a fenced block that starts with "$ stencilcalc-cli", each "$ "
 * line is a command and the lines up to the next one (or the fence) its output. */
static GPtrArray *
read_examples (const char *path)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *examples = g_ptr_array_new_with_free_func (example_free);
  Example *current = NULL;
  GString *output = NULL;
  gboolean in_block = FALSE, in_example = FALSE;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (g_str_has_prefix (line, "```"))
        {
          if (in_example && current != NULL)
            current->expected = g_string_free (g_steal_pointer (&output), FALSE);
          in_example = !in_block && lines[i + 1] != NULL &&
                       g_str_has_prefix (lines[i + 1], "$ stencilcalc-cli");
          in_block = !in_block;
          current = NULL;
          continue;
        }
      if (!in_example)
        continue;
      if (g_str_has_prefix (line, "$ "))
        {
          if (current != NULL)
            current->expected = g_string_free (g_steal_pointer (&output), FALSE);
          current = g_new0 (Example, 1);
          current->line = i + 1;
          current->command = g_strdup (line + 2);
          output = g_string_new (NULL);
          g_ptr_array_add (examples, current);
        }
      else
        g_string_append_printf (output, "%s\n", line);
    }
  g_assert_false (in_block);
  return examples;
}

static void
test_examples (gconstpointer data)
{
  const char *readme = data;
  g_autoptr(GPtrArray) examples = read_examples (readme);
  g_autofree char *dir = g_dir_make_tmp ("stencil-readme-XXXXXX", NULL);
  guint failed = 0;

  /* The README shows several; none at all would be a test that cannot fail. */
  g_assert_cmpuint (examples->len, >=, 3);
  for (guint i = 0; i < examples->len; i++)
    {
      Example *example = examples->pdata[i];
      g_auto(GStrv) argv = NULL;
      g_autoptr(GError) error = NULL;
      g_auto(TestRun) run = { 0, };
      g_autofree char *actual = NULL;

      g_assert_true (g_shell_parse_argv (example->command, NULL, &argv, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (argv[0], ==, "stencilcalc-cli");
      test_util_run_cli_in (&run, dir,
                            TEST_UTIL_STRV ("LC_ALL=C.UTF-8", "LANGUAGE",
                                            "XDG_DATA_HOME=/nonexistent"),
                            (const char * const *) argv + 1);
      /* What a terminal shows: standard output, then standard error. */
      actual = g_strconcat (run.out, run.err, NULL);
      if (g_strcmp0 (actual, example->expected) != 0)
        {
          g_test_message ("README.md:%u: `%s` prints:\n%s\nbut the README says:\n%s",
                          example->line, example->command, actual, example->expected);
          failed++;
        }
    }
  /* The examples' own files (save-design writes one the next example reads). */
  {
    g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
    const char *name;

    while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);
        g_remove (path);
      }
  }
  g_rmdir (dir);
  if (failed > 0)
    g_error ("%u of %u README examples differ from the program's output", failed,
             examples->len);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, ==, 2);
  g_test_add_data_func ("/readme/examples", argv[1], test_examples);
  return g_test_run ();
}
