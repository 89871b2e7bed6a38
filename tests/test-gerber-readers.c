/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

/* Gerber files exported by stencilcalc-cli, read back by two independent readers:
 *  - gerbv renders each file to PNG; the dark area must equal the apertures' area from
 *    `stencilcalc-cli calc --json`, and gerbv must report no error;
 *  - tracespace's gerber-to-svg (npm) must parse each file without a warning, see one flash per
 *    pad and copy, and find the bounding box computed here from the JSON.
 * Usage: test-gerber-readers READER_SOURCE_DIR READER_BUILD_DIR (given by tests/meson.build).
 * Set STENCILCALC_READERS_KEEP=DIR to keep the files and the PNGs in DIR. */

/* gerbv snaps rectangle edges to whole pixels; at 4000 dpi (6.35 um) that stays well inside the
 * 3 % tolerance for 0.2 mm apertures, at 2000 dpi it does not always (0.5 x 2 mm: -3.2 %). */
#define GERBV_DPI       4000
#define AREA_TOLERANCE  0.03
#define MARGIN_MM       1.0

typedef struct
{
  const char *name;
  const char *part;
  const char *thickness;
  const char *const extra[12];    /* further CLI arguments, NULL-terminated */
  int         rotation;
  gboolean    bottom;
  double      at_x, at_y;
  guint       cols, rows;
  double      step_x, step_y;
} Case;

static const Case cases[] = {
  { "socket-80", "AXK7L80223G", "127", { NULL }, 0, FALSE, 0, 0, 1, 1, 0, 0 },
  { "header-40-rot90-bottom", "AXK8L40124BG", "150",
    { "--rotate", "90", "--side", "bottom", "--at", "5,-3", NULL }, 90, TRUE, 5, -3, 1, 1, 0, 0 },
  { "socket-40-rounded-array", "AXK7L40223G", "100",
    { "--corner-radius", "0.05", "--rotate", "180", "--array", "2x2", "--step", "12,6", NULL },
    180, FALSE, 0, 0, 2, 2, 12, 6 },
  { "header-24-stadium-rot270", "AXK8L24124BG", "120",
    { "--corner-radius", "0.115", "--rotate", "270", NULL }, 270, FALSE, 0, 0, 1, 1, 0, 0 },
};

typedef struct
{
  char   *gerber_path;
  double  area_mm2;      /* expected, all copies */
  guint   n_flashes;     /* expected, all copies */
  double  x0, y0, x1, y1;  /* expected bounding box of the apertures, mm */
} Exported;

static char *work_dir;
static const char *reader_src_dir;
static const char *reader_build_dir;
static Exported exported[G_N_ELEMENTS (cases)];

static gboolean
run (const char * const *argv,
     const char * const *envp,
     char              **out_stdout,
     char              **out_stderr,
     GError            **error)
{
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, (char **) envp, G_SPAWN_SEARCH_PATH, NULL, NULL,
                     out_stdout, out_stderr, &status, error))
    return FALSE;
  return g_spawn_check_wait_status (status, error);
}

static const char *
cli_path (void)
{
  const char *cli = g_getenv ("STENCILCALC_CLI");

  g_assert_nonnull (cli);
  return cli;
}

static void
transform (const Case *c,
           double      x,
           double      y,
           double     *out_x,
           double     *out_y)
{
  double a = c->rotation * G_PI / 180.0;
  double rx = x * cos (a) - y * sin (a);
  double ry = x * sin (a) + y * cos (a);

  *out_x = c->bottom ? -rx : rx;
  *out_y = ry;
}

/* Exports every case once, and computes from calc --json what the readers must find. */
static void
export_all (void)
{
  static gboolean done = FALSE;

  if (done)
    return;
  done = TRUE;
  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      const Case *c = &cases[k];
      Exported *e = &exported[k];
      g_autoptr(GPtrArray) argv = g_ptr_array_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *json = NULL;
      g_autofree char *err = NULL;
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *root;
      JsonArray *pads;
      double area = 0;
      gboolean first = TRUE;

      e->gerber_path = g_strdup_printf ("%s/%s.gbr", work_dir, c->name);
      g_ptr_array_add (argv, (char *) cli_path ());
      g_ptr_array_add (argv, (char *) "export");
      g_ptr_array_add (argv, (char *) c->part);
      g_ptr_array_add (argv, (char *) "--thickness");
      g_ptr_array_add (argv, (char *) c->thickness);
      for (guint i = 0; c->extra[i] != NULL; i++)
        g_ptr_array_add (argv, (char *) c->extra[i]);
      g_ptr_array_add (argv, (char *) "--gerber");
      g_ptr_array_add (argv, e->gerber_path);
      g_ptr_array_add (argv, NULL);
      if (!run ((const char * const *) argv->pdata, NULL, NULL, &err, &error))
        g_error ("export %s: %s\n%s", c->name, error->message, err);

      /* the same calculation, as JSON: sizes of every aperture */
      g_ptr_array_set_size (argv, 5);
      for (guint i = 0; c->extra[i] != NULL; i++)
        if (g_str_equal (c->extra[i], "--corner-radius"))
          {
            g_ptr_array_add (argv, (char *) c->extra[i]);
            g_ptr_array_add (argv, (char *) c->extra[i + 1]);
          }
      g_ptr_array_add (argv, (char *) "--json");
      g_ptr_array_add (argv, NULL);
      g_ptr_array_index (argv, 1) = (char *) "calc";
      g_clear_pointer (&err, g_free);
      if (!run ((const char * const *) argv->pdata, NULL, &json, &err, &error))
        g_error ("calc %s: %s\n%s", c->name, error->message, err);
      json_parser_load_from_data (parser, json, -1, &error);
      g_assert_no_error (error);
      root = json_node_get_object (json_parser_get_root (parser));
      g_assert_cmpstr (json_object_get_string_member (root, "part"), ==, c->part);
      pads = json_object_get_array_member (root, "pads");
      g_assert_cmpuint (json_array_get_length (pads), >, 0);

      for (guint i = 0; i < json_array_get_length (pads); i++)
        {
          JsonObject *pad = json_array_get_object_element (pads, i);
          double w = json_object_get_double_member (pad, "ap_w_mm");
          double h = json_object_get_double_member (pad, "ap_h_mm");
          double r = json_object_get_double_member (pad, "ap_r_mm");
          double x, y, hw, hh;

          area += w * h - (4 - G_PI) * r * r;
          transform (c, json_object_get_double_member (pad, "x_mm"),
                     json_object_get_double_member (pad, "y_mm"), &x, &y);
          hw = (c->rotation % 180 == 0 ? w : h) / 2;
          hh = (c->rotation % 180 == 0 ? h : w) / 2;
          if (first || x - hw < e->x0)
            e->x0 = x - hw;
          if (first || x + hw > e->x1)
            e->x1 = x + hw;
          if (first || y - hh < e->y0)
            e->y0 = y - hh;
          if (first || y + hh > e->y1)
            e->y1 = y + hh;
          first = FALSE;
        }
      e->area_mm2 = area * c->cols * c->rows;
      e->n_flashes = json_array_get_length (pads) * c->cols * c->rows;
      /* the copies: at + (i step_x, j step_y) */
      e->x0 += c->at_x + MIN (0, (c->cols - 1) * c->step_x);
      e->x1 += c->at_x + MAX (0, (c->cols - 1) * c->step_x);
      e->y0 += c->at_y + MIN (0, (c->rows - 1) * c->step_y);
      e->y1 += c->at_y + MAX (0, (c->rows - 1) * c->step_y);
      g_test_message ("%s: %u flashes, %.4f mm^2, box %.3f,%.3f .. %.3f,%.3f mm", c->name,
                      e->n_flashes, e->area_mm2, e->x0, e->y0, e->x1, e->y1);
    }
}

/* gerbv prints every problem as CRITICAL, and so its notes about the X2 attributes it does not
 * read ("Unknown RS-274X extension found %TF%"): those are the only ones allowed. */
static void
assert_gerbv_stderr_clean (const char *name,
                           const char *err)
{
  g_auto(GStrv) lines = g_strsplit (err, "\n", -1);
  g_autoptr(GRegex) x2_note = g_regex_new ("Unknown RS-274X extension found %T[FAOD]% at line",
                                           0, 0, NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (strstr (lines[i], "CRITICAL") == NULL)
        continue;
      if (g_regex_match (x2_note, lines[i], 0, NULL))
        continue;
      g_error ("gerbv reported an error for %s: %s", name, lines[i]);
    }
}

/* Dark area of a black-on-white PNG: antialiased edge pixels count by their grey level. */
static double
dark_fraction (const char *png_path,
               int        *out_w,
               int        *out_h)
{
  cairo_surface_t *surface = cairo_image_surface_create_from_png (png_path);
  cairo_format_t format;
  const unsigned char *data;
  int w, h, stride;
  double dark = 0;

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  format = cairo_image_surface_get_format (surface);
  g_assert_true (format == CAIRO_FORMAT_RGB24 || format == CAIRO_FORMAT_ARGB32);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  w = cairo_image_surface_get_width (surface);
  h = cairo_image_surface_get_height (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < h; y++)
    {
      const guint32 *row = (const guint32 *) (data + (gsize) y * stride);
      guint64 sum = 0;

      for (int x = 0; x < w; x++)
        {
          guint32 p = row[x];
          guint r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;
          sum += 765 - (r + g + b);
        }
      dark += sum / 765.0;
    }
  cairo_surface_destroy (surface);
  *out_w = w;
  *out_h = h;
  return dark / ((double) w * h);
}

static void
test_gerbv (void)
{
  export_all ();
  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      const Exported *e = &exported[k];
      g_autoptr(GError) error = NULL;
      g_autofree char *png = g_strdup_printf ("%s/%s.png", work_dir, cases[k].name);
      g_autofree char *err = NULL;
      /* an explicit window, so the pixel size is known: origin and size in inches */
      double x0 = e->x0 - MARGIN_MM, y0 = e->y0 - MARGIN_MM;
      double w_mm = e->x1 - e->x0 + 2 * MARGIN_MM, h_mm = e->y1 - e->y0 + 2 * MARGIN_MM;
      char origin[64], window[64], dpi[16];
      char bx[G_ASCII_DTOSTR_BUF_SIZE], by[G_ASCII_DTOSTR_BUF_SIZE];
      int px_w, px_h;
      double fraction, pixel_mm, area, rel;

      g_ascii_formatd (bx, sizeof bx, "%.6f", x0 / 25.4);
      g_ascii_formatd (by, sizeof by, "%.6f", y0 / 25.4);
      g_snprintf (origin, sizeof origin, "%sx%s", bx, by);
      g_ascii_formatd (bx, sizeof bx, "%.6f", w_mm / 25.4);
      g_ascii_formatd (by, sizeof by, "%.6f", h_mm / 25.4);
      g_snprintf (window, sizeof window, "%sx%s", bx, by);
      g_snprintf (dpi, sizeof dpi, "%d", GERBV_DPI);
      {
        /* G_DEBUG=fatal-warnings of the test environment would turn gerbv's notes into a
         * SIGTRAP: gerbv runs with its ordinary environment and its stderr is judged below. */
        g_auto(GStrv) envp = g_environ_unsetenv (g_get_environ (), "G_DEBUG");
        const char *argv[] = { "gerbv", "-x", "png", "-B", "0", "-O", origin, "-W", window,
                               "-D", dpi, "-a", "-b", "#FFFFFF", "-f", "#000000FF",
                               "-o", png, e->gerber_path, NULL };
        if (!run (argv, (const char * const *) envp, NULL, &err, &error))
          g_error ("gerbv %s: %s\n%s", cases[k].name, error->message, err);
      }
      assert_gerbv_stderr_clean (cases[k].name, err);
      g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));

      fraction = dark_fraction (png, &px_w, &px_h);
      pixel_mm = 25.4 / GERBV_DPI;
      g_assert_cmpfloat (fabs (px_w * pixel_mm - w_mm), <, 2 * pixel_mm);
      g_assert_cmpfloat (fabs (px_h * pixel_mm - h_mm), <, 2 * pixel_mm);
      area = fraction * px_w * px_h * pixel_mm * pixel_mm;
      rel = area / e->area_mm2 - 1;
      g_test_message ("gerbv %s: %d x %d px, dark area %.4f mm^2, computed %.4f mm^2 (%+.2f %%)",
                      cases[k].name, px_w, px_h, area, e->area_mm2, rel * 100);
      g_assert_cmpfloat (fabs (rel), <=, AREA_TOLERANCE);
    }
}

static gboolean
ensure_node_modules (GError **error)
{
  g_autofree char *marker = g_build_filename (reader_build_dir, "node_modules", "gerber-to-svg",
                                              "package.json", NULL);
  const char *files[] = { "package.json", "package-lock.json" };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  if (g_file_test (marker, G_FILE_TEST_EXISTS))
    return TRUE;
  if (g_mkdir_with_parents (reader_build_dir, 0755) != 0)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "cannot create %s", reader_build_dir);
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *src = g_build_filename (reader_src_dir, files[i], NULL);
      g_autofree char *dst = g_build_filename (reader_build_dir, files[i], NULL);
      g_autofree char *contents = NULL;
      gsize len;

      if (!g_file_get_contents (src, &contents, &len, error)
          || !g_file_set_contents (dst, contents, len, error))
        return FALSE;
    }
  {
    const char *argv[] = { "npm", "ci", "--prefix", reader_build_dir, "--no-audit", "--no-fund",
                           NULL };
    if (!run (argv, NULL, &out, &err, error))
      {
        g_prefix_error (error, "npm ci: %s\n", err != NULL ? err : "");
        return FALSE;
      }
  }
  return TRUE;
}

static void
test_tracespace (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) envp = g_get_environ ();
  g_autofree char *modules = g_build_filename (reader_build_dir, "node_modules", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_lines = 0;

  export_all ();
  /* No npm or no registry is a failure, not a skip: this reader is part of the check. */
  if (!ensure_node_modules (&error))
    {
      g_test_message ("cannot install the gerber-to-svg reader: %s", error->message);
      g_test_fail ();
      return;
    }

  envp = g_environ_setenv (envp, "NODE_PATH", modules, TRUE);
  g_ptr_array_add (argv, g_strdup ("node"));
  g_ptr_array_add (argv, g_build_filename (reader_src_dir, "check.js", NULL));
  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    g_ptr_array_add (argv, g_strdup (exported[k].gerber_path));
  g_ptr_array_add (argv, NULL);
  if (!run ((const char * const *) argv->pdata, (const char * const *) envp, &out, &err, &error))
    g_error ("gerber-to-svg rejected a file: %s\n%s%s", error->message, out, err);

  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *o;
      JsonArray *box;
      const Exported *e;

      if (*lines[i] == '\0')
        continue;
      g_assert_cmpuint (n_lines, <, G_N_ELEMENTS (cases));
      e = &exported[n_lines++];
      json_parser_load_from_data (parser, lines[i], -1, &error);
      g_assert_no_error (error);
      o = json_node_get_object (json_parser_get_root (parser));
      g_test_message ("gerber-to-svg: %s", lines[i]);
      g_assert_cmpstr (json_object_get_string_member (o, "file"), ==, e->gerber_path);
      g_assert_true (json_object_get_null_member (o, "error"));
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (o, "warnings")),
                        ==, 0);
      g_assert_cmpstr (json_object_get_string_member (o, "units"), ==, "mm");
      g_assert_cmpint (json_object_get_int_member (o, "flashes"), ==, e->n_flashes);
      /* viewBox in um: x, y, width, height of everything the reader drew */
      box = json_object_get_array_member (o, "viewBox");
      g_assert_cmpuint (json_array_get_length (box), ==, 4);
      g_assert_cmpfloat_with_epsilon (json_array_get_double_element (box, 0) / 1000, e->x0, 0.002);
      g_assert_cmpfloat_with_epsilon (json_array_get_double_element (box, 1) / 1000, e->y0, 0.002);
      g_assert_cmpfloat_with_epsilon (json_array_get_double_element (box, 2) / 1000,
                                      e->x1 - e->x0, 0.002);
      g_assert_cmpfloat_with_epsilon (json_array_get_double_element (box, 3) / 1000,
                                      e->y1 - e->y0, 0.002);
    }
  g_assert_cmpuint (n_lines, ==, G_N_ELEMENTS (cases));
}

static void
remove_work_dir (void)
{
  g_autoptr(GDir) dir = g_dir_open (work_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (work_dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (work_dir);
}

int
main (int   argc,
      char *argv[])
{
  const char *keep = g_getenv ("STENCILCALC_READERS_KEEP");
  int ret;

  g_test_init (&argc, &argv, NULL);
  if (argc < 3)
    {
      g_printerr ("usage: %s READER_SOURCE_DIR READER_BUILD_DIR\n", argv[0]);
      return 2;
    }
  reader_src_dir = argv[1];
  reader_build_dir = argv[2];
  g_setenv ("SOURCE_DATE_EPOCH", "0", TRUE);

  if (keep != NULL && *keep != '\0')
    {
      g_mkdir_with_parents (keep, 0755);
      work_dir = g_strdup (keep);
    }
  else
    work_dir = g_dir_make_tmp ("test-gerber-readers-XXXXXX", NULL);
  g_assert_nonnull (work_dir);

  g_test_add_func ("/readers/export", export_all);
  g_test_add_func ("/readers/gerbv", test_gerbv);
  g_test_add_func ("/readers/gerber-to-svg", test_tracespace);
  ret = g_test_run ();

  if (keep == NULL || *keep == '\0')
    remove_work_dir ();
  g_free (work_dir);
  return ret;
}
