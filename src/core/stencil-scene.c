/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "stencil-io.h"
#include "stencil-names.h"
#include "stencil-scene.h"

/* Vertical metrics of DejaVu Sans as fractions of the em, for layout boxes: ascenders and
 * capitals reach 0.76, descenders 0.24; digits and the decimal point sit on the baseline. */
#define TEXT_ASCENT    0.76
#define TEXT_DESCENT   0.24
#define DIGIT_DESCENT  0.02

/* Advance widths of DejaVu Sans (regular and bold) in units of 1/1000 em, read from the font with
 * unhinted metrics, for U+0020..U+007E then U+00A0..U+017F. Both backends draw DejaVu Sans with no
 * kerning, so a width computed here is the width drawn: the layout, not the backend, anchors
 * text. */
static const guint16 dejavu_sans_advance[319] = {
   318,  401,  460,  838,  636,  950,  780,  275,  390,  390,  500,  838,
   318,  361,  318,  337,  636,  636,  636,  636,  636,  636,  636,  636,
   636,  636,  337,  337,  838,  838,  838,  531, 1000,  684,  686,  698,
   770,  632,  575,  775,  752,  295,  295,  656,  557,  863,  748,  787,
   603,  787,  695,  635,  611,  732,  684,  989,  685,  611,  685,  390,
   337,  390,  838,  500,  500,  613,  635,  550,  635,  615,  352,  635,
   634,  278,  278,  579,  278,  974,  634,  612,  635,  635,  411,  521,
   392,  634,  592,  818,  592,  592,  525,  636,  337,  636,  838,  318,
   401,  636,  636,  636,  636,  337,  500,  500, 1000,  471,  612,  838,
   361, 1000,  500,  500,  838,  401,  401,  500,  636,  636,  318,  500,
   401,  471,  612,  969,  969,  969,  531,  684,  684,  684,  684,  684,
   684,  974,  698,  632,  632,  632,  632,  295,  295,  295,  295,  775,
   748,  787,  787,  787,  787,  787,  838,  787,  732,  732,  732,  732,
   611,  605,  630,  613,  613,  613,  613,  613,  613,  982,  550,  615,
   615,  615,  615,  278,  278,  278,  278,  612,  634,  612,  612,  612,
   612,  612,  838,  612,  634,  634,  634,  634,  592,  635,  592,  684,
   613,  684,  613,  684,  613,  698,  550,  698,  550,  698,  550,  698,
   550,  770,  635,  775,  635,  632,  615,  632,  615,  632,  615,  632,
   615,  632,  615,  775,  635,  775,  635,  775,  635,  775,  635,  752,
   634,  916,  695,  295,  278,  295,  278,  295,  278,  295,  278,  295,
   278,  590,  556,  295,  278,  656,  579,  579,  557,  278,  557,  278,
   557,  375,  557,  342,  562,  284,  748,  634,  748,  634,  748,  634,
   813,  748,  634,  787,  612,  787,  612,  787,  612, 1070, 1023,  695,
   411,  695,  411,  695,  411,  635,  521,  635,  521,  635,  521,  635,
   521,  611,  392,  611,  392,  611,  392,  732,  634,  732,  634,  732,
   634,  732,  634,  732,  634,  732,  634,  989,  818,  611,  592,  611,
   685,  525,  685,  525,  685,  525,  352,
};
static const guint16 dejavu_sans_bold_advance[319] = {
   348,  456,  521,  838,  696, 1002,  872,  306,  457,  457,  523,  838,
   380,  415,  380,  365,  696,  696,  696,  696,  696,  696,  696,  696,
   696,  696,  400,  400,  838,  838,  838,  580, 1000,  774,  762,  734,
   830,  683,  683,  821,  837,  372,  372,  775,  637,  995,  837,  850,
   733,  850,  770,  720,  682,  812,  774, 1103,  771,  724,  725,  457,
   365,  457,  838,  500,  500,  675,  716,  593,  716,  678,  435,  716,
   712,  343,  343,  665,  343, 1042,  712,  687,  716,  716,  493,  595,
   478,  712,  652,  924,  645,  652,  582,  712,  365,  712,  838,  348,
   456,  696,  696,  636,  696,  365,  500,  500, 1000,  564,  646,  838,
   415, 1000,  500,  500,  838,  438,  438,  500,  736,  636,  380,  500,
   438,  564,  646, 1035, 1035, 1035,  580,  774,  774,  774,  774,  774,
   774, 1085,  734,  683,  683,  683,  683,  372,  372,  372,  372,  838,
   837,  850,  850,  850,  850,  850,  838,  850,  812,  812,  812,  812,
   724,  738,  719,  675,  675,  675,  675,  675,  675, 1048,  593,  678,
   678,  678,  678,  343,  343,  343,  343,  687,  712,  687,  687,  687,
   687,  687,  838,  687,  712,  712,  712,  712,  652,  716,  652,  774,
   675,  774,  675,  774,  675,  734,  593,  734,  593,  734,  593,  734,
   593,  830,  716,  838,  716,  683,  678,  683,  678,  683,  678,  683,
   678,  683,  678,  821,  716,  821,  716,  821,  716,  821,  716,  837,
   712,  974,  790,  372,  343,  372,  343,  372,  343,  372,  343,  372,
   343,  744,  686,  372,  343,  775,  665,  665,  637,  343,  637,  343,
   637,  479,  637,  557,  642,  371,  837,  712,  837,  712,  837,  712,
   983,  837,  712,  850,  687,  850,  687,  850,  687, 1167, 1094,  770,
   493,  770,  493,  770,  493,  720,  595,  720,  595,  720,  595,  720,
   595,  682,  478,  682,  478,  682,  478,  812,  712,  812,  712,  812,
   712,  812,  712,  812,  712,  812,  712, 1103,  924,  724,  652,  724,
   725,  582,  725,  582,  725,  582,  435,
};

/* Sizes of the part view in multiples of its text size u, the one unit of the layout: on paper u
 * is 2.5 mm, on screen it follows the part's size. */
#define EXT_GAP        0.25   /* between a feature and the start of its extension line */
#define EXT_OVER       0.30   /* extension line past the dimension line */
#define ARROW_LENGTH   0.60
#define ARROW_HALF     0.12
#define TEXT_GAP       0.22   /* between the dimension line and its value */
#define TEXT_GAP_ALONG 0.30   /* between an arrowhead and a value placed beyond it */
#define LANE_FIRST     1.05   /* first dimension line from the pattern's edge */
#define LANE_PITCH     1.50   /* between dimension lines of one side */
#define LANE_MARGIN    0.40   /* clearance between things on one lane */
#define LINE_DIM       0.07
#define LINE_PAD       0.06
#define LINE_APERTURE  0.05
#define LINE_OUTLINE   0.08
#define LABEL_SIZE     0.90
#define PIN1_DOT       0.50

struct _StencilScene
{
  gatomicrefcount ref_count;
  double          width_mm;
  double          height_mm;
  double          scale;
  double          detail_scale; /* 0: no detail view */
  double          detail_box[4];
  GPtrArray      *primitives;   /* of StencilPrimitive */
  GPtrArray      *dimensions;   /* of StencilDimension */
};

G_DEFINE_BOXED_TYPE (StencilScene, stencil_scene, stencil_scene_ref, stencil_scene_unref)

static void
primitive_free (gpointer data)
{
  StencilPrimitive *p = data;

  g_free (p->points);
  g_free (p->text);
  g_free (p);
}

static void
dimension_free (gpointer data)
{
  StencilDimension *d = data;

  g_free (d->name);
  g_free (d->text);
  g_free (d);
}

static double
glyph_advance (gunichar c,
               gboolean bold)
{
  const guint16 *table = bold ? dejavu_sans_bold_advance : dejavu_sans_advance;

  if (c >= 0x20 && c < 0x7f)
    return table[c - 0x20];
  if (c >= 0xa0 && c < 0x180)
    return table[0x5f + c - 0xa0];
  switch (c)
    {
    case 0x2009: case 0x202f: return 200;            /* thin spaces */
    case 0x2013: return 500;                         /* en dash */
    case 0x2014: case 0x2026: return 1000;           /* em dash, ellipsis */
    case 0x2018: case 0x2019: return bold ? 380 : 318;
    case 0x201c: case 0x201d: return bold ? 657 : 518;
    case 0x2022: return bold ? 639 : 590;            /* bullet */
    case 0x2212: case 0x2264: case 0x2265: return 838;
    default: return bold ? 700 : 636;
    }
}

double
stencil_scene_text_width (const char *text,
                          double      size_mm,
                          gboolean    bold)
{
  double sum = 0;

  g_return_val_if_fail (text != NULL, 0);

  for (const char *s = text; *s != '\0'; s = g_utf8_next_char (s))
    sum += glyph_advance (g_utf8_get_char (s), bold);
  return sum / 1000.0 * size_mm;
}

StencilScene *
stencil_scene_new (double width_mm,
                   double height_mm)
{
  StencilScene *scene = g_new0 (StencilScene, 1);

  g_atomic_ref_count_init (&scene->ref_count);
  scene->width_mm = width_mm;
  scene->height_mm = height_mm;
  scene->scale = 1;
  scene->primitives = g_ptr_array_new_with_free_func (primitive_free);
  scene->dimensions = g_ptr_array_new_with_free_func (dimension_free);
  return scene;
}

StencilScene *
stencil_scene_ref (StencilScene *scene)
{
  g_return_val_if_fail (scene != NULL, NULL);

  g_atomic_ref_count_inc (&scene->ref_count);
  return scene;
}

void
stencil_scene_unref (StencilScene *scene)
{
  g_return_if_fail (scene != NULL);

  if (g_atomic_ref_count_dec (&scene->ref_count))
    {
      g_ptr_array_unref (scene->primitives);
      g_ptr_array_unref (scene->dimensions);
      g_free (scene);
    }
}

static StencilPrimitive *
scene_append (StencilScene         *scene,
              StencilPrimitiveKind  kind,
              StencilLayer          layer,
              StencilStyle          style)
{
  StencilPrimitive *p = g_new0 (StencilPrimitive, 1);

  p->kind = kind;
  p->layer = layer;
  p->style = style;
  g_ptr_array_add (scene->primitives, p);
  return p;
}

StencilPrimitive *
stencil_scene_add_line (StencilScene *scene,
                        StencilLayer  layer,
                        StencilStyle  style,
                        double        line_width_mm,
                        double        x0,
                        double        y0,
                        double        x1,
                        double        y1)
{
  StencilPrimitive *p = scene_append (scene, STENCIL_PRIMITIVE_LINE, layer, style);

  p->flags = STENCIL_PRIMITIVE_STROKE;
  p->line_width_mm = line_width_mm;
  p->x0 = x0;
  p->y0 = y0;
  p->x1 = x1;
  p->y1 = y1;
  return p;
}

StencilPrimitive *
stencil_scene_add_rect (StencilScene *scene,
                        StencilLayer  layer,
                        StencilStyle  style,
                        guint         flags,
                        double        line_width_mm,
                        double        x0,
                        double        y0,
                        double        x1,
                        double        y1,
                        double        r_mm)
{
  StencilPrimitive *p = scene_append (scene, STENCIL_PRIMITIVE_RECT, layer, style);

  p->flags = flags;
  p->line_width_mm = line_width_mm;
  p->x0 = MIN (x0, x1);
  p->y0 = MIN (y0, y1);
  p->x1 = MAX (x0, x1);
  p->y1 = MAX (y0, y1);
  /* A radius of half the short side is a stadium; more is not a rectangle any more. */
  p->r_mm = CLAMP (r_mm, 0, MIN (p->x1 - p->x0, p->y1 - p->y0) / 2);
  return p;
}

StencilPrimitive *
stencil_scene_add_polyline (StencilScene *scene,
                            StencilLayer  layer,
                            StencilStyle  style,
                            guint         flags,
                            double        line_width_mm,
                            const double *points,
                            guint         n_points)
{
  StencilPrimitive *p = scene_append (scene, STENCIL_PRIMITIVE_POLYLINE, layer, style);

  p->flags = flags;
  p->line_width_mm = line_width_mm;
  p->n_points = n_points;
  p->points = g_memdup2 (points, sizeof (double) * 2 * n_points);
  if (n_points > 0)
    {
      p->x0 = points[0];
      p->y0 = points[1];
      p->x1 = points[2 * n_points - 2];
      p->y1 = points[2 * n_points - 1];
    }
  return p;
}

StencilPrimitive *
stencil_scene_add_text (StencilScene *scene,
                        StencilLayer  layer,
                        StencilStyle  style,
                        double        x,
                        double        y,
                        StencilAnchor anchor,
                        double        size_mm,
                        gboolean      bold,
                        const char   *text)
{
  StencilPrimitive *p = scene_append (scene, STENCIL_PRIMITIVE_TEXT, layer, style);

  p->flags = bold ? STENCIL_PRIMITIVE_BOLD | STENCIL_PRIMITIVE_FILL : STENCIL_PRIMITIVE_FILL;
  p->text = g_strdup (text);
  p->size_mm = size_mm;
  p->anchor = anchor;
  p->width_mm = stencil_scene_text_width (text, size_mm, bold);
  if (anchor == STENCIL_ANCHOR_CENTER)
    x -= p->width_mm / 2;
  else if (anchor == STENCIL_ANCHOR_RIGHT)
    x -= p->width_mm;
  p->x0 = x;
  p->y0 = y;
  p->x1 = x + p->width_mm;
  p->y1 = y;
  return p;
}

/* Text running upwards from its baseline start (x, y): the value of a vertical dimension. */
static StencilPrimitive *
scene_add_vertical_text (StencilScene *scene,
                         StencilLayer  layer,
                         StencilStyle  style,
                         double        x,
                         double        y,
                         double        size_mm,
                         const char   *text)
{
  StencilPrimitive *p = stencil_scene_add_text (scene, layer, style, x, y, STENCIL_ANCHOR_LEFT,
                                                size_mm, FALSE, text);

  p->vertical = TRUE;
  p->x1 = x;
  p->y1 = y - p->width_mm;
  return p;
}

void
stencil_primitive_get_bounds (const StencilPrimitive *p,
                              double                 *x0,
                              double                 *y0,
                              double                 *x1,
                              double                 *y1)
{
  double lo_x, lo_y, hi_x, hi_y, half;

  half = (p->flags & STENCIL_PRIMITIVE_STROKE) ? p->line_width_mm / 2 : 0;
  switch (p->kind)
    {
    case STENCIL_PRIMITIVE_TEXT:
      if (p->vertical)
        {
          lo_x = p->x0 - TEXT_ASCENT * p->size_mm;
          hi_x = p->x0 + TEXT_DESCENT * p->size_mm;
          lo_y = p->y0 - p->width_mm;
          hi_y = p->y0;
        }
      else
        {
          lo_x = p->x0;
          hi_x = p->x0 + p->width_mm;
          lo_y = p->y0 - TEXT_ASCENT * p->size_mm;
          hi_y = p->y0 + TEXT_DESCENT * p->size_mm;
        }
      half = 0;
      break;

    case STENCIL_PRIMITIVE_POLYLINE:
      lo_x = lo_y = G_MAXDOUBLE;
      hi_x = hi_y = -G_MAXDOUBLE;
      for (guint i = 0; i < p->n_points; i++)
        {
          lo_x = MIN (lo_x, p->points[2 * i]);
          hi_x = MAX (hi_x, p->points[2 * i]);
          lo_y = MIN (lo_y, p->points[2 * i + 1]);
          hi_y = MAX (hi_y, p->points[2 * i + 1]);
        }
      break;

    case STENCIL_PRIMITIVE_LINE:
    case STENCIL_PRIMITIVE_RECT:
    default:
      lo_x = MIN (p->x0, p->x1);
      hi_x = MAX (p->x0, p->x1);
      lo_y = MIN (p->y0, p->y1);
      hi_y = MAX (p->y0, p->y1);
      break;
    }
  *x0 = lo_x - half;
  *y0 = lo_y - half;
  *x1 = hi_x + half;
  *y1 = hi_y + half;
}

void
stencil_scene_get_extents (StencilScene *scene,
                           double       *x0,
                           double       *y0,
                           double       *x1,
                           double       *y1)
{
  double lo_x = G_MAXDOUBLE, lo_y = G_MAXDOUBLE, hi_x = -G_MAXDOUBLE, hi_y = -G_MAXDOUBLE;

  g_return_if_fail (scene != NULL);

  for (guint i = 0; i < scene->primitives->len; i++)
    {
      double a, b, c, d;

      stencil_primitive_get_bounds (g_ptr_array_index (scene->primitives, i), &a, &b, &c, &d);
      lo_x = MIN (lo_x, a);
      lo_y = MIN (lo_y, b);
      hi_x = MAX (hi_x, c);
      hi_y = MAX (hi_y, d);
    }
  if (scene->primitives->len == 0)
    lo_x = lo_y = hi_x = hi_y = 0;
  if (x0 != NULL)
    *x0 = lo_x;
  if (y0 != NULL)
    *y0 = lo_y;
  if (x1 != NULL)
    *x1 = hi_x;
  if (y1 != NULL)
    *y1 = hi_y;
}

double
stencil_scene_get_width_mm (StencilScene *scene)
{
  g_return_val_if_fail (scene != NULL, 0);
  return scene->width_mm;
}

double
stencil_scene_get_height_mm (StencilScene *scene)
{
  g_return_val_if_fail (scene != NULL, 0);
  return scene->height_mm;
}

double
stencil_scene_get_scale (StencilScene *scene)
{
  g_return_val_if_fail (scene != NULL, 1);
  return scene->scale;
}

double
stencil_scene_get_detail_scale (StencilScene *scene)
{
  g_return_val_if_fail (scene != NULL, 0);
  return scene->detail_scale;
}

gboolean
stencil_scene_get_detail_frame (StencilScene *scene,
                                double       *x0,
                                double       *y0,
                                double       *x1,
                                double       *y1)
{
  g_return_val_if_fail (scene != NULL, FALSE);

  if (scene->detail_scale <= 0)
    return FALSE;
  if (x0 != NULL)
    *x0 = scene->detail_box[0];
  if (y0 != NULL)
    *y0 = scene->detail_box[1];
  if (x1 != NULL)
    *x1 = scene->detail_box[2];
  if (y1 != NULL)
    *y1 = scene->detail_box[3];
  return TRUE;
}

guint
stencil_scene_get_n_primitives (StencilScene *scene)
{
  g_return_val_if_fail (scene != NULL, 0);
  return scene->primitives->len;
}

const StencilPrimitive *
stencil_scene_get_primitive (StencilScene *scene,
                             guint         index)
{
  g_return_val_if_fail (scene != NULL, NULL);
  g_return_val_if_fail (index < scene->primitives->len, NULL);
  return g_ptr_array_index (scene->primitives, index);
}

guint
stencil_scene_get_n_dimensions (StencilScene *scene)
{
  g_return_val_if_fail (scene != NULL, 0);
  return scene->dimensions->len;
}

const StencilDimension *
stencil_scene_get_dimension (StencilScene *scene,
                             guint         index)
{
  g_return_val_if_fail (scene != NULL, NULL);
  g_return_val_if_fail (index < scene->dimensions->len, NULL);
  return g_ptr_array_index (scene->dimensions, index);
}

const StencilDimension *
stencil_scene_find_dimension (StencilScene *scene,
                              const char   *name)
{
  g_return_val_if_fail (scene != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < scene->dimensions->len; i++)
    {
      const StencilDimension *d = g_ptr_array_index (scene->dimensions, i);

      if (g_strcmp0 (d->name, name) == 0)
        return d;
    }
  return NULL;
}

/* Copies every primitive and dimension of src into dst, scaled by s about the origin and then
 * moved by (dx, dy): a part view placed on a sheet. Line widths and text scale too. */
static void
scene_append_scaled (StencilScene *dst,
                     StencilScene *src,
                     double        s,
                     double        dx,
                     double        dy)
{
  for (guint i = 0; i < src->primitives->len; i++)
    {
      const StencilPrimitive *p = g_ptr_array_index (src->primitives, i);
      StencilPrimitive *q = g_new (StencilPrimitive, 1);

      *q = *p;
      q->text = g_strdup (p->text);
      q->points = g_memdup2 (p->points, sizeof (double) * 2 * p->n_points);
      for (guint k = 0; k < q->n_points; k++)
        {
          q->points[2 * k] = dx + s * q->points[2 * k];
          q->points[2 * k + 1] = dy + s * q->points[2 * k + 1];
        }
      q->x0 = dx + s * p->x0;
      q->y0 = dy + s * p->y0;
      q->x1 = dx + s * p->x1;
      q->y1 = dy + s * p->y1;
      q->r_mm = s * p->r_mm;
      q->line_width_mm = s * p->line_width_mm;
      q->size_mm = s * p->size_mm;
      q->width_mm = s * p->width_mm;
      g_ptr_array_add (dst->primitives, q);
    }
  for (guint i = 0; i < src->dimensions->len; i++)
    {
      const StencilDimension *d = g_ptr_array_index (src->dimensions, i);
      StencilDimension *e = g_new (StencilDimension, 1);

      *e = *d;
      e->name = g_strdup (d->name);
      e->text = g_strdup (d->text);
      e->x0 = dx + s * d->x0;
      e->y0 = dy + s * d->y0;
      e->x1 = dx + s * d->x1;
      e->y1 = dy + s * d->y1;
      e->line_x0 = dx + s * d->line_x0;
      e->line_y0 = dy + s * d->line_y0;
      e->line_x1 = dx + s * d->line_x1;
      e->line_y1 = dy + s * d->line_y1;
      e->text_x0 = dx + s * d->text_x0;
      e->text_y0 = dy + s * d->text_y0;
      e->text_x1 = dx + s * d->text_x1;
      e->text_y1 = dy + s * d->text_y1;
      g_ptr_array_add (dst->dimensions, e);
    }
}

/* A length for a drawing: 2 decimals when that is exact (0.40, 15.60), else 3 (0.205). */
static char *
format_mm (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  gboolean two = fabs (value * 100 - round (value * 100)) < 0.005;

  g_ascii_formatd (buf, sizeof buf, two ? "%.2f" : "%.3f", value);
  return g_strdup (buf);
}

/* ---- Dimensions ------------------------------------------------------------------------- */

typedef enum
{
  SIDE_TOP,
  SIDE_BOTTOM,
  SIDE_LEFT,
  SIDE_RIGHT,
  N_SIDES
} Side;

typedef struct
{
  char    *name;
  double   value_mm;
  char    *text;
  double   text_w;
  gboolean aperture;
  Side     side;
  double   a, b;              /* the two features, along the side's axis, a < b */
  double   start_a, start_b;  /* across: where each extension line starts (the feature's edge) */
  gboolean has_alt;           /* the same feature can be measured from another side */
  Side     alt_side;
  double   alt_start_a, alt_start_b;
  /* placement */
  int      lane;
  int      text_pos;          /* 0 between the arrows, -1 before a, +1 after b */
  double   lo, hi;            /* along: all of it on its lane */
  double   text_lo, text_hi;  /* along: its value */
  double   box[4];            /* x0, y0, x1, y1 of its line and value */
} DimRequest;

typedef struct
{
  double     u;
  double     edge[N_SIDES];   /* across coordinate of each side's edge */
  GPtrArray *requests;        /* of DimRequest, in priority order */
} DimLayout;

static void
dim_request_free (gpointer data)
{
  DimRequest *r = data;

  g_free (r->name);
  g_free (r->text);
  g_free (r);
}

static double
side_sign (Side side)
{
  return side == SIDE_TOP || side == SIDE_LEFT ? -1 : 1;
}

static gboolean
side_is_vertical (Side side)
{
  return side == SIDE_LEFT || side == SIDE_RIGHT;
}

static void
side_to_xy (Side    side,
            double  along,
            double  across,
            double *x,
            double *y)
{
  if (side_is_vertical (side))
    {
      *x = across;
      *y = along;
    }
  else
    {
      *x = along;
      *y = across;
    }
}

static double
lane_position (const DimLayout *layout,
               Side             side,
               int              lane)
{
  return layout->edge[side] + side_sign (side) * (LANE_FIRST + lane * LANE_PITCH) * layout->u;
}

static void
dim_layout_add (DimLayout  *layout,
                const char *name,
                double      value_mm,
                const char *prefix,
                gboolean    aperture,
                Side        side,
                double      a,
                double      start_a,
                double      b,
                double      start_b)
{
  DimRequest *r = g_new0 (DimRequest, 1);
  g_autofree char *number = format_mm (value_mm);

  r->name = g_strdup (name);
  r->value_mm = value_mm;
  r->text = prefix != NULL ? g_strdup_printf ("%s = %s", prefix, number)
                           : g_steal_pointer (&number);
  r->text_w = stencil_scene_text_width (r->text, layout->u, FALSE);
  r->aperture = aperture;
  r->side = side;
  if (a <= b)
    {
      r->a = a;
      r->start_a = start_a;
      r->b = b;
      r->start_b = start_b;
    }
  else
    {
      r->a = b;
      r->start_a = start_b;
      r->b = a;
      r->start_b = start_a;
    }
  r->lane = -1;
  g_ptr_array_add (layout->requests, r);
}

/* The last request may also go on another side (the mirrored row), when its own is full. */
static void
dim_layout_set_alternative (DimLayout *layout,
                            Side       side,
                            double     start_a,
                            double     start_b)
{
  DimRequest *r = g_ptr_array_index (layout->requests, layout->requests->len - 1);

  r->has_alt = TRUE;
  r->alt_side = side;
  r->alt_start_a = start_a;
  r->alt_start_b = start_b;
}

static void
dim_request_swap_side (DimRequest *r)
{
  Side side = r->side;
  double a = r->start_a, b = r->start_b;

  r->side = r->alt_side;
  r->start_a = r->alt_start_a;
  r->start_b = r->alt_start_b;
  r->alt_side = side;
  r->alt_start_a = a;
  r->alt_start_b = b;
}

static void
dim_interval (const DimLayout  *layout,
              const DimRequest *r,
              int               text_pos,
              double           *lo,
              double           *hi,
              double           *text_lo,
              double           *text_hi)
{
  double u = layout->u;
  double al = ARROW_LENGTH * u;

  if (text_pos == 0)
    {
      *lo = r->a - 0.1 * u;
      *hi = r->b + 0.1 * u;
      *text_lo = (r->a + r->b - r->text_w) / 2;
    }
  else if (text_pos < 0)
    {
      *lo = r->a - al - TEXT_GAP_ALONG * u - r->text_w;
      *hi = r->b + al + 0.3 * u;
      *text_lo = *lo;
    }
  else
    {
      *lo = r->a - al - 0.3 * u;
      *hi = r->b + al + TEXT_GAP_ALONG * u + r->text_w;
      *text_lo = *hi - r->text_w;
    }
  *text_hi = *text_lo + r->text_w;
}

static gboolean
dim_fits_inside (const DimLayout  *layout,
                 const DimRequest *r)
{
  return r->b - r->a >= r->text_w + (2 * ARROW_LENGTH + 0.6) * layout->u;
}

static gboolean
shares_extension (double            along,
                  const DimRequest *other)
{
  return fabs (along - other->a) < 1e-9 || fabs (along - other->b) < 1e-9;
}

static gboolean
is_within (double value,
           double lo,
           double hi)
{
  return value > lo && value < hi;
}

static gboolean
extension_crosses (const DimRequest *owner,
                   const DimRequest *other,
                   double            lo,
                   double            hi,
                   double            margin)
{
  return (is_within (owner->a, lo - margin, hi + margin) && !shares_extension (owner->a, other)) ||
         (is_within (owner->b, lo - margin, hi + margin) && !shares_extension (owner->b, other));
}

/* Whether r on lane, spanning [lo, hi] with its value on [text_lo, text_hi], would touch a
 * dimension already placed on its side. On one lane the spans keep apart. The extension lines of
 * an outer lane cross every inner lane: never through a value, and when strict not through a
 * dimension line either. */
/* The box of a dimension's line and value on a lane, for the corners where two sides meet. */
static void
dim_box (const DimLayout  *layout,
         const DimRequest *r,
         int               lane,
         double            lo,
         double            hi,
         double           *box)
{
  double line = lane_position (layout, r->side, lane);
  double sign = side_sign (r->side);
  double x0, y0, x1, y1;

  side_to_xy (r->side, lo, line - sign * ARROW_HALF * layout->u, &x0, &y0);
  side_to_xy (r->side, hi, line + sign * (TEXT_GAP + TEXT_ASCENT + DIGIT_DESCENT) * layout->u,
              &x1, &y1);
  box[0] = MIN (x0, x1);
  box[1] = MIN (y0, y1);
  box[2] = MAX (x0, x1);
  box[3] = MAX (y0, y1);
}

static gboolean
boxes_overlap (const double *a,
               const double *b,
               double        margin)
{
  return a[0] < b[2] + margin && b[0] < a[2] + margin &&
         a[1] < b[3] + margin && b[1] < a[3] + margin;
}

static gboolean
dim_conflicts (const DimLayout  *layout,
               const DimRequest *r,
               int               lane,
               double            lo,
               double            hi,
               double            text_lo,
               double            text_hi,
               gboolean          strict)
{
  double m = LANE_MARGIN * layout->u;
  double m_ext = 0.2 * layout->u;
  double box[4];

  dim_box (layout, r, lane, lo, hi, box);
  for (guint i = 0; i < layout->requests->len; i++)
    {
      const DimRequest *e = g_ptr_array_index (layout->requests, i);

      if (e == r || e->lane < 0)
        continue;
      if (e->side != r->side)
        {
          if (boxes_overlap (box, e->box, m))
            return TRUE;
          continue;
        }
      if (e->lane == lane && lo < e->hi + m && e->lo < hi + m)
        return TRUE;
      if (e->lane > lane &&
          (extension_crosses (e, r, text_lo, text_hi, m_ext) ||
           (strict && extension_crosses (e, r, lo, hi, m_ext))))
        return TRUE;
      if (e->lane < lane &&
          (extension_crosses (r, e, e->text_lo, e->text_hi, m_ext) ||
           (strict && extension_crosses (r, e, e->lo, e->hi, m_ext))))
        return TRUE;
    }
  return FALSE;
}

/* Whether a value on [text_lo, text_hi] would sit where a dimension not placed yet needs to run
 * an extension line: it would then find no lane at all. */
static gboolean
dim_blocks_unplaced (const DimLayout  *layout,
                     const DimRequest *r,
                     double            text_lo,
                     double            text_hi)
{
  for (guint i = 0; i < layout->requests->len; i++)
    {
      const DimRequest *f = g_ptr_array_index (layout->requests, i);

      if (f != r && f->lane < 0 && f->side == r->side &&
          extension_crosses (f, r, text_lo, text_hi, 0.2 * layout->u))
        return TRUE;
    }
  return FALSE;
}

/* Greedy lanes: each dimension, in priority order (small ones first, overall sizes last), takes
 * the innermost lane where it touches nothing. First pass: no extension line crosses another
 * dimension; second: extension lines may cross dimension lines but never values; last: anything
 * goes (only a broken custom pattern gets there). */
static void
dim_layout_place (DimLayout *layout)
{
  for (guint i = 0; i < layout->requests->len; i++)
    {
      DimRequest *r = g_ptr_array_index (layout->requests, i);
      int candidates[3];
      guint n_candidates = 0;
      int preferred = (r->a + r->b) / 2 < 0 ? -1 : 1;

      /* A value goes between its arrows when it fits, else beyond the outer one (away from the
       * middle of the side); the other places are fallbacks when a lane is crowded. */
      if (dim_fits_inside (layout, r))
        candidates[n_candidates++] = 0;
      candidates[n_candidates++] = preferred;
      candidates[n_candidates++] = -preferred;

      /* Each pass tries the dimension's own side, then its alternative; the last pass only
       * its own side. */
      for (guint attempt = 0; attempt < 5 && r->lane < 0; attempt++)
        {
          guint pass = attempt / 2;
          gboolean alt = attempt % 2 == 1;

          if (alt && !r->has_alt)
            continue;
          if (alt)
            dim_request_swap_side (r);
          for (int lane = 0; lane < (pass == 0 ? 6 : 16) && r->lane < 0; lane++)
            for (guint c = 0; c < n_candidates && r->lane < 0; c++)
            {
              double lo, hi, text_lo, text_hi;

              dim_interval (layout, r, candidates[c], &lo, &hi, &text_lo, &text_hi);
              if (pass < 2 &&
                  (dim_conflicts (layout, r, lane, lo, hi, text_lo, text_hi, pass == 0) ||
                   dim_blocks_unplaced (layout, r, text_lo, text_hi)))
                continue;
              if (pass == 2 && dim_conflicts (layout, r, lane, lo, hi, text_lo, text_hi, FALSE) &&
                  lane < 15)
                continue;
              r->lane = lane;
              r->text_pos = candidates[c];
              r->lo = lo;
              r->hi = hi;
              r->text_lo = text_lo;
              r->text_hi = text_hi;
              dim_box (layout, r, lane, lo, hi, r->box);
            }
          if (alt && r->lane < 0)
            dim_request_swap_side (r);
        }
    }
}

static void
add_arrow (StencilScene *scene,
           StencilStyle  style,
           Side          side,
           double        tip,
           double        direction,
           double        across,
           double        u)
{
  double pts[6];

  side_to_xy (side, tip, across, &pts[0], &pts[1]);
  side_to_xy (side, tip + direction * ARROW_LENGTH * u, across - ARROW_HALF * u, &pts[2], &pts[3]);
  side_to_xy (side, tip + direction * ARROW_LENGTH * u, across + ARROW_HALF * u, &pts[4], &pts[5]);
  stencil_scene_add_polyline (scene, STENCIL_LAYER_DIMENSIONS, style,
                              STENCIL_PRIMITIVE_FILL | STENCIL_PRIMITIVE_CLOSED, 0, pts, 3);
}

static void
box_union (double *box,
           double  x0,
           double  y0,
           double  x1,
           double  y1)
{
  box[0] = MIN (box[0], MIN (x0, x1));
  box[1] = MIN (box[1], MIN (y0, y1));
  box[2] = MAX (box[2], MAX (x0, x1));
  box[3] = MAX (box[3], MAX (y0, y1));
}

/* Turns one placed request into primitives: two extension lines, the dimension line, two
 * arrowheads and the value; and records it. The only place a dimension is drawn. */
static void
dim_emit (StencilScene    *scene,
          const DimLayout *layout,
          const DimRequest *r)
{
  double u = layout->u;
  double sign = side_sign (r->side);
  double line = lane_position (layout, r->side, r->lane);
  double al = ARROW_LENGTH * u;
  StencilStyle style = r->aperture ? STENCIL_STYLE_DIMENSION_APERTURE : STENCIL_STYLE_DIMENSION;
  StencilDimension *d = g_new0 (StencilDimension, 1);
  double all[4] = { G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };
  double line_box[4] = { G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };
  double line_lo, line_hi, text_lo, text_across0, text_across1;
  double x0, y0, x1, y1;
  const double ends[2] = { r->a, r->b };
  const double starts[2] = { r->start_a, r->start_b };

  for (guint k = 0; k < 2; k++)
    {
      side_to_xy (r->side, ends[k], starts[k] + sign * EXT_GAP * u, &x0, &y0);
      side_to_xy (r->side, ends[k], line + sign * EXT_OVER * u, &x1, &y1);
      stencil_scene_add_line (scene, STENCIL_LAYER_DIMENSIONS, style, LINE_DIM * u, x0, y0, x1, y1);
      box_union (all, x0, y0, x1, y1);
    }

  if (r->text_pos == 0)
    {
      line_lo = r->a;
      line_hi = r->b;
      add_arrow (scene, style, r->side, r->a, 1, line, u);
      add_arrow (scene, style, r->side, r->b, -1, line, u);
      text_lo = (r->a + r->b - r->text_w) / 2;
    }
  else
    {
      /* Arrows outside pointing in; the line runs on under the value. */
      add_arrow (scene, style, r->side, r->a, -1, line, u);
      add_arrow (scene, style, r->side, r->b, 1, line, u);
      if (r->text_pos < 0)
        {
          text_lo = r->a - al - TEXT_GAP_ALONG * u - r->text_w;
          line_lo = text_lo;
          line_hi = r->b + al + 0.3 * u;
        }
      else
        {
          text_lo = r->b + al + TEXT_GAP_ALONG * u;
          line_lo = r->a - al - 0.3 * u;
          line_hi = text_lo + r->text_w;
        }
    }
  side_to_xy (r->side, line_lo, line, &x0, &y0);
  side_to_xy (r->side, line_hi, line, &x1, &y1);
  stencil_scene_add_line (scene, STENCIL_LAYER_DIMENSIONS, style, LINE_DIM * u, x0, y0, x1, y1);
  side_to_xy (r->side, MIN (line_lo, r->a - (r->text_pos != 0 ? al : 0)), line - ARROW_HALF * u,
              &x0, &y0);
  side_to_xy (r->side, MAX (line_hi, r->b + (r->text_pos != 0 ? al : 0)), line + ARROW_HALF * u,
              &x1, &y1);
  box_union (line_box, x0, y0, x1, y1);

  /* The value sits on the outer side of its line (ISO aligned: vertical values read upwards). */
  text_across0 = line + sign * TEXT_GAP * u;
  text_across1 = line + sign * (TEXT_GAP + TEXT_ASCENT + DIGIT_DESCENT) * u;
  switch (r->side)
    {
    case SIDE_TOP:
      stencil_scene_add_text (scene, STENCIL_LAYER_DIMENSIONS, style, text_lo,
                              line - (TEXT_GAP + DIGIT_DESCENT) * u, STENCIL_ANCHOR_LEFT, u,
                              FALSE, r->text);
      break;
    case SIDE_BOTTOM:
      stencil_scene_add_text (scene, STENCIL_LAYER_DIMENSIONS, style, text_lo,
                              line + (TEXT_GAP + TEXT_ASCENT) * u, STENCIL_ANCHOR_LEFT, u,
                              FALSE, r->text);
      break;
    case SIDE_LEFT:
      scene_add_vertical_text (scene, STENCIL_LAYER_DIMENSIONS, style,
                               line - (TEXT_GAP + DIGIT_DESCENT) * u, text_lo + r->text_w, u,
                               r->text);
      break;
    case SIDE_RIGHT:
    default:
      scene_add_vertical_text (scene, STENCIL_LAYER_DIMENSIONS, style,
                               line + (TEXT_GAP + TEXT_ASCENT) * u, text_lo + r->text_w, u,
                               r->text);
      break;
    }
  side_to_xy (r->side, text_lo, text_across0, &x0, &y0);
  side_to_xy (r->side, text_lo + r->text_w, text_across1, &x1, &y1);

  d->name = g_strdup (r->name);
  d->value_mm = r->value_mm;
  d->text = g_strdup (r->text);
  d->aperture = r->aperture;
  d->text_x0 = MIN (x0, x1);
  d->text_y0 = MIN (y0, y1);
  d->text_x1 = MAX (x0, x1);
  d->text_y1 = MAX (y0, y1);
  d->line_x0 = line_box[0];
  d->line_y0 = line_box[1];
  d->line_x1 = line_box[2];
  d->line_y1 = line_box[3];
  box_union (all, line_box[0], line_box[1], line_box[2], line_box[3]);
  box_union (all, d->text_x0, d->text_y0, d->text_x1, d->text_y1);
  d->x0 = all[0];
  d->y0 = all[1];
  d->x1 = all[2];
  d->y1 = all[3];
  g_ptr_array_add (scene->dimensions, d);
}

/* ---- Part view -------------------------------------------------------------------------- */

typedef struct
{
  double x0, y0, x1, y1;      /* scene coordinates (y down) */
} Box;

static Box
pad_box (const StencilPad *pad)
{
  /* The model's y points up, the scene's down. */
  Box b = { pad->x_mm - pad->w_mm / 2, -pad->y_mm - pad->h_mm / 2,
            pad->x_mm + pad->w_mm / 2, -pad->y_mm + pad->h_mm / 2 };
  return b;
}

static Box
aperture_box (const StencilPad      *pad,
              const StencilAperture *ap)
{
  Box b = { pad->x_mm - ap->w_mm / 2, -pad->y_mm - ap->h_mm / 2,
            pad->x_mm + ap->w_mm / 2, -pad->y_mm + ap->h_mm / 2 };
  return b;
}

static StencilStyle
status_style (StencilStatus status)
{
  switch (status)
    {
    case STENCIL_STATUS_PASS: return STENCIL_STYLE_APERTURE_PASS;
    case STENCIL_STATUS_MARGINAL: return STENCIL_STYLE_APERTURE_MARGINAL;
    case STENCIL_STATUS_FAIL:
    default: return STENCIL_STYLE_APERTURE_FAIL;
    }
}

static int
compare_pad_x (gconstpointer a,
               gconstpointer b)
{
  const StencilPad *pa = *(const StencilPad * const *) a;
  const StencilPad *pb = *(const StencilPad * const *) b;

  return (pa->x_mm > pb->x_mm) - (pa->x_mm < pb->x_mm);
}

/* Text size of a part view on its own (screen): about 1/55 of its larger side, so that the
 * values stay readable when the view fills a window, with the lanes in proportion. */
static double
part_view_unit (const StencilPattern *pattern)
{
  double x0, y0, x1, y1;

  stencil_pattern_get_extents (pattern, &x0, &y0, &x1, &y1);
  return CLAMP (MAX (x1 - x0, 2.5 * (y1 - y0)) / 55.0, 0.08, 0.5);
}

static const char *
pad_class_name (StencilPadClass pad_class)
{
  return pad_class == STENCIL_PAD_CLASS_TERMINAL ? "terminal" : "soldering";
}

static void
build_part_view (StencilScene  *scene,
                 StencilResult *result,
                 double         u)
{
  const StencilPattern *pattern = result->pattern;
  g_autoptr(GPtrArray) top = g_ptr_array_new ();      /* terminal rows, sorted by x */
  g_autoptr(GPtrArray) bottom = g_ptr_array_new ();
  g_autoptr(GPtrArray) soldering = g_ptr_array_new ();
  DimLayout layout = { 0 };
  Box ext = { G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };
  const char *span_name;

  g_return_if_fail (result->apertures->len == pattern->pads->len);

  /* Lands, then apertures on top of them. */
  for (guint i = 0; i < pattern->pads->len; i++)
    {
      const StencilPad *pad = &g_array_index (pattern->pads, StencilPad, i);
      Box b = pad_box (pad);

      stencil_scene_add_rect (scene, STENCIL_LAYER_PADS, STENCIL_STYLE_PAD,
                              STENCIL_PRIMITIVE_FILL | STENCIL_PRIMITIVE_STROKE, LINE_PAD * u,
                              b.x0, b.y0, b.x1, b.y1, 0);
      ext.x0 = MIN (ext.x0, b.x0);
      ext.y0 = MIN (ext.y0, b.y0);
      ext.x1 = MAX (ext.x1, b.x1);
      ext.y1 = MAX (ext.y1, b.y1);
      if (pad->pad_class == STENCIL_PAD_CLASS_SOLDERING)
        g_ptr_array_add (soldering, (gpointer) pad);
      else if (pad->y_mm > 0)
        g_ptr_array_add (top, (gpointer) pad);
      else
        g_ptr_array_add (bottom, (gpointer) pad);
    }
  for (guint i = 0; i < pattern->pads->len; i++)
    {
      const StencilPad *pad = &g_array_index (pattern->pads, StencilPad, i);
      const StencilAperture *ap = &g_array_index (result->apertures, StencilAperture, i);
      Box b = aperture_box (pad, ap);

      if (ap->w_mm <= 0 || ap->h_mm <= 0)
        continue;
      stencil_scene_add_rect (scene, STENCIL_LAYER_APERTURES, status_style (ap->status),
                              STENCIL_PRIMITIVE_FILL | STENCIL_PRIMITIVE_STROKE,
                              LINE_APERTURE * u, b.x0, b.y0, b.x1, b.y1, ap->r_mm);
    }
  g_ptr_array_sort (top, compare_pad_x);
  g_ptr_array_sort (bottom, compare_pad_x);
  g_ptr_array_sort (soldering, compare_pad_x);

  /* Body outline, dashed: the part's footprint over its lands. */
  stencil_scene_add_rect (scene, STENCIL_LAYER_OUTLINE, STENCIL_STYLE_OUTLINE,
                          STENCIL_PRIMITIVE_STROKE | STENCIL_PRIMITIVE_DASHED, LINE_OUTLINE * u,
                          -pattern->body_w_mm / 2, -pattern->body_h_mm / 2,
                          pattern->body_w_mm / 2, pattern->body_h_mm / 2, 0);

  /* Pin numbers at the row ends, on the inner side of the rows where no dimension runs; the
   * pin-1 dot off the outer corner of pin 1. */
  for (guint row = 0; row < 2; row++)
    {
      GPtrArray *pads = row == 0 ? top : bottom;

      for (guint k = 0; k < pads->len && k < 2; k++)
        {
          const StencilPad *pad = g_ptr_array_index (pads, k == 0 ? 0 : pads->len - 1);
          Box b = pad_box (pad);
          double baseline = row == 0 ? b.y1 + (0.2 + TEXT_ASCENT * LABEL_SIZE) * u
                                     : b.y0 - 0.2 * u;

          if (k == 1 && pads->len == 1)
            break;
          stencil_scene_add_text (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_MARK, pad->x_mm,
                                  baseline, STENCIL_ANCHOR_CENTER, LABEL_SIZE * u, TRUE, pad->id);
        }
    }
  for (guint i = 0; i < pattern->pads->len; i++)
    {
      const StencilPad *pad = &g_array_index (pattern->pads, StencilPad, i);

      if (g_strcmp0 (pad->id, "1") == 0)
        {
          Box b = pad_box (pad);
          double d = PIN1_DOT * u;
          double gap = 0.15 * u;

          /* Pin 1 is on the upper row: the dot goes above and left of its corner. */
          stencil_scene_add_rect (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_MARK,
                                  STENCIL_PRIMITIVE_FILL, 0,
                                  b.x0 - gap - d, b.y0 - gap - d, b.x0 - gap, b.y0 - gap, d / 2);
        }
    }

  /* Dimension lanes start outside the lands and the body alike. */
  layout.u = u;
  layout.requests = g_ptr_array_new_with_free_func (dim_request_free);
  layout.edge[SIDE_TOP] = MIN (ext.y0, -pattern->body_h_mm / 2);
  layout.edge[SIDE_BOTTOM] = MAX (ext.y1, pattern->body_h_mm / 2);
  layout.edge[SIDE_LEFT] = MIN (ext.x0, -pattern->body_w_mm / 2);
  layout.edge[SIDE_RIGHT] = MAX (ext.x1, pattern->body_w_mm / 2);

  span_name = stencil_family_get_row_span_name (pattern->part->family, pattern->part->kind);

  if (top->len >= 2)
    {
      guint i1 = MIN (MAX (1, top->len / 2), top->len - 2);
      const StencilPad *p1 = g_ptr_array_index (top, i1);
      const StencilPad *p2 = g_ptr_array_index (top, i1 + 1);
      const StencilPad *first = g_ptr_array_index (top, 0);
      const StencilPad *last = g_ptr_array_index (top, top->len - 1);

      dim_layout_add (&layout, "pitch", p2->x_mm - p1->x_mm, NULL, FALSE, SIDE_TOP,
                      p1->x_mm, pad_box (p1).y0, p2->x_mm, pad_box (p2).y0);
      if (bottom->len == top->len)
        dim_layout_set_alternative (&layout, SIDE_BOTTOM,
                                    pad_box (g_ptr_array_index (bottom, i1)).y1,
                                    pad_box (g_ptr_array_index (bottom, i1 + 1)).y1);
      dim_layout_add (&layout, "row-span", last->x_mm - first->x_mm, span_name, FALSE, SIDE_TOP,
                      first->x_mm, pad_box (first).y0, last->x_mm, pad_box (last).y0);
    }
  if (soldering->len >= 2)
    {
      const StencilPad *s1 = g_ptr_array_index (soldering, 0);
      const StencilPad *s2 = g_ptr_array_index (soldering, soldering->len - 1);

      dim_layout_add (&layout, "soldering-span", s2->x_mm - s1->x_mm, NULL, FALSE, SIDE_TOP,
                      s1->x_mm, pad_box (s1).y0, s2->x_mm, pad_box (s2).y0);
    }
  {
    /* Overall width: from the outermost land on each end, its top edge. */
    const StencilPad *left = NULL, *right = NULL;

    for (guint i = 0; i < pattern->pads->len; i++)
      {
        const StencilPad *pad = &g_array_index (pattern->pads, StencilPad, i);

        if (left == NULL || pad_box (pad).x0 < pad_box (left).x0 - 1e-9)
          left = pad;
        if (right == NULL || pad_box (pad).x1 > pad_box (right).x1 + 1e-9)
          right = pad;
      }
    if (left != NULL)
      dim_layout_add (&layout, "overall-w", ext.x1 - ext.x0, NULL, FALSE, SIDE_TOP,
                      ext.x0, pad_box (left).y0, ext.x1, pad_box (right).y0);
  }

  /* Bottom: the widths of lands and apertures. The terminal land's width is on the lower row,
   * away from the extension lines of the row span on the upper one. */
  if (bottom->len > 0)
    {
      const StencilPad *pw = g_ptr_array_index (bottom, MIN (bottom->len / 2 >= 3
                                                             ? bottom->len / 2 - 2 : 1,
                                                             bottom->len - 1));

      dim_layout_add (&layout, "pad-w/terminal", pw->w_mm, NULL, FALSE, SIDE_BOTTOM,
                      pad_box (pw).x0, pad_box (pw).y1, pad_box (pw).x1, pad_box (pw).y1);
      if (top->len > 0)
        dim_layout_set_alternative (&layout, SIDE_TOP, pad_box (pw).y0 - 2 * fabs (pw->y_mm),
                                    pad_box (pw).y0 - 2 * fabs (pw->y_mm));
    }
  for (guint c = 0; c < result->n_classes; c++)
    {
      const StencilClassResult *cr = &result->classes[c];
      const StencilPad *pad = NULL;
      g_autofree char *name = NULL;
      Box b;

      if (cr->pad_class == STENCIL_PAD_CLASS_TERMINAL && bottom->len > 0)
        pad = g_ptr_array_index (bottom, MIN (bottom->len / 2, bottom->len - 1));
      else if (cr->pad_class == STENCIL_PAD_CLASS_SOLDERING && soldering->len > 0)
        pad = g_ptr_array_index (soldering, 0);
      if (pad == NULL)
        continue;

      if (cr->pad_class == STENCIL_PAD_CLASS_SOLDERING && soldering->len >= 2)
        {
          const StencilPad *s2 = g_ptr_array_index (soldering, soldering->len - 1);

          b = pad_box (s2);
          dim_layout_add (&layout, "pad-w/soldering", s2->w_mm, NULL, FALSE, SIDE_BOTTOM,
                          b.x0, b.y1, b.x1, b.y1);
        }
      else if (cr->pad_class == STENCIL_PAD_CLASS_SOLDERING)
        {
          b = pad_box (pad);
          dim_layout_add (&layout, "pad-w/soldering", pad->w_mm, NULL, FALSE, SIDE_TOP,
                          b.x0, b.y0, b.x1, b.y0);
        }
      b = aperture_box (pad, &cr->aperture);
      name = g_strdup_printf ("aperture-w/%s", pad_class_name (cr->pad_class));
      dim_layout_add (&layout, name, cr->aperture.w_mm, NULL, TRUE, SIDE_BOTTOM,
                      b.x0, b.y1, b.x1, b.y1);
    }

  /* Left: the soldering land's length, the row centre distance, the overall height, nested.
   * The terminal lengths go to the right: the row centre's extension line would cross them. */
  if (soldering->len > 0)
    {
      const StencilPad *s1 = g_ptr_array_index (soldering, 0);
      Box b = pad_box (s1);

      dim_layout_add (&layout, "pad-h/soldering", s1->h_mm, NULL, FALSE, SIDE_LEFT,
                      b.y0, b.x0, b.y1, b.x0);
    }
  if (top->len > 0 && bottom->len > 0)
    {
      const StencilPad *p1 = g_ptr_array_index (top, 0);
      const StencilPad *q1 = g_ptr_array_index (bottom, 0);

      dim_layout_add (&layout, "row-centre", p1->y_mm - q1->y_mm, NULL, FALSE, SIDE_LEFT,
                      -p1->y_mm, pad_box (p1).x0, -q1->y_mm, pad_box (q1).x0);
    }
  {
    const StencilPad *upper = NULL, *lower = NULL;

    /* Overall height: from the leftmost of the lands that reach the top and bottom edges. */
    for (guint i = 0; i < pattern->pads->len; i++)
      {
        const StencilPad *pad = &g_array_index (pattern->pads, StencilPad, i);
        Box b = pad_box (pad);

        if (b.y0 <= ext.y0 + 1e-9 && (upper == NULL || b.x0 < pad_box (upper).x0))
          upper = pad;
        if (b.y1 >= ext.y1 - 1e-9 && (lower == NULL || b.x0 < pad_box (lower).x0))
          lower = pad;
      }
    if (upper != NULL && lower != NULL)
      dim_layout_add (&layout, "overall-h", ext.y1 - ext.y0, NULL, FALSE, SIDE_LEFT,
                      ext.y0, pad_box (upper).x0, ext.y1, pad_box (lower).x0);
  }

  /* Right: the terminal land's length on the upper row, aperture lengths. */
  if (top->len > 0)
    {
      const StencilPad *pm = g_ptr_array_index (top, top->len - 1);
      Box b = pad_box (pm);

      dim_layout_add (&layout, "pad-h/terminal", pm->h_mm, NULL, FALSE, SIDE_RIGHT,
                      b.y0, b.x1, b.y1, b.x1);
    }
  for (guint c = 0; c < result->n_classes; c++)
    {
      const StencilClassResult *cr = &result->classes[c];
      const StencilPad *pad = NULL;
      g_autofree char *name = NULL;
      Box b;

      if (cr->pad_class == STENCIL_PAD_CLASS_TERMINAL && bottom->len > 0)
        pad = g_ptr_array_index (bottom, bottom->len - 1);
      else if (cr->pad_class == STENCIL_PAD_CLASS_TERMINAL && top->len > 0)
        pad = g_ptr_array_index (top, top->len - 1);
      else if (cr->pad_class == STENCIL_PAD_CLASS_SOLDERING && soldering->len > 0)
        pad = g_ptr_array_index (soldering, soldering->len - 1);
      if (pad == NULL)
        continue;
      b = aperture_box (pad, &cr->aperture);
      name = g_strdup_printf ("aperture-h/%s", pad_class_name (cr->pad_class));
      dim_layout_add (&layout, name, cr->aperture.h_mm, NULL, TRUE, SIDE_RIGHT,
                      b.y0, b.x1, b.y1, b.x1);
    }

  dim_layout_place (&layout);
  for (guint i = 0; i < layout.requests->len; i++)
    dim_emit (scene, &layout, g_ptr_array_index (layout.requests, i));
  g_ptr_array_unref (layout.requests);
}

StencilScene *
stencil_scene_new_part_view_for_text (StencilResult *result,
                                      double         text_mm)
{
  StencilScene *scene;
  double x0, y0, x1, y1;

  g_return_val_if_fail (result != NULL, NULL);

  scene = stencil_scene_new (0, 0);
  build_part_view (scene, result, CLAMP (text_mm, 0.005, 50.0));
  stencil_scene_get_extents (scene, &x0, &y0, &x1, &y1);
  scene->width_mm = x1 - x0;
  scene->height_mm = y1 - y0;
  return scene;
}

StencilScene *
stencil_scene_new_part_view (StencilResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);

  return stencil_scene_new_part_view_for_text (result, part_view_unit (result->pattern));
}

double
stencil_scene_part_view_text_size (StencilResult *result)
{
  g_return_val_if_fail (result != NULL, 0);

  return part_view_unit (result->pattern);
}

/* ---- Detail view ------------------------------------------------------------------------ */

/* Long parts leave the page's view area half empty at their small scale, and the 0.4 mm pitch
 * details are then small: the pin-1 corner is drawn again, enlarged, with its sizes repeated. */

#define DETAIL_N_PADS     4      /* terminals of the upper row shown in the detail */
#define DETAIL_MARGIN     0.25   /* mm (part): around the body corner and the lands */
#define DETAIL_HEADING    3.2    /* heading text (em), mm on paper */
#define DETAIL_GAP        4.0    /* mm on paper: least room above, between and below the views */
#define DETAIL_LINE       0.25   /* frame of the detail and its mark in the main view */
#define DETAIL_CORNER     1.5    /* their corner radius, mm on paper */
#define DETAIL_LETTER     3.5    /* the letter A, mm on paper */
#define DETAIL_LETTER_TEXT "A"

static void
sort_pads (const StencilPattern *pattern,
           GPtrArray            *top,
           GPtrArray            *bottom,
           GPtrArray            *soldering)
{
  for (guint i = 0; i < pattern->pads->len; i++)
    {
      const StencilPad *pad = &g_array_index (pattern->pads, StencilPad, i);

      if (pad->pad_class == STENCIL_PAD_CLASS_SOLDERING)
        g_ptr_array_add (soldering, (gpointer) pad);
      else if (pad->y_mm > 0)
        g_ptr_array_add (top, (gpointer) pad);
      else
        g_ptr_array_add (bottom, (gpointer) pad);
    }
  g_ptr_array_sort (top, compare_pad_x);
  g_ptr_array_sort (bottom, compare_pad_x);
  g_ptr_array_sort (soldering, compare_pad_x);
}

/* The part of the pattern the detail shows, in part coordinates (y down): the body corner left
 * of pin 1, the first terminals of the upper row, the soldering terminal beside them. The right
 * edge runs through the gap after the last terminal shown, so that no land is cut there. */
static gboolean
detail_window (const StencilPattern *pattern,
               double                margin,
               gboolean              compact,
               Box                  *window)
{
  g_autoptr(GPtrArray) top = g_ptr_array_new ();
  g_autoptr(GPtrArray) bottom = g_ptr_array_new ();
  g_autoptr(GPtrArray) soldering = g_ptr_array_new ();
  const StencilPad *first, *last;
  guint n;
  Box w;

  sort_pads (pattern, top, bottom, soldering);
  if (top->len < DETAIL_N_PADS + 1)
    return FALSE;
  n = DETAIL_N_PADS;
  first = g_ptr_array_index (top, 0);
  last = g_ptr_array_index (top, n - 1);

  w.x1 = (last->x_mm + ((const StencilPad *) g_ptr_array_index (top, n))->x_mm) / 2;
  w.x0 = MIN (-pattern->body_w_mm / 2, pad_box (first).x0);
  w.y0 = MIN (-pattern->body_h_mm / 2, pad_box (first).y0);
  w.y1 = pad_box (first).y1;
  for (guint i = 0; i < soldering->len; i++)
    {
      const StencilPad *s = g_ptr_array_index (soldering, i);
      Box b = pad_box (s);

      /* Compact: only the upper part of the soldering land, which keeps its width. */
      if (b.x1 < w.x1)
        {
          w.x0 = MIN (w.x0, b.x0);
          w.y0 = MIN (w.y0, b.y0);
          w.y1 = MAX (w.y1, compact ? b.y0 + 0.25 * (b.y1 - b.y0) : b.y1);
        }
    }
  w.x0 -= margin;
  w.y0 -= margin;
  w.y1 += margin;
  /* Stop short of the lower row: its lands would only be cut. */
  if (bottom->len > 0)
    w.y1 = MIN (w.y1, pad_box (g_ptr_array_index (bottom, 0)).y0 - margin / 2);
  if (w.y1 <= w.y0 || w.x1 <= w.x0)
    return FALSE;
  *window = w;
  return TRUE;
}

static StencilPrimitive *
scene_add_copy (StencilScene           *scene,
                const StencilPrimitive *p)
{
  StencilPrimitive *q = g_new (StencilPrimitive, 1);

  *q = *p;
  q->text = g_strdup (p->text);
  q->points = g_memdup2 (p->points, sizeof (double) * 2 * p->n_points);
  g_ptr_array_add (scene->primitives, q);
  return q;
}

/* Liang-Barsky: the part of the segment inside w, FALSE when none. */
static gboolean
clip_segment (const Box *w,
              double    *x0,
              double    *y0,
              double    *x1,
              double    *y1)
{
  double dx = *x1 - *x0, dy = *y1 - *y0;
  double p[4] = { -dx, dx, -dy, dy };
  double q[4] = { *x0 - w->x0, w->x1 - *x0, *y0 - w->y0, w->y1 - *y0 };
  double t0 = 0, t1 = 1;

  for (guint k = 0; k < 4; k++)
    {
      if (fabs (p[k]) < 1e-12)
        {
          if (q[k] < 0)
            return FALSE;
          continue;
        }
      if (p[k] < 0)
        t0 = MAX (t0, q[k] / p[k]);
      else
        t1 = MIN (t1, q[k] / p[k]);
    }
  if (t0 >= t1)
    return FALSE;
  *x1 = *x0 + t1 * dx;
  *y1 = *y0 + t1 * dy;
  *x0 += t0 * dx;
  *y0 += t0 * dy;
  return TRUE;
}

static void
add_clipped_line (StencilScene           *scene,
                  const StencilPrimitive *p,
                  const Box              *w,
                  double                  x0,
                  double                  y0,
                  double                  x1,
                  double                  y1)
{
  StencilPrimitive *q;

  if (!clip_segment (w, &x0, &y0, &x1, &y1))
    return;
  q = stencil_scene_add_line (scene, p->layer, p->style, p->line_width_mm, x0, y0, x1, y1);
  q->flags |= p->flags & STENCIL_PRIMITIVE_DASHED;
}

/* Copies the primitives of a part view that show the part (not its dimensions) into scene, cut
 * to the window: a land cut by the window keeps its fill and the outline of its uncut edges,
 * the dashed body outline becomes its edges' pieces, text and marks only come whole. */
static void
append_clipped (StencilScene *scene,
                StencilScene *view,
                const Box    *w)
{
  for (guint i = 0; i < view->primitives->len; i++)
    {
      const StencilPrimitive *p = g_ptr_array_index (view->primitives, i);
      double x0, y0, x1, y1;

      if (p->layer == STENCIL_LAYER_DIMENSIONS)
        continue;
      stencil_primitive_get_bounds (p, &x0, &y0, &x1, &y1);
      if (x0 >= w->x0 && y0 >= w->y0 && x1 <= w->x1 && y1 <= w->y1)
        {
          scene_add_copy (scene, p);
          continue;
        }
      if (p->kind == STENCIL_PRIMITIVE_LINE)
        add_clipped_line (scene, p, w, p->x0, p->y0, p->x1, p->y1);
      else if (p->kind == STENCIL_PRIMITIVE_RECT)
        {
          Box c = { MAX (p->x0, w->x0), MAX (p->y0, w->y0),
                    MIN (p->x1, w->x1), MIN (p->y1, w->y1) };
          const double edges[4][4] = { { p->x0, p->y0, p->x1, p->y0 },
                                       { p->x1, p->y0, p->x1, p->y1 },
                                       { p->x1, p->y1, p->x0, p->y1 },
                                       { p->x0, p->y1, p->x0, p->y0 } };

          if (c.x0 >= c.x1 || c.y0 >= c.y1)
            continue;
          if (p->flags & STENCIL_PRIMITIVE_FILL)
            stencil_scene_add_rect (scene, p->layer, p->style, STENCIL_PRIMITIVE_FILL, 0,
                                    c.x0, c.y0, c.x1, c.y1, 0);
          if (p->flags & STENCIL_PRIMITIVE_STROKE)
            for (guint k = 0; k < 4; k++)
              add_clipped_line (scene, p, w, edges[k][0], edges[k][1], edges[k][2],
                                edges[k][3]);
        }
      /* Polylines (the arrowheads and marks) and text cut in two are left out. */
    }
}

/* The detail at text size u (part mm): the clipped part view, a frame on the window, and the
 * pitch, land and aperture sizes of the lands in it, laid out around the frame like the part
 * view's. Part coordinates. */
static StencilScene *
build_detail (StencilResult *result,
              const Box     *w,
              double         u,
              double         paper_scale)
{
  const StencilPattern *pattern = result->pattern;
  g_autoptr(GPtrArray) top = g_ptr_array_new ();
  g_autoptr(GPtrArray) bottom = g_ptr_array_new ();
  g_autoptr(GPtrArray) soldering = g_ptr_array_new ();
  g_autoptr(StencilScene) view = stencil_scene_new (0, 0);
  StencilScene *scene = stencil_scene_new (0, 0);
  const StencilPad *s1 = NULL;
  gboolean s1_whole = FALSE;
  DimLayout layout = { 0 };

  build_part_view (view, result, u);
  append_clipped (scene, view, w);
  stencil_scene_add_rect (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_TEXT,
                          STENCIL_PRIMITIVE_STROKE, DETAIL_LINE / paper_scale,
                          w->x0, w->y0, w->x1, w->y1, DETAIL_CORNER / paper_scale);

  sort_pads (pattern, top, bottom, soldering);
  for (guint i = 0; i < soldering->len; i++)
    {
      const StencilPad *s = g_ptr_array_index (soldering, i);
      Box b = pad_box (s);

      if (b.x0 >= w->x0 && b.x1 <= w->x1 && b.y0 >= w->y0 && b.y0 < w->y1)
        {
          s1 = s;
          s1_whole = b.y1 <= w->y1;
          break;
        }
    }

  layout.u = u;
  layout.requests = g_ptr_array_new_with_free_func (dim_request_free);
  layout.edge[SIDE_TOP] = w->y0;
  layout.edge[SIDE_BOTTOM] = w->y1;
  layout.edge[SIDE_LEFT] = w->x0;
  layout.edge[SIDE_RIGHT] = w->x1;

  /* Above: pitch and the land's width; the aperture's width too, on the next land. The
   * last land shown carries the lengths, on the right. */
  {
    const StencilPad *p1 = g_ptr_array_index (top, 0);
    const StencilPad *p2 = g_ptr_array_index (top, 1);
    const StencilPad *pw = g_ptr_array_index (top, 1);
    const StencilPad *pa = g_ptr_array_index (top, DETAIL_N_PADS - 2);
    const StencilPad *pl = g_ptr_array_index (top, DETAIL_N_PADS - 1);

    dim_layout_add (&layout, "detail/pitch", p2->x_mm - p1->x_mm, NULL, FALSE, SIDE_TOP,
                    p1->x_mm, pad_box (p1).y0, p2->x_mm, pad_box (p2).y0);
    dim_layout_add (&layout, "detail/pad-w/terminal", pw->w_mm, NULL, FALSE, SIDE_TOP,
                    pad_box (pw).x0, pad_box (pw).y0, pad_box (pw).x1, pad_box (pw).y0);
    dim_layout_add (&layout, "detail/pad-h/terminal", pl->h_mm, NULL, FALSE, SIDE_RIGHT,
                    pad_box (pl).y0, pad_box (pl).x1, pad_box (pl).y1, pad_box (pl).x1);
    for (guint c = 0; c < result->n_classes; c++)
      {
        const StencilClassResult *cr = &result->classes[c];
        Box b;

        if (cr->pad_class != STENCIL_PAD_CLASS_TERMINAL || cr->aperture.w_mm <= 0)
          continue;
        b = aperture_box (pa, &cr->aperture);
        dim_layout_add (&layout, "detail/aperture-w/terminal", cr->aperture.w_mm, NULL, TRUE,
                        SIDE_TOP, b.x0, b.y0, b.x1, b.y0);
        b = aperture_box (pl, &cr->aperture);
        dim_layout_add (&layout, "detail/aperture-h/terminal", cr->aperture.h_mm, NULL, TRUE,
                        SIDE_RIGHT, b.y0, b.x1, b.y1, b.x1);
      }
  }
  /* The soldering land: its width below it, its length on the left; a land cut by a compact
   * window has only its width, above. */
  if (s1 != NULL)
    {
      Box b = pad_box (s1);
      Side side = s1_whole ? SIDE_BOTTOM : SIDE_TOP;

      dim_layout_add (&layout, "detail/pad-w/soldering", s1->w_mm, NULL, FALSE, side,
                      b.x0, s1_whole ? b.y1 : b.y0, b.x1, s1_whole ? b.y1 : b.y0);
      if (s1_whole)
        dim_layout_add (&layout, "detail/pad-h/soldering", s1->h_mm, NULL, FALSE, SIDE_LEFT,
                        b.y0, b.x0, b.y1, b.x0);
      for (guint c = 0; c < result->n_classes; c++)
        {
          const StencilClassResult *cr = &result->classes[c];

          if (cr->pad_class != STENCIL_PAD_CLASS_SOLDERING || cr->aperture.w_mm <= 0)
            continue;
          b = aperture_box (s1, &cr->aperture);
          if (!s1_whole && b.y0 >= w->y1)
            continue;
          dim_layout_add (&layout, "detail/aperture-w/soldering", cr->aperture.w_mm, NULL, TRUE,
                          side, b.x0, s1_whole ? b.y1 : b.y0, b.x1, s1_whole ? b.y1 : b.y0);
          if (s1_whole)
            dim_layout_add (&layout, "detail/aperture-h/soldering", cr->aperture.h_mm, NULL,
                            TRUE, SIDE_LEFT, b.y0, b.x0, b.y1, b.x0);
        }
    }

  dim_layout_place (&layout);
  for (guint i = 0; i < layout.requests->len; i++)
    dim_emit (scene, &layout, g_ptr_array_index (layout.requests, i));
  g_ptr_array_unref (layout.requests);
  return scene;
}

static gboolean
box_is_free (StencilScene *scene,
             const Box    *b,
             double        margin)
{
  const double a[4] = { b->x0, b->y0, b->x1, b->y1 };

  for (guint i = 0; i < scene->primitives->len; i++)
    {
      const StencilPrimitive *p = g_ptr_array_index (scene->primitives, i);
      double q[4];

      if (p->kind != STENCIL_PRIMITIVE_TEXT && p->layer != STENCIL_LAYER_PADS &&
          p->layer != STENCIL_LAYER_APERTURES && p->layer != STENCIL_LAYER_DIMENSIONS)
        continue;
      stencil_primitive_get_bounds (p, &q[0], &q[1], &q[2], &q[3]);
      if (boxes_overlap (a, q, margin))
        return FALSE;
    }
  for (guint i = 0; i < scene->dimensions->len; i++)
    {
      const StencilDimension *d = g_ptr_array_index (scene->dimensions, i);
      const double q[4] = { d->x0, d->y0, d->x1, d->y1 };

      if (boxes_overlap (a, q, margin))
        return FALSE;
    }
  return TRUE;
}

/* Where the letter of the detail's mark goes in the main view: beside one of the mark's corners,
 * inside area, touching no value, dimension or land. FALSE when there is no such place. */
static gboolean
find_mark_letter (StencilScene *view,
                  const Box    *mark,
                  const Box    *area,
                  double       *x,
                  double       *y)
{
  double lw = stencil_scene_text_width (DETAIL_LETTER_TEXT, DETAIL_LETTER, TRUE);
  double asc = TEXT_ASCENT * DETAIL_LETTER;
  double g = 1.0;
  /* Baseline starts: left of the left corners, above and below them, then the right ones. */
  const double candidates[][2] = {
    { mark->x0 - g - lw, mark->y0 + asc },
    { mark->x0 - g - lw, mark->y1 },
    { mark->x0 - g - lw, mark->y0 - g },
    { mark->x0 - g - lw, mark->y1 + g + asc },
    { mark->x0, mark->y0 - g },
    { mark->x0, mark->y1 + g + asc },
    { mark->x1 + g, mark->y1 + g + asc },
    { mark->x1 + g, mark->y1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      Box b = { candidates[i][0], candidates[i][1] - asc,
                candidates[i][0] + lw, candidates[i][1] + TEXT_DESCENT * DETAIL_LETTER };

      if (b.x0 >= area->x0 && b.x1 <= area->x1 && b.y0 >= area->y0 && b.y1 <= area->y1 &&
          box_is_free (view, &b, 0.5))
        {
          *x = candidates[i][0];
          *y = candidates[i][1];
          return TRUE;
        }
    }
  return FALSE;
}

/* ---- Sheet ------------------------------------------------------------------------------ */

#define SHEET_MARGIN      10.0   /* paper edge to frame */
#define SHEET_INSET        4.0   /* frame to content */
#define SHEET_TEXT         2.6   /* table and summary text */
#define SHEET_DIM_TEXT     2.5   /* dimension values on paper: u */
#define SHEET_LINE_FRAME   0.5
#define SHEET_LINE_RULE    0.25
#define SHEET_LABEL        1.8   /* the small labels of the title block */

static void
paper_size (const StencilDrawingOptions *options,
            double                      *width_mm,
            double                      *height_mm)
{
  double w = 210, h = 297;

  if (options->paper == STENCIL_PAPER_LETTER)
    {
      w = 215.9;
      h = 279.4;
    }
  *width_mm = options->landscape ? h : w;
  *height_mm = options->landscape ? w : h;
}

/* Text that shrinks to fit max_w; returns the size used. */
static double
add_text_fit (StencilScene *scene,
              StencilStyle  style,
              double        x,
              double        y,
              StencilAnchor anchor,
              double        max_w,
              double        size,
              gboolean      bold,
              const char   *text)
{
  double w = stencil_scene_text_width (text, size, bold);

  if (w > max_w && w > 0)
    size *= max_w / w;
  stencil_scene_add_text (scene, STENCIL_LAYER_LABELS, style, x, y, anchor, size, bold, text);
  return size;
}

static const char *
pad_class_title (StencilPadClass pad_class)
{
  return stencil_pad_class_label (pad_class);
}

static char *
format_percent (double fraction)
{
  g_autofree char *number = NULL;
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buf, sizeof buf, "%.1f", fraction * 100);
  number = g_strdup (buf);
  return g_strdup_printf ("%s %%", number);
}

static char *
format_fixed (double value,
              int    decimals)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char format[8];

  g_snprintf (format, sizeof format, "%%.%df", decimals);
  return g_strdup (g_ascii_formatd (buf, sizeof buf, format, value));
}

static char *
format_size (double w_mm,
             double h_mm,
             double r_mm)
{
  g_autofree char *w = format_mm (w_mm);
  g_autofree char *h = format_mm (h_mm);
  g_autofree char *r = NULL;

  if (r_mm <= 0)
    return g_strdup_printf ("%s × %s", w, h);
  r = format_mm (r_mm);
  return g_strdup_printf ("%s × %s R%s", w, h, r);
}

static char *
format_um (double value_um)
{
  g_autofree char *number = stencil_format_number (value_um, 1);

  return g_strdup_printf ("%s µm", number);
}

typedef struct
{
  const char *label;
  char       *value;
  gboolean    strong;
} Cell;

/* One row of the title block: cells as wide as their contents need, the rest of the row shared
 * out evenly; a row too full shrinks its values. */
static void
add_cell_row (StencilScene *scene,
              Cell         *cells,
              guint         n_cells,
              double        x0,
              double        x1,
              double        top,
              double        height,
              double        value_size)
{
  double need[8];
  double total, extra, x, pad = 1.5;

  g_assert (n_cells <= G_N_ELEMENTS (need));

  for (guint attempt = 0; attempt < 4; attempt++)
    {
      total = 0;
      for (guint i = 0; i < n_cells; i++)
        {
          double size = cells[i].strong ? value_size * 1.5 : value_size;

          need[i] = MAX (stencil_scene_text_width (cells[i].label, SHEET_LABEL, FALSE),
                         stencil_scene_text_width (cells[i].value, size, cells[i].strong));
          need[i] += 2 * pad;
          total += need[i];
        }
      if (total <= x1 - x0)
        break;
      value_size *= (x1 - x0 - 2 * pad * n_cells) / (total - 2 * pad * n_cells) * 0.99;
    }
  extra = MAX (0, (x1 - x0 - total) / n_cells);

  x = x0;
  for (guint i = 0; i < n_cells; i++)
    {
      double size = cells[i].strong ? value_size * 1.5 : value_size;

      if (i > 0)
        stencil_scene_add_line (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_FRAME, SHEET_LINE_RULE,
                                x, top, x, top + height);
      stencil_scene_add_text (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_MUTED, x + pad,
                              top + 1.0 + TEXT_ASCENT * SHEET_LABEL, STENCIL_ANCHOR_LEFT,
                              SHEET_LABEL, FALSE, cells[i].label);
      stencil_scene_add_text (scene, STENCIL_LAYER_LABELS,
                              cells[i].strong ? STENCIL_STYLE_TITLE : STENCIL_STYLE_TEXT,
                              x + pad, top + height - 0.3 * height + 0.1 * size,
                              STENCIL_ANCHOR_LEFT, size, cells[i].strong, cells[i].value);
      x += need[i] + extra;
    }
}

static void
cells_clear (Cell  *cells,
             guint  n_cells)
{
  for (guint i = 0; i < n_cells; i++)
    g_clear_pointer (&cells[i].value, g_free);
}

static double
add_title_block (StencilScene  *scene,
                 StencilResult *result,
                 GDateTime     *date,
                 guint          sheet,
                 guint          n_sheets,
                 double         x0,
                 double         x1,
                 double         bottom)
{
  const StencilPattern *pattern = result->pattern;
  const StencilPart *part = pattern->part;
  const double heights[3] = { 13, 9.5, 9.5 };
  double top = bottom - heights[0] - heights[1] - heights[2];
  double y = top;
  GString *regime = g_string_new (NULL);
  gboolean same_regime = TRUE;
  g_autofree char *pitch = format_mm (pattern->pitch_mm);
  g_autofree char *radius = format_mm (result->params.corner_radius_mm);
  Cell row1[6], row2[5], row3[5];

  for (guint i = 1; i < result->n_classes; i++)
    if (result->classes[i].regime != result->classes[0].regime)
      same_regime = FALSE;
  for (guint i = 0; i < result->n_classes; i++)
    {
      if (same_regime)
        {
          g_string_append (regime, stencil_regime_short_label (result->classes[i].regime));
          break;
        }
      /* TRANSLATORS: one pad class and its ratio regime in the title block. */
      g_string_append_printf (regime, i > 0 ? "; %s: %s" : "%s: %s",
                              pad_class_title (result->classes[i].pad_class),
                              stencil_regime_short_label (result->classes[i].regime));
    }

  row1[0] = (Cell) { _("Drawing"), g_strdup (_("Solder-paste stencil apertures")), FALSE };
  row1[1] = (Cell) { _("Part number"), g_strdup (part->part_number), TRUE };
  row1[2] = (Cell) { _("Series"), g_strdup_printf ("%s %s", stencil_family_get_maker (part->family),
                                                   stencil_family_get_series (part->family)),
                     FALSE };
  row1[3] = (Cell) { _("Part"), g_strdup (stencil_part_kind_label (part->kind)),
                     FALSE };
  row1[4] = (Cell) { _("Contacts"), g_strdup_printf ("%u", part->contacts), FALSE };
  row1[5] = (Cell) { _("Pitch"), g_strdup_printf ("%s mm", pitch), FALSE };

  row2[0] = (Cell) { _("Stencil thickness"), format_um (result->params.thickness_um), TRUE };
  row2[1] = (Cell) { _("Aperture strategy"),
                     g_strdup (stencil_strategy_label (result->params.strategy)), FALSE };
  row2[2] = (Cell) { _("Grid"), format_um (result->params.grid_um), FALSE };
  row2[3] = (Cell) { _("Corner radius"), g_strdup_printf ("%s mm", radius), FALSE };
  row2[4] = (Cell) { _("Ratio regime"), g_string_free (regime, FALSE), FALSE };

  /* The whole source is in the notices above; here it must not squeeze the other cells. */
  row3[0] = (Cell) { _("Land pattern"), stencil_pattern_describe_land (pattern, TRUE, 28),
                     FALSE };
  row3[1] = (Cell) { _("Date"), g_date_time_format (date, "%Y-%m-%d"), FALSE };
  row3[2] = (Cell) { _("Software"), g_strdup_printf ("%s %s", PACKAGE_NAME, PACKAGE_VERSION),
                     FALSE };
  row3[3] = (Cell) { _("Units"), g_strdup (_("mm; thickness in µm")), FALSE };
  /* TRANSLATORS: sheet number of a drawing, "1 / 2". */
  row3[4] = (Cell) { _("Sheet"), g_strdup_printf (_("%u / %u"), sheet, n_sheets), FALSE };

  /* row2's strong value is the thickness: a little smaller than the part number. */
  stencil_scene_add_line (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_FRAME, SHEET_LINE_FRAME,
                          x0, y, x1, y);
  add_cell_row (scene, row1, G_N_ELEMENTS (row1), x0, x1, y, heights[0], 3.2);
  y += heights[0];
  stencil_scene_add_line (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_FRAME, SHEET_LINE_RULE,
                          x0, y, x1, y);
  add_cell_row (scene, row2, G_N_ELEMENTS (row2), x0, x1, y, heights[1], 2.6);
  y += heights[1];
  stencil_scene_add_line (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_FRAME, SHEET_LINE_RULE,
                          x0, y, x1, y);
  add_cell_row (scene, row3, G_N_ELEMENTS (row3), x0, x1, y, heights[2], 2.6);

  cells_clear (row1, G_N_ELEMENTS (row1));
  cells_clear (row2, G_N_ELEMENTS (row2));
  cells_clear (row3, G_N_ELEMENTS (row3));
  return top;
}

static void
add_swatch (StencilScene *scene,
            StencilStyle  style,
            double        x,
            double        baseline,
            double        size)
{
  double s = 0.8 * size;

  stencil_scene_add_rect (scene, STENCIL_LAYER_LABELS, style,
                          STENCIL_PRIMITIVE_FILL | STENCIL_PRIMITIVE_STROKE, 0.15,
                          x, baseline - s, x + s, baseline, 0);
}

/* The table of pad classes, top-down from y; returns the y below it. */
static double
add_class_table (StencilScene  *scene,
                 StencilResult *result,
                 double         x0,
                 double         x1,
                 double         y)
{
  enum { N_COLUMNS = 9 };
  const char *headers[N_COLUMNS] = {
    _("Pad class"), _("Pads"), _("Land (mm)"), _("Aperture (mm)"), _("Target opening"),
    _("Achieved opening"), _("Area ratio"), _("Aspect ratio"), _("Status"),
  };
  char *cells[STENCIL_N_PAD_CLASSES][N_COLUMNS];
  double widths[N_COLUMNS];
  double fs = SHEET_TEXT, pad, total, extra, row_h, x;
  guint n_rows = result->n_classes;

  for (guint r = 0; r < n_rows; r++)
    {
      const StencilClassResult *c = &result->classes[r];

      cells[r][0] = g_strdup (pad_class_title (c->pad_class));
      cells[r][1] = g_strdup_printf ("%u", c->n_pads);
      cells[r][2] = format_size (c->pad_w_mm, c->pad_h_mm, 0);
      cells[r][3] = format_size (c->aperture.w_mm, c->aperture.h_mm, c->aperture.r_mm);
      cells[r][4] = format_percent (c->target_ratio);
      cells[r][5] = format_percent (c->aperture.opening_ratio);
      cells[r][6] = format_fixed (c->aperture.area_ratio, 2);
      cells[r][7] = format_fixed (c->aperture.aspect_ratio, 2);
      cells[r][8] = g_strdup (stencil_status_label (c->aperture.status));
    }

  for (guint attempt = 0; attempt < 3; attempt++)
    {
      pad = 0.7 * fs;
      total = 0;
      for (guint k = 0; k < N_COLUMNS; k++)
        {
          widths[k] = stencil_scene_text_width (headers[k], fs, TRUE);
          for (guint r = 0; r < n_rows; r++)
            widths[k] = MAX (widths[k], stencil_scene_text_width (cells[r][k], fs, FALSE)
                                        + (k == 8 ? 1.2 * fs : 0));
          widths[k] += 2 * pad;
          total += widths[k];
        }
      if (total <= x1 - x0)
        break;
      fs *= (x1 - x0) / total * 0.99;
    }
  extra = MAX (0, (x1 - x0 - total) / N_COLUMNS);
  row_h = 2.0 * fs;

  stencil_scene_add_line (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_TEXT, 0.35, x0, y, x1, y);
  x = x0;
  for (guint k = 0; k < N_COLUMNS; k++)
    {
      double w = widths[k] + extra;

      if (k == 0)
        stencil_scene_add_text (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_TITLE, x + pad,
                                y + 0.68 * row_h, STENCIL_ANCHOR_LEFT, fs, TRUE, headers[k]);
      else
        stencil_scene_add_text (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_TITLE, x + w / 2,
                                y + 0.68 * row_h, STENCIL_ANCHOR_CENTER, fs, TRUE, headers[k]);
      x += w;
    }
  y += row_h;
  stencil_scene_add_line (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_TEXT, 0.2, x0, y, x1, y);

  for (guint r = 0; r < n_rows; r++)
    {
      double baseline = y + 0.68 * row_h;

      x = x0;
      for (guint k = 0; k < N_COLUMNS; k++)
        {
          double w = widths[k] + extra;

          if (k == 0)
            stencil_scene_add_text (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_TEXT, x + pad,
                                    baseline, STENCIL_ANCHOR_LEFT, fs, FALSE, cells[r][k]);
          else if (k == 8)
            {
              double text_w = stencil_scene_text_width (cells[r][k], fs, TRUE) + 1.2 * fs;
              double left = x + (w - text_w) / 2;

              add_swatch (scene, status_style (result->classes[r].aperture.status), left,
                          baseline, fs);
              stencil_scene_add_text (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_TEXT,
                                      left + 1.2 * fs, baseline, STENCIL_ANCHOR_LEFT, fs, TRUE,
                                      cells[r][k]);
            }
          else
            stencil_scene_add_text (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_TEXT, x + w / 2,
                                    baseline, STENCIL_ANCHOR_CENTER, fs, FALSE, cells[r][k]);
          g_free (cells[r][k]);
          x += w;
        }
      y += row_h;
      if (r + 1 < n_rows)
        stencil_scene_add_line (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_MUTED, 0.1,
                                x0, y, x1, y);
    }
  stencil_scene_add_line (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_TEXT, 0.35, x0, y, x1, y);
  return y;
}

static double
add_summary (StencilScene  *scene,
             StencilResult *result,
             double         x0,
             double         x1,
             double         y)
{
  const StencilPattern *pattern = result->pattern;
  g_autofree char *web = format_mm (result->min_web_mm);
  g_autofree char *web_text = NULL;
  g_autofree char *thickness_text = NULL;
  gboolean thin_web = result->min_web_mm < STENCIL_MIN_WEB_MM;
  double fs = SHEET_TEXT;

  if (result->min_web_pad_a < pattern->pads->len && result->min_web_pad_b < pattern->pads->len)
    web_text = g_strdup_printf (_("Minimum web between apertures: %s mm (pads %s and %s)%s"), web,
                                stencil_pattern_get_pad (pattern, result->min_web_pad_a)->id,
                                stencil_pattern_get_pad (pattern, result->min_web_pad_b)->id,
                                thin_web ? _(": below 0.10 mm") : "");
  else
    web_text = g_strdup_printf (_("Minimum web between apertures: %s mm%s"), web,
                                thin_web ? _(": below 0.10 mm") : "");
  if (result->max_thickness_um > 0)
    {
      g_autofree char *um = format_um (result->max_thickness_um);

      thickness_text = g_strdup_printf (_("Maximum recommended thickness (every aperture "
                                          "passes): %s"), um);
    }
  else
    thickness_text = g_strdup_printf (_("Maximum recommended thickness: none from %d to %d µm "
                                        "passes"),
                                      STENCIL_MAX_THICKNESS_SCAN_LO_UM,
                                      STENCIL_MAX_THICKNESS_SCAN_HI_UM);

  y += 1.9 * fs;
  add_text_fit (scene, thin_web ? STENCIL_STYLE_NOTICE : STENCIL_STYLE_TEXT, x0, y,
                STENCIL_ANCHOR_LEFT, x1 - x0, fs, thin_web, web_text);
  y += 1.6 * fs;
  add_text_fit (scene, result->max_thickness_um > 0 ? STENCIL_STYLE_TEXT : STENCIL_STYLE_NOTICE,
                x0, y, STENCIL_ANCHOR_LEFT, x1 - x0, fs, FALSE, thickness_text);
  y += 1.5 * fs;
  add_text_fit (scene, STENCIL_STYLE_MUTED, x0, y, STENCIL_ANCHOR_LEFT, x1 - x0, 2.2, FALSE,
                _("Opening = aperture area / land area. IPC-7525: area ratio ≥ 0.66 pass, "
                  "0.55–0.66 marginal, < 0.55 fail; aspect ratio ≥ 1.5."));
  return y + 0.6 * fs;
}

/* Legend: what the colours mean. Items flow left to right and wrap. */
static double
add_legend (StencilScene *scene,
            double        x0,
            double        x1,
            double        y)
{
  const struct { StencilStyle style; const char *text; gboolean swatch; } items[] = {
    { STENCIL_STYLE_PAD, N_("Land (pad)"), TRUE },
    { STENCIL_STYLE_APERTURE_PASS, N_("Aperture: pass"), TRUE },
    { STENCIL_STYLE_APERTURE_MARGINAL, N_("Aperture: marginal"), TRUE },
    { STENCIL_STYLE_APERTURE_FAIL, N_("Aperture: fail"), TRUE },
    { STENCIL_STYLE_DIMENSION, N_("0.00 land size"), FALSE },
    { STENCIL_STYLE_DIMENSION_APERTURE, N_("0.00 aperture size"), FALSE },
    { STENCIL_STYLE_OUTLINE, N_("Body outline"), TRUE },
  };
  double fs = 2.4;
  double x = x0;

  y += 1.9 * fs;
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      const char *text = _(items[i].text);
      double w = stencil_scene_text_width (text, fs, FALSE) + (items[i].swatch ? 1.3 * fs : 0);

      if (x > x0 && x + w > x1)
        {
          x = x0;
          y += 1.6 * fs;
        }
      if (items[i].style == STENCIL_STYLE_OUTLINE)
        stencil_scene_add_rect (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_OUTLINE,
                                STENCIL_PRIMITIVE_STROKE | STENCIL_PRIMITIVE_DASHED, 0.25,
                                x, y - 0.8 * fs, x + 0.8 * fs, y, 0);
      else if (items[i].swatch)
        add_swatch (scene, items[i].style, x, y, fs);
      stencil_scene_add_text (scene, STENCIL_LAYER_LABELS,
                              items[i].swatch ? STENCIL_STYLE_TEXT : items[i].style,
                              x + (items[i].swatch ? 1.3 * fs : 0), y, STENCIL_ANCHOR_LEFT, fs,
                              FALSE, text);
      x += w + 2.4 * fs;
    }
  return y + 0.6 * fs;
}

static double
add_notices (StencilScene  *scene,
             StencilResult *result,
             double         x0,
             double         x1,
             double         y)
{
  y += 4.0;
  add_text_fit (scene, STENCIL_STYLE_NOTICE, x0, y, STENCIL_ANCHOR_LEFT, x1 - x0, 3.2, TRUE,
                _("Apertures are final: do not reduce."));
  if (result->pattern->provisional)
    {
      y += 4.2;
      add_text_fit (scene, STENCIL_STYLE_NOTICE, x0, y, STENCIL_ANCHOR_LEFT, x1 - x0, 3.0, TRUE,
                    stencil_provisional_notice ());
    }
  else if (stencil_pattern_is_user (result->pattern))
    {
      g_autofree char *land = stencil_pattern_describe_land (result->pattern, TRUE, 160);
      /* TRANSLATORS: %s is e.g. "user-defined (Panasonic drawing rev. 2024-03)". */
      g_autofree char *line = g_strdup_printf (_("Land pattern: %s"), land);

      y += 4.2;
      add_text_fit (scene, STENCIL_STYLE_TEXT, x0, y, STENCIL_ANCHOR_LEFT, x1 - x0, 3.0, TRUE,
                    line);
    }
  for (guint i = 0, shown = 0; result->warnings != NULL && i < result->warnings->len && shown < 4;
       i++)
    {
      const char *warning = g_ptr_array_index (result->warnings, i);
      g_autofree char *line = NULL;

      /* The provisional notice is already above, in red. */
      if (g_strcmp0 (warning, stencil_provisional_notice ()) == 0)
        continue;
      line = g_strdup_printf ("• %s", warning);
      shown++;
      y += 3.4;
      add_text_fit (scene, STENCIL_STYLE_TEXT, x0, y, STENCIL_ANCHOR_LEFT, x1 - x0, 2.4, FALSE,
                    line);
    }
  return y + 1.0;
}

static void
add_scale_bar (StencilScene *scene,
               double        scale,
               double        right,
               double        bottom)
{
  const double lengths[] = { 10, 5, 2, 1, 0.5, 0.2, 0.1 };
  double length = 0.1, bar_w, x0, top;
  g_autofree char *number = NULL;
  g_autofree char *label = NULL;
  guint n_segments;

  for (guint i = 0; i < G_N_ELEMENTS (lengths); i++)
    if (lengths[i] * scale <= 45)
      {
        length = lengths[i];
        break;
      }
  bar_w = length * scale;
  n_segments = length == 2 || length == 0.2 ? 4 : 5;
  number = stencil_format_number (length, 1);
  /* TRANSLATORS: the length of the scale bar, "2 mm". */
  label = g_strdup_printf (_("%s mm"), number);

  top = bottom - 1.2 - 2.0 * 1.1 - 0.8;
  x0 = right - stencil_scene_text_width (label, 2.2, FALSE) / 2 - bar_w;
  for (guint i = 0; i < n_segments; i++)
    stencil_scene_add_rect (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_TEXT,
                            (i % 2 == 0 ? STENCIL_PRIMITIVE_FILL : 0) | STENCIL_PRIMITIVE_STROKE,
                            0.15, x0 + bar_w * i / n_segments, top,
                            x0 + bar_w * (i + 1) / n_segments, top + 1.2, 0);
  stencil_scene_add_text (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_MUTED, x0, bottom - 0.4,
                          STENCIL_ANCHOR_CENTER, 2.2, FALSE, "0");
  stencil_scene_add_text (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_MUTED, x0 + bar_w,
                          bottom - 0.4, STENCIL_ANCHOR_CENTER, 2.2, FALSE, label);
}

/* When the view area has the room below the main view, Detail A: the main view at the top of
 * the area with the mark, the enlarged pin-1 corner below it with its heading. FALSE (and
 * nothing added) when there is no room, at a nice scale at least twice the main view's. */
static gboolean
add_detail (StencilScene  *scene,
            StencilResult *result,
            StencilScene  *view,
            double         scale,
            double         area_x0,
            double         area_y0,
            double         area_x1,
            double         area_y1)
{
  const double detail_scales[] = { 50, 40, 30, 25, 20 };
  g_autoptr(StencilScene) detail = NULL;
  g_autoptr(StencilScene) placed = NULL;
  g_autofree char *number = NULL;
  g_autofree char *heading = NULL;
  double ex0, ey0, ex1, ey1, dx0, dy0, dx1, dy1;
  double view_h, gap = 0, detail_scale = 0, margin, top, mx, my, letter_x, letter_y;
  double heading_h = DETAIL_HEADING + 2.0;
  Box window, mark, mark_area;

  stencil_scene_get_extents (view, &ex0, &ey0, &ex1, &ey1);
  view_h = (ey1 - ey0) * scale;
  /* The window's margin stays inside the main view's first dimension lane. */
  margin = MIN (DETAIL_MARGIN, 0.7 * LANE_FIRST * SHEET_DIM_TEXT / scale);

  /* The largest scale that fits: the 0.4 mm features are what the detail is for. At one scale
   * the whole soldering land, if it fits, else the compact window. */
  for (guint k = 0; k < 2 * G_N_ELEMENTS (detail_scales) && detail == NULL; k++)
    {
      guint i = k / 2;
      gboolean compact = k % 2 == 1;
      g_autoptr(StencilScene) candidate = NULL;
      double free_h;

      if (detail_scales[i] < 2 * scale || !detail_window (result->pattern, margin, compact,
                                                          &window))
        continue;
      candidate = build_detail (result, &window, SHEET_DIM_TEXT / detail_scales[i],
                                detail_scales[i]);
      stencil_scene_get_extents (candidate, &dx0, &dy0, &dx1, &dy1);
      free_h = area_y1 - area_y0 - view_h - heading_h - (dy1 - dy0) * detail_scales[i];
      if ((dx1 - dx0) * detail_scales[i] <= area_x1 - area_x0 && free_h >= 3 * DETAIL_GAP)
        {
          detail = g_steal_pointer (&candidate);
          detail_scale = detail_scales[i];
          gap = free_h / 3;
        }
    }
  if (detail == NULL)
    return FALSE;

  /* The main view and its mark, placed on their own first: the letter needs a free place. */
  mx = (area_x0 + area_x1) / 2 - scale * (ex0 + ex1) / 2;
  my = area_y0 + gap - scale * ey0;
  placed = stencil_scene_new (0, 0);
  scene_append_scaled (placed, view, scale, mx, my);
  mark.x0 = mx + scale * window.x0;
  mark.y0 = my + scale * window.y0;
  mark.x1 = mx + scale * window.x1;
  mark.y1 = my + scale * window.y1;
  mark_area.x0 = area_x0;
  mark_area.y0 = area_y0;
  mark_area.x1 = area_x1;
  mark_area.y1 = area_y0 + gap + view_h + gap / 2;
  if (!find_mark_letter (placed, &mark, &mark_area, &letter_x, &letter_y))
    return FALSE;

  scene_append_scaled (scene, placed, 1, 0, 0);
  stencil_scene_add_rect (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_TEXT,
                          STENCIL_PRIMITIVE_STROKE, DETAIL_LINE, mark.x0, mark.y0, mark.x1,
                          mark.y1, DETAIL_CORNER);
  stencil_scene_add_text (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_TITLE, letter_x, letter_y,
                          STENCIL_ANCHOR_LEFT, DETAIL_LETTER, TRUE, DETAIL_LETTER_TEXT);

  top = area_y0 + gap + view_h + gap;
  number = stencil_format_number (detail_scale, 1);
  /* TRANSLATORS: the heading of the enlarged view of the pin-1 corner, "Detail A (scale 30:1)";
   * "A" is the letter beside its mark in the main view. */
  heading = g_strdup_printf (_("Detail A (scale %s:1)"), number);
  stencil_scene_add_text (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_TITLE,
                          (area_x0 + area_x1) / 2, top + DETAIL_HEADING * TEXT_ASCENT,
                          STENCIL_ANCHOR_CENTER, DETAIL_HEADING, TRUE, heading);
  stencil_scene_get_extents (detail, &dx0, &dy0, &dx1, &dy1);
  mx = (area_x0 + area_x1) / 2 - detail_scale * (dx0 + dx1) / 2;
  my = top + heading_h - detail_scale * dy0;
  scene_append_scaled (scene, detail, detail_scale, mx, my);
  scene->detail_scale = detail_scale;
  scene->detail_box[0] = mx + detail_scale * window.x0;
  scene->detail_box[1] = my + detail_scale * window.y0;
  scene->detail_box[2] = mx + detail_scale * window.x1;
  scene->detail_box[3] = my + detail_scale * window.y1;
  return TRUE;
}

static StencilScene *
build_sheet (StencilResult               *result,
             const StencilDrawingOptions *options,
             GDateTime                   *date,
             guint                        sheet,
             guint                        n_sheets)
{
  /* Drawing scales of the view, largest first. */
  const double scales[] = { 50, 40, 30, 25, 20, 15, 10, 8, 5, 4, 3, 2, 1 };
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(StencilScene) lower = NULL;
  g_autoptr(StencilScene) view = NULL;
  g_autofree char *scale_number = NULL;
  g_autofree char *scale_text = NULL;
  StencilScene *scene;
  double w, h, fx0, fy0, fx1, fy1, cx0, cx1, y, lower_h, title_top;
  double area_x0, area_y0, area_x1, area_y1, scale = 1;
  double ex0, ey0, ex1, ey1;

  if (date == NULL)
    date = now = stencil_get_creation_time ();

  paper_size (options, &w, &h);
  scene = stencil_scene_new (w, h);
  fx0 = SHEET_MARGIN;
  fy0 = SHEET_MARGIN;
  fx1 = w - SHEET_MARGIN;
  fy1 = h - SHEET_MARGIN;
  cx0 = fx0 + SHEET_INSET;
  cx1 = fx1 - SHEET_INSET;

  stencil_scene_add_rect (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_FRAME,
                          STENCIL_PRIMITIVE_STROKE, SHEET_LINE_FRAME, fx0, fy0, fx1, fy1, 0);
  title_top = add_title_block (scene, result, date, sheet, n_sheets, fx0, fx1, fy1);

  /* Table, summary, legend and notices, laid out from 0 and then set on the title block. */
  lower = stencil_scene_new (0, 0);
  y = add_class_table (lower, result, cx0, cx1, 0);
  y = add_summary (lower, result, cx0, cx1, y);
  y = add_legend (lower, cx0, cx1, y);
  y = add_notices (lower, result, cx0, cx1, y);
  lower_h = y + 2.0;
  scene_append_scaled (scene, lower, 1, 0, title_top - lower_h);

  /* The view: heading row, then the largest nice scale at which the part view fits. */
  stencil_scene_add_text (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_TITLE, cx0,
                          fy0 + SHEET_INSET + 3.2 * TEXT_ASCENT, STENCIL_ANCHOR_LEFT, 3.2, TRUE,
                          _("Top view: lands and stencil apertures"));
  area_x0 = cx0;
  area_x1 = cx1;
  area_y0 = fy0 + SHEET_INSET + 3.2 + 4.0;
  area_y1 = title_top - lower_h - 8.0;   /* room for the scale bar */

  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      g_autoptr(StencilScene) candidate = stencil_scene_new (0, 0);

      build_part_view (candidate, result, SHEET_DIM_TEXT / scales[i]);
      stencil_scene_get_extents (candidate, &ex0, &ey0, &ex1, &ey1);
      scale = scales[i];
      g_clear_pointer (&view, stencil_scene_unref);
      view = g_steal_pointer (&candidate);
      if ((ex1 - ex0) * scale <= area_x1 - area_x0 && (ey1 - ey0) * scale <= area_y1 - area_y0)
        break;
    }
  scene->scale = scale;
  if (!add_detail (scene, result, view, scale, area_x0, area_y0, area_x1, area_y1))
    scene_append_scaled (scene, view, scale,
                         (area_x0 + area_x1) / 2 - scale * (ex0 + ex1) / 2,
                         (area_y0 + area_y1) / 2 - scale * (ey0 + ey1) / 2);

  scale_number = stencil_format_number (scale, 1);
  /* TRANSLATORS: drawing scale, "Scale 10:1". */
  scale_text = g_strdup_printf (_("Scale %s:1"), scale_number);
  stencil_scene_add_text (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_TITLE, cx1,
                          fy0 + SHEET_INSET + 3.2 * TEXT_ASCENT, STENCIL_ANCHOR_RIGHT, 3.2, TRUE,
                          scale_text);
  add_scale_bar (scene, scale, cx1, title_top - lower_h - 1.0);
  stencil_scene_add_text (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_MUTED, cx0,
                          title_top - lower_h - 1.4, STENCIL_ANCHOR_LEFT, 2.4, FALSE,
                          _("Dimensions in mm. Pin 1: dot. Seen from the component side."));
  return scene;
}

StencilScene *
stencil_scene_new_sheet (StencilResult               *result,
                         const StencilDrawingOptions *options,
                         GDateTime                   *date,
                         guint                        sheet,
                         guint                        n_sheets)
{
  StencilDrawingOptions defaults;

  g_return_val_if_fail (result != NULL, NULL);

  if (options == NULL)
    {
      stencil_drawing_options_init (&defaults);
      options = &defaults;
    }
  return build_sheet (result, options, date, MAX (sheet, 1), MAX (n_sheets, MAX (sheet, 1)));
}

StencilScene *
stencil_scene_new_page (StencilResult               *result,
                        const StencilDrawingOptions *options,
                        GDateTime                   *date)
{
  return stencil_scene_new_sheet (result, options, date, 1, 1);
}
