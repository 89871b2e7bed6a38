/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The small library under stencilcalc-cli's commands: errors and exit statuses, reading the
 * numbers and arguments people type, and the catalogue. */
#pragma once

#include "stencil-limits.h"
#include "stencil-part.h"

G_BEGIN_DECLS

/* Exit statuses: 2 for a command line that is wrong, 1 for anything else that fails. */
#define STENCIL_CLI_EXIT_USAGE 2

#define STENCIL_CLI_ERROR (stencil_cli_error_quark ())

typedef enum
{
  STENCIL_CLI_ERROR_USAGE,    /* the command line is wrong: exit status 2 */
  STENCIL_CLI_ERROR_FAILED    /* a file or the data is wrong: exit status 1 */
} StencilCliError;

GQuark      stencil_cli_error_quark    (void);

/* Sets a STENCIL_CLI_ERROR_USAGE error; always returns FALSE. */
gboolean    stencil_cli_usage_error    (GError    **error,
                                        const char *format,
                                        ...) G_GNUC_PRINTF (2, 3);
/* 2 for a bad command line (STENCIL_CLI_ERROR_USAGE, G_OPTION_ERROR and the engine's
 * STENCIL_ERROR_INVALID_INPUT), 1 for anything else. */
int         stencil_cli_exit_status    (const GError *error);
/* Called first in main: every write to standard output is checked at exit (a failure exits
 * with status 1 and a message), and closed standard descriptors cannot be taken by files. */
void        stencil_cli_guard_stdout   (void);
/* Writes bytes to standard output as they are (JSON is UTF-8 whatever the locale); an error is
 * reported at exit (stencil_cli_guard_stdout ()). */
void        stencil_cli_write_stdout   (const char *data,
                                        gsize       length);

/* Prints "stencilcalc-cli: MESSAGE" on standard error; returns stencil_cli_exit_status (). */
int         stencil_cli_report         (const GError *error);

/* Valid UTF-8 without control characters: what a part number or a name can be. */
gboolean    stencil_cli_is_plain_text  (const char *str);

/* A user's text in a message: valid UTF-8, no control characters and at most 40 characters,
 * so that one bad argument cannot flood the terminal. */
char       *stencil_cli_quote_arg      (const char *str);

/* A whole string as a finite decimal number ("120", "-0.5", "1e2"), with a point or the
 * locale's decimal separator ("127,5" in de_DE); never "0x10", "inf" or "nan". */
gboolean    stencil_cli_parse_number   (const char *str,
                                        double     *out);
/* Two numbers with a separator: "25.4,10" (',') or "4x2" ('x'). With ',' the numbers take
 * the point only. */
gboolean    stencil_cli_parse_pair     (const char *str,
                                        char        separator,
                                        double     *a,
                                        double     *b);

typedef enum
{
  STENCIL_CLI_NUMBER_OK,
  STENCIL_CLI_NUMBER_INVALID,        /* not a number */
  STENCIL_CLI_NUMBER_OUT_OF_RANGE    /* a number outside the limit (stencil-limits.h) */
} StencilCliNumber;

/* A number that must lie within one of the engine's limits; out is set whenever str is a
 * number. */
StencilCliNumber stencil_cli_parse_limited (const char     *str,
                                            StencilLimitId  limit,
                                            double         *out);

/* The positional arguments after a command's options: argv[0] is the program name. With
 * want_part, exactly one (the part number, returned in out_part); otherwise none. */
gboolean    stencil_cli_check_arguments (const char * const *argv,
                                         const char         *command,
                                         gboolean            want_part,
                                         const char        **out_part,
                                         GError            **error);

/* Parses argv (NULL-terminated, argv[0] the program name) with context, whose entries take
 * the options, then checks the positional arguments as stencil_cli_check_arguments (); the
 * part number (want_part) is returned as a new string in *out_part. */
gboolean    stencil_cli_parse_command  (GOptionContext     *context,
                                        const char * const *argv,
                                        const char         *command,
                                        gboolean            want_part,
                                        char              **out_part,
                                        GError            **error);

/* Refuses an option given twice, which GOption would take silently (the last one wins): parses
 * argv (argv[0] the program name) with entries (ending with a NULL long_name) only to count
 * them; what the real parse refuses is left to it. */
gboolean    stencil_cli_check_repeated (const GOptionEntry *entries,
                                        const char * const *argv,
                                        GError            **error);
/* Parses argv with context and returns the positional arguments after argv[0] (a new
 * NULL-terminated array), for commands whose arguments depend on their options. */
gboolean    stencil_cli_parse_positionals (GOptionContext     *context,
                                           const char * const *argv,
                                           GStrv              *out_positionals,
                                           GError            **error);

/* Keeps text, a help text made for an option (one that names a limit), in *texts (created
 * when NULL) until the options are parsed; returns text. */
const char *stencil_cli_keep_text      (GPtrArray         **texts,
                                        char               *text);

/* The built-in and the user's families; a broken user file is reported on standard error as
 * a warning and never stops the built-in families. */
StencilCatalog *stencil_cli_load_catalog (GError **error);

G_END_DECLS
