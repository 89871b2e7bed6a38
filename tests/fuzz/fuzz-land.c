/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Fuzz target: a land pattern file. It is read or refused with a message; one that makes a
 * pattern is computed and exported, written, and read again: the same part, source and values,
 * and the same bytes when written a second time (whatever the app writes, it reads back). */
#include "config.h"

#include "fuzz-common.h"
#include "stencil-land-file.h"

static StencilCatalog *catalog;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init_glib ();
  catalog = fuzz_builtin_catalog ();
  return 0;
}

static void
assert_same_spec (const StencilLandSpec *a,
                  const StencilLandSpec *b)
{
  g_assert_cmpfloat (a->terminal_w_mm, ==, b->terminal_w_mm);
  g_assert_cmpfloat (a->terminal_h_mm, ==, b->terminal_h_mm);
  g_assert_cmpfloat (a->row_y_mm, ==, b->row_y_mm);
  g_assert_cmpfloat (a->soldering_w_mm, ==, b->soldering_w_mm);
  g_assert_cmpfloat (a->soldering_h_mm, ==, b->soldering_h_mm);
  g_assert_cmpfloat (a->soldering_x_mm, ==, b->soldering_x_mm);
  g_assert_cmpfloat (a->soldering_y_mm, ==, b->soldering_y_mm);
  g_assert_cmpfloat (a->body_w_mm, ==, b->body_w_mm);
  g_assert_cmpfloat (a->body_h_mm, ==, b->body_h_mm);
}

static void
check_round_trip (StencilPattern *pattern,
                  StencilPart    *part)
{
  g_autoptr(GBytes) bytes = stencil_land_file_generate (pattern);
  g_autoptr(GBytes) again = NULL;
  g_autoptr(StencilLandFile) file = NULL;
  g_autoptr(StencilPattern) back = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  file = stencil_land_file_parse (data, (gssize) length, "written.json", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (file->part_number, ==, part->part_number);
  g_assert_cmpstr (file->source, ==, pattern->source);
  back = stencil_land_file_make_pattern (file, part, "written.json", &error);
  g_assert_no_error (error);
  assert_same_spec (&back->spec, &pattern->spec);
  g_assert_cmpstr (back->source, ==, pattern->source);
  again = stencil_land_file_generate (back);
  g_assert_true (g_bytes_equal (bytes, again));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(StencilLandFile) file = NULL;
  g_autoptr(StencilPart) part = NULL;
  g_autoptr(StencilPattern) pattern = NULL;
  g_autoptr(GError) error = NULL;

  file = stencil_land_file_parse ((const char *) data, (gssize) size, "fuzz.json", &error);
  g_assert_true ((file == NULL) != (error == NULL));
  if (file == NULL)
    {
      g_assert_true (g_str_has_prefix (error->message, "fuzz.json: "));
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }
  g_assert_true (g_utf8_validate (file->part_number, -1, NULL));
  g_assert_true (g_utf8_validate (file->source, -1, NULL));

  part = stencil_catalog_find_part (catalog, file->part_number, &error);
  if (part == NULL)
    {
      g_assert_nonnull (error);
      return 0;
    }
  pattern = stencil_land_file_make_pattern (file, part, "fuzz.json", &error);
  g_assert_true ((pattern == NULL) != (error == NULL));
  if (pattern == NULL)
    return 0;
  g_assert_false (pattern->provisional);
  /* The source is in every title block: the SVG drawing for one input in sixteen. */
  fuzz_export_pattern (pattern, size % 16 == 0 ? FUZZ_DRAWINGS_SVG : FUZZ_DRAWINGS_NONE);
  check_round_trip (pattern, part);
  return 0;
}
