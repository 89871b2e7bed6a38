/* SPDX-License-Identifier: GPL-3.0-or-later */
/* PNG encoder for cairo image surfaces on libpng: rows converted from cairo's native-endian
 * pixels, compressed with a fast zlib level and one cheap filter. */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <png.h>
#include <string.h>
#include <zlib.h>

#include "stencil-png.h"
#include "stencil-types.h"

/* A drawing is mostly white paper with thin lines: zlib's fastest level on unfiltered rows
 * (long runs of white are what deflate finds best by itself) makes a file about 15 % larger
 * than libpng's defaults (level 6, every filter tried on every row) in a third of the time;
 * Z_RLE, the Up or Paeth filter and levels 2 to 3 were slower or larger (BENCHMARKS.md). */
#define PNG_ZLIB_LEVEL    1
#define PNG_ZLIB_STRATEGY Z_DEFAULT_STRATEGY
#define PNG_ROW_FILTER    PNG_FILTER_NONE

typedef struct
{
  GByteArray *out;
  char       *message;   /* libpng's error, for the GError */
} PngWriter;

static void
write_cb (png_structp png,
          png_bytep   data,
          png_size_t  length)
{
  PngWriter *writer = png_get_io_ptr (png);

  g_byte_array_append (writer->out, data, (guint) length);
}

static void
flush_cb (png_structp png)
{
}

static void
error_cb (png_structp     png,
          png_const_charp message)
{
  PngWriter *writer = png_get_error_ptr (png);

  g_free (writer->message);
  writer->message = g_strdup (message);
  png_longjmp (png, 1);
}

static void
warning_cb (png_structp     png,
            png_const_charp message)
{
}

/* cairo's RGB24: one native-endian 32-bit word per pixel, x8r8g8b8. On a little-endian
 * machine four pixels at a time: byte-swapped and shifted, a word holds R, G, B in its first
 * three bytes, and three words take the twelve bytes of four pixels. */
static void
convert_rgb_row (const guint32 *src,
                 guint8        *dst,
                 int            width)
{
  int x = 0;

#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  for (; x + 4 <= width; x += 4)
    {
      guint32 t0 = GUINT32_SWAP_LE_BE (src[x]) >> 8;
      guint32 t1 = GUINT32_SWAP_LE_BE (src[x + 1]) >> 8;
      guint32 t2 = GUINT32_SWAP_LE_BE (src[x + 2]) >> 8;
      guint32 t3 = GUINT32_SWAP_LE_BE (src[x + 3]) >> 8;
      guint32 words[3] = { t0 | t1 << 24, t1 >> 8 | t2 << 16, t2 >> 16 | t3 << 8 };

      memcpy (dst, words, sizeof words);
      dst += sizeof words;
    }
#endif
  for (; x < width; x++)
    {
      guint32 pixel = src[x];

      dst[0] = (guint8) (pixel >> 16);
      dst[1] = (guint8) (pixel >> 8);
      dst[2] = (guint8) pixel;
      dst += 3;
    }
}

/* cairo's ARGB32 is premultiplied: divided back with the rounding of cairo's own PNG writer,
 * and a fully transparent pixel is 0, 0, 0, 0. */
static void
convert_rgba_row (const guint32 *src,
                  guint8        *dst,
                  int            width)
{
  for (int x = 0; x < width; x++)
    {
      guint32 pixel = src[x];
      guint alpha = pixel >> 24;

      if (alpha == 0)
        memset (dst, 0, 4);
      else if (alpha == 255)
        {
          dst[0] = (guint8) (pixel >> 16);
          dst[1] = (guint8) (pixel >> 8);
          dst[2] = (guint8) pixel;
          dst[3] = 255;
        }
      else
        {
          dst[0] = (guint8) ((((pixel >> 16) & 0xff) * 255 + alpha / 2) / alpha);
          dst[1] = (guint8) ((((pixel >> 8) & 0xff) * 255 + alpha / 2) / alpha);
          dst[2] = (guint8) (((pixel & 0xff) * 255 + alpha / 2) / alpha);
          dst[3] = (guint8) alpha;
        }
      dst += 4;
    }
}

/* The part that libpng may leave by longjmp: nothing in here owns memory but through writer
 * and row, which the caller frees. */
static gboolean
encode_rows (png_structp      png,
             png_infop        info,
             cairo_surface_t *surface,
             guint8          *row)
{
  cairo_format_t format = cairo_image_surface_get_format (surface);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *data = cairo_image_surface_get_data (surface);
  gboolean alpha = format == CAIRO_FORMAT_ARGB32;
  png_color_16 white = { 0, 0xff, 0xff, 0xff, 0 };

  if (setjmp (png_jmpbuf (png)))
    return FALSE;

  png_set_IHDR (png, info, (png_uint_32) width, (png_uint_32) height, 8,
                alpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB,
                PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  /* As cairo writes it: a white background for viewers that show one. */
  png_set_bKGD (png, info, &white);
  png_set_compression_level (png, PNG_ZLIB_LEVEL);
  png_set_compression_strategy (png, PNG_ZLIB_STRATEGY);
  png_set_filter (png, PNG_FILTER_TYPE_BASE, PNG_ROW_FILTER);
  png_write_info (png, info);

  for (int y = 0; y < height; y++)
    {
      const guint32 *src = (const guint32 *) (gconstpointer) (data + (gsize) y * stride);

      if (alpha)
        convert_rgba_row (src, row, width);
      else
        convert_rgb_row (src, row, width);
      png_write_row (png, row);
    }
  png_write_end (png, info);
  return TRUE;
}

/* In the words the drawings use for every other cairo failure. */
static GBytes *
set_cairo_error (cairo_status_t   status,
                 GError         **error)
{
  g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_FAILED, _("Could not draw the %s: %s"),
               _("PNG image"), cairo_status_to_string (status));
  return NULL;
}

GBytes *
stencil_png_encode (cairo_surface_t  *surface,
                    GError          **error)
{
  PngWriter writer = { NULL, NULL };
  png_structp png;
  png_infop info = NULL;
  g_autofree guint8 *row = NULL;
  cairo_format_t format;
  int width, height;
  gboolean ok;

  g_return_val_if_fail (surface != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    return set_cairo_error (cairo_surface_status (surface), error);
  if (cairo_surface_get_type (surface) != CAIRO_SURFACE_TYPE_IMAGE)
    return set_cairo_error (CAIRO_STATUS_SURFACE_TYPE_MISMATCH, error);
  format = cairo_image_surface_get_format (surface);
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  if ((format != CAIRO_FORMAT_RGB24 && format != CAIRO_FORMAT_ARGB32) || width <= 0
      || height <= 0)
    return set_cairo_error (CAIRO_STATUS_INVALID_FORMAT, error);
  cairo_surface_flush (surface);

  png = png_create_write_struct (PNG_LIBPNG_VER_STRING, &writer, error_cb, warning_cb);
  if (png != NULL)
    info = png_create_info_struct (png);
  if (png == NULL || info == NULL)
    {
      png_destroy_write_struct (&png, &info);
      return set_cairo_error (CAIRO_STATUS_NO_MEMORY, error);
    }
  /* About what the drawings compress to: one reallocation at most, usually. */
  writer.out = g_byte_array_sized_new ((guint) MIN ((gsize) width * height / 16 + 1024,
                                                    G_MAXUINT / 2));
  png_set_write_fn (png, &writer, write_cb, flush_cb);
  row = g_malloc ((gsize) width * 4);

  ok = encode_rows (png, info, surface, row);
  png_destroy_write_struct (&png, &info);
  if (!ok)
    {
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_FAILED, _("Could not draw the %s: %s"),
                   _("PNG image"), writer.message != NULL ? writer.message : "libpng");
      g_free (writer.message);
      g_byte_array_unref (writer.out);
      return NULL;
    }
  g_free (writer.message);
  return g_byte_array_free_to_bytes (writer.out);
}
