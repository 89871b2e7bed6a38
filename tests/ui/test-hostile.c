/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window starts with a hostile family file and a hostile saved land pattern in the user's
 * data folder (issue 13: both crashed it): it starts, shows which files it skipped and why, and
 * computes the built-in family's estimate; a hostile design file is refused by name. Runs under
 * Xvfb. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "stencil-land-file.h"
#include "stencil-window-private.h"

static char *family_path;
static char *land_path;
static char *design_path;

/* The error dialogs a test opened, closed, so that the window can be finalized. */
static void
close_dialogs (StencilWindow *win)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (window != GTK_WINDOW (win) && gtk_window_get_transient_for (window) == GTK_WINDOW (win))
        gtk_window_destroy (window);
    }
}

/* What the application does at start-up: the built-in families, then the user's. */
static StencilCatalog *
load_catalog_as_the_app_does (void)
{
  g_autoptr(GError) error = NULL;
  StencilCatalog *catalog = stencil_catalog_new ();

  g_assert_true (stencil_catalog_load_default (catalog, &error));
  g_assert_no_error (error);
  return catalog;
}

static void
reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.stencilcalc.StencilCalc");
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
  /* The part whose saved land pattern is the hostile one. */
  g_settings_set_string (settings, "part-number", "AXK7L40223G");
}

static void
test_hostile_start (void)
{
  g_autoptr(StencilCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;
  StencilWindow *win;
  StencilDesign *design;
  GPtrArray *warnings;
  const char *toast, *message;
  g_autoptr(GFile) design_file = g_file_new_for_path (design_path);
  gint64 start;

  reset_settings ();
  start = g_get_monotonic_time ();
  catalog = load_catalog_as_the_app_does ();
  warnings = stencil_catalog_get_warnings (catalog);
  g_assert_cmpuint (warnings->len, ==, 1);
  win = g_object_ref (stencil_window_new (NULL, catalog));
  g_test_message ("catalog and window in %.3f s",
                  (g_get_monotonic_time () - start) / 1e6);
  design = stencil_window_get_design (win);

  /* The skipped family file: named in a toast that stays, with the reason. */
  toast = stencil_window_get_last_toast (win);
  g_assert_nonnull (toast);
  g_assert_true (g_str_has_prefix (toast, "Skipped a connector data file: "));
  g_assert_nonnull (strstr (toast, family_path));
  g_assert_nonnull (strstr (toast, "single quotes are not JSON"));

  /* The hostile land pattern an earlier version saved for the part: offered for import (never
   * read unasked); imported, it is refused with the file and the reason, and the estimate
   * stays. */
  g_assert_cmpstr (stencil_design_get_part_number (design), ==, "AXK7L40223G");
  g_assert_cmpstr (stencil_design_get_stored_land_file (design), ==, land_path);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (stencil_window_get_stored_land_row (win))));
  gtk_widget_activate_action (GTK_WIDGET (win), "win.import-stored-land-pattern", NULL);
  message = stencil_window_get_last_toast (win);
  g_assert_nonnull (strstr (message, "AXK7L40223G.json"));
  g_assert_nonnull (strstr (message, "nested more than 32 levels deep"));
  g_assert_nonnull (stencil_design_get_result (design));
  g_assert_true (stencil_design_get_result (design)->pattern->provisional);

  /* A hostile design file: refused by name and reason, the design as it was. */
  g_assert_false (stencil_design_open (design, design_file, &error));
  g_assert_nonnull (strstr (error->message, "hostile.stencilcalc"));
  g_assert_nonnull (strstr (error->message, "single quotes are not JSON"));
  g_assert_cmpstr (stencil_design_get_part_number (design), ==, "AXK7L40223G");

  close_dialogs (win);
  gtk_window_destroy (GTK_WINDOW (win));
  g_assert_finalize_object (win);
}

/* A file whose value is written rounded: 0.2099996 mm is imported as 0.21 mm, saved so in the
 * design, and the design opens again (a value was checked unrounded, and the file written
 * could be refused on reading); a value that only fails once rounded is refused at import. */
static void
test_import_then_open (void)
{
  g_autoptr(StencilCatalog) catalog = load_catalog_as_the_app_does ();
  g_autoptr(StencilPart) part = stencil_catalog_find_part (catalog, "AXK8L40124BG", NULL);
  g_autoptr(StencilPattern) family = stencil_pattern_new (part, NULL, NULL);
  g_autofree char *dir = g_dir_make_tmp ("stencilcalc-import-XXXXXX", NULL);
  g_autofree char *near = g_build_filename (dir, "near.json", NULL);
  g_autofree char *at_pitch = g_build_filename (dir, "at-pitch.json", NULL);
  g_autofree char *saved = g_build_filename (dir, "saved.stencilcalc", NULL);
  g_autoptr(GFile) near_file = g_file_new_for_path (near);
  g_autoptr(GFile) at_pitch_file = g_file_new_for_path (at_pitch);
  g_autoptr(GFile) saved_file = g_file_new_for_path (saved);
  g_autoptr(GError) error = NULL;
  StencilLandSpec spec = family->spec;
  StencilWindow *win;
  StencilDesign *design;

  spec.terminal_w_mm = 0.21;
  {
    g_autoptr(StencilPattern) user = stencil_pattern_new_user (part, &spec, "drawing C", NULL);
    g_autoptr(GBytes) bytes = stencil_land_file_generate (user);
    g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (bytes, NULL),
                                                (gssize) g_bytes_get_size (bytes));
    g_autoptr(GString) text2 = g_string_new (text->str);

    g_assert_cmpuint (g_string_replace (text, "\"w_mm\" : 0.21,", "\"w_mm\" : 0.2099996,", 1),
                      ==, 1);
    g_assert_true (g_file_set_contents (near, text->str, -1, NULL));
    g_assert_cmpuint (g_string_replace (text2, "\"w_mm\" : 0.21,", "\"w_mm\" : 0.3999996,", 1),
                      ==, 1);
    g_assert_true (g_file_set_contents (at_pitch, text2->str, -1, NULL));
  }

  reset_settings ();
  win = g_object_ref (stencil_window_new (NULL, catalog));
  design = stencil_window_get_design (win);
  g_assert_true (stencil_design_set_part_number (design, "AXK8L40124BG", &error));
  g_assert_false (stencil_design_import_land (design, at_pitch_file, &error));
  g_assert_nonnull (strstr (error->message, "must be smaller than the pitch"));
  g_clear_error (&error);
  g_assert_true (stencil_design_import_land (design, near_file, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (stencil_design_get_result (design)->classes[0].pad_w_mm, ==, 0.21);
  g_assert_true (stencil_design_save (design, saved_file, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (win));
  g_assert_finalize_object (win);

  /* The next start opens the saved design: no error, the same value. */
  win = g_object_ref (stencil_window_new (NULL, catalog));
  design = stencil_window_get_design (win);
  g_assert_true (stencil_design_open (design, saved_file, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (stencil_design_get_land_source (design), ==, "drawing C");
  g_assert_cmpfloat (stencil_design_get_result (design)->classes[0].pad_w_mm, ==, 0.21);
  gtk_window_destroy (GTK_WINDOW (win));
  g_assert_finalize_object (win);

  g_unlink (saved);
  g_unlink (near);
  g_unlink (at_pitch);
  g_rmdir (dir);
}

/* The hostile files of issue 13, generated: a family file whose '...' string hid 100,000
 * levels of nesting from the old guard, a land pattern nested 30,000 levels deep, and a design
 * with the same trick as the family file. */
static void
write_hostile_files (const char *data_home)
{
  g_autofree char *families = g_build_filename (data_home, "stencilcalc", "families", NULL);
  g_autofree char *lands = g_build_filename (data_home, "stencilcalc", "land-patterns", NULL);
  g_autoptr(GString) family = g_string_new ("{\"q\":'\"',\"x\":");
  g_autoptr(GString) land = g_string_new ("{\"format\": 1, \"_x\": ");

  g_assert_cmpint (g_mkdir_with_parents (families, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (lands, 0700), ==, 0);
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (family, '[');
  for (guint i = 0; i < 30000; i++)
    g_string_append_c (land, '[');
  family_path = g_build_filename (families, "colleague.json", NULL);
  design_path = g_build_filename (data_home, "hostile.stencilcalc", NULL);
  {
    g_autoptr(GString) design = g_string_new ("{\"format\": \"stencilcalc-design\", \"q\": '\"', "
                                              "\"x\": ");

    for (guint i = 0; i < 100000; i++)
      g_string_append_c (design, '[');
    g_assert_true (g_file_set_contents (design_path, design->str, -1, NULL));
  }
  land_path = g_build_filename (lands, "AXK7L40223G.json", NULL);
  g_assert_true (g_file_set_contents (family_path, family->str, -1, NULL));
  g_assert_true (g_file_set_contents (land_path, land->str, -1, NULL));
  {
    g_autofree char *where_the_app_looks = stencil_land_file_user_path ("AXK7L40223G");
    g_assert_cmpstr (land_path, ==, where_the_app_looks);
  }
}

static void
remove_hostile_files (const char *data_home)
{
  g_autofree char *app = g_build_filename (data_home, "stencilcalc", NULL);
  g_autofree char *families = g_build_filename (app, "families", NULL);
  g_autofree char *lands = g_build_filename (app, "land-patterns", NULL);

  g_unlink (family_path);
  g_unlink (land_path);
  g_unlink (design_path);
  g_rmdir (families);
  g_rmdir (lands);
  g_rmdir (app);
  g_rmdir (data_home);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = g_dir_make_tmp ("stencilcalc-hostile-XXXXXX", &error);
  int status;

  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  write_hostile_files (data_home);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/hostile-start", test_hostile_start);
  g_test_add_func ("/window/import-then-open", test_import_then_open);

  status = g_test_run ();
  remove_hostile_files (data_home);
  g_free (family_path);
  g_free (land_path);
  g_free (design_path);
  return status;
}
