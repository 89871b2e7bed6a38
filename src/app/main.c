/* SPDX-License-Identifier: GPL-3.0-or-later */
/* stencilcalc: sets up the locale and the translations and runs StencilApplication. */
#define G_LOG_DOMAIN "stencilcalc"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "stencil-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(StencilApplication) app = NULL;
  /* Tests and screenshots run from the build tree point this at its po/ output. */
  const char *localedir = g_getenv ("STENCILCALC_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Stencil Calc"));
  app = stencil_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
