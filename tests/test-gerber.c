/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "stencil-gerber.h"
#include "stencil-io.h"
#include "test-util.h"

/* The Gerber writer, checked by parsing what it wrote: header, aperture table, every flash
 * against an independent computation of where each pad must land. */

static StencilCatalog *catalog;

typedef struct
{
  guint  dcode;
  char   shape;    /* 'R', 'O', 'C' or 'M' (RoundRect macro) */
  gint64 w_nm;
  gint64 h_nm;
  gint64 r_nm;
} ParsedAperture;

typedef struct
{
  gint64 x_nm;
  gint64 y_nm;
  gint64 w_nm;
  gint64 h_nm;
  gint64 r_nm;
} Flash;

typedef struct
{
  GPtrArray *lines;        /* of char*, without the newline */
  GArray    *apertures;    /* of ParsedAperture, in the order defined */
  GArray    *flashes;      /* of Flash, with the size of the aperture used */
  guint      n_d03;
  gboolean   has_macro;
} Parsed;

static void
parsed_free (Parsed *p)
{
  g_ptr_array_unref (p->lines);
  g_array_unref (p->apertures);
  g_array_unref (p->flashes);
  g_free (p);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Parsed, parsed_free)

static gint64
mm_to_nm (double mm)
{
  return llround (mm * 1e6);
}

static gint64
parse_mm (const char *str)
{
  char *end = NULL;
  double v = g_ascii_strtod (str, &end);

  g_assert_true (end != str);
  return mm_to_nm (v);
}

static const ParsedAperture *
find_aperture (GArray *apertures,
               guint   dcode)
{
  for (guint i = 0; i < apertures->len; i++)
    if (g_array_index (apertures, ParsedAperture, i).dcode == dcode)
      return &g_array_index (apertures, ParsedAperture, i);
  return NULL;
}

/* A deliberately strict reader of the subset the writer produces. */
static Parsed *
parse_gerber (const char *text)
{
  Parsed *p = g_new0 (Parsed, 1);
  g_auto(GStrv) lines = NULL;
  const ParsedAperture *current = NULL;
  gboolean ended = FALSE;

  g_assert_true (g_str_has_suffix (text, "M02*\n"));
  p->lines = g_ptr_array_new_with_free_func (g_free);
  p->apertures = g_array_new (FALSE, TRUE, sizeof (ParsedAperture));
  p->flashes = g_array_new (FALSE, TRUE, sizeof (Flash));

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *l = lines[i];

      if (*l == '\0')
        {
          g_assert_null (lines[i + 1]);   /* only after the final newline */
          break;
        }
      g_assert_false (ended);
      g_ptr_array_add (p->lines, g_strdup (l));
      if (g_str_has_prefix (l, "%ADD"))
        {
          ParsedAperture ap = { 0 };
          char *end = NULL;
          g_auto(GStrv) params = NULL;
          const char *comma;

          ap.dcode = (guint) g_ascii_strtoull (l + 4, &end, 10);
          g_assert_cmpuint (ap.dcode, >=, 10);
          g_assert_null (find_aperture (p->apertures, ap.dcode));
          g_assert_true (g_str_has_suffix (l, "*%"));
          comma = strchr (end, ',');
          g_assert_nonnull (comma);
          {
            g_autofree char *name = g_strndup (end, comma - end);
            g_autofree char *body = g_strndup (comma + 1, strlen (comma + 1) - 2);
            params = g_strsplit (body, "X", -1);
            if (g_str_equal (name, "R") || g_str_equal (name, "O"))
              {
                g_assert_cmpuint (g_strv_length (params), ==, 2);
                ap.shape = name[0];
                ap.w_nm = parse_mm (params[0]);
                ap.h_nm = parse_mm (params[1]);
                ap.r_nm = name[0] == 'O' ? MIN (ap.w_nm, ap.h_nm) / 2 : 0;
              }
            else if (g_str_equal (name, "C"))
              {
                g_assert_cmpuint (g_strv_length (params), ==, 1);
                ap.shape = 'C';
                ap.w_nm = ap.h_nm = parse_mm (params[0]);
                ap.r_nm = ap.w_nm / 2;
              }
            else if (g_str_equal (name, "RoundRect"))
              {
                g_assert_true (p->has_macro);
                g_assert_cmpuint (g_strv_length (params), ==, 3);
                ap.shape = 'M';
                ap.w_nm = parse_mm (params[0]);
                ap.h_nm = parse_mm (params[1]);
                ap.r_nm = parse_mm (params[2]);
                /* the macro is used only where every primitive has a positive size */
                g_assert_cmpint (ap.r_nm, >, 0);
                g_assert_cmpint (2 * ap.r_nm, <, MIN (ap.w_nm, ap.h_nm));
              }
            else
              g_assert_not_reached ();
          }
          g_assert_cmpint (ap.w_nm, >, 0);
          g_assert_cmpint (ap.h_nm, >, 0);
          for (guint k = 0; k < p->apertures->len; k++)
            {
              const ParsedAperture *o = &g_array_index (p->apertures, ParsedAperture, k);
              g_assert_false (o->shape == ap.shape && o->w_nm == ap.w_nm
                              && o->h_nm == ap.h_nm && o->r_nm == ap.r_nm);
            }
          g_array_append_val (p->apertures, ap);
        }
      else if (g_str_has_prefix (l, "%AMRoundRect*"))
        {
          p->has_macro = TRUE;
          /* skip the macro body up to its closing % */
          while (lines[i + 1] != NULL && !g_str_equal (lines[i + 1], "%"))
            g_ptr_array_add (p->lines, g_strdup (lines[++i]));
          g_assert_nonnull (lines[i + 1]);
          g_ptr_array_add (p->lines, g_strdup (lines[++i]));
        }
      else if (l[0] == 'D' && g_ascii_isdigit (l[1]))
        {
          guint dcode = (guint) g_ascii_strtoull (l + 1, NULL, 10);
          g_assert_true (g_str_has_suffix (l, "*"));
          current = find_aperture (p->apertures, dcode);
          g_assert_nonnull (current);
        }
      else if (l[0] == 'X')
        {
          Flash f = { 0 };
          char *end = NULL;

          f.x_nm = g_ascii_strtoll (l + 1, &end, 10);
          g_assert_cmpint (*end, ==, 'Y');
          f.y_nm = g_ascii_strtoll (end + 1, &end, 10);
          g_assert_cmpstr (end, ==, "D03*");
          g_assert_nonnull (current);
          f.w_nm = current->w_nm;
          f.h_nm = current->h_nm;
          f.r_nm = current->r_nm;
          g_array_append_val (p->flashes, f);
          p->n_d03++;
        }
      else if (g_str_equal (l, "M02*"))
        ended = TRUE;
      else
        g_assert_true (g_str_has_prefix (l, "G04 ") || g_str_has_prefix (l, "%TF.")
                       || g_str_equal (l, "%FSLAX46Y46*%") || g_str_equal (l, "%MOMM*%"));
    }
  g_assert_true (ended);
  return p;
}

static gboolean
has_line (Parsed     *p,
          const char *line)
{
  for (guint i = 0; i < p->lines->len; i++)
    if (g_str_equal (g_ptr_array_index (p->lines, i), line))
      return TRUE;
  return FALSE;
}

static gboolean
has_comment_containing (Parsed     *p,
                        const char *text)
{
  for (guint i = 0; i < p->lines->len; i++)
    {
      const char *l = g_ptr_array_index (p->lines, i);
      if (g_str_has_prefix (l, "G04 ") && strstr (l, text) != NULL)
        return TRUE;
    }
  return FALSE;
}

static StencilResult *
calculate (const char *part_number,
           double      thickness_um,
           double      corner_radius_mm)
{
  StencilCalcParams params;

  stencil_calc_params_init (&params);
  params.thickness_um = thickness_um;
  params.corner_radius_mm = corner_radius_mm;
  return test_util_calculate (catalog, part_number, &params);
}

static char *
generate (StencilResult              *result,
          const StencilGerberOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = stencil_gerber_generate (result, options, &error);
  gsize len;
  const char *data;

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  data = g_bytes_get_data (bytes, &len);
  g_assert_cmpuint (strlen (data), <, len + 1);
  return g_strndup (data, len);
}

static int
compare_flash (gconstpointer a,
               gconstpointer b)
{
  const Flash *fa = a, *fb = b;

  if (fa->x_nm != fb->x_nm)
    return fa->x_nm < fb->x_nm ? -1 : 1;
  if (fa->y_nm != fb->y_nm)
    return fa->y_nm < fb->y_nm ? -1 : 1;
  if (fa->w_nm != fb->w_nm)
    return fa->w_nm < fb->w_nm ? -1 : 1;
  return fa->h_nm < fb->h_nm ? -1 : fa->h_nm > fb->h_nm;
}

/* Where every pad must land, computed here in doubles (the writer works in integer nm). */
static GArray *
expected_flashes (StencilResult              *result,
                  const StencilGerberOptions *o)
{
  GArray *out = g_array_new (FALSE, TRUE, sizeof (Flash));
  guint n = stencil_pattern_get_n_pads (result->pattern);

  for (guint j = 0; j < o->rows; j++)
    for (guint i = 0; i < o->cols; i++)
      for (guint k = 0; k < n; k++)
        {
          const StencilPad *pad = stencil_pattern_get_pad (result->pattern, k);
          const StencilAperture *ap = stencil_result_get_aperture (result, k);
          double a = o->rotation_deg * G_PI / 180.0;
          double x = pad->x_mm * cos (a) - pad->y_mm * sin (a);
          double y = pad->x_mm * sin (a) + pad->y_mm * cos (a);
          gboolean swap = o->rotation_deg == 90 || o->rotation_deg == 270;
          Flash f;

          if (o->side == STENCIL_SIDE_BOTTOM)
            x = -x;
          f.x_nm = mm_to_nm (o->at_x_mm + i * o->step_x_mm) + mm_to_nm (x);
          f.y_nm = mm_to_nm (o->at_y_mm + j * o->step_y_mm) + mm_to_nm (y);
          f.w_nm = mm_to_nm (swap ? ap->h_mm : ap->w_mm);
          f.h_nm = mm_to_nm (swap ? ap->w_mm : ap->h_mm);
          f.r_nm = 0;
          g_array_append_val (out, f);
        }
  return out;
}

/* Positions may differ by 1 nm where sin/cos of 90 degrees are not exact zeros. */
static void
assert_flashes_match (GArray *got,
                      GArray *want)
{
  g_assert_cmpuint (got->len, ==, want->len);
  g_array_sort (got, compare_flash);
  g_array_sort (want, compare_flash);
  for (guint i = 0; i < got->len; i++)
    {
      const Flash *g = &g_array_index (got, Flash, i);
      const Flash *w = &g_array_index (want, Flash, i);
      g_assert_cmpint (llabs (g->x_nm - w->x_nm), <=, 1);
      g_assert_cmpint (llabs (g->y_nm - w->y_nm), <=, 1);
      g_assert_cmpint (g->w_nm, ==, w->w_nm);
      g_assert_cmpint (g->h_nm, ==, w->h_nm);
    }
}

static const Flash *
flash_at (Parsed *p,
          gint64  x_nm,
          gint64  y_nm)
{
  for (guint i = 0; i < p->flashes->len; i++)
    {
      const Flash *f = &g_array_index (p->flashes, Flash, i);
      if (f->x_nm == x_nm && f->y_nm == y_nm)
        return f;
    }
  return NULL;
}

static char *
read_golden (const char *name,
             gsize      *len)
{
  g_autofree char *path = g_build_filename (g_getenv ("STENCILCALC_TEST_DATA"), name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, len, &error);
  g_assert_no_error (error);
  return contents;
}

static void
test_golden (void)
{
  g_autoptr(StencilResult) result = calculate ("AXK7L40223G", 127, 0);
  StencilGerberOptions options;
  g_autofree char *text = NULL;
  g_autofree char *golden = NULL;
  const char *update = g_getenv ("STENCILCALC_UPDATE_GOLDEN");
  gsize len;

  g_setenv ("SOURCE_DATE_EPOCH", "0", TRUE);
  stencil_gerber_options_init (&options);
  text = generate (result, &options);
  if (update != NULL && *update != '\0')
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = g_build_filename (update, "AXK7L40223G-127um.gbr", NULL);
      g_file_set_contents (path, text, -1, &error);
      g_assert_no_error (error);
    }
  golden = read_golden ("AXK7L40223G-127um.gbr", &len);
  g_assert_cmpuint (strlen (text), ==, len);
  g_assert_cmpstr (text, ==, golden);
}

static void
test_header (void)
{
  g_autoptr(StencilResult) result = calculate ("AXK7L40223G", 127, 0);
  StencilGerberOptions options;
  g_autofree char *text = NULL;
  g_autoptr(Parsed) p = NULL;
  g_autoptr(GArray) want = NULL;
  guint n_pads = stencil_pattern_get_n_pads (result->pattern);

  g_setenv ("SOURCE_DATE_EPOCH", "1700000000", TRUE);
  stencil_gerber_options_init (&options);
  g_assert_cmpuint (options.cols, ==, 1);
  g_assert_cmpuint (options.rows, ==, 1);
  g_assert_cmpint (options.rotation_deg, ==, 0);
  g_assert_cmpint (options.side, ==, STENCIL_SIDE_TOP);
  g_assert_cmpfloat (options.at_x_mm, ==, 0.0);
  g_assert_cmpfloat (options.step_y_mm, ==, 0.0);

  text = generate (result, &options);
  p = parse_gerber (text);

  /* X2 header first, in this order. */
  g_assert_cmpstr (g_ptr_array_index (p->lines, 0), ==,
                   "%TF.GenerationSoftware,Stencil Calc project,stencilcalc," PACKAGE_VERSION "*%");
  g_assert_cmpstr (g_ptr_array_index (p->lines, 1), ==,
                   "%TF.CreationDate,2023-11-14T22:13:20+00:00*%");
  g_assert_cmpstr (g_ptr_array_index (p->lines, 2), ==, "%TF.FileFunction,Paste,Top*%");
  g_assert_cmpstr (g_ptr_array_index (p->lines, 3), ==, "%TF.FilePolarity,Positive*%");
  g_assert_cmpstr (g_ptr_array_index (p->lines, 4), ==, "%FSLAX46Y46*%");
  g_assert_cmpstr (g_ptr_array_index (p->lines, 5), ==, "%MOMM*%");
  g_assert_null (strstr (text, "AperFunction"));
  g_assert_null (strstr (text, "SMDPad"));

  /* The comments a stencil shop reads. */
  g_assert_true (has_comment_containing (p, "Part: AXK7L40223G"));
  g_assert_true (has_comment_containing (p, "Foil thickness: 127 um"));
  g_assert_true (has_comment_containing (p, "Strategy: best-release, grid 5 um"));
  /* 127 um lies between the datasheet's 120 and 150 um */
  g_assert_true (has_comment_containing (p, "Class terminal (40 pads): ratio regime interpolated"));
  g_assert_true (has_comment_containing (p, "Class soldering (2 pads): ratio regime interpolated"));
  g_assert_true (has_comment_containing (p, "The apertures are final"));
  g_assert_true (has_comment_containing (p, "Do not reduce them again"));
  g_assert_true (result->pattern->provisional);
  g_assert_true (has_comment_containing (p, STENCIL_PROVISIONAL_NOTICE_C));

  /* One flash per pad, one definition per distinct aperture: terminal and soldering. */
  g_assert_cmpuint (n_pads, ==, 42);
  g_assert_cmpuint (p->n_d03, ==, n_pads);
  g_assert_cmpuint (p->apertures->len, ==, 2);
  g_assert_false (p->has_macro);
  g_assert_cmpint (g_array_index (p->apertures, ParsedAperture, 0).shape, ==, 'R');
  g_assert_cmpint (g_array_index (p->apertures, ParsedAperture, 0).w_nm, ==,
                   mm_to_nm (result->classes[0].aperture.w_mm));
  g_assert_cmpint (g_array_index (p->apertures, ParsedAperture, 0).h_nm, ==,
                   mm_to_nm (result->classes[0].aperture.h_mm));

  want = expected_flashes (result, &options);
  assert_flashes_match (p->flashes, want);
}

/* The land patterns are symmetric in x and y, so a wrong rotation or a missing mirror can give
 * the very same file. Moving one soldering pad off its axis makes every transform visible. */
static void
make_asymmetric (StencilResult *result)
{
  GArray *pads = result->pattern->pads;
  StencilPad *s1 = &g_array_index (pads, StencilPad, pads->len - 2);

  g_assert_cmpint (s1->pad_class, ==, STENCIL_PAD_CLASS_SOLDERING);
  s1->x_mm += 0.7;
  s1->y_mm += 0.3;
}

static void
test_rotation (void)
{
  g_autoptr(StencilResult) result = calculate ("AXK8L40124BG", 150, 0);
  const StencilPad *pin1 = stencil_pattern_get_pad (result->pattern, 0);
  const StencilAperture *ap1 = stencil_result_get_aperture (result, 0);
  const int rotations[] = { 0, 90, 180, 270 };

  make_asymmetric (result);
  g_assert_cmpfloat (pin1->x_mm, !=, 0.0);
  g_assert_cmpfloat (pin1->y_mm, !=, 0.0);
  for (guint r = 0; r < G_N_ELEMENTS (rotations); r++)
    {
      StencilGerberOptions options;
      g_autofree char *text = NULL;
      g_autoptr(Parsed) p = NULL;
      g_autoptr(GArray) want = NULL;
      const Flash *f;

      stencil_gerber_options_init (&options);
      options.rotation_deg = rotations[r];
      text = generate (result, &options);
      p = parse_gerber (text);
      g_assert_cmpuint (p->n_d03, ==, stencil_pattern_get_n_pads (result->pattern));
      want = expected_flashes (result, &options);
      assert_flashes_match (p->flashes, want);

      if (rotations[r] == 90)
        {
          /* counter-clockwise: (x, y) -> (-y, x), and the aperture turns with it */
          f = flash_at (p, -mm_to_nm (pin1->y_mm), mm_to_nm (pin1->x_mm));
          g_assert_nonnull (f);
          g_assert_cmpint (f->w_nm, ==, mm_to_nm (ap1->h_mm));
          g_assert_cmpint (f->h_nm, ==, mm_to_nm (ap1->w_mm));
          /* every aperture of this part is taller than wide, so now wider than tall */
          for (guint i = 0; i < p->apertures->len; i++)
            {
              const ParsedAperture *a = &g_array_index (p->apertures, ParsedAperture, i);
              g_assert_cmpint (a->w_nm, >, a->h_nm);
            }
        }
      else if (rotations[r] == 270)
        {
          f = flash_at (p, mm_to_nm (pin1->y_mm), -mm_to_nm (pin1->x_mm));
          g_assert_nonnull (f);
          g_assert_cmpint (f->w_nm, ==, mm_to_nm (ap1->h_mm));
        }
      else
        {
          gint64 s = rotations[r] == 180 ? -1 : 1;
          f = flash_at (p, s * mm_to_nm (pin1->x_mm), s * mm_to_nm (pin1->y_mm));
          g_assert_nonnull (f);
          g_assert_cmpint (f->w_nm, ==, mm_to_nm (ap1->w_mm));
          g_assert_cmpint (f->h_nm, ==, mm_to_nm (ap1->h_mm));
        }
    }
}

static void
test_bottom (void)
{
  g_autoptr(StencilResult) result = calculate ("AXK7L40223G", 120, 0);
  StencilGerberOptions top, bottom;
  g_autofree char *top_text = NULL;
  g_autofree char *bottom_text = NULL;
  g_autoptr(Parsed) pt = NULL;
  g_autoptr(Parsed) pb = NULL;
  g_autoptr(GArray) want = NULL;

  make_asymmetric (result);
  stencil_gerber_options_init (&top);
  stencil_gerber_options_init (&bottom);
  g_assert_true (stencil_side_from_string ("bottom", &bottom.side));
  g_assert_cmpint (bottom.side, ==, STENCIL_SIDE_BOTTOM);
  top_text = generate (result, &top);
  bottom_text = generate (result, &bottom);
  pt = parse_gerber (top_text);
  pb = parse_gerber (bottom_text);

  g_assert_true (has_line (pb, "%TF.FileFunction,Paste,Bot*%"));
  g_assert_false (has_line (pb, "%TF.FileFunction,Paste,Top*%"));
  g_assert_true (has_comment_containing (pb, "--side bottom"));
  g_assert_cmpuint (pb->n_d03, ==, pt->n_d03);
  for (guint i = 0; i < stencil_pattern_get_n_pads (result->pattern); i++)
    {
      const StencilPad *pad = stencil_pattern_get_pad (result->pattern, i);
      const Flash *f = flash_at (pb, -mm_to_nm (pad->x_mm), mm_to_nm (pad->y_mm));
      g_assert_nonnull (f);
      g_assert_cmpint (f->w_nm, ==, mm_to_nm (stencil_result_get_aperture (result, i)->w_mm));
    }
  /* pin 1 at the -x end of the top view is at +x once the part is mirrored */
  g_assert_cmpfloat (stencil_pattern_get_pad (result->pattern, 0)->x_mm, <, 0);
  g_assert_nonnull (flash_at (pb, -mm_to_nm (stencil_pattern_get_pad (result->pattern, 0)->x_mm),
                              mm_to_nm (stencil_pattern_get_pad (result->pattern, 0)->y_mm)));

  /* rotation first, then the mirror */
  bottom.rotation_deg = 90;
  bottom.at_x_mm = 1.001;   /* 1000999.9999999999 nm in doubles: rounded, not cut */
  bottom.at_y_mm = -3.25;
  g_clear_pointer (&bottom_text, g_free);
  g_clear_pointer (&pb, parsed_free);
  bottom_text = generate (result, &bottom);
  pb = parse_gerber (bottom_text);
  want = expected_flashes (result, &bottom);
  assert_flashes_match (pb->flashes, want);
  {
    const StencilPad *pin1 = stencil_pattern_get_pad (result->pattern, 0);
    g_assert_nonnull (flash_at (pb, 1001000 + mm_to_nm (pin1->y_mm),
                                -3250000 + mm_to_nm (pin1->x_mm)));
  }

  g_assert_true (stencil_side_from_string ("TOP", &bottom.side));
  g_assert_cmpint (bottom.side, ==, STENCIL_SIDE_TOP);
  g_assert_false (stencil_side_from_string ("left", &bottom.side));
  g_assert_false (stencil_side_from_string ("", &bottom.side));
  g_assert_false (stencil_side_from_string (NULL, &bottom.side));
}

static void
test_array (void)
{
  g_autoptr(StencilResult) result = calculate ("AXK7L80223G", 127, 0);
  StencilGerberOptions options;
  g_autofree char *text = NULL;
  g_autoptr(Parsed) p = NULL;
  g_autoptr(GArray) want = NULL;
  guint n = stencil_pattern_get_n_pads (result->pattern);

  stencil_gerber_options_init (&options);
  options.cols = 4;
  options.rows = 3;
  options.step_x_mm = 22.1;
  options.step_y_mm = -7.3;
  options.at_x_mm = 10;
  options.at_y_mm = 50;
  text = generate (result, &options);
  p = parse_gerber (text);
  g_assert_cmpuint (n, ==, 82);
  g_assert_cmpuint (p->n_d03, ==, 12 * n);
  g_assert_cmpuint (p->apertures->len, ==, 2);
  want = expected_flashes (result, &options);
  assert_flashes_match (p->flashes, want);
  /* The last copy is exactly at + 3 step, no accumulated rounding: 10 + 3 * 22.1 = 76.3. */
  {
    const StencilPad *pad = stencil_pattern_get_pad (result->pattern, 0);
    g_assert_nonnull (flash_at (p, 76300000 + mm_to_nm (pad->x_mm),
                                35400000 + mm_to_nm (pad->y_mm)));
  }
  g_assert_true (has_comment_containing (p, "--at 10,50 --rotate 0 --side top --array 4x3 "
                                         "--step 22.1,-7.3 "));

  /* One row of copies: the row step does not matter. */
  options.rows = 1;
  options.step_y_mm = 0;
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&p, parsed_free);
  text = generate (result, &options);
  p = parse_gerber (text);
  g_assert_cmpuint (p->n_d03, ==, 4 * n);
}

static void
test_locale (void)
{
  g_autoptr(StencilResult) result = calculate ("AXK7L40223G", 133.5, 0.0375);
  StencilGerberOptions options;
  g_autofree char *c_text = NULL;
  const char *locales[] = { "de_DE.UTF-8", "ja_JP.UTF-8" };
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  gboolean any = FALSE;

  g_setenv ("SOURCE_DATE_EPOCH", "1700000000", TRUE);
  stencil_gerber_options_init (&options);
  options.at_x_mm = 1.5;
  options.step_x_mm = 20.25;
  options.cols = 2;
  c_text = generate (result, &options);
  /* decimals are there to be broken by a comma locale */
  g_assert_nonnull (strstr (c_text, "Foil thickness: 133.5 um"));

  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    {
      g_autofree char *text = NULL;

      if (setlocale (LC_ALL, locales[i]) == NULL)
        continue;
      any = TRUE;
      if (i == 0)   /* the locale really is active */
        g_assert_cmpstr (localeconv ()->decimal_point, ==, ",");
      text = generate (result, &options);
      g_assert_cmpstr (text, ==, c_text);
    }
  setlocale (LC_ALL, saved);
  if (!any)
    g_test_skip ("neither de_DE.UTF-8 nor ja_JP.UTF-8 is installed (locale-gen)");
}

static void
test_reproducible (void)
{
  g_autoptr(StencilResult) result = calculate ("AXK8L80124BG", 100, 0);
  StencilGerberOptions options;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;

  stencil_gerber_options_init (&options);
  g_setenv ("SOURCE_DATE_EPOCH", "1234567890", TRUE);
  a = generate (result, &options);
  b = generate (result, &options);
  g_assert_cmpstr (a, ==, b);
  g_assert_nonnull (strstr (a, "%TF.CreationDate,2009-02-13T23:31:30+00:00*%\n"));

  /* Without it, the date is now; the rest is the same. */
  g_unsetenv ("SOURCE_DATE_EPOCH");
  c = generate (result, &options);
  g_assert_null (strstr (c, "2009-02-13"));
  g_assert_nonnull (strstr (c, "%TF.CreationDate,20"));
  g_assert_cmpstr (strstr (c, "%TF.FileFunction"), ==, strstr (a, "%TF.FileFunction"));
  g_setenv ("SOURCE_DATE_EPOCH", "0", TRUE);
}

static void
test_corner_radius (void)
{
  g_autoptr(StencilResult) result = calculate ("AXK7L40223G", 127, 0.03);
  StencilGerberOptions options;
  g_autofree char *text = NULL;
  g_autoptr(Parsed) p = NULL;
  const StencilAperture *ap = stencil_result_get_aperture (result, 0);

  stencil_gerber_options_init (&options);
  text = generate (result, &options);
  p = parse_gerber (text);
  g_assert_true (p->has_macro);
  g_assert_cmpuint (p->apertures->len, ==, 2);
  g_assert_cmpint (g_array_index (p->apertures, ParsedAperture, 0).shape, ==, 'M');
  g_assert_cmpint (g_array_index (p->apertures, ParsedAperture, 0).r_nm, ==, 30000);
  g_assert_cmpint (g_array_index (p->apertures, ParsedAperture, 0).w_nm, ==,
                   mm_to_nm (ap->w_mm));
  /* no unary minus and no zero-width primitive in the macro */
  g_assert_nonnull (strstr (text, "21,1,$1,$2-$3-$3,0,0,0*\n"));
  g_assert_nonnull (strstr (text, "1,1,$3+$3,$3-$1/2,$3-$2/2*\n"));
  g_assert_null (strstr (text, ",-$"));

  /* r = w/2 on every aperture: stadiums (O), never the macro with a zero-size rectangle. */
  for (guint i = 0; i < result->apertures->len; i++)
    {
      StencilAperture *a = &g_array_index (result->apertures, StencilAperture, i);
      a->r_mm = MIN (a->w_mm, a->h_mm) / 2;
    }
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&p, parsed_free);
  text = generate (result, &options);
  p = parse_gerber (text);
  g_assert_false (p->has_macro);
  g_assert_cmpuint (p->apertures->len, ==, 2);
  for (guint i = 0; i < p->apertures->len; i++)
    g_assert_cmpint (g_array_index (p->apertures, ParsedAperture, i).shape, ==, 'O');
  g_assert_cmpuint (p->n_d03, ==, 42);

  /* A square aperture with r = w/2 is a circle. */
  g_array_index (result->apertures, StencilAperture, 0).h_mm =
    g_array_index (result->apertures, StencilAperture, 0).w_mm;
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&p, parsed_free);
  text = generate (result, &options);
  p = parse_gerber (text);
  g_assert_cmpuint (p->apertures->len, ==, 3);
  g_assert_cmpint (g_array_index (p->apertures, ParsedAperture, 0).shape, ==, 'C');

  /* r = 0: plain rectangles, no macro. */
  for (guint i = 0; i < result->apertures->len; i++)
    g_array_index (result->apertures, StencilAperture, i).r_mm = 0;
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&p, parsed_free);
  text = generate (result, &options);
  p = parse_gerber (text);
  g_assert_false (p->has_macro);
  g_assert_null (strstr (text, "%AM"));
  for (guint i = 0; i < p->apertures->len; i++)
    g_assert_cmpint (g_array_index (p->apertures, ParsedAperture, i).shape, ==, 'R');
}

static void
assert_invalid (const StencilGerberOptions *options,
                const char                 *message_part)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (stencil_gerber_options_validate (options, &error));
  g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT);
  if (strstr (error->message, message_part) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, message_part);
}

static void
test_bad_options (void)
{
  StencilGerberOptions o;
  g_autoptr(GError) error = NULL;

  stencil_gerber_options_init (&o);
  g_assert_true (stencil_gerber_options_validate (&o, &error));
  g_assert_no_error (error);

  stencil_gerber_options_init (&o);
  o.rotation_deg = 45;
  assert_invalid (&o, "45");
  o.rotation_deg = -90;
  assert_invalid (&o, "0, 90, 180 or 270");
  o.rotation_deg = 360;
  assert_invalid (&o, "360");

  stencil_gerber_options_init (&o);
  o.cols = 0;
  assert_invalid (&o, "0 × 1");
  o.cols = 1001;
  o.step_x_mm = 1;
  assert_invalid (&o, "1001");
  o.cols = 1000;
  o.rows = 101;
  o.step_y_mm = 1;
  assert_invalid (&o, "100000");
  o.rows = 100;
  g_assert_true (stencil_gerber_options_validate (&o, NULL));

  stencil_gerber_options_init (&o);
  o.cols = 2;
  assert_invalid (&o, "column step");
  o.step_x_mm = 5;
  o.rows = 3;
  assert_invalid (&o, "row step");
  o.step_y_mm = -5;
  g_assert_true (stencil_gerber_options_validate (&o, NULL));

  stencil_gerber_options_init (&o);
  o.at_x_mm = NAN;
  assert_invalid (&o, "--at x");
  o.at_x_mm = INFINITY;
  assert_invalid (&o, "finite");
  stencil_gerber_options_init (&o);
  o.step_y_mm = NAN;
  assert_invalid (&o, "--step dy");

  stencil_gerber_options_init (&o);
  o.side = (StencilSide) 7;
  assert_invalid (&o, "top or bottom");
}

static void
test_write_errors (void)
{
  g_autoptr(StencilResult) result = calculate ("AXK7L40223G", 127, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-gerber-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "out.gbr", NULL);
  g_autofree char *existing = g_build_filename (dir, "keep.gbr", NULL);
  g_autofree char *good = g_build_filename (dir, "good.gbr", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  StencilGerberOptions options;

  g_assert_nonnull (dir);
  stencil_gerber_options_init (&options);

  g_assert_false (stencil_gerber_write (result, &options, missing, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  if (g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      g_assert_false (stencil_gerber_write (result, &options, "/dev/full", &error));
      g_assert_nonnull (error);
      g_clear_error (&error);
    }

  /* An existing file stays as it was when the export fails. */
  g_file_set_contents (existing, "keep me\n", -1, &error);
  g_assert_no_error (error);
  options.rotation_deg = 45;
  g_assert_false (stencil_gerber_write (result, &options, existing, &error));
  g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  stencil_gerber_options_init (&options);
  options.cols = 1000;
  options.step_x_mm = 50;     /* 50 m wide: beyond the 4.6 coordinate format */
  g_assert_false (stencil_gerber_write (result, &options, existing, &error));
  g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "9999"));
  g_clear_error (&error);
  g_file_get_contents (existing, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "keep me\n");

  /* and is replaced whole when it succeeds */
  stencil_gerber_options_init (&options);
  g_assert_true (stencil_gerber_write (result, &options, existing, &error));
  g_assert_no_error (error);
  g_clear_pointer (&contents, g_free);
  g_file_get_contents (existing, &contents, NULL, &error);
  g_assert_no_error (error);
  expected = generate (result, &options);
  g_assert_cmpstr (contents, ==, expected);

  g_assert_true (stencil_gerber_write (result, &options, good, &error));
  g_assert_no_error (error);
  g_remove (good);
  g_remove (existing);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_setenv ("SOURCE_DATE_EPOCH", "0", TRUE);

  catalog = test_util_load_catalog ();

  g_test_add_func ("/gerber/golden", test_golden);
  g_test_add_func ("/gerber/header", test_header);
  g_test_add_func ("/gerber/rotation", test_rotation);
  g_test_add_func ("/gerber/bottom", test_bottom);
  g_test_add_func ("/gerber/array", test_array);
  g_test_add_func ("/gerber/locale", test_locale);
  g_test_add_func ("/gerber/reproducible", test_reproducible);
  g_test_add_func ("/gerber/corner-radius", test_corner_radius);
  g_test_add_func ("/gerber/bad-options", test_bad_options);
  g_test_add_func ("/gerber/write-errors", test_write_errors);

  ret = g_test_run ();
  g_object_unref (catalog);
  return ret;
}
