/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The export formats and the one place that turns a result into files (stencil-export.h). */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stencil-csv.h"
#include "stencil-export.h"
#include "stencil-io.h"
#include "stencil-kicad.h"
#include "stencil-limits.h"

/* Indexed by StencilExportFormat. */
static const struct
{
  const char *name;
  const char *suffix;
  const char *extension;
  const char *glob;
  const char *mime_type;
  const char *label;
  gboolean    drawing;
} formats[] = {
  [STENCIL_EXPORT_GERBER] = { "gerber", "-paste.gbr", ".gbr", "*.gbr", NULL, N_("Gerber files"),
                              FALSE },
  [STENCIL_EXPORT_PDF] = { "pdf", ".pdf", ".pdf", "*.pdf", "application/pdf",
                           N_("PDF documents"), TRUE },
  [STENCIL_EXPORT_PNG] = { "png", ".png", ".png", "*.png", "image/png", N_("PNG images"), TRUE },
  [STENCIL_EXPORT_SVG] = { "svg", ".svg", ".svg", "*.svg", "image/svg+xml", N_("SVG images"),
                           TRUE },
  [STENCIL_EXPORT_CSV] = { "csv", "-apertures.csv", ".csv", "*.csv", "text/csv",
                           N_("CSV tables"), FALSE },
  /* No MIME type is registered for KiCad's footprints. */
  [STENCIL_EXPORT_KICAD] = { "kicad", ".kicad_mod", ".kicad_mod", "*.kicad_mod", NULL,
                             N_("KiCad footprints"), FALSE },
};

G_STATIC_ASSERT (G_N_ELEMENTS (formats) == STENCIL_N_EXPORT_FORMATS);

#define CHECK_FORMAT(format, val) \
  g_return_val_if_fail ((guint) (format) < STENCIL_N_EXPORT_FORMATS, val)

const char *
stencil_export_format_to_string (StencilExportFormat format)
{
  CHECK_FORMAT (format, NULL);
  return formats[format].name;
}

gboolean
stencil_export_format_from_string (const char          *str,
                                   StencilExportFormat *out)
{
  for (guint i = 0; str != NULL && i < G_N_ELEMENTS (formats); i++)
    if (strcmp (str, formats[i].name) == 0)
      {
        if (out != NULL)
          *out = (StencilExportFormat) i;
        return TRUE;
      }
  return FALSE;
}

const char *
stencil_export_format_suffix (StencilExportFormat format)
{
  CHECK_FORMAT (format, NULL);
  return formats[format].suffix;
}

const char *
stencil_export_format_glob (StencilExportFormat format)
{
  CHECK_FORMAT (format, NULL);
  return formats[format].glob;
}

const char *
stencil_export_format_mime_type (StencilExportFormat format)
{
  CHECK_FORMAT (format, NULL);
  return formats[format].mime_type;
}

const char *
stencil_export_format_label (StencilExportFormat format)
{
  CHECK_FORMAT (format, NULL);
  return _(formats[format].label);
}

gboolean
stencil_export_format_is_drawing (StencilExportFormat format)
{
  CHECK_FORMAT (format, FALSE);
  return formats[format].drawing;
}

gboolean
stencil_export_format_from_filename (const char          *filename,
                                     StencilExportFormat *out)
{
  g_autofree char *lower = NULL;

  if (filename == NULL)
    return FALSE;
  lower = g_ascii_strdown (filename, -1);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_str_has_suffix (lower, formats[i].extension))
      {
        if (out != NULL)
          *out = (StencilExportFormat) i;
        return TRUE;
      }
  return FALSE;
}

char *
stencil_export_default_filename (const char          *part_number,
                                 double               thickness_um,
                                 StencilExportFormat  format)
{
  g_autofree char *thickness = NULL;

  CHECK_FORMAT (format, NULL);

  thickness = stencil_format_number (thickness_um, 1);
  return g_strdup_printf ("%s-%sum%s", part_number != NULL ? part_number : "stencil", thickness,
                          formats[format].suffix);
}

char *
stencil_export_result_filename (StencilResult       *result,
                                StencilExportFormat  format)
{
  g_return_val_if_fail (result != NULL, NULL);
  CHECK_FORMAT (format, NULL);

  if (format == STENCIL_EXPORT_KICAD)
    return stencil_kicad_default_filename (result);
  return stencil_export_default_filename (result->pattern->part->part_number,
                                          result->params.thickness_um, format);
}

void
stencil_export_options_init (StencilExportOptions *options)
{
  g_return_if_fail (options != NULL);

  stencil_gerber_options_init (&options->gerber);
  stencil_drawing_options_init (&options->drawing);
  options->with_mate = FALSE;
}

gboolean
stencil_export_check (const StencilExportOptions *options,
                      const StencilExportOutput  *outputs,
                      guint                       n_outputs,
                      GError                    **error)
{
  gboolean drawing = FALSE;

  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (outputs != NULL || n_outputs == 0, FALSE);

  for (guint i = 0; i < n_outputs; i++)
    {
      g_return_val_if_fail ((guint) outputs[i].format < STENCIL_N_EXPORT_FORMATS, FALSE);
      g_return_val_if_fail (outputs[i].path != NULL, FALSE);
      drawing |= formats[outputs[i].format].drawing;
    }
  if (!stencil_gerber_options_validate (&options->gerber, error))
    return FALSE;
  /* The paper is an enum the drawing checks; the resolution is a number the user typed. */
  if (drawing && !stencil_limit_check (STENCIL_LIMIT_DPI, options->drawing.dpi, error))
    return FALSE;
  /* A folder that does not exist is found before anything is computed or written. */
  for (guint i = 0; i < n_outputs; i++)
    if (!stencil_check_output (outputs[i].path, error))
      return FALSE;
  return TRUE;
}

GPtrArray *
stencil_export_drawing_results (StencilResult              *result,
                                const StencilExportOptions *options,
                                GError                    **error)
{
  g_autoptr(GPtrArray) results = NULL;

  g_return_val_if_fail (result != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  results = g_ptr_array_new_with_free_func ((GDestroyNotify) stencil_result_unref);
  g_ptr_array_add (results, stencil_result_ref (result));
  if (options->with_mate)
    {
      g_autoptr(StencilPart) mate = stencil_part_new_mate (result->pattern->part);
      g_autoptr(StencilPattern) pattern = NULL;
      StencilResult *mate_result;

      if (mate == NULL)
        {
          g_set_error_literal (error, STENCIL_ERROR, STENCIL_ERROR_NOT_FOUND,
                               _("this part has no mating part in the series"));
          return NULL;
        }
      /* The user's file is for the part only: the mate keeps its family's pattern. */
      pattern = stencil_pattern_new (mate, NULL, error);
      if (pattern == NULL)
        return NULL;
      mate_result = stencil_calculate (pattern, &result->params, error);
      if (mate_result == NULL)
        return NULL;
      g_ptr_array_add (results, mate_result);
    }
  return g_steal_pointer (&results);
}

GBytes *
stencil_export_generate (StencilResult * const      *results,
                         guint                       n_results,
                         const StencilExportOptions *options,
                         StencilExportFormat         format,
                         GError                    **error)
{
  g_return_val_if_fail (results != NULL && n_results > 0 && results[0] != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  switch (format)
    {
    case STENCIL_EXPORT_GERBER:
      return stencil_gerber_generate (results[0], &options->gerber, error);
    case STENCIL_EXPORT_PDF:
      return stencil_drawing_generate_pdf (results, n_results, &options->drawing, error);
    case STENCIL_EXPORT_PNG:
      return stencil_drawing_generate_png (results, n_results, &options->drawing, error);
    case STENCIL_EXPORT_SVG:
      return stencil_drawing_generate_svg (results, n_results, &options->drawing, error);
    case STENCIL_EXPORT_CSV:
      return stencil_csv_generate (results[0]);
    case STENCIL_EXPORT_KICAD:
      return stencil_kicad_generate (results[0], NULL, error);
    case STENCIL_N_EXPORT_FORMATS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Each file is atomic, a set of files cannot be: the message says which ones are new. */
static void
prefix_written (GError     *error,
                const char *written)
{
  char *message;

  if (written == NULL || *written == '\0')
    return;
  message = g_strdup_printf (_("%s (already written: %s)"), error->message, written);
  g_free (error->message);
  error->message = message;
}

gboolean
stencil_export_write_all (StencilResult              *result,
                          const StencilExportOptions *options,
                          const StencilExportOutput  *outputs,
                          guint                       n_outputs,
                          GError                    **error)
{
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) contents = NULL;
  g_autoptr(GString) written = NULL;

  g_return_val_if_fail (result != NULL, FALSE);

  if (!stencil_export_check (options, outputs, n_outputs, error))
    return FALSE;
  /* A part without a mate is an error even when only the Gerber file was asked for. */
  results = stencil_export_drawing_results (result, options, error);
  if (results == NULL)
    return FALSE;

  /* Everything is made in memory first and written only when all of it could be made, so a
   * bad option or a failed drawing never leaves some files new and others old. */
  contents = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  for (guint i = 0; i < n_outputs; i++)
    {
      g_autofree char *footprint = stencil_kicad_name_from_path (outputs[i].path);
      GBytes *bytes;

      /* A library's footprint is named by its file: the footprint inside says the same. */
      if (outputs[i].format == STENCIL_EXPORT_KICAD)
        bytes = stencil_kicad_generate (results->pdata[0], footprint, error);
      else
        bytes = stencil_export_generate ((StencilResult * const *) results->pdata, results->len,
                                         options, outputs[i].format, error);
      if (bytes == NULL)
        return FALSE;
      g_ptr_array_add (contents, bytes);
    }

  written = g_string_new (NULL);
  for (guint i = 0; i < n_outputs; i++)
    {
      g_autoptr(GError) local_error = NULL;

      if (!stencil_write_output_bytes (outputs[i].path, contents->pdata[i], &local_error))
        {
          prefix_written (local_error, written->str);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (strcmp (outputs[i].path, "-") != 0)
        g_string_append_printf (written, "%s%s", written->len > 0 ? ", " : "", outputs[i].path);
    }
  return TRUE;
}
