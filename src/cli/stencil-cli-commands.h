/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The CLI's commands (parts, calc, export, land-pattern): each one's command line as a struct,
 * the function that parses it (for the tests) and the command itself (for main.c). */
#pragma once

#include "stencil-document.h"
#include "stencil-export.h"
#include "stencil-sweep.h"
#include "stencil-units.h"

G_BEGIN_DECLS

/* Every command takes argv NULL-terminated, argv[0] being its name as shown in its help
 * ("stencilcalc-cli calc"), and returns the exit status. */
typedef int (*StencilCliCommand) (const char * const *argv);

/* ---- parts ---------------------------------------------------------------------------- */

typedef struct
{
  gboolean json;
} StencilCliPartsArgs;

gboolean stencil_cli_parts_parse (StencilCliPartsArgs *args,
                                  const char * const  *argv,
                                  GError             **error);
int      stencil_cli_parts       (const char * const  *argv);

/* ---- calc ----------------------------------------------------------------------------- */

/* The options of calc, which export and save-design take too, as typed. */
typedef struct
{
  char      *part;            /* the PART argument; NULL with --design: the design's part */
  char      *design;          /* --design FILE: a .stencilcalc design the options change */
  char      *thickness;
  char      *strategy;
  char      *grid;
  char      *corner_radius;
  char      *land_pattern;    /* a file name */
  char      *min_web;
  gboolean   json;            /* calc only */
  gboolean   pads;            /* calc only */
  GPtrArray *texts;           /* help texts made for the options, kept while they are parsed */
  GArray    *entries;         /* GOptionEntry: every option of the command, for the checks */
} StencilCliCalcArgs;

void     stencil_cli_calc_args_clear (StencilCliCalcArgs *args);
/* Adds entries to context and keeps them in args->entries for stencil_cli_check_repeated (). */
void     stencil_cli_add_entries  (StencilCliCalcArgs *args,
                                   GOptionContext     *context,
                                   const GOptionEntry *entries);
/* Parses a command that takes PART, optional with --design: refuses repeated options, then
 * sets args->part (NULL with a design and no PART). With out_file, a FILE comes before PART. */
gboolean stencil_cli_parse_design_command (GOptionContext      *context,
                                           StencilCliCalcArgs  *args,
                                           const char * const  *argv,
                                           const char          *command,
                                           char               **out_file,
                                           GError             **error);
/* Adds the options calc and export share to context. */
void     stencil_cli_add_calc_entries (GOptionContext     *context,
                                       StencilCliCalcArgs *args);
gboolean stencil_cli_calc_parse   (StencilCliCalcArgs  *args,
                                   const char * const  *argv,
                                   GError             **error);
/* The engine's parameters from the options: STENCIL_CLI_ERROR_USAGE with the option's name
 * for a value that is missing, not a number or out of range. */
gboolean stencil_cli_calc_params  (const StencilCliCalcArgs *args,
                                   StencilCalcParams        *params,
                                   GError                  **error);
/* The unit --thickness was typed in (µm when none, or when it is no thickness). */
StencilUnit stencil_cli_thickness_unit (const StencilCliCalcArgs *args);
/* Options given on top of params (a design's): only those given change it. */
gboolean stencil_cli_calc_apply   (const StencilCliCalcArgs *args,
                                   StencilCalcParams        *params,
                                   GError                  **error);
/* The design the options describe: the --design file's (an unusable file is
 * STENCIL_CLI_ERROR_FAILED) or PART's with the defaults, then every option given on the command
 * line instead of the file's value: PART, the parameters, --land-pattern FILE (the user's values
 * only when they differ from the estimate). */
StencilDocument *stencil_cli_make_document (const StencilCliCalcArgs *args,
                                            GError                  **error);
/* stencil_cli_make_document () and its result. */
StencilResult *stencil_cli_calculate (const StencilCliCalcArgs *args,
                                      GError                  **error);
int      stencil_cli_calc         (const char * const  *argv);

/* ---- export --------------------------------------------------------------------------- */

typedef struct
{
  StencilCliCalcArgs calc;
  char    *paths[STENCIL_N_EXPORT_FORMATS];   /* --gerber, --pdf, --png, --svg, --csv, --kicad */
  char    *at;
  char    *rotate;
  char    *side;
  char    *array;
  char    *step;
  char    *paper;
  gboolean landscape;
  char    *dpi;
  gboolean with_mate;
  gboolean with_sweep;
} StencilCliExportArgs;

void     stencil_cli_export_args_clear (StencilCliExportArgs *args);
gboolean stencil_cli_export_parse (StencilCliExportArgs *args,
                                   const char * const   *argv,
                                   GError              **error);
/* The engine's export options from the typed ones (STENCIL_CLI_ERROR_USAGE when one cannot be
 * read; the engine checks the ranges). */
gboolean stencil_cli_export_options (const StencilCliExportArgs *args,
                                     StencilExportOptions       *options,
                                     GError                    **error);
/* The files asked for, in the order of the formats; returns how many. */
guint    stencil_cli_export_outputs (const StencilCliExportArgs *args,
                                     StencilExportOutput         outputs[STENCIL_N_EXPORT_FORMATS]);
int      stencil_cli_export       (const char * const   *argv);

/* ---- sweep --------------------------------------------------------------------------- */

typedef struct
{
  StencilCliCalcArgs calc;    /* --thickness is the chosen foil here, 127 µm when not given */
  char    *from;
  char    *to;
  char    *step;
  gboolean csv;
} StencilCliSweepArgs;

void     stencil_cli_sweep_args_clear (StencilCliSweepArgs *args);
gboolean stencil_cli_sweep_parse  (StencilCliSweepArgs *args,
                                   const char * const  *argv,
                                   GError             **error);
/* The range from --from, --to and --step (STENCIL_CLI_ERROR_USAGE for a value that is not a
 * number; the engine checks the range). */
gboolean stencil_cli_sweep_range  (const StencilCliSweepArgs *args,
                                   StencilSweepRange         *range,
                                   GError                   **error);
int      stencil_cli_sweep        (const char * const  *argv);

/* ---- save-design ---------------------------------------------------------------------- */

/* save-design FILE [PART] [calc options]: the design of the options, written as FILE. */
typedef struct
{
  StencilCliCalcArgs calc;
  char              *output;   /* FILE, "-" for standard output */
} StencilCliSaveArgs;

void     stencil_cli_save_args_clear (StencilCliSaveArgs *args);
gboolean stencil_cli_save_parse   (StencilCliSaveArgs  *args,
                                   const char * const  *argv,
                                   GError             **error);
int      stencil_cli_save_design  (const char * const  *argv);

/* ---- land-pattern --------------------------------------------------------------------- */

typedef struct
{
  char *part;
  char *output;    /* "-" when not given */
} StencilCliLandArgs;

void     stencil_cli_land_args_clear (StencilCliLandArgs *args);
gboolean stencil_cli_land_parse   (StencilCliLandArgs  *args,
                                   const char * const  *argv,
                                   GError             **error);
int      stencil_cli_land_pattern (const char * const  *argv);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (StencilCliCalcArgs, stencil_cli_calc_args_clear)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (StencilCliExportArgs, stencil_cli_export_args_clear)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (StencilCliLandArgs, stencil_cli_land_args_clear)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (StencilCliSweepArgs, stencil_cli_sweep_args_clear)

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (StencilCliSaveArgs, stencil_cli_save_args_clear)

G_END_DECLS
