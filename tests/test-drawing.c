/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "stencil-drawing.h"
#include "stencil-sheet.h"
#include "test-util.h"

/* Drawings as files, checked with real readers: qpdf, pdfinfo, pdftotext, pdftoppm, xmllint,
 * cairo's PNG reader; and through the CLI's export command. */

static StencilCatalog *catalog;
static char *tmpdir;

/* The part, or its mate (mate = TRUE), at 127 um. */
static StencilResult *
calculate (const char *part_number,
           gboolean    mate)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilPart) part = stencil_catalog_find_part (catalog, part_number, &error);
  g_autoptr(StencilPart) other = NULL;
  StencilCalcParams params;

  g_assert_no_error (error);
  if (mate)
    other = stencil_part_new_mate (part);
  stencil_calc_params_init (&params);
  params.thickness_um = 127;
  return test_util_calculate_part (mate ? other : part, &params);
}

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

/* Runs a tool; returns its standard output, asserting exit status 0. */
static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s%s", argv[0], out, err);
  return out;
}

static gboolean
have_tool (const char *name)
{
  g_autofree char *path = g_find_program_in_path (name);

  if (path == NULL)
    g_test_skip_printf ("%s is not installed", name);
  return path != NULL;
}

static void
pdfinfo_page (const char *path,
              int         page,
              double     *w_pt,
              double     *h_pt,
              int        *n_pages)
{
  g_autofree char *first = g_strdup_printf ("%d", page);
  const char *argv[] = { "pdfinfo", "-f", first, "-l", first, path, NULL };
  g_autofree char *out = run (argv);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);

  *n_pages = -1;
  *w_pt = *h_pt = -1;
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *size = strstr (lines[i], " size:");

      if (g_str_has_prefix (lines[i], "Pages:"))
        *n_pages = atoi (lines[i] + 6);
      if (g_str_has_prefix (lines[i], "Page") && size != NULL)
        {
          char *end;

          *w_pt = g_ascii_strtod (size + 6, &end);
          *h_pt = g_ascii_strtod (strstr (end, "x") + 1, NULL);
        }
    }
}

static char *
pdftotext (const char *path,
           int         page)
{
  g_autofree char *first = g_strdup_printf ("%d", page);
  const char *argv[] = { "pdftotext", "-f", first, "-l", first, path, "-", NULL };

  return run (argv);
}

static guint
count_non_white (const char *png_path,
                 int        *width,
                 int        *height)
{
  cairo_surface_t *surface = cairo_image_surface_create_from_png (png_path);
  guint count = 0;
  guchar *data;
  int stride;

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  *width = cairo_image_surface_get_width (surface);
  *height = cairo_image_surface_get_height (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < *height; y++)
    for (int x = 0; x < *width; x++)
      if ((*(guint32 *) (data + y * stride + 4 * x) & 0xffffff) != 0xffffff)
        count++;
  cairo_surface_destroy (surface);
  return count;
}

static void
test_pdf (void)
{
  g_autoptr(StencilResult) result = calculate ("AXK7L80223G", FALSE);
  g_autoptr(StencilScene) page = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("s80.pdf");
  g_autofree char *png_root = tmp_path ("s80-page");
  g_autofree char *png = tmp_path ("s80-page-1.png");
  g_autofree char *text = NULL;
  StencilDrawingOptions options;
  double w, h;
  int n_pages, pw, ph;
  guint inked;

  if (!have_tool ("qpdf") || !have_tool ("pdfinfo") || !have_tool ("pdftotext") ||
      !have_tool ("pdftoppm"))
    return;

  stencil_drawing_options_init (&options);
  g_assert_true (stencil_drawing_write_pdf (&result, 1, &options, path, &error));
  g_assert_no_error (error);

  {
    const char *argv[] = { "qpdf", "--check", path, NULL };
    g_autofree char *out = run (argv);

    g_assert_nonnull (strstr (out, "No syntax or stream encoding errors"));
  }

  pdfinfo_page (path, 1, &w, &h, &n_pages);
  g_assert_cmpint (n_pages, ==, 1);
  g_assert_cmpint (lround (w), ==, 595);
  g_assert_cmpint (lround (h), ==, 842);

  text = pdftotext (path, 1);
  g_assert_nonnull (strstr (text, "AXK7L80223G"));
  g_assert_nonnull (strstr (text, "127 µm"));
  g_assert_nonnull (strstr (text, "Provisional land pattern: check against the manufacturer"));
  g_assert_nonnull (strstr (text, "Apertures are final: do not reduce."));
  g_assert_nonnull (strstr (text, "B = 15.60"));
  g_assert_nonnull (strstr (text, PACKAGE_NAME " " PACKAGE_VERSION));

  /* Every aperture dimension of the sheet is in the PDF's text. */
  page = stencil_scene_new_page (result, &options, NULL);
  for (guint i = 0; i < stencil_scene_get_n_dimensions (page); i++)
    {
      const StencilDimension *d = stencil_scene_get_dimension (page, i);

      if (d->aperture)
        {
          g_test_message ("aperture dimension %s = %s", d->name, d->text);
          g_assert_nonnull (strstr (text, d->text));
        }
    }
  /* And the aperture sizes in the table. */
  for (guint c = 0; c < result->n_classes; c++)
    {
      g_autofree char *wt = g_strdup_printf ("%.2f", result->classes[c].aperture.w_mm);

      g_assert_nonnull (strstr (text, wt));
    }

  {
    const char *argv[] = { "pdftoppm", "-png", "-r", "40", path, png_root, NULL };
    g_autofree char *out = run (argv);

    inked = count_non_white (png, &pw, &ph);
    g_assert_cmpint (pw, ==, lround (210 / 25.4 * 40));
    /* A drawing, not a blank page: well over 2 % of the page has ink. */
    g_assert_cmpuint (inked, >, pw * ph / 50);
  }
}

static void
test_pdf_paper (void)
{
  g_autoptr(StencilResult) result = calculate ("AXK8L10124BG", FALSE);
  const struct { StencilPaper paper; gboolean landscape; int w, h; } cases[] = {
    { STENCIL_PAPER_A4, FALSE, 595, 842 },
    { STENCIL_PAPER_A4, TRUE, 842, 595 },
    { STENCIL_PAPER_LETTER, FALSE, 612, 792 },
    { STENCIL_PAPER_LETTER, TRUE, 792, 612 },
  };
  StencilPaper paper;

  if (!have_tool ("pdfinfo"))
    return;

  g_assert_true (stencil_paper_from_string ("A4", &paper));
  g_assert_cmpint (paper, ==, STENCIL_PAPER_A4);
  g_assert_true (stencil_paper_from_string ("letter", &paper));
  g_assert_cmpint (paper, ==, STENCIL_PAPER_LETTER);
  g_assert_false (stencil_paper_from_string ("a3", &paper));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = tmp_path ("paper.pdf");
      StencilDrawingOptions options;
      double w, h;
      int n_pages;

      stencil_drawing_options_init (&options);
      options.paper = cases[i].paper;
      options.landscape = cases[i].landscape;
      g_assert_true (stencil_drawing_write_pdf (&result, 1, &options, path, &error));
      g_assert_no_error (error);
      pdfinfo_page (path, 1, &w, &h, &n_pages);
      g_assert_cmpint (lround (w), ==, cases[i].w);
      g_assert_cmpint (lround (h), ==, cases[i].h);
    }
}

static void
test_pdf_mate (void)
{
  g_autoptr(StencilResult) part = calculate ("AXK8L10124BG", FALSE);
  g_autoptr(StencilResult) mate = calculate ("AXK8L10124BG", TRUE);
  StencilResult *results[2] = { part, mate };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("mate.pdf");
  g_autofree char *page1 = NULL;
  g_autofree char *page2 = NULL;
  StencilDrawingOptions options;
  double w, h;
  int n_pages;

  if (!have_tool ("pdfinfo") || !have_tool ("pdftotext"))
    return;

  stencil_drawing_options_init (&options);
  g_assert_true (stencil_drawing_write_pdf (results, 2, &options, path, &error));
  g_assert_no_error (error);
  pdfinfo_page (path, 2, &w, &h, &n_pages);
  g_assert_cmpint (n_pages, ==, 2);
  page1 = pdftotext (path, 1);
  page2 = pdftotext (path, 2);
  g_assert_nonnull (strstr (page1, "AXK8L10124BG"));
  /* pdftotext may drop the spaces around the slash. */
  g_assert_true (strstr (page1, "1 / 2") != NULL || strstr (page1, "1/2") != NULL);
  g_assert_nonnull (strstr (page2, mate->pattern->part->part_number));
  g_assert_true (strstr (page2, "2 / 2") != NULL || strstr (page2, "2/2") != NULL);
  /* The socket's row span is B, the header's C. */
  g_assert_nonnull (strstr (page1, "C = 1.60"));
  g_assert_nonnull (strstr (page2, "B = 1.60"));
}

/* The sweep sheets: after each part's sheet its thickness sweep, whose axis titles and the
 * datasheet's points pdftotext finds; the sheets numbered through. */
static void
test_pdf_sweep (void)
{
  g_autoptr(StencilResult) part = calculate ("AXK7L40223G", FALSE);
  g_autoptr(StencilResult) mate = calculate ("AXK7L40223G", TRUE);
  StencilResult *results[2] = { part, mate };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("sweep.pdf");
  g_autofree char *png = tmp_path ("sweep.png");
  g_autofree char *socket = NULL;
  g_autofree char *header = NULL;
  g_autofree char *mate_sheet = NULL;
  const char *titles[] = { "Thickness sweep", "Stencil thickness (µm)",
                           "Opening ratio (aperture area", "IPC-7525 area ratio (aperture area",
                           "IPC-7525 aspect ratio (aperture width", "max. 124 µm (area ratio)",
                           "127 µm", "datasheet" };
  StencilDrawingOptions options;
  double w, h;
  int n_pages, pw, ph;

  if (!have_tool ("pdfinfo") || !have_tool ("pdftotext"))
    return;

  stencil_drawing_options_init (&options);
  options.with_sweep = TRUE;
  g_assert_true (stencil_drawing_write_pdf (results, 2, &options, path, &error));
  g_assert_no_error (error);
  pdfinfo_page (path, 4, &w, &h, &n_pages);
  g_assert_cmpint (n_pages, ==, 4);
  g_assert_cmpint (lround (w), ==, 595);
  socket = pdftotext (path, 2);
  mate_sheet = pdftotext (path, 3);
  header = pdftotext (path, 4);
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    if (strstr (socket, titles[i]) == NULL)
      g_error ("the sweep sheet has no “%s”:\n%s", titles[i], socket);
  /* The datasheet's opening ratios: socket terminals 66 % and 53 %, soldering terminals 100 %;
   * the header's 66 % and 52 %, 100 % and 80 %. */
  g_assert_nonnull (strstr (socket, "66 %"));
  g_assert_nonnull (strstr (socket, "53 %"));
  g_assert_nonnull (strstr (socket, "100 %"));
  g_assert_nonnull (strstr (header, "52 %"));
  g_assert_nonnull (strstr (header, "80 %"));
  g_assert_nonnull (strstr (socket, "AXK7L40223G"));
  g_assert_nonnull (strstr (header, mate->pattern->part->part_number));
  g_assert_nonnull (strstr (mate_sheet, "Top view"));
  {
    /* The part's sheet says what limits its recommendation, and the web it keeps. */
    g_autofree char *sheet1 = pdftotext (path, 1);
    g_assert_nonnull (strstr (sheet1, "web ≥ 0.10 mm): 124 µm, limited by the area ratio"));
  }
  g_assert_true (strstr (socket, "2 / 4") != NULL || strstr (socket, "2/4") != NULL);
  g_assert_true (strstr (header, "4 / 4") != NULL || strstr (header, "4/4") != NULL);

  /* PNG: the sheets below each other, the sweep's too. */
  options.dpi = 40;
  g_assert_true (stencil_drawing_write_png (results, 1, &options, png, &error));
  g_assert_no_error (error);
  count_non_white (png, &pw, &ph);
  g_assert_cmpint (ph, ==, 2 * lround (297 / 25.4 * 40));
}

static void
test_pdf_reproducible (void)
{
  g_autoptr(StencilResult) result = calculate ("AXK7L40223G", FALSE);
  g_autofree char *a = tmp_path ("a.pdf");
  g_autofree char *b = tmp_path ("b.pdf");
  g_autofree char *da = NULL;
  g_autofree char *db = NULL;
  gsize la, lb;
  StencilDrawingOptions options;

  stencil_drawing_options_init (&options);
  g_setenv ("SOURCE_DATE_EPOCH", "1700000000", TRUE);
  g_assert_true (stencil_drawing_write_pdf (&result, 1, &options, a, NULL));
  g_assert_true (stencil_drawing_write_pdf (&result, 1, &options, b, NULL));
  g_unsetenv ("SOURCE_DATE_EPOCH");
  g_assert_true (g_file_get_contents (a, &da, &la, NULL));
  g_assert_true (g_file_get_contents (b, &db, &lb, NULL));
  g_assert_cmpmem (da, la, db, lb);

  if (have_tool ("pdfinfo") && have_tool ("pdftotext"))
    {
      const char *argv[] = { "pdfinfo", a, NULL };
      g_autofree char *info = run (argv);
      g_autofree char *text = pdftotext (a, 1);

      g_assert_nonnull (strstr (info, "2023"));
      g_assert_nonnull (strstr (info, "Stencil Calc"));
      g_assert_nonnull (strstr (text, "2023-11-14"));
    }
}

static void
test_png (void)
{
  g_autoptr(StencilResult) part = calculate ("AXK7L40223G", FALSE);
  g_autoptr(StencilResult) mate = calculate ("AXK7L40223G", TRUE);
  StencilResult *results[2] = { part, mate };
  const struct
  {
    StencilPaper paper;
    gboolean     landscape;
    double       dpi;
    guint        n;
    int          w, h;
  } cases[] = {
    { STENCIL_PAPER_A4, FALSE, 150, 1, 1240, 1754 },
    { STENCIL_PAPER_A4, TRUE, 72, 1, 842, 595 },
    { STENCIL_PAPER_LETTER, FALSE, 100, 1, 850, 1100 },
    { STENCIL_PAPER_A4, FALSE, 50, 2, 413, 2 * 585 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = tmp_path ("out.png");
      StencilDrawingOptions options;
      int w, h;
      guint inked;

      stencil_drawing_options_init (&options);
      options.paper = cases[i].paper;
      options.landscape = cases[i].landscape;
      options.dpi = cases[i].dpi;
      g_assert_true (stencil_drawing_write_png (results, cases[i].n, &options, path, &error));
      g_assert_no_error (error);
      inked = count_non_white (path, &w, &h);
      g_assert_cmpint (w, ==, cases[i].w);
      g_assert_cmpint (h, ==, cases[i].h);
      g_assert_cmpuint (inked, >, (guint) (w * h / 50));
    }
}

static void
test_svg (void)
{
  g_autoptr(StencilResult) part = calculate ("AXK8L24124BG", FALSE);
  g_autoptr(StencilResult) mate = calculate ("AXK8L24124BG", TRUE);
  StencilResult *results[2] = { part, mate };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("out.svg");
  g_autofree char *contents = NULL;
  gsize length;
  GMarkupParser parser = { NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  StencilDrawingOptions options;

  stencil_drawing_options_init (&options);
  g_assert_true (stencil_drawing_write_svg (results, 2, &options, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  /* Two A4 sheets one under the other, in mm. */
  g_assert_nonnull (strstr (contents, "width=\"210mm\""));
  g_assert_nonnull (strstr (contents, "height=\"594mm\""));

  context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  g_assert_true (g_markup_parse_context_parse (context, contents, length, &error));
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);

  if (have_tool ("xmllint"))
    {
      const char *argv[] = { "xmllint", "--noout", path, NULL };
      g_autofree char *out = run (argv);
    }
}

static void
assert_untouched (const char *path)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "keep me");
}

static void
test_errors (void)
{
  g_autoptr(StencilResult) result = calculate ("AXK8L10124BG", FALSE);
  g_autofree char *existing = tmp_path ("existing");
  StencilDrawingOptions options;
  const double bad_dpi[] = { 35, 601, 0, -150, NAN };

  g_assert_true (g_file_set_contents (existing, "keep me", -1, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (bad_dpi); i++)
    {
      g_autoptr(GError) error = NULL;

      stencil_drawing_options_init (&options);
      options.dpi = bad_dpi[i];
      g_assert_false (stencil_drawing_write_png (&result, 1, &options, existing, &error));
      g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT);
      g_assert_nonnull (strstr (error->message, "36"));
      g_assert_nonnull (strstr (error->message, "600 dpi"));
      assert_untouched (existing);
    }
  /* The limits themselves are fine (36 dpi is quick to draw). */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *path = tmp_path ("36.png");

    stencil_drawing_options_init (&options);
    options.dpi = 36;
    g_assert_true (stencil_drawing_write_png (&result, 1, &options, path, &error));
    g_assert_no_error (error);
  }

  stencil_drawing_options_init (&options);
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (stencil_drawing_write_pdf (&result, 1, &options,
                                               "/nonexistent-dir/sub/x.pdf", &error));
    g_assert_nonnull (error);
  }
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (stencil_drawing_write_svg (&result, 1, &options,
                                               "/nonexistent-dir/sub/x.svg", &error));
    g_assert_nonnull (error);
  }
  if (g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (stencil_drawing_write_pdf (&result, 1, &options, "/dev/full", &error));
      g_assert_nonnull (error);
    }
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (stencil_drawing_write_pdf (&result, 0, &options, existing, &error));
    g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT);
    assert_untouched (existing);
  }
}

static void
test_cli (void)
{
  const char *cli = g_getenv ("STENCILCALC_CLI");
  g_autofree char *pdf = tmp_path ("cli.pdf");
  g_autofree char *png = tmp_path ("cli.png");
  g_autofree char *svg = tmp_path ("cli.svg");
  g_autofree char *existing = tmp_path ("cli-existing.png");
  double w, h;
  int n_pages, pw, ph;

  if (cli == NULL || !g_file_test (cli, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("STENCILCALC_CLI is not set");
      return;
    }
  if (!have_tool ("pdfinfo"))
    return;

  {
    const char *args[] = { "export", "AXK7L80223G", "--thickness", "120", "--pdf", pdf,
                           "--png", png, "--svg", svg, "--paper", "letter", "--landscape",
                           "--dpi", "60", "--with-mate", NULL };
    g_auto(TestRun) run = { 0 };

    test_util_run_cli (&run, NULL, args);
    if (run.status != 0)
      g_error ("%s failed: %s%s", cli, run.out, run.err);
  }
  pdfinfo_page (pdf, 1, &w, &h, &n_pages);
  g_assert_cmpint (n_pages, ==, 2);
  g_assert_cmpint (lround (w), ==, 792);
  g_assert_cmpint (lround (h), ==, 612);
  count_non_white (png, &pw, &ph);
  g_assert_cmpint (pw, ==, 660);
  g_assert_cmpint (ph, ==, 2 * 510);
  g_assert_true (g_file_test (svg, G_FILE_TEST_IS_REGULAR));

  /* A bad resolution: an error that says why, and the old file stays. */
  g_assert_true (g_file_set_contents (existing, "keep me", -1, NULL));
  {
    const char *args[] = { "export", "AXK7L80223G", "--thickness", "120", "--png", existing,
                           "--dpi", "5000", NULL };
    g_auto(TestRun) run = { 0 };

    test_util_run_cli (&run, NULL, args);
    g_assert_cmpint (run.status, !=, 0);
    g_assert_nonnull (strstr (run.err, "dpi"));
    assert_untouched (existing);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_unsetenv ("SOURCE_DATE_EPOCH");

  catalog = test_util_load_catalog ();
  tmpdir = g_dir_make_tmp ("test-drawing-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/drawing/pdf", test_pdf);
  g_test_add_func ("/drawing/pdf-paper", test_pdf_paper);
  g_test_add_func ("/drawing/pdf-mate", test_pdf_mate);
  g_test_add_func ("/drawing/pdf-sweep", test_pdf_sweep);
  g_test_add_func ("/drawing/pdf-reproducible", test_pdf_reproducible);
  g_test_add_func ("/drawing/png", test_png);
  g_test_add_func ("/drawing/svg", test_svg);
  g_test_add_func ("/drawing/errors", test_errors);
  g_test_add_func ("/drawing/cli", test_cli);

  ret = g_test_run ();

  {
    const char *argv_rm[] = { "rm", "-rf", tmpdir, NULL };

    g_spawn_sync (NULL, (char **) argv_rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                  NULL, NULL);
  }
  g_free (tmpdir);
  g_object_unref (catalog);
  return ret;
}
