/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window on the common laptop screens, 1024x700 and 1280x800 (and a narrower 800x700), in
 * English, German and Japanese: it fits, every main control is inside it (the side panel is
 * shown beside the drawing, or one click away when it folds), the results summary is whole in
 * view, and the error state shows its message as a readable block. Runs under Xvfb. */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "stencil-results-panel-private.h"
#include "stencil-window-private.h"
#include "test-util.h"

static StencilCatalog *catalog;

static const struct
{
  const char *locale;     /* NULL: the C locale, untranslated */
  const char *language;
} languages[] = {
  { NULL, "en" },
  { "de_DE.UTF-8", "de" },
  { "ja_JP.UTF-8", "ja" },
};

static const struct
{
  int width, height;
} sizes[] = {
  { 1024, 700 },
  { 1280, 800 },
  { 800, 700 },     /* narrower than the issue asks: the side panel folds */
};

/* The messages and the locale of one language (the build tree's catalogues). */
static gboolean
use_language (guint l)
{
  if (languages[l].locale == NULL)
    {
      g_unsetenv ("LANGUAGE");
      setlocale (LC_ALL, "C.UTF-8");
      return TRUE;
    }
  g_setenv ("LANGUAGE", languages[l].language, TRUE);
  if (setlocale (LC_ALL, languages[l].locale) == NULL)
    {
      g_test_fail_printf ("the locale %s cannot be set (LOCPATH=%s): run through meson test",
                          languages[l].locale, g_getenv ("LOCPATH"));
      return FALSE;
    }
  return TRUE;
}

/* Lets GTK lay out and draw for a while. */
static void
settle (void)
{
  gint64 end = g_get_monotonic_time () + 300 * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static StencilWindow *
open_window (int width,
             int height)
{
  StencilWindow *win;
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "window-maximized");
  win = g_object_ref (stencil_window_new (NULL, catalog));
  /* 127 µm: the terminal apertures are marginal, so that a warning takes its lines too. */
  stencil_design_set_thickness_um (stencil_window_get_design (win), 127);
  g_assert_cmpuint (stencil_design_get_result (stencil_window_get_design (win))->warnings->len,
                    >=, 2);
  gtk_window_set_default_size (GTK_WINDOW (win), width, height);
  gtk_window_present (GTK_WINDOW (win));
  while ((!gtk_widget_get_mapped (GTK_WIDGET (win)) ||
          gtk_widget_get_width (GTK_WIDGET (win)) < 100) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  settle ();
  return win;
}

static void
close_window (StencilWindow *win)
{
  gtk_window_destroy (GTK_WINDOW (win));
  g_object_unref (win);
  settle ();
}

/* The first widget under root (depth first) of the type, or with the action, or NULL. */
static GtkWidget *
find_widget (GtkWidget  *root,
             GType       type,
             const char *action_name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          (action_name == NULL ||
           (GTK_IS_ACTIONABLE (child) &&
            g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)),
                       action_name) == 0)))
        return child;
      found = find_widget (child, type, action_name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The header bar's window buttons (minimize, maximize, close): the controls that hold any. */
static GtkWidget *
find_window_controls (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_WINDOW_CONTROLS (child) &&
          !gtk_window_controls_get_empty (GTK_WINDOW_CONTROLS (child)))
        return child;
      found = find_window_controls (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* With STENCILCALC_LAYOUT_SHOTS=DIR, the window as drawn goes to DIR/NAME.png, to look at. */
static void
save_shot (StencilWindow *win,
           const char    *name)
{
  const char *dir = g_getenv ("STENCILCALC_LAYOUT_SHOTS");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  int w = gtk_widget_get_width (GTK_WIDGET (win));
  int h = gtk_widget_get_height (GTK_WIDGET (win));

  if (dir == NULL || *dir == '\0')
    return;
  paintable = gtk_widget_paintable_new (GTK_WIDGET (win));
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), w, h);
  node = gtk_snapshot_to_node (snapshot);
  if (node == NULL)
    return;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (win)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, w, h));
  file = g_strdup_printf ("%s.png", name);
  path = g_build_filename (dir, file, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* A control a user must reach: shown, and wholly inside the window. */
static void
assert_inside (StencilWindow *win,
               GtkWidget     *widget,
               const char    *what,
               const char    *where)
{
  graphene_rect_t bounds;
  int w = gtk_widget_get_width (GTK_WIDGET (win));
  int h = gtk_widget_get_height (GTK_WIDGET (win));

  if (widget == NULL)
    g_error ("%s: no %s", where, what);
  if (!gtk_widget_get_mapped (widget) || !gtk_widget_compute_bounds (widget, GTK_WIDGET (win),
                                                                     &bounds))
    g_error ("%s: %s is not shown", where, what);
  if (bounds.origin.x < -0.5 || bounds.origin.y < -0.5 ||
      bounds.origin.x + bounds.size.width > w + 0.5 ||
      bounds.origin.y + bounds.size.height > h + 0.5 ||
      bounds.size.width < 1 || bounds.size.height < 1)
    g_error ("%s: %s at %.0f,%.0f %.0fx%.0f is not inside the %dx%d window", where, what,
             bounds.origin.x, bounds.origin.y, bounds.size.width, bounds.size.height, w, h);
}

static void
assert_layout (StencilWindow *win,
               int            width,
               int            height,
               const char    *where)
{
  GtkWidget *root = GTK_WIDGET (win);
  AdwFlap *flap = stencil_window_get_side_flap (win);
  const char *actions[] = { "win.export-gerber", "win.zoom-in", "win.zoom-out", "win.zoom-fit" };
  GtkWidget *canvas = GTK_WIDGET (stencil_window_get_canvas (win));

  /* The window takes the screen it is given, not more. */
  if (gtk_widget_get_width (root) > width || gtk_widget_get_height (root) > height)
    g_error ("%s: the window is %dx%d, larger than the %dx%d screen", where,
             gtk_widget_get_width (root), gtk_widget_get_height (root), width, height);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    assert_inside (win, find_widget (root, GTK_TYPE_BUTTON, actions[i]), actions[i], where);
  assert_inside (win, find_widget (root, GTK_TYPE_MENU_BUTTON, NULL), "the main menu", where);
  assert_inside (win, find_window_controls (root), "the window controls", where);
  assert_inside (win, GTK_WIDGET (stencil_window_get_side_toggle (win)), "the side panel button",
                 where);
  assert_inside (win, canvas, "the drawing", where);
  if (gtk_widget_get_width (canvas) < 400 || gtk_widget_get_height (canvas) < 200)
    g_error ("%s: the drawing is only %dx%d", where, gtk_widget_get_width (canvas),
             gtk_widget_get_height (canvas));
  assert_inside (win, GTK_WIDGET (stencil_window_get_results_panel (win)), "the results", where);
  assert_inside (win, stencil_results_panel_get_summary (stencil_window_get_results_panel (win)),
                 "the results summary", where);
  assert_inside (win,
                 stencil_results_panel_get_warnings_label (stencil_window_get_results_panel (win)),
                 "the warnings", where);

  /* The side panel: beside the drawing on the laptop screens, one click away when the window
   * is too narrow for both. */
  if (width >= 1024 && adw_flap_get_folded (flap))
    g_error ("%s: the side panel is folded away", where);
  if (!adw_flap_get_reveal_flap (flap))
    {
      g_assert_true (adw_flap_get_folded (flap));
      gtk_toggle_button_set_active (stencil_window_get_side_toggle (win), TRUE);
      settle ();
      g_assert_true (adw_flap_get_reveal_flap (flap));
    }
  else
    {
      /* F9 hides it and shows it again; the toggle follows. */
      gtk_widget_activate_action (GTK_WIDGET (win), "win.toggle-side-panel", NULL);
      g_assert_false (adw_flap_get_reveal_flap (flap));
      g_assert_false (gtk_toggle_button_get_active (stencil_window_get_side_toggle (win)));
      gtk_widget_activate_action (GTK_WIDGET (win), "win.toggle-side-panel", NULL);
      g_assert_true (adw_flap_get_reveal_flap (flap));
      settle ();
    }
  assert_inside (win, GTK_WIDGET (stencil_window_get_thickness_spin (win)), "the thickness",
                 where);
  assert_inside (win, GTK_WIDGET (stencil_window_get_contacts_row (win)), "the contacts", where);
}

/* The error state (a corner radius larger than half an aperture): the message is a block of
 * lines a person reads, not a column of single letters. */
static void
assert_error_readable (StencilWindow *win,
                       const char    *where,
                       const char    *shot)
{
  StencilDesign *design = stencil_window_get_design (win);
  GtkWidget *message = stencil_results_panel_get_error_label (stencil_window_get_results_panel (win));
  int w, h;

  stencil_design_set_corner_radius_mm (design, STENCIL_CORNER_RADIUS_MAX_MM);
  settle ();
  save_shot (win, shot);
  g_assert_null (stencil_design_get_result (design));
  assert_inside (win, message, "the error message", where);
  w = gtk_widget_get_width (message);
  h = gtk_widget_get_height (message);
  if (w < 240)
    g_error ("%s: the error message is only %d px wide (%d px high)", where, w, h);
  stencil_design_set_corner_radius_mm (design, 0);
  settle ();
  g_assert_nonnull (stencil_design_get_result (design));
}

static void
test_layout (void)
{
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      if (!use_language (l))
        return;
      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        {
          g_autofree char *where = g_strdup_printf ("%s, %dx%d", languages[l].language,
                                                    sizes[s].width, sizes[s].height);
          StencilWindow *win = open_window (sizes[s].width, sizes[s].height);

          g_autofree char *shot = g_strdup_printf ("%s-%dx%d", languages[l].language,
                                                   sizes[s].width, sizes[s].height);
          g_autofree char *error_shot = g_strconcat (shot, "-error", NULL);

          save_shot (win, shot);
          assert_layout (win, sizes[s].width, sizes[s].height, where);
          assert_error_readable (win, where, error_shot);
          close_window (win);
        }
    }
  use_language (0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("STENCILCALC_TEST_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* The app's style sheet, as AdwApplication loads it: it makes some widgets narrower. */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, "/io/github/stencilcalc/StencilCalc/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
  catalog = test_util_load_catalog ();

  g_test_add_func ("/window-layout/sizes-and-languages", test_layout);

  status = g_test_run ();
  g_clear_object (&catalog);
  return status;
}
