/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "stencil-part-view.h"
#include "stencil-render-cairo.h"
#include "stencil-sheet.h"
#include "test-util.h"

/* The drawing scene: every dimension says what the pattern and the apertures are, nothing of
 * the dimensions lies on a land or on another dimension, and every layer is there. */

static StencilCatalog *catalog;

static const char *parts[] = { "AXK7L80223G", "AXK7L10223G", "AXK8L10124BG", "AXK8L80124BG",
                               "AXK7L40223G", "AXK8L24124BG" };

/* The number a dimension shows: after "= " when it is named ("B = 15.60"). */
static double
dimension_number (const StencilDimension *d)
{
  const char *s = strstr (d->text, "= ");
  char *end = NULL;
  double value;

  s = s != NULL ? s + 2 : d->text;
  value = g_ascii_strtod (s, &end);
  g_assert_true (end != s);
  g_assert_cmpstr (end, ==, "");
  return value;
}

static void
assert_dimension (StencilScene *scene,
                  const char   *name,
                  double        expected_mm)
{
  const StencilDimension *d = stencil_scene_find_dimension (scene, name);

  if (d == NULL)
    g_error ("no dimension %s", name);
  g_assert_cmpfloat_with_epsilon (d->value_mm, expected_mm, 1e-9);
  /* 2 or 3 decimals: what is printed is the value to 0.5 um. */
  g_assert_cmpfloat_with_epsilon (dimension_number (d), expected_mm, 0.0005 + 1e-12);
}

static void
test_dimension_values (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autoptr(StencilResult) result = test_util_calculate_at (catalog, parts[i], 127);
      g_autoptr(StencilScene) scene = stencil_scene_new_part_view (result);
      const StencilPattern *pattern = result->pattern;
      const StencilLandSpec *spec = &pattern->spec;
      guint m = pattern->part->contacts / 2;
      const char *span = stencil_family_get_row_span_name (pattern->part->family,
                                                           pattern->part->kind);
      const StencilDimension *row_span;
      g_autofree char *prefix = g_strdup_printf ("%s = ", span);
      double x0, y0, x1, y1;

      g_test_message ("%s", parts[i]);
      assert_dimension (scene, "pitch", pattern->pitch_mm);
      assert_dimension (scene, "pitch", 0.4);
      assert_dimension (scene, "pad-w/terminal", spec->terminal_w_mm);
      assert_dimension (scene, "pad-h/terminal", spec->terminal_h_mm);
      assert_dimension (scene, "pad-w/soldering", spec->soldering_w_mm);
      assert_dimension (scene, "pad-h/soldering", spec->soldering_h_mm);
      assert_dimension (scene, "row-centre", 2 * spec->row_y_mm);
      assert_dimension (scene, "row-span", (m - 1) * 0.4);
      assert_dimension (scene, "soldering-span", 2 * fabs (spec->soldering_x_mm));
      stencil_pattern_get_extents (pattern, &x0, &y0, &x1, &y1);
      assert_dimension (scene, "overall-w", x1 - x0);
      assert_dimension (scene, "overall-h", y1 - y0);

      /* The datasheet's name of the row span: B on the socket, C on the header. */
      row_span = stencil_scene_find_dimension (scene, "row-span");
      g_assert_true (g_str_has_prefix (row_span->text, prefix));
      g_assert_cmpstr (span, ==, pattern->part->kind == STENCIL_PART_KIND_SOCKET ? "B" : "C");

      for (guint c = 0; c < result->n_classes; c++)
        {
          const StencilClassResult *cr = &result->classes[c];
          const char *cls = cr->pad_class == STENCIL_PAD_CLASS_TERMINAL ? "terminal" : "soldering";
          g_autofree char *w = g_strdup_printf ("aperture-w/%s", cls);
          g_autofree char *h = g_strdup_printf ("aperture-h/%s", cls);

          assert_dimension (scene, w, cr->aperture.w_mm);
          assert_dimension (scene, h, cr->aperture.h_mm);
          g_assert_true (stencil_scene_find_dimension (scene, w)->aperture);
          g_assert_true (stencil_scene_find_dimension (scene, h)->aperture);
        }
      g_assert_false (stencil_scene_find_dimension (scene, "pitch")->aperture);
      g_assert_cmpuint (stencil_scene_get_n_dimensions (scene), ==, 10 + 2 * result->n_classes);
    }
}

static void
test_format (void)
{
  g_autoptr(StencilResult) result = test_util_calculate_at (catalog, "AXK8L10124BG", 127);
  g_autoptr(StencilScene) scene = stencil_scene_new_part_view (result);

  /* Two decimals when exact, three when not: 0.40, 0.23, and the aperture on its 5 um grid. */
  g_assert_cmpstr (stencil_scene_find_dimension (scene, "pitch")->text, ==, "0.40");
  g_assert_cmpstr (stencil_scene_find_dimension (scene, "pad-w/terminal")->text, ==, "0.23");
  g_assert_cmpstr (stencil_scene_find_dimension (scene, "row-span")->text, ==, "C = 1.60");
  g_assert_cmpstr (stencil_scene_find_dimension (scene, "aperture-h/terminal")->text, ==,
                   "0.495");
}

typedef struct
{
  double x0, y0, x1, y1;
} Box;

static gboolean
overlap (const Box *a,
         const Box *b)
{
  const double eps = 1e-9;

  return a->x0 < b->x1 - eps && b->x0 < a->x1 - eps && a->y0 < b->y1 - eps && b->y0 < a->y1 - eps;
}

/* No two texts overlap; the descender space of one line may touch the ascender space of the
 * next, so the bottom fifth of each text box does not count. */
static void
assert_texts_apart (GPtrArray  *texts,
                    const char *part)
{
  for (guint a = 0; a < texts->len; a++)
    for (guint b = a + 1; b < texts->len; b++)
      {
        const StencilPrimitive *p = g_ptr_array_index (texts, a);
        const StencilPrimitive *q = g_ptr_array_index (texts, b);
        Box pb, qb;

        stencil_primitive_get_bounds (p, &pb.x0, &pb.y0, &pb.x1, &pb.y1);
        stencil_primitive_get_bounds (q, &qb.x0, &qb.y0, &qb.x1, &qb.y1);
        pb.y1 -= 0.2 * p->size_mm;
        qb.y1 -= 0.2 * q->size_mm;
        if (p->vertical)
          pb.x1 -= 0.2 * p->size_mm;
        if (q->vertical)
          qb.x1 -= 0.2 * q->size_mm;
        if (overlap (&pb, &qb))
          g_error ("%s: “%s” overlaps “%s”", part, p->text, q->text);
      }
}

static gboolean
point_inside (const Box *b,
              double     x,
              double     y)
{
  return x >= b->x0 && x <= b->x1 && y >= b->y0 && y <= b->y1;
}

static GArray *
pad_boxes (const StencilPattern *pattern)
{
  GArray *boxes = g_array_new (FALSE, FALSE, sizeof (Box));

  for (guint i = 0; i < pattern->pads->len; i++)
    {
      const StencilPad *pad = stencil_pattern_get_pad (pattern, i);
      /* Scene y is the model's y flipped. */
      Box b = { pad->x_mm - pad->w_mm / 2, -pad->y_mm - pad->h_mm / 2,
                pad->x_mm + pad->w_mm / 2, -pad->y_mm + pad->h_mm / 2 };

      g_array_append_val (boxes, b);
    }
  return boxes;
}

static void
check_no_overlap (StencilResult *result)
{
  g_autoptr(StencilScene) scene = stencil_scene_new_part_view (result);
  g_autoptr(GArray) pads = pad_boxes (result->pattern);
  guint n_dims = stencil_scene_get_n_dimensions (scene);

  for (guint i = 0; i < n_dims; i++)
    {
      const StencilDimension *d = stencil_scene_get_dimension (scene, i);
      Box line = { d->line_x0, d->line_y0, d->line_x1, d->line_y1 };
      Box text = { d->text_x0, d->text_y0, d->text_x1, d->text_y1 };

      for (guint k = 0; k < pads->len; k++)
        {
          const Box *pad = &g_array_index (pads, Box, k);

          if (overlap (&line, pad) || overlap (&text, pad))
            g_error ("%s: dimension %s lies on pad %s", result->pattern->part->part_number,
                     d->name, stencil_pattern_get_pad (result->pattern, k)->id);
        }
      for (guint j = 0; j < n_dims; j++)
        {
          const StencilDimension *e = stencil_scene_get_dimension (scene, j);
          Box line2 = { e->line_x0, e->line_y0, e->line_x1, e->line_y1 };
          Box text2 = { e->text_x0, e->text_y0, e->text_x1, e->text_y1 };

          if (i == j)
            continue;
          if (overlap (&text, &text2) || overlap (&text, &line2) || overlap (&line, &line2))
            g_error ("%s: dimensions %s and %s overlap", result->pattern->part->part_number,
                     d->name, e->name);
        }
    }

  /* Every primitive of the dimension layer, one by one: values and arrowheads stay off every
   * land; an extension line may only start on the land whose aperture it measures. */
  for (guint i = 0; i < stencil_scene_get_n_primitives (scene); i++)
    {
      const StencilPrimitive *p = stencil_scene_get_primitive (scene, i);
      Box b;

      if (p->layer != STENCIL_LAYER_DIMENSIONS)
        continue;
      stencil_primitive_get_bounds (p, &b.x0, &b.y0, &b.x1, &b.y1);
      for (guint k = 0; k < pads->len; k++)
        {
          const Box *pad = &g_array_index (pads, Box, k);

          if (!overlap (&b, pad))
            continue;
          if (p->kind == STENCIL_PRIMITIVE_LINE &&
              (point_inside (pad, p->x0, p->y0) || point_inside (pad, p->x1, p->y1)))
            continue;
          g_error ("%s: a dimension primitive (kind %d, %s) lies on pad %s",
                   result->pattern->part->part_number, p->kind, p->text ? p->text : "",
                   stencil_pattern_get_pad (result->pattern, k)->id);
        }
    }
}

static void
test_no_overlap (void)
{
  const double thicknesses[] = { 80, 127, 150, 200 };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    for (guint t = 0; t < G_N_ELEMENTS (thicknesses); t++)
      {
        g_autoptr(StencilResult) result = test_util_calculate_at (catalog, parts[i],
                                                                  thicknesses[t]);

        check_no_overlap (result);
      }
}

static void
test_layers (void)
{
  g_autoptr(StencilResult) result = test_util_calculate_at (catalog, "AXK7L80223G", 127);
  g_autoptr(StencilScene) scene = stencil_scene_new_part_view (result);
  const StencilLayer layers[] = { STENCIL_LAYER_PADS, STENCIL_LAYER_APERTURES,
                                  STENCIL_LAYER_DIMENSIONS, STENCIL_LAYER_OUTLINE,
                                  STENCIL_LAYER_LABELS };
  guint counts[G_N_ELEMENTS (layers)] = { 0 };
  guint apertures_by_style[STENCIL_N_STYLES] = { 0 };
  gboolean seen_pin1 = FALSE, seen_dashed = FALSE;
  double x0, y0, x1, y1;

  for (guint i = 0; i < stencil_scene_get_n_primitives (scene); i++)
    {
      const StencilPrimitive *p = stencil_scene_get_primitive (scene, i);
      guint found = 0;

      for (guint k = 0; k < G_N_ELEMENTS (layers); k++)
        if (p->layer == layers[k])
          {
            counts[k]++;
            found++;
          }
      /* Exactly one layer per primitive. */
      g_assert_cmpuint (found, ==, 1);
      if (p->layer == STENCIL_LAYER_APERTURES)
        apertures_by_style[p->style]++;
      if (p->layer == STENCIL_LAYER_LABELS && g_strcmp0 (p->text, "1") == 0)
        seen_pin1 = TRUE;
      if (p->layer == STENCIL_LAYER_OUTLINE && (p->flags & STENCIL_PRIMITIVE_DASHED))
        seen_dashed = TRUE;
    }
  for (guint k = 0; k < G_N_ELEMENTS (layers); k++)
    g_assert_cmpuint (counts[k], >, 0);
  g_assert_cmpuint (counts[0], ==, 82);
  g_assert_cmpuint (counts[1], ==, 82);
  g_assert_true (seen_pin1);
  g_assert_true (seen_dashed);

  /* Aperture style follows the status of each aperture. */
  for (guint i = 0; i < result->apertures->len; i++)
    {
      const StencilAperture *ap = stencil_result_get_aperture (result, i);
      StencilStyle style = ap->status == STENCIL_STATUS_PASS ? STENCIL_STYLE_APERTURE_PASS
                         : ap->status == STENCIL_STATUS_MARGINAL ? STENCIL_STYLE_APERTURE_MARGINAL
                         : STENCIL_STYLE_APERTURE_FAIL;

      g_assert_cmpuint (apertures_by_style[style], >, 0);
    }

  /* Pin 1 is top left: the upper row of the scene (y < 0) starts with pin 1. */
  for (guint i = 0; i < stencil_scene_get_n_primitives (scene); i++)
    {
      const StencilPrimitive *p = stencil_scene_get_primitive (scene, i);

      if (p->layer == STENCIL_LAYER_LABELS && g_strcmp0 (p->text, "1") == 0)
        {
          g_assert_cmpfloat (p->x0, <, 0);
          g_assert_cmpfloat (p->y0, <, 0);
        }
    }

  /* Extents hold everything, the dimensions outside the lands included. */
  stencil_scene_get_extents (scene, &x0, &y0, &x1, &y1);
  g_assert_cmpfloat (x0, <, -17.5 / 2);
  g_assert_cmpfloat (x1, >, 17.5 / 2);
  g_assert_cmpfloat (y0, <, -4.6 / 2);
  g_assert_cmpfloat (y1, >, 4.6 / 2);
  g_assert_cmpfloat_with_epsilon (stencil_scene_get_width_mm (scene), x1 - x0, 1e-9);
}

static void
test_text_width (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 10, 10);
  cairo_t *cr = cairo_create (surface);
  cairo_font_options_t *options = cairo_font_options_create ();
  const char *samples[] = { "0.40", "B = 15.60", "Apertures are final: do not reduce.",
                            "127 µm", "0.23 × 0.56" };

  /* The built-in advance table agrees with the font cairo draws. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_set_font_options (cr, options);
  cairo_set_font_size (cr, 10);
  for (guint bold = 0; bold < 2; bold++)
    {
      cairo_select_font_face (cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                              bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
      for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
        {
          cairo_text_extents_t ext;

          cairo_text_extents (cr, samples[i], &ext);
          g_assert_cmpfloat_with_epsilon (stencil_scene_text_width (samples[i], 10, bold),
                                          ext.x_advance, 0.05);
        }
    }
  g_assert_cmpfloat_with_epsilon (stencil_scene_text_width ("0", 10, FALSE), 6.36, 1e-9);
  cairo_font_options_destroy (options);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_page (void)
{
  const double nice[] = { 50, 40, 30, 25, 20, 15, 10, 8, 5 };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    for (guint landscape = 0; landscape < 2; landscape++)
      {
        g_autoptr(StencilResult) result = test_util_calculate_at (catalog, parts[i], 127);
        g_autoptr(GDateTime) date = g_date_time_new_utc (2024, 3, 5, 12, 0, 0);
        g_autoptr(StencilScene) page = NULL;
        g_autoptr(GPtrArray) texts = g_ptr_array_new ();
        StencilDrawingOptions options;
        gboolean nice_scale = FALSE, seen_scale = FALSE, seen_part = FALSE, seen_date = FALSE;
        gboolean seen_notice = FALSE, seen_final = FALSE;
        g_autofree char *scale_text = NULL;
        double scale;

        stencil_drawing_options_init (&options);
        g_assert_cmpint (options.paper, ==, STENCIL_PAPER_A4);
        g_assert_false (options.landscape);
        g_assert_cmpfloat (options.dpi, ==, 150);
        options.landscape = landscape;
        page = stencil_scene_new_page (result, &options, date);

        g_assert_cmpfloat (stencil_scene_get_width_mm (page), ==, landscape ? 297 : 210);
        g_assert_cmpfloat (stencil_scene_get_height_mm (page), ==, landscape ? 210 : 297);
        scale = stencil_scene_get_scale (page);
        g_test_message ("%s landscape %u: scale %g", parts[i], landscape, scale);
        for (guint k = 0; k < G_N_ELEMENTS (nice); k++)
          nice_scale |= scale == nice[k];
        g_assert_true (nice_scale);
        /* The small parts are drawn large. */
        g_assert_cmpfloat (scale, >=, 5);
        if (result->pattern->part->contacts <= 24)
          g_assert_cmpfloat (scale, >=, landscape ? 10 : 20);
        scale_text = g_strdup_printf ("Scale %g:1", scale);

        for (guint k = 0; k < stencil_scene_get_n_primitives (page); k++)
          {
            const StencilPrimitive *p = stencil_scene_get_primitive (page, k);
            double x0, y0, x1, y1;

            stencil_primitive_get_bounds (p, &x0, &y0, &x1, &y1);
            /* Everything on the paper, inside the 10 mm margin (frame line width aside). */
            g_assert_cmpfloat (x0, >=, 9.5);
            g_assert_cmpfloat (y0, >=, 9.5);
            g_assert_cmpfloat (x1, <=, stencil_scene_get_width_mm (page) - 9.5);
            g_assert_cmpfloat (y1, <=, stencil_scene_get_height_mm (page) - 9.5);
            if (p->kind != STENCIL_PRIMITIVE_TEXT)
              continue;
            /* Readable at 100 %: nothing under 1.5 mm (about 4 pt). */
            g_assert_cmpfloat (p->size_mm, >=, 1.5);
            g_ptr_array_add (texts, (gpointer) p);
            seen_scale |= g_strcmp0 (p->text, scale_text) == 0;
            seen_part |= g_strcmp0 (p->text, result->pattern->part->part_number) == 0;
            seen_date |= g_strcmp0 (p->text, "2024-03-05") == 0;
            seen_notice |= g_strcmp0 (p->text, stencil_provisional_notice ()) == 0;
            seen_final |= g_strcmp0 (p->text, "Apertures are final: do not reduce.") == 0;
          }
        g_assert_true (seen_scale);
        g_assert_true (seen_part);
        g_assert_true (seen_date);
        g_assert_cmpint (seen_notice, ==, result->pattern->provisional);
        g_assert_true (seen_final);

        /* No two texts of the sheet overlap. */
        assert_texts_apart (texts, parts[i]);
      }
}

/* Switches the engine's messages to a language (the build tree's catalogues,
 * STENCILCALC_TEST_LOCALEDIR) and its locale; NULL: back to the C locale, untranslated. */
static gboolean
use_language (const char *locale,
              const char *language)
{
  if (locale == NULL)
    {
      g_unsetenv ("LANGUAGE");
      setlocale (LC_ALL, "C.UTF-8");
      return TRUE;
    }
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("STENCILCALC_TEST_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_setenv ("LANGUAGE", language, TRUE);
  /* Setting the locale also makes gettext drop the messages it found before. */
  if (setlocale (LC_ALL, locale) == NULL)
    {
      g_test_fail_printf ("the locale %s cannot be set (LOCPATH=%s): run through meson test",
                          locale, g_getenv ("LOCPATH"));
      return FALSE;
    }
  return TRUE;
}

/* What a text primitive really inks when Cairo draws it with the drawings' fonts must lie in
 * the box the layout gave it: its advance width (0.1 em of side bearing aside) and its ascent
 * and descent (0.2 em aside: the accent of an Ö and the top of an ideograph reach 0.9 em, over
 * the box's 0.76). A layout that measured Japanese glyphs with DejaVu's widths would let them
 * run into their neighbours. */
static void
assert_ink_inside (const StencilPrimitive *p,
                   const char             *where)
{
  g_autoptr(StencilScene) alone = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  double x, y, w, h, bx0, by0, bx1, by1;
  double tolerance = 0.1 * p->size_mm;
  double v_tolerance = 0.2 * p->size_mm;

  if (p->vertical || p->text[0] == '\0')
    return;
  alone = stencil_scene_new (1000, 1000);
  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (surface);
  stencil_scene_add_text (alone, STENCIL_LAYER_LABELS, p->style, p->x0, p->y0,
                          STENCIL_ANCHOR_LEFT, p->size_mm,
                          (p->flags & STENCIL_PRIMITIVE_BOLD) != 0, p->text);
  /* Ink extents come in whole device units: 1/100 mm. */
  cairo_scale (cr, 100, 100);
  stencil_render_cairo (cr, alone, NULL);
  cairo_destroy (cr);
  cairo_recording_surface_ink_extents (surface, &x, &y, &w, &h);
  cairo_surface_destroy (surface);
  x /= 100;
  y /= 100;
  w /= 100;
  h /= 100;
  stencil_primitive_get_bounds (p, &bx0, &by0, &bx1, &by1);
  if (w > 0 && (x < bx0 - tolerance || x + w > bx1 + tolerance || y < by0 - v_tolerance ||
                y + h > by1 + v_tolerance))
    g_error ("%s: “%s” inks %.2f..%.2f x %.2f..%.2f mm, outside its box %.2f..%.2f x "
             "%.2f..%.2f", where, p->text, x, x + w, y, y + h, bx0, bx1, by0, by1);
}

/* The 40-contact socket at 127 µm (marginal terminal apertures, so a warning line), A4
 * portrait: the legend keeps to one line and no warning line is shrunk to fit. */
static void
assert_legend_and_warnings_fit (const char *where)
{
  g_autoptr(StencilResult) result = test_util_calculate_at (catalog, "AXK7L40223G", 127);
  g_autoptr(GDateTime) date = g_date_time_new_utc (2024, 3, 5, 12, 0, 0);
  g_autoptr(StencilScene) page = NULL;
  const char *legend[] = { N_("Land (pad)"), N_("Aperture: pass"), N_("Aperture: marginal"),
                           N_("Aperture: fail"), N_("Body outline") };
  StencilDrawingOptions options;
  double legend_y = -1;
  guint n_legend = 0, n_warnings = 0;

  stencil_drawing_options_init (&options);
  page = stencil_scene_new_page (result, &options, date);
  for (guint k = 0; k < stencil_scene_get_n_primitives (page); k++)
    {
      const StencilPrimitive *p = stencil_scene_get_primitive (page, k);

      if (p->kind != STENCIL_PRIMITIVE_TEXT)
        continue;
      for (guint i = 0; i < G_N_ELEMENTS (legend); i++)
        if (g_strcmp0 (p->text, _(legend[i])) == 0)
          {
            if (legend_y >= 0 && fabs (p->y0 - legend_y) > 1e-9)
              g_error ("%s: the legend wraps: “%s” is on another line", where, p->text);
            legend_y = p->y0;
            n_legend++;
          }
      if (g_str_has_prefix (p->text, "• "))
        {
          n_warnings++;
          if (p->size_mm < 2.4 - 1e-9)
            g_error ("%s: the warning “%s” is shrunk to %.2f mm", where, p->text, p->size_mm);
        }
    }
  g_assert_cmpuint (n_legend, ==, G_N_ELEMENTS (legend));
  g_assert_cmpuint (n_warnings, >=, 1);
}

/* The sheets in German and Japanese: the translated texts stay on the paper, readable, and no
 * two overlap (the layout measures the Japanese font's own advances). */
static void
test_page_languages (void)
{
  static const struct
  {
    const char *locale, *language, *final;
  } languages[] = {
    { "de_DE.UTF-8", "de", "Aperturen sind endgültig: nicht weiter verkleinern." },
    { "ja_JP.UTF-8", "ja", "開口寸法は最終値です。これ以上縮小しないでください。" },
  };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      if (!use_language (languages[l].locale, languages[l].language))
        return;
      assert_legend_and_warnings_fit (languages[l].language);
      for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
        for (guint landscape = 0; landscape < 2; landscape++)
          {
            g_autoptr(StencilResult) result = test_util_calculate_at (catalog, parts[i], 133);
            g_autoptr(GDateTime) date = g_date_time_new_utc (2024, 3, 5, 12, 0, 0);
            g_autoptr(StencilScene) page = NULL;
            g_autoptr(GPtrArray) texts = g_ptr_array_new ();
            g_autofree char *where = g_strdup_printf ("%s, %s, %s", languages[l].language,
                                                      parts[i], landscape ? "landscape"
                                                                          : "portrait");
            StencilDrawingOptions options;
            gboolean seen_final = FALSE;

            stencil_drawing_options_init (&options);
            options.landscape = landscape;
            page = stencil_scene_new_page (result, &options, date);
            for (guint k = 0; k < stencil_scene_get_n_primitives (page); k++)
              {
                const StencilPrimitive *p = stencil_scene_get_primitive (page, k);
                double x0, y0, x1, y1;

                if (p->kind != STENCIL_PRIMITIVE_TEXT)
                  continue;
                stencil_primitive_get_bounds (p, &x0, &y0, &x1, &y1);
                if (x0 < 9.5 || y0 < 9.5 || x1 > stencil_scene_get_width_mm (page) - 9.5 ||
                    y1 > stencil_scene_get_height_mm (page) - 9.5 || p->size_mm < 1.5)
                  g_error ("%s: “%s” (%.2f mm) leaves the paper's margin or is too small", where,
                           p->text, p->size_mm);
                g_ptr_array_add (texts, (gpointer) p);
                seen_final |= g_strcmp0 (p->text, languages[l].final) == 0;
                assert_ink_inside (p, where);
              }
            if (!seen_final)
              g_error ("%s: the sheet is not translated (no “%s”)", where, languages[l].final);
            assert_texts_apart (texts, where);
          }
    }
  use_language (NULL, NULL);
}

/* The detail's values are the pattern's and the apertures', drawn at the detail's scale. */
static void
assert_detail_values (StencilScene  *page,
                      StencilResult *result,
                      double         detail_scale)
{
  const StencilPattern *pattern = result->pattern;
  const StencilLandSpec *spec = &pattern->spec;

  assert_dimension (page, "detail/pitch", pattern->pitch_mm);
  assert_dimension (page, "detail/pitch", 0.4);
  assert_dimension (page, "detail/pad-w/terminal", spec->terminal_w_mm);
  assert_dimension (page, "detail/pad-h/terminal", spec->terminal_h_mm);
  assert_dimension (page, "detail/pad-w/soldering", spec->soldering_w_mm);
  for (guint c = 0; c < result->n_classes; c++)
    {
      const StencilClassResult *cr = &result->classes[c];
      const char *cls = cr->pad_class == STENCIL_PAD_CLASS_TERMINAL ? "terminal"
                                                                     : "soldering";
      g_autofree char *aw = g_strdup_printf ("detail/aperture-w/%s", cls);

      assert_dimension (page, aw, cr->aperture.w_mm);
      g_assert_true (stencil_scene_find_dimension (page, aw)->aperture);
      if (cr->pad_class == STENCIL_PAD_CLASS_TERMINAL)
        assert_dimension (page, "detail/aperture-h/terminal", cr->aperture.h_mm);
    }
  if (stencil_scene_find_dimension (page, "detail/pad-h/soldering") != NULL)
    assert_dimension (page, "detail/pad-h/soldering", spec->soldering_h_mm);
  /* Drawn at the detail's scale: the pitch's arrows are that far apart on paper. */
  {
    const StencilDimension *d = stencil_scene_find_dimension (page, "detail/pitch");
    const StencilDimension *m = stencil_scene_find_dimension (page, "pitch");

    g_assert_cmpfloat (d->y0, >, m->y1);
    g_assert_cmpfloat (d->line_x1 - d->line_x0, >=, 0.4 * detail_scale);
  }
}

/* The detail's dimensions: below the main view, on the paper, apart from each other and from
 * everything of the main view. */
static void
assert_detail_dimensions_apart (StencilScene *page,
                                const char   *part)
{
  double w = stencil_scene_get_width_mm (page);
  double h = stencil_scene_get_height_mm (page);
  guint n_detail = 0;

  for (guint a = 0; a < stencil_scene_get_n_dimensions (page); a++)
    {
      const StencilDimension *d = stencil_scene_get_dimension (page, a);
      Box text = { d->text_x0, d->text_y0, d->text_x1, d->text_y1 };
      Box line = { d->line_x0, d->line_y0, d->line_x1, d->line_y1 };

      if (!g_str_has_prefix (d->name, "detail/"))
        continue;
      n_detail++;
      g_assert_cmpfloat (d->x0, >=, 10);
      g_assert_cmpfloat (d->x1, <=, w - 10);
      g_assert_cmpfloat (d->y1, <=, h - 10);
      for (guint b = 0; b < stencil_scene_get_n_dimensions (page); b++)
        {
          const StencilDimension *e = stencil_scene_get_dimension (page, b);
          Box all2 = { e->x0, e->y0, e->x1, e->y1 };
          Box text2 = { e->text_x0, e->text_y0, e->text_x1, e->text_y1 };
          Box line2 = { e->line_x0, e->line_y0, e->line_x1, e->line_y1 };

          if (b == a)
            continue;
          if (!g_str_has_prefix (e->name, "detail/"))
            {
              Box all = { d->x0, d->y0, d->x1, d->y1 };

              if (overlap (&all, &all2))
                g_error ("%s: %s overlaps the main view's %s", part, d->name, e->name);
              continue;
            }
          if (overlap (&text, &text2) || overlap (&text, &line2) || overlap (&line, &line2))
            g_error ("%s: detail dimensions %s and %s overlap", part, d->name, e->name);
        }
    }
  g_assert_cmpuint (n_detail, >=, 7);
}

/* The heading and the letter of the mark (above the detail's frame at fy0); everything on the
 * paper; no text on another one. */
static void
assert_detail_texts (StencilScene *page,
                     const char   *part,
                     double        detail_scale,
                     double        fy0)
{
  double w = stencil_scene_get_width_mm (page);
  double h = stencil_scene_get_height_mm (page);
  g_autofree char *number = g_strdup_printf ("%g", detail_scale);
  g_autofree char *heading = g_strdup_printf ("Detail A (scale %s:1)", number);
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  gboolean seen_heading = FALSE, seen_letter = FALSE;

  for (guint k = 0; k < stencil_scene_get_n_primitives (page); k++)
    {
      const StencilPrimitive *p = stencil_scene_get_primitive (page, k);
      double x0, y0, x1, y1;

      stencil_primitive_get_bounds (p, &x0, &y0, &x1, &y1);
      g_assert_cmpfloat (x0, >=, 9.5);
      g_assert_cmpfloat (y0, >=, 9.5);
      g_assert_cmpfloat (x1, <=, w - 9.5);
      g_assert_cmpfloat (y1, <=, h - 9.5);
      if (p->kind != STENCIL_PRIMITIVE_TEXT)
        continue;
      g_assert_cmpfloat (p->size_mm, >=, 1.5);
      g_ptr_array_add (texts, (gpointer) p);
      seen_heading |= g_strcmp0 (p->text, heading) == 0;
      /* The letter is in the main view, above the detail's frame. */
      if (g_strcmp0 (p->text, "A") == 0)
        {
          seen_letter = TRUE;
          g_assert_cmpfloat (y1, <, fy0);
        }
    }
  g_assert_true (seen_heading);
  g_assert_true (seen_letter);
  assert_texts_apart (texts, part);
}

/* Detail A: on portrait pages of the long parts, the pin-1 corner enlarged at a nice scale at
 * least twice the main view's, with the pitch, land and aperture sizes of the pattern, nothing
 * of it on another text or dimension; none on landscape pages and for the small parts. */
static void
test_detail (void)
{
  const double nice[] = { 50, 40, 30, 25, 20 };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    for (guint paper = 0; paper < 2; paper++)
      for (guint landscape = 0; landscape < 2; landscape++)
        {
          g_autoptr(StencilResult) result = test_util_calculate_at (catalog, parts[i], 127);
          g_autoptr(GDateTime) date = g_date_time_new_utc (2024, 3, 5, 12, 0, 0);
          g_autoptr(StencilScene) page = NULL;
          const StencilPattern *pattern = result->pattern;
          StencilDrawingOptions options;
          gboolean long_part = pattern->part->contacts >= 60;
          gboolean nice_scale = FALSE;
          double scale, detail_scale, fx0, fy0, fx1, fy1, w;

          stencil_drawing_options_init (&options);
          options.paper = paper == 0 ? STENCIL_PAPER_A4 : STENCIL_PAPER_LETTER;
          options.landscape = landscape;
          page = stencil_scene_new_page (result, &options, date);
          scale = stencil_scene_get_scale (page);
          detail_scale = stencil_scene_get_detail_scale (page);
          w = stencil_scene_get_width_mm (page);
          g_test_message ("%s paper %u landscape %u: scale %g, detail %g", parts[i], paper,
                          landscape, scale, detail_scale);

          /* Where it is expected: the long parts on portrait paper; the short ones are drawn
           * large enough, and landscape has no room below the view. */
          if (long_part && !landscape)
            g_assert_cmpfloat (detail_scale, >, 0);
          if (landscape || pattern->part->contacts <= 24)
            {
              g_assert_cmpfloat (detail_scale, ==, 0);
              g_assert_false (stencil_scene_get_detail_frame (page, NULL, NULL, NULL, NULL));
              g_assert_null (stencil_scene_find_dimension (page, "detail/pitch"));
              continue;
            }
          if (detail_scale == 0)
            continue;

          for (guint k = 0; k < G_N_ELEMENTS (nice); k++)
            nice_scale |= detail_scale == nice[k];
          g_assert_true (nice_scale);
          g_assert_cmpfloat (detail_scale, >=, 2 * scale);
          g_assert_true (stencil_scene_get_detail_frame (page, &fx0, &fy0, &fx1, &fy1));
          g_assert_cmpfloat (fx0, >=, 14);
          g_assert_cmpfloat (fx1, <=, w - 14);
          g_assert_cmpfloat (fx1 - fx0, >, 20);

          assert_detail_values (page, result, detail_scale);
          assert_detail_dimensions_apart (page, parts[i]);
          assert_detail_texts (page, parts[i], detail_scale, fy0);
        }
}

/* On a screen: the part view fitted to an area shows whole and centred, with its values at the
 * pixel size asked for (or at the most the layout allows, 1.2 times the view's own text size),
 * none touching another; the same area always gives the same view. */
static void
test_fitted (void)
{
  const double areas[][3] = { { 13, 800, 500 }, { 16, 1600, 1000 }, { 13, 300, 200 },
                              { 20, 640, 900 } };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    for (guint k = 0; k < G_N_ELEMENTS (areas); k++)
      {
        g_autoptr(StencilResult) result = test_util_calculate_at (catalog, parts[i], 127);
        double text_px = areas[k][0], w = areas[k][1], h = areas[k][2];
        double own_mm = stencil_scene_part_view_text_size (result);
        StencilViewport view, again, refit;
        double text_mm, text_mm_again, x0, y0, x1, y1, wanted_px;
        g_autoptr(StencilScene) scene =
          stencil_scene_new_part_view_fitted (result, text_px, w, h, &view, &text_mm);
        g_autoptr(StencilScene) scene_again =
          stencil_scene_new_part_view_fitted (result, text_px, w, h, &again, &text_mm_again);
        guint n_values = 0;

        g_test_message ("%s in %g x %g px at %g px: %.2f px/mm, text %.4f mm", parts[i], w, h,
                        text_px, view.scale, text_mm);
        g_assert_cmpfloat (view.scale, >=, STENCIL_VIEWPORT_SCALE_MIN);
        g_assert_cmpfloat (view.scale, <=, STENCIL_VIEWPORT_SCALE_MAX);

        /* Whole and centred: the viewport is the fit of the scene returned. */
        stencil_scene_get_extents (scene, &x0, &y0, &x1, &y1);
        g_assert_cmpfloat ((x1 - x0) * view.scale, <=, w);
        g_assert_cmpfloat ((y1 - y0) * view.scale, <=, h);
        g_assert_cmpfloat_with_epsilon (view.centre_x_mm, (x0 + x1) / 2, 1e-9);
        g_assert_cmpfloat_with_epsilon (view.centre_y_mm, (y0 + y1) / 2, 1e-9);
        stencil_viewport_fit (scene, w, h, &refit);
        g_assert_cmpfloat (refit.scale, ==, view.scale);

        /* The text the zoom wants, at least; the asked size bounded by the layout's limit. */
        g_assert_cmpfloat (text_mm, >=,
                           stencil_scene_part_view_text_for_scale (result, text_px, view.scale));
        g_assert_cmpfloat (text_mm, <=, 1.2 * own_mm * 1.005 + 1e-12);
        wanted_px = MIN (text_px, 1.2 * own_mm * view.scale);
        for (guint n = 0; n < stencil_scene_get_n_primitives (scene); n++)
          {
            const StencilPrimitive *p = stencil_scene_get_primitive (scene, n);

            if (p->kind != STENCIL_PRIMITIVE_TEXT || p->layer != STENCIL_LAYER_DIMENSIONS)
              continue;
            n_values++;
            g_assert_cmpfloat (p->size_mm * view.scale, >=, 0.999 * wanted_px);
          }
        g_assert_cmpuint (n_values, ==, stencil_scene_get_n_dimensions (scene));
        for (guint a = 0; a < stencil_scene_get_n_dimensions (scene); a++)
          for (guint b = 0; b < stencil_scene_get_n_dimensions (scene); b++)
            {
              const StencilDimension *d = stencil_scene_get_dimension (scene, a);
              const StencilDimension *e = stencil_scene_get_dimension (scene, b);
              Box text = { d->text_x0, d->text_y0, d->text_x1, d->text_y1 };
              Box text2 = { e->text_x0, e->text_y0, e->text_x1, e->text_y1 };
              Box line2 = { e->line_x0, e->line_y0, e->line_x1, e->line_y1 };

              if (a != b && (overlap (&text, &text2) || overlap (&text, &line2)))
                g_error ("%s: the values of %s and %s touch", parts[i], d->name, e->name);
            }

        /* One area, one view. */
        g_assert_cmpfloat (again.scale, ==, view.scale);
        g_assert_cmpfloat (again.centre_x_mm, ==, view.centre_x_mm);
        g_assert_cmpfloat (again.centre_y_mm, ==, view.centre_y_mm);
        g_assert_cmpfloat (text_mm_again, ==, text_mm);
        g_assert_cmpuint (stencil_scene_get_n_primitives (scene_again), ==,
                          stencil_scene_get_n_primitives (scene));
      }
}

/* The text size for a zoom: the pixels asked for, up to 1.2 times the view's own size. */
static void
test_text_for_scale (void)
{
  g_autoptr(StencilResult) result = test_util_calculate_at (catalog, "AXK7L40223G", 127);
  double own_mm = stencil_scene_part_view_text_size (result);

  g_assert_cmpfloat_with_epsilon (stencil_scene_part_view_text_for_scale (result, 13, 100),
                                  0.13, 1e-12);
  g_assert_cmpfloat_with_epsilon (stencil_scene_part_view_text_for_scale (result, 13, 2),
                                  1.2 * own_mm, 1e-12);
  g_assert_cmpfloat (stencil_scene_part_view_text_for_scale (result, 13, 0), ==, 1.2 * own_mm);
}

static void
test_render (void)
{
  g_autoptr(StencilResult) result = test_util_calculate_at (catalog, "AXK7L80223G", 127);
  g_autoptr(StencilScene) scene = stencil_scene_new_part_view (result);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1200, 400);
  cairo_t *cr = cairo_create (surface);
  StencilRenderOptions options;
  double x0, y0, x1, y1, k;
  gint64 start, elapsed;
  const int rounds = 200;
  guint32 light_pixel, dark_pixel;
  int stride;
  guchar *data;

  stencil_render_options_init (&options);
  g_assert_cmpuint (options.layers, ==, STENCIL_LAYER_ALL);
  g_assert_false (options.dark);

  stencil_scene_get_extents (scene, &x0, &y0, &x1, &y1);
  k = MIN (1200 / (x1 - x0), 400 / (y1 - y0));
  cairo_scale (cr, k, k);
  cairo_translate (cr, -x0, -y0);

  start = g_get_monotonic_time ();
  for (int i = 0; i < rounds; i++)
    {
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      stencil_render_cairo (cr, scene, &options);
    }
  cairo_surface_flush (surface);
  elapsed = g_get_monotonic_time () - start;
  g_test_message ("80-contact part view: %.3f ms per redraw", elapsed / 1000.0 / rounds);
  /* Well under a 60 Hz frame even on a slow CI machine. */
  g_assert_cmpfloat (elapsed / 1000.0 / rounds, <, 8.0);

  /* Pin 1's aperture, light and dark palettes: not the same colour. */
  {
    const StencilPad *pad = stencil_pattern_get_pad (result->pattern, 0);
    double px = pad->x_mm, py = -pad->y_mm;

    cairo_user_to_device (cr, &px, &py);
    data = cairo_image_surface_get_data (surface);
    stride = cairo_image_surface_get_stride (surface);
    light_pixel = *(guint32 *) (data + (int) py * stride + 4 * (int) px) & 0xffffff;
    g_assert_cmphex (light_pixel, !=, 0xffffff);

    options.dark = TRUE;
    cairo_set_source_rgb (cr, 0, 0, 0);
    cairo_paint (cr);
    stencil_render_cairo (cr, scene, &options);
    cairo_surface_flush (surface);
    dark_pixel = *(guint32 *) (data + (int) py * stride + 4 * (int) px) & 0xffffff;
    g_assert_cmphex (dark_pixel, !=, light_pixel);

    /* Layers off: only the background remains there. */
    options.layers = STENCIL_LAYER_DIMENSIONS;
    cairo_set_source_rgb (cr, 0, 0, 0);
    cairo_paint (cr);
    stencil_render_cairo (cr, scene, &options);
    cairo_surface_flush (surface);
    g_assert_cmphex (*(guint32 *) (data + (int) py * stride + 4 * (int) px) & 0xffffff, ==, 0);
  }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_refcount (void)
{
  g_autoptr(StencilResult) result = test_util_calculate_at (catalog, "AXK8L10124BG", 127);
  StencilScene *scene = stencil_scene_new_part_view (result);

  g_assert_true (stencil_scene_ref (scene) == scene);
  stencil_scene_unref (scene);
  g_assert_true (G_TYPE_IS_BOXED (STENCIL_TYPE_SCENE));
  stencil_scene_unref (scene);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  catalog = test_util_load_catalog ();

  g_test_add_func ("/scene/dimension-values", test_dimension_values);
  g_test_add_func ("/scene/format", test_format);
  g_test_add_func ("/scene/no-overlap", test_no_overlap);
  g_test_add_func ("/scene/layers", test_layers);
  g_test_add_func ("/scene/text-width", test_text_width);
  g_test_add_func ("/scene/page", test_page);
  g_test_add_func ("/scene/page-languages", test_page_languages);
  g_test_add_func ("/scene/detail", test_detail);
  g_test_add_func ("/scene/fitted", test_fitted);
  g_test_add_func ("/scene/text-for-scale", test_text_for_scale);
  g_test_add_func ("/scene/render", test_render);
  g_test_add_func ("/scene/refcount", test_refcount);

  ret = g_test_run ();
  g_object_unref (catalog);
  return ret;
}
