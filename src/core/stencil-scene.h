/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A drawing as a display list (stencil-scene.c); the part view, the detail and the sheet that
 * fill one are in stencil-part-view.h and stencil-sheet.h. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A drawing as a display list, in millimetres: x right, y DOWN (like a Cairo or SVG page).
 * The scene holds no drawing library; the backends (stencil-render-cairo.h,
 * stencil-render-pdf.h) only translate its primitives. Every primitive carries one layer. */
typedef enum
{
  STENCIL_LAYER_PADS       = 1 << 0,
  STENCIL_LAYER_APERTURES  = 1 << 1,
  STENCIL_LAYER_DIMENSIONS = 1 << 2,
  STENCIL_LAYER_OUTLINE    = 1 << 3,
  STENCIL_LAYER_LABELS     = 1 << 4,   /* pin numbers, pin-1 mark */
  STENCIL_LAYER_ALL        = 0x1f
} StencilLayer;

/* Semantic styles: the backend picks colours (light or dark palette) and patterns. */
typedef enum
{
  STENCIL_STYLE_PAD,
  STENCIL_STYLE_APERTURE_PASS,
  STENCIL_STYLE_APERTURE_MARGINAL,
  STENCIL_STYLE_APERTURE_FAIL,
  STENCIL_STYLE_OUTLINE,          /* body outline (dashed) */
  STENCIL_STYLE_DIMENSION,        /* dimension and extension lines, arrowheads, values */
  STENCIL_STYLE_DIMENSION_APERTURE, /* the same for aperture sizes */
  STENCIL_STYLE_TEXT,             /* ordinary text, table rules */
  STENCIL_STYLE_TITLE,            /* headings, the title block's main values */
  STENCIL_STYLE_FRAME,            /* the sheet frame and title block rules */
  STENCIL_STYLE_MARK,             /* pin-1 mark, pin numbers */
  STENCIL_STYLE_NOTICE,           /* provisional notice, "do not reduce" */
  STENCIL_STYLE_MUTED,            /* secondary text, scale bar ticks */
  /* Plots (the thickness sweep): background bands of the IPC-7525 verdicts, one colour per
   * pad class for its curves and points, and the cursor at the chosen value. */
  STENCIL_STYLE_BAND_PASS,
  STENCIL_STYLE_BAND_MARGINAL,
  STENCIL_STYLE_BAND_FAIL,
  STENCIL_STYLE_SERIES_TERMINAL,
  STENCIL_STYLE_SERIES_SOLDERING,
  STENCIL_STYLE_CURSOR,
  STENCIL_N_STYLES
} StencilStyle;

typedef enum
{
  STENCIL_PRIMITIVE_LINE,         /* x0,y0 -> x1,y1 */
  STENCIL_PRIMITIVE_RECT,         /* x0,y0 (top left) .. x1,y1 (bottom right), corner radius r */
  STENCIL_PRIMITIVE_POLYLINE,     /* points[], closed or open */
  STENCIL_PRIMITIVE_TEXT          /* text at the left end of its baseline x0,y0 (after anchoring) */
} StencilPrimitiveKind;

typedef enum
{
  STENCIL_PRIMITIVE_STROKE = 1 << 0,
  STENCIL_PRIMITIVE_FILL   = 1 << 1,
  STENCIL_PRIMITIVE_DASHED = 1 << 2,
  STENCIL_PRIMITIVE_CLOSED = 1 << 3,
  STENCIL_PRIMITIVE_BOLD   = 1 << 4   /* text */
} StencilPrimitiveFlags;

typedef enum
{
  STENCIL_ANCHOR_LEFT,
  STENCIL_ANCHOR_CENTER,
  STENCIL_ANCHOR_RIGHT
} StencilAnchor;

typedef struct
{
  StencilPrimitiveKind kind;
  StencilLayer         layer;
  StencilStyle         style;
  guint                flags;          /* StencilPrimitiveFlags */
  double               line_width_mm;
  double               x0, y0, x1, y1; /* line ends, rect corners; text: baseline start, end */
  double               r_mm;           /* rect corner radius */
  guint                n_points;       /* polyline */
  double              *points;         /* x, y pairs */
  char                *text;           /* UTF-8 */
  double               size_mm;        /* text: font size (em) in mm */
  StencilAnchor        anchor;         /* as requested; x0 is already the left end */
  double               width_mm;       /* text: advance width (stencil_scene_text_width) */
  gboolean             vertical;       /* text runs upwards (rotated 90 degrees) from x0,y0 */
} StencilPrimitive;

/* A dimension as produced in the scene, kept for tests and tooltips: what it measures,
 * the value, the text drawn, and the box covering its lines and text. */
typedef struct
{
  char  *name;      /* stable id: "pitch", "pad-w/terminal", "aperture-h/soldering", "row-centre",
                     * "row-span", "soldering-span", "overall-w", "overall-h" */
  double value_mm;
  char  *text;      /* as drawn, e.g. "0.35" */
  gboolean aperture; /* measures an aperture (drawn in the aperture dimension colour) */
  double x0, y0, x1, y1;                     /* everything: extension lines, line, text */
  double line_x0, line_y0, line_x1, line_y1; /* the dimension line with its arrowheads */
  double text_x0, text_y0, text_x1, text_y1; /* the value's box */
} StencilDimension;

typedef struct _StencilScene StencilScene;

#define STENCIL_TYPE_SCENE (stencil_scene_get_type ())
GType         stencil_scene_get_type          (void) G_GNUC_CONST;

StencilScene *stencil_scene_new               (double width_mm,
                                               double height_mm);
StencilScene *stencil_scene_ref               (StencilScene *scene);
void          stencil_scene_unref             (StencilScene *scene);

/* Everything including dimensions and text. */
void          stencil_scene_get_extents       (StencilScene *scene,
                                               double       *x0,
                                               double       *y0,
                                               double       *x1,
                                               double       *y1);
/* Page scenes: the paper; part views: the extents' size. */
double        stencil_scene_get_width_mm      (StencilScene *scene);
double        stencil_scene_get_height_mm     (StencilScene *scene);
/* Page scenes: the drawing scale (10 for 10:1); part views: 1. */
double        stencil_scene_get_scale         (StencilScene *scene);
/* Page scenes with a "Detail A" (the pin-1 corner enlarged, when the page has the room): its
 * scale, else 0; and the frame of the detail on the paper (FALSE when there is none). Its
 * dimensions are named like the main view's with "detail/" before: "detail/pitch". */
double        stencil_scene_get_detail_scale  (StencilScene *scene);
gboolean      stencil_scene_get_detail_frame  (StencilScene *scene,
                                               double       *x0,
                                               double       *y0,
                                               double       *x1,
                                               double       *y1);

guint         stencil_scene_get_n_primitives  (StencilScene *scene);
const StencilPrimitive *
              stencil_scene_get_primitive     (StencilScene *scene,
                                               guint         index);
guint         stencil_scene_get_n_dimensions  (StencilScene *scene);
const StencilDimension *
              stencil_scene_get_dimension     (StencilScene *scene,
                                               guint         index);
/* First dimension with that name, or NULL. */
const StencilDimension *
              stencil_scene_find_dimension    (StencilScene *scene,
                                               const char   *name);

/* Box of one primitive including half its line width; text: from the ascent to the descent. */
void          stencil_primitive_get_bounds    (const StencilPrimitive *primitive,
                                               double                 *x0,
                                               double                 *y0,
                                               double                 *x1,
                                               double                 *y1);

/* Advance width of a UTF-8 string at size_mm (em) in the fonts the backends draw it with
 * (DejaVu Sans; the Japanese font for the characters DejaVu lacks, stencil-fonts.h); shared by
 * the layout and both backends so that anchoring is the same everywhere. */
double        stencil_scene_text_width        (const char *text,
                                               double      size_mm,
                                               gboolean    bold);

/* Building blocks, for custom scenes. All return the new primitive (owned by the scene). */
StencilPrimitive *stencil_scene_add_line      (StencilScene *scene,
                                               StencilLayer  layer,
                                               StencilStyle  style,
                                               double        line_width_mm,
                                               double        x0,
                                               double        y0,
                                               double        x1,
                                               double        y1);
StencilPrimitive *stencil_scene_add_rect      (StencilScene *scene,
                                               StencilLayer  layer,
                                               StencilStyle  style,
                                               guint         flags,
                                               double        line_width_mm,
                                               double        x0,
                                               double        y0,
                                               double        x1,
                                               double        y1,
                                               double        r_mm);
StencilPrimitive *stencil_scene_add_polyline  (StencilScene *scene,
                                               StencilLayer  layer,
                                               StencilStyle  style,
                                               guint         flags,
                                               double        line_width_mm,
                                               const double *points,
                                               guint         n_points);
StencilPrimitive *stencil_scene_add_text      (StencilScene *scene,
                                               StencilLayer  layer,
                                               StencilStyle  style,
                                               double        x,
                                               double        y,
                                               StencilAnchor anchor,
                                               double        size_mm,
                                               gboolean      bold,
                                               const char   *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StencilScene, stencil_scene_unref)

G_END_DECLS
