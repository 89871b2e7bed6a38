/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One drawing sheet of a part: the frame, the part view at a nice scale with its scale bar and
 * Detail A, a table per pad class, the summary, legend, notices and the title block. */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "stencil-detail-view-private.h"
#include "stencil-format.h"
#include "stencil-io.h"
#include "stencil-limits.h"
#include "stencil-names.h"
#include "stencil-part-view.h"
#include "stencil-scene-private.h"
#include "stencil-sheet.h"
#include "stencil-sweep-view.h"

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
  g_autofree char *w = stencil_scene_format_mm (w_mm);
  g_autofree char *h = stencil_scene_format_mm (h_mm);
  g_autofree char *r = NULL;

  if (r_mm <= 0)
    return g_strdup_printf ("%s × %s", w, h);
  r = stencil_scene_format_mm (r_mm);
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
                              top + 1.0 + STENCIL_TEXT_ASCENT * SHEET_LABEL, STENCIL_ANCHOR_LEFT,
                              SHEET_LABEL, FALSE, cells[i].label);
      stencil_scene_add_text (scene, STENCIL_LAYER_LABELS,
                              cells[i].strong ? STENCIL_STYLE_TITLE : STENCIL_STYLE_TEXT,
                              x + pad, top + height - 0.3 * height + 0.1 * size,
                              STENCIL_ANCHOR_LEFT, size, cells[i].strong, cells[i].value);
      x += need[i] + extra;
    }
}

static void
cells_clear (Cell *cells,
             guint n_cells)
{
  for (guint i = 0; i < n_cells; i++)
    g_clear_pointer (&cells[i].value, g_free);
}

static double
add_title_block (StencilScene  *scene,
                 StencilResult *result,
                 const char    *drawing,
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
  g_autofree char *pitch = stencil_scene_format_mm (pattern->pitch_mm);
  g_autofree char *radius = stencil_scene_format_mm (result->params.corner_radius_mm);
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

  row1[0] = (Cell) { _("Drawing"), g_strdup (drawing), FALSE };
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
      /* Beside the status: on the side of the limit that decided it (stencil-format.h). */
      cells[r][6] = format_fixed (stencil_measure_round (STENCIL_MEASURE_AREA_RATIO,
                                                         c->aperture.area_ratio, 2), 2);
      cells[r][7] = format_fixed (stencil_measure_round (STENCIL_MEASURE_ASPECT_RATIO,
                                                         c->aperture.aspect_ratio, 2), 2);
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

              add_swatch (scene, stencil_status_style (result->classes[r].aperture.status), left,
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
  g_autofree char *web =
    stencil_scene_format_mm (stencil_web_round (result->min_web_mm, result->params.web_limit_mm,
                                                3));
  g_autofree char *limit = stencil_scene_format_mm (result->params.web_limit_mm);
  g_autofree char *below = NULL;
  g_autofree char *web_text = NULL;
  g_autofree char *thickness_text = NULL;
  /* The web against the narrowest one the stencil maker cuts (the design's option). */
  gboolean thin_web = result->min_web_mm < result->params.web_limit_mm;
  const char *rule = stencil_thickness_limit_label (result->max_thickness_limit);
  double fs = SHEET_TEXT;

  /* TRANSLATORS: after the minimum web: it is narrower than the stencil maker can cut. */
  below = thin_web ? g_strdup_printf (_(": below %s mm"), limit) : g_strdup ("");
  if (result->min_web_pad_a < pattern->pads->len && result->min_web_pad_b < pattern->pads->len)
    web_text = g_strdup_printf (_("Minimum web between apertures: %s mm (pads %s and %s)%s"), web,
                                stencil_pattern_get_pad (pattern, result->min_web_pad_a)->id,
                                stencil_pattern_get_pad (pattern, result->min_web_pad_b)->id,
                                below);
  else
    web_text = g_strdup_printf (_("Minimum web between apertures: %s mm%s"), web, below);
  if (result->max_thickness_um > 0)
    {
      g_autofree char *um = format_um (result->max_thickness_um);

      /* TRANSLATORS: the thickness, then the rule that stops a thicker foil ("area ratio"). */
      thickness_text = g_strdup_printf (_("Maximum recommended thickness (every aperture "
                                          "passes, web ≥ %s mm): %s, limited by the %s"),
                                        limit, um, rule);
    }
  else
    thickness_text = g_strdup_printf (_("Maximum recommended thickness: none from %d to %d µm "
                                        "(limited by the %s)"),
                                      STENCIL_MAX_THICKNESS_SCAN_LO_UM,
                                      STENCIL_MAX_THICKNESS_SCAN_HI_UM, rule);

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
  guint n_items;
  const StencilLegendItem *items = stencil_part_view_legend (&n_items);
  double fs = 2.4;
  double x = x0;

  y += 1.9 * fs;
  for (guint i = 0; i < n_items; i++)
    {
      const char *text = stencil_legend_item_get_label (&items[i]);
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
  title_top = add_title_block (scene, result, _("Solder-paste stencil apertures"), date, sheet,
                               n_sheets, fx0, fx1, fy1);

  /* Table, summary, legend and notices, laid out from 0 and then set on the title block. */
  lower = stencil_scene_new (0, 0);
  y = add_class_table (lower, result, cx0, cx1, 0);
  y = add_summary (lower, result, cx0, cx1, y);
  y = add_legend (lower, cx0, cx1, y);
  y = add_notices (lower, result, cx0, cx1, y);
  lower_h = y + 2.0;
  stencil_scene_append_scaled (scene, lower, 1, 0, title_top - lower_h);

  /* The view: heading row, then the largest nice scale at which the part view fits. */
  stencil_scene_add_text (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_TITLE, cx0,
                          fy0 + SHEET_INSET + 3.2 * STENCIL_TEXT_ASCENT, STENCIL_ANCHOR_LEFT, 3.2,
                          TRUE, _("Top view: lands and stencil apertures"));
  area_x0 = cx0;
  area_x1 = cx1;
  area_y0 = fy0 + SHEET_INSET + 3.2 + 4.0;
  area_y1 = title_top - lower_h - 8.0;   /* room for the scale bar */

  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      g_autoptr(StencilScene) candidate =
        stencil_scene_new_part_view_for_text (result, SHEET_DIM_TEXT / scales[i]);

      stencil_scene_get_extents (candidate, &ex0, &ey0, &ex1, &ey1);
      scale = scales[i];
      g_clear_pointer (&view, stencil_scene_unref);
      view = g_steal_pointer (&candidate);
      if ((ex1 - ex0) * scale <= area_x1 - area_x0 && (ey1 - ey0) * scale <= area_y1 - area_y0)
        break;
    }
  stencil_scene_set_scale (scene, scale);
  if (!stencil_detail_view_add (scene, result, view, scale, SHEET_DIM_TEXT,
                                area_x0, area_y0, area_x1, area_y1))
    stencil_scene_append_scaled (scene, view, scale,
                         (area_x0 + area_x1) / 2 - scale * (ex0 + ex1) / 2,
                         (area_y0 + area_y1) / 2 - scale * (ey0 + ey1) / 2);

  scale_number = stencil_format_number (scale, 1);
  /* TRANSLATORS: drawing scale, "Scale 10:1". */
  scale_text = g_strdup_printf (_("Scale %s:1"), scale_number);
  stencil_scene_add_text (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_TITLE, cx1,
                          fy0 + SHEET_INSET + 3.2 * STENCIL_TEXT_ASCENT, STENCIL_ANCHOR_RIGHT, 3.2,
                          TRUE, scale_text);
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
stencil_scene_new_sweep_sheet (StencilResult               *result,
                               StencilSweep                *sweep,
                               const StencilDrawingOptions *options,
                               GDateTime                   *date,
                               guint                        sheet,
                               guint                        n_sheets)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(StencilScene) plot = NULL;
  StencilDrawingOptions defaults;
  StencilSweepViewOptions view;
  StencilScene *scene;
  double w, h, fx0, fy0, fx1, fy1, title_top;

  g_return_val_if_fail (result != NULL, NULL);
  g_return_val_if_fail (sweep != NULL, NULL);

  if (options == NULL)
    {
      stencil_drawing_options_init (&defaults);
      options = &defaults;
    }
  if (date == NULL)
    date = now = stencil_get_creation_time ();
  sheet = MAX (sheet, 1);
  n_sheets = MAX (n_sheets, sheet);

  paper_size (options, &w, &h);
  scene = stencil_scene_new (w, h);
  fx0 = SHEET_MARGIN;
  fy0 = SHEET_MARGIN;
  fx1 = w - SHEET_MARGIN;
  fy1 = h - SHEET_MARGIN;
  stencil_scene_add_rect (scene, STENCIL_LAYER_LABELS, STENCIL_STYLE_FRAME,
                          STENCIL_PRIMITIVE_STROKE, SHEET_LINE_FRAME, fx0, fy0, fx1, fy1, 0);
  /* TRANSLATORS: the drawing's name in the title block of the sweep sheet. */
  title_top = add_title_block (scene, result, _("Thickness sweep"), date, sheet, n_sheets, fx0,
                               fx1, fy1);

  /* The plot fills the frame above the title block, its text as large as the sheet's. */
  stencil_sweep_view_options_init (&view);
  view.width_mm = fx1 - fx0 - 2 * SHEET_INSET;
  view.height_mm = title_top - fy0 - 2 * SHEET_INSET;
  view.text_mm = SHEET_TEXT;
  view.cursor_um = result->params.thickness_um;
  plot = stencil_sweep_view_new (sweep, &view, NULL);
  stencil_scene_append_scaled (scene, plot, 1, fx0 + SHEET_INSET, fy0 + SHEET_INSET);
  return scene;
}

StencilScene *
stencil_scene_new_page (StencilResult               *result,
                        const StencilDrawingOptions *options,
                        GDateTime                   *date)
{
  return stencil_scene_new_sheet (result, options, date, 1, 1);
}
