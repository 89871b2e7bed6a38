/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "stencil-pattern.h"
#include "test-util.h"

/* The datasheet's dimension tables, copied row by row from the catalogue text (mm). The data
 * file must hold exactly these values; the formulas of f4-series.md are checked as well. */
static const StencilDimensionRow socket_table[] = {
  { 10, 4.4, 1.6, 3.0 }, { 12, 4.8, 2.0, 3.4 }, { 14, 5.2, 2.4, 3.8 }, { 16, 5.6, 2.8, 4.2 },
  { 20, 6.4, 3.6, 5.0 }, { 22, 6.8, 4.0, 5.4 }, { 24, 7.2, 4.4, 5.8 }, { 26, 7.6, 4.8, 6.2 },
  { 28, 8.0, 5.2, 6.6 }, { 30, 8.4, 5.6, 7.0 }, { 32, 8.8, 6.0, 7.4 }, { 34, 9.2, 6.4, 7.8 },
  { 36, 9.6, 6.8, 8.2 }, { 38, 10.0, 7.2, 8.6 }, { 40, 10.4, 7.6, 9.0 }, { 44, 11.2, 8.4, 9.8 },
  { 48, 12.0, 9.2, 10.6 }, { 50, 12.4, 9.6, 11.0 }, { 54, 13.2, 10.4, 11.8 },
  { 60, 14.4, 11.6, 13.0 }, { 66, 15.6, 12.8, 14.2 }, { 70, 16.4, 13.6, 15.0 },
  { 80, 18.4, 15.6, 17.0 },
};

static const StencilDimensionRow header_table[] = {
  { 10, 4.0, 3.74, 1.6 }, { 12, 4.4, 4.14, 2.0 }, { 14, 4.8, 4.54, 2.4 }, { 16, 5.2, 4.94, 2.8 },
  { 20, 6.0, 5.74, 3.6 }, { 22, 6.4, 6.14, 4.0 }, { 24, 6.8, 6.54, 4.4 }, { 26, 7.2, 6.94, 4.8 },
  { 28, 7.6, 7.34, 5.2 }, { 30, 8.0, 7.74, 5.6 }, { 32, 8.4, 8.14, 6.0 }, { 34, 8.8, 8.54, 6.4 },
  { 36, 9.2, 8.94, 6.8 }, { 38, 9.6, 9.34, 7.2 }, { 40, 10.0, 9.74, 7.6 },
  { 44, 10.8, 10.54, 8.4 }, { 48, 11.6, 11.34, 9.2 }, { 50, 12.0, 11.74, 9.6 },
  { 54, 12.8, 12.54, 10.4 }, { 60, 14.0, 13.74, 11.6 }, { 66, 15.2, 14.94, 12.8 },
  { 70, 16.0, 15.74, 13.6 }, { 80, 18.0, 17.74, 15.6 },
};

static StencilFamily *
get_f4 (StencilCatalog *catalog)
{
  StencilFamily *family = stencil_catalog_get_family (catalog, "F4");

  g_assert_nonnull (family);
  return family;
}

static void
test_family_basics (void)
{
  g_autoptr(StencilCatalog) catalog = test_util_load_catalog ();
  StencilFamily *family = get_f4 (catalog);
  static const guint counts[] = { 10, 12, 14, 16, 20, 22, 24, 26, 28, 30, 32, 34, 36, 38, 40,
                                  44, 48, 50, 54, 60, 66, 70, 80 };
  const guint *contacts;
  guint n;

  g_assert_cmpstr (stencil_family_get_maker (family), ==, "Panasonic");
  g_assert_cmpfloat_with_epsilon (stencil_family_get_pitch_mm (family), 0.4, 1e-12);
  contacts = stencil_family_get_contacts (family, &n);
  g_assert_cmpmem (contacts, n * sizeof (guint), counts, sizeof counts);
  g_assert_false (stencil_family_has_contacts (family, 18));
  g_assert_cmpuint (stencil_catalog_get_warnings (catalog)->len, ==, 0);
}

static void
check_table (StencilFamily             *family,
             StencilPartKind            kind,
             const StencilDimensionRow *table,
             guint                      n_rows)
{
  guint n_contacts;

  stencil_family_get_contacts (family, &n_contacts);
  g_assert_cmpuint (n_rows, ==, n_contacts);
  for (guint i = 0; i < n_rows; i++)
    {
      const StencilDimensionRow *row = stencil_family_get_dimensions (family, kind,
                                                                      table[i].contacts);
      double m = table[i].contacts / 2;

      g_assert_nonnull (row);
      g_assert_cmpfloat_with_epsilon (row->a_mm, table[i].a_mm, 1e-9);
      g_assert_cmpfloat_with_epsilon (row->b_mm, table[i].b_mm, 1e-9);
      g_assert_cmpfloat_with_epsilon (row->c_mm, table[i].c_mm, 1e-9);

      /* The formulas of f4-series.md hold for every row. */
      if (kind == STENCIL_PART_KIND_SOCKET)
        {
          g_assert_cmpfloat_with_epsilon (row->b_mm, (m - 1) * 0.4, 1e-9);
          g_assert_cmpfloat_with_epsilon (row->c_mm, row->b_mm + 1.4, 1e-9);
          g_assert_cmpfloat_with_epsilon (row->a_mm, row->b_mm + 2.8, 1e-9);
        }
      else
        {
          g_assert_cmpfloat_with_epsilon (row->c_mm, (m - 1) * 0.4, 1e-9);
          g_assert_cmpfloat_with_epsilon (row->a_mm, row->c_mm + 2.4, 1e-9);
          g_assert_cmpfloat_with_epsilon (row->b_mm, row->a_mm - 0.26, 1e-9);
        }
    }
}

static void
test_family_dimension_tables (void)
{
  g_autoptr(StencilCatalog) catalog = test_util_load_catalog ();
  StencilFamily *family = get_f4 (catalog);

  check_table (family, STENCIL_PART_KIND_SOCKET, socket_table, G_N_ELEMENTS (socket_table));
  check_table (family, STENCIL_PART_KIND_HEADER, header_table, G_N_ELEMENTS (header_table));
  g_assert_cmpstr (stencil_family_get_row_span_name (family, STENCIL_PART_KIND_SOCKET), ==, "B");
  g_assert_cmpstr (stencil_family_get_row_span_name (family, STENCIL_PART_KIND_HEADER), ==, "C");
}

static void
test_family_ratio_points (void)
{
  g_autoptr(StencilCatalog) catalog = test_util_load_catalog ();
  StencilFamily *family = get_f4 (catalog);
  /* The datasheet's table: (kind, class) -> ratio at 120 um, at 150 um. */
  static const struct { StencilPartKind kind; StencilPadClass cls; double r120, r150; } rows[] = {
    { STENCIL_PART_KIND_SOCKET, STENCIL_PAD_CLASS_TERMINAL, 0.66, 0.53 },
    { STENCIL_PART_KIND_SOCKET, STENCIL_PAD_CLASS_SOLDERING, 1.00, 1.00 },
    { STENCIL_PART_KIND_HEADER, STENCIL_PAD_CLASS_TERMINAL, 0.66, 0.52 },
    { STENCIL_PART_KIND_HEADER, STENCIL_PAD_CLASS_SOLDERING, 1.00, 0.80 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      guint n;
      const StencilRatioPoint *p = stencil_family_get_ratio_points (family, rows[i].kind,
                                                                   rows[i].cls, &n);
      g_assert_cmpuint (n, ==, 2);
      g_assert_cmpfloat (p[0].thickness_um, ==, 120);
      g_assert_cmpfloat (p[0].ratio, ==, rows[i].r120);
      g_assert_cmpfloat (p[1].thickness_um, ==, 150);
      g_assert_cmpfloat (p[1].ratio, ==, rows[i].r150);
    }
}

static void
test_part_lookup (void)
{
  g_autoptr(StencilCatalog) catalog = test_util_load_catalog ();
  g_autoptr(GPtrArray) parts = stencil_catalog_list_parts (catalog);
  static const struct
  {
    const char     *pn;
    StencilPartKind kind;
    guint           n;
    gboolean        inspection;
  } ok[] = {
    { "AXK7L40223G", STENCIL_PART_KIND_SOCKET, 40, FALSE },
    { "axk8l10124bg", STENCIL_PART_KIND_HEADER, 10, FALSE },
    { "AXK7LE8026G", STENCIL_PART_KIND_SOCKET, 80, TRUE },
    { " AXK8LE2226BG ", STENCIL_PART_KIND_HEADER, 22, TRUE },
  };

  g_assert_cmpuint (parts->len, ==, 92);

  for (guint i = 0; i < G_N_ELEMENTS (ok); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(StencilPart) part = stencil_catalog_find_part (catalog, ok[i].pn, &error);

      g_assert_no_error (error);
      g_assert_cmpint (part->kind, ==, ok[i].kind);
      g_assert_cmpuint (part->contacts, ==, ok[i].n);
      g_assert_cmpint (part->inspection, ==, ok[i].inspection);
    }

  {
    g_autoptr(GError) error = NULL;
    /* Nothing like a known number: the message says what exists. */
    g_autoptr(StencilPart) part = stencil_catalog_find_part (catalog, "CONNECTOR-18", &error);
    g_assert_null (part);
    g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_NOT_FOUND);
    g_assert_nonnull (strstr (error->message, "CONNECTOR-18"));
    g_assert_nonnull (strstr (error->message, "AXK7L40223G"));
    g_assert_nonnull (strstr (error->message, "10, 12, 14"));
  }
  {
    /* A contact count the series lacks: the nearest part numbers, not the whole list. */
    g_autoptr(GError) error = NULL;
    g_autoptr(StencilPart) part = stencil_catalog_find_part (catalog, "AXK7L18223G", &error);
    g_assert_null (part);
    g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_NOT_FOUND);
    g_assert_nonnull (strstr (error->message, "AXK7L18223G"));
    g_assert_nonnull (strstr (error->message, "did you mean one of AXK7L10223G, AXK7L12223G"));
    g_assert_null (strstr (error->message, "contact counts"));
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(StencilPart) part = stencil_catalog_lookup (catalog, "F4", STENCIL_PART_KIND_HEADER,
                                                          18, FALSE, &error);
    g_assert_null (part);
    g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_NOT_FOUND);
    g_assert_nonnull (strstr (error->message, "18"));
    g_assert_nonnull (strstr (error->message, "70, 80"));
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(StencilPart) part = stencil_catalog_lookup (catalog, "F5", STENCIL_PART_KIND_HEADER,
                                                          10, FALSE, &error);
    g_assert_null (part);
    g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_NOT_FOUND);
    g_assert_nonnull (strstr (error->message, "F4"));
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(StencilPart) part = stencil_catalog_lookup (catalog, "f4", STENCIL_PART_KIND_HEADER,
                                                          40, FALSE, &error);
    g_autoptr(StencilPart) mate = stencil_part_new_mate (part);
    g_assert_no_error (error);
    g_assert_cmpstr (part->part_number, ==, "AXK8L40124BG");
    g_assert_cmpstr (mate->part_number, ==, "AXK7L40223G");
  }
}

static void
test_pattern_geometry (void)
{
  g_autoptr(StencilCatalog) catalog = test_util_load_catalog ();
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilPart) socket = stencil_catalog_find_part (catalog, "AXK7L40223G", &error);
  g_autoptr(StencilPart) header = stencil_catalog_find_part (catalog, "AXK8L40124BG", &error);
  g_autoptr(StencilPattern) sp = stencil_pattern_new (socket, NULL, &error);
  g_autoptr(StencilPattern) hp = stencil_pattern_new (header, NULL, &error);
  const StencilPad *pad;

  g_assert_no_error (error);
  g_assert_true (sp->provisional);
  g_assert_cmpuint (stencil_pattern_get_n_pads (sp), ==, 42);

  /* Pin 1: -x end of the +y row; pad i of a row at x = (i - (m-1)/2) * 0.4. */
  pad = stencil_pattern_get_pad (sp, 0);
  g_assert_cmpstr (pad->id, ==, "1");
  g_assert_cmpint (pad->pad_class, ==, STENCIL_PAD_CLASS_TERMINAL);
  g_assert_cmpfloat_with_epsilon (pad->x_mm, -3.8, 1e-9);   /* -B/2 */
  g_assert_cmpfloat_with_epsilon (pad->y_mm, 1.85, 1e-9);
  g_assert_cmpfloat_with_epsilon (pad->w_mm, 0.23, 1e-9);
  g_assert_cmpfloat_with_epsilon (pad->h_mm, 0.90, 1e-9);
  pad = stencil_pattern_get_pad (sp, 19);
  g_assert_cmpstr (pad->id, ==, "20");
  g_assert_cmpfloat_with_epsilon (pad->x_mm, 3.8, 1e-9);
  pad = stencil_pattern_get_pad (sp, 20);
  g_assert_cmpstr (pad->id, ==, "21");
  g_assert_cmpfloat_with_epsilon (pad->x_mm, 3.8, 1e-9);
  g_assert_cmpfloat_with_epsilon (pad->y_mm, -1.85, 1e-9);
  pad = stencil_pattern_get_pad (sp, 40);
  g_assert_cmpstr (pad->id, ==, "S1");
  g_assert_cmpint (pad->pad_class, ==, STENCIL_PAD_CLASS_SOLDERING);
  g_assert_cmpfloat_with_epsilon (pad->x_mm, -4.5, 1e-9);   /* -C/2 */
  g_assert_cmpfloat_with_epsilon (pad->w_mm, 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (pad->h_mm, 2.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (sp->body_w_mm, 10.4, 1e-9);
  g_assert_cmpfloat_with_epsilon (sp->body_h_mm, 4.1, 1e-9);

  pad = stencil_pattern_get_pad (hp, 41);
  g_assert_cmpstr (pad->id, ==, "S2");
  g_assert_cmpfloat_with_epsilon (pad->x_mm, 9.74 / 2 - 0.225, 1e-9);
  g_assert_cmpfloat_with_epsilon (pad->w_mm, 0.45, 1e-9);
  g_assert_cmpfloat_with_epsilon (pad->h_mm, 1.60, 1e-9);
  pad = stencil_pattern_get_pad (hp, 0);
  g_assert_cmpfloat_with_epsilon (pad->y_mm, 1.55, 1e-9);
  g_assert_cmpfloat_with_epsilon (pad->h_mm, 0.80, 1e-9);
  g_assert_cmpfloat_with_epsilon (hp->body_w_mm, 10.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (hp->body_h_mm, 3.3, 1e-9);
}

static void
test_pattern_user_spec (void)
{
  g_autoptr(StencilCatalog) catalog = test_util_load_catalog ();
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilPart) part = stencil_catalog_find_part (catalog, "AXK7L10223G", &error);
  StencilLandSpec spec;
  g_autoptr(StencilPattern) pattern = NULL;

  g_assert_true (stencil_family_get_land_spec (part->family, part->kind, part->contacts, &spec,
                                               &error));
  spec.provisional = FALSE;
  spec.terminal_h_mm = 1.0;
  pattern = stencil_pattern_new (part, &spec, &error);
  g_assert_no_error (error);
  g_assert_false (pattern->provisional);
  g_assert_cmpfloat (stencil_pattern_get_pad (pattern, 3)->h_mm, ==, 1.0);

  /* Pads wider than the pitch would merge: refused with a reason. */
  spec.terminal_w_mm = 0.45;
  g_clear_pointer (&pattern, stencil_pattern_unref);
  pattern = stencil_pattern_new (part, &spec, &error);
  g_assert_null (pattern);
  g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT);
  g_assert_nonnull (strstr (error->message, "pitch"));
}

static char *
read_builtin (void)
{
  g_autofree char *path = g_build_filename (stencil_get_data_dir (), "families",
                                            "panasonic-f4.json", NULL);
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static void
test_user_families (void)
{
  /* G_TEST_OPTION_ISOLATE_DIRS gives every test its own, empty XDG_DATA_HOME. */
  g_autofree char *families = g_build_filename (g_get_user_data_dir (), "stencilcalc",
                                                "families", NULL);
  g_autofree char *builtin = read_builtin ();
  g_autofree char *good_path = g_build_filename (families, "b-my.json", NULL);
  g_autofree char *broken_path = g_build_filename (families, "a-broken.json", NULL);
  g_autofree char *bad_value_path = g_build_filename (families, "c-bad-value.json", NULL);
  g_autoptr(GString) good = g_string_new (builtin);
  g_autoptr(GString) bad_value = g_string_new (builtin);
  g_autoptr(StencilCatalog) catalog = stencil_catalog_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilPart) part = NULL;
  GPtrArray *warnings;

  g_assert_cmpint (g_mkdir_with_parents (families, 0700), ==, 0);
  /* A user family: the same data under another series and part numbers. */
  g_string_replace (good, "\"series\": \"F4\"", "\"series\": \"MY4\"", 1);
  g_string_replace (good, "AXK7L{nn}", "MYS{nn}", 0);
  /* Every part number its own: one made by two families is reported (see /catalog/...). */
  g_string_replace (good, "AXK8L{nn}", "MYH{nn}", 0);
  g_string_replace (good, "AXK7LE{nn}", "MYSE{nn}", 0);
  g_string_replace (good, "AXK8LE{nn}", "MYHE{nn}", 0);
  g_string_replace (bad_value, "\"series\": \"F4\"", "\"series\": \"BAD\"", 1);
  g_string_replace (bad_value, "\"pitch_mm\": 0.4", "\"pitch_mm\": -1", 1);
  g_assert_true (g_file_set_contents (good_path, good->str, -1, NULL));
  g_assert_true (g_file_set_contents (broken_path, "{ \"format\": 1, \"series\": ", -1, NULL));
  g_assert_true (g_file_set_contents (bad_value_path, bad_value->str, -1, NULL));

  g_assert_true (stencil_catalog_load_default (catalog, &error));
  g_assert_no_error (error);

  /* The built-in family and the good user family are there; both broken files are reported by
   * name with a reason. */
  g_assert_nonnull (stencil_catalog_get_family (catalog, "F4"));
  g_assert_nonnull (stencil_catalog_get_family (catalog, "MY4"));
  part = stencil_catalog_find_part (catalog, "MYS40223G", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stencil_family_get_series (part->family), ==, "MY4");

  warnings = stencil_catalog_get_warnings (catalog);
  g_assert_cmpuint (warnings->len, ==, 2);
  g_assert_nonnull (strstr (warnings->pdata[0], "a-broken.json"));
  g_assert_nonnull (strstr (warnings->pdata[0], "JSON"));
  g_assert_nonnull (strstr (warnings->pdata[1], "c-bad-value.json"));
  g_assert_nonnull (strstr (warnings->pdata[1], "pitch_mm"));

  g_unlink (good_path);
  g_unlink (broken_path);
  g_unlink (bad_value_path);
}

static void
test_family_broken_data (void)
{
  static const char * const cases[][2] = {
    { "[1, 2]", "object" },
    { "{ \"format\": 2 }", "format" },
    { "{ \"format\": 1, \"series\": \"X\", \"maker\": \"M\", \"title\": \"T\", "
      "\"pitch_mm\": 0.4, \"contacts\": [10, 11] }", "11" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(StencilFamily) family = stencil_family_new_from_data (cases[i][0], -1, "x", &error);

      g_assert_null (family);
      g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_DATA);
      g_assert_nonnull (strstr (error->message, cases[i][1]));
    }
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/family/basics", test_family_basics);
  g_test_add_func ("/family/dimension-tables", test_family_dimension_tables);
  g_test_add_func ("/family/ratio-points", test_family_ratio_points);
  g_test_add_func ("/family/broken-data", test_family_broken_data);
  g_test_add_func ("/part/lookup", test_part_lookup);
  g_test_add_func ("/pattern/geometry", test_pattern_geometry);
  g_test_add_func ("/pattern/user-spec", test_pattern_user_spec);
  g_test_add_func ("/family/user-families", test_user_families);

  return g_test_run ();
}
