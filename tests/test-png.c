/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The PNG encoder: a valid file (pngcheck reads it), and decoded it gives the same pixels as a
 * file from cairo's own PNG writer, for RGB24 and for translucent ARGB32 surfaces and for a
 * real drawing sheet. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "stencil-drawing.h"
#include "stencil-png.h"
#include "test-util.h"

static StencilCatalog *catalog;

typedef struct
{
  const guint8 *data;
  gsize         length;
  gsize         offset;
} ReadCursor;

static cairo_status_t
read_cb (void          *closure,
         unsigned char *data,
         unsigned int   length)
{
  ReadCursor *cursor = closure;

  if (cursor->offset + length > cursor->length)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, cursor->data + cursor->offset, length);
  cursor->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A PNG file read back by cairo (libpng), as an image surface. */
static cairo_surface_t *
decode (GBytes *png)
{
  ReadCursor cursor = { NULL, 0, 0 };
  cairo_surface_t *surface;

  cursor.data = g_bytes_get_data (png, &cursor.length);
  surface = cairo_image_surface_create_from_png_stream (read_cb, &cursor);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  return surface;
}

/* The same surface through cairo's own writer: the pixels a PNG of it has had so far. */
static GBytes *
encode_with_cairo (cairo_surface_t *surface)
{
  GByteArray *out = g_byte_array_new ();

  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_cb, out), ==,
                   CAIRO_STATUS_SUCCESS);
  return g_byte_array_free_to_bytes (out);
}

static void
assert_same_pixels (cairo_surface_t *a,
                    cairo_surface_t *b)
{
  int width = cairo_image_surface_get_width (a);
  int height = cairo_image_surface_get_height (a);
  int bytes = width * 4;

  g_assert_cmpint (cairo_image_surface_get_format (a), ==, cairo_image_surface_get_format (b));
  g_assert_cmpint (cairo_image_surface_get_width (b), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (b), ==, height);
  for (int y = 0; y < height; y++)
    {
      const guint8 *ra = cairo_image_surface_get_data (a) + y * cairo_image_surface_get_stride (a);
      const guint8 *rb = cairo_image_surface_get_data (b) + y * cairo_image_surface_get_stride (b);

      if (memcmp (ra, rb, bytes) != 0)
        g_error ("row %d of %d differs", y, height);
    }
}

/* pngcheck reads the whole file and checks every chunk's CRC and the zlib stream. */
static void
assert_pngcheck_ok (GBytes *png)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-png-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "check.png", NULL);
  g_autofree char *pngcheck = g_find_program_in_path ("pngcheck");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *argv[] = { NULL, "-q", NULL, NULL };
  int status;

  g_assert_no_error (error);
  /* pngcheck is in build-aux/packages.txt: a missing one is a failure, not a skip. */
  g_assert_nonnull (pngcheck);
  g_file_set_contents (path, g_bytes_get_data (png, NULL), (gssize) g_bytes_get_size (png),
                       &error);
  g_assert_no_error (error);
  argv[0] = pngcheck;
  argv[2] = path;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("pngcheck: %s%s", out, err);
  g_remove (path);
  g_rmdir (dir);
}

/* Encodes surface both ways, checks the file and compares what each decodes to. */
static void
assert_encodes_like_cairo (cairo_surface_t *surface)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) ours = stencil_png_encode (surface, &error);
  g_autoptr(GBytes) theirs = encode_with_cairo (surface);
  cairo_surface_t *a, *b;

  g_assert_no_error (error);
  g_assert_nonnull (ours);
  g_assert_true (memcmp (g_bytes_get_data (ours, NULL), "\x89PNG\r\n\x1a\n", 8) == 0);
  assert_pngcheck_ok (ours);
  a = decode (ours);
  b = decode (theirs);
  assert_same_pixels (a, b);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
}

/* Lines, text and a gradient on white: anti-aliased edges in many colours. */
static void
paint_pattern (cairo_surface_t *surface,
               gboolean         translucent)
{
  cairo_t *cr = cairo_create (surface);
  cairo_pattern_t *gradient = cairo_pattern_create_linear (0, 0, 300, 200);

  if (!translucent)
    {
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
    }
  cairo_pattern_add_color_stop_rgba (gradient, 0, 0.9, 0.1, 0.2, translucent ? 0.0 : 1.0);
  cairo_pattern_add_color_stop_rgba (gradient, 1, 0.1, 0.3, 0.9, translucent ? 0.7 : 1.0);
  cairo_set_source (cr, gradient);
  cairo_rectangle (cr, 10, 10, 200, 120);
  cairo_fill (cr);
  cairo_set_source_rgba (cr, 0, 0, 0, translucent ? 0.5 : 1.0);
  cairo_set_line_width (cr, 0.7);
  for (int i = 0; i < 20; i++)
    {
      cairo_move_to (cr, 3 + i * 15.3, 2);
      cairo_line_to (cr, 300 - i * 7.1, 197);
    }
  cairo_stroke (cr);
  cairo_move_to (cr, 20, 180);
  cairo_set_font_size (cr, 17);
  cairo_show_text (cr, "Stencil 0.23 × 0.56 mm");
  cairo_pattern_destroy (gradient);
  cairo_destroy (cr);
}

static void
test_rgb24 (void)
{
  /* 301 wide: a stride with padding, rows of odd length. */
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 301, 203);

  paint_pattern (surface, FALSE);
  assert_encodes_like_cairo (surface);
  cairo_surface_destroy (surface);
}

static void
test_argb32 (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 301, 203);

  paint_pattern (surface, TRUE);
  assert_encodes_like_cairo (surface);
  cairo_surface_destroy (surface);
}

/* A real sheet with its mate at 150 dpi: the file the drawing export writes is this encoder's,
 * and decoded it has the pixels cairo's writer gave the same image. */
static void
test_drawing (void)
{
  g_autoptr(StencilResult) socket = test_util_calculate_at (catalog, "AXK7L80223G", 127);
  g_autoptr(StencilPart) mate = stencil_part_new_mate (socket->pattern->part);
  g_autoptr(StencilResult) header = test_util_calculate_part (mate, &socket->params);
  StencilResult *results[] = { socket, header };
  StencilDrawingOptions options;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GBytes) direct = NULL;
  cairo_surface_t *surface;

  stencil_drawing_options_init (&options);
  surface = stencil_drawing_render_image (results, 2, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1240);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 2 * 1754);
  assert_encodes_like_cairo (surface);

  png = stencil_drawing_generate_png (results, 2, &options, &error);
  g_assert_no_error (error);
  direct = stencil_png_encode (surface, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (png, direct));
  cairo_surface_destroy (surface);
}

static void
test_errors (void)
{
  g_autoptr(GError) error = NULL;
  cairo_surface_t *a8 = cairo_image_surface_create (CAIRO_FORMAT_A8, 10, 10);
  cairo_surface_t *broken = cairo_image_surface_create (CAIRO_FORMAT_RGB24, -1, 10);

  g_assert_null (stencil_png_encode (a8, &error));
  g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "PNG"));
  g_clear_error (&error);
  g_assert_null (stencil_png_encode (broken, &error));
  g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_FAILED);
  cairo_surface_destroy (a8);
  cairo_surface_destroy (broken);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  catalog = test_util_load_catalog ();

  g_test_add_func ("/png/rgb24", test_rgb24);
  g_test_add_func ("/png/argb32", test_argb32);
  g_test_add_func ("/png/drawing", test_drawing);
  g_test_add_func ("/png/errors", test_errors);

  ret = g_test_run ();
  g_object_unref (catalog);
  return ret;
}
