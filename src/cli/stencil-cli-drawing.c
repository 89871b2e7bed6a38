/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The drawing exports of the CLI, loaded when first asked for: the engine's PDF, PNG and SVG
 * writers live in the module stencilcalc-drawing (cairo, libharu, fontconfig, libpng), so that
 * every other command starts without loading those libraries and what they load. */
#define G_LOG_DOMAIN "stencilcalc-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <gmodule.h>

#include "stencil-drawing.h"
#include "stencil-types.h"

typedef GBytes *(*GenerateFunc) (StencilResult * const      *results,
                                 guint                       n_results,
                                 const StencilDrawingOptions *options,
                                 GError                    **error);

typedef struct
{
  GenerateFunc pdf;
  GenerateFunc png;
  GenerateFunc svg;
} DrawingModule;

/* Next to the program in the build tree, so that a build works before `meson install`; else
 * the installed one. */
static char *
module_path (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *build_root = g_strconcat (BUILD_ROOT, G_DIR_SEPARATOR_S, NULL);
  const char *dir = PKGLIBDIR;

  if (exe != NULL && g_str_has_prefix (exe, build_root))
    dir = BUILD_ROOT G_DIR_SEPARATOR_S "src" G_DIR_SEPARATOR_S "cli";
  return g_module_build_path (dir, "stencilcalc-drawing");
}

/* Loaded once; a module that cannot be loaded is the reason every drawing fails, in the words
 * the drawings use for any other failure ("Could not draw the PNG image: ..."). */
static const DrawingModule *
load_module (const char  *what,
             GError     **error)
{
  static DrawingModule functions;
  static char *failure;   /* the loader's reason, should loading have failed once */
  static gsize loaded;

  if (g_once_init_enter (&loaded))
    {
      g_autofree char *path = module_path ();
      GModule *module = g_module_open (path, G_MODULE_BIND_LOCAL);

      if (module == NULL
          || !g_module_symbol (module, "stencil_drawing_generate_pdf", (gpointer *) &functions.pdf)
          || !g_module_symbol (module, "stencil_drawing_generate_png", (gpointer *) &functions.png)
          || !g_module_symbol (module, "stencil_drawing_generate_svg", (gpointer *) &functions.svg))
        failure = g_strdup (g_module_error ());   /* it names the file */
      else
        g_module_make_resident (module);
      g_once_init_leave (&loaded, 1);
    }
  if (failure != NULL)
    {
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_FAILED, _("Could not draw the %s: %s"), what,
                   failure);
      return NULL;
    }
  return &functions;
}

GBytes *
stencil_drawing_generate_pdf (StencilResult * const      *results,
                              guint                       n_results,
                              const StencilDrawingOptions *options,
                              GError                    **error)
{
  const DrawingModule *module = load_module ("PDF", error);

  return module != NULL ? module->pdf (results, n_results, options, error) : NULL;
}

GBytes *
stencil_drawing_generate_png (StencilResult * const      *results,
                              guint                       n_results,
                              const StencilDrawingOptions *options,
                              GError                    **error)
{
  const DrawingModule *module = load_module (_("PNG image"), error);

  return module != NULL ? module->png (results, n_results, options, error) : NULL;
}

GBytes *
stencil_drawing_generate_svg (StencilResult * const      *results,
                              guint                       n_results,
                              const StencilDrawingOptions *options,
                              GError                    **error)
{
  const DrawingModule *module = load_module (_("SVG image"), error);

  return module != NULL ? module->svg (results, n_results, options, error) : NULL;
}
