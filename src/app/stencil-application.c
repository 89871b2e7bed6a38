/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The application: command-line options (--part, --thickness), app actions and their
 * accelerators, the catalogue of connector families shared by its windows. */
#define G_LOG_DOMAIN "stencilcalc"

#include "config.h"

#include <glib/gi18n.h>

#include "stencil-application.h"
#include "stencil-limits.h"
#include "stencil-part.h"
#include "stencil-units.h"
#include "stencil-window.h"

struct _StencilApplication
{
  AdwApplication  parent_instance;

  StencilCatalog *catalog;
  char           *catalog_error;
  char           *pending_part;     /* from the command line, for the first window */
  double          pending_thickness_um;
};

G_DEFINE_FINAL_TYPE (StencilApplication, stencil_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "part", 'p', 0, G_OPTION_ARG_STRING, NULL,
    N_("Show this part, e.g. AXK7L40223G"), N_("PART") },
  { "thickness", 't', 0, G_OPTION_ARG_STRING, NULL,
    N_("Stencil thickness in micrometres, or with its unit: 127, 0.127mm, 5mil"), N_("UM") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
  { NULL }
};

/* The first Ctrl+? builds the shortcuts window and hands it to GTK, whose own
 * win.show-help-overlay takes this action's place (GTK adds it only when the name is free) and
 * shows it. */
static void
show_help_overlay_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      GtkWindow     *window)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource ("/io/github/stencilcalc/StencilCalc/ui/help-overlay.ui");

  g_action_map_remove_action (G_ACTION_MAP (window), "show-help-overlay");
  gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (window),
                                           GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder,
                                                                                  "help_overlay")));
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-help-overlay", NULL);
}

static StencilWindow *
new_window (StencilApplication *self)
{
  GtkWindow *window;
  g_autoptr(GSimpleAction) action = NULL;

  window = GTK_WINDOW (stencil_window_new (ADW_APPLICATION (self), self->catalog));
  /* The shortcuts window is built when it is first asked for, not at start-up. */
  action = g_simple_action_new ("show-help-overlay", NULL);
  g_signal_connect_object (action, "activate", G_CALLBACK (show_help_overlay_cb), window, 0);
  g_action_map_add_action (G_ACTION_MAP (window), G_ACTION (action));
  if (self->catalog_error != NULL)
    stencil_window_show_error (STENCIL_WINDOW (window), _("No Connector Data"),
                               self->catalog_error);
  return STENCIL_WINDOW (window);
}

static StencilWindow *
get_window (StencilApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (STENCIL_IS_WINDOW (window))
    return STENCIL_WINDOW (window);
  return new_window (self);
}

/* Applies a part number and thickness (from the command line) to a window. */
static void
show_part (StencilWindow *window,
           const char    *part_number,
           double         thickness_um)
{
  StencilDesign *design = stencil_window_get_design (window);
  gboolean pristine = stencil_window_is_pristine (window);

  if (part_number != NULL && *part_number != '\0')
    {
      g_autoptr(GError) error = NULL;

      /* The whole message, with the nearest part numbers: a dialog, not a toast cut short. */
      if (!stencil_design_set_part_number (design, part_number, &error))
        stencil_window_show_error (window, _("Unknown Part"), error->message);
    }
  if (thickness_um > 0)
    stencil_design_set_thickness_um (design, thickness_um);
  /* A new window started on that part has nothing unsaved yet. */
  if (pristine)
    stencil_design_set_unmodified (design);
}

static void
show_part_action_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  StencilApplication *self = user_data;
  const char *part_number;
  double thickness_um;
  StencilWindow *window;

  g_variant_get (parameter, "(&sd)", &part_number, &thickness_um);
  window = get_window (self);
  show_part (window, part_number, thickness_um);
  gtk_window_present (GTK_WINDOW (window));
}

static void
about_action_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = user_data;
  static const char *developers[] = { "The Stencil Calc developers", NULL };
  GtkWidget *about;

  about = adw_about_window_new ();
  g_object_set (about,
                "transient-for", gtk_application_get_active_window (app),
                "application-name", PACKAGE_NAME,
                "application-icon", APPLICATION_ID,
                "version", PACKAGE_VERSION,
                "developer-name", _("The Stencil Calc developers"),
                "developers", developers,
                "website", "https://github.com/stencilcalc/stencilcalc",
                "issue-url", "https://github.com/stencilcalc/stencilcalc/issues",
                "license-type", GTK_LICENSE_GPL_3_0,
                "comments", _("Solder-paste stencil apertures from the manufacturer’s "
                              "opening ratios, checked against IPC-7525.\n\n"
                              "The F4 land pattern is a provisional estimate of this project: "
                              "check it against the manufacturer’s current drawing."),
                "translator-credits", _("translator-credits"),
                NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkApplication *app = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (app));

  /* Closing the windows saves their size in their close-request handler, and asks about
   * unsaved changes; the application ends with its last window. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static const GActionEntry app_actions[] = {
  { "about", about_action_cb },
  { "quit", quit_action_cb },
  { "show-part", show_part_action_cb, "(sd)" },
};

static int
stencil_application_handle_local_options (GApplication *app,
                                          GVariantDict *options)
{
  StencilApplication *self = STENCIL_APPLICATION (app);
  g_autoptr(GError) error = NULL;
  const char *part = NULL;
  const char *thickness = NULL;
  double thickness_um = 0;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }
  g_variant_dict_lookup (options, "part", "&s", &part);
  /* A number of µm, with the locale's decimal separator or a point, or with its unit. */
  if (g_variant_dict_lookup (options, "thickness", "&s", &thickness) &&
      (!stencil_parse_thickness (thickness, &thickness_um, NULL, &error) ||
       !stencil_limit_check (STENCIL_LIMIT_THICKNESS, thickness_um, &error)))
    {
      g_printerr ("--thickness: %s\n", error->message);
      return 1;
    }

  if (!g_application_register (app, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (g_application_get_is_remote (app))
    {
      /* Another instance runs: it shows the part. */
      if (part != NULL || thickness_um > 0)
        {
          g_action_group_activate_action (G_ACTION_GROUP (app), "show-part",
                                          g_variant_new ("(sd)", part != NULL ? part : "",
                                                         thickness_um));
          return 0;
        }
      return -1;
    }
  g_free (self->pending_part);
  self->pending_part = g_strdup (part);
  self->pending_thickness_um = thickness_um;
  return -1;
}

static void
stencil_application_startup (GApplication *app)
{
  StencilApplication *self = STENCIL_APPLICATION (app);
  g_autoptr(GError) error = NULL;
  static const struct {
    const char *action;
    const char *accels[4];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.save", { "<Control>s", NULL } },
    { "win.save-as", { "<Control><Shift>s", NULL } },
    { "win.export-gerber", { "<Control>e", NULL } },
    { "win.export-pdf", { "<Control><Shift>e", NULL } },
    { "win.export-image", { "<Control><Alt>e", NULL } },
    { "win.print", { "<Control>p", NULL } },
    { "win.zoom-in", { "<Control>plus", "<Control>equal", "<Control>KP_Add", NULL } },
    { "win.zoom-out", { "<Control>minus", "<Control>KP_Subtract", NULL } },
    { "win.zoom-fit", { "<Control>0", "<Control>KP_0", NULL } },
    { "win.copy-part-number", { "<Control><Shift>c", NULL } },
    { "win.use-max-thickness", { "<Control>m", NULL } },
    { "win.edit-land-pattern", { "<Control>l", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
  };

  G_APPLICATION_CLASS (stencil_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions),
                                   app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action,
                                           accels[i].accels);

  self->catalog = stencil_catalog_new ();
  if (!stencil_catalog_load_default (self->catalog, &error))
    self->catalog_error = g_strdup (error->message);
}

/* STENCILCALC_BENCH_FIRST_FRAME=1: quit once the first frame has been painted, so that
 * build-aux/bench can time the start-up as a whole process (against bench/bench-bare-window.c,
 * which quits the same way). */
static void
bench_after_paint_cb (GdkFrameClock *clock,
                      GtkWidget     *window)
{
  g_signal_handlers_disconnect_by_func (clock, bench_after_paint_cb, window);
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
}

static void
bench_map_cb (GtkWidget *window)
{
  g_signal_handlers_disconnect_by_func (window, bench_map_cb, NULL);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (bench_after_paint_cb), window);
}

static void
stencil_application_activate (GApplication *app)
{
  StencilApplication *self = STENCIL_APPLICATION (app);
  StencilWindow *window = get_window (self);
  g_autofree char *part = g_steal_pointer (&self->pending_part);

  show_part (window, part, self->pending_thickness_um);
  self->pending_thickness_um = 0;
  if (g_strcmp0 (g_getenv ("STENCILCALC_BENCH_FIRST_FRAME"), "1") == 0
      && !gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_signal_connect (window, "map", G_CALLBACK (bench_map_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

/* A window for a design file: the active one while it holds a new design nobody changed,
 * else a new one (the changes of the others stay where they are). */
static void
stencil_application_open (GApplication  *app,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  StencilApplication *self = STENCIL_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      StencilWindow *window = get_window (self);

      if (!stencil_window_is_pristine (window))
        window = new_window (self);
      stencil_window_open_file (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
  g_clear_pointer (&self->pending_part, g_free);
  self->pending_thickness_um = 0;
}

static void
stencil_application_finalize (GObject *object)
{
  StencilApplication *self = STENCIL_APPLICATION (object);

  g_clear_object (&self->catalog);
  g_clear_pointer (&self->catalog_error, g_free);
  g_clear_pointer (&self->pending_part, g_free);

  G_OBJECT_CLASS (stencil_application_parent_class)->finalize (object);
}

static void
stencil_application_class_init (StencilApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = stencil_application_finalize;
  app_class->handle_local_options = stencil_application_handle_local_options;
  app_class->startup = stencil_application_startup;
  app_class->activate = stencil_application_activate;
  app_class->open = stencil_application_open;
}

static void
stencil_application_init (StencilApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  /* TRANSLATORS: the command line's arguments: design files (.stencilcalc) to open. */
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Design solder-paste stencil apertures."));
}

StencilApplication *
stencil_application_new (void)
{
  return g_object_new (STENCIL_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/stencilcalc/StencilCalc",
                       NULL);
}
