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
#include "stencil-output-stream.h"

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

/* One output on its way: a Gerber file streamed into a temporary file beside its target, or
 * anything else made in memory. */
typedef struct
{
  GBytes              *bytes;
  StencilOutputStream *stream;
} PendingOutput;

static void
pending_clear (PendingOutput *pending,
               guint          n)
{
  for (guint i = 0; i < n; i++)
    {
      g_clear_pointer (&pending[i].bytes, g_bytes_unref);
      g_clear_pointer (&pending[i].stream, stencil_output_abort);
    }
}

/* Makes output i: a Gerber file for a path that gets a temporary file is written into it as it
 * is made (memory stays flat in the panel size) and appears only at the commit; standard
 * output, a device and every other format are made in memory. */
static gboolean
make_output (PendingOutput              *pending,
             GPtrArray                  *results,
             const StencilExportOptions *options,
             const StencilExportOutput  *output,
             GError                    **error)
{
  if (output->format == STENCIL_EXPORT_GERBER && stencil_output_is_deferred (output->path))
    {
      pending->stream = stencil_output_open (output->path, error);
      return pending->stream != NULL
             && stencil_gerber_write_stream (g_ptr_array_index (results, 0), &options->gerber,
                                             pending->stream, error);
    }
  if (output->format == STENCIL_EXPORT_KICAD)
    {
      /* A library's footprint is named by its file: the footprint inside says the same. */
      g_autofree char *footprint = stencil_kicad_name_from_path (output->path);

      pending->bytes = stencil_kicad_generate (g_ptr_array_index (results, 0), footprint, error);
    }
  else
    pending->bytes = stencil_export_generate ((StencilResult * const *) results->pdata,
                                              results->len, options, output->format, error);
  return pending->bytes != NULL;
}

static gboolean
finish_output (PendingOutput  *pending,
               const char     *path,
               GError        **error)
{
  if (pending->stream != NULL)
    return stencil_output_commit (g_steal_pointer (&pending->stream), error);
  return stencil_write_output_bytes (path, pending->bytes, error);
}

gboolean
stencil_export_write_all (StencilResult              *result,
                          const StencilExportOptions *options,
                          const StencilExportOutput  *outputs,
                          guint                       n_outputs,
                          GError                    **error)
{
  g_autoptr(GPtrArray) results = NULL;
  g_autofree PendingOutput *pending = NULL;
  g_autoptr(GString) written = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (result != NULL, FALSE);

  if (!stencil_export_check (options, outputs, n_outputs, error))
    return FALSE;
  /* A part without a mate is an error even when only the Gerber file was asked for. */
  results = stencil_export_drawing_results (result, options, error);
  if (results == NULL)
    return FALSE;

  /* Everything is made first (in memory, or in a temporary file nobody sees yet) and put in
   * place only when all of it could be made, so a bad option or a failed drawing never leaves
   * some files new and others old. */
  pending = g_new0 (PendingOutput, n_outputs);
  for (guint i = 0; i < n_outputs && ok; i++)
    ok = make_output (&pending[i], results, options, &outputs[i], error);

  written = g_string_new (NULL);
  for (guint i = 0; i < n_outputs && ok; i++)
    {
      g_autoptr(GError) local_error = NULL;

      if (!finish_output (&pending[i], outputs[i].path, &local_error))
        {
          prefix_written (local_error, written->str);
          g_propagate_error (error, g_steal_pointer (&local_error));
          ok = FALSE;
          break;
        }
      if (strcmp (outputs[i].path, "-") != 0)
        g_string_append_printf (written, "%s%s", written->len > 0 ? ", " : "", outputs[i].path);
    }
  pending_clear (pending, n_outputs);
  return ok;
}
