/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The sweep as a scene: the curves, thresholds, bands, datasheet points and markers sit where
 * the sweep's numbers put them, every label is there and inside, and a click maps back. */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "stencil-sheet.h"
#include "stencil-sweep-view.h"
#include "test-util.h"

static StencilCatalog *catalog;

typedef struct
{
  StencilSweep     *sweep;
  StencilScene     *scene;
  StencilSweepFrame frame;
} View;

static void
view_clear (View *view)
{
  g_clear_pointer (&view->sweep, stencil_sweep_unref);
  g_clear_pointer (&view->scene, stencil_scene_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (View, view_clear)

static void
make_view (View                          *view,
           StencilPattern                *pattern,
           double                         thickness_um,
           const StencilSweepViewOptions *options)
{
  g_autoptr(GError) error = NULL;
  StencilCalcParams params;

  stencil_calc_params_init (&params);
  params.thickness_um = thickness_um;
  view->sweep = stencil_sweep_new (pattern, &params, NULL, &error);
  g_assert_no_error (error);
  view->scene = stencil_sweep_view_new (view->sweep, options, &view->frame);
  g_assert_nonnull (view->scene);
}

static StencilPattern *
family_pattern (const char *part_number)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilPart) part = stencil_catalog_find_part (catalog, part_number, &error);
  StencilPattern *pattern;

  g_assert_no_error (error);
  pattern = stencil_pattern_new (part, NULL, &error);
  g_assert_no_error (error);
  return pattern;
}

static double
x_of (const View *view,
      double      thickness_um)
{
  const StencilSweepFrame *f = &view->frame;

  return f->x0 + (thickness_um - f->from_um) / (f->to_um - f->from_um) * (f->x1 - f->x0);
}

static double
value_at (const View       *view,
          StencilSweepPanel panel,
          double            y)
{
  const double y0 = view->frame.panels[panel].y0, y1 = view->frame.panels[panel].y1;
  const double lo = view->frame.panels[panel].lo, hi = view->frame.panels[panel].hi;

  return lo + (y1 - y) / (y1 - y0) * (hi - lo);
}

static double
y_of (const View       *view,
      StencilSweepPanel panel,
      double            value)
{
  const double y0 = view->frame.panels[panel].y0, y1 = view->frame.panels[panel].y1;
  const double lo = view->frame.panels[panel].lo, hi = view->frame.panels[panel].hi;

  return y1 - (value - lo) / (hi - lo) * (y1 - y0);
}

static gboolean
in_panel (const View       *view,
          StencilSweepPanel panel,
          double            y)
{
  return y >= view->frame.panels[panel].y0 - 1e-9 && y <= view->frame.panels[panel].y1 + 1e-9;
}

static const StencilPrimitive *
find_text (StencilScene *scene,
           const char   *text)
{
  for (guint i = 0; i < stencil_scene_get_n_primitives (scene); i++)
    {
      const StencilPrimitive *p = stencil_scene_get_primitive (scene, i);

      if (p->kind == STENCIL_PRIMITIVE_TEXT && g_strcmp0 (p->text, text) == 0)
        return p;
    }
  return NULL;
}

/* Everything inside the scene; no label on another. */
static void
assert_tidy (StencilScene *scene)
{
  double w = stencil_scene_get_width_mm (scene), h = stencil_scene_get_height_mm (scene);
  guint n = stencil_scene_get_n_primitives (scene);

  for (guint i = 0; i < n; i++)
    {
      const StencilPrimitive *p = stencil_scene_get_primitive (scene, i);
      double x0, y0, x1, y1;

      stencil_primitive_get_bounds (p, &x0, &y0, &x1, &y1);
      g_assert_cmpfloat (x0, >=, -1e-9);
      g_assert_cmpfloat (y0, >=, -1e-9);
      g_assert_cmpfloat (x1, <=, w + 1e-9);
      g_assert_cmpfloat (y1, <=, h + 1e-9);
      if (p->kind != STENCIL_PRIMITIVE_TEXT)
        continue;
      for (guint j = i + 1; j < n; j++)
        {
          const StencilPrimitive *q = stencil_scene_get_primitive (scene, j);
          double a0, b0, a1, b1;

          if (q->kind != STENCIL_PRIMITIVE_TEXT)
            continue;
          stencil_primitive_get_bounds (q, &a0, &b0, &a1, &b1);
          if (x0 < a1 - 1e-6 && a0 < x1 - 1e-6 && y0 < b1 - 1e-6 && b0 < y1 - 1e-6)
            g_error ("“%s” and “%s” overlap", p->text, q->text);
        }
    }
}

static void
test_labels (void)
{
  g_autoptr(StencilPattern) pattern = family_pattern ("AXK7L40223G");
  g_auto(View) view = { 0 };
  const char *expected[] = {
    "Stencil thickness (µm)", "Opening ratio (aperture area / land area)",
    "IPC-7525 area ratio (aperture area / wall area)",
    "IPC-7525 aspect ratio (aperture width / thickness)", "66 %", "53 %", "100 %",
    "max. 124 µm (area ratio)", "127 µm", "Pass", "Fail", "Marginal", "0.66", "0.55", "1.5",
    "80", "200", "Terminal", "Soldering", "target", "achieved", "datasheet",
    "Provisional land pattern: check against the manufacturer's current drawing",
  };
  gboolean title = FALSE, options = FALSE;

  make_view (&view, pattern, 127, NULL);
  g_assert_cmpfloat (view.sweep->max_thickness_um, ==, 124);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (find_text (view.scene, expected[i]) == NULL)
      g_error ("no “%s” in the sweep", expected[i]);
  for (guint i = 0; i < stencil_scene_get_n_primitives (view.scene); i++)
    {
      const char *text = stencil_scene_get_primitive (view.scene, i)->text;

      title |= text != NULL && g_str_has_prefix (text, "Thickness sweep: AXK7L40223G");
      options |= text != NULL && strstr (text, "Best release, grid 5 µm, corner radius 0 mm, "
                                               "minimum web 0.1 mm") != NULL;
    }
  g_assert_true (title);
  g_assert_true (options);
  assert_tidy (view.scene);
}

/* The curves carry the sweep's values: every vertex at a whole step maps back to the number. */
static void
test_curves (void)
{
  g_autoptr(StencilPattern) pattern = family_pattern ("AXK8L40124BG");
  g_auto(View) view = { 0 };
  int terminal;
  guint checked[STENCIL_SWEEP_N_PANELS] = { 0 };

  make_view (&view, pattern, 127, NULL);
  terminal = stencil_sweep_find_class (view.sweep, STENCIL_PAD_CLASS_TERMINAL);
  for (guint i = 0; i < stencil_scene_get_n_primitives (view.scene); i++)
    {
      const StencilPrimitive *p = stencil_scene_get_primitive (view.scene, i);

      if (p->kind != STENCIL_PRIMITIVE_POLYLINE || p->style != STENCIL_STYLE_SERIES_TERMINAL
          || (p->flags & STENCIL_PRIMITIVE_CLOSED))
        continue;
      for (guint k = 0; k < p->n_points; k++)
        {
          double x = p->points[2 * k], y = p->points[2 * k + 1];
          double t = view.frame.from_um + (x - view.frame.x0) / (view.frame.x1 - view.frame.x0)
                     * (view.frame.to_um - view.frame.from_um);
          const StencilSweepValue *v;

          if (fabs (t - round (t)) > 1e-6)
            continue;   /* cut at the panel's edge */
          v = &stencil_sweep_get_point (view.sweep, (guint) round (t) - 80)->classes[terminal];
          for (StencilSweepPanel panel = 0; panel < STENCIL_SWEEP_N_PANELS; panel++)
            if (in_panel (&view, panel, y))
              {
                double expected = panel == STENCIL_SWEEP_PANEL_OPENING ? v->opening_ratio
                                  : panel == STENCIL_SWEEP_PANEL_AREA ? v->area_ratio
                                  : v->aspect_ratio;

                g_assert_cmpfloat_with_epsilon (value_at (&view, panel, y), expected, 1e-9);
                checked[panel]++;
              }
        }
    }
  for (guint panel = 0; panel < STENCIL_SWEEP_N_PANELS; panel++)
    g_assert_cmpuint (checked[panel], >=, 100);
}

static guint
count_lines_at_x (const View  *view,
                  StencilStyle style,
                  gboolean     dashed,
                  double       x)
{
  guint n = 0;

  for (guint i = 0; i < stencil_scene_get_n_primitives (view->scene); i++)
    {
      const StencilPrimitive *p = stencil_scene_get_primitive (view->scene, i);

      if (p->kind == STENCIL_PRIMITIVE_LINE && p->style == style
          && ((p->flags & STENCIL_PRIMITIVE_DASHED) != 0) == dashed
          && fabs (p->x0 - x) < 1e-9 && fabs (p->x1 - x) < 1e-9)
        n++;
    }
  return n;
}

/* Thresholds as dashed lines at 0.66, 0.55 and 1.5; bands of the verdicts between them; the
 * maximum (dashed) and the cursor through all three panels; the datasheet's diamonds. */
static void
test_marks (void)
{
  g_autoptr(StencilPattern) pattern = family_pattern ("AXK7L40223G");
  g_auto(View) view = { 0 };
  StencilSweepViewOptions options;
  guint thresholds = 0, bands = 0, diamonds = 0;

  stencil_sweep_view_options_init (&options);
  options.cursor_um = 150;
  make_view (&view, pattern, 127, &options);
  for (guint i = 0; i < stencil_scene_get_n_primitives (view.scene); i++)
    {
      const StencilPrimitive *p = stencil_scene_get_primitive (view.scene, i);

      if (p->kind == STENCIL_PRIMITIVE_LINE && (p->flags & STENCIL_PRIMITIVE_DASHED)
          && p->y0 == p->y1 && fabs (p->x0 - view.frame.x0) < 1e-9
          && fabs (p->x1 - view.frame.x1) < 1e-9)
        {
          StencilSweepPanel panel = in_panel (&view, STENCIL_SWEEP_PANEL_AREA, p->y0)
                                    ? STENCIL_SWEEP_PANEL_AREA : STENCIL_SWEEP_PANEL_ASPECT;
          double v = value_at (&view, panel, p->y0);

          g_assert_true (in_panel (&view, panel, p->y0));
          g_assert_true (fabs (v - 0.66) < 1e-9 || fabs (v - 0.55) < 1e-9 || fabs (v - 1.5) < 1e-9);
          thresholds++;
        }
      else if (p->kind == STENCIL_PRIMITIVE_RECT && p->style == STENCIL_STYLE_BAND_MARGINAL
               && in_panel (&view, STENCIL_SWEEP_PANEL_AREA, p->y0))
        {
          g_assert_cmpfloat_with_epsilon (p->y0, y_of (&view, STENCIL_SWEEP_PANEL_AREA, 0.66),
                                          1e-9);
          g_assert_cmpfloat_with_epsilon (p->y1, y_of (&view, STENCIL_SWEEP_PANEL_AREA, 0.55),
                                          1e-9);
          bands++;
        }
      else if (p->kind == STENCIL_PRIMITIVE_RECT && p->style == STENCIL_STYLE_BAND_FAIL)
        {
          g_assert_cmpfloat_with_epsilon (p->y0, y_of (&view, STENCIL_SWEEP_PANEL_AREA, 0.55),
                                          1e-9);
          bands++;
        }
      else if (p->kind == STENCIL_PRIMITIVE_POLYLINE && (p->flags & STENCIL_PRIMITIVE_CLOSED)
               && p->style == STENCIL_STYLE_SERIES_TERMINAL)
        {
          /* The diamond's centre: its top and bottom points' middle. */
          double cx = p->points[0], cy = (p->points[1] + p->points[5]) / 2;
          double v = value_at (&view, STENCIL_SWEEP_PANEL_OPENING, cy);

          g_assert_true ((fabs (cx - x_of (&view, 120)) < 1e-9 && fabs (v - 0.66) < 1e-9)
                         || (fabs (cx - x_of (&view, 150)) < 1e-9 && fabs (v - 0.53) < 1e-9));
          diamonds++;
        }
    }
  g_assert_cmpuint (thresholds, ==, 3);
  g_assert_cmpuint (bands, ==, 2);
  g_assert_cmpuint (diamonds, ==, 2);
  g_assert_cmpuint (count_lines_at_x (&view, STENCIL_STYLE_MARK, TRUE, x_of (&view, 124)), ==, 3);
  g_assert_cmpuint (count_lines_at_x (&view, STENCIL_STYLE_CURSOR, FALSE, x_of (&view, 150)), ==,
                    3);
  g_assert_nonnull (find_text (view.scene, "150 µm"));
  assert_tidy (view.scene);
}

static void
test_click (void)
{
  g_autoptr(StencilPattern) pattern = family_pattern ("AXK7L40223G");
  g_auto(View) view = { 0 };
  double mid, t = 0;

  make_view (&view, pattern, 127, NULL);
  mid = (view.frame.y0 + view.frame.y1) / 2;
  g_assert_true (stencil_sweep_frame_thickness_at (&view.frame, x_of (&view, 137.4), mid, &t));
  g_assert_cmpfloat (t, ==, 137);
  g_assert_true (stencil_sweep_frame_thickness_at (&view.frame, view.frame.x1, view.frame.y1,
                                                   &t));
  g_assert_cmpfloat (t, ==, 200);
  g_assert_true (stencil_sweep_frame_thickness_at (&view.frame, view.frame.x0, view.frame.y0,
                                                   &t));
  g_assert_cmpfloat (t, ==, 80);
  g_assert_false (stencil_sweep_frame_thickness_at (&view.frame, view.frame.x0 - 0.1, mid, &t));
  g_assert_false (stencil_sweep_frame_thickness_at (&view.frame, view.frame.x1 + 0.1, mid, &t));
  g_assert_false (stencil_sweep_frame_thickness_at (&view.frame, x_of (&view, 120),
                                                    view.frame.y0 - 0.1, &t));
  g_assert_false (stencil_sweep_frame_thickness_at (&view.frame, NAN, mid, &t));
}

/* Lands with a 0.07 mm web: no recommendation, and the plot says why. */
static void
test_no_recommendation (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilPart) part = stencil_catalog_find_part (catalog, "AXK7L40223G", &error);
  StencilLandSpec spec = { FALSE, 0.33, 0.9, 1.85, 0.5, 2.0, 4.5, 0, 10.4, 4.1 };
  g_autoptr(StencilPattern) pattern = stencil_pattern_new_user (part, &spec, "rev. C", &error);
  g_auto(View) view = { 0 };

  g_assert_no_error (error);
  make_view (&view, pattern, 127, NULL);
  g_assert_cmpfloat (view.sweep->max_thickness_um, ==, 0);
  g_assert_nonnull (find_text (view.scene, "no recommended thickness (web between apertures)"));
  g_assert_nonnull (find_text (view.scene, "Land pattern: user-defined (rev. C)"));
  g_assert_null (find_text (view.scene,
                            "Provisional land pattern: check against the manufacturer's current "
                            "drawing"));
  for (guint i = 0; i < stencil_scene_get_n_primitives (view.scene); i++)
    g_assert_cmpint (stencil_scene_get_primitive (view.scene, i)->style, !=, STENCIL_STYLE_MARK);
  assert_tidy (view.scene);
}

/* A window's sizes (pixels as mm, 12 px text) down to a cramped one: text shrinks, nothing
 * leaves the scene. */
static void
test_sizes (void)
{
  g_autoptr(StencilPattern) pattern = family_pattern ("AXK7L80223G");
  const double sizes[][3] = { { 400, 300, 12 }, { 1200, 500, 14 }, { 120, 80, 12 },
                              { 297, 210, 3 }, { 182, 222, 2.6 }, { 300, 420, 12 },
                              { 280, 360, 12 }, { 440, 560, 12 } };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_auto(View) view = { 0 };
      StencilSweepViewOptions options;

      stencil_sweep_view_options_init (&options);
      options.width_mm = sizes[i][0];
      options.height_mm = sizes[i][1];
      options.text_mm = sizes[i][2];
      /* 127 um: the cursor's label right beside the maximum's (124 um). */
      make_view (&view, pattern, 127, &options);
      g_assert_cmpfloat (stencil_scene_get_width_mm (view.scene), ==, sizes[i][0]);
      g_assert_cmpfloat (view.frame.x1 - view.frame.x0, >, sizes[i][0] / 2);
      g_assert_cmpfloat (view.frame.y1 - view.frame.y0, >, sizes[i][1] / 3);
      assert_tidy (view.scene);
    }
}

/* The sweep sheet on every paper: the plot inside the frame above the title block, no label on
 * another. */
static void
test_sheet (void)
{
  g_autoptr(StencilPattern) pattern = family_pattern ("AXK8L80124BG");
  g_auto(View) view = { 0 };

  make_view (&view, pattern, 127, NULL);
  for (guint paper = 0; paper < 2; paper++)
    for (guint landscape = 0; landscape < 2; landscape++)
      {
        g_autoptr(StencilResult) result = NULL;
        g_autoptr(StencilScene) sheet = NULL;
        g_autoptr(GError) error = NULL;
        StencilDrawingOptions options;

        stencil_drawing_options_init (&options);
        options.paper = paper == 0 ? STENCIL_PAPER_A4 : STENCIL_PAPER_LETTER;
        options.landscape = landscape;
        result = stencil_calculate (pattern, &view.sweep->params, &error);
        g_assert_no_error (error);
        sheet = stencil_scene_new_sweep_sheet (result, view.sweep, &options, NULL, 2, 2);
        g_assert_nonnull (find_text (sheet, "Thickness sweep"));
        g_assert_nonnull (find_text (sheet, "Stencil thickness (µm)"));
        assert_tidy (sheet);
      }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  catalog = test_util_load_catalog ();

  g_test_add_func ("/sweep-view/labels", test_labels);
  g_test_add_func ("/sweep-view/curves", test_curves);
  g_test_add_func ("/sweep-view/marks", test_marks);
  g_test_add_func ("/sweep-view/click", test_click);
  g_test_add_func ("/sweep-view/no-recommendation", test_no_recommendation);
  g_test_add_func ("/sweep-view/sizes", test_sizes);
  g_test_add_func ("/sweep-view/sheet", test_sheet);

  status = g_test_run ();
  g_object_unref (catalog);
  return status;
}
