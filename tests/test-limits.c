/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The one source of every value range: the limits table and its checks, the engine checks that
 * use it, and the land pattern file's field table. */
#include "config.h"

#include <math.h>

#include "stencil-drawing.h"
#include "stencil-gerber.h"
#include "stencil-land-file.h"
#include "stencil-limits.h"
#include "test-util.h"

static void
test_table (void)
{
  static const struct
  {
    StencilLimitId id;
    double min, max, default_value;
    const char *unit;
  } cases[] = {
    { STENCIL_LIMIT_THICKNESS, 10, 1000, 127, "µm" },
    { STENCIL_LIMIT_GRID, 1, 10, 5, "µm" },
    { STENCIL_LIMIT_CORNER_RADIUS, 0, 25, 0, "mm" },
    { STENCIL_LIMIT_DPI, 36, 600, 150, "dpi" },
    { STENCIL_LIMIT_ARRAY_COUNT, 1, 1000, 1, "" },
    { STENCIL_LIMIT_ARRAY_COPIES, 1, 100000, 1, "" },
    { STENCIL_LIMIT_PLACEMENT, -9999, 9999, 0, "mm" },
    { STENCIL_LIMIT_LAND_LENGTH, -100, 100, 0, "mm" },
    { STENCIL_LIMIT_WEB, 0, 1, 0.1, "mm" },
  };

  g_assert_cmpuint (G_N_ELEMENTS (cases), ==, STENCIL_N_LIMITS);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const StencilLimit *limit = stencil_limit_get (cases[i].id);
      const double outside[] = { cases[i].min - 0.5, cases[i].max + 0.5, NAN, INFINITY,
                                 -INFINITY };

      g_assert_nonnull (limit);
      g_assert_nonnull (limit->key);
      g_assert_cmpfloat (limit->min, ==, cases[i].min);
      g_assert_cmpfloat (limit->max, ==, cases[i].max);
      g_assert_cmpfloat (limit->default_value, ==, cases[i].default_value);
      g_assert_cmpstr (limit->unit, ==, cases[i].unit);
      /* Both ends belong to the range, and the default is in it. */
      g_assert_true (stencil_limit_contains (cases[i].id, limit->min));
      g_assert_true (stencil_limit_contains (cases[i].id, limit->max));
      g_assert_true (stencil_limit_check (cases[i].id, limit->default_value, NULL));
      for (guint j = 0; j < G_N_ELEMENTS (outside); j++)
        {
          g_autoptr(GError) error = NULL;
          g_autofree char *max = g_strdup_printf ("%g", limit->max);

          g_assert_false (stencil_limit_contains (cases[i].id, outside[j]));
          g_assert_false (stencil_limit_check (cases[i].id, outside[j], &error));
          g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT);
          /* The message says the range. */
          g_assert_nonnull (strstr (error->message, max));
        }
    }
  /* Counts are whole. */
  g_assert_false (stencil_limit_contains (STENCIL_LIMIT_ARRAY_COUNT, 2.5));
  g_assert_true (stencil_limit_contains (STENCIL_LIMIT_ARRAY_COUNT, 2));
  g_assert_true (stencil_limit_contains (STENCIL_LIMIT_THICKNESS, 127.5));
}

/* The engine's own checks refuse what the table refuses, with the table's message. */
static void
test_engine_checks (void)
{
  StencilCalcParams params;
  StencilDrawingOptions drawing;
  StencilGerberOptions gerber;
  g_autoptr(StencilCatalog) catalog = test_util_load_catalog ();
  g_autoptr(StencilResult) result = test_util_calculate_at (catalog, "AXK7L20223G", 127);
  const StencilLimit *thickness = stencil_limit_get (STENCIL_LIMIT_THICKNESS);

  stencil_calc_params_init (&params);
  g_assert_cmpfloat (params.thickness_um, ==, thickness->default_value);
  g_assert_cmpfloat (params.grid_um, ==, stencil_limit_get (STENCIL_LIMIT_GRID)->default_value);
  g_assert_true (stencil_calc_params_validate (&params, NULL));
  {
    const struct { double *value; StencilLimitId id; } values[] = {
      { &params.thickness_um, STENCIL_LIMIT_THICKNESS },
      { &params.grid_um, STENCIL_LIMIT_GRID },
      { &params.corner_radius_mm, STENCIL_LIMIT_CORNER_RADIUS },
      { &params.web_limit_mm, STENCIL_LIMIT_WEB },
    };

    for (guint i = 0; i < G_N_ELEMENTS (values); i++)
      {
        const StencilLimit *limit = stencil_limit_get (values[i].id);
        double saved = *values[i].value;
        g_autoptr(GError) mine = NULL;
        g_autoptr(GError) table = NULL;

        *values[i].value = limit->max;
        g_assert_true (stencil_calc_params_validate (&params, NULL));
        *values[i].value = limit->max + 0.001;
        g_assert_false (stencil_calc_params_validate (&params, &mine));
        g_assert_false (stencil_limit_check (values[i].id, *values[i].value, &table));
        g_assert_cmpstr (mine->message, ==, table->message);
        *values[i].value = saved;
      }
  }

  stencil_drawing_options_init (&drawing);
  g_assert_cmpfloat (drawing.dpi, ==, stencil_limit_get (STENCIL_LIMIT_DPI)->default_value);
  drawing.dpi = stencil_limit_get (STENCIL_LIMIT_DPI)->max + 1;
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) png = stencil_drawing_generate_png (&result, 1, &drawing, &error);
    g_autoptr(GError) table = NULL;

    g_assert_null (png);
    g_assert_false (stencil_limit_check (STENCIL_LIMIT_DPI, drawing.dpi, &table));
    g_assert_cmpstr (error->message, ==, table->message);
  }

  stencil_gerber_options_init (&gerber);
  gerber.cols = STENCIL_ARRAY_MAX;
  gerber.rows = STENCIL_ARRAY_MAX_COPIES / STENCIL_ARRAY_MAX;
  gerber.step_x_mm = gerber.step_y_mm = 1;
  g_assert_true (stencil_gerber_options_validate (&gerber, NULL));
  gerber.rows++;
  g_assert_false (stencil_gerber_options_validate (&gerber, NULL));
  gerber.rows = 1;
  gerber.cols = STENCIL_ARRAY_MAX + 1;
  g_assert_false (stencil_gerber_options_validate (&gerber, NULL));
  gerber.cols = 1;
  gerber.at_x_mm = stencil_limit_get (STENCIL_LIMIT_PLACEMENT)->max;
  g_assert_true (stencil_gerber_options_validate (&gerber, NULL));
  gerber.at_x_mm = -gerber.at_x_mm - 0.5;
  g_assert_false (stencil_gerber_options_validate (&gerber, NULL));
}

/* Every number of StencilLandSpec is one field, once, reachable by its path. */
static void
test_land_fields (void)
{
  guint n = 0;
  const StencilLandField *fields = stencil_land_get_fields (&n);
  /* The doubles of the spec: everything after the provisional flag. */
  guint n_doubles = (sizeof (StencilLandSpec) - G_STRUCT_OFFSET (StencilLandSpec, terminal_w_mm))
                    / sizeof (double);
  StencilLandSpec spec = { 0, };

  g_assert_cmpuint (n, ==, 9);
  g_assert_cmpuint (n, ==, n_doubles);
  for (guint i = 0; i < n; i++)
    {
      const StencilLandField *f = &fields[i];
      g_autofree char *path = g_strconcat (stencil_land_group_to_string (f->group), ".",
                                           f->member, NULL);

      g_assert_cmpstr (f->path, ==, path);
      g_assert_true (stencil_land_find_field (f->path) == f);
      g_assert_cmpstr (f->unit, ==, "mm");
      g_assert_cmpfloat (f->max, ==, STENCIL_LAND_MAX_MM);
      g_assert_nonnull (stencil_land_field_label (f));
      g_assert_nonnull (stencil_land_field_description (f));
      for (guint j = 0; j < i; j++)
        g_assert_cmpuint (fields[j].offset, !=, f->offset);
      /* Groups come in the order of the file. */
      g_assert_true (i == 0 || fields[i - 1].group <= f->group);

      stencil_land_field_set (f, &spec, i + 1.5);
      g_assert_cmpfloat (stencil_land_field_get (f, &spec), ==, i + 1.5);

      g_assert_true (stencil_land_field_contains (f, f->max));
      g_assert_false (stencil_land_field_contains (f, f->max + 0.001));
      g_assert_false (stencil_land_field_contains (f, NAN));
      switch (f->range)
        {
        case STENCIL_LAND_RANGE_SIZE:
          g_assert_false (stencil_land_field_contains (f, 0));
          g_assert_true (stencil_land_field_contains (f, 0.001));
          break;
        case STENCIL_LAND_RANGE_DISTANCE:
          g_assert_true (stencil_land_field_contains (f, 0));
          g_assert_false (stencil_land_field_contains (f, -0.001));
          break;
        case STENCIL_LAND_RANGE_POSITION:
        default:
          g_assert_true (stencil_land_field_contains (f, -f->max));
          g_assert_false (stencil_land_field_contains (f, -f->max - 0.001));
          break;
        }
    }
  g_assert_cmpfloat (spec.terminal_w_mm, ==, 1.5);
  g_assert_cmpfloat (spec.body_h_mm, ==, 9.5);
  g_assert_null (stencil_land_find_field ("terminal.x_mm"));
  g_assert_null (stencil_land_find_field (NULL));
}

/* The file reader takes exactly what the field table takes. */
static void
test_land_reader (void)
{
  guint n = 0;
  const StencilLandField *fields = stencil_land_get_fields (&n);

  for (guint i = 0; i < n; i++)
    {
      const double edge[] = { fields[i].max, fields[i].max + 0.5 };

      for (guint e = 0; e < G_N_ELEMENTS (edge); e++)
        {
          g_autoptr(GString) json = g_string_new ("{ \"format\": 1, \"part\": \"AXK7L20223G\"");
          g_autoptr(StencilLandFile) file = NULL;
          g_autoptr(GError) error = NULL;

          for (guint g = 0; g < STENCIL_N_LAND_GROUPS; g++)
            {
              const char *sep = "";

              g_string_append_printf (json, ", \"%s\": {",
                                      stencil_land_group_to_string ((StencilLandGroup) g));
              for (guint j = 0; j < n; j++)
                if (fields[j].group == (StencilLandGroup) g)
                  {
                    char value[G_ASCII_DTOSTR_BUF_SIZE];

                    g_ascii_dtostr (value, sizeof value, j == i ? edge[e] : 1.0);
                    g_string_append_printf (json, "%s \"%s\": %s", sep, fields[j].member, value);
                    sep = ",";
                  }
              g_string_append (json, " }");
            }
          g_string_append (json, " }");

          file = stencil_land_file_parse (json->str, -1, "t.json", &error);
          if (e == 0)
            {
              g_assert_no_error (error);
              g_assert_cmpfloat (stencil_land_field_get (&fields[i], &file->spec), ==, edge[e]);
            }
          else
            {
              g_assert_null (file);
              g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT);
              g_assert_nonnull (strstr (error->message, fields[i].path));
            }
        }
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/limits/table", test_table);
  g_test_add_func ("/limits/engine-checks", test_engine_checks);
  g_test_add_func ("/limits/land-fields", test_land_fields);
  g_test_add_func ("/limits/land-reader", test_land_reader);

  return g_test_run ();
}
