/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "stencil-aperture.h"

G_BEGIN_DECLS

/* Helpers shared by the tests. Each one asserts instead of returning an error: a helper that
 * goes wrong fails the test that called it. */

/* The built-in families (and the user's, from $XDG_DATA_HOME). */
StencilCatalog *test_util_load_catalog  (void);

/* The result of one part with its family's land pattern; params NULL = the defaults. */
StencilResult  *test_util_calculate     (StencilCatalog          *catalog,
                                         const char              *part_number,
                                         const StencilCalcParams *params);
/* The same with the defaults but for the thickness. */
StencilResult  *test_util_calculate_at  (StencilCatalog          *catalog,
                                         const char              *part_number,
                                         double                   thickness_um);
/* For a part that is not in the catalog as such (a mate). */
StencilResult  *test_util_calculate_part (StencilPart             *part,
                                          const StencilCalcParams *params);

/* One run of stencilcalc-cli. out is NUL-terminated after out_len bytes (it may hold NULs). */
typedef struct
{
  int    status;   /* the exit status */
  char  *out;
  gsize  out_len;
  char  *err;
} TestRun;

void            test_run_clear          (TestRun *run);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TestRun, test_run_clear)

/* Runs $STENCILCALC_CLI with args (NULL-terminated, without the program) and asserts that it
 * exited normally: never a crash. env is NULL or a NULL-terminated list of "KEY=VALUE" set on
 * top of this process's environment; a bare "KEY" removes KEY. */
void            test_util_run_cli       (TestRun            *run,
                                         const char * const *env,
                                         const char * const *args);

/* The same in the folder cwd (NULL: this process's). */
void            test_util_run_cli_in    (TestRun            *run,
                                         const char         *cwd,
                                         const char * const *env,
                                         const char * const *args);

/* A NULL-terminated list in place, for env and args: TEST_UTIL_STRV ("calc", "AXK7L40223G"). */
#define TEST_UTIL_STRV(...) ((const char * const []) { __VA_ARGS__, NULL })

/* A bad input gets one clear line on stderr ("stencilcalc-cli: ...", not a pasted paragraph)
 * that contains expected_text, nothing on stdout, and the given exit status. */
void            test_util_assert_cli_error (const TestRun *run,
                                            int            status,
                                            const char    *expected_text);

G_END_DECLS
