/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Gerber X2 writer of the paste layer: integer nanometres, apertures by shape, placement,
 * rotation, mirroring and arrays (stencil-gerber.h). */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "stencil-format.h"
#include "stencil-gerber.h"
#include "stencil-io.h"
#include "stencil-limits.h"
#include "stencil-output-stream.h"

/* Gerber X2 paste layer (Ucamco, "The Gerber Layer Format Specification", revision 2023.08).
 * Coordinates are written in the 4.6 format in mm: an integer number of nanometres. Everything
 * is computed in integer nm from llround (mm * 1e6) so that no double is ever printed for a
 * coordinate and the output is the same in every locale. */

#define NM_PER_MM            1000000.0
/* 4 integer digits: |coordinate| <= 9999.999999 mm. */
#define GERBER_MAX_COORD_NM  G_GINT64_CONSTANT (9999999999)
#define GERBER_FIRST_DCODE   10
#define ROUND_RECT_MACRO     "RoundRect"

typedef enum
{
  SHAPE_RECT,      /* R: r = 0 */
  SHAPE_ROUNDED,   /* the RoundRect macro: 0 < 2 r < min (w, h) */
  SHAPE_OBROUND,   /* O: 2 r = min (w, h), a stadium */
  SHAPE_CIRCLE     /* C: 2 r = w = h */
} ApertureShape;

typedef struct
{
  ApertureShape shape;
  gint64        w_nm;
  gint64        h_nm;
  gint64        r_nm;
  guint         n_pads;   /* pads of the pattern that use it */
} GerberAperture;

typedef struct
{
  gint64 x_nm;
  gint64 y_nm;
  guint  aperture;        /* index into the aperture table */
} GerberFlash;

static void
append_int (GString *s,
            gint64   value)
{
  char buf[24];
  gsize i = sizeof buf;
  guint64 u = value < 0 ? (guint64) 0 - (guint64) value : (guint64) value;

  do
    {
      buf[--i] = (char) ('0' + (int) (u % 10));
      u /= 10;
    }
  while (u != 0);
  if (value < 0)
    buf[--i] = '-';
  g_string_append_len (s, buf + i, (gssize) (sizeof buf - i));
}

/* A length in nm as a decimal number of mm, trailing zeros removed: 230000 -> 0.23. */
static void
append_mm_from_nm (GString *s,
                   gint64   value_nm)
{
  char frac[7];
  guint64 u = value_nm < 0 ? (guint64) 0 - (guint64) value_nm : (guint64) value_nm;
  guint64 f = u % 1000000;
  int n = 6;

  if (value_nm < 0)
    g_string_append_c (s, '-');
  append_int (s, (gint64) (u / 1000000));
  if (f == 0)
    return;
  for (int i = 5; i >= 0; i--)
    {
      frac[i] = (char) ('0' + (int) (f % 10));
      f /= 10;
    }
  while (n > 0 && frac[n - 1] == '0')
    n--;
  g_string_append_c (s, '.');
  g_string_append_len (s, frac, n);
}

/* Gerber comments end at '*' and '%' is reserved: neither may appear in the text. */
static void
append_comment (GString    *s,
                const char *text)
{
  g_string_append (s, "G04 ");
  for (const char *p = text; *p != '\0'; p++)
    {
      unsigned char c = (unsigned char) *p;
      if (c == '*' || c == '%' || c < 0x20 || c == 0x7f)
        g_string_append_c (s, '_');
      else
        g_string_append_c (s, (char) c);
    }
  g_string_append (s, "*\n");
}

static void
append_comment_printf (GString    *s,
                       const char *format,
                       ...) G_GNUC_PRINTF (2, 3);

static void
append_comment_printf (GString    *s,
                       const char *format,
                       ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  append_comment (s, text);
}

static void
append_two_digits (GString *s,
                   int      value)
{
  g_string_append_c (s, (char) ('0' + value / 10 % 10));
  g_string_append_c (s, (char) ('0' + value % 10));
}

/* ISO 8601 with the zone, e.g. 1970-01-01T00:00:00+00:00, by hand so no locale can change it. */
static void
append_iso8601 (GString   *s,
                GDateTime *dt)
{
  GTimeSpan offset = g_date_time_get_utc_offset (dt) / G_TIME_SPAN_MINUTE;
  int year = g_date_time_get_year (dt);

  append_two_digits (s, year / 100);
  append_two_digits (s, year % 100);
  g_string_append_c (s, '-');
  append_two_digits (s, g_date_time_get_month (dt));
  g_string_append_c (s, '-');
  append_two_digits (s, g_date_time_get_day_of_month (dt));
  g_string_append_c (s, 'T');
  append_two_digits (s, g_date_time_get_hour (dt));
  g_string_append_c (s, ':');
  append_two_digits (s, g_date_time_get_minute (dt));
  g_string_append_c (s, ':');
  append_two_digits (s, g_date_time_get_second (dt));
  g_string_append_c (s, offset < 0 ? '-' : '+');
  if (offset < 0)
    offset = -offset;
  append_two_digits (s, (int) (offset / 60));
  g_string_append_c (s, ':');
  append_two_digits (s, (int) (offset % 60));
}

static gboolean
mm_to_nm (double   mm,
          gint64  *out_nm)
{
  double nm = mm * NM_PER_MM;

  if (!isfinite (nm) || fabs (nm) > (double) GERBER_MAX_COORD_NM)
    return FALSE;
  *out_nm = (gint64) llround (nm);
  return TRUE;
}

/* Rotation counter-clockwise seen from the top, then the bottom-side mirror (x negated). */
static void
place_local (gint64           x,
             gint64           y,
             int              rotation_deg,
             StencilSide      side,
             gint64          *out_x,
             gint64          *out_y)
{
  gint64 rx = x, ry = y;

  switch (rotation_deg)
    {
    case 90:
      rx = -y;
      ry = x;
      break;
    case 180:
      rx = -x;
      ry = -y;
      break;
    case 270:
      rx = y;
      ry = -x;
      break;
    default:
      break;
    }
  if (side == STENCIL_SIDE_BOTTOM)
    rx = -rx;
  *out_x = rx;
  *out_y = ry;
}

static guint
find_or_add_aperture (GArray *table,
                      gint64  w_nm,
                      gint64  h_nm,
                      gint64  r_nm)
{
  GerberAperture ap = { 0 };
  gint64 min_nm = MIN (w_nm, h_nm);

  ap.w_nm = w_nm;
  ap.h_nm = h_nm;
  if (r_nm <= 0)
    {
      ap.shape = SHAPE_RECT;
      ap.r_nm = 0;
    }
  else if (2 * r_nm >= min_nm)
    {
      /* r = w/2 (or more, which cannot be cut): a stadium, or a circle for a square. The
       * RoundRect macro would need zero-size primitives here, so use the standard apertures. */
      ap.shape = w_nm == h_nm ? SHAPE_CIRCLE : SHAPE_OBROUND;
      ap.r_nm = min_nm / 2;
    }
  else
    {
      ap.shape = SHAPE_ROUNDED;
      ap.r_nm = r_nm;
    }

  for (guint i = 0; i < table->len; i++)
    {
      GerberAperture *other = &g_array_index (table, GerberAperture, i);
      if (other->shape == ap.shape && other->w_nm == ap.w_nm && other->h_nm == ap.h_nm
          && other->r_nm == ap.r_nm)
        {
          other->n_pads++;
          return i;
        }
    }
  ap.n_pads = 1;
  g_array_append_val (table, ap);
  return table->len - 1;
}

static void
append_aperture_definition (GString              *s,
                            guint                 dcode,
                            const GerberAperture *ap)
{
  g_string_append (s, "%ADD");
  append_int (s, dcode);
  switch (ap->shape)
    {
    case SHAPE_RECT:
      g_string_append (s, "R,");
      append_mm_from_nm (s, ap->w_nm);
      g_string_append_c (s, 'X');
      append_mm_from_nm (s, ap->h_nm);
      break;
    case SHAPE_OBROUND:
      g_string_append (s, "O,");
      append_mm_from_nm (s, ap->w_nm);
      g_string_append_c (s, 'X');
      append_mm_from_nm (s, ap->h_nm);
      break;
    case SHAPE_CIRCLE:
      g_string_append (s, "C,");
      append_mm_from_nm (s, ap->w_nm);
      break;
    case SHAPE_ROUNDED:
    default:
      g_string_append (s, ROUND_RECT_MACRO ",");
      append_mm_from_nm (s, ap->w_nm);
      g_string_append_c (s, 'X');
      append_mm_from_nm (s, ap->h_nm);
      g_string_append_c (s, 'X');
      append_mm_from_nm (s, ap->r_nm);
      break;
    }
  g_string_append (s, "*%\n");
}

/* A rounded rectangle centred on the origin, for 0 < 2 r < min (w, h): two overlapping
 * rectangles (primitive 21, centre line) and four corner circles (primitive 1). No unary minus
 * and no 'x' operator, which some readers parse badly. */
static void
append_round_rect_macro (GString *s)
{
  g_string_append (s,
                   "%AM" ROUND_RECT_MACRO "*\n"
                   "0 Rectangle with rounded corners, $1 width, $2 height, $3 corner radius*\n"
                   "21,1,$1,$2-$3-$3,0,0,0*\n"
                   "21,1,$1-$3-$3,$2,0,0,0*\n"
                   "1,1,$3+$3,$1/2-$3,$2/2-$3*\n"
                   "1,1,$3+$3,$3-$1/2,$2/2-$3*\n"
                   "1,1,$3+$3,$3-$1/2,$3-$2/2*\n"
                   "1,1,$3+$3,$1/2-$3,$3-$2/2*\n"
                   "%\n");
}

static const char *
side_to_string (StencilSide side)
{
  return side == STENCIL_SIDE_BOTTOM ? "bottom" : "top";
}

static void
append_header_comments (GString                    *s,
                        StencilResult              *result,
                        const StencilGerberOptions *options)
{
  StencilPattern *pattern = result->pattern;
  StencilPart *part = pattern->part;
  g_autofree char *thickness = stencil_format_number (result->params.thickness_um, 3);
  g_autofree char *grid = stencil_format_number (result->params.grid_um, 3);
  g_autofree char *radius = stencil_format_number (result->params.corner_radius_mm, 4);
  /* The placement as given, every digit: the line says how to make the file again. */
  g_autofree char *at_x = stencil_format_exact_c (options->at_x_mm);
  g_autofree char *at_y = stencil_format_exact_c (options->at_y_mm);
  g_autofree char *step_x = stencil_format_exact_c (options->step_x_mm);
  g_autofree char *step_y = stencil_format_exact_c (options->step_y_mm);

  append_comment_printf (s, "Solder paste stencil apertures by Stencil Calc %s", PACKAGE_VERSION);
  append_comment_printf (s, "Part: %s (%s %s %s, %u contacts)",
                         part->part_number,
                         stencil_family_get_maker (part->family),
                         stencil_family_get_series (part->family),
                         stencil_part_kind_to_string (part->kind),
                         part->contacts);
  append_comment_printf (s, "Foil thickness: %s um", thickness);
  append_comment_printf (s, "Strategy: %s, grid %s um, corner radius %s mm",
                         stencil_strategy_to_string (result->params.strategy), grid, radius);

  for (guint i = 0; i < result->n_classes; i++)
    {
      const StencilClassResult *c = &result->classes[i];
      g_autofree char *target = stencil_format_number (c->target_ratio, 4);
      g_autofree char *deposit = stencil_format_number (c->deposit_um, 2);
      g_autofree char *pad_w = stencil_format_number (c->pad_w_mm, 4);
      g_autofree char *pad_h = stencil_format_number (c->pad_h_mm, 4);
      g_autofree char *ap_w = stencil_format_number (c->aperture.w_mm, 4);
      g_autofree char *ap_h = stencil_format_number (c->aperture.h_mm, 4);
      g_autofree char *ap_r = stencil_format_number (c->aperture.r_mm, 4);
      g_autofree char *opening = stencil_format_number (c->aperture.opening_ratio, 4);
      g_autofree char *area = stencil_format_number (c->aperture.area_ratio, 3);

      append_comment_printf (s, "Class %s (%u pads): ratio regime %s, target opening ratio %s "
                             "(deposit %s um), pad %s x %s mm, aperture %s x %s mm r %s mm, "
                             "achieved opening ratio %s, area ratio %s, %s",
                             stencil_pad_class_to_string (c->pad_class), c->n_pads,
                             stencil_regime_to_string (c->regime), target, deposit,
                             pad_w, pad_h, ap_w, ap_h, ap_r, opening, area,
                             stencil_status_to_string (c->aperture.status));
    }

  append_comment (s, "The apertures are final: already sized for this foil thickness. "
                  "Do not reduce them again.");
  if (pattern->provisional)
    append_comment (s, STENCIL_PROVISIONAL_NOTICE_C);
  else if (stencil_pattern_is_user (pattern))
    {
      /* The user replaced the estimate: say so, and whose values these are. */
      g_autofree char *land = stencil_pattern_describe_land (pattern, FALSE, 200);
      append_comment_printf (s, "Land pattern: %s", land);
    }
  /* In the command line's own words, so the file says how to make it again. */
  append_comment_printf (s, "Placement: --at %s,%s --rotate %d --side %s --array %ux%u "
                         "--step %s,%s (mm; degrees counter-clockwise and x, y as seen from "
                         "the top)",
                         at_x, at_y, options->rotation_deg, side_to_string (options->side),
                         options->cols, options->rows, step_x, step_y);
}

void
stencil_gerber_options_init (StencilGerberOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->at_x_mm = 0.0;
  options->at_y_mm = 0.0;
  options->rotation_deg = 0;
  options->side = STENCIL_SIDE_TOP;
  options->cols = 1;
  options->rows = 1;
  options->step_x_mm = 0.0;
  options->step_y_mm = 0.0;
}

gboolean
stencil_side_from_string (const char  *str,
                          StencilSide *out)
{
  StencilSide side;

  if (str == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (str, "top") == 0)
    side = STENCIL_SIDE_TOP;
  else if (g_ascii_strcasecmp (str, "bottom") == 0)
    side = STENCIL_SIDE_BOTTOM;
  else
    return FALSE;
  if (out != NULL)
    *out = side;
  return TRUE;
}

static gboolean
check_length (double       value,
              const char  *name,
              GError     **error)
{
  if (!stencil_limit_contains (STENCIL_LIMIT_PLACEMENT, value))
    {
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                   /* TRANSLATORS: %s is an option such as “--at x” */
                   _("The %s value must be a finite number between -%d and %d mm."),
                   name, (int) STENCIL_PLACEMENT_MAX_MM, (int) STENCIL_PLACEMENT_MAX_MM);
      return FALSE;
    }
  return TRUE;
}

gboolean
stencil_gerber_options_validate (const StencilGerberOptions *options,
                                 GError                    **error)
{
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (options->rotation_deg != 0 && options->rotation_deg != 90
      && options->rotation_deg != 180 && options->rotation_deg != 270)
    {
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                   _("The rotation must be 0, 90, 180 or 270 degrees, not %d."),
                   options->rotation_deg);
      return FALSE;
    }
  if (options->side != STENCIL_SIDE_TOP && options->side != STENCIL_SIDE_BOTTOM)
    {
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                   _("The side must be top or bottom."));
      return FALSE;
    }
  if (!stencil_limit_contains (STENCIL_LIMIT_ARRAY_COUNT, options->cols)
      || !stencil_limit_contains (STENCIL_LIMIT_ARRAY_COUNT, options->rows))
    {
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                   _("The array must have 1 to %d columns and 1 to %d rows, not %u × %u."),
                   STENCIL_ARRAY_MAX, STENCIL_ARRAY_MAX, options->cols, options->rows);
      return FALSE;
    }
  if (!stencil_limit_contains (STENCIL_LIMIT_ARRAY_COPIES,
                               (double) options->cols * options->rows))
    {
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                   _("The array %u × %u has %u copies; at most %d are allowed."),
                   options->cols, options->rows, options->cols * options->rows,
                   STENCIL_ARRAY_MAX_COPIES);
      return FALSE;
    }
  if (!check_length (options->at_x_mm, "--at x", error)
      || !check_length (options->at_y_mm, "--at y", error)
      || !check_length (options->step_x_mm, "--step dx", error)
      || !check_length (options->step_y_mm, "--step dy", error))
    return FALSE;
  if (options->cols > 1 && options->step_x_mm == 0.0)
    {
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                   _("An array with %u columns needs a non-zero column step (--step DX,DY)."),
                   options->cols);
      return FALSE;
    }
  if (options->rows > 1 && options->step_y_mm == 0.0)
    {
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                   _("An array with %u rows needs a non-zero row step (--step DX,DY)."),
                   options->rows);
      return FALSE;
    }
  return TRUE;
}

/* One copy of the part in its placed frame, nm: the flash centres (for the coordinate range)
 * and the apertures' outer edges (for the distance between copies). */
typedef struct
{
  gint64 x0, x1, y0, y1;
  gint64 edge_x0, edge_x1, edge_y0, edge_y1;
} PartExtents;

static void
extents_add (PartExtents *e,
             gboolean     first,
             gint64       x,
             gint64       y,
             gint64       w,
             gint64       h)
{
  if (first)
    {
      e->x0 = e->x1 = x;
      e->y0 = e->y1 = y;
      e->edge_x0 = x - w / 2;
      e->edge_x1 = x + (w - w / 2);
      e->edge_y0 = y - h / 2;
      e->edge_y1 = y + (h - h / 2);
      return;
    }
  e->x0 = MIN (e->x0, x);
  e->x1 = MAX (e->x1, x);
  e->y0 = MIN (e->y0, y);
  e->y1 = MAX (e->y1, y);
  e->edge_x0 = MIN (e->edge_x0, x - w / 2);
  e->edge_x1 = MAX (e->edge_x1, x + (w - w / 2));
  e->edge_y0 = MIN (e->edge_y0, y - h / 2);
  e->edge_y1 = MAX (e->edge_y1, y + (h - h / 2));
}

/* Copies side by side must not share foil: the apertures of neighbouring copies keep at least
 * the design's minimum web (web_limit_mm) between them, as apertures within a part should; with
 * no such limit, they must at least not touch. Copies in one row differ
 * only in x, so the column step alone must clear the part's width (and the row step its
 * height); copies that differ in both are then apart too. Says the smallest step that works. */
static gboolean
check_copies_apart (const gint64      *origins,
                    guint              n,
                    gint64             span_nm,
                    double             step_mm,
                    double             web_limit_mm,
                    gboolean           columns,
                    GError           **error)
{
  gint64 web_nm = MAX (1, (gint64) llround (web_limit_mm * NM_PER_MM));
  gint64 closest = G_MAXINT64;
  double needed_mm;
  g_autofree char *span = NULL;
  g_autofree char *needed = NULL;
  g_autofree char *web = NULL;
  g_autofree char *step = NULL;

  for (guint i = 1; i < n; i++)
    closest = MIN (closest, ABS (origins[i] - origins[i - 1]));
  if (n < 2 || closest >= span_nm + web_nm)
    return TRUE;

  /* Rounded up to a whole µm, so that the step the message names really works. */
  needed_mm = ceil ((double) (span_nm + web_nm) / 1000.0) / 1000.0;
  span = stencil_format_number (span_nm / NM_PER_MM, 3);
  needed = stencil_format_number (needed_mm, 3);
  web = stencil_format_number (web_limit_mm, 2);
  step = stencil_format_exact_c (step_mm);
  if (columns)
    g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                 _("The array copies would overlap: the apertures of one copy span %s mm along "
                   "x, so the column step (--step DX) must be at least %s mm (a %s mm web "
                   "between copies), not %s mm."),
                 span, needed, web, step);
  else
    g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                 _("The array copies would overlap: the apertures of one copy span %s mm along "
                   "y, so the row step (--step DY) must be at least %s mm (a %s mm web "
                   "between copies), not %s mm."),
                 span, needed, web, step);
  return FALSE;
}

/* The origin of every column and row. Each is rounded once: copies never drift by accumulated
 * rounding. */
static gboolean
place_copies (const StencilGerberOptions *options,
              double                      web_limit_mm,
              const PartExtents          *e,
              gint64                    **out_col_x,
              gint64                    **out_row_y,
              GError                    **error)
{
  g_autofree gint64 *col_x = g_new (gint64, options->cols);
  g_autofree gint64 *row_y = g_new (gint64, options->rows);

  for (guint i = 0; i < options->cols; i++)
    if (!mm_to_nm (options->at_x_mm + i * options->step_x_mm, &col_x[i])
        || (col_x[i] + e->x0 < -GERBER_MAX_COORD_NM) || (col_x[i] + e->x1 > GERBER_MAX_COORD_NM))
      goto out_of_range;
  for (guint j = 0; j < options->rows; j++)
    if (!mm_to_nm (options->at_y_mm + j * options->step_y_mm, &row_y[j])
        || (row_y[j] + e->y0 < -GERBER_MAX_COORD_NM) || (row_y[j] + e->y1 > GERBER_MAX_COORD_NM))
      goto out_of_range;
  if (!check_copies_apart (col_x, options->cols, e->edge_x1 - e->edge_x0, options->step_x_mm,
                           web_limit_mm, TRUE, error)
      || !check_copies_apart (row_y, options->rows, e->edge_y1 - e->edge_y0, options->step_y_mm,
                              web_limit_mm, FALSE, error))
    return FALSE;
  *out_col_x = g_steal_pointer (&col_x);
  *out_row_y = g_steal_pointer (&row_y);
  return TRUE;

out_of_range:
  g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
               _("The placed part or array reaches beyond ±9999 mm, the range of the Gerber "
                 "coordinate format."));
  return FALSE;
}

/* Everything the file is made of, computed before a byte is written: the part once in its own
 * frame, grouped by aperture, and the origin of every copy. */
typedef struct
{
  GArray      *table;      /* GerberAperture */
  GerberFlash *grouped;    /* the part's flashes, grouped by aperture */
  guint       *first;      /* table->len + 1 offsets into grouped */
  gint64      *col_x;
  gint64      *row_y;
} GerberPlan;

static void
gerber_plan_clear (GerberPlan *plan)
{
  g_clear_pointer (&plan->table, g_array_unref);
  g_clear_pointer (&plan->grouped, g_free);
  g_clear_pointer (&plan->first, g_free);
  g_clear_pointer (&plan->col_x, g_free);
  g_clear_pointer (&plan->row_y, g_free);
}

/* The part once, in its own frame: rotated, mirrored, with its aperture; its extents. */
static gboolean
plan_part (GerberPlan                 *plan,
           StencilResult              *result,
           const StencilGerberOptions *options,
           PartExtents                *extents,
           GError                    **error)
{
  StencilPattern *pattern = result->pattern;
  guint n_pads = stencil_pattern_get_n_pads (pattern);
  g_autofree GerberFlash *flashes = NULL;

  if (result->apertures == NULL || result->apertures->len != n_pads || n_pads == 0)
    {
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_FAILED,
                   _("The result has no apertures to export."));
      return FALSE;
    }

  plan->table = g_array_new (FALSE, TRUE, sizeof (GerberAperture));
  flashes = g_new (GerberFlash, n_pads);
  for (guint i = 0; i < n_pads; i++)
    {
      const StencilPad *pad = stencil_pattern_get_pad (pattern, i);
      const StencilAperture *ap = stencil_result_get_aperture (result, i);
      gint64 x, y, w, h, r;

      if (!mm_to_nm (pad->x_mm, &x) || !mm_to_nm (pad->y_mm, &y)
          || !mm_to_nm (ap->w_mm, &w) || !mm_to_nm (ap->h_mm, &h)
          || !mm_to_nm (ap->r_mm, &r) || w <= 0 || h <= 0 || r < 0)
        {
          g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                       _("Pad %s has an aperture or position that cannot be written."), pad->id);
          return FALSE;
        }
      place_local (x, y, options->rotation_deg, options->side, &flashes[i].x_nm, &flashes[i].y_nm);
      if (options->rotation_deg == 90 || options->rotation_deg == 270)
        {
          gint64 t = w;
          w = h;
          h = t;
        }
      flashes[i].aperture = find_or_add_aperture (plan->table, w, h, r);
      extents_add (extents, i == 0, flashes[i].x_nm, flashes[i].y_nm, w, h);
    }

  /* Grouped by aperture, so that each D code is selected once. */
  plan->grouped = g_new (GerberFlash, n_pads);
  plan->first = g_new (guint, plan->table->len + 1);
  for (guint a = 0, k = 0; a < plan->table->len; a++)
    {
      plan->first[a] = k;
      for (guint p = 0; p < n_pads; p++)
        if (flashes[p].aperture == a)
          plan->grouped[k++] = flashes[p];
      plan->first[a + 1] = k;
    }
  return TRUE;
}

static gboolean
plan_gerber (GerberPlan                 *plan,
             StencilResult              *result,
             const StencilGerberOptions *options,
             GError                    **error)
{
  PartExtents extents = { 0, };

  memset (plan, 0, sizeof *plan);
  return stencil_gerber_options_validate (options, error)
         && plan_part (plan, result, options, &extents, error)
         && place_copies (options, result->params.web_limit_mm, &extents, &plan->col_x,
                          &plan->row_y, error);
}

static void
append_header (GString                    *s,
               const GerberPlan           *plan,
               StencilResult              *result,
               const StencilGerberOptions *options)
{
  g_autoptr(GDateTime) now = stencil_get_creation_time ();
  gboolean any_rounded = FALSE;

  g_string_append (s, "%TF.GenerationSoftware,Stencil Calc project,stencilcalc,"
                   PACKAGE_VERSION "*%\n");
  g_string_append (s, "%TF.CreationDate,");
  append_iso8601 (s, now);
  g_string_append (s, "*%\n");
  g_string_append (s, options->side == STENCIL_SIDE_BOTTOM
                   ? "%TF.FileFunction,Paste,Bot*%\n" : "%TF.FileFunction,Paste,Top*%\n");
  g_string_append (s, "%TF.FilePolarity,Positive*%\n");
  g_string_append (s, "%FSLAX46Y46*%\n%MOMM*%\n");
  append_header_comments (s, result, options);

  for (guint a = 0; a < plan->table->len; a++)
    any_rounded |= g_array_index (plan->table, GerberAperture, a).shape == SHAPE_ROUNDED;
  if (any_rounded)
    append_round_rect_macro (s);
  for (guint a = 0; a < plan->table->len; a++)
    append_aperture_definition (s, GERBER_FIRST_DCODE + a,
                                &g_array_index (plan->table, GerberAperture, a));
}

/* Hands what s holds to out once it is this large, so memory stays flat in the panel size. */
#define FLUSH_SIZE (256 * 1024)

static gboolean
flush_to (GString              *s,
          StencilOutputStream  *out,
          GError              **error)
{
  gboolean ok = stencil_output_write (out, s->str, s->len, error);

  g_string_truncate (s, 0);
  return ok;
}

/* The header, one D code per aperture and every copy's flashes, then the end of file; streamed
 * to out when it is given, else all kept in s. */
static gboolean
emit_gerber (GString                    *s,
             const GerberPlan           *plan,
             StencilResult              *result,
             const StencilGerberOptions *options,
             StencilOutputStream        *out,
             GError                    **error)
{
  append_header (s, plan, result, options);
  for (guint a = 0; a < plan->table->len; a++)
    {
      g_string_append_c (s, 'D');
      append_int (s, GERBER_FIRST_DCODE + a);
      g_string_append (s, "*\n");
      for (guint j = 0; j < options->rows; j++)
        for (guint i = 0; i < options->cols; i++)
          {
            for (guint p = plan->first[a]; p < plan->first[a + 1]; p++)
              {
                g_string_append_c (s, 'X');
                append_int (s, plan->col_x[i] + plan->grouped[p].x_nm);
                g_string_append_c (s, 'Y');
                append_int (s, plan->row_y[j] + plan->grouped[p].y_nm);
                g_string_append (s, "D03*\n");
              }
            if (out != NULL && s->len >= FLUSH_SIZE && !flush_to (s, out, error))
              return FALSE;
          }
    }
  g_string_append (s, "M02*\n");
  return out == NULL || flush_to (s, out, error);
}

GBytes *
stencil_gerber_generate (StencilResult              *result,
                         const StencilGerberOptions *options,
                         GError                    **error)
{
  GerberPlan plan;
  GString *s;
  guint n_pads;

  g_return_val_if_fail (result != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!plan_gerber (&plan, result, options, error))
    {
      gerber_plan_clear (&plan);
      return NULL;
    }
  /* About 24 bytes per flash ("X-12345678Y-12345678D03*\n") plus the header. */
  n_pads = stencil_pattern_get_n_pads (result->pattern);
  s = g_string_sized_new (8192 + (gsize) n_pads * options->cols * options->rows * 26);
  emit_gerber (s, &plan, result, options, NULL, NULL);
  gerber_plan_clear (&plan);
  return g_string_free_to_bytes (s);
}

gboolean
stencil_gerber_write_stream (StencilResult              *result,
                             const StencilGerberOptions *options,
                             StencilOutputStream        *out,
                             GError                    **error)
{
  GerberPlan plan;
  g_autoptr(GString) s = NULL;
  gboolean ok;

  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ok = plan_gerber (&plan, result, options, error);
  if (ok)
    {
      s = g_string_sized_new (FLUSH_SIZE + 4096);
      ok = emit_gerber (s, &plan, result, options, out, error);
    }
  gerber_plan_clear (&plan);
  return ok;
}

gboolean
stencil_gerber_write (StencilResult              *result,
                      const StencilGerberOptions *options,
                      const char                 *path,
                      GError                    **error)
{
  GerberPlan plan;
  g_autoptr(StencilOutputStream) out = NULL;
  g_autoptr(GString) s = NULL;
  gboolean ok;

  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Everything that can be wrong with the options is found before the file is opened. */
  ok = plan_gerber (&plan, result, options, error);
  if (ok)
    ok = (out = stencil_output_open (path, error)) != NULL;
  if (ok)
    {
      s = g_string_sized_new (FLUSH_SIZE + 4096);
      ok = emit_gerber (s, &plan, result, options, out, error);
    }
  gerber_plan_clear (&plan);
  if (!ok)
    return FALSE;
  return stencil_output_commit (g_steal_pointer (&out), error);
}
