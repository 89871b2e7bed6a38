/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "test-util.h"

/* The bytes as a string for the text checks; the length for byte-exact comparisons. */
static char *
copy_to_string (GBytes *bytes,
                gsize  *out_len)
{
  gsize len = g_bytes_get_size (bytes);
  char *str = g_malloc (len + 1);

  if (len > 0)
    memcpy (str, g_bytes_get_data (bytes, NULL), len);
  str[len] = '\0';
  if (out_len != NULL)
    *out_len = len;
  return str;
}

StencilCatalog *
test_util_load_catalog (void)
{
  g_autoptr(GError) error = NULL;
  StencilCatalog *catalog = stencil_catalog_new ();
  gboolean loaded = stencil_catalog_load_default (catalog, &error);

  g_assert_no_error (error);
  g_assert_true (loaded);
  return catalog;
}

StencilResult *
test_util_calculate_part (StencilPart             *part,
                          const StencilCalcParams *params)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilPattern) pattern = NULL;
  StencilCalcParams defaults;
  StencilResult *result;

  g_assert_nonnull (part);
  if (params == NULL)
    {
      stencil_calc_params_init (&defaults);
      params = &defaults;
    }
  pattern = stencil_pattern_new (part, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (pattern);
  result = stencil_calculate (pattern, params, &error);
  g_assert_no_error (error);
  g_assert_nonnull (result);
  return result;
}

StencilResult *
test_util_calculate (StencilCatalog          *catalog,
                     const char              *part_number,
                     const StencilCalcParams *params)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilPart) part = NULL;

  g_assert_nonnull (catalog);
  part = stencil_catalog_find_part (catalog, part_number, &error);
  g_assert_no_error (error);
  return test_util_calculate_part (part, params);
}

StencilResult *
test_util_calculate_at (StencilCatalog *catalog,
                        const char     *part_number,
                        double          thickness_um)
{
  StencilCalcParams params;

  stencil_calc_params_init (&params);
  params.thickness_um = thickness_um;
  return test_util_calculate (catalog, part_number, &params);
}

void
test_run_clear (TestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
  run->out_len = 0;
  run->status = 0;
}

void
test_util_run_cli (TestRun            *run,
                   const char * const *env,
                   const char * const *args)
{
  test_util_run_cli_in (run, NULL, env, args);
}

void
test_util_run_cli_in (TestRun            *run,
                      const char         *cwd,
                      const char * const *env,
                      const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  const char *cli = g_getenv ("STENCILCALC_CLI");

  g_assert_nonnull (cli);
  g_assert_nonnull (args);
  /* A TestRun is used once: nothing of an earlier run can pass for this one's output. */
  g_assert_null (run->out);
  g_assert_null (run->err);

  g_ptr_array_add (argv, (char *) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  for (guint i = 0; env != NULL && env[i] != NULL; i++)
    {
      const char *equals = strchr (env[i], '=');

      if (equals == NULL)
        envp = g_environ_unsetenv (envp, env[i]);
      else
        {
          g_autofree char *key = g_strndup (env[i], equals - env[i]);

          g_assert_cmpuint (strlen (key), >, 0);
          envp = g_environ_setenv (envp, key, equals + 1, TRUE);
        }
    }

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_environ (launcher, envp);
  if (cwd != NULL)
    g_subprocess_launcher_set_cwd (launcher, cwd);
  proc = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate (proc, NULL, NULL, &out, &err, &error));
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (proc));   /* never a crash */
  run->status = g_subprocess_get_exit_status (proc);

  run->out = copy_to_string (out, &run->out_len);
  run->err = copy_to_string (err, NULL);
}

void
test_util_assert_cli_error (const TestRun *run,
                            int            status,
                            const char    *expected_text)
{
  const char *newline = strchr (run->err, '\n');

  if (run->status != status || run->out_len != 0
      || !g_str_has_prefix (run->err, "stencilcalc-cli: ")
      || newline == NULL || newline[1] != '\0'
      /* A pasted paragraph is not repeated whole. */
      || strlen (run->err) >= 600)
    g_error ("expected exit status %d, nothing on stdout and one line on stderr; "
             "got %d, %" G_GSIZE_FORMAT " bytes on stdout and: %s",
             status, run->status, run->out_len, run->err);
  if (strstr (run->err, expected_text) == NULL)
    g_error ("expected “%s” in: %s", expected_text, run->err);
}
