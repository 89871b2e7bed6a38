/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's thickness sweep, KiCad export and minimum web: the plot follows the thickness
 * and sets it on a click or Left/Right, the footprint and the PDF with its sweep sheet are the
 * engine's exports, the minimum web reaches the engine and the results. */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <math.h>

#include "stencil-kicad.h"
#include "stencil-results-panel-private.h"
#include "stencil-sweep-view.h"
#include "stencil-window-private.h"
#include "test-util.h"

static StencilCatalog *catalog;

static void
wait_for (gboolean (*condition) (gpointer),
          gpointer data)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!condition (data) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (condition (data));
}

static gboolean
is_allocated (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 100;
}

static StencilWindow *
create_window (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.stencilcalc.StencilCalc");
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
  return g_object_ref (stencil_window_new (NULL, catalog));
}

static void
destroy_window (StencilWindow *win)
{
  gtk_window_destroy (GTK_WINDOW (win));
  g_assert_finalize_object (win);
}

/* Where the plot's cursor is: the thickness under its vertical line. */
static double
cursor_um (StencilSweepPlot *plot)
{
  StencilScene *scene = stencil_sweep_plot_get_scene (plot);

  g_assert_nonnull (scene);
  for (guint i = 0; i < stencil_scene_get_n_primitives (scene); i++)
    {
      const StencilPrimitive *p = stencil_scene_get_primitive (scene, i);
      double t;

      if (p->kind == STENCIL_PRIMITIVE_LINE && p->style == STENCIL_STYLE_CURSOR &&
          stencil_sweep_plot_thickness_at (plot, p->x0, (p->y0 + p->y1) / 2, &t))
        return t;
    }
  g_assert_not_reached ();
  return 0;
}

/* The widget x of a thickness: found by asking the plot along the middle of its height. */
static double
x_of (StencilSweepPlot *plot,
      double            thickness_um)
{
  double y = gtk_widget_get_height (GTK_WIDGET (plot)) / 2.0, t;

  for (double x = 0; x < gtk_widget_get_width (GTK_WIDGET (plot)); x += 0.25)
    if (stencil_sweep_plot_thickness_at (plot, x, y, &t) && t == thickness_um)
      return x;
  g_assert_not_reached ();
  return 0;
}

static gboolean
has_text (StencilScene *scene,
          const char   *text)
{
  for (guint i = 0; i < stencil_scene_get_n_primitives (scene); i++)
    if (g_strcmp0 (stencil_scene_get_primitive (scene, i)->text, text) == 0)
      return TRUE;
  return FALSE;
}

static void
test_plot (void)
{
  StencilWindow *win = create_window ();
  StencilDesign *design = stencil_window_get_design (win);
  StencilSweepPlot *plot = stencil_window_get_sweep_plot (win);
  GtkToggleButton *toggle = stencil_window_get_sweep_toggle (win);
  StencilSweep *sweep;
  double mid;

  /* Hidden until asked for: the drawing keeps its room. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (plot)));
  gtk_toggle_button_set_active (toggle, TRUE);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (plot)));
  gtk_window_set_default_size (GTK_WINDOW (win), 1600, 900);
  gtk_window_present (GTK_WINDOW (win));
  wait_for (is_allocated, plot);

  /* The engine's sweep of the design, the cursor at its thickness. */
  sweep = stencil_design_get_sweep (design);
  g_assert_nonnull (sweep);
  g_assert_true (sweep->pattern == stencil_design_get_result (design)->pattern);
  g_assert_cmpfloat (cursor_um (plot), ==, stencil_design_get_thickness_um (design));
  g_assert_cmpfloat (cursor_um (plot), ==, 120);
  g_assert_true (has_text (stencil_sweep_plot_get_scene (plot), "max. 124 µm (area ratio)"));
  g_assert_true (has_text (stencil_sweep_plot_get_scene (plot), "Stencil thickness (µm)"));

  /* A click sets the thickness; the spin button and the cursor follow. */
  mid = gtk_widget_get_height (GTK_WIDGET (plot)) / 2.0;
  g_assert_true (stencil_sweep_plot_click (plot, x_of (plot, 137), mid));
  g_assert_cmpfloat (stencil_design_get_thickness_um (design), ==, 137);
  g_assert_cmpfloat (gtk_spin_button_get_value (stencil_window_get_thickness_spin (win)), ==,
                     137);
  g_assert_cmpfloat (cursor_um (plot), ==, 137);
  g_assert_false (stencil_sweep_plot_click (plot, 1, 1));
  g_assert_cmpfloat (stencil_design_get_thickness_um (design), ==, 137);
  /* The thickness was the only change: the same sweep. */
  g_assert_true (stencil_design_get_sweep (design) == sweep);

  /* Left and Right step by a micrometre. */
  gtk_widget_activate_action (GTK_WIDGET (plot), "sweep.step", "i", -1);
  g_assert_cmpfloat (stencil_design_get_thickness_um (design), ==, 136);

  /* The spin button moves the cursor. */
  gtk_spin_button_set_value (stencil_window_get_thickness_spin (win), 150);
  g_assert_cmpfloat (cursor_um (plot), ==, 150);

  /* Another grid: another sweep, computed for it. */
  stencil_design_set_grid_um (design, 10);
  g_assert_true (stencil_design_get_sweep (design) != NULL);
  g_assert_cmpfloat (stencil_design_get_sweep (design)->params.grid_um, ==, 10);
  g_assert_nonnull (stencil_sweep_plot_get_scene (plot));

  destroy_window (win);
}

static GBytes *
read_bytes (const char *path)
{
  char *data = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  return g_bytes_new_take (data, length);
}

static void
test_kicad_export (void)
{
  StencilWindow *win = create_window ();
  StencilResult *result = stencil_design_get_result (stencil_window_get_design (win));
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("stencilcalc-ui-kicad-XXXXXX", &error);
  g_autofree char *name = stencil_window_get_default_name (win, STENCIL_EXPORT_KICAD);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *footprint = stencil_kicad_footprint_name (result);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) expected = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (name, ==,
                   "Panasonic_F4_AXK7L40223G_2x20-1MP_P0.40mm_Vertical_Stencil120um.kicad_mod");
  g_assert_true (stencil_window_export_to_file (win, STENCIL_EXPORT_KICAD, file, &error));
  g_assert_no_error (error);
  written = read_bytes (path);
  expected = stencil_kicad_generate (result, footprint, NULL);
  g_assert_true (g_bytes_equal (written, expected));
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  destroy_window (win);
}

/* The PDF chooser's sweep choice: the window's PDF is the engine's with the sweep sheet. */
static void
test_pdf_with_sweep (void)
{
  StencilWindow *win = create_window ();
  StencilResult *result = stencil_design_get_result (stencil_window_get_design (win));
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("stencilcalc-ui-pdf-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "sweep.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) expected = NULL;
  StencilExportOptions options;

  g_assert_no_error (error);
  g_setenv ("SOURCE_DATE_EPOCH", "1700000000", TRUE);
  g_assert_false (stencil_window_get_pdf_with_sweep (win));
  stencil_window_set_pdf_with_sweep (win, TRUE);
  g_assert_true (stencil_window_export_to_file (win, STENCIL_EXPORT_PDF, file, &error));
  g_assert_no_error (error);
  stencil_export_options_init (&options);
  options.drawing.with_sweep = TRUE;
  expected = stencil_export_generate (&result, 1, &options, STENCIL_EXPORT_PDF, &error);
  g_assert_no_error (error);
  written = read_bytes (path);
  g_assert_true (g_bytes_equal (written, expected));
  g_unsetenv ("SOURCE_DATE_EPOCH");
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  destroy_window (win);
}

/* The minimum web from the side panel to the engine, the results and the settings. */
static void
test_min_web (void)
{
  StencilWindow *win = create_window ();
  StencilDesign *design = stencil_window_get_design (win);
  StencilResultsPanel *panel = stencil_window_get_results_panel (win);
  GtkSpinButton *spin = stencil_window_get_web_spin (win);
  g_autoptr(GSettings) settings = g_settings_new ("io.github.stencilcalc.StencilCalc");
  StencilResult *result = stencil_design_get_result (design);

  g_assert_cmpfloat (gtk_spin_button_get_value (spin), ==, 0.1);
  g_assert_cmpfloat (result->params.web_limit_mm, ==, 0.1);
  g_assert_cmpstr (stencil_results_panel_get_value_text (panel, "part", "max-thickness"), ==,
                   "124 µm");

  /* A laser that holds no less than 0.2 mm: the 0.17 mm web of the F4 socket is too narrow
   * at every thickness, and the panel says so. */
  gtk_spin_button_set_value (spin, 0.2);
  result = stencil_design_get_result (design);
  g_assert_cmpfloat (result->params.web_limit_mm, ==, 0.2);
  g_assert_cmpfloat (g_settings_get_double (settings, "web-limit-mm"), ==, 0.2);
  g_assert_cmpfloat (result->max_thickness_um, ==, 0);
  g_assert_cmpint (result->max_thickness_limit, ==, STENCIL_THICKNESS_LIMIT_WEB);
  g_assert_cmpstr (stencil_results_panel_get_value_text (panel, "part", "max-thickness"), ==,
                   "None from 50 to 250 µm");
  destroy_window (win);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = g_dir_make_tmp ("stencilcalc-ui-sweep-XXXXXX", &error);
  int status;

  /* No user's land pattern is read or left behind. */
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  catalog = test_util_load_catalog ();

  g_test_add_func ("/sweep-window/plot", test_plot);
  g_test_add_func ("/sweep-window/kicad-export", test_kicad_export);
  g_test_add_func ("/sweep-window/pdf-with-sweep", test_pdf_with_sweep);
  g_test_add_func ("/sweep-window/min-web", test_min_web);

  status = g_test_run ();
  g_object_unref (catalog);
  g_rmdir (data_home);
  return status;
}
