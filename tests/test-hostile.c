/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The hostile files and destinations of issue 13, one test each: families and land patterns
 * that crashed, hung or slipped through, and destinations that were silently replaced. Every
 * hostile file is generated here; each is refused with its name and the problem, and fast. */
#include "config.h"

#include <glib/gstdio.h>
#include <limits.h>
#include <locale.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "stencil-io.h"
#include "stencil-json-reader.h"
#include "stencil-land-file.h"
#include "test-util.h"

/* A refusal takes milliseconds; this bound only catches a hang or a quadratic scan, without
 * making the test depend on the machine's speed. */
#define HANG_SECONDS 2.0

/* $XDG_DATA_HOME of one test, with the folders the app reads its files from. */
typedef struct
{
  char *home;
  char *families;
  char *lands;
  char *env;      /* "XDG_DATA_HOME=..." */
} DataHome;

static void
data_home_init (DataHome *d)
{
  d->home = g_dir_make_tmp ("stencil-hostile-XXXXXX", NULL);
  d->families = g_build_filename (d->home, "stencilcalc", "families", NULL);
  d->lands = g_build_filename (d->home, "stencilcalc", "land-patterns", NULL);
  d->env = g_strconcat ("XDG_DATA_HOME=", d->home, NULL);
  g_assert_cmpint (g_mkdir_with_parents (d->families, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (d->lands, 0700), ==, 0);
}

static void
remove_tree (const char *path)
{
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    return;
  if (S_ISDIR (st.st_mode))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static void
data_home_clear (DataHome *d)
{
  remove_tree (d->home);
  g_free (d->home);
  g_free (d->families);
  g_free (d->lands);
  g_free (d->env);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DataHome, data_home_clear)

static char *
write_file (const char *dir,
            const char *name,
            const char *contents,
            gssize      length)
{
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return path;
}

static char *
read_builtin_family (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("STENCILCALC_DATADIR"), "families",
                                            "panasonic-f4.json", NULL);
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* The built-in family under another series (so that it loads beside F4) with one change. */
static char *
family_variant (const char *from,
                const char *to)
{
  g_autofree char *builtin = read_builtin_family ();
  GString *json = g_string_new (builtin);

  g_string_replace (json, "\"series\": \"F4\"", "\"series\": \"T1\"", 1);
  g_string_replace (json, "AXK7L{nn}", "TTS{nn}", 0);
  g_string_replace (json, "AXK8L{nn}", "TTH{nn}", 0);
  g_string_replace (json, "AXK7LE{nn}", "TTSE{nn}", 0);
  g_string_replace (json, "AXK8LE{nn}", "TTHE{nn}", 0);
  if (from != NULL)
    g_assert_cmpuint (g_string_replace (json, from, to, 1), ==, 1);
  return g_string_free (json, FALSE);
}

static char *
read_test_land (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("STENCILCALC_TEST_DATA"),
                                            "identity-land-AXK7L40223G.json", NULL);
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static char *
land_variant (const char *from,
              const char *to)
{
  g_autofree char *land = read_test_land ();
  GString *json = g_string_new (land);

  g_assert_cmpuint (g_string_replace (json, from, to, 1), ==, 1);
  return g_string_free (json, FALSE);
}

static GString *
repeat (const char *head,
        const char *unit,
        guint       n,
        const char *tail)
{
  GString *s = g_string_new (head);

  for (guint i = 0; i < n; i++)
    g_string_append (s, unit);
  g_string_append (s, tail);
  return s;
}

/* One CLI run that must end quickly, with the time in the test log. */
static void
run_timed (TestRun            *run,
           const char * const *env,
           const char * const *args)
{
  gint64 start = g_get_monotonic_time ();
  double seconds;

  test_util_run_cli (run, env, args);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_test_message ("%s %s: %.3f s (exit %d)", args[0], args[1], seconds, run->status);
  g_assert_cmpfloat (seconds, <, HANG_SECONDS);
}

/* A run with the data folder of d. */
#define run_in(run, d, ...) \
  run_timed (run, TEST_UTIL_STRV ((d)->env), TEST_UTIL_STRV (__VA_ARGS__))
#define CALC_AXK7L "calc", "AXK7L40223G", "-t", "120"

/* The family files in d were skipped with these messages, and the built-in family works. */
static void
assert_families_skipped (DataHome           *d,
                         const char * const *expected)
{
  g_auto(TestRun) run = { 0 };

  run_in (&run, d, CALC_AXK7L, "--json");
  g_assert_cmpint (run.status, ==, 0);
  for (guint i = 0; expected[i] != NULL; i++)
    if (strstr (run.err, expected[i]) == NULL)
      g_error ("expected “%s” in: %s", expected[i], run.err);
  {
    g_autoptr(JsonParser) parser = json_parser_new ();
    g_assert_true (json_parser_load_from_data (parser, run.out, -1, NULL));
  }
}

/* Case 1: json-glib 1.6 takes '...' strings and comments, which hid 100,000 levels from the old
 * nesting guard: every command and the window crashed at start-up. */
static void
test_family_quotes_comments (void)
{
  g_auto(DataHome) d = { 0 };
  g_autoptr(GString) quotes = repeat ("{\"q\":'\"',\"x\":", "[", 100000, "}");
  g_autoptr(GString) comment = repeat ("{/* \" */\"x\":", "[", 100000, "}");
  g_autoptr(StencilCatalog) catalog = stencil_catalog_new ();
  g_autofree char *a = NULL, *b = NULL;
  GPtrArray *warnings;

  data_home_init (&d);
  a = write_file (d.families, "quotes.json", quotes->str, -1);
  b = write_file (d.families, "comment.json", comment->str, -1);
  assert_families_skipped (&d, TEST_UTIL_STRV ("quotes.json: skipped: not valid JSON: line 1, "
                                               "“q”: single quotes are not JSON",
                                               "comment.json: skipped: not valid JSON: line 1: "
                                               "comments are not JSON"));

  stencil_catalog_load_dir (catalog, d.families);
  warnings = stencil_catalog_get_warnings (catalog);
  g_assert_cmpuint (warnings->len, ==, 2);
  g_assert_nonnull (strstr (warnings->pdata[0], b));
  g_assert_nonnull (strstr (warnings->pdata[1], a));
}

/* Case 1 for design files (issue 9 came later with the same nesting count): a design shared by
 * a colleague with the same tricks is refused by name, never a crash. */
static void
test_design_quotes_comments (void)
{
  g_auto(DataHome) d = { 0 };
  const char *heads[] = {
    "{\"format\": \"stencilcalc-design\", \"q\": '\"', \"x\": ",
    "{\"format\": \"stencilcalc-design\", /* \" */ \"x\": ",
  };
  const char *expected[] = { "single quotes are not JSON", "comments are not JSON" };

  data_home_init (&d);
  for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
    {
      g_autoptr(GString) json = repeat (heads[i], "[", 100000, "");
      g_autofree char *path = write_file (d.home, "shared.stencilcalc", json->str, -1);
      g_auto(TestRun) run = { 0 };

      run_in (&run, &d, "calc", "--design", path);
      test_util_assert_cli_error (&run, 1, "shared.stencilcalc: not valid JSON: line 1");
      g_assert_nonnull (strstr (run.err, expected[i]));
    }
}

/* Case 2: the land-pattern loader had no nesting guard at all. */
static void
test_land_nesting (void)
{
  g_auto(DataHome) d = { 0 };
  g_autoptr(GString) deep = repeat ("", "[", 80000, "");
  g_autoptr(GString) within = repeat ("{\"_x\":", "[", 30000, "");
  g_autofree char *deep_path = NULL, *within_path = NULL;

  data_home_init (&d);
  deep_path = write_file (d.lands, "deep.json", deep->str, -1);
  within_path = write_file (d.lands, "within.json", within->str, -1);
  {
    g_auto(TestRun) run = { 0 };
    run_in (&run, &d, CALC_AXK7L, "--land-pattern", deep_path);
    test_util_assert_cli_error (&run, 1, "deep.json: the file is too large (more than 65536");
  }
  {
    g_auto(TestRun) run = { 0 };
    run_in (&run, &d, CALC_AXK7L, "--land-pattern", within_path);
    test_util_assert_cli_error (&run, 1, "within.json: line 1, “_x[0][0][0]…[0][0][0]”: "
                                         "nested more than 32 levels deep");
  }
}

/* Case 3: the 1 MiB limit trusted the size, which is 0 for devices and FIFOs. */
static void
test_devices_fifos (void)
{
  g_auto(DataHome) d = { 0 };
  g_autofree char *fifo = NULL, *zero = NULL, *land_fifo = NULL, *sparse = NULL;

  data_home_init (&d);
  fifo = g_build_filename (d.families, "fifo.json", NULL);
  zero = g_build_filename (d.families, "zero.json", NULL);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (symlink ("/dev/zero", zero), ==, 0);
  assert_families_skipped (&d, TEST_UTIL_STRV ("fifo.json: skipped: it is not a regular file",
                                               "zero.json: skipped: it is not a regular file"));
  g_unlink (fifo);
  g_unlink (zero);

  land_fifo = g_build_filename (d.lands, "fifo.json", NULL);
  g_assert_cmpint (mkfifo (land_fifo, 0600), ==, 0);
  {
    g_auto(TestRun) run = { 0 };
    run_in (&run, &d, CALC_AXK7L, "--land-pattern", land_fifo);
    test_util_assert_cli_error (&run, 1, "fifo.json: it is not a regular file");
  }
  {
    g_auto(TestRun) run = { 0 };
    run_in (&run, &d, CALC_AXK7L, "--land-pattern", "/dev/urandom");
    test_util_assert_cli_error (&run, 1, "/dev/urandom: it is not a regular file");
  }
  /* 100 MB (sparse: nothing is written) is refused without being read whole. */
  sparse = write_file (d.lands, "huge.json", "{", 1);
  g_assert_cmpint (truncate (sparse, 100 * 1000 * 1000), ==, 0);
  {
    g_auto(TestRun) run = { 0 };
    run_in (&run, &d, CALC_AXK7L, "--land-pattern", sparse);
    test_util_assert_cli_error (&run, 1, "huge.json: the file is too large");
  }
}

static void
assert_land_refused (const char *json,
                     const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilLandFile) file = NULL;
  gint64 start = g_get_monotonic_time ();
  double seconds;

  file = stencil_land_file_parse (json, -1, "hostile.json", &error);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_assert_null (file);
  g_test_message ("refused in %.4f s: %s", seconds, error->message);
  g_assert_cmpfloat (seconds, <, HANG_SECONDS);
  g_assert_true (g_str_has_prefix (error->message, "hostile.json: "));
  if (strstr (error->message, expected) == NULL)
    g_error ("expected “%s” in: %s", expected, error->message);
}

/* Case 4: a million comments, elements or unknown members took seconds to refuse. */
static void
test_huge_land (void)
{
  g_autoptr(GString) comments = g_string_new ("{\"format\": 1");
  g_autoptr(GString) unknown = g_string_new ("{\"format\": 1");
  g_autoptr(GString) array = repeat ("{\"format\": 1, \"_a\": [0", ",0", 1000000, "]}");
  g_autoptr(GString) members = g_string_new ("{\"format\": 1");
  g_autoptr(GString) elements = repeat ("{\"format\": 1, \"_a\": [0", ",0", 64, "]}");

  for (guint i = 0; i < 1000000; i++)
    {
      char member[32];

      /* Not g_string_append_printf: a million allocations are slow under ASan. */
      g_snprintf (member, sizeof member, ", \"_c%u\": \"x\"", i);
      g_string_append (comments, member);
      g_snprintf (member, sizeof member, ", \"u%u\": 0", i);
      g_string_append (unknown, member);
    }
  g_string_append_c (comments, '}');
  g_string_append_c (unknown, '}');
  for (guint i = 0; i < 64; i++)
    g_string_append_printf (members, ", \"_c%u\": 0", i);
  g_string_append_c (members, '}');

  assert_land_refused (comments->str, "the file is too large (more than 65536 bytes)");
  assert_land_refused (unknown->str, "the file is too large");
  assert_land_refused (array->str, "the file is too large");
  /* Within the size: more members or elements than the format can need. */
  assert_land_refused (members->str, "line 1: more than 64 members in one object");
  assert_land_refused (elements->str, "line 1, “_a[64]”: more than 64 elements in one array");
}

static void
assert_family_refused (const char *json,
                       const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilFamily) family = NULL;

  family = stencil_family_new_from_data (json, -1, "hostile.json", &error);
  g_assert_null (family);
  g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_DATA);
  if (strstr (error->message, expected) == NULL)
    g_error ("expected “%s” in: %s", expected, error->message);
}

/* Case 6: text that broke every output, or named something else than it showed. */
static void
test_hostile_text (void)
{
  g_autofree char *surrogate = family_variant ("\"maker\": \"Panasonic\"",
                                               "\"maker\": \"Pana\\ud800sonic\"");
  g_autofree char *nul = family_variant ("TTS{nn}223G", "TTS{nn}223G\\u0000junk");
  g_autofree char *bidi = family_variant ("\"maker\": \"Panasonic\"",
                                          "\"maker\": \"Pana\\u202esonic\"");
  g_autofree char *twice = family_variant ("\"pitch_mm\": 0.4", "\"pitch_mm\": 0.4, "
                                           "\"pitch_mm\": 0.5");
  g_autofree char *land_surrogate = land_variant ("rev. A", "rev. A\\udc00");
  g_autofree char *long_source = NULL;

  assert_family_refused (surrogate, "line 4, “maker”: a lone UTF-16 surrogate (\\uD800)");
  assert_family_refused (nul, "“kinds.socket.part_number”: \\u0000 (a NUL character)");
  assert_family_refused (bidi, "“maker”: the bidirectional control character U+202E");
  assert_family_refused (twice, "the member “pitch_mm” appears twice");
  assert_land_refused (land_surrogate, "line 4, “source”: a lone UTF-16 surrogate (\\uDC00)");
  {
    g_autoptr(GString) source = repeat ("\"source\": \"", "x", 10 * 1000 * 1000, "\"");
    g_autofree char *json = land_variant ("\"source\" : \"Identity test drawing rev. A\"",
                                          source->str);
    assert_land_refused (json, "the file is too large");
  }
  {
    g_autoptr(GString) source = repeat ("\"source\": \"", "x", 2000, "\"");
    long_source = land_variant ("\"source\" : \"Identity test drawing rev. A\"", source->str);
    assert_land_refused (long_source, "line 4, “source”: a text longer than 1024 bytes");
  }
}

/* A valid land pattern with a non-ASCII source gives valid JSON and names the source. */
static void
test_source_in_json (void)
{
  g_auto(DataHome) d = { 0 };
  g_autofree char *json = land_variant ("rev. A", "rev. A \\ud83d\\ude00 \\u00e9");
  g_autofree char *path = NULL;
  g_auto(TestRun) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  data_home_init (&d);
  path = write_file (d.lands, "emoji.json", json, -1);
  run_in (&run, &d, CALC_AXK7L, "--land-pattern", path, "--json");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_utf8_validate (run.out, -1, NULL));
  g_assert_true (json_parser_load_from_data (parser, run.out, -1, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (run.out, "rev. A 😀 é"));
}

/* Case 7: values checked before the rounding they are written with. */
static void
test_round_trip (void)
{
  g_auto(DataHome) d = { 0 };
  g_autoptr(StencilCatalog) catalog = test_util_load_catalog ();
  g_autoptr(StencilPart) part = stencil_catalog_find_part (catalog, "AXK7L40223G", NULL);
  g_autofree char *at_pitch = land_variant ("\"w_mm\" : 0.22", "\"w_mm\" : 0.3999996");
  g_autofree char *near = land_variant ("\"w_mm\" : 0.22", "\"w_mm\" : 0.2199996");
  g_autofree char *at_pitch_path = NULL, *near_path = NULL, *saved = NULL;
  g_autofree char *first = NULL, *second = NULL;
  g_autoptr(GError) error = NULL;

  data_home_init (&d);
  at_pitch_path = write_file (d.home, "at-pitch.json", at_pitch, -1);
  near_path = write_file (d.home, "near.json", near, -1);
  saved = g_build_filename (d.home, "saved.json", NULL);

  /* 0.3999996 mm is written as 0.4 mm, the pitch: refused now, not on the next start. */
  {
    g_auto(TestRun) run = { 0 };
    run_in (&run, &d, CALC_AXK7L, "--land-pattern", at_pitch_path);
    test_util_assert_cli_error (&run, 1, "at-pitch.json: The terminal pad width (0.400 mm) "
                                         "must be smaller than the pitch");
  }

  /* 0.2199996 mm is 0.22 mm: what is imported is what is saved, and it reads back. */
  {
    g_autoptr(StencilPattern) pattern = stencil_land_file_load_pattern (part, near_path,
                                                                        &error);
    g_autoptr(StencilPattern) back = NULL;

    g_assert_no_error (error);
    g_assert_cmpfloat (pattern->spec.terminal_w_mm, ==, 0.22);
    g_assert_true (stencil_land_file_save (pattern, saved, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (saved, &first, NULL, NULL));
    g_assert_nonnull (strstr (first, "\"w_mm\" : 0.22,"));
    back = stencil_land_file_load_pattern (part, saved, &error);
    g_assert_no_error (error);
    g_assert_cmpmem (&back->spec, sizeof back->spec, &pattern->spec, sizeof pattern->spec);
    g_assert_true (stencil_land_file_save (back, saved, &error));
    g_assert_true (g_file_get_contents (saved, &second, NULL, NULL));
    g_assert_cmpstr (first, ==, second);
  }
}

/* The CLI with its standard output redirected by the shell (">/dev/full", ">&-"). */
static int
run_redirected (const char         *redirect,
                const char * const *args,
                char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_ptr_array_add (argv, g_strdup ("/bin/sh"));
  g_ptr_array_add (argv, g_strdup ("-c"));
  g_ptr_array_add (argv, g_strconcat ("exec \"$0\" \"$@\" ", redirect, NULL));
  g_ptr_array_add (argv, g_strdup (g_getenv ("STENCILCALC_CLI")));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, g_strdup (args[i]));
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               NULL, err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  return WEXITSTATUS (wait_status);
}

/* Case 5: a write error on standard output exited 0 (the JSON, the tables, parts, --help). */
static void
test_stdout_errors (void)
{
  const char * const commands[][8] = {
    { CALC_AXK7L, "--json" },
    { CALC_AXK7L },
    { CALC_AXK7L, "--pads" },
    { "parts" },
    { "parts", "--json" },
    { "land-pattern", "AXK7L40223G" },
    { "export", "AXK7L40223G", "-t", "120", "--gerber", "-" },
    { "--help" },
  };
  const char * const redirects[][2] = {
    { ">/dev/full", "No space left on device" },
    { ">&-", "Bad file descriptor" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    for (guint r = 0; r < G_N_ELEMENTS (redirects); r++)
      {
        g_autofree char *err = NULL;
        int status = run_redirected (redirects[r][0], commands[c], &err);

        g_test_message ("%s %s: exit %d, %s", commands[c][0], redirects[r][0], status, err);
        g_assert_cmpint (status, ==, 1);
        g_assert_true (g_str_has_prefix (err, "stencilcalc-cli: "));
        g_assert_nonnull (strstr (err, "standard output"));
        if (strstr (err, redirects[r][1]) == NULL)
          g_error ("%s %s: expected “%s” in: %s", commands[c][0], redirects[r][0],
                   redirects[r][1], err);
      }

  /* Nothing for standard output: a closed one is no error, and the file written is the
   * Gerber file alone (a closed descriptor 1 is never the output file's). */
  {
    g_auto(DataHome) d = { 0 };
    g_autofree char *gbr = NULL, *err = NULL, *contents = NULL;

    data_home_init (&d);
    gbr = g_build_filename (d.home, "x.gbr", NULL);
    g_assert_cmpint (run_redirected (">&-", TEST_UTIL_STRV ("export", "AXK7L40223G", "-t", "120",
                                                            "--gerber", gbr), &err), ==, 0);
    g_assert_cmpstr (err, ==, "");
    g_assert_true (g_file_get_contents (gbr, &contents, NULL, NULL));
    g_assert_true (g_str_has_prefix (contents, "%TF.GenerationSoftware"));
    g_assert_true (g_str_has_suffix (contents, "M02*\n"));
    g_assert_null (strstr (contents, "Terminal"));
  }
}

/* Case 8: --array 4x1 --step 1e-7,0 exited 0 with four copies stacked (and "--step 0,0" in the
 * header). Copies closer than one copy's apertures plus the minimum web are refused, with the
 * smallest step that works (the engine's check: stencil-gerber.c). */
static void
test_array_overlap (void)
{
  g_auto(DataHome) d = { 0 };
  static const char * const cases[][3] = {
    { "4x1", "1e-7,0", "the column step (--step DX) must be at least 9.6 mm (a 0.1 mm web "
                       "between copies), not 1e-07 mm" },
    { "2x1", "9.5,0", "span 9.5 mm along x, so the column step (--step DX) must be at least 9.6" },
    { "2x1", "-9.5,0", "must be at least 9.6 mm" },
    { "1x3", "0,4.26", "the row step (--step DY) must be at least 4.36 mm" },
    { "3x3", "20,1", "the row step (--step DY) must be at least 4.36 mm" },
  };

  data_home_init (&d);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(TestRun) run = { 0 };

      run_in (&run, &d, "export", "AXK7L40223G", "-t", "127", "--array", cases[i][0],
              "--step", cases[i][1], "--gerber", "-");
      test_util_assert_cli_error (&run, 2, cases[i][2]);
    }
  /* The smallest step the message names works, every copy where the step says. */
  {
    g_auto(TestRun) run = { 0 };

    run_in (&run, &d, "export", "AXK7L40223G", "-t", "127", "--array", "2x2", "--step",
            "9.6,-4.36", "--gerber", "-");
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "--array 2x2 --step 9.6,-4.36 "));
  }
}

static void
assert_write_refused (const char *path,
                      const char *expected)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (stencil_write_output (path, "data", 4, &error));
  g_assert_nonnull (error);
  if (strstr (error->message, expected) == NULL)
    g_error ("expected “%s” in: %s", expected, error->message);
  /* Never the temporary file's name: the user's. */
  g_assert_null (strstr (error->message, ".stencilcalc-"));
}

/* Case 9: a dangling link or a loop was replaced by a regular file, silently. */
static void
test_link_destinations (void)
{
  g_auto(DataHome) d = { 0 };
  g_autofree char *dangling = NULL, *loop = NULL, *other = NULL, *target = NULL;
  g_autofree char *contents = NULL;
  GStatBuf st;

  data_home_init (&d);
  dangling = g_build_filename (d.home, "dangling.gbr", NULL);
  loop = g_build_filename (d.home, "loop.gbr", NULL);
  g_assert_cmpint (symlink ("nowhere/x.gbr", dangling), ==, 0);
  g_assert_cmpint (symlink ("loop.gbr", loop), ==, 0);

  assert_write_refused (dangling, "dangling.gbr”: it is a symbolic link to “nowhere/x.gbr”, "
                                  "which does not exist");
  assert_write_refused (loop, "loop.gbr”: it is a symbolic link that leads to itself");
  g_assert_cmpint (g_lstat (dangling, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_cmpint (g_lstat (loop, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  {
    g_auto(TestRun) run = { 0 };
    run_in (&run, &d, "export", "AXK7L40223G", "-t", "120", "--gerber", dangling);
    test_util_assert_cli_error (&run, 1, "which does not exist");
  }

  /* A link into another folder: the target there gets the contents, the link stays. */
  target = g_build_filename (d.families, "real.gbr", NULL);
  other = g_build_filename (d.home, "link.gbr", NULL);
  g_assert_true (g_file_set_contents (target, "old", -1, NULL));
  g_assert_cmpint (symlink (target, other), ==, 0);
  g_assert_true (stencil_write_output (other, "new", 3, NULL));
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "new");
  g_assert_cmpint (g_lstat (other, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
}

static guint
count_entries (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

/* Case 10: names of 249-255 bytes could not be written (the temporary name was longer than 255
 * bytes), and a path over PATH_MAX was "a folder that does not exist". */
static void
test_long_names (void)
{
  g_auto(DataHome) d = { 0 };
  g_autofree char *folder = NULL, *too_long = NULL;
  g_autoptr(GString) deep = NULL;

  data_home_init (&d);
  folder = g_build_filename (d.home, "long", NULL);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  for (guint n = 249; n <= NAME_MAX; n++)
    {
      g_autofree char *name = g_strnfill (n, 'n');
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autoptr(GError) error = NULL;

      g_assert_true (stencil_write_output (path, "data", 4, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
      /* Written again: the rename replaces it, and no temporary file is left. */
      g_assert_true (stencil_write_output (path, "data", 4, &error));
    }
  g_assert_cmpuint (count_entries (folder), ==, NAME_MAX - 249 + 1);

  {
    g_autofree char *name = g_strnfill (NAME_MAX + 1, 'n');
    too_long = g_build_filename (folder, name, NULL);
  }
  assert_write_refused (too_long, "a name in the path is longer than 255 bytes");
  deep = g_string_new (folder);
  while (deep->len < PATH_MAX)
    g_string_append (deep, "/abcdefghijklmnopqrstuvwxyz");
  assert_write_refused (deep->str, "the path is longer than 4095 bytes");
  {
    g_auto(TestRun) run = { 0 };
    run_in (&run, &d, "export", "AXK7L40223G", "-t", "120", "--gerber", deep->str);
    test_util_assert_cli_error (&run, 1, "the path is longer than 4095 bytes");
  }
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = g_dir_make_tmp ("stencil-hostile-home-XXXXXX", NULL);
  int status;

  /* Never the real user's families or land patterns; each test has its own as well. */
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hostile/1-family-quotes-comments", test_family_quotes_comments);
  g_test_add_func ("/hostile/1-design-quotes-comments", test_design_quotes_comments);
  g_test_add_func ("/hostile/2-land-nesting", test_land_nesting);
  g_test_add_func ("/hostile/3-devices-fifos", test_devices_fifos);
  g_test_add_func ("/hostile/4-huge-land", test_huge_land);
  g_test_add_func ("/hostile/5-stdout-errors", test_stdout_errors);
  g_test_add_func ("/hostile/6-text", test_hostile_text);
  g_test_add_func ("/hostile/6-source-in-json", test_source_in_json);
  g_test_add_func ("/hostile/7-round-trip", test_round_trip);
  g_test_add_func ("/hostile/8-array-overlap", test_array_overlap);
  g_test_add_func ("/hostile/9-link-destinations", test_link_destinations);
  g_test_add_func ("/hostile/10-long-names", test_long_names);
  status = g_test_run ();
  g_rmdir (home);
  return status;
}
