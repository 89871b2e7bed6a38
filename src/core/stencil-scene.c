/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A drawing as a display list in millimetres (lines, rectangles, polylines, text, and the
 * dimensions drawn in it), with the text metrics every layout uses (DejaVu Sans, and the
 * Japanese font of stencil-fonts.h for what DejaVu lacks). */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <math.h>

#include "stencil-fonts.h"
#include "stencil-scene-private.h"

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
  StencilFont font;
  gsize len;

  g_return_val_if_fail (text != NULL, 0);

  /* The backends draw runs of one font (stencil-fonts.h): DejaVu Sans from the table, the
   * Japanese font measured in its own advances. */
  for (const char *run = text; (len = stencil_font_next_run (run, &font)) > 0; run += len)
    {
      if (font == STENCIL_FONT_LATIN)
        for (const char *s = run; s < run + len; s = g_utf8_next_char (s))
          sum += glyph_advance (g_utf8_get_char (s), bold);
      else
        sum += 1000.0 * stencil_font_measure (font, bold, run, len);
    }
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
StencilPrimitive *
stencil_scene_add_vertical_text (StencilScene *scene,
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
          lo_x = p->x0 - STENCIL_TEXT_ASCENT * p->size_mm;
          hi_x = p->x0 + STENCIL_TEXT_DESCENT * p->size_mm;
          lo_y = p->y0 - p->width_mm;
          hi_y = p->y0;
        }
      else
        {
          lo_x = p->x0;
          hi_x = p->x0 + p->width_mm;
          lo_y = p->y0 - STENCIL_TEXT_ASCENT * p->size_mm;
          hi_y = p->y0 + STENCIL_TEXT_DESCENT * p->size_mm;
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


/* ---- For the engine's own drawings (stencil-scene-private.h) ----------------------------- */

void
stencil_scene_set_size (StencilScene *scene,
                        double        width_mm,
                        double        height_mm)
{
  g_return_if_fail (scene != NULL);

  scene->width_mm = width_mm;
  scene->height_mm = height_mm;
}

void
stencil_scene_set_scale (StencilScene *scene,
                         double        scale)
{
  g_return_if_fail (scene != NULL);

  scene->scale = scale;
}

void
stencil_scene_set_detail (StencilScene *scene,
                          double        scale,
                          double        x0,
                          double        y0,
                          double        x1,
                          double        y1)
{
  g_return_if_fail (scene != NULL);

  scene->detail_scale = scale;
  scene->detail_box[0] = x0;
  scene->detail_box[1] = y0;
  scene->detail_box[2] = x1;
  scene->detail_box[3] = y1;
}

StencilDimension *
stencil_scene_add_dimension (StencilScene *scene)
{
  StencilDimension *d = g_new0 (StencilDimension, 1);

  g_ptr_array_add (scene->dimensions, d);
  return d;
}

StencilPrimitive *
stencil_scene_add_copy (StencilScene           *scene,
                        const StencilPrimitive *p)
{
  StencilPrimitive *q = g_new (StencilPrimitive, 1);

  *q = *p;
  q->text = g_strdup (p->text);
  q->points = g_memdup2 (p->points, sizeof (double) * 2 * p->n_points);
  g_ptr_array_add (scene->primitives, q);
  return q;
}

/* Copies every primitive and dimension of src into dst, scaled by s about the origin and then
 * moved by (dx, dy): a part view placed on a sheet. Line widths and text scale too. */
void
stencil_scene_append_scaled (StencilScene *dst,
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
char *
stencil_scene_format_mm (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  gboolean two = fabs (value * 100 - round (value * 100)) < 0.005;

  g_ascii_formatd (buf, sizeof buf, two ? "%.2f" : "%.3f", value);
  return g_strdup (buf);
}

gboolean
stencil_boxes_overlap (const double *a,
                       const double *b,
                       double        margin)
{
  return a[0] < b[2] + margin && b[0] < a[2] + margin &&
         a[1] < b[3] + margin && b[1] < a[3] + margin;
}
