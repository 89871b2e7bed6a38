/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Drawing files: the sheets of a part (and its mate) as PDF pages, a PNG image or an SVG
 * document, generated whole in memory and then written atomically. */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <cairo-svg.h>
#include <cairo.h>
#include <glib/gi18n-lib.h>
#include <hpdf.h>
#include <math.h>

#include "stencil-drawing.h"
#include "stencil-fonts.h"
#include "stencil-io.h"
#include "stencil-limits.h"
#include "stencil-png.h"
#include "stencil-render-cairo.h"
#include "stencil-render-pdf.h"
#include "stencil-sheet.h"

#define PT_PER_MM (72.0 / 25.4)

static gboolean
check_arguments (StencilResult * const       *results,
                 guint                        n_results,
                 const StencilDrawingOptions *options,
                 GError                     **error)
{
  if (results == NULL || n_results < 1 || n_results > 2 || results[0] == NULL ||
      (n_results == 2 && results[1] == NULL))
    {
      g_set_error_literal (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                           _("A drawing needs one part and at most its mating part"));
      return FALSE;
    }
  if (options->paper != STENCIL_PAPER_A4 && options->paper != STENCIL_PAPER_LETTER)
    {
      g_set_error_literal (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                           _("Unknown paper size (use a4 or letter)"));
      return FALSE;
    }
  return stencil_limit_check (STENCIL_LIMIT_DPI, options->dpi, error);
}

/* All sheets of one drawing share one date: SOURCE_DATE_EPOCH when set. With the sweep, each
 * part's sheet is followed by its thickness sweep. */
static GPtrArray *
build_sheets (StencilResult * const       *results,
              guint                        n_results,
              const StencilDrawingOptions *options,
              GDateTime                   *date,
              GError                     **error)
{
  g_autoptr(GPtrArray) sheets =
    g_ptr_array_new_with_free_func ((GDestroyNotify) stencil_scene_unref);
  guint per_part = options->with_sweep ? 2 : 1;

  for (guint i = 0; i < n_results; i++)
    {
      g_ptr_array_add (sheets, stencil_scene_new_sheet (results[i], options, date,
                                                        per_part * i + 1, per_part * n_results));
      if (options->with_sweep)
        {
          g_autoptr(StencilSweep) sweep = stencil_sweep_new (results[i]->pattern,
                                                             &results[i]->params, NULL, error);

          if (sweep == NULL)
            return NULL;
          g_ptr_array_add (sheets, stencil_scene_new_sweep_sheet (results[i], sweep, options,
                                                                  date, per_part * i + 2,
                                                                  per_part * n_results));
        }
    }
  return g_steal_pointer (&sheets);
}

/* Every character of the sheets' text has a font (a Japanese drawing needs a Japanese one):
 * otherwise the export fails and says what to install, rather than drawing empty boxes. */
static gboolean
check_fonts (GPtrArray  *sheets,
             GError    **error)
{
  for (guint i = 0; i < sheets->len; i++)
    {
      StencilScene *sheet = g_ptr_array_index (sheets, i);
      guint n = stencil_scene_get_n_primitives (sheet);

      for (guint k = 0; k < n; k++)
        {
          const StencilPrimitive *p = stencil_scene_get_primitive (sheet, k);

          if (p->kind == STENCIL_PRIMITIVE_TEXT && p->text != NULL &&
              !stencil_fonts_check_text (p->text, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* ---- PDF -------------------------------------------------------------------------------- */

typedef struct
{
  GError *error;
} PdfState;

static void
pdf_error_cb (HPDF_STATUS  error_no,
              HPDF_STATUS  detail_no,
              void        *user_data)
{
  PdfState *state = user_data;

  /* The first error is the cause; later ones follow from it. */
  if (state->error == NULL)
    g_set_error (&state->error, STENCIL_ERROR, STENCIL_ERROR_FAILED,
                 _("Could not create the PDF (libharu error 0x%04X, detail %u)"),
                 (guint) error_no, (guint) detail_no);
}

typedef GBytes *(*DrawingGenerator) (StencilResult * const      *results,
                                     guint                       n_results,
                                     const StencilDrawingOptions *options,
                                     GError                    **error);

/* Every format is generated whole in memory first, then written atomically. */
static gboolean
write_generated (DrawingGenerator             generate,
                 StencilResult * const       *results,
                 guint                        n_results,
                 const StencilDrawingOptions *options,
                 const char                  *path,
                 GError                     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  bytes = generate (results, n_results, options, error);
  if (bytes == NULL)
    return FALSE;
  return stencil_write_output_bytes (path, bytes, error);
}

static HPDF_Date
pdf_date (GDateTime *date)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (date);
  HPDF_Date d = { 0 };

  d.year = g_date_time_get_year (utc);
  d.month = g_date_time_get_month (utc);
  d.day = g_date_time_get_day_of_month (utc);
  d.hour = g_date_time_get_hour (utc);
  d.minutes = g_date_time_get_minute (utc);
  d.seconds = g_date_time_get_second (utc);
  d.ind = 'Z';
  return d;
}

static GBytes *
render_pdf (StencilResult * const       *results,
            guint                        n_results,
            const StencilDrawingOptions *options,
            GError                     **error)
{
  PdfState state = { NULL };
  g_autoptr(GDateTime) date = stencil_get_creation_time ();
  g_autoptr(GPtrArray) sheets = NULL;
  g_autofree char *title = NULL;
  HPDF_Doc pdf;
  StencilPdfFonts fonts;
  HPDF_UINT32 size;
  guint8 *data = NULL;
  GBytes *bytes = NULL;

  pdf = HPDF_New (pdf_error_cb, &state);
  if (pdf == NULL)
    {
      g_set_error_literal (error, STENCIL_ERROR, STENCIL_ERROR_FAILED,
                           _("Could not create the PDF (out of memory)"));
      return NULL;
    }

  HPDF_SetCompressionMode (pdf, HPDF_COMP_ALL);
  HPDF_UseUTFEncodings (pdf);
  HPDF_SetCurrentEncoder (pdf, "UTF-8");
  sheets = build_sheets (results, n_results, options, date, error);
  if (sheets == NULL || !check_fonts (sheets, error) ||
      (state.error == NULL && !stencil_render_pdf_load_fonts (pdf, (StencilScene **) sheets->pdata,
                                                              sheets->len, &fonts, error)))
    goto out;

  /* TRANSLATORS: the PDF document title; %s is the part number. */
  title = g_strdup_printf (_("Stencil drawing %s"), results[0]->pattern->part->part_number);
  HPDF_SetInfoAttr (pdf, HPDF_INFO_TITLE, title);
  HPDF_SetInfoAttr (pdf, HPDF_INFO_CREATOR, PACKAGE_NAME " " PACKAGE_VERSION);
  HPDF_SetInfoDateAttr (pdf, HPDF_INFO_CREATION_DATE, pdf_date (date));
  HPDF_SetInfoDateAttr (pdf, HPDF_INFO_MOD_DATE, pdf_date (date));

  for (guint i = 0; i < sheets->len && state.error == NULL; i++)
    {
      StencilScene *sheet = g_ptr_array_index (sheets, i);
      HPDF_Page page = HPDF_AddPage (pdf);

      if (page == NULL)
        break;
      HPDF_Page_SetWidth (page, stencil_scene_get_width_mm (sheet) * PT_PER_MM);
      HPDF_Page_SetHeight (page, stencil_scene_get_height_mm (sheet) * PT_PER_MM);
      stencil_render_pdf (page, sheet, &fonts);
    }
  if (state.error != NULL)
    goto out;

  if (HPDF_SaveToStream (pdf) != HPDF_OK || state.error != NULL)
    goto out;
  size = HPDF_GetStreamSize (pdf);
  data = g_malloc (MAX (size, 1));
  HPDF_ResetStream (pdf);
  {
    HPDF_UINT32 done = 0;

    while (done < size)
      {
        HPDF_UINT32 chunk = size - done;
        HPDF_STATUS status = HPDF_ReadFromStream (pdf, data + done, &chunk);

        done += chunk;
        if (chunk == 0 || (status != HPDF_OK && status != HPDF_STREAM_EOF))
          break;
      }
    if (done != size && state.error == NULL)
      g_set_error_literal (&state.error, STENCIL_ERROR, STENCIL_ERROR_FAILED,
                           _("Could not read the PDF back from memory"));
  }
  if (state.error == NULL)
    bytes = g_bytes_new_take (g_steal_pointer (&data), size);

out:
  g_free (data);
  HPDF_Free (pdf);
  if (state.error != NULL)
    {
      if (error != NULL && *error == NULL)
        g_propagate_error (error, g_steal_pointer (&state.error));
      g_clear_error (&state.error);
      g_clear_pointer (&bytes, g_bytes_unref);
    }
  return bytes;
}

GBytes *
stencil_drawing_generate_pdf (StencilResult * const      *results,
                              guint                       n_results,
                              const StencilDrawingOptions *options,
                              GError                    **error)
{
  g_return_val_if_fail (options != NULL, NULL);

  if (!check_arguments (results, n_results, options, error))
    return NULL;
  return render_pdf (results, n_results, options, error);
}

gboolean
stencil_drawing_write_pdf (StencilResult * const      *results,
                           guint                       n_results,
                           const StencilDrawingOptions *options,
                           const char                 *path,
                           GError                    **error)
{
  return write_generated (stencil_drawing_generate_pdf, results, n_results, options, path, error);
}

/* ---- PNG and SVG ------------------------------------------------------------------------ */

static cairo_status_t
write_to_array_cb (void                *closure,
                   const unsigned char *data,
                   unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Sheets one under the other, each w_mm x h_mm, onto a context already scaled to mm. */
static void
draw_sheets (cairo_t   *cr,
             GPtrArray *sheets)
{
  StencilRenderOptions render_options;

  stencil_render_options_init (&render_options);
  for (guint i = 0; i < sheets->len; i++)
    {
      StencilScene *sheet = g_ptr_array_index (sheets, i);

      cairo_save (cr);
      cairo_translate (cr, 0, i * stencil_scene_get_height_mm (sheet));
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_rectangle (cr, 0, 0, stencil_scene_get_width_mm (sheet),
                       stencil_scene_get_height_mm (sheet));
      cairo_fill (cr);
      stencil_render_cairo (cr, sheet, &render_options);
      cairo_restore (cr);
    }
}

static gboolean
check_cairo (cairo_status_t status,
             const char    *what,
             GError       **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_FAILED, _("Could not draw the %s: %s"), what,
               cairo_status_to_string (status));
  return FALSE;
}

/* The sheets of a Cairo drawing (the mate's below the part's) and the size of one, in mm. */
static GPtrArray *
prepare_cairo_sheets (StencilResult * const       *results,
                      guint                        n_results,
                      const StencilDrawingOptions *options,
                      double                      *w_mm,
                      double                      *h_mm,
                      GError                     **error)
{
  g_autoptr(GDateTime) date = NULL;
  GPtrArray *sheets;

  if (!check_arguments (results, n_results, options, error))
    return NULL;
  date = stencil_get_creation_time ();
  sheets = build_sheets (results, n_results, options, date, error);
  if (sheets == NULL)
    return NULL;
  if (!check_fonts (sheets, error))
    {
      g_ptr_array_unref (sheets);
      return NULL;
    }
  *w_mm = stencil_scene_get_width_mm (g_ptr_array_index (sheets, 0));
  *h_mm = stencil_scene_get_height_mm (g_ptr_array_index (sheets, 0));
  return sheets;
}

/* Paints every sheet on a surface with the given units per mm; returns cairo's verdict. */
static cairo_status_t
paint_sheets (cairo_surface_t *surface,
              GPtrArray       *sheets,
              double           x_scale,
              double           y_scale)
{
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  cairo_scale (cr, x_scale, y_scale);
  draw_sheets (cr, sheets);
  status = cairo_status (cr);
  cairo_destroy (cr);
  return status;
}

cairo_surface_t *
stencil_drawing_render_image (StencilResult * const      *results,
                              guint                       n_results,
                              const StencilDrawingOptions *options,
                              GError                    **error)
{
  g_autoptr(GPtrArray) sheets = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  double w_mm, h_mm;
  int w_px, h_px;

  g_return_val_if_fail (options != NULL, NULL);

  sheets = prepare_cairo_sheets (results, n_results, options, &w_mm, &h_mm, error);
  if (sheets == NULL)
    return NULL;
  /* The paper at the requested resolution; with the mate, its sheet below: a taller image. */
  w_px = (int) lround (w_mm / 25.4 * options->dpi);
  h_px = (int) lround (h_mm / 25.4 * options->dpi);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, w_px, h_px * (int) sheets->len);
  status = cairo_surface_status (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = paint_sheets (surface, sheets, w_px / w_mm, h_px / h_mm);
  if (!check_cairo (status, _("PNG image"), error))
    {
      cairo_surface_destroy (surface);
      return NULL;
    }
  return surface;
}

/* Written by libpng directly (stencil-png): a fast zlib setting made this 5 times faster than
 * cairo_surface_write_to_png_stream, with the same pixels. */
GBytes *
stencil_drawing_generate_png (StencilResult * const      *results,
                              guint                       n_results,
                              const StencilDrawingOptions *options,
                              GError                    **error)
{
  cairo_surface_t *surface = stencil_drawing_render_image (results, n_results, options, error);
  GBytes *png;

  if (surface == NULL)
    return NULL;
  png = stencil_png_encode (surface, error);
  cairo_surface_destroy (surface);
  return png;
}

gboolean
stencil_drawing_write_png (StencilResult * const      *results,
                           guint                       n_results,
                           const StencilDrawingOptions *options,
                           const char                 *path,
                           GError                    **error)
{
  return write_generated (stencil_drawing_generate_png, results, n_results, options, path, error);
}

GBytes *
stencil_drawing_generate_svg (StencilResult * const      *results,
                              guint                       n_results,
                              const StencilDrawingOptions *options,
                              GError                    **error)
{
  g_autoptr(GPtrArray) sheets = NULL;
  g_autoptr(GByteArray) svg = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  double w_mm, h_mm;

  g_return_val_if_fail (options != NULL, NULL);

  sheets = prepare_cairo_sheets (results, n_results, options, &w_mm, &h_mm, error);
  if (sheets == NULL)
    return NULL;

  svg = g_byte_array_new ();
  /* With the document unit set to mm, cairo takes the size and user space in mm too. */
  surface = cairo_svg_surface_create_for_stream (write_to_array_cb, svg, w_mm,
                                                 h_mm * sheets->len);
  cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_MM);
  status = paint_sheets (surface, sheets, 1, 1);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (!check_cairo (status, _("SVG image"), error))
    return NULL;

  return g_byte_array_free_to_bytes (g_steal_pointer (&svg));
}

gboolean
stencil_drawing_write_svg (StencilResult * const      *results,
                           guint                       n_results,
                           const StencilDrawingOptions *options,
                           const char                 *path,
                           GError                    **error)
{
  return write_generated (stencil_drawing_generate_svg, results, n_results, options, path, error);
}
