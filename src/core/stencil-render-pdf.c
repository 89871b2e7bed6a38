/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The libharu backend of a scene: PDF pages with DejaVu Sans embedded, drawn like the Cairo
 * backend draws them. */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <fontconfig/fontconfig.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "stencil-palette.h"
#include "stencil-render-pdf.h"
#include "stencil-types.h"

#define PT_PER_MM (72.0 / 25.4)
/* Control point distance of a quarter circle as a cubic Bezier curve. */
#define KAPPA 0.5522847498

/* The file of a font that fontconfig matches for the pattern, or NULL. */
static char *
find_font_file (const char *pattern_string)
{
  FcPattern *pattern, *match;
  FcResult result;
  FcChar8 *file = NULL;
  char *path = NULL;

  pattern = FcNameParse ((const FcChar8 *) pattern_string);
  if (pattern == NULL)
    return NULL;
  FcConfigSubstitute (NULL, pattern, FcMatchPattern);
  FcDefaultSubstitute (pattern);
  match = FcFontMatch (NULL, pattern, &result);
  if (match != NULL && FcPatternGetString (match, FC_FILE, 0, &file) == FcResultMatch)
    {
      /* libharu reads TrueType only; a .ttc collection or an OpenType CFF font would fail. */
      if (g_str_has_suffix ((const char *) file, ".ttf") ||
          g_str_has_suffix ((const char *) file, ".TTF"))
        path = g_strdup ((const char *) file);
    }
  if (match != NULL)
    FcPatternDestroy (match);
  FcPatternDestroy (pattern);
  return path;
}

gboolean
stencil_render_pdf_load_fonts (HPDF_Doc   pdf,
                               HPDF_Font *out_regular,
                               HPDF_Font *out_bold,
                               GError   **error)
{
  const char *patterns[2] = { "DejaVu Sans:style=Book", "DejaVu Sans:style=Bold" };
  HPDF_Font fonts[2] = { NULL, NULL };

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *path = find_font_file (patterns[i]);
      const char *name;

      if (path == NULL)
        {
          g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_FAILED,
                       _("No TrueType font found for “%s” (install fonts-dejavu-core)"),
                       patterns[i]);
          return FALSE;
        }
      name = HPDF_LoadTTFontFromFile (pdf, path, HPDF_TRUE);
      if (name == NULL)
        {
          g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_FAILED,
                       _("Could not load the font “%s” into the PDF"), path);
          return FALSE;
        }
      fonts[i] = HPDF_GetFont (pdf, name, "UTF-8");
      if (fonts[i] == NULL)
        {
          g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_FAILED,
                       _("Could not use the font “%s” with UTF-8 in the PDF"), path);
          return FALSE;
        }
    }
  *out_regular = fonts[0];
  *out_bold = fonts[1];
  return TRUE;
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
stencil_render_pdf (HPDF_Page     page,
                    StencilScene *scene,
                    HPDF_Font     regular,
                    HPDF_Font     bold)
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
          HPDF_Page_BeginText (page);
          HPDF_Page_SetFontAndSize (page, (p->flags & STENCIL_PRIMITIVE_BOLD) ? bold : regular,
                                    px (p->size_mm));
          /* Vertical values read upwards: the text turned 90 degrees counter-clockwise. */
          if (p->vertical)
            HPDF_Page_SetTextMatrix (page, 0, 1, -1, 0, px (p->x0), py (&t, p->y0));
          else
            HPDF_Page_SetTextMatrix (page, 1, 0, 0, 1, px (p->x0), py (&t, p->y0));
          HPDF_Page_ShowText (page, p->text);
          HPDF_Page_EndText (page);
          break;

        default:
          break;
        }
    }
}
