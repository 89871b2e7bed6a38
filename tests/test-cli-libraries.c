/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Which libraries the CLI loads: "calc" and the Gerber export start without the drawing stack
 * (cairo, libharu, fontconfig, libpng and X11 through cairo); a drawing loads it as a module
 * and is written all the same. Read from the dynamic loader's own log (LD_DEBUG=libs). */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "test-util.h"

static const char * const drawing_libraries[] = {
  "libcairo.so", "libhpdf", "libfontconfig.so", "libpng16.so", "libX11.so",
  "libstencilcalc-drawing.so"
};

static void
assert_loads (const TestRun *run,
              gboolean       drawing)
{
  /* The log names each library it opens in a "calling init: PATH" line. */
  g_assert_nonnull (strstr (run->err, "calling init:"));
  g_assert_nonnull (strstr (run->err, "libglib-2.0.so"));
  for (guint i = 0; i < G_N_ELEMENTS (drawing_libraries); i++)
    {
      gboolean loaded = strstr (run->err, drawing_libraries[i]) != NULL;

      if (loaded != drawing)
        g_error ("%s %s loaded", drawing_libraries[i], loaded ? "was" : "was not");
    }
}

static void
test_calc (void)
{
  g_auto(TestRun) run = { 0 };

  test_util_run_cli (&run, TEST_UTIL_STRV ("LD_DEBUG=libs"),
                     TEST_UTIL_STRV ("calc", "AXK7L80223G", "-t", "127", "--json", "--pads"));
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "{\n  \"part\" : \"AXK7L80223G\""));
  assert_loads (&run, FALSE);
}

static void
test_export (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-cli-libraries-XXXXXX", NULL);
  g_autofree char *gbr = g_build_filename (dir, "a.gbr", NULL);
  g_autofree char *png = g_build_filename (dir, "a.png", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;

  {
    g_auto(TestRun) run = { 0 };

    test_util_run_cli (&run, TEST_UTIL_STRV ("LD_DEBUG=libs"),
                       TEST_UTIL_STRV ("export", "AXK7L80223G", "-t", "127", "--gerber", gbr,
                                       "--csv", "-"));
    g_assert_cmpint (run.status, ==, 0);
    assert_loads (&run, FALSE);
    g_assert_true (g_file_test (gbr, G_FILE_TEST_IS_REGULAR));
  }
  {
    g_auto(TestRun) run = { 0 };

    test_util_run_cli (&run, TEST_UTIL_STRV ("LD_DEBUG=libs"),
                       TEST_UTIL_STRV ("export", "AXK7L80223G", "-t", "127", "--png", png,
                                       "--with-mate"));
    g_assert_cmpint (run.status, ==, 0);
    assert_loads (&run, TRUE);
  }
  g_assert_true (g_file_get_contents (png, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (memcmp (contents, "\x89PNG\r\n\x1a\n", 8) == 0);
  g_remove (gbr);
  g_remove (png);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli-libraries/calc", test_calc);
  g_test_add_func ("/cli-libraries/export", test_export);

  return g_test_run ();
}
