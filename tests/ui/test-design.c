/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window and its design: the fields show what is computed and refuse what cannot be
 * (no export meanwhile), Save / Open / the unsaved mark / "save changes?", a design opened from
 * the command line, and unknown parts said in full. Runs under Xvfb. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "stencil-application.h"
#include "stencil-field.h"
#include "stencil-window-private.h"
#include "test-util.h"

static StencilCatalog *catalog;
static char *tmp_dir;

static void
wait_for (gboolean (*condition) (gpointer), gpointer data)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!condition (data) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (condition (data));
}

static gboolean
has_confirm_dialog (gpointer data)
{
  return stencil_window_get_confirm_dialog (data) != NULL;
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
}

static StencilWindow *
create_window (void)
{
  StencilWindow *win;

  reset_settings ();
  win = g_object_ref (stencil_window_new (NULL, catalog));
  gtk_window_present (GTK_WINDOW (win));
  /* Closing needs a realized window. */
  wait_for ((gboolean (*) (gpointer)) gtk_widget_get_realized, win);
  return win;
}

static void
destroy_window (StencilWindow *win)
{
  /* Unsaved changes are the test's to look at, not a dialog's. */
  stencil_design_set_unmodified (stencil_window_get_design (win));
  gtk_window_destroy (GTK_WINDOW (win));
  g_assert_finalize_object (win);
}

/* The first widget under root whose action is action_name (a header-bar button). */
static GtkWidget *
find_actionable (GtkWidget  *root,
                 const char *action_name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_ACTIONABLE (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action_name) == 0)
        return child;
      found = find_actionable (child, action_name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

/* What a person does: replace the text, then press Enter. */
static void
type_into (GtkSpinButton *spin,
           const char    *text)
{
  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  gtk_widget_activate (GTK_WIDGET (spin));
}

/* Typed 127.4 µm is computed with as 127.4 and shown as 127.4, not as 127; a value with more
 * digits (from a file, an action) shows all of them. */
static void
test_thickness_shown_as_computed (void)
{
  StencilWindow *win = create_window ();
  StencilDesign *design = stencil_window_get_design (win);
  GtkSpinButton *spin = stencil_window_get_thickness_spin (win);
  StencilResult *result;
  g_autoptr(StencilResult) expected = NULL;

  type_into (spin, "127.4");
  g_assert_cmpfloat (stencil_design_get_thickness_um (design), ==, 127.4);
  result = stencil_design_get_result (design);
  g_assert_cmpfloat (result->params.thickness_um, ==, 127.4);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "127.4");
  expected = test_util_calculate_at (catalog, "AXK7L40223G", 127.4);
  g_assert_cmpfloat (result->classes[0].aperture.area_ratio, ==,
                     expected->classes[0].aperture.area_ratio);
  g_assert_null (stencil_field_get_error (spin));

  /* While it is typed, without Enter: computed at once, the text left as typed. */
  gtk_editable_set_text (GTK_EDITABLE (spin), "130.");
  g_assert_cmpfloat (stencil_design_get_thickness_um (design), ==, 130);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "130.");

  stencil_design_set_thickness_um (design, 127.45);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "127.45");
  gtk_widget_activate_action (GTK_WIDGET (win), "win.set-thickness", "d", 110.0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "110");
  /* The grid and the radius keep their own digits. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (stencil_window_get_grid_spin (win))), ==,
                   "5.0");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (stencil_window_get_radius_spin (win))),
                   ==, "0.000");
  destroy_window (win);
}

static void
assert_field_error (StencilWindow *win,
                    const char    *typed,
                    const char    *message,
                    double         last_valid_um)
{
  GtkSpinButton *spin = stencil_window_get_thickness_spin (win);
  StencilDesign *design = stencil_window_get_design (win);
  const char *subtitle;

  type_into (spin, typed);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, typed);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (spin), "error"));
  g_assert_nonnull (stencil_field_get_error (spin));
  subtitle = adw_action_row_get_subtitle (stencil_window_get_thickness_row (win));
  if (strstr (subtitle, message) == NULL)
    g_error ("“%s” is not in the row's subtitle “%s”", message, subtitle);
  g_assert_cmpstr (stencil_design_get_input_error (design), ==, subtitle);
  /* The last valid thickness stays, and its result. */
  g_assert_cmpfloat (stencil_design_get_thickness_um (design), ==, last_valid_um);
  g_assert_cmpfloat (stencil_design_get_result (design)->params.thickness_um, ==, last_valid_um);
}

/* Text the window cannot compute from: an error on the field, the last valid result stays,
 * every export is refused; valid text or a value from elsewhere ends it. */
static void
test_invalid_field (void)
{
  StencilWindow *win = create_window ();
  StencilDesign *design = stencil_window_get_design (win);
  GtkSpinButton *spin = stencil_window_get_thickness_spin (win);
  g_autofree char *gbr = tmp_path ("refused.gbr");
  g_autoptr(GFile) file = g_file_new_for_path (gbr);
  g_autoptr(GError) error = NULL;

  type_into (spin, "120");
  g_assert_null (stencil_field_get_error (spin));
  assert_field_error (win, "5", "The stencil thickness must be from 10 to 1000 µm", 120);
  assert_field_error (win, "2000", "The stencil thickness must be from 10 to 1000 µm", 120);
  assert_field_error (win, "", "Enter a number", 120);
  assert_field_error (win, "0,127", "is not a number", 120);
  assert_field_error (win, "abc", "“abc” is not a number", 120);

  /* The header bar's Gerber button follows its action: off. */
  g_assert_false (gtk_widget_get_sensitive (find_actionable (GTK_WIDGET (win),
                                                             "win.export-gerber")));
  g_assert_false (stencil_window_export_to_file (win, STENCIL_EXPORT_GERBER, file, &error));
  g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "“abc” is not a number"));
  g_assert_false (g_file_test (gbr, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* Valid again: the error goes, the value is computed with, exports come back. */
  type_into (spin, "130");
  g_assert_null (stencil_field_get_error (spin));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (spin), "error"));
  g_assert_cmpstr (adw_action_row_get_subtitle (stencil_window_get_thickness_row (win)), ==,
                   "Foil thickness in µm");
  g_assert_null (stencil_design_get_input_error (design));
  g_assert_cmpfloat (stencil_design_get_result (design)->params.thickness_um, ==, 130);
  g_assert_true (gtk_widget_get_sensitive (find_actionable (GTK_WIDGET (win),
                                                            "win.export-gerber")));
  g_assert_true (stencil_window_export_to_file (win, STENCIL_EXPORT_GERBER, file, &error));
  g_assert_no_error (error);
  g_unlink (gbr);

  /* In error, then a value from elsewhere (a preset): the value replaces the text. */
  assert_field_error (win, "9", "must be from 10", 130);
  gtk_widget_activate_action (GTK_WIDGET (win), "win.set-thickness", "d", 100.0);
  g_assert_null (stencil_field_get_error (spin));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "100");
  g_assert_null (stencil_design_get_input_error (design));
  destroy_window (win);
}

static char *
read_file (const char *path)
{
  g_autofree char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return g_steal_pointer (&text);
}

/* Save, the unsaved mark, Open (after "save changes?"), and a failed save that keeps the old
 * file and the unsaved state. */
static void
test_save_and_open (void)
{
  StencilWindow *win = create_window ();
  StencilDesign *design = stencil_window_get_design (win);
  g_autofree char *path = tmp_path ("AXK7L40223G-127.4um.stencilcalc");
  g_autofree char *other_path = tmp_path ("other.stencilcalc");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) other = g_file_new_for_path (other_path);
  g_autoptr(GFile) nowhere = g_file_new_for_path ("/nonexistent/folder/x.stencilcalc");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *name = NULL;
  AdwMessageDialog *dialog;

  g_assert_false (stencil_design_get_modified (design));
  g_assert_cmpstr (stencil_window_get_title_text (win), ==, "Unsaved Design");
  type_into (stencil_window_get_thickness_spin (win), "127.4");
  g_assert_true (stencil_design_get_modified (design));
  g_assert_cmpstr (stencil_window_get_title_text (win), ==, "*Unsaved Design");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (win)), ==, "*Unsaved Design — Stencil Calc");
  name = stencil_window_get_default_design_name (win);
  g_assert_cmpstr (name, ==, "AXK7L40223G-127.4um.stencilcalc");

  /* Saved: the engine's bytes, the file's name in the title, nothing unsaved. */
  g_assert_true (stencil_window_save_to_file (win, file, &error));
  g_assert_no_error (error);
  g_assert_false (stencil_design_get_modified (design));
  g_assert_cmpstr (stencil_window_get_title_text (win), ==, "AXK7L40223G-127.4um.stencilcalc");
  saved = read_file (path);
  bytes = stencil_document_to_bytes (stencil_design_get_document (design));
  g_assert_cmpmem (saved, strlen (saved), g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_nonnull (strstr (saved, "\"thickness_um\" : 127.4,"));

  /* A change, then a save that fails: the old file as it was, the design still unsaved. */
  gtk_widget_activate_action (GTK_WIDGET (win), "win.set-thickness", "d", 150.0);
  g_assert_cmpstr (stencil_window_get_title_text (win), ==, "*AXK7L40223G-127.4um.stencilcalc");
  g_assert_false (stencil_window_save_to_file (win, nowhere, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_true (stencil_design_get_modified (design));
  g_assert_true (g_file_equal (stencil_design_get_file (design), file));
  {
    g_autofree char *again = read_file (path);
    g_assert_cmpstr (again, ==, saved);
  }

  /* Another design to open; with unsaved changes the window asks first. Cancel keeps all. */
  {
    g_auto(TestRun) run = { 0, };

    test_util_run_cli (&run, NULL, TEST_UTIL_STRV ("save-design", other_path, "AXK8L80124BG",
                                                   "-t", "100", "--grid", "2"));
    g_assert_cmpint (run.status, ==, 0);
  }
  stencil_window_open_file (win, other);
  wait_for (has_confirm_dialog, win);
  dialog = stencil_window_get_confirm_dialog (win);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog),
                            "AXK7L40223G-127.4um.stencilcalc"));
  adw_message_dialog_response (dialog, "cancel");
  g_assert_null (stencil_window_get_confirm_dialog (win));
  g_assert_cmpstr (stencil_design_get_part_number (design), ==, "AXK7L40223G");
  g_assert_cmpfloat (stencil_design_get_thickness_um (design), ==, 150);

  /* Discard: the other design, as the CLI wrote it. */
  stencil_window_open_file (win, other);
  wait_for (has_confirm_dialog, win);
  adw_message_dialog_response (stencil_window_get_confirm_dialog (win), "discard");
  g_assert_cmpstr (stencil_design_get_part_number (design), ==, "AXK8L80124BG");
  g_assert_cmpfloat (stencil_design_get_thickness_um (design), ==, 100);
  g_assert_cmpfloat (stencil_design_get_grid_um (design), ==, 2);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (stencil_window_get_thickness_spin (win))),
                   ==, "100");
  g_assert_false (stencil_design_get_modified (design));
  g_assert_cmpstr (stencil_window_get_title_text (win), ==, "other.stencilcalc");
  {
    g_autoptr(StencilResult) expected = NULL;
    StencilCalcParams params;

    stencil_calc_params_init (&params);
    params.thickness_um = 100;
    params.grid_um = 2;
    expected = test_util_calculate (catalog, "AXK8L80124BG", &params);
    g_assert_cmpfloat (stencil_design_get_result (design)->classes[0].aperture.h_mm, ==,
                       expected->classes[0].aperture.h_mm);
  }

  /* Save on "save changes?": saved, then the next design opened. */
  gtk_widget_activate_action (GTK_WIDGET (win), "win.set-thickness", "d", 110.0);
  stencil_window_open_file (win, file);
  wait_for (has_confirm_dialog, win);
  adw_message_dialog_response (stencil_window_get_confirm_dialog (win), "save");
  g_assert_cmpstr (stencil_design_get_part_number (design), ==, "AXK7L40223G");
  {
    g_autofree char *other_text = read_file (other_path);
    g_assert_nonnull (strstr (other_text, "\"thickness_um\" : 110,"));
  }

  /* A broken file: said in a dialog, the design stays. */
  {
    g_autofree char *broken_path = tmp_path ("broken.stencilcalc");
    g_autoptr(GFile) broken = g_file_new_for_path (broken_path);

    g_assert_true (g_file_set_contents (broken_path, "{ \"format\": \"stencilcalc-design\", "
                                        "\"version\": 9 }", -1, NULL));
    stencil_window_open_file (win, broken);
    g_assert_nonnull (strstr (stencil_window_get_last_toast (win), "newer Stencil Calc"));
    g_assert_cmpstr (stencil_window_get_title_text (win), ==,
                     "AXK7L40223G-127.4um.stencilcalc");
    g_unlink (broken_path);
  }
  destroy_window (win);
  g_unlink (path);
  g_unlink (other_path);
}

static gboolean
is_closed (gpointer data)
{
  return !gtk_widget_get_visible (data);
}

/* Closing a window with unsaved changes asks; Cancel keeps it open, Discard closes it. */
static void
test_close_dialog (void)
{
  StencilWindow *win = create_window ();

  /* Nothing changed: it closes at once. */
  gtk_window_close (GTK_WINDOW (win));
  g_assert_true (is_closed (win));
  g_assert_null (stencil_window_get_confirm_dialog (win));
  g_assert_finalize_object (win);

  win = create_window ();
  gtk_widget_activate_action (GTK_WIDGET (win), "win.set-thickness", "d", 150.0);
  gtk_window_close (GTK_WINDOW (win));
  wait_for (has_confirm_dialog, win);
  g_assert_false (is_closed (win));
  adw_message_dialog_response (stencil_window_get_confirm_dialog (win), "cancel");
  g_assert_false (is_closed (win));
  g_assert_true (stencil_design_get_modified (stencil_window_get_design (win)));

  gtk_window_close (GTK_WINDOW (win));
  wait_for (has_confirm_dialog, win);
  adw_message_dialog_response (stencil_window_get_confirm_dialog (win), "discard");
  wait_for (is_closed, win);
  g_assert_finalize_object (win);
}

typedef struct
{
  const char *path;
  gboolean    checked;
} CommandLineCheck;

/* In the running application: the window shows the design of the command line's file. */
static gboolean
check_opened_cb (gpointer data)
{
  CommandLineCheck *check = data;
  GApplication *app = g_application_get_default ();
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));
  StencilWindow *win;
  StencilDesign *design;
  g_autoptr(GFile) file = g_file_new_for_path (check->path);

  g_assert_cmpuint (g_list_length (windows), ==, 1);
  win = STENCIL_WINDOW (windows->data);
  design = stencil_window_get_design (win);
  g_assert_nonnull (stencil_design_get_file (design));
  g_assert_true (g_file_equal (stencil_design_get_file (design), file));
  g_assert_cmpstr (stencil_design_get_part_number (design), ==, "AXK8LE4026BG");
  g_assert_cmpfloat (stencil_design_get_thickness_um (design), ==, 133.5);
  g_assert_cmpstr (stencil_window_get_title_text (win), ==, "from-cli.stencilcalc");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (stencil_window_get_thickness_spin (win))),
                   ==, "133.5");
  check->checked = TRUE;
  gtk_window_close (GTK_WINDOW (win));
  return G_SOURCE_REMOVE;
}

/* "stencilcalc FILE.stencilcalc": the application's own command line and open path. */
static void
test_command_line (void)
{
  g_autofree char *path = tmp_path ("from-cli.stencilcalc");
  g_autoptr(StencilApplication) app = stencil_application_new ();
  CommandLineCheck check = { path, FALSE };
  char *argv[] = { (char *) "stencilcalc", path, NULL };
  g_auto(TestRun) run = { 0, };
  int status;

  reset_settings ();
  test_util_run_cli (&run, NULL, TEST_UTIL_STRV ("save-design", path, "AXK8LE4026BG", "-t",
                                                 "133.5"));
  g_assert_cmpint (run.status, ==, 0);
  /* No session bus in the test: one instance, this one. */
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) |
                           G_APPLICATION_NON_UNIQUE);
  g_timeout_add (300, check_opened_cb, &check);
  status = g_application_run (G_APPLICATION (app), 2, argv);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (check.checked);
  g_unlink (path);
}

/* In the running application: the unknown part's whole message, in a dialog over the window. */
static gboolean
check_unknown_part_cb (gpointer data)
{
  gboolean *checked = data;
  GApplication *app = g_application_get_default ();
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));
  StencilWindow *win = NULL;
  AdwMessageDialog *dialog = NULL;
  GListModel *toplevels = gtk_window_get_toplevels ();   /* GTK's own */

  for (GList *l = windows; l != NULL; l = l->next)
    if (STENCIL_IS_WINDOW (l->data))
      win = l->data;
  g_assert_nonnull (win);
  g_assert_cmpstr (stencil_window_get_last_toast (win), ==,
                   "Unknown part “AXK7L4O223G”: did you mean AXK7L40223G?");
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel))
        dialog = ADW_MESSAGE_DIALOG (toplevel);
    }
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Unknown Part");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "Unknown part “AXK7L4O223G”: did you mean AXK7L40223G?");
  /* The window started on the part it had; nothing is unsaved. */
  g_assert_false (stencil_design_get_modified (stencil_window_get_design (win)));
  *checked = TRUE;
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_close (GTK_WINDOW (win));
  return G_SOURCE_REMOVE;
}

/* "stencilcalc --part AXK7L4O223G": a dialog with the nearest part number, not a cut toast. */
static void
test_unknown_part (void)
{
  g_autoptr(StencilApplication) app = stencil_application_new ();
  char *argv[] = { (char *) "stencilcalc", (char *) "--part", (char *) "AXK7L4O223G", NULL };
  gboolean checked = FALSE;

  reset_settings ();
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) |
                           G_APPLICATION_NON_UNIQUE);
  g_timeout_add (300, check_unknown_part_cb, &checked);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 3, argv), ==, 0);
  g_assert_true (checked);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* Recent files and anything else of the user's go to a folder of this run's own. */
  tmp_dir = g_dir_make_tmp ("stencilcalc-ui-design-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", tmp_dir, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  catalog = test_util_load_catalog ();

  g_test_add_func ("/design/thickness-shown-as-computed", test_thickness_shown_as_computed);
  g_test_add_func ("/design/invalid-field", test_invalid_field);
  g_test_add_func ("/design/save-and-open", test_save_and_open);
  g_test_add_func ("/design/close-dialog", test_close_dialog);
  g_test_add_func ("/design/command-line", test_command_line);
  g_test_add_func ("/design/unknown-part", test_unknown_part);

  status = g_test_run ();
  g_clear_object (&catalog);
  {
    g_autofree char *recent = g_build_filename (tmp_dir, "recently-used.xbel", NULL);

    g_unlink (recent);
    g_rmdir (tmp_dir);
  }
  g_free (tmp_dir);
  return status;
}
