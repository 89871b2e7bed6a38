/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The floor for start-up: an application with one empty window and a header bar that quits
 * once its first frame has been painted. Built twice: bench-bare-gtk (GtkApplication and
 * GtkApplicationWindow) and, with BARE_ADW, bench-bare-adw (AdwApplication and
 * AdwApplicationWindow, as Stencil Calc's window is). Timed as a whole process by
 * build-aux/bench, against `stencilcalc` started with STENCILCALC_BENCH_FIRST_FRAME=1. */
#include "config.h"

#ifdef BARE_ADW
#include <adwaita.h>
#else
#include <gtk/gtk.h>
#endif

/* Stencil Calc's default window size (the gschema's window-width and window-height). */
#define WIDTH  1360
#define HEIGHT 860

static void
after_paint_cb (GdkFrameClock *clock,
                GtkWidget     *window)
{
  /* The first frame has been drawn and handed to the display: done. */
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, window);
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
}

static void
map_cb (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), window);
}

static void
activate_cb (GApplication *app)
{
  GtkWidget *window;

#ifdef BARE_ADW
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  window = adw_application_window_new (GTK_APPLICATION (app));
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
#else
  window = gtk_application_window_new (GTK_APPLICATION (app));
  gtk_window_set_titlebar (GTK_WINDOW (window), gtk_header_bar_new ());
#endif
  gtk_window_set_title (GTK_WINDOW (window), "Bare window");
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  g_signal_connect (window, "map", G_CALLBACK (map_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) app = NULL;

#ifdef BARE_ADW
  app = GTK_APPLICATION (adw_application_new ("io.github.stencilcalc.BenchBareAdw",
                                              G_APPLICATION_DEFAULT_FLAGS));
#else
  app = gtk_application_new ("io.github.stencilcalc.BenchBareGtk", G_APPLICATION_DEFAULT_FLAGS);
#endif
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
