/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The engine's export module: format names and default file names, one output equal to its
 * writer's, several outputs written all or none, the mating part. */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "stencil-csv.h"
#include "stencil-export.h"
#include "stencil-kicad.h"
#include "test-util.h"

static StencilCatalog *catalog;

static void
test_formats (void)
{
  static const struct
  {
    StencilExportFormat format;
    const char *name;
    const char *file;
  } cases[] = {
    { STENCIL_EXPORT_GERBER, "gerber", "AXK7L40223G-127um-paste.gbr" },
    { STENCIL_EXPORT_PDF, "pdf", "AXK7L40223G-127um.pdf" },
    { STENCIL_EXPORT_PNG, "png", "AXK7L40223G-127um.png" },
    { STENCIL_EXPORT_SVG, "svg", "AXK7L40223G-127um.svg" },
    { STENCIL_EXPORT_CSV, "csv", "AXK7L40223G-127um-apertures.csv" },
    { STENCIL_EXPORT_KICAD, "kicad", "AXK7L40223G-127um.kicad_mod" },
  };
  StencilExportFormat format;

  g_assert_cmpuint (G_N_ELEMENTS (cases), ==, STENCIL_N_EXPORT_FORMATS);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *file = stencil_export_default_filename ("AXK7L40223G", 127,
                                                               cases[i].format);
      g_autofree char *upper = g_ascii_strup (file, -1);

      g_assert_cmpstr (stencil_export_format_to_string (cases[i].format), ==, cases[i].name);
      g_assert_true (stencil_export_format_from_string (cases[i].name, &format));
      g_assert_cmpint (format, ==, cases[i].format);
      g_assert_cmpstr (file, ==, cases[i].file);
      /* The proposed name is recognised again, in any case. */
      g_assert_true (stencil_export_format_from_filename (upper, &format));
      g_assert_cmpint (format, ==, cases[i].format);
      g_assert_true (g_str_has_suffix (file, stencil_export_format_suffix (cases[i].format)));
      g_assert_true (g_str_has_suffix (file, stencil_export_format_glob (cases[i].format) + 1));
      g_assert_nonnull (stencil_export_format_label (cases[i].format));
      g_assert_cmpint (stencil_export_format_is_drawing (cases[i].format), ==,
                       cases[i].format == STENCIL_EXPORT_PDF ||
                       cases[i].format == STENCIL_EXPORT_PNG ||
                       cases[i].format == STENCIL_EXPORT_SVG);
    }
  g_assert_null (stencil_export_format_mime_type (STENCIL_EXPORT_GERBER));
  g_assert_cmpstr (stencil_export_format_mime_type (STENCIL_EXPORT_SVG), ==, "image/svg+xml");
  g_assert_false (stencil_export_format_from_string ("GERBER", &format));
  g_assert_false (stencil_export_format_from_string ("dxf", &format));
  g_assert_false (stencil_export_format_from_string (NULL, &format));
  g_assert_false (stencil_export_format_from_filename ("notes.txt", &format));
  g_assert_false (stencil_export_format_from_filename ("pdf", &format));
  g_assert_false (stencil_export_format_from_filename (NULL, &format));
}

/* The thickness in a file name is the C locale's, with at most one decimal. */
static void
test_default_filename (void)
{
  g_autofree char *half = NULL;
  g_autofree char *round = NULL;
  g_autofree char *unnamed = NULL;
  char *old = setlocale (LC_NUMERIC, NULL);
  g_autofree char *saved = g_strdup (old);

  if (setlocale (LC_NUMERIC, "de_DE.UTF-8") == NULL)
    g_test_message ("de_DE.UTF-8 is not installed: the C locale only");
  half = stencil_export_default_filename ("AXK8L10124BG", 127.5, STENCIL_EXPORT_PNG);
  round = stencil_export_default_filename ("AXK8L10124BG", 99.96, STENCIL_EXPORT_SVG);
  unnamed = stencil_export_default_filename (NULL, 120, STENCIL_EXPORT_PDF);
  setlocale (LC_NUMERIC, saved);

  g_assert_cmpstr (half, ==, "AXK8L10124BG-127.5um.png");
  g_assert_cmpstr (round, ==, "AXK8L10124BG-100um.svg");
  g_assert_cmpstr (unnamed, ==, "stencil-120um.pdf");
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &data, &length, &error));
  g_assert_no_error (error);
  return g_bytes_new_take (data, length);
}

/* cairo numbers the surfaces of a process: the SVG's id="surfaceN" depends on how many were
 * made before, not on the drawing. */
static char *
svg_without_surface_ids (GBytes *svg)
{
  g_autoptr(GRegex) regex = g_regex_new ("id=\"surface[0-9]+\"", 0, 0, NULL);
  g_autofree char *text = g_strndup (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));

  return g_regex_replace_literal (regex, text, -1, 0, "id=\"surface\"", 0, NULL);
}

/* One output is the bytes its own writer makes: the module adds nothing and drops nothing. */
static void
test_generate (void)
{
  g_autoptr(StencilResult) result = test_util_calculate_at (catalog, "AXK7L40223G", 127);
  StencilExportOptions options;
  g_autoptr(GError) error = NULL;
  StencilResult *results[] = { result };

  stencil_export_options_init (&options);
  options.gerber.rotation_deg = 90;
  options.drawing.dpi = 60;
  options.drawing.paper = STENCIL_PAPER_LETTER;
  {
    g_autoptr(GBytes) a = stencil_export_generate (results, 1, &options, STENCIL_EXPORT_GERBER,
                                                   &error);
    g_autoptr(GBytes) b = stencil_gerber_generate (result, &options.gerber, NULL);
    g_assert_no_error (error);
    g_assert_true (g_bytes_equal (a, b));
  }
  {
    g_autoptr(GBytes) a = stencil_export_generate (results, 1, &options, STENCIL_EXPORT_PNG,
                                                   &error);
    g_autoptr(GBytes) b = stencil_drawing_generate_png (results, 1, &options.drawing, NULL);
    g_assert_no_error (error);
    g_assert_true (g_bytes_equal (a, b));
  }
  {
    g_autoptr(GBytes) a = stencil_export_generate (results, 1, &options, STENCIL_EXPORT_SVG,
                                                   &error);
    g_autoptr(GBytes) b = stencil_drawing_generate_svg (results, 1, &options.drawing, NULL);
    g_autofree char *a_text = NULL;
    g_autofree char *b_text = NULL;

    g_assert_no_error (error);
    a_text = svg_without_surface_ids (a);
    b_text = svg_without_surface_ids (b);
    g_assert_cmpstr (a_text, ==, b_text);
  }
  {
    g_autoptr(GBytes) a = stencil_export_generate (results, 1, &options, STENCIL_EXPORT_PDF,
                                                   &error);
    g_autoptr(GBytes) b = stencil_drawing_generate_pdf (results, 1, &options.drawing, NULL);
    g_assert_no_error (error);
    g_assert_true (g_bytes_equal (a, b));
  }
  {
    g_autoptr(GBytes) a = stencil_export_generate (results, 1, &options, STENCIL_EXPORT_CSV,
                                                   &error);
    g_autoptr(GBytes) b = stencil_csv_generate (result);
    g_assert_no_error (error);
    g_assert_true (g_bytes_equal (a, b));
  }
}

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("stencil-export-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_dir (const char         *dir,
            const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_remove (path);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_write_all (void)
{
  static const char * const names[] = { "a.gbr", "a.pdf", "a.png", "a.svg", "a.csv", NULL };
  g_autoptr(StencilResult) result = test_util_calculate_at (catalog, "AXK7L20223G", 110);
  g_autofree char *dir = make_dir ();
  char *paths[5] = { NULL, };
  StencilExportOutput outputs[5];
  StencilExportOptions options;
  g_autoptr(GError) error = NULL;
  StencilResult *results[] = { result };

  stencil_export_options_init (&options);
  for (guint i = 0; i < 5; i++)
    {
      paths[i] = g_build_filename (dir, names[i], NULL);
      outputs[i].format = (StencilExportFormat) i;
      outputs[i].path = paths[i];
    }
  g_assert_true (stencil_export_write_all (result, &options, outputs, 5, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(GBytes) file = read_bytes (paths[i]);
      g_autoptr(GBytes) want = stencil_export_generate (results, 1, &options, outputs[i].format,
                                                        NULL);

      if (outputs[i].format == STENCIL_EXPORT_SVG)
        {
          g_autofree char *file_text = svg_without_surface_ids (file);
          g_autofree char *want_text = svg_without_surface_ids (want);
          g_assert_cmpstr (file_text, ==, want_text);
        }
      else
        g_assert_true (g_bytes_equal (file, want));
    }
  for (guint i = 0; i < 5; i++)
    g_free (paths[i]);
  remove_dir (dir, names);
}

/* A KiCad footprint through the module: the writer's bytes, named by KiCad's conventions when
 * proposed and after its file when written (KiCad names a library's footprint by its file). */
static void
test_kicad (void)
{
  static const char * const names[] = { "My_F4_Socket.kicad_mod", NULL };
  g_autoptr(StencilResult) result = test_util_calculate_at (catalog, "AXK7L40223G", 127);
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, names[0], NULL);
  g_autofree char *proposed = stencil_export_result_filename (result, STENCIL_EXPORT_KICAD);
  g_autofree char *pdf = stencil_export_result_filename (result, STENCIL_EXPORT_PDF);
  g_autofree char *kicad_name = stencil_kicad_default_filename (result);
  StencilResult *results[] = { result };
  StencilExportOptions options;
  g_autoptr(GError) error = NULL;
  const StencilExportOutput outputs[] = { { STENCIL_EXPORT_KICAD, path } };

  g_assert_cmpstr (proposed, ==, kicad_name);
  g_assert_cmpstr (proposed, ==,
                   "Panasonic_F4_AXK7L40223G_2x20-1MP_P0.40mm_Vertical_Stencil127um.kicad_mod");
  g_assert_cmpstr (pdf, ==, "AXK7L40223G-127um.pdf");
  g_assert_null (stencil_export_format_mime_type (STENCIL_EXPORT_KICAD));

  stencil_export_options_init (&options);
  {
    g_autoptr(GBytes) a = stencil_export_generate (results, 1, &options, STENCIL_EXPORT_KICAD,
                                                   &error);
    g_autoptr(GBytes) b = stencil_kicad_generate (result, NULL, NULL);
    g_assert_no_error (error);
    g_assert_true (g_bytes_equal (a, b));
  }
  g_assert_true (stencil_export_write_all (result, &options, outputs, 1, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GBytes) file = read_bytes (path);
    g_autoptr(GBytes) want = stencil_kicad_generate (result, "My_F4_Socket", NULL);
    g_assert_true (g_bytes_equal (file, want));
  }
  remove_dir (dir, names);
}

/* A bad option, a folder that does not exist or a drawing that cannot be made: no file is
 * written, and a file that was there keeps its bytes. */
static void
test_all_or_nothing (void)
{
  static const char * const names[] = { "old.gbr", "new.png", NULL };
  g_autoptr(StencilResult) result = test_util_calculate_at (catalog, "AXK7L20223G", 110);
  g_autofree char *dir = make_dir ();
  g_autofree char *old = g_build_filename (dir, names[0], NULL);
  g_autofree char *png = g_build_filename (dir, names[1], NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "x.svg", NULL);
  StencilExportOptions options;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (g_file_set_contents (old, "old", -1, NULL));
  stencil_export_options_init (&options);

  /* The resolution is checked only when a drawing is asked for. */
  options.drawing.dpi = 5000;
  {
    const StencilExportOutput outputs[] = { { STENCIL_EXPORT_GERBER, old },
                                            { STENCIL_EXPORT_PNG, png } };
    g_assert_false (stencil_export_write_all (result, &options, outputs, 2, &error));
    g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT);
    g_assert_nonnull (strstr (error->message, "600 dpi"));
    g_clear_error (&error);
    g_assert_false (stencil_export_check (&options, outputs, 2, NULL));
    g_assert_true (stencil_export_check (&options, outputs, 1, NULL));
  }
  options.drawing.dpi = 150;
  {
    const StencilExportOutput outputs[] = { { STENCIL_EXPORT_GERBER, old },
                                            { STENCIL_EXPORT_SVG, missing } };
    g_assert_false (stencil_export_write_all (result, &options, outputs, 2, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
    g_assert_nonnull (strstr (error->message, "does not exist"));
    g_clear_error (&error);
  }
  options.gerber.rotation_deg = 45;
  {
    const StencilExportOutput outputs[] = { { STENCIL_EXPORT_PNG, png } };
    g_assert_false (stencil_export_write_all (result, &options, outputs, 1, &error));
    g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT);
    g_assert_nonnull (strstr (error->message, "rotation"));
    g_clear_error (&error);
  }
  g_assert_true (g_file_get_contents (old, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, "old");
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
  remove_dir (dir, names);
}

/* Each file is atomic, a set of files cannot be: a failed write says which files are new. */
static void
test_partly_written (void)
{
  static const char * const names[] = { "first.csv", NULL };
  g_autoptr(StencilResult) result = test_util_calculate_at (catalog, "AXK7L20223G", 110);
  g_autofree char *dir = make_dir ();
  g_autofree char *first = g_build_filename (dir, names[0], NULL);
  const StencilExportOutput outputs[] = { { STENCIL_EXPORT_CSV, first },
                                          { STENCIL_EXPORT_GERBER, "/dev/full" } };
  StencilExportOptions options;
  g_autoptr(GError) error = NULL;

  if (!g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/full");
      remove_dir (dir, names);
      return;
    }
  stencil_export_options_init (&options);
  g_assert_false (stencil_export_write_all (result, &options, outputs, 2, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "/dev/full"));
  g_assert_nonnull (strstr (error->message, "already written"));
  g_assert_nonnull (strstr (error->message, first));
  remove_dir (dir, names);
}

/* The drawing of a part with its mate has both parts; the mate keeps its family's pattern. */
static void
test_with_mate (void)
{
  g_autoptr(StencilResult) result = test_util_calculate_at (catalog, "AXK8L10124BG", 120);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GBytes) alone = NULL;
  g_autoptr(GBytes) both = NULL;
  StencilExportOptions options;
  g_autoptr(GError) error = NULL;
  StencilResult *mate;

  stencil_export_options_init (&options);
  results = stencil_export_drawing_results (result, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 1);
  alone = stencil_export_generate ((StencilResult * const *) results->pdata, results->len,
                                   &options, STENCIL_EXPORT_SVG, &error);
  g_assert_no_error (error);
  g_clear_pointer (&results, g_ptr_array_unref);

  options.with_mate = TRUE;
  results = stencil_export_drawing_results (result, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 2);
  g_assert_true (results->pdata[0] == result);
  mate = results->pdata[1];
  g_assert_cmpint (mate->pattern->part->kind, ==, STENCIL_PART_KIND_SOCKET);
  g_assert_cmpuint (mate->pattern->part->contacts, ==, 10);
  g_assert_cmpfloat (mate->params.thickness_um, ==, 120);
  both = stencil_export_generate ((StencilResult * const *) results->pdata, results->len,
                                  &options, STENCIL_EXPORT_SVG, &error);
  g_assert_no_error (error);
  g_assert_false (g_bytes_equal (alone, both));
  /* The same as the drawing of the part and its mate computed here. */
  {
    g_autoptr(StencilPart) socket = stencil_part_new_mate (result->pattern->part);
    g_autoptr(StencilResult) own = test_util_calculate_part (socket, &result->params);
    StencilResult *pair[] = { result, own };
    g_autoptr(GBytes) want = stencil_drawing_generate_svg (pair, 2, &options.drawing, NULL);
    g_autofree char *want_text = svg_without_surface_ids (want);
    g_autofree char *both_text = svg_without_surface_ids (both);

    g_assert_cmpstr (socket->part_number, ==, mate->pattern->part->part_number);
    g_assert_cmpstr (both_text, ==, want_text);
  }
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_setenv ("SOURCE_DATE_EPOCH", "1700000000", TRUE);
  g_test_init (&argc, &argv, NULL);
  catalog = test_util_load_catalog ();

  g_test_add_func ("/export/formats", test_formats);
  g_test_add_func ("/export/default-filename", test_default_filename);
  g_test_add_func ("/export/generate", test_generate);
  g_test_add_func ("/export/write-all", test_write_all);
  g_test_add_func ("/export/kicad", test_kicad);
  g_test_add_func ("/export/all-or-nothing", test_all_or_nothing);
  g_test_add_func ("/export/partly-written", test_partly_written);
  g_test_add_func ("/export/with-mate", test_with_mate);

  status = g_test_run ();
  g_clear_object (&catalog);
  return status;
}
