/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Exporting a result: the file formats (names, suffixes, default file names) and making one or
 * several output files at once, all in memory before any is written; the CLI and the window. */
#pragma once

#include "stencil-drawing.h"
#include "stencil-gerber.h"

G_BEGIN_DECLS

typedef enum
{
  STENCIL_EXPORT_GERBER,   /* the paste layer, Gerber X2 */
  STENCIL_EXPORT_PDF,      /* the dimensioned drawing */
  STENCIL_EXPORT_PNG,
  STENCIL_EXPORT_SVG,
  STENCIL_EXPORT_CSV,      /* the aperture table, one row per pad */
  STENCIL_EXPORT_KICAD,    /* a KiCad footprint: the lands and the apertures on F.Paste */
  STENCIL_N_EXPORT_FORMATS
} StencilExportFormat;

/* "gerber", "pdf", "png", "svg", "csv", "kicad": the CLI's option and the window's
 * "win.export-to". */
const char *stencil_export_format_to_string   (StencilExportFormat  format);
gboolean    stencil_export_format_from_string (const char          *str,
                                               StencilExportFormat *out);
/* The end of a default file name: "-paste.gbr", ".pdf", ".png", ".svg", "-apertures.csv",
 * ".kicad_mod". */
const char *stencil_export_format_suffix      (StencilExportFormat  format);
/* For a file chooser's filter: "*.gbr"; the MIME type (NULL for Gerber, which has none
 * registered); the filter's name for people, translated ("Gerber files"). */
const char *stencil_export_format_glob        (StencilExportFormat  format);
const char *stencil_export_format_mime_type   (StencilExportFormat  format);
const char *stencil_export_format_label       (StencilExportFormat  format);
/* PDF, PNG and SVG: the drawing, which takes the drawing options and the mating part. */
gboolean    stencil_export_format_is_drawing  (StencilExportFormat  format);
/* The format a file name's extension says (case-insensitive: ".gbr", ".pdf", ".png", ".svg",
 * ".csv", ".kicad_mod"); FALSE for any other name. */
gboolean    stencil_export_format_from_filename (const char          *filename,
                                                 StencilExportFormat *out);

/* The name proposed for a file: "AXK7L40223G-127um-paste.gbr", "AXK7L40223G-127um.pdf"; the
 * thickness with at most one decimal in the C locale ("AXK7L40223G-127.5um.png"); part_number
 * NULL gives "stencil-127um.pdf". */
char       *stencil_export_default_filename   (const char          *part_number,
                                               double               thickness_um,
                                               StencilExportFormat  format);
/* The name proposed for a file of this result: the same, except that a KiCad footprint is
 * named after KiCad's library conventions (stencil_kicad_default_filename ()), since KiCad
 * names a library's footprint by its file. */
char       *stencil_export_result_filename    (StencilResult       *result,
                                               StencilExportFormat  format);

/* Everything an export can be told besides the result. */
typedef struct
{
  StencilGerberOptions  gerber;     /* placement and array of the paste layer */
  StencilDrawingOptions drawing;    /* paper, orientation, PNG resolution */
  gboolean              with_mate;  /* drawings: add the mating part (socket <-> header) */
} StencilExportOptions;

void      stencil_export_options_init     (StencilExportOptions *options);

/* One file to write: path "-" is standard output. */
typedef struct
{
  StencilExportFormat format;
  const char         *path;
} StencilExportOutput;

/* What can be known before anything is computed: the options the formats asked for use are
 * valid (the Gerber options always, the drawing options when a drawing is asked for) and every
 * path can be written (stencil_check_output ()). Bad options are STENCIL_ERROR_INVALID_INPUT. */
gboolean  stencil_export_check            (const StencilExportOptions *options,
                                           const StencilExportOutput  *outputs,
                                           guint                       n_outputs,
                                           GError                    **error);

/* The drawings' results: result, and with options->with_mate the mating part's result with
 * the same parameters and the mate's own family pattern (a user's land pattern is for result's
 * part only). An array of 1 or 2 StencilResult; STENCIL_ERROR_NOT_FOUND when the part has no
 * mate. */
GPtrArray *stencil_export_drawing_results (StencilResult              *result,
                                           const StencilExportOptions *options,
                                           GError                    **error);

/* One output in memory. results as from stencil_export_drawing_results (); only results[0]
 * goes into a Gerber, CSV or KiCad file (a footprint with its default name: write_all names it
 * after its file). */
GBytes   *stencil_export_generate         (StencilResult * const      *results,
                                           guint                       n_results,
                                           const StencilExportOptions *options,
                                           StencilExportFormat         format,
                                           GError                    **error);

/* Checks, makes every output (in memory; a Gerber file for a regular or new file streamed into
 * a temporary file beside it, so memory stays flat in the panel size), and only when all of
 * them could be made puts them in place, each atomically, so a bad option or a failed drawing
 * writes nothing. Should a write fail after others succeeded (a full disk), the message names the
 * files already written. */
gboolean  stencil_export_write_all        (StencilResult              *result,
                                           const StencilExportOptions *options,
                                           const StencilExportOutput  *outputs,
                                           guint                       n_outputs,
                                           GError                    **error);

G_END_DECLS
