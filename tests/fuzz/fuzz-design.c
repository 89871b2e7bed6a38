/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Fuzz target: a design file (.stencilcalc). It is read or refused with a message naming it; a
 * design that reads is calculated and exported, written and read again: the same design and
 * the same bytes (whatever the app writes, it reads back). */
#include "config.h"

#include "fuzz-common.h"
#include "stencil-document.h"

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
check_round_trip (const StencilDocument *doc)
{
  g_autoptr(GBytes) bytes = stencil_document_to_bytes (doc);
  g_autoptr(GBytes) again = NULL;
  g_autoptr(StencilDocument) back = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  back = stencil_document_new_from_data (catalog, data, length, "written.stencilcalc", &error);
  g_assert_no_error (error);
  g_assert_true (stencil_document_equal (doc, back));
  again = stencil_document_to_bytes (back);
  g_assert_true (g_bytes_equal (bytes, again));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(StencilDocument) doc = NULL;
  g_autoptr(StencilResult) result = NULL;
  g_autoptr(GError) error = NULL;

  doc = stencil_document_new_from_data (catalog, (const char *) data, size, "fuzz.stencilcalc",
                                        &error);
  g_assert_true ((doc == NULL) != (error == NULL));
  if (doc == NULL)
    {
      g_assert_true (g_str_has_prefix (error->message, "fuzz.stencilcalc: "));
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }
  result = stencil_document_calculate (doc, &error);
  g_assert_true ((result == NULL) != (error == NULL));
  if (result == NULL)
    g_assert_true (g_utf8_validate (error->message, -1, NULL));
  fuzz_export_pattern (stencil_document_get_pattern (doc), FUZZ_DRAWINGS_NONE);
  check_round_trip (doc);
  return 0;
}
