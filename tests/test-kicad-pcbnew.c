/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Our KiCad footprints read by KiCad itself: pcbnew.FootprintLoad must give one copper pad per
 * land and one paste pad per computed aperture, and KiCad's own Gerber plot of the F.Paste layer
 * must flash what our Gerber writer flashes (count, sizes, positions within 1 um). Without
 * pcbnew (Debian's kicad, for /usr/bin/python3) this test fails: it is never skipped. */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "stencil-gerber.h"
#include "stencil-kicad.h"
#include "test-util.h"

/* Debian builds pcbnew for the system Python only: never the python3 first on PATH. */
#define SYSTEM_PYTHON "/usr/bin/python3"
#define TOLERANCE_NM  1000

static StencilCatalog *catalog;
static const char *plot_script;
static gint64 max_deviation_nm;

typedef struct
{
  char   shape;     /* 'R', 'O', 'C' or 'M' (a rounded-rectangle macro) */
  gint64 x_nm;
  gint64 y_nm;
  gint64 w_nm;
  gint64 h_nm;
  gint64 r_nm;
} Flash;

typedef struct
{
  guint  dcode;
  Flash  size;     /* shape and sizes only */
} Aperture;

/* ---- Gerber: aperture definitions and flashes, enough for both writers -------------------- */

static gint64
mm_nm (const char *text)
{
  char *end = NULL;
  double v = g_ascii_strtod (text, &end);

  g_assert_true (end != text);
  return llround (v * 1e6);
}

static void
parse_aperture (const char *line,
                GArray     *apertures)
{
  Aperture ap = { 0 };
  const char *p = line + strlen ("%ADD");
  char *comma;
  g_auto(GStrv) params = NULL;
  guint n;

  ap.dcode = (guint) strtoul (p, (char **) &p, 10);
  comma = strchr (p, ',');
  g_assert_nonnull (comma);
  params = g_strsplit (comma + 1, "X", -1);
  n = g_strv_length (params);
  g_assert_cmpuint (n, >=, 1);
  if (g_str_has_prefix (p, "R,") || g_str_has_prefix (p, "O,"))
    {
      g_assert_cmpuint (n, ==, 2);
      ap.size.shape = *p;
      ap.size.w_nm = mm_nm (params[0]);
      ap.size.h_nm = mm_nm (params[1]);
      if (*p == 'O')
        ap.size.r_nm = MIN (ap.size.w_nm, ap.size.h_nm) / 2;
    }
  else if (g_str_has_prefix (p, "C,"))
    {
      ap.size.shape = 'C';
      ap.size.w_nm = ap.size.h_nm = mm_nm (params[0]);
      ap.size.r_nm = ap.size.w_nm / 2;
    }
  else if (g_str_has_prefix (p, "RoundRect,") && n == 3)
    {
      /* Ours: width, height, radius. */
      ap.size.shape = 'M';
      ap.size.w_nm = mm_nm (params[0]);
      ap.size.h_nm = mm_nm (params[1]);
      ap.size.r_nm = mm_nm (params[2]);
    }
  else if (g_str_has_prefix (p, "RoundRect,") && n >= 9)
    {
      /* KiCad's: radius, then the centres of the four corner circles. */
      gint64 x0 = G_MAXINT64, y0 = G_MAXINT64, x1 = G_MININT64, y1 = G_MININT64;

      ap.size.shape = 'M';
      ap.size.r_nm = mm_nm (params[0]);
      for (guint k = 1; k < 9; k += 2)
        {
          gint64 x = mm_nm (params[k]), y = mm_nm (params[k + 1]);
          x0 = MIN (x0, x);
          x1 = MAX (x1, x);
          y0 = MIN (y0, y);
          y1 = MAX (y1, y);
        }
      ap.size.w_nm = x1 - x0 + 2 * ap.size.r_nm;
      ap.size.h_nm = y1 - y0 + 2 * ap.size.r_nm;
    }
  else
    g_error ("unexpected aperture definition: %s", line);
  g_array_append_val (apertures, ap);
}

static gint64
coordinate (const char *line,
            char        axis,
            gint64      previous)
{
  const char *p = strchr (line, axis);

  /* Coordinates are modal: a missing one keeps its value. 4.6 format: integer nm. */
  return p == NULL ? previous : g_ascii_strtoll (p + 1, NULL, 10);
}

static GArray *
parse_gerber (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GArray) apertures = g_array_new (FALSE, TRUE, sizeof (Aperture));
  GArray *flashes = g_array_new (FALSE, TRUE, sizeof (Flash));
  const Aperture *current = NULL;
  gboolean format = FALSE, mm = FALSE;
  gint64 x = 0, y = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strstrip (lines[i]);

      if (strcmp (line, "%FSLAX46Y46*%") == 0)
        format = TRUE;
      else if (strcmp (line, "%MOMM*%") == 0)
        mm = TRUE;
      else if (g_str_has_prefix (line, "%ADD"))
        parse_aperture (line, apertures);
      else if ((line[0] == 'D' || g_str_has_prefix (line, "G54D")) && g_str_has_suffix (line, "*"))
        {
          guint dcode = (guint) strtoul (line + (line[0] == 'D' ? 1 : 4), NULL, 10);

          current = NULL;
          for (guint a = 0; a < apertures->len; a++)
            if (g_array_index (apertures, Aperture, a).dcode == dcode)
              current = &g_array_index (apertures, Aperture, a);
          g_assert_nonnull (current);
        }
      else if ((line[0] == 'X' || line[0] == 'Y') && g_str_has_suffix (line, "D03*"))
        {
          Flash f;

          g_assert_nonnull (current);
          x = coordinate (line, 'X', x);
          y = coordinate (line, 'Y', y);
          f = current->size;
          f.x_nm = x;
          f.y_nm = y;
          g_array_append_val (flashes, f);
        }
      else if ((line[0] == 'X' || line[0] == 'Y') && strstr (line, "D0") != NULL)
        g_error ("a draw or move on a paste layer: %s", line);
    }
  g_assert_true (format);
  g_assert_true (mm);
  return flashes;
}

static int
compare_flashes (gconstpointer a,
                 gconstpointer b)
{
  const Flash *fa = a, *fb = b;

  if (llabs (fa->x_nm - fb->x_nm) > TOLERANCE_NM)
    return fa->x_nm < fb->x_nm ? -1 : 1;
  if (llabs (fa->y_nm - fb->y_nm) > TOLERANCE_NM)
    return fa->y_nm < fb->y_nm ? -1 : 1;
  return 0;
}

static void
note_deviation (gint64 a,
                gint64 b)
{
  gint64 d = llabs (a - b);

  g_assert_cmpint (d, <=, TOLERANCE_NM);
  max_deviation_nm = MAX (max_deviation_nm, d);
}

/* shapes: the aperture shapes the flashes must use, each at least once ("OM": stadiums and
 * rounded rectangles), so that every pad shape KiCad has goes through its plotter. */
static void
compare_gerbers (const char *kicad_text,
                 GBytes     *ours_bytes,
                 const char *shapes)
{
  g_autofree char *ours_text = g_strndup (g_bytes_get_data (ours_bytes, NULL),
                                          g_bytes_get_size (ours_bytes));
  g_autoptr(GArray) kicad = parse_gerber (kicad_text);
  g_autoptr(GArray) ours = parse_gerber (ours_text);

  g_assert_cmpuint (kicad->len, ==, ours->len);
  g_array_sort (kicad, compare_flashes);
  g_array_sort (ours, compare_flashes);
  for (guint i = 0; i < ours->len; i++)
    {
      const Flash *k = &g_array_index (kicad, Flash, i), *o = &g_array_index (ours, Flash, i);

      g_assert_cmpint (k->shape, ==, o->shape);
      g_assert_nonnull (strchr (shapes, o->shape));
      note_deviation (k->x_nm, o->x_nm);
      note_deviation (k->y_nm, o->y_nm);
      note_deviation (k->w_nm, o->w_nm);
      note_deviation (k->h_nm, o->h_nm);
      note_deviation (k->r_nm, o->r_nm);
    }
  for (const char *c = shapes; *c != '\0'; c++)
    {
      gboolean used = FALSE;

      for (guint i = 0; i < ours->len && !used; i++)
        used = g_array_index (ours, Flash, i).shape == *c;
      g_assert_true (used);
    }
}

/* ---- KiCad's reading of the footprint ----------------------------------------------------- */

static gint64
member_int (JsonObject *o,
            const char *name)
{
  g_assert_true (json_object_has_member (o, name));
  return json_object_get_int_member (o, name);
}

static char *
layers_of (JsonObject *pad)
{
  JsonArray *layers = json_object_get_array_member (pad, "layers");
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < json_array_get_length (layers); i++)
    g_string_append_printf (s, "%s%s", i > 0 ? " " : "", json_array_get_string_element (layers, i));
  return g_string_free (s, FALSE);
}

static const char *
expected_shape (const StencilAperture *ap)
{
  gint64 w = llround (ap->w_mm * 1e6), h = llround (ap->h_mm * 1e6), r = llround (ap->r_mm * 1e6);

  if (r <= 0)
    return "rect";
  if (2 * r >= MIN (w, h))
    return w == h ? "circle" : "oval";
  return "roundrect";
}

/* One copper pad per land with its pin number (MP for the soldering terminals) on F.Cu and
 * F.Mask; one unnumbered F.Paste pad per aperture with its size, place and corner radius. */
static void
check_loaded_pads (JsonObject    *loaded,
                   StencilResult *result)
{
  const StencilPattern *pattern = result->pattern;
  JsonArray *pads = json_object_get_array_member (loaded, "pads");
  guint n = stencil_pattern_get_n_pads (pattern), lands = 0, paste = 0;

  g_assert_cmpuint (json_array_get_length (pads), ==, 2 * n);
  for (guint i = 0; i < json_array_get_length (pads); i++)
    {
      JsonObject *pad = json_array_get_object_element (pads, i);
      g_autofree char *layers = layers_of (pad);
      const char *number = json_object_get_string_member (pad, "number");
      gboolean is_paste = strcmp (layers, "F.Paste") == 0;
      guint index = is_paste ? paste++ : lands++;
      const StencilPad *land;
      const StencilAperture *ap;

      g_assert_cmpuint (index, <, n);
      land = stencil_pattern_get_pad (pattern, index);
      ap = stencil_result_get_aperture (result, index);
      g_assert_cmpstr (json_object_get_string_member (pad, "attribute"), ==, "smd");
      g_assert_cmpint (member_int (pad, "x_nm"), ==, llround (land->x_mm * 1e6));
      g_assert_cmpint (member_int (pad, "y_nm"), ==, -llround (land->y_mm * 1e6));
      if (is_paste)
        {
          g_assert_cmpstr (number, ==, "");
          g_assert_cmpstr (json_object_get_string_member (pad, "shape"), ==, expected_shape (ap));
          g_assert_cmpint (member_int (pad, "w_nm"), ==, llround (ap->w_mm * 1e6));
          g_assert_cmpint (member_int (pad, "h_nm"), ==, llround (ap->h_mm * 1e6));
          if (strcmp (expected_shape (ap), "roundrect") == 0)
            g_assert_cmpint (llabs (member_int (pad, "r_nm") - llround (ap->r_mm * 1e6)), <=, 1);
        }
      else
        {
          g_assert_cmpstr (layers, ==, "F.Cu F.Mask");
          g_assert_cmpstr (number, ==, land->pad_class == STENCIL_PAD_CLASS_SOLDERING
                                       ? "MP" : land->id);
          g_assert_cmpstr (json_object_get_string_member (pad, "shape"), ==, "rect");
          g_assert_cmpint (member_int (pad, "w_nm"), ==, llround (land->w_mm * 1e6));
          g_assert_cmpint (member_int (pad, "h_nm"), ==, llround (land->h_mm * 1e6));
        }
    }
  g_assert_cmpuint (lands, ==, n);
  g_assert_cmpuint (paste, ==, n);
}

static char **
python_env (const char *home)
{
  char **env = g_get_environ ();
  g_autofree char *config = g_build_filename (home, "config", NULL);
  g_autofree char *data = g_build_filename (home, "data", NULL);
  g_autofree char *cache = g_build_filename (home, "cache", NULL);

  /* KiCad writes its settings on import: into the test's folder, never the user's. */
  env = g_environ_setenv (env, "HOME", home, TRUE);
  env = g_environ_setenv (env, "XDG_CONFIG_HOME", config, TRUE);
  env = g_environ_setenv (env, "XDG_DATA_HOME", data, TRUE);
  env = g_environ_setenv (env, "XDG_CACHE_HOME", cache, TRUE);
  env = g_environ_unsetenv (env, "PYTHONPATH");
  env = g_environ_unsetenv (env, "PYTHONHOME");
  return env;
}

typedef struct
{
  const char *part;
  double      thickness_um;
  double      corner_radius_mm;
  gboolean    user_square_lands;   /* square lands: round apertures */
  double      at_x_mm;             /* placement, seen from the top (Gerber frame, y up) */
  double      at_y_mm;
  int         rotation_deg;
  const char *shapes;              /* Gerber apertures expected: R, O, C, M (rounded) */
} Case;

/* The case's folder and everything KiCad wrote into it. */
static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *entry;

      while (dir != NULL && (entry = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, entry, NULL);
          remove_tree (child);
        }
      g_assert_cmpint (g_rmdir (path), ==, 0);
    }
  else
    g_assert_cmpint (g_remove (path), ==, 0);
}

static StencilResult *
calculate_case (const Case *c)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilPart) part = stencil_catalog_find_part (catalog, c->part, &error);
  StencilLandSpec square = { FALSE, 0.3, 0.3, 1.85, 0.5, 0.5, 4.5, 0, 10.4, 4.1 };
  g_autoptr(StencilPattern) pattern = NULL;
  StencilCalcParams params;
  StencilResult *result;

  g_assert_no_error (error);
  pattern = c->user_square_lands
            ? stencil_pattern_new_user (part, &square, "square test lands", &error)
            : stencil_pattern_new (part, NULL, &error);
  g_assert_no_error (error);
  stencil_calc_params_init (&params);
  params.thickness_um = c->thickness_um;
  params.corner_radius_mm = c->corner_radius_mm;
  result = stencil_calculate (pattern, &params, &error);
  g_assert_no_error (error);
  return result;
}

static void
run_pcbnew (const char  *dir,
            const char  *libdir,
            const char  *name,
            const Case  *c,
            JsonParser  *parser)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = g_build_filename (dir, "plot", NULL);
  g_autofree char *json = g_build_filename (dir, "pads.json", NULL);
  char x[G_ASCII_DTOSTR_BUF_SIZE], y[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *deg = g_strdup_printf ("%d", c->rotation_deg);
  g_auto(GStrv) env = python_env (dir);
  const char *argv[] = { SYSTEM_PYTHON, plot_script, libdir, name, out, x, y, deg, json, NULL };
  g_autofree char *std_out = NULL;
  g_autofree char *std_err = NULL;
  int status = -1;

  g_ascii_formatd (x, sizeof x, "%.6f", c->at_x_mm);
  g_ascii_formatd (y, sizeof y, "%.6f", -c->at_y_mm);   /* KiCad's y runs down */
  g_assert_cmpint (g_mkdir (out, 0700), ==, 0);
  if (!g_file_test (SYSTEM_PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    g_error ("%s is missing: install python3 and kicad (build-aux/packages.txt)", SYSTEM_PYTHON);
  g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &std_out, &std_err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("KiCad's pcbnew could not read or plot %s (install Debian's kicad package, "
             "see build-aux/packages.txt):\n%s%s", name, std_out, std_err);
  json_parser_load_from_file (parser, json, &error);
  g_assert_no_error (error);
}

static void
run_case (const Case *c)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilResult) result = calculate_case (c);
  g_autofree char *dir = g_dir_make_tmp ("test-kicad-pcbnew-XXXXXX", &error);
  g_autofree char *libdir = g_build_filename (dir, "Stencil.pretty", NULL);
  g_autofree char *name = stencil_kicad_footprint_name (result);
  g_autofree char *file = stencil_kicad_default_filename (result);
  g_autofree char *path = g_build_filename (libdir, file, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *kicad_gerber = NULL;
  g_autoptr(GBytes) ours = NULL;
  StencilGerberOptions options;
  JsonObject *loaded;

  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir (libdir, 0700), ==, 0);
  g_assert_true (stencil_kicad_write (result, path, &error));
  g_assert_no_error (error);

  run_pcbnew (dir, libdir, name, c, parser);
  loaded = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (loaded, "name"), ==, name);
  g_assert_cmpstr (json_object_get_string_member (loaded, "value"), ==, name);
  g_assert_cmpstr (json_object_get_string_member (loaded, "reference"), ==, "REF**");
  g_assert_true (json_object_get_boolean_member (loaded, "attributes_smd"));
  g_assert_nonnull (strstr (json_object_get_string_member (loaded, "description"),
                            result->pattern->part->part_number));
  check_loaded_pads (loaded, result);

  /* KiCad's plot of F.Paste against our own Gerber of the same placement. */
  g_file_get_contents (json_object_get_string_member (loaded, "gerber"), &kicad_gerber, NULL,
                       &error);
  g_assert_no_error (error);
  stencil_gerber_options_init (&options);
  options.at_x_mm = c->at_x_mm;
  options.at_y_mm = c->at_y_mm;
  options.rotation_deg = c->rotation_deg;
  ours = stencil_gerber_generate (result, &options, &error);
  g_assert_no_error (error);
  compare_gerbers (kicad_gerber, ours, c->shapes);
  g_test_message ("%s: %u lands and %u paste pads read by pcbnew %s; KiCad's plot matches our "
                  "Gerber, largest deviation so far %" G_GINT64_FORMAT " nm", c->part,
                  stencil_pattern_get_n_pads (result->pattern),
                  stencil_pattern_get_n_pads (result->pattern), "6", max_deviation_nm);

  remove_tree (dir);
}

static const Case cases[] = {
  { "AXK7L40223G", 127, 0, FALSE, 0, 0, 0, "R" },
  { "AXK8L40124BG", 120, 0.05, FALSE, 25.4, 10, 90, "M" },
  { "AXK7L80223G", 150, 0.115, FALSE, -5, 3, 180, "OM" },
  { "AXK7L40223G", 150, 0.1225, TRUE, 12.5, -7.25, 270, "CM" },
};

static void
test_case (gconstpointer data)
{
  run_case (data);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  if (argc < 2)
    g_error ("usage: %s PCBNEW-PLOT-SCRIPT", argv[0]);
  plot_script = argv[1];
  catalog = test_util_load_catalog ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/kicad-pcbnew/%s-%gum-r%g-rot%d%s",
                                               cases[i].part, cases[i].thickness_um,
                                               cases[i].corner_radius_mm, cases[i].rotation_deg,
                                               cases[i].user_square_lands ? "-square" : "");
      g_test_add_data_func (path, &cases[i], test_case);
    }
  status = g_test_run ();
  g_object_unref (catalog);
  return status;
}
