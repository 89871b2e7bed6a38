/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The application as it starts: one window, the shortcuts window built only when first asked
 * for (and shown then, and again), and the first-frame benchmark mode that quits by itself. */
#include "config.h"

#include <adwaita.h>

#include "stencil-application.h"
#include "stencil-window.h"

static GtkWindow *
find_shortcuts_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* owned by GTK */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_SHORTCUTS_WINDOW (window))
        return window;
    }
  return NULL;
}

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
activate_cb (GApplication *app,
             gboolean     *done)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  GtkWindow *shortcuts;

  g_assert_true (STENCIL_IS_WINDOW (window));
  iterate ();
  /* Not built at start-up. */
  g_assert_null (find_shortcuts_window ());
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "show-help-overlay"));

  g_action_group_activate_action (G_ACTION_GROUP (window), "show-help-overlay", NULL);
  iterate ();
  shortcuts = find_shortcuts_window ();
  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  g_assert_true (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window))
                 == GTK_SHORTCUTS_WINDOW (shortcuts));

  /* The second time it is GTK's own action, with the same window. */
  gtk_window_close (shortcuts);
  iterate ();
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-help-overlay", NULL);
  iterate ();
  g_assert_true (find_shortcuts_window () == shortcuts);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));

  *done = TRUE;
  g_application_quit (app);
}

static void
test_help_overlay (void)
{
  g_autoptr(StencilApplication) app = stencil_application_new ();
  gboolean done = FALSE;
  char *argv[] = { (char *) "stencilcalc", NULL };

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (activate_cb), &done);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 1, argv), ==, 0);
  g_assert_true (done);
}

/* STENCILCALC_BENCH_FIRST_FRAME=1: the application quits on its own after the first frame. */
static gboolean
timeout_cb (gpointer data)
{
  g_error ("the first-frame mode did not quit within 30 s");
  return G_SOURCE_REMOVE;
}

static void
test_first_frame_mode (void)
{
  g_autoptr(StencilApplication) app = stencil_application_new ();
  char *argv[] = { (char *) "stencilcalc", NULL };
  guint timeout;

  g_setenv ("STENCILCALC_BENCH_FIRST_FRAME", "1", TRUE);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  timeout = g_timeout_add_seconds (30, timeout_cb, NULL);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 1, argv), ==, 0);
  g_source_remove (timeout);
  g_unsetenv ("STENCILCALC_BENCH_FIRST_FRAME");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/application/help-overlay", test_help_overlay);
  g_test_add_func ("/application/first-frame-mode", test_first_frame_mode);

  return g_test_run ();
}
