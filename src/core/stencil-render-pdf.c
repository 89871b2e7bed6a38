/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The libharu backend of a scene: PDF pages with their fonts embedded, drawn like the Cairo
 * backend draws them. */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "stencil-fonts.h"
#include "stencil-palette.h"
#include "stencil-render-pdf.h"
#include "stencil-types.h"

#define PT_PER_MM (72.0 / 25.4)
/* Control point distance of a quarter circle as a cubic Bezier curve. */
#define KAPPA 0.5522847498

/* Whether one of the scenes has text that the font draws. */
static gboolean
scenes_use_font (StencilScene * const *scenes,
                 guint                 n_scenes,
                 StencilFont           font)
{
  for (guint i = 0; i < n_scenes; i++)
    {
      guint n = stencil_scene_get_n_primitives (scenes[i]);

      for (guint k = 0; k < n; k++)
        {
          const StencilPrimitive *p = stencil_scene_get_primitive (scenes[i], k);
          StencilFont run_font;
          gsize len;

          if (p->kind != STENCIL_PRIMITIVE_TEXT || p->text == NULL)
            continue;
          for (const char *s = p->text; (len = stencil_font_next_run (s, &run_font)) > 0;
               s += len)
            if (run_font == font)
              return TRUE;
        }
    }
  return FALSE;
}

static HPDF_Font
load_font (HPDF_Doc     pdf,
           StencilFont  font,
           gboolean     bold,
           GError     **error)
{
  const char *path = stencil_font_get_file (font, bold);
  const char *name;
  HPDF_Font loaded;

  if (path == NULL)
    {
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_FAILED,
                   _("No TrueType font found for “%s” (install fonts-dejavu-core)"),
                   bold ? "DejaVu Sans:style=Bold" : "DejaVu Sans:style=Book");
      return NULL;
    }
  name = HPDF_LoadTTFontFromFile (pdf, path, HPDF_TRUE);
  if (name == NULL)
    {
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_FAILED,
                   _("Could not load the font “%s” into the PDF"), path);
      return NULL;
    }
  loaded = HPDF_GetFont (pdf, name, "UTF-8");
  if (loaded == NULL)
    g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_FAILED,
                 _("Could not use the font “%s” with UTF-8 in the PDF"), path);
  return loaded;
}

gboolean
stencil_render_pdf_load_fonts (HPDF_Doc              pdf,
                               StencilScene * const *scenes,
                               guint                 n_scenes,
                               StencilPdfFonts      *out,
                               GError              **error)
{
  memset (out, 0, sizeof *out);
  for (StencilFont f = 0; f < STENCIL_N_FONTS; f++)
    {
      /* A font no text uses stays out of the file; DejaVu Sans is always there. (A run is
       * only CJK when the CJK font was found: stencil_font_for_char.) */
      if (f != STENCIL_FONT_LATIN && !scenes_use_font (scenes, n_scenes, f))
        continue;
      for (guint bold = 0; bold < 2; bold++)
        {
          /* One weight only (IPAex Gothic): the bold text uses the same font. */
          if (bold && g_strcmp0 (stencil_font_get_file (f, TRUE),
                                 stencil_font_get_file (f, FALSE)) == 0 && out->font[f][0])
            {
              out->font[f][1] = out->font[f][0];
              continue;
            }
          out->font[f][bold] = load_font (pdf, f, bold, error);
          if (out->font[f][bold] == NULL)
            return FALSE;
        }
    }
  return TRUE;
}

/* Shows one text in runs of one font each: the text position advances from run to run. */
static void
show_text (HPDF_Page               page,
           const StencilPrimitive *p,
           const StencilPdfFonts  *fonts,
           double                  x_pt,
           double                  y_pt)
{
  guint bold = (p->flags & STENCIL_PRIMITIVE_BOLD) ? 1 : 0;
  gboolean first = TRUE;
  StencilFont font;
  gsize len;

  HPDF_Page_BeginText (page);
  for (const char *s = p->text; (len = stencil_font_next_run (s, &font)) > 0; s += len)
    {
      g_autofree char *run = g_strndup (s, len);
      HPDF_Font f = fonts->font[font][bold] != NULL ? fonts->font[font][bold]
                                                    : fonts->font[STENCIL_FONT_LATIN][bold];

      HPDF_Page_SetFontAndSize (page, f, p->size_mm * PT_PER_MM);
      if (first)
        {
          /* Vertical values read upwards: the text turned 90 degrees counter-clockwise. */
          if (p->vertical)
            HPDF_Page_SetTextMatrix (page, 0, 1, -1, 0, x_pt, y_pt);
          else
            HPDF_Page_SetTextMatrix (page, 1, 0, 0, 1, x_pt, y_pt);
          first = FALSE;
        }
      HPDF_Page_ShowText (page, run);
    }
  HPDF_Page_EndText (page);
}

typedef struct
{
  HPDF_Page page;
  double    height_mm;
} Target;

static double
px (double x_mm)
{
  return x_mm * PT_PER_MM;
}

static double
py (const Target *t,
    double        y_mm)
{
  return (t->height_mm - y_mm) * PT_PER_MM;
}

static void
path_rect (const Target           *t,
           const StencilPrimitive *p)
{
  double r = p->r_mm;
  double k = KAPPA * r;

  if (r <= 0)
    {
      HPDF_Page_Rectangle (t->page, px (p->x0), py (t, p->y1),
                           px (p->x1) - px (p->x0), py (t, p->y0) - py (t, p->y1));
      return;
    }
  /* Clockwise on the page from the top edge's left end, corners as Bezier quarter circles. */
  HPDF_Page_MoveTo (t->page, px (p->x0 + r), py (t, p->y0));
  HPDF_Page_LineTo (t->page, px (p->x1 - r), py (t, p->y0));
  HPDF_Page_CurveTo (t->page, px (p->x1 - r + k), py (t, p->y0), px (p->x1), py (t, p->y0 + r - k),
                     px (p->x1), py (t, p->y0 + r));
  HPDF_Page_LineTo (t->page, px (p->x1), py (t, p->y1 - r));
  HPDF_Page_CurveTo (t->page, px (p->x1), py (t, p->y1 - r + k), px (p->x1 - r + k), py (t, p->y1),
                     px (p->x1 - r), py (t, p->y1));
  HPDF_Page_LineTo (t->page, px (p->x0 + r), py (t, p->y1));
  HPDF_Page_CurveTo (t->page, px (p->x0 + r - k), py (t, p->y1), px (p->x0), py (t, p->y1 - r + k),
                     px (p->x0), py (t, p->y1 - r));
  HPDF_Page_LineTo (t->page, px (p->x0), py (t, p->y0 + r));
  HPDF_Page_CurveTo (t->page, px (p->x0), py (t, p->y0 + r - k), px (p->x0 + r - k), py (t, p->y0),
                     px (p->x0 + r), py (t, p->y0));
  HPDF_Page_ClosePath (t->page);
}

/* Colours, width and dash must be set before a path starts (PDF graphics modes). */
static void
prepare_paint (const Target             *t,
               const StencilPrimitive   *p,
               const StencilStyleColors *colors)
{
  if (p->flags & STENCIL_PRIMITIVE_FILL)
    HPDF_Page_SetRGBFill (t->page, colors->fill[0], colors->fill[1], colors->fill[2]);
  if ((p->flags & STENCIL_PRIMITIVE_STROKE) && p->line_width_mm > 0)
    {
      HPDF_Page_SetRGBStroke (t->page, colors->ink[0], colors->ink[1], colors->ink[2]);
      HPDF_Page_SetLineWidth (t->page, px (p->line_width_mm));
      if (p->flags & STENCIL_PRIMITIVE_DASHED)
        {
          /* 2.3.0 takes whole points. */
          HPDF_UINT16 dashes[2];

          dashes[0] = (HPDF_UINT16) MAX (1, lround (STENCIL_DASH_ON * px (p->line_width_mm)));
          dashes[1] = (HPDF_UINT16) MAX (1, lround (STENCIL_DASH_OFF * px (p->line_width_mm)));
          HPDF_Page_SetDash (t->page, dashes, 2, 0);
        }
    }
}

static void
paint_path (const Target           *t,
            const StencilPrimitive *p)
{
  gboolean fill = (p->flags & STENCIL_PRIMITIVE_FILL) != 0;
  gboolean stroke = (p->flags & STENCIL_PRIMITIVE_STROKE) && p->line_width_mm > 0;

  if (fill && stroke)
    HPDF_Page_FillStroke (t->page);
  else if (fill)
    HPDF_Page_Fill (t->page);
  else if (stroke)
    HPDF_Page_Stroke (t->page);
  else
    HPDF_Page_EndPath (t->page);

  if (stroke && (p->flags & STENCIL_PRIMITIVE_DASHED))
    HPDF_Page_SetDash (t->page, NULL, 0, 0);
}

void
stencil_render_pdf (HPDF_Page              page,
                    StencilScene          *scene,
                    const StencilPdfFonts *fonts)
{
  Target t = { page, stencil_scene_get_height_mm (scene) };
  guint n = stencil_scene_get_n_primitives (scene);

  HPDF_Page_SetLineCap (page, HPDF_BUTT_END);
  HPDF_Page_SetLineJoin (page, HPDF_MITER_JOIN);

  for (guint i = 0; i < n; i++)
    {
      const StencilPrimitive *p = stencil_scene_get_primitive (scene, i);
      const StencilStyleColors *colors = stencil_palette_get_colors (p->style, FALSE);

      switch (p->kind)
        {
        case STENCIL_PRIMITIVE_LINE:
          prepare_paint (&t, p, colors);
          HPDF_Page_MoveTo (page, px (p->x0), py (&t, p->y0));
          HPDF_Page_LineTo (page, px (p->x1), py (&t, p->y1));
          paint_path (&t, p);
          break;

        case STENCIL_PRIMITIVE_RECT:
          prepare_paint (&t, p, colors);
          path_rect (&t, p);
          paint_path (&t, p);
          break;

        case STENCIL_PRIMITIVE_POLYLINE:
          if (p->n_points == 0)
            break;
          prepare_paint (&t, p, colors);
          HPDF_Page_MoveTo (page, px (p->points[0]), py (&t, p->points[1]));
          for (guint k = 1; k < p->n_points; k++)
            HPDF_Page_LineTo (page, px (p->points[2 * k]), py (&t, p->points[2 * k + 1]));
          if (p->flags & STENCIL_PRIMITIVE_CLOSED)
            HPDF_Page_ClosePath (page);
          paint_path (&t, p);
          break;

        case STENCIL_PRIMITIVE_TEXT:
          if (p->text == NULL || p->text[0] == '\0' || p->size_mm <= 0)
            break;
          HPDF_Page_SetRGBFill (page, colors->ink[0], colors->ink[1], colors->ink[2]);
          show_text (page, p, fonts, px (p->x0), py (&t, p->y0));
          break;

        default:
          break;
        }
    }
}
