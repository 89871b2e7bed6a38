/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The KiCad footprint writer: lands on F.Cu/F.Mask, one paste-only pad per aperture, body on
 * F.Fab, silkscreen and courtyard after the KiCad Library Conventions (KLC 3.0, F5). */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "stencil-io.h"
#include "stencil-kicad.h"

/* KiCad 6's s-expression format version (the one kicad-footprints 6.0 is written in). */
#define KICAD_FORMAT_VERSION "20211014"

/* Everything is computed in integer nanometres, KiCad's own internal unit, and printed as mm
 * with at most six decimals: no double is ever printed for a coordinate, so no locale and no
 * rounding noise reaches the file. */
#define NM_PER_MM        1000000.0
/* KiCad keeps coordinates in 32-bit nm (about +-2147 mm); stay well inside. */
#define KICAD_MAX_NM     G_GINT64_CONSTANT (1000000000)

/* KLC F5: line widths, text size, offsets (mm). */
#define FAB_WIDTH_MM       0.10
#define SILK_WIDTH_MM      0.12
#define CRTYD_WIDTH_MM     0.05
#define SILK_FAB_OFFSET_MM 0.11   /* silkscreen outline outside the body */
#define SILK_PAD_CLEAR_MM  0.20   /* silkscreen to copper */
#define TEXT_SIZE_MM       1.00
#define TEXT_OFFSET_MM     1.00   /* reference and value beyond the courtyard */
#define PIN1_MARK_MM       0.30   /* silkscreen triangle: base width; its height is 2/3 of it */
#define CHAMFER_MAX_MM     1.00   /* F.Fab pin-1 chamfer: 1 mm or a quarter of the short side */

typedef struct
{
  gint64 x0, y0, x1, y1;   /* KiCad frame: x right, y down */
} Box;

static gint64
nm (double mm)
{
  return (gint64) llround (mm * NM_PER_MM);
}

/* A length in nm as mm, trailing zeros removed: 230000 -> 0.23, -1850000 -> -1.85. */
static void
append_mm (GString *s,
           gint64   value_nm)
{
  guint64 u = value_nm < 0 ? (guint64) 0 - (guint64) value_nm : (guint64) value_nm;
  guint64 frac = u % 1000000;
  char digits[7];
  int n = 6;

  if (value_nm < 0)
    g_string_append_c (s, '-');
  g_string_append_printf (s, "%" G_GUINT64_FORMAT, u / 1000000);
  if (frac == 0)
    return;
  for (int i = 5; i >= 0; i--)
    {
      digits[i] = (char) ('0' + (int) (frac % 10));
      frac /= 10;
    }
  while (n > 0 && digits[n - 1] == '0')
    n--;
  g_string_append_c (s, '.');
  g_string_append_len (s, digits, n);
}

static void
append_xy (GString    *s,
           const char *keyword,
           gint64      x_nm,
           gint64      y_nm)
{
  g_string_append_printf (s, "(%s ", keyword);
  append_mm (s, x_nm);
  g_string_append_c (s, ' ');
  append_mm (s, y_nm);
  g_string_append_c (s, ')');
}

/* A quoted s-expression string: quotes and backslashes escaped, control characters as spaces,
 * so that a user's land-pattern source can never break the file. */
static void
append_quoted (GString    *s,
               const char *text)
{
  g_string_append_c (s, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      unsigned char c = (unsigned char) *p;

      if (c == '"' || c == '\\')
        {
          g_string_append_c (s, '\\');
          g_string_append_c (s, (char) c);
        }
      else if (c < 0x20 || c == 0x7f)
        g_string_append_c (s, ' ');
      else
        g_string_append_c (s, (char) c);
    }
  g_string_append_c (s, '"');
}

static void
append_line (GString    *s,
             const char *layer,
             double      width_mm,
             gint64      x0,
             gint64      y0,
             gint64      x1,
             gint64      y1)
{
  g_string_append (s, "  (fp_line ");
  append_xy (s, "start", x0, y0);
  g_string_append_c (s, ' ');
  append_xy (s, "end", x1, y1);
  g_string_append_printf (s, " (layer \"%s\") (width ", layer);
  append_mm (s, nm (width_mm));
  g_string_append (s, "))\n");
}

static void
append_text (GString    *s,
             const char *kind,
             const char *text,
             gint64      x,
             gint64      y,
             const char *layer,
             double      size_mm)
{
  g_string_append_printf (s, "  (fp_text %s ", kind);
  append_quoted (s, text);
  g_string_append_c (s, ' ');
  append_xy (s, "at", x, y);
  g_string_append_printf (s, " (layer \"%s\")\n    (effects (font (size ", layer);
  append_mm (s, nm (size_mm));
  g_string_append_c (s, ' ');
  append_mm (s, nm (size_mm));
  g_string_append (s, ") (thickness ");
  append_mm (s, nm (0.15 * size_mm));
  g_string_append (s, ")))\n  )\n");
}

/* The name's characters as KLC G1.1 allows them: letters, digits, '-', '.'; '_' separates. */
static void
append_name_field (GString    *s,
                   const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    g_string_append_c (s, g_ascii_isalnum (*p) || *p == '-' || *p == '.' ? *p : '-');
}

/* At least two decimals, like KiCad's own names: P0.40mm, P0.50mm, P0.175mm. */
static char *
format_pitch (double pitch_mm)
{
  g_autofree char *text = stencil_format_number (pitch_mm, 4);
  const char *dot = strchr (text, '.');
  gsize decimals = dot == NULL ? 0 : strlen (dot + 1);

  if (decimals >= 2)
    return g_steal_pointer (&text);
  return g_strconcat (text, dot == NULL ? ".00" : decimals == 1 ? "0" : "", NULL);
}

static gboolean
has_soldering_pads (const StencilPattern *pattern)
{
  for (guint i = 0; i < pattern->pads->len; i++)
    if (stencil_pattern_get_pad (pattern, i)->pad_class == STENCIL_PAD_CLASS_SOLDERING)
      return TRUE;
  return FALSE;
}

char *
stencil_kicad_footprint_name (StencilResult *result)
{
  const StencilPattern *pattern;
  StencilPart *part;
  g_autofree char *pitch = NULL;
  g_autofree char *thickness = NULL;
  GString *s;

  g_return_val_if_fail (result != NULL, NULL);

  pattern = result->pattern;
  part = pattern->part;
  pitch = format_pitch (pattern->pitch_mm);
  thickness = stencil_format_number (result->params.thickness_um, 3);

  /* KLC F2 for connectors: Manufacturer_Series_MPN_Rows x Pins[-nMP]_Ppitch_Orientation. Both
   * soldering terminals carry the one number MP, hence -1MP. The stencil variant follows as a
   * suffix, as KiCad's own variants do (_HandSolder, _ThermalVias). */
  s = g_string_new (NULL);
  append_name_field (s, stencil_family_get_maker (part->family));
  g_string_append_c (s, '_');
  append_name_field (s, stencil_family_get_series (part->family));
  g_string_append_c (s, '_');
  append_name_field (s, part->part_number);
  g_string_append_printf (s, "_2x%02u", part->contacts / 2);
  if (has_soldering_pads (pattern))
    g_string_append (s, "-1MP");
  g_string_append_printf (s, "_P%smm_Vertical_Stencil%sum", pitch, thickness);
  return g_string_free (s, FALSE);
}

char *
stencil_kicad_default_filename (StencilResult *result)
{
  g_autofree char *name = stencil_kicad_footprint_name (result);

  return g_strconcat (name, ".kicad_mod", NULL);
}

static gboolean
pad_box (const StencilPad *pad,
         double            w_mm,
         double            h_mm,
         Box              *out)
{
  gint64 x = nm (pad->x_mm), y = -nm (pad->y_mm), w = nm (w_mm), h = nm (h_mm);

  if (!isfinite (pad->x_mm) || !isfinite (pad->y_mm) || !isfinite (w_mm) || !isfinite (h_mm)
      || llabs (x) + w > KICAD_MAX_NM || llabs (y) + h > KICAD_MAX_NM || w <= 0 || h <= 0)
    return FALSE;
  /* Half sizes in whole nm: centre +- w/2 stays exact for the odd nm KiCad would round too. */
  out->x0 = x - w / 2;
  out->x1 = out->x0 + w;
  out->y0 = y - h / 2;
  out->y1 = out->y0 + h;
  return TRUE;
}

static void
box_union (Box       *acc,
           const Box *b)
{
  acc->x0 = MIN (acc->x0, b->x0);
  acc->y0 = MIN (acc->y0, b->y0);
  acc->x1 = MAX (acc->x1, b->x1);
  acc->y1 = MAX (acc->y1, b->y1);
}

static gint64
grid_floor (gint64 value,
            gint64 grid)
{
  return value >= 0 ? value / grid * grid : -((-value + grid - 1) / grid * grid);
}

static gint64
grid_ceil (gint64 value,
           gint64 grid)
{
  return -grid_floor (-value, grid);
}

typedef struct
{
  gint64 lo, hi;
} Cut;

static int
compare_cuts (gconstpointer a,
              gconstpointer b)
{
  gint64 x = ((const Cut *) a)->lo, y = ((const Cut *) b)->lo;

  return x < y ? -1 : x > y;
}

/* Pieces of the segment lo..hi at `across` that keep the clearance to every land. */
static void
append_clipped (GString    *s,
                const Box  *lands,
                guint       n_lands,
                gboolean    vertical,
                gint64      across,
                gint64      lo,
                gint64      hi)
{
  gint64 clear = nm (SILK_PAD_CLEAR_MM + SILK_WIDTH_MM / 2);
  gint64 min_piece = nm (SILK_WIDTH_MM);
  g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (Cut));
  gint64 pos = lo;

  for (guint i = 0; i < n_lands; i++)
    {
      const Box *b = &lands[i];
      gint64 a0 = vertical ? b->x0 : b->y0, a1 = vertical ? b->x1 : b->y1;
      Cut cut = { (vertical ? b->y0 : b->x0) - clear, (vertical ? b->y1 : b->x1) + clear };

      if (across > a0 - clear && across < a1 + clear)
        g_array_append_val (cuts, cut);
    }
  /* Sorted by start, each cut ends the piece before it and moves past itself. */
  g_array_sort (cuts, compare_cuts);
  for (guint k = 0; k <= cuts->len && pos < hi; k++)
    {
      const Cut *cut = k < cuts->len ? &g_array_index (cuts, Cut, k) : NULL;
      gint64 end = cut != NULL ? MIN (cut->lo, hi) : hi;

      if (end - pos >= min_piece)
        {
          if (vertical)
            append_line (s, "F.SilkS", SILK_WIDTH_MM, across, pos, across, end);
          else
            append_line (s, "F.SilkS", SILK_WIDTH_MM, pos, across, end, across);
        }
      if (cut != NULL)
        pos = MAX (pos, cut->hi);
    }
}

/* Body outline on F.Fab with the pin-1 corner chamfered (KLC F5.2). */
static void
append_fab (GString   *s,
            const Box *body,
            gboolean   pin1_left,
            gboolean   pin1_top)
{
  gint64 c = MIN (nm (CHAMFER_MAX_MM), MIN (body->x1 - body->x0, body->y1 - body->y0) / 4);
  /* Corners clockwise from top left. */
  const gint64 xs[4] = { body->x0, body->x1, body->x1, body->x0 };
  const gint64 ys[4] = { body->y0, body->y0, body->y1, body->y1 };
  guint chamfered = pin1_top ? (pin1_left ? 0 : 1) : (pin1_left ? 3 : 2);
  gint64 pts[10];
  guint n = 0;

  for (guint i = 0; i < 4; i++)
    {
      guint prev = (i + 3) % 4, next = (i + 1) % 4;

      if (i != chamfered)
        {
          pts[n++] = xs[i];
          pts[n++] = ys[i];
          continue;
        }
      /* The corner becomes two points, c along each of its edges. */
      pts[n++] = xs[i] + (xs[prev] > xs[i] ? c : xs[prev] < xs[i] ? -c : 0);
      pts[n++] = ys[i] + (ys[prev] > ys[i] ? c : ys[prev] < ys[i] ? -c : 0);
      pts[n++] = xs[i] + (xs[next] > xs[i] ? c : xs[next] < xs[i] ? -c : 0);
      pts[n++] = ys[i] + (ys[next] > ys[i] ? c : ys[next] < ys[i] ? -c : 0);
    }
  for (guint k = 0; k < n; k += 2)
    {
      guint next = (k + 2) % n;
      append_line (s, "F.Fab", FAB_WIDTH_MM, pts[k], pts[k + 1], pts[next], pts[next + 1]);
    }
}

/* Silkscreen: the body outline 0.11 mm outside, broken where it comes within 0.2 mm of a land,
 * and a filled triangle beyond the outer end of pin 1 pointing at it. */
static void
append_silk (GString   *s,
             const Box *body,
             const Box *lands,
             guint      n_lands,
             const Box *pin1)
{
  gint64 off = nm (SILK_FAB_OFFSET_MM);
  Box o = { body->x0 - off, body->y0 - off, body->x1 + off, body->y1 + off };
  gint64 clear = nm (SILK_PAD_CLEAR_MM + SILK_WIDTH_MM / 2);
  gint64 half = nm (PIN1_MARK_MM) / 2, height = nm (PIN1_MARK_MM) * 2 / 3;
  gint64 cx, apex, base;
  gboolean up;

  append_clipped (s, lands, n_lands, FALSE, o.y0, o.x0, o.x1);
  append_clipped (s, lands, n_lands, FALSE, o.y1, o.x0, o.x1);
  append_clipped (s, lands, n_lands, TRUE, o.x0, o.y0, o.y1);
  append_clipped (s, lands, n_lands, TRUE, o.x1, o.y0, o.y1);

  if (pin1 == NULL)
    return;
  cx = (pin1->x0 + pin1->x1) / 2;
  up = (pin1->y0 + pin1->y1) / 2 <= (body->y0 + body->y1) / 2;
  /* Beyond both the land and the outline, so that the mark touches neither. */
  apex = up ? MIN (pin1->y0, o.y0) - clear : MAX (pin1->y1, o.y1) + clear;
  base = up ? apex - height : apex + height;
  g_string_append (s, "  (fp_poly (pts ");
  append_xy (s, "xy", cx, apex);
  g_string_append_c (s, ' ');
  append_xy (s, "xy", cx - half, base);
  g_string_append_c (s, ' ');
  append_xy (s, "xy", cx + half, base);
  g_string_append (s, ") (layer \"F.SilkS\") (width ");
  append_mm (s, nm (SILK_WIDTH_MM));
  g_string_append (s, ") (fill solid))\n");
}

static void
append_rect_lines (GString    *s,
                   const char *layer,
                   double      width_mm,
                   const Box  *b)
{
  append_line (s, layer, width_mm, b->x0, b->y0, b->x1, b->y0);
  append_line (s, layer, width_mm, b->x1, b->y0, b->x1, b->y1);
  append_line (s, layer, width_mm, b->x1, b->y1, b->x0, b->y1);
  append_line (s, layer, width_mm, b->x0, b->y1, b->x0, b->y0);
}

/* One pad: copper land (number given) or paste aperture (number ""). The shape follows the
 * Gerber writer's choice: rect, roundrect (ratio r / min (w, h)), oval (a stadium, 2 r equal to
 * the short side) or circle. */
static void
append_pad (GString    *s,
            const char *number,
            const Box  *b,
            gint64      r_nm,
            gboolean    paste)
{
  gint64 w = b->x1 - b->x0, h = b->y1 - b->y0, min_side = MIN (w, h);
  const char *shape = "rect";

  if (r_nm > 0 && 2 * r_nm >= min_side)
    shape = w == h ? "circle" : "oval";
  else if (r_nm > 0)
    shape = "roundrect";

  g_string_append (s, "  (pad ");
  append_quoted (s, number);
  g_string_append_printf (s, " smd %s ", shape);
  append_xy (s, "at", b->x0 + w / 2, b->y0 + h / 2);
  g_string_append_c (s, ' ');
  append_xy (s, "size", w, h);
  g_string_append (s, paste ? " (layers \"F.Paste\")" : " (layers \"F.Cu\" \"F.Mask\")");
  if (strcmp (shape, "roundrect") == 0)
    {
      char ratio[G_ASCII_DTOSTR_BUF_SIZE];

      /* Nine digits: KiCad's radius, round (ratio x short side) in nm, is then exact. */
      g_ascii_formatd (ratio, sizeof ratio, "%.9g", (double) r_nm / (double) min_side);
      g_string_append_printf (s, " (roundrect_rratio %s)", ratio);
    }
  g_string_append (s, ")\n");
}

static char *
describe (StencilResult *result)
{
  const StencilPattern *pattern = result->pattern;
  StencilPart *part = pattern->part;
  g_autofree char *pitch = stencil_format_number (pattern->pitch_mm, 4);
  g_autofree char *thickness = stencil_format_number (result->params.thickness_um, 3);
  g_autofree char *grid = stencil_format_number (result->params.grid_um, 3);
  g_autofree char *radius = stencil_format_number (result->params.corner_radius_mm, 4);
  GString *s = g_string_new (NULL);

  /* Machine-facing text like the Gerber comments: English, C locale numbers. */
  g_string_append_printf (s, "%s %s %s %s, %u contacts, %s mm pitch. Paste apertures "
                          "(F.Paste pads) by Stencil Calc %s for a %s um stencil foil: "
                          "strategy %s, grid %s um, corner radius %s mm",
                          stencil_family_get_maker (part->family),
                          stencil_family_get_series (part->family),
                          stencil_part_kind_to_string (part->kind), part->part_number,
                          part->contacts, pitch, PACKAGE_VERSION, thickness,
                          stencil_strategy_to_string (result->params.strategy), grid, radius);
  for (guint c = 0; c < result->n_classes; c++)
    {
      const StencilClassResult *cr = &result->classes[c];
      g_autofree char *w = stencil_format_number (cr->aperture.w_mm, 4);
      g_autofree char *h = stencil_format_number (cr->aperture.h_mm, 4);
      g_autofree char *opening = stencil_format_number (100 * cr->aperture.opening_ratio, 1);
      g_autofree char *area = stencil_format_number (cr->aperture.area_ratio, 3);

      g_string_append_printf (s, "; %s %s x %s mm, opening %s %%, area ratio %s, %s",
                              stencil_pad_class_to_string (cr->pad_class), w, h, opening, area,
                              stencil_status_to_string (cr->aperture.status));
    }
  g_string_append (s, ". The apertures are final: do not reduce them again.");
  if (pattern->provisional)
    g_string_append (s, " " STENCIL_PROVISIONAL_NOTICE_C ".");
  else if (stencil_pattern_is_user (pattern))
    {
      g_autofree char *land = stencil_pattern_describe_land (pattern, FALSE, 200);
      g_string_append_printf (s, " Land pattern: %s.", land);
    }
  return g_string_free (s, FALSE);
}

static gboolean
collect_boxes (StencilResult *result,
               Box           *lands,
               Box           *apertures,
               GError       **error)
{
  const StencilPattern *pattern = result->pattern;

  for (guint i = 0; i < pattern->pads->len; i++)
    {
      const StencilPad *pad = stencil_pattern_get_pad (pattern, i);
      const StencilAperture *ap = stencil_result_get_aperture (result, i);

      if (!pad_box (pad, pad->w_mm, pad->h_mm, &lands[i])
          || !pad_box (pad, ap->w_mm, ap->h_mm, &apertures[i])
          || !isfinite (ap->r_mm) || ap->r_mm < 0)
        {
          g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                       _("Pad %s has a land, aperture or position that cannot be written to a "
                         "KiCad footprint."), pad->id);
          return FALSE;
        }
    }
  return TRUE;
}

static void
append_header (GString       *s,
               StencilResult *result,
               const char    *name)
{
  StencilPart *part = result->pattern->part;
  g_autofree char *descr = describe (result);
  g_autofree char *thickness = stencil_format_number (result->params.thickness_um, 3);
  g_autofree char *tags = NULL;

  tags = g_strdup_printf ("connector %s %s %s %s stencil paste %sum",
                          stencil_family_get_maker (part->family),
                          stencil_family_get_series (part->family),
                          stencil_part_kind_to_string (part->kind), part->part_number, thickness);
  g_string_append (s, "(footprint ");
  append_quoted (s, name);
  g_string_append (s, " (version " KICAD_FORMAT_VERSION ") (generator stencilcalc)\n"
                   "  (layer \"F.Cu\")\n  (descr ");
  append_quoted (s, descr);
  g_string_append (s, ")\n  (tags ");
  append_quoted (s, tags);
  g_string_append (s, ")\n  (attr smd)\n");
}

GBytes *
stencil_kicad_generate (StencilResult *result,
                        const char    *name,
                        GError       **error)
{
  const StencilPattern *pattern;
  g_autofree char *default_name = NULL;
  g_autofree Box *lands = NULL;
  g_autofree Box *apertures = NULL;
  const Box *pin1 = NULL;
  Box body, extent, crt;
  gint64 grid = nm (STENCIL_KICAD_COURTYARD_GRID_MM);
  gint64 clearance = nm (STENCIL_KICAD_COURTYARD_CLEARANCE_MM);
  double fab_text;
  guint n;
  GString *s;

  g_return_val_if_fail (result != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  pattern = result->pattern;
  n = stencil_pattern_get_n_pads (pattern);
  if (n == 0 || result->apertures == NULL || result->apertures->len != n)
    {
      g_set_error_literal (error, STENCIL_ERROR, STENCIL_ERROR_FAILED,
                           _("The result has no apertures to export."));
      return NULL;
    }
  if (name == NULL || *name == '\0')
    name = default_name = stencil_kicad_footprint_name (result);

  lands = g_new (Box, n);
  apertures = g_new (Box, n);
  if (!collect_boxes (result, lands, apertures, error))
    return NULL;
  body.x0 = -nm (pattern->body_w_mm / 2);
  body.x1 = -body.x0;
  body.y0 = -nm (pattern->body_h_mm / 2);
  body.y1 = -body.y0;
  extent = body;
  for (guint i = 0; i < n; i++)
    {
      box_union (&extent, &lands[i]);
      if (strcmp (stencil_pattern_get_pad (pattern, i)->id, "1") == 0)
        pin1 = &lands[i];
    }
  crt.x0 = grid_floor (extent.x0 - clearance, grid);
  crt.y0 = grid_floor (extent.y0 - clearance, grid);
  crt.x1 = grid_ceil (extent.x1 + clearance, grid);
  crt.y1 = grid_ceil (extent.y1 + clearance, grid);

  s = g_string_sized_new (4096 + 160 * (gsize) n);
  append_header (s, result, name);
  append_text (s, "reference", "REF**", 0, crt.y0 - nm (TEXT_OFFSET_MM), "F.SilkS",
               TEXT_SIZE_MM);
  append_text (s, "value", name, 0, crt.y1 + nm (TEXT_OFFSET_MM), "F.Fab", TEXT_SIZE_MM);
  fab_text = MIN (TEXT_SIZE_MM, MIN (pattern->body_w_mm / 4, pattern->body_h_mm / 3));
  append_text (s, "user", "${REFERENCE}", 0, 0, "F.Fab", floor (fab_text * 100) / 100);

  append_fab (s, &body, pin1 == NULL || pin1->x0 + pin1->x1 <= 0,
              pin1 == NULL || pin1->y0 + pin1->y1 <= 0);
  append_silk (s, &body, lands, n, pin1);
  append_rect_lines (s, "F.CrtYd", CRTYD_WIDTH_MM, &crt);

  for (guint i = 0; i < n; i++)
    {
      const StencilPad *pad = stencil_pattern_get_pad (pattern, i);

      append_pad (s, pad->pad_class == STENCIL_PAD_CLASS_SOLDERING
                     ? STENCIL_KICAD_MOUNTING_PAD_NUMBER : pad->id, &lands[i], 0, FALSE);
    }
  for (guint i = 0; i < n; i++)
    append_pad (s, "", &apertures[i], nm (stencil_result_get_aperture (result, i)->r_mm), TRUE);
  g_string_append (s, ")\n");
  return g_string_free_to_bytes (s);
}

char *
stencil_kicad_name_from_path (const char *path)
{
  g_autofree char *base = NULL;

  if (path == NULL || strcmp (path, "-") == 0 || !g_str_has_suffix (path, ".kicad_mod"))
    return NULL;
  base = g_path_get_basename (path);
  if (strlen (base) <= strlen (".kicad_mod"))
    return NULL;
  return g_strndup (base, strlen (base) - strlen (".kicad_mod"));
}

gboolean
stencil_kicad_write (StencilResult *result,
                     const char    *path,
                     GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  name = stencil_kicad_name_from_path (path);
  bytes = stencil_kicad_generate (result, name, error);
  if (bytes == NULL)
    return FALSE;
  return stencil_write_output_bytes (path, bytes, error);
}
