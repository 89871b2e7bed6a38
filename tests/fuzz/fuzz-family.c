/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Fuzz target: a family data file. It loads or is refused with a message; a family that loads
 * computes and exports every one of its parts (and writes each one's land pattern file, which
 * must read back). */
#include "config.h"

#include "fuzz-common.h"
#include "stencil-land-file.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init_glib ();
  return 0;
}

/* The family's land pattern of a part, as a file, read back: the same pattern. */
static void
check_land_file (StencilPattern *pattern)
{
  g_autoptr(GBytes) bytes = stencil_land_file_generate (pattern);
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilLandFile) file = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  file = stencil_land_file_parse (data, (gssize) length, "generated.json", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (file->part_number, ==, pattern->part->part_number);
}

static void
exercise_part (StencilFamily  *family,
               StencilPartKind kind,
               guint           contacts,
               gboolean        inspection,
               FuzzDrawings    drawings)
{
  g_autoptr(StencilPart) part = NULL;
  g_autoptr(StencilPattern) pattern = NULL;
  g_autoptr(GError) error = NULL;

  part = stencil_part_new (family, kind, contacts, inspection, &error);
  if (part == NULL)
    {
      g_assert_nonnull (error);
      return;
    }
  pattern = stencil_pattern_new (part, NULL, &error);
  g_assert_true ((pattern == NULL) != (error == NULL));
  if (pattern == NULL)
    return;
  fuzz_export_pattern (pattern, drawings);
  check_land_file (pattern);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(StencilFamily) family = NULL;
  g_autoptr(GError) error = NULL;
  const guint *contacts;
  guint n_contacts;

  family = stencil_family_new_from_data ((const char *) data, (gssize) size, "fuzz.json",
                                         &error);
  g_assert_true ((family == NULL) != (error == NULL));
  if (family == NULL)
    {
      g_assert_cmpuint (strlen (error->message), >, 0);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  g_assert_true (g_utf8_validate (stencil_family_get_title (family), -1, NULL));
  contacts = stencil_family_get_contacts (family, &n_contacts);
  g_assert_cmpuint (n_contacts, >, 0);
  for (guint k = 0; k < STENCIL_N_PART_KINDS; k++)
    for (guint i = 0; i < n_contacts; i++)
      {
        /* The drawings take most of the time: the SVG of the first part of each kind; the
         * PDF (its fonts alone take longer than all the rest) for one input in eight, chosen
         * by the input's size so that a replay does the same. */
        FuzzDrawings drawings = FUZZ_DRAWINGS_NONE;

        if (i == 0)
          drawings = size % 8 == 0 ? FUZZ_DRAWINGS_SVG_PDF : FUZZ_DRAWINGS_SVG;
        exercise_part (family, k, contacts[i], FALSE, drawings);
        exercise_part (family, k, contacts[i], TRUE, FUZZ_DRAWINGS_NONE);
      }
  return 0;
}
