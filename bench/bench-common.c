/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <time.h>

#include "bench-common.h"

StencilResult *
bench_calculate (const char *program,
                 const char *part_number,
                 double      thickness_um)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilCatalog) catalog = stencil_catalog_new ();
  g_autoptr(StencilPart) part = NULL;
  g_autoptr(StencilPattern) pattern = NULL;
  StencilCalcParams params;
  StencilResult *result = NULL;

  stencil_calc_params_init (&params);
  params.thickness_um = thickness_um;
  if (!stencil_catalog_load_default (catalog, &error) ||
      (part = stencil_catalog_find_part (catalog, part_number, &error)) == NULL ||
      (pattern = stencil_pattern_new (part, NULL, &error)) == NULL ||
      (result = stencil_calculate (pattern, &params, &error)) == NULL)
    g_printerr ("%s: %s\n", program, error->message);
  return result;
}

guint
bench_parse_runs (int    argc,
                  char **argv,
                  guint  default_runs)
{
  guint64 runs;

  if (argc > 1 && g_ascii_string_to_unsigned (argv[1], 10, 1, 1000000, &runs, NULL))
    return (guint) runs;
  return default_runs;
}

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static gint64
cpu_time_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec;
}

void
bench_times_init (BenchTimes *times)
{
  times->ms = g_array_new (FALSE, FALSE, sizeof (double));
  times->cpu_ms = g_array_new (FALSE, FALSE, sizeof (double));
  times->cpu_start_ns = -1;
}

void
bench_times_clear (BenchTimes *times)
{
  g_clear_pointer (&times->ms, g_array_unref);
  g_clear_pointer (&times->cpu_ms, g_array_unref);
}

gint64
bench_times_start (BenchTimes *times)
{
  times->cpu_start_ns = cpu_time_ns ();
  return g_get_monotonic_time ();
}

void
bench_times_add (BenchTimes *times,
                 gint64      start_us)
{
  double ms = (g_get_monotonic_time () - start_us) / 1000.0;

  g_array_append_val (times->ms, ms);
  if (times->cpu_start_ns >= 0)
    {
      double cpu = (cpu_time_ns () - times->cpu_start_ns) / 1e6;

      g_array_append_val (times->cpu_ms, cpu);
      times->cpu_start_ns = -1;
    }
}

double
bench_times_median (BenchTimes *times)
{
  g_array_sort (times->ms, compare_double);
  return g_array_index (times->ms, double, times->ms->len / 2);
}

void
bench_times_print (BenchTimes *times,
                   const char *label)
{
  double sum = 0;
  double median = bench_times_median (times);

  for (guint i = 0; i < times->ms->len; i++)
    sum += g_array_index (times->ms, double, i);
  g_print ("%-40s %5u runs: min %8.3f ms, median %8.3f ms, mean %8.3f ms", label,
           times->ms->len, g_array_index (times->ms, double, 0), median, sum / times->ms->len);
  if (times->cpu_ms->len > 0)
    {
      g_array_sort (times->cpu_ms, compare_double);
      g_print ("; CPU median %8.3f ms",
               g_array_index (times->cpu_ms, double, times->cpu_ms->len / 2));
    }
  g_print ("\n");
}
