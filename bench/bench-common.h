/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "stencil-aperture.h"

G_BEGIN_DECLS

/* Timings of one benchmark: runs in ms, kept to report min / median / mean. */
typedef struct
{
  GArray *ms;
  GArray *cpu_ms;      /* the process's CPU time of each run: steadier on a loaded machine */
  gint64  cpu_start_ns;
} BenchTimes;

/* The result every benchmark starts from: a part at a thickness, from the installed or
 * source-tree data. Prints the reason and returns NULL on error. */
StencilResult *bench_calculate        (const char *program,
                                       const char *part_number,
                                       double      thickness_um);
guint          bench_parse_runs       (int         argc,
                                       char      **argv,
                                       guint       default_runs);
void           bench_times_init       (BenchTimes *times);
void           bench_times_clear      (BenchTimes *times);
/* The start of a run: its wall-clock time for bench_times_add (), and its CPU time kept. */
gint64         bench_times_start      (BenchTimes *times);
void           bench_times_add        (BenchTimes *times,
                                       gint64      start_us);
/* "label: N runs: min X ms, median Y ms, mean Z ms; CPU median W ms" */
void           bench_times_print      (BenchTimes *times,
                                       const char *label);
double         bench_times_median     (BenchTimes *times);

G_END_DECLS
