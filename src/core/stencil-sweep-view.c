/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The thickness sweep as a scene: three panels (opening ratio, area ratio, aspect ratio) over a
 * shared thickness axis, built only from the public display list of stencil-scene.h. */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "stencil-names.h"
#include "stencil-sweep-view.h"

/* Value ranges shown at most: a 0.5 x 2 mm pad on an 80 um foil has an area ratio of 2.5 and
 * an aspect ratio of 6; the interesting part is near the thresholds. */
#define AREA_RATIO_CAP    1.5
#define ASPECT_RATIO_CAP  4.0

typedef enum
{
  VALUE_TARGET,
  VALUE_OPENING,
  VALUE_AREA,
  VALUE_ASPECT
} Value;

typedef struct
{
  StencilScene *scene;
  StencilSweep *sweep;
  double        t;          /* text size */
  double        x0, x1;     /* thickness axis */
  double        from, to;
} Plot;

typedef struct
{
  double y0, y1;            /* top and bottom of the panel */
  double lo, hi;            /* values at y1 and y0 */
  double step;              /* between ticks */
} Panel;

void
stencil_sweep_view_options_init (StencilSweepViewOptions *options)
{
  g_return_if_fail (options != NULL);

  options->width_mm = 180;
  options->height_mm = 130;
  options->text_mm = 2.5;
  options->cursor_um = NAN;
}

static double
plot_x (const Plot *plot,
        double      thickness_um)
{
  return plot->x0 + (thickness_um - plot->from) / (plot->to - plot->from) * (plot->x1 - plot->x0);
}

static double
panel_y (const Panel *panel,
         double       value)
{
  return panel->y1 - (value - panel->lo) / (panel->hi - panel->lo) * (panel->y1 - panel->y0);
}

static double
line_width (const Plot *plot)
{
  return 0.09 * plot->t;
}

/* 1, 2 or 5 times a power of ten, so that range holds about n steps. */
static double
nice_step (double range,
           double n)
{
  double raw = range / n, power = pow (10, floor (log10 (raw)));
  double f = raw / power;

  return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * power;
}

static int
decimals_for (double step)
{
  return MAX (0, (int) -floor (log10 (step) + 1e-9));
}

/* Drawings use a decimal point whatever the locale, like the sheet's dimensions. */
static char *
format_value (double value,
              double step,
              gboolean percent)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE], format[8];

  if (percent)
    {
      g_snprintf (format, sizeof format, "%%.%df", decimals_for (step * 100));
      g_ascii_formatd (buf, sizeof buf, format, value * 100);
      return g_strdup_printf ("%s %%", buf);
    }
  g_snprintf (format, sizeof format, "%%.%df", decimals_for (step));
  g_ascii_formatd (buf, sizeof buf, format, value);
  return g_strdup (buf);
}

static char *
format_um (double value_um)
{
  g_autofree char *number = stencil_format_number (value_um, 1);

  return g_strdup_printf ("%s µm", number);
}

/* Text no wider than max_w: the size shrinks to fit. */
static StencilPrimitive *
add_text_fit (const Plot   *plot,
              StencilStyle  style,
              double        x,
              double        y,
              StencilAnchor anchor,
              double        size,
              double        max_w,
              gboolean      bold,
              const char   *text)
{
  double w = stencil_scene_text_width (text, size, bold);

  if (w > max_w && max_w > 0)
    size *= max_w / w;
  return stencil_scene_add_text (plot->scene, STENCIL_LAYER_LABELS, style, x, y, anchor, size,
                                 bold, text);
}

static StencilStyle
series_style (StencilPadClass pad_class)
{
  return pad_class == STENCIL_PAD_CLASS_SOLDERING ? STENCIL_STYLE_SERIES_SOLDERING
                                                  : STENCIL_STYLE_SERIES_TERMINAL;
}

static double
point_value (const StencilSweepValue *v,
             Value                    which)
{
  switch (which)
    {
    case VALUE_TARGET: return v->target_ratio;
    case VALUE_OPENING: return v->opening_ratio;
    case VALUE_AREA: return v->area_ratio;
    case VALUE_ASPECT:
    default: return v->aspect_ratio;
    }
}

/* The smallest and largest value of some quantities over every valid point. */
static void
value_range (const StencilSweep *sweep,
             Value               first,
             Value               last,
             double             *lo,
             double             *hi)
{
  for (guint i = 0; i < stencil_sweep_get_n_points (sweep); i++)
    {
      const StencilSweepPoint *p = stencil_sweep_get_point (sweep, i);

      for (guint c = 0; c < sweep->n_classes && p->valid; c++)
        for (Value v = first; v <= last; v++)
          {
            *lo = MIN (*lo, point_value (&p->classes[c], v));
            *hi = MAX (*hi, point_value (&p->classes[c], v));
          }
    }
}

/* lo and hi rounded outwards to whole ticks, about one per 2.5 lines of text of the panel's
 * height (at least two). */
static void
panel_set_range (Panel *panel,
                 double lo,
                 double hi,
                 double t)
{
  if (hi - lo < 1e-6)
    hi = lo + 0.1;
  panel->step = nice_step (hi - lo, CLAMP ((panel->y1 - panel->y0) / (2.5 * t), 2, 5));
  panel->lo = floor (lo / panel->step + 1e-9) * panel->step;
  panel->hi = ceil (hi / panel->step - 1e-9) * panel->step;
}

/* ---- pieces --------------------------------------------------------------------------------- */

/* Achieved values: a bold line in the class's colour. Targets: a thin dashed dark line on top,
 * as target and achieved lie on each other but for the grid's rounding. */
static void
flush_polyline (const Plot  *plot,
                GArray      *points,
                StencilStyle style,
                gboolean     dashed)
{
  if (dashed)
    style = STENCIL_STYLE_TEXT;
  if (points->len >= 4)
    stencil_scene_add_polyline (plot->scene, STENCIL_LAYER_APERTURES, style,
                                STENCIL_PRIMITIVE_STROKE | (dashed ? STENCIL_PRIMITIVE_DASHED : 0),
                                dashed ? 0.8 * line_width (plot) : 1.6 * line_width (plot),
                                (const double *) points->data, points->len / 2);
  g_array_set_size (points, 0);
}

static void
append_xy (GArray *points,
           double  x,
           double  y)
{
  g_array_append_val (points, x);
  g_array_append_val (points, y);
}

/* One quantity of one class as a line, broken where a point has no aperture and cut at the
 * panel's edges (the part between stays, so a curve leaving the range does not lie). */
static void
add_curve (const Plot  *plot,
           const Panel *panel,
           guint        c,
           Value        which,
           gboolean     dashed)
{
  const StencilSweep *sweep = plot->sweep;
  StencilStyle style = series_style (sweep->classes[c]);
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i + 1 < stencil_sweep_get_n_points (sweep); i++)
    {
      const StencilSweepPoint *a = stencil_sweep_get_point (sweep, i);
      const StencilSweepPoint *b = stencil_sweep_get_point (sweep, i + 1);
      double ta = a->thickness_um, tb = b->thickness_um, va, vb, s0 = 0, s1 = 1;

      if (!a->valid || !b->valid)
        {
          flush_polyline (plot, points, style, dashed);
          continue;
        }
      va = point_value (&a->classes[c], which);
      vb = point_value (&b->classes[c], which);
      /* The part of the segment with lo <= v <= hi, as fractions s0..s1 of it. */
      for (int edge = 0; edge < 2; edge++)
        {
          double limit = edge == 0 ? panel->lo : panel->hi;
          double sign = edge == 0 ? 1 : -1;
          double da = sign * (va - limit), db = sign * (vb - limit);

          if (da < 0 && db < 0)
            s0 = 2;
          else if (da < 0)
            s0 = MAX (s0, da / (da - db));
          else if (db < 0)
            s1 = MIN (s1, da / (da - db));
        }
      if (s0 > s1)
        {
          flush_polyline (plot, points, style, dashed);
          continue;
        }
      if (s0 > 0 || points->len == 0)
        {
          flush_polyline (plot, points, style, dashed);
          append_xy (points, plot_x (plot, ta + s0 * (tb - ta)),
                     panel_y (panel, va + s0 * (vb - va)));
        }
      append_xy (points, plot_x (plot, ta + s1 * (tb - ta)), panel_y (panel, va + s1 * (vb - va)));
      if (s1 < 1)
        flush_polyline (plot, points, style, dashed);
    }
  flush_polyline (plot, points, style, dashed);
}

static void
add_diamond (const Plot  *plot,
             StencilStyle style,
             double       x,
             double       y)
{
  double r = 0.45 * plot->t;
  double pts[8] = { x, y - r, x + r, y, x, y + r, x - r, y };

  stencil_scene_add_polyline (plot->scene, STENCIL_LAYER_APERTURES, style,
                              STENCIL_PRIMITIVE_FILL | STENCIL_PRIMITIVE_CLOSED, 0, pts, 4);
}

static gboolean
boxes_overlap (const double *a,
               const double *b)
{
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/* The datasheet's opening ratios as diamonds with their value beside them: below and right of
 * the point in the upper half of the panel, above it in the lower half (away from the frame
 * and the falling curve), or in another corner when that spot is taken by an earlier label. */
static void
add_datasheet_points (const Plot  *plot,
                      const Panel *panel)
{
  const StencilSweep *sweep = plot->sweep;
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (double) * 4);
  double size = 0.8 * plot->t;

  for (guint c = 0; c < sweep->n_classes; c++)
    for (guint k = 0; k < sweep->n_datasheet[c]; k++)
      {
        const StencilRatioPoint *dp = &sweep->datasheet[c][k];
        double x = plot_x (plot, dp->thickness_um), y = panel_y (panel, MIN (1.0, dp->ratio));
        g_autofree char *label = format_value (dp->ratio, 0.01, TRUE);
        double w = stencil_scene_text_width (label, size, TRUE), box[4] = { 0 };
        gboolean upper = y < (panel->y0 + panel->y1) / 2;
        /* Baseline offsets (in text sizes) of the four corners, the preferred one first. */
        const double dys[2] = { upper ? 1.45 : -0.7, upper ? -0.7 : 1.45 };
        double bx = 0, by = 0;
        gboolean found = FALSE;

        if (dp->thickness_um < plot->from || dp->thickness_um > plot->to)
          continue;
        for (guint tries = 0; tries < 4 && !found; tries++)
          {
            bx = tries < 2 ? x + 0.6 * plot->t : x - 0.6 * plot->t - w;
            by = y + dys[tries % 2] * plot->t;
            box[0] = bx;
            box[1] = by - 0.76 * size;
            box[2] = bx + w;
            box[3] = by + 0.24 * size;
            /* Inside the panel, clear of the frame, the title and the other labels. */
            found = box[0] >= plot->x0 && box[2] <= plot->x1 && box[1] >= panel->y0
                    && box[3] <= panel->y1;
            for (guint j = 0; j < placed->len && found; j++)
              found = !boxes_overlap (box, &g_array_index (placed, double, 4 * j));
          }
        if (!found)
          {
            bx = x + 0.6 * plot->t;
            by = y + dys[0] * plot->t;
          }
        g_array_append_vals (placed, box, 1);
        add_diamond (plot, series_style (sweep->classes[c]), x, y);
        stencil_scene_add_text (plot->scene, STENCIL_LAYER_LABELS, series_style (sweep->classes[c]),
                                bx, by, STENCIL_ANCHOR_LEFT, size, TRUE, label);
      }
}

/* A band of one verdict behind the curves, its word at the right edge when it fits. */
static void
add_band (const Plot  *plot,
          const Panel *panel,
          double       lo,
          double       hi,
          StencilStyle style,
          const char  *word)
{
  double top, bottom, size = 0.75 * plot->t;

  lo = MAX (lo, panel->lo);
  hi = MIN (hi, panel->hi);
  if (hi <= lo)
    return;
  top = panel_y (panel, hi);
  bottom = panel_y (panel, lo);
  stencil_scene_add_rect (plot->scene, STENCIL_LAYER_APERTURES, style, STENCIL_PRIMITIVE_FILL, 0,
                          plot->x0, top, plot->x1, bottom, 0);
  if (bottom - top >= 0.9 * size)
    stencil_scene_add_text (plot->scene, STENCIL_LAYER_LABELS, style, plot->x1 + 0.4 * plot->t,
                            (top + bottom) / 2 + 0.35 * size, STENCIL_ANCHOR_LEFT, size, TRUE,
                            word);
}

/* A threshold as a dashed line with its value inside the plot's left edge, above the line
 * (below it when `below`, so that 0.66 and 0.55 never sit on each other). */
static void
add_threshold (const Plot  *plot,
               const Panel *panel,
               double       value,
               gboolean     below)
{
  double y = panel_y (panel, value);
  g_autofree char *label = stencil_format_number (value, 2);

  if (value < panel->lo || value > panel->hi)
    return;
  stencil_scene_add_line (plot->scene, STENCIL_LAYER_DIMENSIONS, STENCIL_STYLE_TEXT,
                          line_width (plot), plot->x0, y, plot->x1, y)->flags
    |= STENCIL_PRIMITIVE_DASHED;
  stencil_scene_add_text (plot->scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_TEXT,
                          plot->x0 + 0.4 * plot->t, below ? y + 1.0 * plot->t : y - 0.3 * plot->t,
                          STENCIL_ANCHOR_LEFT, 0.8 * plot->t, TRUE, label);
}

/* Frame, grid lines, value ticks on the left and the panel's title above it. */
static void
add_panel_frame (const Plot  *plot,
                 const Panel *panel,
                 const char  *title,
                 gboolean     percent)
{
  double lw = line_width (plot);

  for (double v = panel->lo; v <= panel->hi + panel->step / 2; v += panel->step)
    {
      double y = panel_y (panel, v);
      g_autofree char *label = format_value (v, panel->step, percent);

      if (v > panel->lo + 1e-9 && v < panel->hi - 1e-9)
        stencil_scene_add_line (plot->scene, STENCIL_LAYER_DIMENSIONS, STENCIL_STYLE_MUTED,
                                0.5 * lw, plot->x0, y, plot->x1, y);
      stencil_scene_add_text (plot->scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_MUTED,
                              plot->x0 - 0.4 * plot->t, y + 0.33 * plot->t, STENCIL_ANCHOR_RIGHT,
                              0.8 * plot->t, FALSE, label);
    }
  stencil_scene_add_rect (plot->scene, STENCIL_LAYER_DIMENSIONS, STENCIL_STYLE_TEXT,
                          STENCIL_PRIMITIVE_STROKE, lw, plot->x0, panel->y0, plot->x1, panel->y1,
                          0);
  add_text_fit (plot, STENCIL_STYLE_TITLE, plot->x0, panel->y0 - 0.45 * plot->t,
                STENCIL_ANCHOR_LEFT, plot->t, plot->x1 - plot->x0, TRUE, title);
}

/* Thickness ticks and grid through every panel, labels and the axis title below the last. */
static void
add_thickness_axis (const Plot  *plot,
                    const Panel *panels,
                    guint        n_panels)
{
  double step = nice_step (plot->to - plot->from,
                           MAX (2, (plot->x1 - plot->x0) / (4.5 * plot->t)));
  double bottom = panels[n_panels - 1].y1;

  for (double v = ceil (plot->from / step - 1e-9) * step; v <= plot->to + 1e-9; v += step)
    {
      double x = plot_x (plot, v);
      g_autofree char *label = stencil_format_number (v, 1);

      for (guint k = 0; k < n_panels; k++)
        stencil_scene_add_line (plot->scene, STENCIL_LAYER_DIMENSIONS, STENCIL_STYLE_MUTED,
                                0.45 * line_width (plot), x, panels[k].y0, x, panels[k].y1);
      stencil_scene_add_text (plot->scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_MUTED, x,
                              bottom + 1.2 * plot->t, STENCIL_ANCHOR_CENTER, 0.8 * plot->t, FALSE,
                              label);
    }
  add_text_fit (plot, STENCIL_STYLE_TITLE, (plot->x0 + plot->x1) / 2, bottom + 2.6 * plot->t,
                STENCIL_ANCHOR_CENTER, plot->t, plot->x1 - plot->x0, TRUE,
                _("Stencil thickness (µm)"));
}

/* Where a marker's label starts: beside its line on the side given, kept inside the axis. */
static double
marker_label_x (const Plot *plot,
                double      thickness_um,
                gboolean    label_left,
                const char *label)
{
  double x = plot_x (plot, CLAMP (thickness_um, plot->from, plot->to));
  double w = stencil_scene_text_width (label, 0.85 * plot->t, TRUE);
  double lx = label_left ? x - 0.3 * plot->t - w : x + 0.3 * plot->t;

  return CLAMP (lx, plot->x0, MAX (plot->x0, plot->x1 - w));
}

/* A vertical line through every panel with its label in a row above the first one. */
static void
add_marker (const Plot  *plot,
            const Panel *panels,
            guint        n_panels,
            double       thickness_um,
            StencilStyle style,
            gboolean     dashed,
            gboolean     label_left,
            double       label_y,
            const char  *label)
{
  double x = plot_x (plot, CLAMP (thickness_um, plot->from, plot->to));

  if (thickness_um >= plot->from && thickness_um <= plot->to)
    for (guint k = 0; k < n_panels; k++)
      {
        StencilPrimitive *p = stencil_scene_add_line (plot->scene, STENCIL_LAYER_DIMENSIONS,
                                                      style, 1.3 * line_width (plot), x,
                                                      panels[k].y0, x, panels[k].y1);
        if (dashed)
          p->flags |= STENCIL_PRIMITIVE_DASHED;
      }
  stencil_scene_add_text (plot->scene, STENCIL_LAYER_LABELS, style,
                          marker_label_x (plot, thickness_um, label_left, label), label_y,
                          STENCIL_ANCHOR_LEFT, 0.85 * plot->t, TRUE, label);
}

static void
add_markers (const Plot  *plot,
             const Panel *panels,
             guint        n_panels,
             double       cursor_um,
             double       label_y)
{
  const StencilSweep *sweep = plot->sweep;
  g_autofree char *cursor_text = format_um (cursor_um);
  g_autofree char *max_text = NULL;
  gboolean max_left;

  if (sweep->max_thickness_um > 0)
    {
      g_autofree char *um = format_um (sweep->max_thickness_um);

      /* TRANSLATORS: the maximum recommended thickness and the rule that limits it. */
      max_text = g_strdup_printf (_("max. %s (%s)"), um,
                                  stencil_thickness_limit_label (sweep->max_thickness_limit));
    }
  else
    /* TRANSLATORS: no thickness is recommended; %s is the rule that stops it. */
    max_text = g_strdup_printf (_("no recommended thickness (%s)"),
                                stencil_thickness_limit_label (sweep->max_thickness_limit));

  if (sweep->max_thickness_um > 0)
    {
      double mx, cx, mw, cw;

      /* The two labels look away from each other; where they would still meet (a narrow plot,
       * close thicknesses), the maximum's goes a row higher, which the layout keeps free. */
      max_left = sweep->max_thickness_um < cursor_um;
      mx = marker_label_x (plot, sweep->max_thickness_um, max_left, max_text);
      cx = marker_label_x (plot, cursor_um, !max_left, cursor_text);
      mw = stencil_scene_text_width (max_text, 0.85 * plot->t, TRUE);
      cw = stencil_scene_text_width (cursor_text, 0.85 * plot->t, TRUE);
      add_marker (plot, panels, n_panels, sweep->max_thickness_um, STENCIL_STYLE_MARK, TRUE,
                  max_left, mx < cx + cw + 0.5 * plot->t && cx < mx + mw + 0.5 * plot->t
                            ? label_y - 1.2 * plot->t : label_y, max_text);
      add_marker (plot, panels, n_panels, cursor_um, STENCIL_STYLE_CURSOR, FALSE, !max_left,
                  label_y, cursor_text);
    }
  else
    {
      /* No maximum to mark: the note takes the side of the row the cursor leaves free. */
      double cx = plot_x (plot, CLAMP (cursor_um, plot->from, plot->to));
      double cw = stencil_scene_text_width (cursor_text, 0.85 * plot->t, TRUE);
      gboolean cursor_left_half = cx < (plot->x0 + plot->x1) / 2;
      double free_x0 = cursor_left_half ? MIN (plot->x1, cx + 0.3 * plot->t + cw + plot->t)
                                        : plot->x0;
      double free_x1 = cursor_left_half ? plot->x1 : MAX (plot->x0, cx - 0.3 * plot->t - cw
                                                                    - plot->t);

      add_marker (plot, panels, n_panels, cursor_um, STENCIL_STYLE_CURSOR, FALSE,
                  !cursor_left_half, label_y, cursor_text);
      add_text_fit (plot, STENCIL_STYLE_NOTICE, cursor_left_half ? free_x1 : free_x0, label_y,
                    cursor_left_half ? STENCIL_ANCHOR_RIGHT : STENCIL_ANCHOR_LEFT,
                    0.85 * plot->t, free_x1 - free_x0, TRUE, max_text);
    }
}

typedef enum
{
  SAMPLE_LINE,          /* a bold line: a class, or "achieved" */
  SAMPLE_DASHED,        /* a thin dashed line: "target" */
  SAMPLE_DIAMOND        /* a datasheet point */
} Sample;

typedef struct
{
  Sample       sample;
  StencilStyle style;
  const char  *text;
  gboolean     bold;
} LegendItem;

/* A sample of each class's colour with its name, then what the line kinds mean; the items flow
 * left to right and wrap where the plot ends. Returns the number of lines. */
static guint
add_legend (const Plot *plot,
            double      y)
{
  const StencilSweep *sweep = plot->sweep;
  double size = 0.8 * plot->t, sample_w = 2.2 * plot->t, lw = line_width (plot);
  double x = plot->x0, gap = 1.2 * plot->t;
  LegendItem items[STENCIL_N_PAD_CLASSES + 3];
  guint n = 0, lines = 1;

  for (guint c = 0; c < sweep->n_classes; c++)
    items[n++] = (LegendItem) { SAMPLE_LINE, series_style (sweep->classes[c]),
                                       stencil_pad_class_short_label (sweep->classes[c]), TRUE };
  items[n++] = (LegendItem) { SAMPLE_LINE, STENCIL_STYLE_TEXT, _("achieved"), FALSE };
  items[n++] = (LegendItem) { SAMPLE_DASHED, STENCIL_STYLE_TEXT, _("target"), FALSE };
  items[n++] = (LegendItem) { SAMPLE_DIAMOND, STENCIL_STYLE_TEXT, _("datasheet"), FALSE };

  for (guint k = 0; k < n; k++)
    {
      double mark_w = items[k].sample == SAMPLE_DIAMOND ? 0.9 * plot->t : sample_w;
      double w = mark_w + 0.4 * plot->t
                 + stencil_scene_text_width (items[k].text, size, items[k].bold);
      double my = y - 0.3 * size;

      if (x > plot->x0 && x + w > plot->x1)
        {
          x = plot->x0;
          y += 1.3 * plot->t;
          my = y - 0.3 * size;
          lines++;
        }
      if (items[k].sample == SAMPLE_DIAMOND)
        add_diamond (plot, items[k].style, x + 0.45 * plot->t, my);
      else
        {
          StencilPrimitive *p = stencil_scene_add_line (plot->scene, STENCIL_LAYER_APERTURES,
                                                        items[k].style,
                                                        (items[k].sample == SAMPLE_LINE ? 1.6
                                                                                        : 0.8)
                                                        * lw, x, my, x + sample_w, my);
          if (items[k].sample == SAMPLE_DASHED)
            p->flags |= STENCIL_PRIMITIVE_DASHED;
        }
      stencil_scene_add_text (plot->scene, STENCIL_LAYER_LABELS, items[k].style,
                              x + mark_w + 0.4 * plot->t, y, STENCIL_ANCHOR_LEFT, size,
                              items[k].bold, items[k].text);
      x += w + gap;
    }
  return lines;
}

/* ---- the whole view -------------------------------------------------------------------------- */

/* The title (part and options: on one line when they fit, else the options on a line of their
 * own) and the land pattern's standing below. Returns the baseline of the last line. */
static double
add_heading (const Plot *plot,
             double      y)
{
  const StencilSweep *sweep = plot->sweep;
  const StencilPattern *pattern = sweep->pattern;
  g_autofree char *grid = stencil_format_number (sweep->params.grid_um, 3);
  g_autofree char *radius = stencil_format_number (sweep->params.corner_radius_mm, 4);
  g_autofree char *web = stencil_format_number (sweep->params.web_limit_mm, 3);
  g_autofree char *title = NULL;
  g_autofree char *options = NULL;
  g_autofree char *both = NULL;
  g_autofree char *land = NULL;
  double width = plot->x1 - plot->x0, size = 1.15 * plot->t;

  /* TRANSLATORS: the sweep's title; %s is the part number. */
  title = g_strdup_printf (_("Thickness sweep: %s"), pattern->part->part_number);
  /* TRANSLATORS: aperture strategy, grid in µm, corner radius and minimum web in mm. */
  options = g_strdup_printf (_("%s, grid %s µm, corner radius %s mm, minimum web %s mm"),
                             stencil_strategy_label (sweep->params.strategy), grid, radius, web);
  both = g_strdup_printf ("%s, %s", title, options);
  if (stencil_scene_text_width (both, size, TRUE) <= width)
    add_text_fit (plot, STENCIL_STYLE_TITLE, plot->x0, y, STENCIL_ANCHOR_LEFT, size, width, TRUE,
                  both);
  else
    {
      add_text_fit (plot, STENCIL_STYLE_TITLE, plot->x0, y, STENCIL_ANCHOR_LEFT, size, width,
                    TRUE, title);
      y += 1.3 * plot->t;
      add_text_fit (plot, STENCIL_STYLE_TEXT, plot->x0, y, STENCIL_ANCHOR_LEFT, 0.8 * plot->t,
                    width, FALSE, options);
    }
  if (pattern->provisional)
    land = g_strdup (stencil_provisional_notice ());
  else
    {
      g_autofree char *what = stencil_pattern_describe_land (pattern, TRUE, 60);
      /* TRANSLATORS: %s says whose land pattern it is, e.g. "user-defined (drawing rev. B)". */
      land = g_strdup_printf (_("Land pattern: %s"), what);
    }
  y += 1.25 * plot->t;
  add_text_fit (plot, pattern->provisional ? STENCIL_STYLE_NOTICE : STENCIL_STYLE_MUTED, plot->x0,
                y, STENCIL_ANCHOR_LEFT, 0.75 * plot->t, width, FALSE, land);
  return y;
}

static void
set_panel_ranges (const StencilSweep *sweep,
                  Panel              *panels,
                  double              t)
{
  double lo = 1, hi = 0;

  value_range (sweep, VALUE_TARGET, VALUE_OPENING, &lo, &hi);
  for (guint c = 0; c < sweep->n_classes; c++)
    for (guint k = 0; k < sweep->n_datasheet[c]; k++)
      {
        lo = MIN (lo, sweep->datasheet[c][k].ratio);
        hi = MAX (hi, MIN (1.0, sweep->datasheet[c][k].ratio));
      }
  panel_set_range (&panels[STENCIL_SWEEP_PANEL_OPENING], MAX (0, lo - 0.03), MAX (hi, 1.0), t);

  /* The thresholds always show, with some room on both sides. */
  lo = STENCIL_AREA_RATIO_MARGINAL - 0.05;
  hi = STENCIL_AREA_RATIO_PASS + 0.14;
  value_range (sweep, VALUE_AREA, VALUE_AREA, &lo, &hi);
  panel_set_range (&panels[STENCIL_SWEEP_PANEL_AREA], MAX (0, lo - 0.02),
                   MIN (hi, AREA_RATIO_CAP), t);

  lo = STENCIL_ASPECT_RATIO_PASS - 0.3;
  hi = STENCIL_ASPECT_RATIO_PASS + 0.5;
  value_range (sweep, VALUE_ASPECT, VALUE_ASPECT, &lo, &hi);
  panel_set_range (&panels[STENCIL_SWEEP_PANEL_ASPECT], MAX (0, lo - 0.05),
                   MIN (hi, ASPECT_RATIO_CAP), t);
}

static void
draw_panels (const Plot  *plot,
             const Panel *panels)
{
  const StencilSweep *sweep = plot->sweep;
  const Panel *opening = &panels[STENCIL_SWEEP_PANEL_OPENING];
  const Panel *area = &panels[STENCIL_SWEEP_PANEL_AREA];
  const Panel *aspect = &panels[STENCIL_SWEEP_PANEL_ASPECT];
  const char *pass = stencil_status_label (STENCIL_STATUS_PASS);
  const char *marginal = stencil_status_label (STENCIL_STATUS_MARGINAL);

  add_band (plot, area, STENCIL_AREA_RATIO_PASS, G_MAXDOUBLE, STENCIL_STYLE_BAND_PASS, pass);
  add_band (plot, area, STENCIL_AREA_RATIO_MARGINAL, STENCIL_AREA_RATIO_PASS,
            STENCIL_STYLE_BAND_MARGINAL, marginal);
  add_band (plot, area, -G_MAXDOUBLE, STENCIL_AREA_RATIO_MARGINAL, STENCIL_STYLE_BAND_FAIL,
            stencil_status_label (STENCIL_STATUS_FAIL));
  /* Below 1.5 with a good area ratio an aperture is marginal (stencil_classify ()). */
  add_band (plot, aspect, STENCIL_ASPECT_RATIO_PASS, G_MAXDOUBLE, STENCIL_STYLE_BAND_PASS, pass);
  add_band (plot, aspect, -G_MAXDOUBLE, STENCIL_ASPECT_RATIO_PASS, STENCIL_STYLE_BAND_MARGINAL,
            marginal);

  add_panel_frame (plot, opening, _("Opening ratio (aperture area / land area)"), TRUE);
  add_panel_frame (plot, area, _("IPC-7525 area ratio (aperture area / wall area)"), FALSE);
  add_panel_frame (plot, aspect, _("IPC-7525 aspect ratio (aperture width / thickness)"), FALSE);
  add_thickness_axis (plot, panels, STENCIL_SWEEP_N_PANELS);
  add_threshold (plot, area, STENCIL_AREA_RATIO_PASS, FALSE);
  add_threshold (plot, area, STENCIL_AREA_RATIO_MARGINAL, TRUE);
  add_threshold (plot, aspect, STENCIL_ASPECT_RATIO_PASS, FALSE);

  for (guint c = 0; c < sweep->n_classes; c++)
    {
      add_curve (plot, opening, c, VALUE_OPENING, FALSE);
      add_curve (plot, area, c, VALUE_AREA, FALSE);
      add_curve (plot, aspect, c, VALUE_ASPECT, FALSE);
    }
  for (guint c = 0; c < sweep->n_classes; c++)
    add_curve (plot, opening, c, VALUE_TARGET, TRUE);
  add_datasheet_points (plot, opening);
}

StencilScene *
stencil_sweep_view_new (StencilSweep                  *sweep,
                        const StencilSweepViewOptions *options,
                        StencilSweepFrame             *out_frame)
{
  StencilSweepViewOptions defaults;
  Plot plot = { 0 };
  Panel panels[STENCIL_SWEEP_N_PANELS];
  double t, y, panel_h, right = 0, cursor_um;
  guint legend_lines;
  const char *words[] = { stencil_status_label (STENCIL_STATUS_PASS),
                          stencil_status_label (STENCIL_STATUS_MARGINAL),
                          stencil_status_label (STENCIL_STATUS_FAIL) };

  g_return_val_if_fail (sweep != NULL, NULL);

  if (options == NULL)
    {
      stencil_sweep_view_options_init (&defaults);
      options = &defaults;
    }
  g_return_val_if_fail (options->width_mm > 0 && options->height_mm > 0, NULL);

  /* The layout needs about 30 lines of text in height and 30 characters in width (the title and
   * the legend wrap, the headings shrink to fit). */
  t = MIN (options->text_mm > 0 ? options->text_mm : 2.5,
           MIN (options->height_mm / 30, options->width_mm / 30));
  for (guint k = 0; k < G_N_ELEMENTS (words); k++)
    right = MAX (right, stencil_scene_text_width (words[k], 0.75 * t, TRUE));

  plot.scene = stencil_scene_new (options->width_mm, options->height_mm);
  plot.sweep = sweep;
  plot.t = t;
  plot.x0 = 0.5 * t + stencil_scene_text_width ("100 %", 0.8 * t, FALSE) + 0.6 * t;
  plot.x1 = options->width_mm - right - 1.0 * t;
  plot.from = sweep->range.from_um;
  plot.to = stencil_sweep_get_point (sweep, stencil_sweep_get_n_points (sweep) - 1)->thickness_um;
  cursor_um = isfinite (options->cursor_um) ? options->cursor_um : sweep->params.thickness_um;

  y = add_heading (&plot, 1.6 * t);
  legend_lines = add_legend (&plot, y + 1.65 * t);
  y += 4.25 * t + (legend_lines - 1) * 1.3 * t;   /* the markers' labels */
  panel_h = (options->height_mm - y - 0.6 * t - 3 * 1.8 * t - 3.4 * t) / 3;
  for (guint k = 0; k < STENCIL_SWEEP_N_PANELS; k++)
    {
      panels[k].y0 = (k == 0 ? y + 0.6 * t : panels[k - 1].y1 + 0.3 * t) + 1.5 * t;
      panels[k].y1 = panels[k].y0 + panel_h;
    }
  set_panel_ranges (sweep, panels, t);
  draw_panels (&plot, panels);
  add_markers (&plot, panels, STENCIL_SWEEP_N_PANELS, cursor_um, y);

  if (out_frame != NULL)
    {
      out_frame->x0 = plot.x0;
      out_frame->x1 = plot.x1;
      out_frame->y0 = panels[STENCIL_SWEEP_PANEL_OPENING].y0;
      out_frame->y1 = panels[STENCIL_SWEEP_PANEL_ASPECT].y1;
      out_frame->from_um = plot.from;
      out_frame->to_um = plot.to;
      for (guint k = 0; k < STENCIL_SWEEP_N_PANELS; k++)
        {
          out_frame->panels[k].y0 = panels[k].y0;
          out_frame->panels[k].y1 = panels[k].y1;
          out_frame->panels[k].lo = panels[k].lo;
          out_frame->panels[k].hi = panels[k].hi;
        }
    }
  return plot.scene;
}

gboolean
stencil_sweep_frame_thickness_at (const StencilSweepFrame *frame,
                                  double                   x_mm,
                                  double                   y_mm,
                                  double                  *out_thickness_um)
{
  double um;

  g_return_val_if_fail (frame != NULL, FALSE);

  if (!isfinite (x_mm) || !isfinite (y_mm) || x_mm < frame->x0 || x_mm > frame->x1 ||
      y_mm < frame->y0 || y_mm > frame->y1 || frame->x1 <= frame->x0)
    return FALSE;
  um = frame->from_um + (x_mm - frame->x0) / (frame->x1 - frame->x0)
       * (frame->to_um - frame->from_um);
  um = CLAMP (round (um), ceil (frame->from_um - 1e-9), floor (frame->to_um + 1e-9));
  if (out_thickness_um != NULL)
    *out_thickness_um = um;
  return TRUE;
}
