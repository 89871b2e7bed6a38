/* SPDX-License-Identifier: GPL-3.0-or-later */
/* stencilcalc-cli with design files (save-design, calc --design, export --design) and the
 * command line's refusals: repeated options, two outputs to one destination, options that
 * would do nothing, overlapping array copies; and what the CLI says matches what it did. */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <unistd.h>

#include "test-util.h"

#define run_cli(run, ...) test_util_run_cli (run, NULL, TEST_UTIL_STRV (__VA_ARGS__))
/* Files written with a fixed date, so that two runs can be compared byte for byte. */
#define run_cli_dated(run, ...) \
  test_util_run_cli (run, TEST_UTIL_STRV ("SOURCE_DATE_EPOCH=1700000000"), \
                     TEST_UTIL_STRV (__VA_ARGS__))

static char *tmp_dir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static char *
read_file (const char *path)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_file_get_contents (path, &text, NULL, &error))
    g_error ("%s: %s", path, error->message);
  return g_steal_pointer (&text);
}

/* A design saved from flags gives the same calc --json as those flags, and saved again from
 * itself the same bytes. */
static void
check_same_as_flags (const char         *name,
                     const char * const *flags)
{
  g_autofree char *path = tmp_path (name);
  g_autofree char *again = g_strconcat (path, ".again", NULL);
  g_autoptr(GPtrArray) save = g_ptr_array_new ();
  g_autoptr(GPtrArray) calc = g_ptr_array_new ();
  g_auto(TestRun) saved = { 0, };
  g_auto(TestRun) resaved = { 0, };
  g_auto(TestRun) from_flags = { 0, };
  g_auto(TestRun) from_design = { 0, };
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_ptr_array_add (save, "save-design");
  g_ptr_array_add (save, path);
  g_ptr_array_add (calc, "calc");
  for (guint i = 0; flags[i] != NULL; i++)
    {
      g_ptr_array_add (save, (gpointer) flags[i]);
      g_ptr_array_add (calc, (gpointer) flags[i]);
    }
  g_ptr_array_add (save, NULL);
  g_ptr_array_add (calc, "--json");
  g_ptr_array_add (calc, NULL);

  test_util_run_cli (&saved, NULL, (const char * const *) save->pdata);
  g_assert_cmpstr (saved.err, ==, "");
  g_assert_cmpint (saved.status, ==, 0);
  test_util_run_cli (&from_flags, NULL, (const char * const *) calc->pdata);
  run_cli (&from_design, "calc", "--design", path, "--json");
  g_assert_cmpint (from_design.status, ==, 0);
  g_assert_cmpstr (from_design.out, ==, from_flags.out);

  run_cli (&resaved, "save-design", again, "--design", path);
  g_assert_cmpint (resaved.status, ==, 0);
  first = read_file (path);
  second = read_file (again);
  g_assert_cmpstr (first, ==, second);
  g_remove (path);
  g_remove (again);
}

static void
test_design_equals_flags (void)
{
  check_same_as_flags ("plain.stencilcalc", TEST_UTIL_STRV ("AXK7L40223G", "-t", "127"));
  check_same_as_flags ("all.stencilcalc",
                       TEST_UTIL_STRV ("axk8le4026bg", "--thickness", "127.4", "--strategy",
                                       "keep-length", "--grid", "2.5", "--corner-radius",
                                       "0.03"));
  check_same_as_flags ("eighty.stencilcalc",
                       TEST_UTIL_STRV ("AXK7L80223G", "-t", "99.99", "-s", "proportional"));
  check_same_as_flags ("web.stencilcalc",
                       TEST_UTIL_STRV ("AXK8L40124BG", "-t", "110", "--min-web", "0.15"));
}

/* sweep --design sweeps the design, with its thickness as the chosen foil. */
static void
test_sweep_design (void)
{
  g_autofree char *design = tmp_path ("sweep.stencilcalc");
  g_auto(TestRun) saved = { 0, };
  g_auto(TestRun) from_flags = { 0, };
  g_auto(TestRun) from_design = { 0, };

  run_cli (&saved, "save-design", design, "AXK7L40223G", "-t", "133", "--grid", "2",
           "--min-web", "0.12");
  g_assert_cmpint (saved.status, ==, 0);
  run_cli (&from_flags, "sweep", "AXK7L40223G", "-t", "133", "--grid", "2", "--min-web", "0.12",
           "--json");
  run_cli (&from_design, "sweep", "--design", design, "--json");
  g_assert_cmpint (from_design.status, ==, 0);
  g_assert_cmpstr (from_design.out, ==, from_flags.out);
  g_remove (design);
}

/* The user's land pattern goes into the design: the design alone computes what --land-pattern
 * did, and says whose pattern it is (the JSON names the land file only when one is given). */
static void
test_design_with_land_pattern (void)
{
  g_autofree char *land = tmp_path ("land.json");
  g_autofree char *design = tmp_path ("land.stencilcalc");
  g_auto(TestRun) estimate = { 0, };
  g_auto(TestRun) saved = { 0, };
  g_auto(TestRun) with_file = { 0, };
  g_auto(TestRun) with_design = { 0, };
  g_autoptr(GString) edited = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  const char *member;

  run_cli (&estimate, "land-pattern", "AXK7L40223G");
  edited = g_string_new (estimate.out);
  g_assert_cmpuint (g_string_replace (edited, "\"w_mm\" : 0.23", "\"w_mm\" : 0.21", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (edited, "\"source\" : \"\"", "\"source\" : \"rev. B\"", 1),
                    ==, 1);
  g_assert_true (g_file_set_contents (land, edited->str, -1, NULL));

  run_cli (&saved, "save-design", design, "AXK7L40223G", "-t", "120", "--land-pattern", land);
  g_assert_cmpint (saved.status, ==, 0);
  text = read_file (design);
  g_assert_nonnull (strstr (text, "\"land_pattern\" : {\n    \"source\" : \"rev. B\",\n"));
  g_assert_nonnull (strstr (text, "\"w_mm\" : 0.21,"));

  run_cli (&with_file, "calc", "AXK7L40223G", "-t", "120", "--land-pattern", land, "--json");
  run_cli (&with_design, "calc", "--design", design, "--json");
  g_assert_cmpint (with_design.status, ==, 0);
  /* Only the file's name differs: a design has no land-pattern file. */
  member = strstr (with_file.out, "  \"land_pattern_file\" : ");
  g_assert_nonnull (member);
  {
    GString *without = g_string_new_len (with_file.out, member - with_file.out);

    g_string_append (without, strchr (member, '\n') + 1);
    expected = g_string_free (without, FALSE);
  }
  g_assert_cmpstr (with_design.out, ==, expected);
  g_assert_nonnull (strstr (with_design.out, "\"land_pattern_source\" : \"user\""));
  g_assert_nonnull (strstr (with_design.out, "\"land_pattern_reference\" : \"rev. B\""));

  /* The estimate given back unedited stays the estimate: no land pattern in the design. */
  {
    g_autofree char *plain_land = tmp_path ("estimate.json");
    g_autofree char *plain = tmp_path ("estimate.stencilcalc");
    g_autofree char *plain_text = NULL;
    g_auto(TestRun) save_plain = { 0, };

    g_assert_true (g_file_set_contents (plain_land, estimate.out, -1, NULL));
    run_cli (&save_plain, "save-design", plain, "AXK7L40223G", "-t", "120", "--land-pattern",
             plain_land);
    g_assert_cmpint (save_plain.status, ==, 0);
    plain_text = read_file (plain);
    g_assert_null (strstr (plain_text, "land_pattern"));
    g_remove (plain_land);
    g_remove (plain);
  }

  /* Another PART with the design's own pattern: refused, the pattern is not for it. */
  {
    g_auto(TestRun) other = { 0, };

    run_cli (&other, "calc", "--design", design, "AXK8L40124BG");
    test_util_assert_cli_error (&other, 2, "holds your land pattern of AXK7L40223G");
  }
  g_remove (land);
  g_remove (design);
}

/* Options on the command line win over the file; so does PART. */
static void
test_options_win (void)
{
  g_autofree char *design = tmp_path ("base.stencilcalc");
  g_auto(TestRun) saved = { 0, };
  g_auto(TestRun) changed = { 0, };
  g_auto(TestRun) flags = { 0, };
  g_auto(TestRun) part = { 0, };
  g_auto(TestRun) part_flags = { 0, };

  run_cli (&saved, "save-design", design, "AXK7L40223G", "-t", "127", "--grid", "2");
  g_assert_cmpint (saved.status, ==, 0);
  run_cli (&changed, "calc", "--design", design, "-t", "150", "-s", "keep-width", "--json");
  run_cli (&flags, "calc", "AXK7L40223G", "-t", "150", "-s", "keep-width", "--grid", "2",
           "--json");
  g_assert_cmpint (changed.status, ==, 0);
  g_assert_cmpstr (changed.out, ==, flags.out);
  run_cli (&part, "calc", "--design", design, "AXK8L40124BG", "--json");
  run_cli (&part_flags, "calc", "AXK8L40124BG", "-t", "127", "--grid", "2", "--json");
  g_assert_cmpstr (part.out, ==, part_flags.out);
  g_remove (design);
}

/* export --design writes what export with the flags writes, byte for byte. */
static void
test_export_design (void)
{
  g_autofree char *design = tmp_path ("export.stencilcalc");
  g_autofree char *a = tmp_path ("a.gbr");
  g_autofree char *b = tmp_path ("b.gbr");
  g_autofree char *a_csv = tmp_path ("a.csv");
  g_autofree char *b_csv = tmp_path ("b.csv");
  g_auto(TestRun) saved = { 0, };
  g_auto(TestRun) from_flags = { 0, };
  g_auto(TestRun) from_design = { 0, };
  g_autofree char *ga = NULL;
  g_autofree char *gb = NULL;
  g_autofree char *ca = NULL;
  g_autofree char *cb = NULL;

  run_cli (&saved, "save-design", design, "AXK8L30124BG", "-t", "130", "-r", "0.05");
  g_assert_cmpint (saved.status, ==, 0);
  run_cli_dated (&from_flags, "export", "AXK8L30124BG", "-t", "130", "-r", "0.05", "--gerber", a,
                 "--rotate", "90", "--csv", a_csv);
  run_cli_dated (&from_design, "export", "--design", design, "--gerber", b, "--rotate", "90",
                 "--csv", b_csv);
  g_assert_cmpint (from_flags.status, ==, 0);
  g_assert_cmpint (from_design.status, ==, 0);
  ga = read_file (a);
  gb = read_file (b);
  ca = read_file (a_csv);
  cb = read_file (b_csv);
  g_assert_cmpstr (ga, ==, gb);
  g_assert_cmpstr (ca, ==, cb);
  g_remove (design);
  g_remove (a);
  g_remove (b);
  g_remove (a_csv);
  g_remove (b_csv);
}

/* Broken design files through the CLI: exit 1, one line naming the file, quickly. */
static void
test_bad_design_files (void)
{
  const struct { const char *name; const char *text; const char *message; } cases[] = {
    { "empty.stencilcalc", "", "the file is empty" },
    { "future.stencilcalc", "{ \"format\": \"stencilcalc-design\", \"version\": 7 }",
      "design version 7 is from a newer Stencil Calc" },
    { "typo.stencilcalc", "{ \"format\": \"stencilcalc-design\", \"version\": 1, "
      "\"part\": \"AXK7L4O223G\", \"thickness_um\": 127 }", "did you mean AXK7L40223G?" },
    { "zero-grid.stencilcalc", "{ \"format\": \"stencilcalc-design\", \"version\": 1, "
      "\"part\": \"AXK7L40223G\", \"thickness_um\": 127, \"grid_um\": 0 }", "grid_um: " },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = tmp_path (cases[i].name);
      g_auto(TestRun) run = { 0, };
      gint64 start;

      g_assert_true (g_file_set_contents (path, cases[i].text, -1, NULL));
      start = g_get_monotonic_time ();
      run_cli (&run, "calc", "--design", path);
      g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
      test_util_assert_cli_error (&run, 1, path);
      g_assert_nonnull (strstr (run.err, cases[i].message));
      g_remove (path);
    }
  {
    g_auto(TestRun) missing = { 0, };

    run_cli (&missing, "calc", "--design", "/nonexistent/x.stencilcalc");
    test_util_assert_cli_error (&missing, 1, "/nonexistent/x.stencilcalc");
  }
}

static void
test_save_design_errors (void)
{
  g_autofree char *path = tmp_path ("never.stencilcalc");
  struct { const char *args[8]; int status; const char *message; } cases[] = {
    { { "save-design", NULL }, 2, "which file?" },
    { { "save-design", path, NULL }, 2, "which part?" },
    { { "save-design", path, "AXK7L40223G", NULL }, 2, "--thickness is required" },
    { { "save-design", path, "AXK7L4O223G", "-t", "127", NULL }, 1, "did you mean" },
    { { "save-design", path, "AXK7L40223G", "-t", "5", NULL }, 2, "out of range" },
    /* Computed before it is saved: a radius its apertures cannot take is refused now. */
    { { "save-design", path, "AXK7L40223G", "-t", "127", "-r", "0.2", NULL }, 2, "half" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(TestRun) run = { 0, };

      test_util_run_cli (&run, NULL, cases[i].args);
      test_util_assert_cli_error (&run, cases[i].status, cases[i].message);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
}

/* Every refusal of the command line: before anything is written (the files stay absent). */
static void
test_refusals (void)
{
  g_autofree char *x = tmp_path ("x.pdf");
  g_autofree char *x_dot = g_strconcat (tmp_dir, "/./x.pdf", NULL);
  g_autofree char *dir_link = tmp_path ("here");
  g_autofree char *via_link = g_build_filename (dir_link, "x.pdf", NULL);
  g_autofree char *g = tmp_path ("g.gbr");
  g_autofree char *g2 = tmp_path ("g2.gbr");
  const char *p = "AXK7L40223G";
  struct { const char *args[16]; const char *message; } cases[] = {
    { { "export", p, "-t", "127", "--gerber", "-", "--pdf", "-", "--csv", "-", NULL },
      "--gerber and --pdf both write to standard output" },
    { { "export", p, "-t", "127", "--pdf", x, "--png", x_dot, NULL },
      "--pdf and --png both write to" },
    { { "export", p, "-t", "127", "--svg", x, "--png", via_link, NULL },
      "--png and --svg both write to" },
    { { "export", p, "-t", "127", "--gerber", g, "--gerber", g2, NULL },
      "--gerber is given more than once" },
    { { "calc", p, "-t", "127", "--thickness", "130", NULL }, "--thickness is given more" },
    { { "calc", p, "-t", "127", "--json", "--json", NULL }, "--json is given more" },
    { { "land-pattern", p, "-o", g, "--output", g2, NULL }, "--output is given more" },
    { { "export", p, "-t", "127", "--gerber", g, "--step", "30,12", NULL },
      "--step has no effect without --array" },
    { { "export", p, "-t", "127", "--pdf", x, "--at", "5,5", NULL },
      "--at has no effect without --gerber" },
    { { "export", p, "-t", "127", "--pdf", x, "--rotate", "90", NULL },
      "--rotate has no effect without --gerber" },
    { { "export", p, "-t", "127", "--pdf", x, "--array", "2x1", "--step", "20,0", NULL },
      "--array has no effect without --gerber" },
    { { "export", p, "-t", "127", "--gerber", g, "--paper", "letter", NULL },
      "--paper has no effect without --pdf, --png or --svg" },
    { { "export", p, "-t", "127", "--gerber", g, "--with-mate", NULL },
      "--with-mate has no effect" },
    { { "export", p, "-t", "127", "--pdf", x, "--dpi", "300", NULL },
      "--dpi has no effect without --png" },
    { { "export", p, "-t", "127", "--gerber", g, "--array", "2x2", "--step", "1,1", NULL },
      "the column step (--step DX) must be at least 9.6 mm" },
    { { "export", p, "-t", "127", "--gerber", g, "--array", "2x1", "--step", "1e-7,0", NULL },
      "must be at least 9.6 mm (a 0.1 mm web between copies), not 1e-07 mm" },
  };

  /* The same folder by another name. */
  g_assert_cmpint (symlink (tmp_dir, dir_link), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(TestRun) run = { 0, };

      test_util_run_cli (&run, NULL, cases[i].args);
      test_util_assert_cli_error (&run, 2, cases[i].message);
      g_assert_false (g_file_test (x, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test (g, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test (g2, G_FILE_TEST_EXISTS));
    }
  g_remove (dir_link);
}

/* What is printed agrees with the status, the minimum web names the first pair, unknown parts
 * get the nearest numbers. */
static void
test_what_is_said (void)
{
  g_auto(TestRun) marginal = { 0, };
  g_auto(TestRun) eighty = { 0, };
  g_auto(TestRun) typo = { 0, };
  g_auto(TestRun) capped = { 0, };
  g_autofree char *pdftotext = NULL;

  run_cli (&marginal, "calc", "AXK7L40223G", "-t", "124.5");
  g_assert_nonnull (strstr (marginal.out, "0.659    1.85  MARGINAL"));
  g_assert_nonnull (strstr (marginal.out, "area ratio 0.65, aspect ratio 1.85"));
  g_assert_null (strstr (marginal.out, "0.660"));
  run_cli (&eighty, "calc", "AXK8L80124BG", "-t", "127");
  g_assert_nonnull (strstr (eighty.out, "(between pads 1 and 2)"));
  run_cli (&typo, "calc", "AXK7L4O223G", "-t", "127");
  test_util_assert_cli_error (&typo, 1, "Unknown part “AXK7L4O223G”: did you mean AXK7L40223G?");
  run_cli (&capped, "calc", "AXK7L40223G", "-t", "100");
  g_assert_nonnull (strstr (capped.out, "Soldering terminal: 100 µm is below the F4 "
                                        "datasheet's thicknesses; capped at 100 %, the paste "
                                        "is 100 µm high, not 120 µm"));

  /* The drawing's table too (pdftotext reads the PDF as a person would). */
  pdftotext = g_find_program_in_path ("pdftotext");
  g_assert_nonnull (pdftotext);   /* poppler-utils is in build-aux/packages.txt */
    {
      g_autofree char *pdf = tmp_path ("marginal.pdf");
      g_auto(TestRun) export_run = { 0, };
      const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
      g_autofree char *text = NULL;
      int wait_status;

      run_cli (&export_run, "export", "AXK7L40223G", "-t", "124.5", "--pdf", pdf);
      g_assert_cmpint (export_run.status, ==, 0);
      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH |
                                   G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &text, NULL,
                                   &wait_status, NULL));
      g_assert_true (g_regex_match_simple ("63\\.9 %\\s+0\\.65\\s+1\\.85\\s+Marginal", text, 0,
                                           0));
      g_remove (pdf);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("stencil-cli-design-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);

  g_test_add_func ("/cli-design/equals-flags", test_design_equals_flags);
  g_test_add_func ("/cli-design/land-pattern", test_design_with_land_pattern);
  g_test_add_func ("/cli-design/options-win", test_options_win);
  g_test_add_func ("/cli-design/sweep", test_sweep_design);
  g_test_add_func ("/cli-design/export", test_export_design);
  g_test_add_func ("/cli-design/bad-files", test_bad_design_files);
  g_test_add_func ("/cli-design/save-errors", test_save_design_errors);
  g_test_add_func ("/cli-design/refusals", test_refusals);
  g_test_add_func ("/cli-design/what-is-said", test_what_is_said);

  status = g_test_run ();
  g_rmdir (tmp_dir);
  g_free (tmp_dir);
  return status;
}
