/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Cairo backend of a scene: the screen, printing, PNG and SVG draw through it. */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <cairo-ft.h>
#include <math.h>

#include "stencil-fonts.h"
#include "stencil-palette.h"
#include "stencil-render-cairo.h"

void
stencil_render_options_init (StencilRenderOptions *options)
{
  g_return_if_fail (options != NULL);

  options->layers = STENCIL_LAYER_ALL;
  options->dark = FALSE;
}

/* The faces are made once for the process; cairo keeps their scaled fonts cached. DejaVu Sans
 * by name, the Japanese font by its file: the same files as the PDF's (stencil-fonts.h). */
static cairo_font_face_t *
get_font_face (StencilFont font,
               gboolean    bold)
{
  static cairo_font_face_t *faces[STENCIL_N_FONTS][2];
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      faces[STENCIL_FONT_LATIN][0] =
        cairo_toy_font_face_create ("DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                                    CAIRO_FONT_WEIGHT_NORMAL);
      faces[STENCIL_FONT_LATIN][1] =
        cairo_toy_font_face_create ("DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                                    CAIRO_FONT_WEIGHT_BOLD);
      for (guint b = 0; b < 2; b++)
        {
          const char *file = stencil_font_get_file (STENCIL_FONT_CJK, b);
          FcPattern *pattern;

          if (file == NULL)
            {
              faces[STENCIL_FONT_CJK][b] = cairo_font_face_reference (faces[STENCIL_FONT_LATIN][b]);
              continue;
            }
          /* No synthetic bold: it would widen the glyphs beyond the measured advances. */
          pattern = FcPatternCreate ();
          FcPatternAddString (pattern, FC_FILE, (const FcChar8 *) file);
          FcPatternAddInteger (pattern, FC_INDEX, 0);
          faces[STENCIL_FONT_CJK][b] = cairo_ft_font_face_create_for_pattern (pattern);
          FcPatternDestroy (pattern);
        }
      g_once_init_leave (&initialized, 1);
    }
  return faces[font][bold ? 1 : 0];
}

/* Shows a text from the current point in runs of one font each. */
static void
show_text (cairo_t                *cr,
           const StencilPrimitive *p)
{
  gboolean bold = (p->flags & STENCIL_PRIMITIVE_BOLD) != 0;
  StencilFont font;
  gsize len;

  for (const char *s = p->text; (len = stencil_font_next_run (s, &font)) > 0; s += len)
    {
      g_autofree char *run = g_strndup (s, len);

      cairo_set_font_face (cr, get_font_face (font, bold));
      cairo_set_font_size (cr, p->size_mm);
      cairo_show_text (cr, run);
    }
}

static void
path_rect (cairo_t                *cr,
           const StencilPrimitive *p)
{
  double r = p->r_mm;

  if (r <= 0)
    {
      cairo_rectangle (cr, p->x0, p->y0, p->x1 - p->x0, p->y1 - p->y0);
      return;
    }
  cairo_new_sub_path (cr);
  cairo_arc (cr, p->x1 - r, p->y0 + r, r, -G_PI / 2, 0);
  cairo_arc (cr, p->x1 - r, p->y1 - r, r, 0, G_PI / 2);
  cairo_arc (cr, p->x0 + r, p->y1 - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, p->x0 + r, p->y0 + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
set_rgb (cairo_t      *cr,
         const double *rgb)
{
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
}

static void
paint_path (cairo_t                  *cr,
            const StencilPrimitive   *p,
            const StencilStyleColors *colors)
{
  gboolean stroke = (p->flags & STENCIL_PRIMITIVE_STROKE) && p->line_width_mm > 0;

  if (p->flags & STENCIL_PRIMITIVE_FILL)
    {
      set_rgb (cr, colors->fill);
      if (stroke)
        cairo_fill_preserve (cr);
      else
        cairo_fill (cr);
    }
  if (stroke)
    {
      set_rgb (cr, colors->ink);
      cairo_set_line_width (cr, p->line_width_mm);
      if (p->flags & STENCIL_PRIMITIVE_DASHED)
        {
          double dashes[2] = { STENCIL_DASH_ON * p->line_width_mm,
                               STENCIL_DASH_OFF * p->line_width_mm };

          cairo_set_dash (cr, dashes, 2, 0);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
        }
      else
        cairo_stroke (cr);
    }
  cairo_new_path (cr);
}

void
stencil_render_cairo (cairo_t                    *cr,
                      StencilScene               *scene,
                      const StencilRenderOptions *options)
{
  StencilRenderOptions defaults;
  cairo_font_options_t *font_options;
  guint n;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (scene != NULL);

  if (options == NULL)
    {
      stencil_render_options_init (&defaults);
      options = &defaults;
    }

  cairo_save (cr);
  /* Unhinted advances: text is as wide as the scene laid it out, at any zoom. */
  font_options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_set_font_options (cr, font_options);
  cairo_font_options_destroy (font_options);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);

  n = stencil_scene_get_n_primitives (scene);
  for (guint i = 0; i < n; i++)
    {
      const StencilPrimitive *p = stencil_scene_get_primitive (scene, i);
      const StencilStyleColors *colors;

      if ((p->layer & options->layers) == 0)
        continue;
      colors = stencil_palette_get_colors (p->style, options->dark);

      switch (p->kind)
        {
        case STENCIL_PRIMITIVE_LINE:
          cairo_move_to (cr, p->x0, p->y0);
          cairo_line_to (cr, p->x1, p->y1);
          paint_path (cr, p, colors);
          break;

        case STENCIL_PRIMITIVE_RECT:
          path_rect (cr, p);
          paint_path (cr, p, colors);
          break;

        case STENCIL_PRIMITIVE_POLYLINE:
          if (p->n_points == 0)
            break;
          cairo_move_to (cr, p->points[0], p->points[1]);
          for (guint k = 1; k < p->n_points; k++)
            cairo_line_to (cr, p->points[2 * k], p->points[2 * k + 1]);
          if (p->flags & STENCIL_PRIMITIVE_CLOSED)
            cairo_close_path (cr);
          paint_path (cr, p, colors);
          break;

        case STENCIL_PRIMITIVE_TEXT:
          if (p->text == NULL || p->size_mm <= 0)
            break;
          set_rgb (cr, colors->ink);
          if (p->vertical)
            {
              cairo_save (cr);
              cairo_translate (cr, p->x0, p->y0);
              cairo_rotate (cr, -G_PI / 2);
              cairo_move_to (cr, 0, 0);
              show_text (cr, p);
              cairo_restore (cr);
            }
          else
            {
              cairo_move_to (cr, p->x0, p->y0);
              show_text (cr, p);
            }
          cairo_new_path (cr);
          break;

        default:
          break;
        }
    }
  cairo_restore (cr);
}
