/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window shows the engine's numbers: every value is compared with stencil_calculate ()
 * run here on the same part and parameters. Runs under Xvfb. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "stencil-canvas-private.h"
#include "stencil-field.h"
#include "stencil-format.h"
#include "stencil-land-file.h"
#include "stencil-results-panel-private.h"
#include "stencil-window-private.h"
#include "test-util.h"

static StencilCatalog *catalog;

static void
wait_for (gboolean (*condition) (gpointer), gpointer data)
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

/* A new window; fresh = from the schema's defaults, not from what the last test left. */
static StencilWindow *
create_window_full (gboolean fresh)
{
  if (fresh)
    {
      g_autoptr(GSettings) settings = g_settings_new ("io.github.stencilcalc.StencilCalc");
      g_autoptr(GSettingsSchema) schema = NULL;
      g_auto(GStrv) keys = NULL;

      g_object_get (settings, "settings-schema", &schema, NULL);
      keys = g_settings_schema_list_keys (schema);
      for (guint i = 0; keys[i] != NULL; i++)
        g_settings_reset (settings, keys[i]);
    }
  return g_object_ref (stencil_window_new (NULL, catalog));
}

static StencilWindow *
create_window (void)
{
  return create_window_full (TRUE);
}

static void
destroy_window (StencilWindow *win)
{
  gtk_window_destroy (GTK_WINDOW (win));
  g_assert_finalize_object (win);
}

/* Checks every card value and every table row against the engine's own result. */
static void
assert_shows (StencilWindow *win,
              StencilResult *expected)
{
  StencilResultsPanel *panel = stencil_window_get_results_panel (win);
  GListModel *table = stencil_results_panel_get_table_model (panel);
  guint n_pads = stencil_pattern_get_n_pads (expected->pattern);

  g_assert_cmpuint (expected->n_classes, ==, 2);
  for (guint i = 0; i < expected->n_classes; i++)
    {
      const StencilClassResult *cr = &expected->classes[i];
      const char *card = cr->pad_class == STENCIL_PAD_CLASS_TERMINAL ? "terminal" : "soldering";
      /* Shown on the side of the limit that decided the status (stencil-format.h). */
      g_autofree char *area = stencil_measure_format (STENCIL_MEASURE_AREA_RATIO,
                                                      cr->aperture.area_ratio, 2);
      g_autofree char *aspect = stencil_measure_format (STENCIL_MEASURE_ASPECT_RATIO,
                                                        cr->aperture.aspect_ratio, 2);
      g_autofree char *opening = g_strdup_printf ("%.1f %%", cr->aperture.opening_ratio * 100);
      g_autofree char *target = g_strdup_printf ("%.1f %%", cr->target_ratio * 100);
      g_autofree char *aperture = g_strdup_printf ("%.3f × %.3f", cr->aperture.w_mm,
                                                   cr->aperture.h_mm);
      const char *status[] = { "Pass", "Marginal", "Fail" };

      g_assert_cmpstr (stencil_results_panel_get_value_text (panel, card, "area-ratio"), ==, area);
      g_assert_cmpstr (stencil_results_panel_get_value_text (panel, card, "aspect-ratio"), ==,
                       aspect);
      g_assert_cmpstr (stencil_results_panel_get_value_text (panel, card, "opening"), ==, opening);
      g_assert_cmpstr (stencil_results_panel_get_value_text (panel, card, "target"), ==, target);
      g_assert_cmpstr (stencil_results_panel_get_value_text (panel, card, "aperture"), ==,
                       aperture);
      g_assert_cmpstr (stencil_results_panel_get_value_text (panel, card, "status"), ==,
                       status[cr->aperture.status]);
    }

  {
    g_autofree char *max = expected->max_thickness_um > 0
      ? g_strdup_printf ("%.0f µm", expected->max_thickness_um)
      : g_strdup_printf ("None from %d to %d µm", STENCIL_MAX_THICKNESS_SCAN_LO_UM,
                         STENCIL_MAX_THICKNESS_SCAN_HI_UM);
    g_autofree char *web_prefix = g_strdup_printf ("%.3f mm", stencil_web_round (
                                                     expected->min_web_mm,
                                                     expected->params.web_limit_mm, 3));

    g_assert_cmpstr (stencil_results_panel_get_value_text (panel, "part", "max-thickness"), ==,
                     max);
    g_assert_true (g_str_has_prefix (stencil_results_panel_get_value_text (panel, "part",
                                                                           "min-web"),
                                     web_prefix));
  }

  g_assert_cmpuint (g_list_model_get_n_items (table), ==, n_pads);
  for (guint i = 0; i < n_pads; i++)
    {
      g_autoptr(StencilPadRow) row = g_list_model_get_item (table, i);
      guint index = stencil_pad_row_get_index (row);
      const StencilAperture *ap = stencil_result_get_aperture (expected, index);
      const StencilPad *pad = stencil_pattern_get_pad (expected->pattern, index);
      g_autofree char *area = stencil_measure_format (STENCIL_MEASURE_AREA_RATIO,
                                                      ap->area_ratio, 3);
      g_autofree char *shown_area = stencil_pad_row_format (row, "area-ratio");
      g_autofree char *aperture = g_strdup_printf ("%.3f × %.3f", ap->w_mm, ap->h_mm);
      g_autofree char *shown_aperture = stencil_pad_row_format (row, "aperture");

      g_assert_cmpstr (stencil_pad_row_get_id (row), ==, pad->id);
      g_assert_cmpstr (shown_area, ==, area);
      g_assert_cmpstr (shown_aperture, ==, aperture);
    }
}

/* Every button under root whose action is action_name, in widget order. */
static void
collect_action_buttons (GtkWidget  *root,
                        const char *action_name,
                        GPtrArray  *buttons)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action_name) == 0)
        g_ptr_array_add (buttons, child);
      collect_action_buttons (child, action_name, buttons);
    }
}

/* The preset buttons of the template: the common thicknesses, each setting its own value. */
static void
assert_thickness_presets (StencilWindow *win)
{
  const double presets_um[] = { 80, 100, 110, 120, 127, 130, 150 };
  StencilDesign *design = stencil_window_get_design (win);
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect_action_buttons (GTK_WIDGET (win), "win.set-thickness", buttons);
  g_assert_cmpuint (buttons->len, ==, G_N_ELEMENTS (presets_um));
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);
      g_autofree char *label = g_strdup_printf ("%.0f", presets_um[i]);
      g_autofree char *tooltip = g_strdup_printf ("Set the thickness to %.0f µm", presets_um[i]);

      g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, label);
      g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, tooltip);
      g_assert_true (gtk_widget_has_css_class (button, "preset"));
      g_signal_emit_by_name (button, "clicked");
      g_assert_cmpfloat (stencil_design_get_thickness_um (design), ==, presets_um[i]);
      g_assert_cmpfloat (gtk_spin_button_get_value (stencil_window_get_thickness_spin (win)), ==,
                         presets_um[i]);
    }
}

/* The summary's numbers can be selected but are no tab stops; counts those under root. */
static guint
assert_numbers_not_focusable (GtkWidget *root)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_label_get_selectable (GTK_LABEL (child)) &&
          gtk_widget_has_css_class (child, "numeric"))
        {
          g_assert_false (gtk_widget_get_focusable (child));
          n++;
        }
      n += assert_numbers_not_focusable (child);
    }
  return n;
}

static void
test_window_results (void)
{
  StencilWindow *win = create_window ();
  StencilDesign *design = stencil_window_get_design (win);
  AdwComboRow *contacts = stencil_window_get_contacts_row (win);
  GListModel *counts = adw_combo_row_get_model (contacts);
  g_autoptr(StencilResult) expected = NULL;
  guint index_80 = G_MAXUINT;

  /* Defaults of the schema: AXK7L40223G at 120 um, the datasheet point. */
  g_assert_cmpstr (stencil_design_get_part_number (design), ==, "AXK7L40223G");
  expected = test_util_calculate_at (catalog, "AXK7L40223G", 120);
  assert_shows (win, expected);
  g_assert_cmpuint (g_list_model_get_n_items (counts), ==, 23);
  /* 2 × 6 class values, the minimum web and the thickest foil. */
  g_assert_cmpuint (assert_numbers_not_focusable (GTK_WIDGET (stencil_window_get_results_panel (
                      win))), ==, 14);

  /* The thickness spin button drives the design. */
  gtk_spin_button_set_value (stencil_window_get_thickness_spin (win), 127);
  g_assert_cmpfloat (stencil_design_get_thickness_um (design), ==, 127);
  g_clear_pointer (&expected, stencil_result_unref);
  expected = test_util_calculate_at (catalog, "AXK7L40223G", 127);
  assert_shows (win, expected);

  /* A preset button's action, and the buttons themselves (the last one is 150 µm). */
  gtk_widget_activate_action (GTK_WIDGET (win), "win.set-thickness", "d", 150.0);
  assert_thickness_presets (win);
  g_clear_pointer (&expected, stencil_result_unref);
  expected = test_util_calculate_at (catalog, "AXK7L40223G", 150);
  assert_shows (win, expected);

  /* Contact count and part kind through the combo rows. */
  for (guint i = 0; i < g_list_model_get_n_items (counts); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (counts), i), "80"))
      index_80 = i;
  g_assert_cmpuint (index_80, !=, G_MAXUINT);
  adw_combo_row_set_selected (contacts, index_80);
  g_assert_cmpstr (stencil_design_get_part_number (design), ==, "AXK7L80223G");
  g_clear_pointer (&expected, stencil_result_unref);
  expected = test_util_calculate_at (catalog, "AXK7L80223G", 150);
  assert_shows (win, expected);

  adw_combo_row_set_selected (stencil_window_get_kind_row (win), 1);
  g_assert_cmpstr (stencil_design_get_part_number (design), ==, "AXK8L80124BG");
  g_clear_pointer (&expected, stencil_result_unref);
  expected = test_util_calculate_at (catalog, "AXK8L80124BG", 150);
  assert_shows (win, expected);

  /* "Use it" sets the maximum recommended thickness. */
  if (expected->max_thickness_um > 0)
    {
      double max = expected->max_thickness_um;

      gtk_widget_activate_action (GTK_WIDGET (win), "win.use-max-thickness", NULL);
      g_assert_cmpfloat (stencil_design_get_thickness_um (design), ==, max);
      g_assert_cmpfloat (gtk_spin_button_get_value (stencil_window_get_thickness_spin (win)), ==,
                         max);
      g_clear_pointer (&expected, stencil_result_unref);
      expected = test_util_calculate_at (catalog, "AXK8L80124BG", max);
      assert_shows (win, expected);
      g_assert_cmpint (expected->status, ==, STENCIL_STATUS_PASS);
    }

  destroy_window (win);
}

/* One source of every range: the design's properties, the spin buttons and the settings keys
 * take the engine's limits, and a value outside them is refused with the engine's message. */
static void
assert_range (StencilWindow  *win,
              const char     *property,
              GtkSpinButton  *spin,
              StencilLimitId  id)
{
  const StencilLimit *limit = stencil_limit_get (id);
  GParamSpecDouble *pspec = G_PARAM_SPEC_DOUBLE (
    g_object_class_find_property (G_OBJECT_GET_CLASS (stencil_window_get_design (win)), property));
  g_autoptr(GSettings) settings = g_settings_new ("io.github.stencilcalc.StencilCalc");
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) key = NULL;
  g_autoptr(GVariant) range = NULL;
  GVariant *bounds;
  double lower, upper;

  g_assert_cmpfloat (pspec->minimum, ==, limit->min);
  g_assert_cmpfloat (pspec->maximum, ==, limit->max);
  gtk_spin_button_get_range (spin, &lower, &upper);
  g_assert_cmpfloat (lower, ==, limit->min);
  g_assert_cmpfloat (upper, ==, limit->max);

  g_object_get (settings, "settings-schema", &schema, NULL);
  key = g_settings_schema_get_key (schema, property);
  range = g_settings_schema_key_get_range (key);
  g_assert_cmpstr (g_variant_get_type_string (range), ==, "(sv)");
  g_variant_get (range, "(&sv)", NULL, &bounds);
  g_variant_get (bounds, "(dd)", &lower, &upper);
  g_variant_unref (bounds);
  g_assert_cmpfloat (lower, ==, limit->min);
  g_assert_cmpfloat (upper, ==, limit->max);
}

static void
test_window_limits (void)
{
  StencilWindow *win = create_window ();
  StencilDesign *design = stencil_window_get_design (win);
  g_autoptr(GError) error = NULL;

  assert_range (win, "thickness-um", stencil_window_get_thickness_spin (win),
                STENCIL_LIMIT_THICKNESS);
  assert_range (win, "grid-um", stencil_window_get_grid_spin (win), STENCIL_LIMIT_GRID);
  assert_range (win, "corner-radius-mm", stencil_window_get_radius_spin (win),
                STENCIL_LIMIT_CORNER_RADIUS);

  /* The largest radius the engine takes at all is refused for this part's apertures, in the
   * engine's words, and the window shows it. */
  stencil_design_set_corner_radius_mm (design, STENCIL_CORNER_RADIUS_MAX_MM);
  g_assert_null (stencil_design_get_result (design));
  g_assert_nonnull (stencil_design_get_error_message (design));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (stencil_window_get_error_page (win))));
  g_assert_false (stencil_limit_check (STENCIL_LIMIT_CORNER_RADIUS, 26, &error));
  g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT);
  destroy_window (win);
}

/* Typing a thickness: with its unit, or refused with the engine's words (the field keeps its
 * value instead of clamping it). */
static void
type_thickness (StencilWindow *win,
                const char    *text)
{
  GtkSpinButton *spin = stencil_window_get_thickness_spin (win);

  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  gtk_spin_button_update (spin);
}

static void
test_window_thickness_units (void)
{
  StencilWindow *win = create_window ();
  StencilDesign *design = stencil_window_get_design (win);
  AdwActionRow *row = stencil_window_get_thickness_row (win);

  type_thickness (win, "5 mil");
  g_assert_cmpfloat_with_epsilon (stencil_design_get_thickness_um (design), 127, 1e-9);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "Foil thickness in µm (5 mil)");
  g_assert_cmpfloat (gtk_spin_button_get_value (stencil_window_get_thickness_spin (win)), ==,
                     127);

  type_thickness (win, "0.1 mm");
  g_assert_cmpfloat_with_epsilon (stencil_design_get_thickness_um (design), 100, 1e-9);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "Foil thickness in µm");

  type_thickness (win, "4.5mil");
  g_assert_cmpfloat_with_epsilon (stencil_design_get_thickness_um (design), 114.3, 1e-9);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "Foil thickness in µm (4.5 mil)");
  /* A preset is a thickness in µm: the mil goes. */
  gtk_widget_activate_action (GTK_WIDGET (win), "win.set-thickness", "d", 150.0);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "Foil thickness in µm");

  /* Refused in the engine's words, on the field (stencil-field.h): the value stays. */
  type_thickness (win, "5 inch");
  g_assert_cmpfloat (stencil_design_get_thickness_um (design), ==, 150);
  g_assert_nonnull (strstr (stencil_field_get_error (stencil_window_get_thickness_spin (win)),
                            "“inch” is not a unit of thickness (known: µm or um, mm, mil"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), "“inch” is not a unit"));

  type_thickness (win, "200 mil");
  g_assert_cmpfloat (stencil_design_get_thickness_um (design), ==, 150);
  g_assert_nonnull (strstr (stencil_field_get_error (stencil_window_get_thickness_spin (win)),
                            "from 10 to 1000 µm"));

  type_thickness (win, "123");
  g_assert_cmpfloat (stencil_design_get_thickness_um (design), ==, 123);
  g_assert_null (stencil_field_get_error (stencil_window_get_thickness_spin (win)));
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "Foil thickness in µm");
  destroy_window (win);
}

static void
test_window_sort (void)
{
  StencilWindow *win = create_window ();
  StencilResultsPanel *panel = stencil_window_get_results_panel (win);
  GtkColumnView *view = stencil_results_panel_get_column_view (panel);
  GListModel *columns = gtk_column_view_get_columns (view);
  GListModel *table = stencil_results_panel_get_table_model (panel);
  GtkColumnViewColumn *area_column = NULL;
  double previous = G_MAXDOUBLE;

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_str_equal (gtk_column_view_column_get_title (column), "Area Ratio"))
        area_column = column;
    }
  g_assert_nonnull (area_column);
  gtk_column_view_sort_by_column (view, area_column, GTK_SORT_DESCENDING);
  g_assert_cmpuint (g_list_model_get_n_items (table), ==, 42);
  for (guint i = 0; i < g_list_model_get_n_items (table); i++)
    {
      g_autoptr(StencilPadRow) row = g_list_model_get_item (table, i);
      double area;

      g_object_get (row, "area-ratio", &area, NULL);
      g_assert_cmpfloat (area, <=, previous);
      previous = area;
    }
  /* The soldering pads have the largest apertures, so the best area ratio: first. */
  {
    g_autoptr(StencilPadRow) first = g_list_model_get_item (table, 0);
    g_assert_true (g_str_has_prefix (stencil_pad_row_get_id (first), "S"));
  }

  destroy_window (win);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static void
test_window_export (void)
{
  StencilWindow *win = create_window ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("stencilcalc-ui-XXXXXX", &error);
  g_autofree char *gbr = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *png = NULL;
  g_autofree char *svg = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *printed = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) bad = NULL;
  gsize length;

  g_assert_no_error (error);
  gtk_widget_activate_action (GTK_WIDGET (win), "win.set-thickness", "d", 127.0);

  name = stencil_window_get_default_name (win, STENCIL_EXPORT_GERBER);
  g_assert_cmpstr (name, ==, "AXK7L40223G-127um-paste.gbr");
  g_clear_pointer (&name, g_free);
  name = stencil_window_get_default_name (win, STENCIL_EXPORT_PDF);
  g_assert_cmpstr (name, ==, "AXK7L40223G-127um.pdf");

  gbr = g_build_filename (dir, "AXK7L40223G-127um-paste.gbr", NULL);
  file = g_file_new_for_path (gbr);
  g_assert_true (stencil_window_export_to_file (win, STENCIL_EXPORT_GERBER, file, &error));
  g_assert_no_error (error);
  contents = read_file (gbr);
  g_assert_nonnull (strstr (contents, "%TF.FileFunction,Paste,Top*%"));
  g_assert_nonnull (strstr (contents, "%MOMM*%"));
  g_assert_true (g_str_has_suffix (g_strchomp (contents), "M02*"));
  g_assert_cmpstr (stencil_window_get_last_toast (win), ==,
                   "Exported “AXK7L40223G-127um-paste.gbr”");
  g_clear_pointer (&contents, g_free);

  /* The other formats through the window action, as a script would. */
  pdf = g_build_filename (dir, "drawing.pdf", NULL);
  gtk_widget_activate_action (GTK_WIDGET (win), "win.export-to", "(ss)", "pdf", pdf);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_clear_pointer (&contents, g_free);

  png = g_build_filename (dir, "drawing.png", NULL);
  gtk_widget_activate_action (GTK_WIDGET (win), "win.export-to", "(ss)", "png", png);
  g_assert_true (g_file_get_contents (png, &contents, &length, NULL));
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  g_clear_pointer (&contents, g_free);

  svg = g_build_filename (dir, "drawing.svg", NULL);
  gtk_widget_activate_action (GTK_WIDGET (win), "win.export-to", "(ss)", "svg", svg);
  contents = read_file (svg);
  g_assert_nonnull (strstr (contents, "<svg"));
  g_clear_pointer (&contents, g_free);

  /* The aperture table: a header row and one row per pad of the window's result. */
  csv = g_build_filename (dir, "apertures.csv", NULL);
  gtk_widget_activate_action (GTK_WIDGET (win), "win.export-to", "(ss)", "csv", csv);
  contents = read_file (csv);
  {
    g_auto(GStrv) rows = g_strsplit (contents, "\r\n", -1);
    g_autofree char *default_name = stencil_window_get_default_name (win, STENCIL_EXPORT_CSV);

    g_assert_cmpuint (g_strv_length (rows), ==, 1 + 42 + 1);
    g_assert_true (g_str_has_prefix (rows[1], "AXK7L40223G,127,provisional,1,terminal,-3.8,1.85,"));
    g_assert_cmpstr (default_name, ==, "AXK7L40223G-127um-apertures.csv");
  }
  g_clear_pointer (&contents, g_free);

  /* An export that cannot succeed reports why and leaves nothing behind. */
  bad = g_file_new_build_filename (dir, "no-such-dir", "x.gbr", NULL);
  g_assert_false (stencil_window_export_to_file (win, STENCIL_EXPORT_GERBER, bad, &error));
  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, !=, "");
  g_clear_error (&error);

  /* Printing goes through GtkPrintOperation; exported to PDF it needs no dialog. */
  printed = g_build_filename (dir, "printed.pdf", NULL);
  g_assert_true (stencil_window_print_to_pdf (win, printed, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (printed, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_cmpuint (length, >, 1000);
  g_clear_pointer (&contents, g_free);
  /* Read back by poppler: the printed sheet names the part and carries the notice. */
  {
    const char *argv[] = { "pdftotext", "-layout", printed, "-", NULL };
    g_autofree char *text = NULL;
    int wait_status;

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                  NULL, NULL, &text, NULL, &wait_status, &error);
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
    g_assert_nonnull (strstr (text, "AXK7L40223G"));
    g_assert_nonnull (strstr (text, "rovisional"));
  }

  g_unlink (gbr);
  g_unlink (pdf);
  g_unlink (png);
  g_unlink (svg);
  g_unlink (csv);
  g_unlink (printed);
  g_rmdir (dir);
  destroy_window (win);
}

/* cairo numbers the SVG surfaces of a process in turn ("surface672"): the same drawing made
 * twice in one process differs in that id only. */
static char *
without_surface_ids (const char *svg,
                     gsize       length)
{
  g_autoptr(GRegex) regex = g_regex_new ("id=\"surface[0-9]+\"", 0, 0, NULL);

  return g_regex_replace_literal (regex, svg, length, 0, "id=\"surface\"", 0, NULL);
}

/* A file written by the window is the engine's export of the window's result, byte for byte
 * (an SVG but for cairo's surface ids): the same module writes the CLI's files. */
static void
test_window_export_identity (void)
{
  StencilWindow *win = create_window ();
  StencilResult *result = stencil_design_get_result (stencil_window_get_design (win));
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("stencilcalc-ui-XXXXXX", &error);
  StencilExportOptions options;

  g_assert_no_error (error);
  g_setenv ("SOURCE_DATE_EPOCH", "1700000000", TRUE);
  stencil_export_options_init (&options);
  for (StencilExportFormat f = 0; f < STENCIL_N_EXPORT_FORMATS; f++)
    {
      g_autofree char *name = stencil_window_get_default_name (win, f);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GBytes) expected = stencil_export_generate (&result, 1, &options, f, &error);
      g_autoptr(GMappedFile) written = NULL;

      g_assert_no_error (error);
      g_assert_true (stencil_window_export_to_file (win, f, file, &error));
      g_assert_no_error (error);
      written = g_mapped_file_new (path, FALSE, &error);
      g_assert_no_error (error);
      if (f == STENCIL_EXPORT_SVG)
        {
          g_autofree char *a = without_surface_ids (g_mapped_file_get_contents (written),
                                                    g_mapped_file_get_length (written));
          g_autofree char *b = without_surface_ids (g_bytes_get_data (expected, NULL),
                                                    g_bytes_get_size (expected));

          g_assert_cmpstr (a, ==, b);
        }
      else
        g_assert_cmpmem (g_mapped_file_get_contents (written), g_mapped_file_get_length (written),
                         g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
      g_unlink (path);
    }
  g_unsetenv ("SOURCE_DATE_EPOCH");
  g_rmdir (dir);
  destroy_window (win);
}

static void
test_window_canvas (void)
{
  StencilWindow *win = create_window ();
  StencilCanvas *canvas = stencil_window_get_canvas (win);
  StencilResult *result = stencil_design_get_result (stencil_window_get_design (win));
  const StencilPad *pad = stencil_pattern_get_pad (result->pattern, 0);
  g_autofree char *text = NULL;
  g_autofree char *expected_size = NULL;
  double x, y, zoom;

  gtk_window_present (GTK_WINDOW (win));
  wait_for (is_allocated, canvas);

  /* The pad's tooltip: id, sizes and ratios. Pin 1 is at model (x, y) = scene (x, -y). */
  stencil_canvas_scene_to_widget (canvas, pad->x_mm, -pad->y_mm, &x, &y);
  text = stencil_canvas_describe_at (canvas, x, y);
  g_assert_nonnull (text);
  g_assert_true (g_str_has_prefix (text, "Pad 1 (Terminal)"));
  expected_size = g_strdup_printf ("Pad %.3f × %.3f mm", pad->w_mm, pad->h_mm);
  g_assert_nonnull (strstr (text, expected_size));
  g_assert_nonnull (strstr (text, "Area ratio"));
  g_assert_nonnull (strstr (text, "Aspect ratio"));
  g_assert_nonnull (strstr (text, "Opening ratio"));
  g_clear_pointer (&text, g_free);
  /* Between the rows there is no pad. */
  stencil_canvas_scene_to_widget (canvas, 0, 0, &x, &y);
  g_assert_null (stencil_canvas_describe_at (canvas, x, y));

  /* Zoom actions. */
  zoom = stencil_canvas_get_zoom (canvas);
  gtk_widget_activate_action (GTK_WIDGET (win), "win.zoom-in", NULL);
  g_assert_cmpfloat (stencil_canvas_get_zoom (canvas), >, zoom);
  gtk_widget_activate_action (GTK_WIDGET (win), "win.zoom-fit", NULL);
  g_assert_cmpfloat_with_epsilon (stencil_canvas_get_zoom (canvas), zoom, 1e-9);
  gtk_widget_activate_action (GTK_WIDGET (canvas), "canvas.zoom-out", NULL);
  g_assert_cmpfloat (stencil_canvas_get_zoom (canvas), <, zoom);

  /* Layers: the outline toggle takes the labels with it. */
  g_assert_cmpuint (stencil_canvas_get_layers (canvas), ==, STENCIL_LAYER_ALL);

  destroy_window (win);
}

/* The text of the drawing on screen: at least 11 px at the fit zoom and after zooming, for the
 * smallest and the largest part, and the dimension values never on top of each other. */
static void
assert_text_readable (StencilCanvas *canvas,
                      double         min_px)
{
  StencilScene *scene = stencil_canvas_get_scene (canvas);
  double zoom = stencil_canvas_get_zoom (canvas);
  guint n_text = 0;

  g_assert_nonnull (scene);
  for (guint i = 0; i < stencil_scene_get_n_primitives (scene); i++)
    {
      const StencilPrimitive *p = stencil_scene_get_primitive (scene, i);

      if (p->kind != STENCIL_PRIMITIVE_TEXT)
        continue;
      n_text++;
      if (p->size_mm * zoom < min_px)
        g_test_message ("'%s' at %.1f px (zoom %.1f px/mm, canvas %d x %d)", p->text,
                        p->size_mm * zoom, zoom, gtk_widget_get_width (GTK_WIDGET (canvas)),
                        gtk_widget_get_height (GTK_WIDGET (canvas)));
      g_assert_cmpfloat (p->size_mm * zoom, >=, min_px);
      g_assert_cmpfloat (p->size_mm * zoom, <=, 20.0);
    }
  g_assert_cmpuint (n_text, >, 10);
  for (guint i = 0; i < stencil_scene_get_n_dimensions (scene); i++)
    for (guint j = i + 1; j < stencil_scene_get_n_dimensions (scene); j++)
      {
        const StencilDimension *a = stencil_scene_get_dimension (scene, i);
        const StencilDimension *b = stencil_scene_get_dimension (scene, j);

        g_assert_false (a->text_x0 < b->text_x1 && b->text_x0 < a->text_x1 &&
                        a->text_y0 < b->text_y1 && b->text_y0 < a->text_y1);
      }
}

static void
test_window_canvas_text (void)
{
  /* The 10-contact socket is so small next to its dimensions that, in a canvas this low, the
   * layout limits its text (TEXT_MAX_RATIO in stencil-part-view.c); the pin numbers are 0.9 of
   * the values. */
  const char *parts[] = { "AXK7L80223G", "AXK8L80124BG", "AXK7L40223G", "AXK7L10223G" };
  const double min_px[] = { 11.0, 11.0, 11.0, 10.0 };
  StencilWindow *win = create_window ();
  StencilCanvas *canvas = stencil_window_get_canvas (win);
  StencilDesign *design = stencil_window_get_design (win);

  gtk_window_set_default_size (GTK_WINDOW (win), 1360, 860);
  gtk_window_present (GTK_WINDOW (win));
  wait_for (is_allocated, canvas);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autoptr(GError) error = NULL;
      double zoom;

      g_assert_true (stencil_design_set_part_number (design, parts[i], &error));
      g_assert_no_error (error);
      gtk_widget_activate_action (GTK_WIDGET (win), "win.zoom-fit", NULL);
      assert_text_readable (canvas, min_px[i]);
      zoom = stencil_canvas_get_zoom (canvas);
      for (guint k = 0; k < 4; k++)
        gtk_widget_activate_action (GTK_WIDGET (win), "win.zoom-in", NULL);
      g_assert_cmpfloat (stencil_canvas_get_zoom (canvas), >, 2 * zoom);
      assert_text_readable (canvas, 11.0);
      gtk_widget_activate_action (GTK_WIDGET (win), "win.zoom-fit", NULL);
      g_assert_cmpfloat_with_epsilon (stencil_canvas_get_zoom (canvas), zoom, 1e-6 * zoom);
    }
  destroy_window (win);
}

/* A corner radius over half the aperture's short side: the engine refuses it; the window says
 * why on the canvas and above the summary, offers no export, and recovers with a valid radius. */
static void
test_window_error (void)
{
  StencilWindow *win = create_window ();
  StencilDesign *design = stencil_window_get_design (win);
  StencilCanvas *canvas = stencil_window_get_canvas (win);
  StencilResultsPanel *panel = stencil_window_get_results_panel (win);
  AdwStatusPage *page = stencil_window_get_error_page (win);
  GListModel *table = stencil_results_panel_get_table_model (panel);
  g_autoptr(GFile) file = g_file_new_for_path ("/tmp/never-written.gbr");
  g_autoptr(GError) error = NULL;
  const char *message;

  gtk_window_present (GTK_WINDOW (win));
  wait_for (is_allocated, canvas);
  g_assert_null (stencil_results_panel_get_error_text (panel));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (page)));
  g_assert_true (gtk_widget_get_visible (stencil_window_get_notice_bar (win)));

  stencil_design_set_corner_radius_mm (design, 0.2);
  message = stencil_design_get_error_message (design);
  g_assert_nonnull (message);
  g_assert_null (stencil_design_get_result (design));
  g_assert_cmpstr (stencil_results_panel_get_error_text (panel), ==, message);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (page)));
  g_assert_true (gtk_widget_get_child_visible (GTK_WIDGET (page)));
  {
    /* The page's description is markup: the message, escaped. */
    g_autofree char *escaped = g_markup_escape_text (message, -1);

    g_assert_cmpstr (adw_status_page_get_description (page), ==, escaped);
    g_assert_nonnull (strstr (message, "corner radius"));
  }
  g_assert_null (stencil_canvas_get_scene (canvas));
  g_assert_cmpuint (g_list_model_get_n_items (table), ==, 0);
  g_assert_false (stencil_window_export_to_file (win, STENCIL_EXPORT_GERBER, file, &error));
  g_assert_cmpstr (error->message, ==, message);
  g_assert_false (g_file_query_exists (file, NULL));

  /* Back to a valid radius: the drawing and the numbers return, the error goes. */
  stencil_design_set_corner_radius_mm (design, 0.05);
  g_assert_null (stencil_design_get_error_message (design));
  g_assert_nonnull (stencil_design_get_result (design));
  g_assert_null (stencil_results_panel_get_error_text (panel));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (page)));
  g_assert_nonnull (stencil_canvas_get_scene (canvas));
  g_assert_cmpuint (g_list_model_get_n_items (table), ==, 42);

  destroy_window (win);
}

/* A broken family file in the user's folder: skipped, and the window says so in a toast. */
static void
test_window_catalog_warning (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("stencilcalc-families-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "broken.json", NULL);
  g_autoptr(StencilCatalog) own = test_util_load_catalog ();
  StencilWindow *win;
  const char *toast;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, "{ \"series\": ", -1, &error));
  stencil_catalog_load_dir (own, dir);
  g_assert_cmpuint (stencil_catalog_get_warnings (own)->len, >=, 1);

  win = g_object_ref (stencil_window_new (NULL, own));
  toast = stencil_window_get_last_toast (win);
  g_assert_nonnull (toast);
  g_assert_true (g_str_has_prefix (toast, "Skipped a connector data file: "));
  g_assert_nonnull (strstr (toast, "broken.json"));
  /* The built-in families still work. */
  g_assert_nonnull (stencil_design_get_result (stencil_window_get_design (win)));
  destroy_window (win);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_window_settings (void)
{
  StencilWindow *win = create_window ();
  StencilDesign *design = stencil_window_get_design (win);
  g_autoptr(GError) error = NULL;

  g_assert_true (stencil_design_set_part_number (design, "axk8l30124bg", &error));
  g_assert_no_error (error);
  stencil_design_set_thickness_um (design, 110);
  stencil_design_set_strategy (design, STENCIL_STRATEGY_KEEP_WIDTH);
  g_assert_false (stencil_design_set_part_number (design, "AXK9X", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  destroy_window (win);

  /* A new window restores the last part and parameters (memory backend, same process). */
  win = create_window_full (FALSE);
  design = stencil_window_get_design (win);
  g_assert_cmpstr (stencil_design_get_part_number (design), ==, "AXK8L30124BG");
  g_assert_cmpfloat (stencil_design_get_thickness_um (design), ==, 110);
  g_assert_cmpint (stencil_design_get_strategy (design), ==, STENCIL_STRATEGY_KEEP_WIDTH);
  destroy_window (win);
}

/* The layer toggles restore the saved layers (the outline toggle carries the pin labels), the
 * part kinds are named, and a toast shows plain text as it is. */
static void
test_window_layers_and_toasts (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.stencilcalc.StencilCalc");
  StencilWindow *win = create_window ();
  GListModel *kinds = adw_combo_row_get_model (stencil_window_get_kind_row (win));

  g_assert_cmpuint (stencil_canvas_get_layers (stencil_window_get_canvas (win)), ==,
                    STENCIL_LAYER_ALL);
  g_assert_cmpuint (g_list_model_get_n_items (kinds), ==, STENCIL_N_PART_KINDS);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (kinds),
                                               STENCIL_PART_KIND_SOCKET), ==, "Socket");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (kinds),
                                               STENCIL_PART_KIND_HEADER), ==, "Header");

  gtk_window_present (GTK_WINDOW (win));
  stencil_window_show_toast (win, "Tom & <Jerry>");
  g_assert_cmpstr (stencil_window_get_last_toast (win), ==, "Tom &amp; &lt;Jerry&gt;");
  /* Rendered: a title that is not valid markup would warn, and warnings are fatal here. */
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  destroy_window (win);

  g_settings_set_uint (settings, "layers", STENCIL_LAYER_PADS | STENCIL_LAYER_OUTLINE);
  win = create_window_full (FALSE);
  g_assert_cmpuint (stencil_canvas_get_layers (stencil_window_get_canvas (win)), ==,
                    STENCIL_LAYER_PADS | STENCIL_LAYER_OUTLINE | STENCIL_LAYER_LABELS);
  g_assert_cmpuint (g_settings_get_uint (settings, "layers"), ==,
                    STENCIL_LAYER_PADS | STENCIL_LAYER_OUTLINE | STENCIL_LAYER_LABELS);
  destroy_window (win);
  g_settings_reset (settings, "layers");
}

static void
test_window_finalize (void)
{
  StencilWindow *win = create_window ();
  gpointer canvas = stencil_window_get_canvas (win);
  gpointer panel = stencil_window_get_results_panel (win);
  gpointer design = stencil_window_get_design (win);

  g_object_add_weak_pointer (canvas, &canvas);
  g_object_add_weak_pointer (panel, &panel);
  g_object_add_weak_pointer (design, &design);
  gtk_window_present (GTK_WINDOW (win));
  wait_for (is_allocated, canvas);
  gtk_widget_activate_action (GTK_WIDGET (win), "win.copy-part-number", NULL);
  g_assert_cmpstr (stencil_window_get_last_toast (win), ==, "Copied AXK7L40223G");

  destroy_window (win);
  g_assert_null (canvas);
  g_assert_null (panel);
  g_assert_null (design);
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static const char user_source[] = "Panasonic drawing rev. 2024-03";

/* The dialog has a spin button for every field of the engine's table, with the file's range
 * (a size one step above its minimum) and the field's own label on its row. */
static void
assert_land_dialog_fields (StencilLandDialog *dialog)
{
  guint n_fields;
  const StencilLandField *fields = stencil_land_get_fields (&n_fields);

  g_assert_cmpuint (n_fields, ==, 9);
  for (guint i = 0; i < n_fields; i++)
    {
      GtkSpinButton *spin = stencil_land_dialog_get_spin (dialog, fields[i].path);
      GtkWidget *row;
      double lower, upper;

      g_assert_nonnull (spin);
      gtk_spin_button_get_range (spin, &lower, &upper);
      g_assert_cmpfloat (upper, ==, fields[i].max);
      if (fields[i].range == STENCIL_LAND_RANGE_SIZE)
        g_assert_cmpfloat_with_epsilon (lower, fields[i].min + 0.001, 1e-9);
      else
        g_assert_cmpfloat (lower, ==, fields[i].min);
      row = gtk_widget_get_ancestor (GTK_WIDGET (spin), ADW_TYPE_ACTION_ROW);
      g_assert_nonnull (row);
      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                       stencil_land_field_label (&fields[i]));
      g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                       stencil_land_field_description (&fields[i]));
    }
  g_assert_null (stencil_land_dialog_get_spin (dialog, "terminal.x_mm"));
}

/* After test_window_land_pattern () applied the user's pads and saved the design: a new
 * window that opens the design has the user's pattern, another part has the estimate (and back
 * again the user's, for this window's session), and Reset in the dialog goes back to the
 * estimate. The per-part file of earlier versions is never written. */
static void
check_land_pattern_saved (const char *path,
                          GFile      *design_file)
{
  StencilWindow *win;
  StencilDesign *design;
  StencilLandDialog *dialog;
  gpointer weak_dialog;
  g_autoptr(GError) error = NULL;

  win = create_window ();
  design = stencil_window_get_design (win);
  g_assert_null (stencil_design_get_land_source (design));
  g_assert_true (stencil_design_open (design, design_file, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (stencil_design_get_land_source (design), ==, user_source);
  g_assert_cmpfloat (stencil_design_get_result (design)->classes[0].pad_w_mm, ==, 0.3);
  g_assert_true (stencil_design_set_part_number (design, "AXK8L40124BG", &error));
  g_assert_null (stencil_design_get_land_source (design));
  g_assert_true (stencil_design_get_result (design)->pattern->provisional);
  g_assert_true (stencil_design_set_part_number (design, "AXK7L40223G", &error));
  g_assert_cmpstr (stencil_design_get_land_source (design), ==, user_source);

  /* Reset to estimate through the dialog: the provisional notice is back. */
  gtk_window_present (GTK_WINDOW (win));
  dialog = stencil_window_open_land_dialog (win);
  weak_dialog = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak_dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (stencil_land_dialog_get_source_row (
                     dialog))), ==, user_source);
  g_assert_cmpfloat (gtk_spin_button_get_value (stencil_land_dialog_get_spin (dialog,
                     "terminal.w_mm")), ==, 0.3);
  g_assert_true (gtk_widget_get_sensitive (stencil_land_dialog_get_reset_button (dialog)));
  g_signal_emit_by_name (stencil_land_dialog_get_reset_button (dialog), "clicked");
  wait_for (is_null, &weak_dialog);
  g_assert_null (stencil_design_get_land_source (design));
  g_assert_true (stencil_design_get_result (design)->pattern->provisional);
  g_assert_cmpfloat (stencil_design_get_result (design)->classes[0].pad_w_mm, ==, 0.23);
  g_assert_true (gtk_widget_get_visible (stencil_window_get_notice_bar (win)));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (stencil_window_get_notice_label (win)),
                                   "Provisional land pattern"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (stencil_design_get_modified (design));   /* a change, not yet saved */
  stencil_design_set_unmodified (design);
  destroy_window (win);
}

/* The land pattern edited through the dialog's own widgets: checked as it changes, applied
 * into the design, saved with it, read back in the next window, and reset to the estimate. */
static void
test_window_land_pattern (void)
{
  StencilWindow *win = create_window ();
  StencilDesign *design = stencil_window_get_design (win);
  StencilCanvas *canvas = stencil_window_get_canvas (win);
  StencilLandDialog *dialog;
  gpointer weak_dialog;
  GtkSpinButton *spin;
  g_autofree char *path = stencil_land_file_user_path ("AXK7L40223G");
  g_autofree char *design_path = g_build_filename (g_get_user_data_dir (), "land.stencilcalc",
                                                   NULL);
  g_autoptr(GFile) design_file = g_file_new_for_path (design_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilPattern) saved = NULL;
  StencilResult *result;
  const char *notice;

  /* Tests run with their own XDG_DATA_HOME (see main ()). */
  g_assert_true (g_str_has_prefix (path, g_get_user_data_dir ()));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  gtk_window_present (GTK_WINDOW (win));
  wait_for (is_allocated, canvas);
  g_assert_cmpstr (stencil_design_get_part_number (design), ==, "AXK7L40223G");
  g_assert_null (stencil_design_get_land_source (design));
  g_assert_true (gtk_widget_get_visible (stencil_window_get_notice_bar (win)));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (stencil_window_get_notice_label (win)),
                                   "Provisional land pattern"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (
                     stencil_window_get_land_row (win))), ==, "Provisional estimate");

  gtk_widget_activate_action (GTK_WIDGET (win), "win.edit-land-pattern", NULL);
  dialog = stencil_window_open_land_dialog (win);   /* the one the action opened */
  g_assert_nonnull (dialog);
  weak_dialog = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak_dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_false (gtk_widget_get_sensitive (stencil_land_dialog_get_reset_button (dialog)));
  assert_land_dialog_fields (dialog);

  /* Every value of the spec is there, with the estimate's numbers. */
  g_assert_cmpfloat (gtk_spin_button_get_value (stencil_land_dialog_get_spin (dialog,
                     "terminal.w_mm")), ==, 0.23);
  g_assert_cmpfloat (gtk_spin_button_get_value (stencil_land_dialog_get_spin (dialog,
                     "terminal.row_y_mm")), ==, 1.85);
  g_assert_cmpfloat (gtk_spin_button_get_value (stencil_land_dialog_get_spin (dialog,
                     "soldering.x_mm")), ==, 4.5);
  g_assert_cmpfloat (gtk_spin_button_get_value (stencil_land_dialog_get_spin (dialog,
                     "body.w_mm")), ==, 10.4);
  g_assert_nonnull (stencil_land_dialog_get_spin (dialog, "terminal.h_mm"));
  g_assert_nonnull (stencil_land_dialog_get_spin (dialog, "soldering.w_mm"));
  g_assert_nonnull (stencil_land_dialog_get_spin (dialog, "soldering.h_mm"));
  g_assert_nonnull (stencil_land_dialog_get_spin (dialog, "soldering.y_mm"));
  g_assert_nonnull (stencil_land_dialog_get_spin (dialog, "body.h_mm"));
  g_assert_null (stencil_land_dialog_get_message (dialog));

  /* A width the engine refuses: its message, and no Apply. */
  spin = stencil_land_dialog_get_spin (dialog, "terminal.w_mm");
  gtk_spin_button_set_value (spin, 0.45);
  g_assert_nonnull (stencil_land_dialog_get_message (dialog));
  g_assert_nonnull (strstr (stencil_land_dialog_get_message (dialog),
                            "must be smaller than the pitch"));
  g_assert_false (gtk_widget_get_sensitive (stencil_land_dialog_get_apply_button (dialog)));
  /* Soldering pads pushed onto the rows: refused as well. */
  gtk_spin_button_set_value (spin, 0.3);
  gtk_spin_button_set_value (stencil_land_dialog_get_spin (dialog, "soldering.x_mm"), 3.8);
  gtk_spin_button_set_value (stencil_land_dialog_get_spin (dialog, "soldering.y_mm"), 1.85);
  g_assert_nonnull (strstr (stencil_land_dialog_get_message (dialog), "touches pad"));
  gtk_spin_button_set_value (stencil_land_dialog_get_spin (dialog, "soldering.x_mm"), 4.5);
  gtk_spin_button_set_value (stencil_land_dialog_get_spin (dialog, "soldering.y_mm"), 0);
  gtk_spin_button_set_value (stencil_land_dialog_get_spin (dialog, "terminal.h_mm"), 0.8);
  g_assert_null (stencil_land_dialog_get_message (dialog));
  g_assert_true (gtk_widget_get_sensitive (stencil_land_dialog_get_apply_button (dialog)));
  gtk_editable_set_text (GTK_EDITABLE (stencil_land_dialog_get_source_row (dialog)), user_source);
  /* Nothing changes before Apply. */
  g_assert_null (stencil_design_get_land_source (design));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_signal_emit_by_name (stencil_land_dialog_get_apply_button (dialog), "clicked");
  wait_for (is_null, &weak_dialog);

  /* The window shows the engine's result for the user's pads. */
  g_assert_cmpstr (stencil_design_get_land_source (design), ==, user_source);
  result = stencil_design_get_result (design);
  g_assert_nonnull (result);
  g_assert_false (result->pattern->provisional);
  g_assert_cmpfloat (stencil_pattern_get_pad (result->pattern, 0)->w_mm, ==, 0.3);
  g_assert_cmpfloat (stencil_pattern_get_pad (result->pattern, 0)->h_mm, ==, 0.8);
  g_assert_cmpfloat (result->classes[0].pad_w_mm, ==, 0.3);
  {
    g_autoptr(StencilPattern) pattern = NULL;
    g_autoptr(StencilResult) expected = NULL;
    StencilLandSpec spec = result->pattern->spec;
    StencilCalcParams params = result->params;

    pattern = stencil_pattern_new_user (result->pattern->part, &spec, user_source, &error);
    g_assert_no_error (error);
    expected = stencil_calculate (pattern, &params, &error);
    g_assert_no_error (error);
    g_assert_cmpfloat (result->classes[0].aperture.h_mm, ==, expected->classes[0].aperture.h_mm);
    g_assert_cmpfloat (result->classes[0].aperture.h_mm, <, 0.8);
  }
  g_assert_true (gtk_widget_get_visible (stencil_window_get_notice_bar (win)));
  notice = gtk_label_get_text (stencil_window_get_notice_label (win));
  g_assert_cmpstr (notice, ==, "User land pattern: Panasonic drawing rev. 2024-03");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (
                     stencil_window_get_land_row (win))), ==, "Your own pattern");
  g_assert_cmpstr (adw_action_row_get_subtitle (stencil_window_get_land_row (win)), ==,
                   user_source);

  /* Kept in the design, not in a file of the part: saved with the design through the engine's
   * writer, and read back by its reader (what calc --design reads). */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (stencil_window_save_to_file (win, design_file, &error));
  g_assert_no_error (error);
  {
    g_autoptr(StencilDocument) doc = stencil_document_load (catalog, design_path, &error);

    g_assert_no_error (error);
    saved = stencil_pattern_ref (stencil_document_get_pattern (doc));
  }
  g_assert_cmpstr (saved->source, ==, user_source);
  g_assert_cmpfloat (saved->spec.terminal_w_mm, ==, 0.3);
  g_assert_cmpfloat (saved->spec.terminal_h_mm, ==, 0.8);

  /* Exported Gerber says whose pattern it is. */
  {
    g_autofree char *gbr = g_build_filename (g_get_user_data_dir (), "user.gbr", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (gbr);
    g_autofree char *text = NULL;

    g_assert_true (stencil_window_export_to_file (win, STENCIL_EXPORT_GERBER, file, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (gbr, &text, NULL, NULL));
    g_assert_nonnull (strstr (text, "G04 Land pattern: user-defined (Panasonic drawing rev. "
                                    "2024-03)*"));
    g_assert_null (strstr (text, "Provisional"));
    g_unlink (gbr);
  }
  destroy_window (win);

  check_land_pattern_saved (path, design_file);
  g_file_delete (design_file, NULL, NULL);
}

/* Import and export of land pattern files (what the file chooser hands over), and the file of
 * an earlier version, offered for import. */
static void
test_window_land_files (void)
{
  StencilWindow *win = create_window ();
  StencilDesign *design = stencil_window_get_design (win);
  g_autofree char *dir = g_dir_make_tmp ("stencilcalc-land-XXXXXX", NULL);
  g_autofree char *exported = g_build_filename (dir, "estimate.json", NULL);
  g_autofree char *edited = g_build_filename (dir, "edited.json", NULL);
  g_autofree char *path = stencil_land_file_user_path ("AXK7L40223G");
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(GFile) exported_file = g_file_new_for_path (exported);
  g_autoptr(GFile) edited_file = g_file_new_for_path (edited);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GString) changed = NULL;

  g_assert_true (stencil_design_export_land (design, exported_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (exported, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "\"source\" : \"\""));
  g_assert_nonnull (strstr (text, "provisional estimate"));

  changed = g_string_new (text);
  g_assert_cmpuint (g_string_replace (changed, "\"source\" : \"\"", "\"source\" : \"drawing B\"",
                                     1), ==, 1);
  g_assert_cmpuint (g_string_replace (changed, "\"w_mm\" : 0.23", "\"w_mm\" : 0.2", 1), ==, 1);
  g_assert_true (g_file_set_contents (edited, changed->str, -1, NULL));

  /* A file for another part is refused and nothing changes. */
  g_assert_true (stencil_design_set_part_number (design, "AXK8L40124BG", &error));
  g_assert_false (stencil_design_import_land (design, edited_file, &error));
  g_assert_nonnull (strstr (error->message, "edited.json: this land pattern is for part "
                                            "AXK7L40223G, not AXK8L40124BG"));
  g_clear_error (&error);
  g_assert_null (stencil_design_get_land_source (design));

  g_assert_true (stencil_design_set_part_number (design, "AXK7L40223G", &error));
  g_assert_true (stencil_design_import_land (design, edited_file, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (stencil_design_get_land_source (design), ==, "drawing B");
  g_assert_cmpfloat (stencil_design_get_result (design)->classes[0].pad_w_mm, ==, 0.2);
  /* Into the design only: no file of the part is written. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  /* The estimate exported and imported unedited stays the provisional estimate. */
  g_assert_true (stencil_design_import_land (design, exported_file, &error));
  g_assert_no_error (error);
  g_assert_null (stencil_design_get_land_source (design));
  g_assert_true (stencil_design_get_result (design)->pattern->provisional);
  stencil_design_set_unmodified (design);
  destroy_window (win);

  /* A file an earlier version kept for the part: never used by itself, only offered; broken
   * by hand, its import says why and the estimate stays. */
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "{ \"format\": 1, \"part\": \"AXK7L40223G\" }", -1,
                                      &error));
  win = create_window ();
  design = stencil_window_get_design (win);
  g_assert_null (stencil_design_get_land_source (design));
  g_assert_true (stencil_design_get_result (design)->pattern->provisional);
  g_assert_cmpstr (stencil_design_get_stored_land_file (design), ==, path);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (stencil_window_get_stored_land_row (win))));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (stencil_window_get_stored_land_row (win)),
                            "AXK7L40223G.json"));
  gtk_widget_activate_action (GTK_WIDGET (win), "win.import-stored-land-pattern", NULL);
  g_assert_nonnull (strstr (stencil_window_get_last_toast (win), "AXK7L40223G.json"));
  g_assert_nonnull (strstr (stencil_window_get_last_toast (win), "“terminal” is missing"));
  g_assert_null (stencil_design_get_land_source (design));
  /* A good one: Use It brings it into the design. */
  g_assert_true (g_file_set_contents (path, changed->str, -1, &error));
  gtk_widget_activate_action (GTK_WIDGET (win), "win.import-stored-land-pattern", NULL);
  g_assert_cmpstr (stencil_design_get_land_source (design), ==, "drawing B");
  /* Another part has none: the row goes. */
  g_assert_true (stencil_design_set_part_number (design, "AXK8L40124BG", &error));
  g_assert_null (stencil_design_get_stored_land_file (design));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (stencil_window_get_stored_land_row (win))));
  stencil_design_set_unmodified (design);
  destroy_window (win);
  g_unlink (path);

  g_unlink (exported);
  g_unlink (edited);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* The user's land patterns go to XDG_DATA_HOME: a folder of this run's own, so that no
   * test reads the real user's files or leaves any behind. */
  {
    g_autofree char *data_home = g_dir_make_tmp ("stencilcalc-ui-data-XXXXXX", &error);

    g_assert_no_error (error);
    g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  }
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* The app's style sheet, as AdwApplication loads it for the app: the widgets' sizes are the
   * app's. */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, "/io/github/stencilcalc/StencilCalc/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  catalog = test_util_load_catalog ();

  g_test_add_func ("/window/results", test_window_results);
  g_test_add_func ("/window/limits", test_window_limits);
  g_test_add_func ("/window/thickness-units", test_window_thickness_units);
  g_test_add_func ("/window/sort", test_window_sort);
  g_test_add_func ("/window/export", test_window_export);
  g_test_add_func ("/window/export-identity", test_window_export_identity);
  g_test_add_func ("/window/canvas", test_window_canvas);
  g_test_add_func ("/window/canvas-text", test_window_canvas_text);
  g_test_add_func ("/window/error", test_window_error);
  g_test_add_func ("/window/catalog-warning", test_window_catalog_warning);
  g_test_add_func ("/window/settings", test_window_settings);
  g_test_add_func ("/window/layers-and-toasts", test_window_layers_and_toasts);
  g_test_add_func ("/window/finalize", test_window_finalize);
  g_test_add_func ("/window/land-pattern", test_window_land_pattern);
  g_test_add_func ("/window/land-files", test_window_land_files);

  status = g_test_run ();
  g_clear_object (&catalog);
  {
    g_autofree char *lands = g_build_filename (g_get_user_data_dir (), "stencilcalc",
                                               "land-patterns", NULL);
    g_autofree char *app = g_path_get_dirname (lands);

    g_autofree char *recent = g_build_filename (g_get_user_data_dir (), "recently-used.xbel", NULL);
    g_rmdir (lands);
    g_rmdir (app);
    g_unlink (recent);   /* the design saved by the land-pattern test */
    g_rmdir (g_get_user_data_dir ());
  }
  return status;
}
