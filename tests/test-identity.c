/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Byte identity of every kind of output: a fixed set of CLI runs (text, JSON, Gerber, PDF, PNG,
 * SVG, CSV, land-pattern files) whose SHA-256 sums are kept in tests/data/identity.sha256. A
 * restructuring must leave every byte as it was; a deliberate change of an output regenerates
 * the list with STENCILCALC_UPDATE_GOLDEN=$PWD/tests/data and says why in its commit. */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "test-util.h"

/* One CLI run: its arguments, where "@DIR@" stands for the run's own empty folder, and the
 * files it writes there (besides standard output, which is always checked as NAME.out). */
typedef struct
{
  const char *name;
  const char *args[40];
  const char *files[8];
} IdentityCase;

#define LAND "identity-land-AXK7L40223G.json"

static const IdentityCase cases[] = {
  { "parts-json", { "parts", "--json" }, { NULL } },
  { "calc-text", { "calc", "AXK7L40223G", "--thickness", "127" }, { NULL } },
  { "calc-json-pads", { "calc", "AXK8L80124BG", "--thickness", "110", "--json", "--pads" },
    { NULL } },
  { "calc-text-pads", { "calc", "axk8le4026bg", "-t", "150", "--strategy", "keep-width",
                        "--grid", "1", "--pads" }, { NULL } },
  { "export-40-127",
    { "export", "AXK7L40223G", "--thickness", "127", "--gerber", "@DIR@/a.gbr",
      "--pdf", "@DIR@/a.pdf", "--png", "@DIR@/a.png", "--svg", "@DIR@/a.svg",
      "--csv", "@DIR@/a.csv" },
    { "a.gbr", "a.pdf", "a.png", "a.svg", "a.csv" } },
  { "export-10-header-mate-letter",
    { "export", "AXK8L10124BG", "--thickness", "120", "--with-mate", "--paper", "letter",
      "--landscape", "--dpi", "72", "--pdf", "@DIR@/b.pdf", "--png", "@DIR@/b.png",
      "--svg", "@DIR@/b.svg" },
    { "b.pdf", "b.png", "b.svg" } },
  { "export-80-rounded-bottom",
    { "export", "AXK7L80223G", "--thickness", "100", "--strategy", "proportional",
      "--grid", "10", "--corner-radius", "0.05", "--rotate", "90", "--side", "bottom",
      "--at", "5,-3", "--gerber", "@DIR@/c.gbr", "--pdf", "@DIR@/c.pdf", "--png", "@DIR@/c.png",
      "--dpi", "100", "--csv", "@DIR@/c.csv" },
    { "c.gbr", "c.pdf", "c.png", "c.csv" } },
  { "export-inspection-array",
    { "export", "AXK7LE6026G", "--thickness", "80", "--strategy", "keep-length",
      "--array", "3x2", "--step", "20,8", "--rotate", "180", "--gerber", "@DIR@/d.gbr",
      "--svg", "@DIR@/d.svg", "--paper", "letter" },
    { "d.gbr", "d.svg" } },
  { "export-stadium",
    { "export", "AXK8L30124BG", "--thickness", "130", "--corner-radius", "0.115",
      "--rotate", "270", "--gerber", "@DIR@/e.gbr", "--csv", "@DIR@/e.csv" },
    { "e.gbr", "e.csv" } },
  { "land-pattern-estimate",
    { "land-pattern", "AXK8L40124BG", "--output", "@DIR@/f.json" }, { "f.json" } },
  { "land-pattern-stdout", { "land-pattern", "AXK7L20223G" }, { NULL } },
  /* The user's own land pattern, given by a relative name so that the path in the outputs is
   * the same on every machine. */
  { "user-land-calc", { "calc", "AXK7L40223G", "-t", "127", "--land-pattern", LAND }, { NULL } },
  { "user-land-json",
    { "calc", "AXK7L40223G", "-t", "127", "--land-pattern", LAND, "--json", "--pads" },
    { NULL } },
  { "user-land-export",
    { "export", "AXK7L40223G", "-t", "127", "--land-pattern", LAND, "--with-mate",
      "--gerber", "@DIR@/g.gbr", "--pdf", "@DIR@/g.pdf", "--svg", "@DIR@/g.svg",
      "--csv", "@DIR@/g.csv" },
    { "g.gbr", "g.pdf", "g.svg", "g.csv" } },
  /* The KiCad footprint (named after its file) and a drawing with its sweep sheet. */
  { "export-kicad-sweep",
    { "export", "AXK7L40223G", "-t", "127", "--kicad", "@DIR@/h.kicad_mod", "--pdf",
      "@DIR@/h.pdf", "--with-sweep" },
    { "h.kicad_mod", "h.pdf" } },
  { "export-kicad-rounded",
    { "export", "AXK8L40124BG", "-t", "120", "--corner-radius", "0.05", "--kicad", "-" },
    { NULL } },
  { "sweep-text", { "sweep", "AXK7L40223G", "--from", "118", "--to", "130", "--step", "2" },
    { NULL } },
  { "sweep-json", { "sweep", "AXK8L40124BG", "--corner-radius", "0.05", "--json" }, { NULL } },
  { "sweep-csv", { "sweep", "AXK7L40223G", "--from", "100", "--to", "150", "--step", "5",
                   "--csv" }, { NULL } },
  { "calc-min-web", { "calc", "AXK7L40223G", "-t", "127", "--min-web", "0.2" }, { NULL } },
};

static GHashTable *
load_manifest (const char *path)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *sums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if (!g_file_get_contents (path, &text, NULL, &error))
    g_error ("cannot read the identity list: %s", error->message);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *sep = strstr (lines[i], "  ");

      if (lines[i][0] == '\0')
        continue;
      g_assert_nonnull (sep);
      g_hash_table_insert (sums, g_strdup (sep + 2), g_strndup (lines[i], sep - lines[i]));
    }
  return sums;
}

static char *
sum_of_file (const char *path)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &data, &len, &error))
    g_error ("%s was not written: %s", path, error->message);
  g_assert_cmpuint (len, >, 0);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, len);
}

static void
test_identity (void)
{
  const char *data_dir = g_getenv ("STENCILCALC_TEST_DATA");
  const char *update = g_getenv ("STENCILCALC_UPDATE_GOLDEN");
  g_autofree char *manifest_path = NULL;
  g_autoptr(GHashTable) expected = NULL;
  g_autoptr(GString) actual = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *root = NULL;
  g_autofree char *land_src = NULL;
  g_autofree char *land_text = NULL;
  guint differ = 0;
  guint checked = 0;

  g_assert_nonnull (data_dir);
  manifest_path = g_build_filename (update != NULL ? update : data_dir, "identity.sha256", NULL);
  if (update == NULL)
    expected = load_manifest (manifest_path);

  root = g_dir_make_tmp ("stencil-identity-XXXXXX", &error);
  g_assert_no_error (error);
  land_src = g_build_filename (data_dir, LAND, NULL);
  g_assert_true (g_file_get_contents (land_src, &land_text, NULL, &error));
  g_assert_no_error (error);

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      const IdentityCase *ic = &cases[c];
      g_autofree char *dir = g_build_filename (root, ic->name, NULL);
      g_autofree char *land_copy = g_build_filename (dir, LAND, NULL);
      g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
      g_auto(TestRun) run = { 0 };
      g_autofree char *out_sum = NULL;
      g_autofree char *out_name = g_strconcat (ic->name, ".out", NULL);
      const char *want;

      g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
      g_assert_true (g_file_set_contents (land_copy, land_text, -1, &error));
      g_assert_no_error (error);
      for (guint a = 0; ic->args[a] != NULL; a++)
        {
          const char *arg = ic->args[a];

          if (g_str_has_prefix (arg, "@DIR@/"))
            g_ptr_array_add (args, g_build_filename (dir, arg + strlen ("@DIR@/"), NULL));
          else
            g_ptr_array_add (args, g_strdup (arg));
        }
      g_ptr_array_add (args, NULL);

      test_util_run_cli_in (&run, dir,
                            TEST_UTIL_STRV ("SOURCE_DATE_EPOCH=1700000000", "LC_ALL=C.UTF-8",
                                            "LANGUAGE", "XDG_DATA_HOME=/nonexistent"),
                            (const char * const *) args->pdata);
      if (run.status != 0)
        g_error ("%s: exit status %d: %s", ic->name, run.status, run.err);

      out_sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) run.out,
                                             run.out_len);
      g_string_append_printf (actual, "%s  %s\n", out_sum, out_name);
      if (expected != NULL)
        {
          want = g_hash_table_lookup (expected, out_name);
          checked++;
          if (g_strcmp0 (want, out_sum) != 0)
            {
              g_test_message ("%s: standard output differs", ic->name);
              differ++;
            }
        }

      for (guint f = 0; ic->files[f] != NULL; f++)
        {
          g_autofree char *path = g_build_filename (dir, ic->files[f], NULL);
          g_autofree char *sum = sum_of_file (path);
          g_autofree char *key = g_strconcat (ic->name, "/", ic->files[f], NULL);

          g_string_append_printf (actual, "%s  %s\n", sum, key);
          if (expected != NULL)
            {
              want = g_hash_table_lookup (expected, key);
              checked++;
              if (g_strcmp0 (want, sum) != 0)
                {
                  g_test_message ("%s differs (kept in %s)", key, dir);
                  differ++;
                }
            }
          if (differ == 0)
            g_remove (path);
        }
      if (differ == 0)
        {
          g_remove (land_copy);
          g_rmdir (dir);
        }
    }

  if (update != NULL)
    {
      g_assert_true (g_file_set_contents (manifest_path, actual->str, -1, &error));
      g_assert_no_error (error);
      g_test_message ("wrote %s", manifest_path);
    }
  else
    {
      /* Every listed output is still produced: no case was dropped from the list silently. */
      g_assert_cmpuint (checked, ==, g_hash_table_size (expected));
      if (differ > 0)
        g_error ("%u of %u outputs differ from tests/data/identity.sha256 (outputs kept in %s)",
                 differ, checked, root);
      g_rmdir (root);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/identity/outputs", test_identity);
  return g_test_run ();
}
