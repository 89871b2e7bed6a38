/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Hostile input: broken family files, absurd numbers, outputs that cannot be written. Every case
 * here was a crash, a corrupt file or a wrong answer before it was fixed. */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <sys/stat.h>
#include <unistd.h>

#include "stencil-drawing.h"
#include "stencil-gerber.h"
#include "stencil-io.h"
#include "test-util.h"

static char *
read_builtin (gsize *length)
{
  g_autofree char *path = g_build_filename (g_getenv ("STENCILCALC_DATADIR"), "families",
                                            "panasonic-f4.json", NULL);
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, length, NULL));
  return contents;
}

/* The built-in file with one replacement and another series, so it loads beside F4. */
static StencilFamily *
load_variant (const char *from,
              const char *to,
              GError    **error)
{
  g_autofree char *builtin = read_builtin (NULL);
  g_autoptr(GString) json = g_string_new (builtin);

  g_string_replace (json, "\"series\": \"F4\"", "\"series\": \"T1\"", 1);
  if (from != NULL)
    g_assert_cmpuint (g_string_replace (json, from, to, 1), ==, 1);
  return stencil_family_new_from_data (json->str, (gssize) json->len, "variant.json", error);
}

static void
assert_variant_fails (const char *from,
                      const char *to,
                      const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilFamily) family = load_variant (from, to, &error);

  g_assert_null (family);
  g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_DATA);
  if (strstr (error->message, expected) == NULL)
    g_error ("expected “%s” in: %s", expected, error->message);
}

/* Every part of a family through the whole engine: pattern, calculation, Gerber. */
static void
exercise_family (StencilFamily *family)
{
  guint n_contacts;
  const guint *contacts = stencil_family_get_contacts (family, &n_contacts);
  StencilCalcParams params;
  StencilGerberOptions gerber;

  stencil_calc_params_init (&params);
  stencil_gerber_options_init (&gerber);
  for (guint k = 0; k < STENCIL_N_PART_KINDS; k++)
    for (guint i = 0; i < n_contacts; i++)
      {
        g_autoptr(StencilPart) part = stencil_part_new (family, k, contacts[i], FALSE, NULL);
        g_autoptr(StencilPattern) pattern = NULL;
        g_autoptr(StencilResult) result = NULL;
        g_autoptr(GBytes) bytes = NULL;
        g_autoptr(GError) error = NULL;

        if (part == NULL)
          continue;
        pattern = stencil_pattern_new (part, NULL, &error);
        if (pattern == NULL)
          {
            g_assert_nonnull (error);
            continue;
          }
        result = stencil_calculate (pattern, &params, &error);
        if (result == NULL)
          {
            g_assert_nonnull (error);
            continue;
          }
        bytes = stencil_gerber_generate (result, &gerber, &error);
        g_assert_true ((bytes == NULL) != (error == NULL));
      }
}

/* 2000 random mutations of the real file: each either loads (and then every part computes) or
 * fails with a message; never a crash, a hang or a leak (run it under ASan or valgrind). */
static void
test_family_fuzz (void)
{
  static const char * const tokens[] = {
    "[", "]", "{", "}", "\"", ",", ":", "-1", "0", "1e999", "-1e999", "null", "true", "1e-320",
    "4294967296", "\"\\u0000\"", "[[[[[[[[", "0.0000001", "\"{nn}{nn}\"", "400", "\\",
  };
  gsize length;
  g_autofree char *original = read_builtin (&length);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240601);
  guint loaded = 0;

  for (guint round = 0; round < 2000; round++)
    {
      g_autoptr(GString) json = g_string_new_len (original, (gssize) length);
      g_autoptr(GError) error = NULL;
      g_autoptr(StencilFamily) family = NULL;
      guint n_mutations = (guint) g_rand_int_range (rand, 1, 5);

      for (guint m = 0; m < n_mutations && json->len > 1; m++)
        {
          guint pos = (guint) g_rand_int_range (rand, 0, (gint32) json->len);

          switch (g_rand_int_range (rand, 0, 5))
            {
            case 0:   /* flip a byte */
              json->str[pos] = (char) g_rand_int_range (rand, 1, 256);
              break;
            case 1:   /* delete a range */
              {
                gsize n = (gsize) g_rand_int_range (rand, 1, 40);
                g_string_erase (json, pos, (gssize) MIN (json->len - pos, n));
              }
              break;
            case 2:   /* insert a token */
              g_string_insert (json, pos,
                               tokens[g_rand_int_range (rand, 0, G_N_ELEMENTS (tokens))]);
              break;
            case 3:   /* change a digit: other sizes, ratios, counts */
              while (pos < json->len && !g_ascii_isdigit (json->str[pos]))
                pos++;
              if (pos < json->len)
                json->str[pos] = (char) ('0' + g_rand_int_range (rand, 0, 10));
              break;
            default:  /* truncate */
              g_string_truncate (json, pos);
              break;
            }
        }

      family = stencil_family_new_from_data (json->str, (gssize) json->len, "fuzz.json", &error);
      g_assert_true ((family == NULL) != (error == NULL));
      if (family != NULL)
        {
          loaded++;
          exercise_family (family);
        }
      else
        g_assert_cmpuint (strlen (error->message), >, 0);
    }
  /* The digit changes leave many files valid: the loaded path is exercised too. */
  g_assert_cmpuint (loaded, >, 50);
}

static void
test_family_nesting (void)
{
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilFamily) family = NULL;

  /* json-glib parses recursively: this used to overflow the stack (SIGSEGV). */
  for (guint i = 0; i < 200000; i++)
    g_string_append_c (deep, '[');
  family = stencil_family_new_from_data (deep->str, (gssize) deep->len, "deep.json", &error);
  g_assert_null (family);
  g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_DATA);
  g_assert_nonnull (strstr (error->message, "nested"));

  /* Brackets inside strings do not count. */
  g_clear_error (&error);
  family = load_variant ("\"title\": \"",
                         "\"title\": \"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", &error);
  g_assert_no_error (error);
  g_assert_nonnull (family);
}

static void
test_family_consistency (void)
{
  /* A second row for one size, and a row for a size the family does not list, were taken
   * silently (the first row won). */
  assert_variant_fails ("{ \"contacts\": 12, \"A\": 4.8,", "{ \"contacts\": 10, \"A\": 4.8,",
                        "second row for 10 contacts");
  assert_variant_fails ("{ \"contacts\": 12, \"A\": 4.8,", "{ \"contacts\": 13, \"A\": 4.8,",
                        "13 contacts is not in");
  /* Land patterns that every calculation would refuse are refused with the file. */
  assert_variant_fails ("\"row_y_mm\": 1.85", "\"row_y_mm\": 0", "rows overlap");
  assert_variant_fails ("\"w_mm\": 0.23", "\"w_mm\": 0.45", "smaller than the pitch");
  /* Names that would break tables and Gerber comments. */
  assert_variant_fails ("\"maker\": \"Panasonic\"", "\"maker\": \"Pana\\nsonic\"",
                        "control character");
  assert_variant_fails ("\"part_number\": \"AXK7L{nn}223G\"",
                        "\"part_number\": \"AXK7L {nn}223G\"", "contains a space");
}

static void
test_family_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stencil-robust-XXXXXX", NULL);
  g_autofree char *folder_path = g_build_filename (dir, "x.json", NULL);
  g_autofree char *big_path = g_build_filename (dir, "big.json", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (folder_path);
  g_autoptr(GFile) big = g_file_new_for_path (big_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilFamily) family = NULL;
  g_autofree char *huge = g_malloc (4 * 1024 * 1024 + 1);

  g_assert_cmpint (g_mkdir (folder_path, 0700), ==, 0);
  family = stencil_family_new_from_file (folder, &error);
  g_assert_null (family);
  g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_DATA);
  g_assert_nonnull (strstr (error->message, "folder"));
  g_clear_error (&error);

  /* A huge file is refused before it is read whole. */
  memset (huge, ' ', 4 * 1024 * 1024);
  huge[4 * 1024 * 1024] = '\0';
  huge[0] = '{';
  huge[4 * 1024 * 1024 - 1] = '}';
  g_assert_true (g_file_set_contents (big_path, huge, -1, NULL));
  family = stencil_family_new_from_file (big, &error);
  g_assert_null (family);
  g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_DATA);
  g_assert_nonnull (strstr (error->message, "too large"));

  g_unlink (big_path);
  g_rmdir (folder_path);
  g_rmdir (dir);
}

static void
test_calc_limits (void)
{
  g_autoptr(StencilCatalog) catalog = test_util_load_catalog ();
  g_autoptr(StencilPart) part = NULL;
  g_autoptr(StencilPattern) pattern = NULL;
  g_autoptr(GError) error = NULL;
  StencilCalcParams params;
  const double bad_thickness[] = { 9.99, 1e-320, 0, 1000.001, NAN, INFINITY };
  const double bad_radius[] = { -0.001, 25.001, 1e308, NAN };

  part = stencil_catalog_find_part (catalog, "AXK7L40223G", &error);
  g_assert_no_error (error);
  pattern = stencil_pattern_new (part, NULL, &error);
  g_assert_no_error (error);

  /* 1e-320 um used to compute, with an area ratio of infinity written as "inf.0" in JSON. */
  for (guint i = 0; i < G_N_ELEMENTS (bad_thickness); i++)
    {
      g_autoptr(StencilResult) result = NULL;
      stencil_calc_params_init (&params);
      params.thickness_um = bad_thickness[i];
      result = stencil_calculate (pattern, &params, &error);
      g_assert_null (result);
      g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT);
      g_clear_error (&error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad_radius); i++)
    {
      g_autoptr(StencilResult) result = NULL;
      stencil_calc_params_init (&params);
      params.corner_radius_mm = bad_radius[i];
      result = stencil_calculate (pattern, &params, &error);
      g_assert_null (result);
      g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT);
      g_clear_error (&error);
    }

  /* The limits themselves work. */
  stencil_calc_params_init (&params);
  params.thickness_um = 10;
  {
    g_autoptr(StencilResult) result = stencil_calculate (pattern, &params, &error);
    g_assert_no_error (error);
    g_assert_true (isfinite (result->classes[0].aperture.area_ratio));
  }
}

/* The Gerber apertures and flashes are exactly the calculated apertures and pad centres. */
static void
test_gerber_matches_result (void)
{
  g_autoptr(StencilCatalog) catalog = test_util_load_catalog ();
  g_autoptr(StencilResult) result = test_util_calculate_at (catalog, "AXK8L60124BG", 135);
  StencilPattern *pattern = result->pattern;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) dcodes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_auto(GStrv) lines = NULL;
  StencilGerberOptions options;
  const char *current = NULL;
  guint n_flashes = 0;

  stencil_gerber_options_init (&options);
  bytes = stencil_gerber_generate (result, &options, &error);
  g_assert_no_error (error);

  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  for (guint l = 0; lines[l] != NULL; l++)
    {
      const char *line = lines[l];

      if (g_str_has_prefix (line, "%ADD"))
        {
          /* %ADD10R,0.23X0.595*% */
          char *comma = strchr (line, ',');
          g_assert_nonnull (comma);
          g_assert_cmpint (comma[-1], ==, 'R');
          g_hash_table_insert (dcodes, g_strndup (line + 4, (gsize) (comma - 1 - line - 4)),
                               g_strndup (comma + 1, strlen (comma + 1) - 2));
        }
      else if (line[0] == 'D' && g_ascii_isdigit (line[1]))
        {
          g_autofree char *dcode = g_strndup (line + 1, strlen (line) - 2);
          current = g_hash_table_lookup (dcodes, dcode);
        }
      else if (line[0] == 'X')
        {
          gint64 x_nm, y_nm;
          char *y = strchr (line, 'Y');
          gboolean found = FALSE;

          g_assert_nonnull (current);
          x_nm = g_ascii_strtoll (line + 1, NULL, 10);
          y_nm = g_ascii_strtoll (y + 1, NULL, 10);
          for (guint i = 0; i < stencil_pattern_get_n_pads (pattern); i++)
            {
              const StencilPad *pad = stencil_pattern_get_pad (pattern, i);
              const StencilAperture *ap = stencil_result_get_aperture (result, i);

              if (llround (pad->x_mm * 1e6) == x_nm && llround (pad->y_mm * 1e6) == y_nm)
                {
                  g_autofree char *w = stencil_format_number (ap->w_mm, 6);
                  g_autofree char *h = stencil_format_number (ap->h_mm, 6);
                  g_autofree char *size = g_strdup_printf ("%sX%s", w, h);

                  g_assert_cmpstr (current, ==, size);
                  found = TRUE;
                }
            }
          g_assert_true (found);
          n_flashes++;
        }
    }
  g_assert_cmpuint (n_flashes, ==, stencil_pattern_get_n_pads (pattern));
}

static void
test_write_output (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stencil-robust-XXXXXX", NULL);
  g_autofree char *real = g_build_filename (dir, "real.gbr", NULL);
  g_autofree char *link = g_build_filename (dir, "link.gbr", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "x.gbr", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  /* A link to a file: the link stays, its target gets the contents (a rename used to replace
   * the link by a file). The permissions of the replaced file are kept (they became 0644). */
  g_assert_true (g_file_set_contents (real, "old", -1, NULL));
  g_assert_cmpint (g_chmod (real, 0600), ==, 0);
  g_assert_cmpint (symlink ("real.gbr", link), ==, 0);
  g_assert_true (stencil_write_output (link, "new", 3, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_true (g_file_get_contents (real, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "new");
  g_assert_cmpint (g_stat (real, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* A missing folder is named as such, not as a temporary file that could not be made. */
  g_assert_false (stencil_check_output (missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "does not exist"));
  g_clear_error (&error);
  g_assert_false (stencil_check_output (dir, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_clear_error (&error);
  g_assert_true (stencil_check_output ("-", &error));
  g_assert_true (stencil_check_output ("/dev/null", &error));
  g_assert_no_error (error);

  /* A read-only file is not replaced (root may write anything: nothing to check then). */
  g_assert_cmpint (g_chmod (real, 0400), ==, 0);
  if (geteuid () != 0)
    {
      g_assert_false (stencil_write_output (real, "newer", 5, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
      g_clear_pointer (&contents, g_free);
      g_assert_true (g_file_get_contents (real, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "new");
    }

  g_unlink (link);
  g_unlink (real);
  g_rmdir (dir);
}

/* ---- The command line ------------------------------------------------------------------- */

/* Every run with a fixed creation date; locale NULL = the one of the test's environment. */
static void
run_cli_argv (TestRun            *run,
              const char         *locale,
              const char * const *args)
{
  g_autofree char *lc_all = locale != NULL ? g_strconcat ("LC_ALL=", locale, NULL) : NULL;

  /* Without a locale, lc_all (NULL) ends the list. */
  test_util_run_cli (run, TEST_UTIL_STRV ("SOURCE_DATE_EPOCH=1700000000", lc_all), args);
}

#define run_cli(run, ...) run_cli_argv (run, NULL, TEST_UTIL_STRV (__VA_ARGS__))

static void
test_cli_numbers (void)
{
  g_autofree char *long_arg = g_strnfill (100000, '9');
  g_autofree char *long_part = g_strnfill (100000, 'A');

  /* g_ascii_strtod took hexadecimal: "0x10" was 16 um. */
  {
    g_auto(TestRun) run = { 0 };
    run_cli (&run, "calc", "AXK7L40223G", "-t", "0x10");
    test_util_assert_cli_error (&run, 2, "is not a number");
  }
  {
    g_auto(TestRun) run = { 0 };
    run_cli (&run, "calc", "AXK7L40223G", "-t", "1e-320", "--json");
    test_util_assert_cli_error (&run, 2, "out of range");
  }
  {
    g_auto(TestRun) run = { 0 };
    run_cli (&run, "calc", "AXK7L40223G", "-t", long_arg);
    test_util_assert_cli_error (&run, 2, "…");
  }
  {
    g_auto(TestRun) run = { 0 };
    run_cli (&run, "calc", long_part, "-t", "120");
    test_util_assert_cli_error (&run, 1, "Unknown part");
  }
  {
    g_auto(TestRun) run = { 0 };
    run_cli (&run, "calc", "AXK7L40223G", "-t", "120", "-r", "1e308");
    test_util_assert_cli_error (&run, 2, "too large");
  }
  /* Exactly half the terminal aperture's short side (0.23 mm) is a stadium: it works. */
  {
    g_auto(TestRun) run = { 0 };
    run_cli (&run, "export", "AXK7L40223G", "-t", "120", "-r", "0.115", "--gerber", "-");
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "%ADD10O,0.23X0.645*%"));
  }
  {
    g_auto(TestRun) run = { 0 };
    run_cli (&run, "export", "AXK7L40223G", "-t", "120", "-r", "0.1151", "--gerber", "-");
    test_util_assert_cli_error (&run, 2, "at most 0.115 mm");
  }
}

static char *
tmp_path (const char *dir,
          const char *name)
{
  return g_build_filename (dir, name, NULL);
}

static void
test_cli_export_all_or_nothing (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stencil-robust-XXXXXX", NULL);
  g_autofree char *gbr = tmp_path (dir, "a.gbr");
  g_autofree char *png = tmp_path (dir, "keep.png");
  g_autofree char *missing = g_build_filename (dir, "missing", "a.pdf", NULL);
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (png, "OLD", -1, NULL));

  /* A bad --dpi (exit 2) used to be found only after the Gerber file was written. */
  {
    g_auto(TestRun) run = { 0 };
    run_cli (&run, "export", "AXK7L40223G", "-t", "120", "--gerber", gbr, "--png", png,
             "--dpi", "5");
    test_util_assert_cli_error (&run, 2, "dpi");
    g_assert_false (g_file_test (gbr, G_FILE_TEST_EXISTS));
    g_assert_true (g_file_get_contents (png, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "OLD");
  }
  /* So was a second output in a folder that does not exist. */
  {
    g_auto(TestRun) run = { 0 };
    run_cli (&run, "export", "AXK7L40223G", "-t", "120", "--gerber", gbr, "--pdf", missing);
    test_util_assert_cli_error (&run, 1, "does not exist");
    g_assert_false (g_file_test (gbr, G_FILE_TEST_EXISTS));
  }
  /* A write error on the second file: the first is already new, and the message says so. */
  {
    g_auto(TestRun) run = { 0 };
    run_cli (&run, "export", "AXK7L40223G", "-t", "120", "--gerber", gbr, "--pdf", "/dev/full");
    test_util_assert_cli_error (&run, 1, "already written");
    g_assert_true (g_file_test (gbr, G_FILE_TEST_EXISTS));
  }

  g_unlink (gbr);
  g_unlink (png);
  g_rmdir (dir);
}

/* Every number in every file is the same whatever the locale. */
static void
test_cli_locale_bytes (void)
{
  const char *formats[] = { "--gerber", "--svg", "--pdf" };
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));

  /* Without the locales the comparison proves nothing: say so instead of passing. */
  if (setlocale (LC_ALL, "de_DE.UTF-8") == NULL || setlocale (LC_ALL, "ja_JP.UTF-8") == NULL)
    {
      setlocale (LC_ALL, saved);
      g_test_skip ("de_DE.UTF-8 or ja_JP.UTF-8 is not installed");
      return;
    }
  setlocale (LC_ALL, saved);

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_auto(TestRun) c = { 0 };
      g_auto(TestRun) de = { 0 };
      g_auto(TestRun) ja = { 0 };
      const char *args[] = { "export", "AXK8L60124BG", "-t", "133.5", "-r", "0.05", "-g", "3",
                             "--with-mate", formats[f], "-", NULL };

      if (f == 0)
        args[8] = "--side=bottom";  /* --with-mate is for drawings */
      run_cli_argv (&c, "C", args);
      run_cli_argv (&de, "de_DE.UTF-8", args);
      run_cli_argv (&ja, "ja_JP.UTF-8", args);
      g_assert_cmpint (c.status, ==, 0);
      g_assert_cmpint (de.status, ==, 0);
      g_assert_cmpint (ja.status, ==, 0);
      g_assert_cmpuint (strlen (c.out), >, 1000);
      /* Byte for byte: a PDF holds NUL bytes, where a string comparison would stop. */
      g_assert_cmpmem (c.out, c.out_len, de.out, de.out_len);
      g_assert_cmpmem (c.out, c.out_len, ja.out, ja.out_len);
      if (f == 0)
        g_assert_nonnull (strstr (c.out, "%ADD10RoundRect,0.228X0.486X0.05*%"));
    }
  {
    g_auto(TestRun) c = { 0 };
    g_auto(TestRun) de = { 0 };
    const char *args[] = { "calc", "AXK7L40223G", "-t", "133.5", "-r", "0.05", "--json", NULL };

    run_cli_argv (&c, "C", args);
    run_cli_argv (&de, "de_DE.UTF-8", args);
    g_assert_cmpint (c.status, ==, 0);
    g_assert_cmpstr (c.out, ==, de.out);
  }
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/robustness/family-fuzz", test_family_fuzz);
  g_test_add_func ("/robustness/family-nesting", test_family_nesting);
  g_test_add_func ("/robustness/family-consistency", test_family_consistency);
  g_test_add_func ("/robustness/family-files", test_family_files);
  g_test_add_func ("/robustness/calc-limits", test_calc_limits);
  g_test_add_func ("/robustness/gerber-matches-result", test_gerber_matches_result);
  g_test_add_func ("/robustness/write-output", test_write_output);
  g_test_add_func ("/robustness/cli-numbers", test_cli_numbers);
  g_test_add_func ("/robustness/cli-export-all-or-nothing", test_cli_export_all_or_nothing);
  g_test_add_func ("/robustness/cli-locale-bytes", test_cli_locale_bytes);
  return g_test_run ();
}
