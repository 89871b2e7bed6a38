/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The design document (stencil-document): its file byte for byte, round trips, the provenance
 * of its land pattern, and every kind of hostile design file. */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "stencil-document.h"
#include "stencil-land-file.h"
#include "test-util.h"

static StencilCatalog *catalog;
static char *tmp_dir;

static StencilPart *
find_part (const char *part_number)
{
  g_autoptr(GError) error = NULL;
  StencilPart *part = stencil_catalog_find_part (catalog, part_number, &error);

  g_assert_no_error (error);
  return part;
}

static StencilDocument *
new_document (const char *part_number)
{
  g_autoptr(StencilPart) part = find_part (part_number);
  g_autoptr(GError) error = NULL;
  StencilDocument *doc = stencil_document_new (part, &error);

  g_assert_no_error (error);
  return doc;
}

static char *
bytes_to_string (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return g_strndup (data, size);
}

static StencilDocument *
parse (const char *text,
       GError    **error)
{
  return stencil_document_new_from_data (catalog, text, strlen (text), "d.stencilcalc", error);
}

/* Two results of one design compute the same numbers, bit for bit. */
static void
assert_same_results (StencilResult *a,
                     StencilResult *b)
{
  g_assert_cmpuint (a->apertures->len, ==, b->apertures->len);
  for (guint i = 0; i < a->apertures->len; i++)
    {
      const StencilAperture *x = stencil_result_get_aperture (a, i);
      const StencilAperture *y = stencil_result_get_aperture (b, i);
      const StencilPad *p = stencil_pattern_get_pad (a->pattern, i);
      const StencilPad *q = stencil_pattern_get_pad (b->pattern, i);

      g_assert_cmpfloat (x->w_mm, ==, y->w_mm);
      g_assert_cmpfloat (x->h_mm, ==, y->h_mm);
      g_assert_cmpfloat (x->r_mm, ==, y->r_mm);
      g_assert_cmpfloat (x->opening_ratio, ==, y->opening_ratio);
      g_assert_cmpfloat (x->area_ratio, ==, y->area_ratio);
      g_assert_cmpfloat (x->aspect_ratio, ==, y->aspect_ratio);
      g_assert_cmpint (x->status, ==, y->status);
      g_assert_cmpstr (p->id, ==, q->id);
      g_assert_cmpfloat (p->x_mm, ==, q->x_mm);
      g_assert_cmpfloat (p->y_mm, ==, q->y_mm);
      g_assert_cmpfloat (p->w_mm, ==, q->w_mm);
      g_assert_cmpfloat (p->h_mm, ==, q->h_mm);
    }
  g_assert_cmpfloat (a->min_web_mm, ==, b->min_web_mm);
  g_assert_cmpfloat (a->max_thickness_um, ==, b->max_thickness_um);
  g_assert_cmpint (a->pattern->provisional, ==, b->pattern->provisional);
}

/* The file as it is written: every member, in this order, numbers exactly. */
static void
test_file_format (void)
{
  g_autoptr(StencilDocument) doc = new_document ("axk7l40223g");
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  StencilCalcParams params = *stencil_document_get_params (doc);

  params.thickness_um = 127.4;
  params.strategy = STENCIL_STRATEGY_KEEP_WIDTH;
  params.grid_um = 2.5;
  params.corner_radius_mm = 0.03;
  g_assert_true (stencil_document_set_params (doc, &params, &error));
  g_assert_no_error (error);
  bytes = stencil_document_to_bytes (doc);
  text = bytes_to_string (bytes);
  g_assert_cmpstr (text, ==,
                   "{\n"
                   "  \"format\" : \"stencilcalc-design\",\n"
                   "  \"version\" : 1,\n"
                   "  \"part\" : \"AXK7L40223G\",\n"
                   "  \"thickness_um\" : 127.4,\n"
                   "  \"strategy\" : \"keep-width\",\n"
                   "  \"grid_um\" : 2.5,\n"
                   "  \"corner_radius_mm\" : 0.03,\n"
                   "  \"web_limit_mm\" : 0.1\n"
                   "}\n");
}

static void
save_open_save (StencilDocument *doc,
                const char      *name)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *path2 = g_strconcat (path, ".2", NULL);
  g_autoptr(StencilDocument) back = NULL;
  g_autoptr(StencilResult) before = NULL;
  g_autoptr(StencilResult) after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (stencil_document_save (doc, path, &error));
  g_assert_no_error (error);
  back = stencil_document_load (catalog, path, &error);
  g_assert_no_error (error);
  g_assert_true (stencil_document_equal (doc, back));
  g_assert_true (stencil_document_save (back, path2, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &first, NULL, NULL));
  g_assert_true (g_file_get_contents (path2, &second, NULL, NULL));
  g_assert_cmpstr (first, ==, second);

  before = stencil_document_calculate (doc, &error);
  g_assert_no_error (error);
  after = stencil_document_calculate (back, &error);
  g_assert_no_error (error);
  assert_same_results (before, after);
  {
    g_autofree char *land_before = stencil_pattern_describe_land (before->pattern, FALSE, 0);
    g_autofree char *land_after = stencil_pattern_describe_land (after->pattern, FALSE, 0);

    g_assert_cmpstr (land_before, ==, land_after);
  }
  g_remove (path);
  g_remove (path2);
}

/* Save, open, save: the same bytes and the same numbers, with the estimate and with the user's
 * land pattern (a source JSON must escape, values that are not whole µm). */
static void
test_round_trip (void)
{
  g_autoptr(StencilDocument) doc = new_document ("AXK8L80124BG");
  g_autoptr(GError) error = NULL;
  StencilCalcParams params = *stencil_document_get_params (doc);
  StencilLandSpec spec = stencil_document_get_pattern (doc)->spec;

  params.thickness_um = 112.35;
  params.grid_um = 3;
  params.corner_radius_mm = 0.0125;
  params.strategy = STENCIL_STRATEGY_PROPORTIONAL;
  g_assert_true (stencil_document_set_params (doc, &params, &error));
  g_assert_no_error (error);
  save_open_save (doc, "estimate.stencilcalc");

  spec.terminal_w_mm = 0.2212345678;   /* kept to whole nm, as the file keeps it */
  spec.soldering_y_mm = -0.05;
  g_assert_true (stencil_document_set_land (doc, &spec, "Zeichnung „Rev. 3“ \"q\" \\ x\ny",
                                            &error));
  g_assert_no_error (error);
  g_assert_true (stencil_document_has_user_land (doc));
  g_assert_cmpfloat (stencil_document_get_pattern (doc)->spec.terminal_w_mm, ==, 0.221235);
  save_open_save (doc, "user.stencilcalc");

  /* The same in a locale with a decimal comma: the file does not change. */
  {
    g_autoptr(GBytes) c_bytes = stencil_document_to_bytes (doc);
    g_autoptr(GBytes) de_bytes = NULL;
    g_autofree char *c_text = bytes_to_string (c_bytes);

    if (setlocale (LC_NUMERIC, "de_DE.UTF-8") == NULL)
      {
        g_test_message ("de_DE.UTF-8 is not installed: decimal comma not checked");
        return;
      }
    de_bytes = stencil_document_to_bytes (doc);
    setlocale (LC_NUMERIC, "C");
    g_assert_true (g_bytes_equal (c_bytes, de_bytes));
    g_assert_nonnull (strstr (c_text, "\"thickness_um\" : 112.35,"));
    g_assert_nonnull (strstr (c_text, "\"w_mm\" : 0.221235,"));
  }
}

/* Provenance is decided by the values: the estimate stays provisional whatever source it names,
 * also after a change smaller than the file's precision; one real change makes it the user's. */
static void
test_provenance (void)
{
  g_autoptr(StencilDocument) doc = new_document ("AXK7L40223G");
  g_autoptr(StencilPart) part = find_part ("AXK7L40223G");
  g_autoptr(GError) error = NULL;
  StencilLandSpec estimate = stencil_document_get_pattern (doc)->spec;
  StencilLandSpec spec = estimate;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;

  g_assert_true (stencil_document_get_pattern (doc)->provisional);
  g_assert_true (stencil_document_set_land (doc, &spec, "Panasonic drawing rev. 2024-03", &error));
  g_assert_no_error (error);
  g_assert_false (stencil_document_has_user_land (doc));
  g_assert_true (stencil_document_get_pattern (doc)->provisional);

  spec.body_h_mm += 4e-7;   /* written as the same 6 decimals */
  g_assert_true (stencil_document_set_land (doc, &spec, "x", &error));
  g_assert_false (stencil_document_has_user_land (doc));
  g_assert_true (stencil_land_spec_is_estimate (part, &spec));

  spec.body_h_mm = estimate.body_h_mm + 0.001;
  g_assert_true (stencil_document_set_land (doc, &spec, "", &error));
  g_assert_no_error (error);
  g_assert_true (stencil_document_has_user_land (doc));
  g_assert_false (stencil_document_get_pattern (doc)->provisional);
  {
    g_autofree char *land = stencil_pattern_describe_land (stencil_document_get_pattern (doc),
                                                           FALSE, 0);
    g_assert_cmpstr (land, ==, "user-defined (no source given)");
  }
  bytes = stencil_document_to_bytes (doc);
  text = bytes_to_string (bytes);
  g_assert_nonnull (strstr (text, "\"land_pattern\" : {"));
  g_assert_nonnull (strstr (text, "\"h_mm\" : 4.101"));

  /* Refused values change nothing. */
  spec.terminal_w_mm = 0.4;   /* the pitch: the pads would merge */
  g_assert_false (stencil_document_set_land (doc, &spec, "", &error));
  g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT);
  g_clear_error (&error);
  g_assert_cmpfloat (stencil_document_get_pattern (doc)->spec.terminal_w_mm, ==,
                     estimate.terminal_w_mm);

  /* A file with the estimate's values in "land_pattern" opens as the estimate. */
  {
    g_autoptr(StencilDocument) back = NULL;
    g_autoptr(GString) edited = g_string_new (text);

    g_assert_cmpuint (g_string_replace (edited, "\"h_mm\" : 4.101", "\"h_mm\" : 4.1", 1), ==, 1);
    back = parse (edited->str, &error);
    g_assert_no_error (error);
    g_assert_false (stencil_document_has_user_land (back));
    g_assert_true (stencil_document_get_pattern (back)->provisional);
  }

  /* Another part: its own family pattern; back to the estimate on request. */
  {
    g_autoptr(StencilPart) header = find_part ("AXK8L40124BG");

    g_assert_true (stencil_document_set_part (doc, header, &error));
    g_assert_false (stencil_document_has_user_land (doc));
    g_assert_true (stencil_document_get_pattern (doc)->part == header ||
                   g_str_equal (stencil_document_get_pattern (doc)->part->part_number,
                                "AXK8L40124BG"));
    g_assert_true (stencil_document_reset_land (doc, &error));
    g_assert_no_error (error);
  }
}

/* The one validation: out-of-range values are refused by name, nothing changes. */
static void
test_params (void)
{
  g_autoptr(StencilDocument) doc = new_document ("AXK7L40223G");
  StencilCalcParams params = *stencil_document_get_params (doc);
  const struct { double thickness, grid, radius; const char *message; } bad[] = {
    { 5, 5, 0, "thickness must be from 10 to 1000 µm" },
    { 1000.5, 5, 0, "thickness must be from 10 to 1000 µm" },
    { 127, 0, 0, "grid must be from 1 to 10 µm" },
    { 127, 11, 0, "grid must be from 1 to 10 µm" },
    { 127, 5, -0.01, "corner radius must be from 0 to 25 mm" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      StencilCalcParams p = params;

      p.thickness_um = bad[i].thickness;
      p.grid_um = bad[i].grid;
      p.corner_radius_mm = bad[i].radius;
      g_assert_false (stencil_document_set_params (doc, &p, &error));
      g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT);
      g_assert_nonnull (strstr (error->message, bad[i].message));
      g_assert_cmpmem (stencil_document_get_params (doc), sizeof params, &params, sizeof params);
    }
}

typedef struct
{
  const char *name;
  const char *text;        /* NULL: made by make_hostile () */
  const char *message[3];  /* each must be in the error message */
} Hostile;

static const Hostile hostile[] = {
  { "empty", "", { "empty" } },
  { "blank", "  \n", { "one JSON object" } },
  { "truncated", "{\n  \"format\" : \"stencilcalc-design\",\n  \"version\" : 1,\n  \"pa",
    { "not valid JSON" } },
  { "binary", NULL, { "not UTF-8" } },
  { "invalid-utf8", NULL, { "not UTF-8" } },
  { "array", "[1, 2]", { "one JSON object" } },
  { "no-format", "{ \"part\": \"AXK7L40223G\", \"thickness_um\": 127 }",
    { "“format” must be \"stencilcalc-design\"" } },
  { "land-file", "{ \"format\": 1, \"part\": \"AXK7L40223G\", \"terminal\": {} }",
    { "land-pattern file" } },
  { "future-version",
    "{ \"format\": \"stencilcalc-design\", \"version\": 2, \"part\": \"AXK7L40223G\", "
    "\"thickness_um\": 127, \"stencil_material\": \"nickel\" }",
    { "version 2", "newer Stencil Calc", "reads version 1" } },
  { "version-text", "{ \"format\": \"stencilcalc-design\", \"version\": \"1\" }",
    { "“version” must be a whole number" } },
  { "unknown-keys",
    "{ \"format\": \"stencilcalc-design\", \"version\": 1, \"part\": \"AXK7L40223G\", "
    "\"thickness_um\": 127, \"thicknes\": 120, \"colour\": \"red\", \"_note\": \"ok\" }",
    { "unknown members", "“thicknes”", "“colour”" } },
  { "unknown-land-key",
    "{ \"format\": \"stencilcalc-design\", \"version\": 1, \"part\": \"AXK7L40223G\", "
    "\"thickness_um\": 127, \"land_pattern\": { \"sorce\": \"x\" } }",
    { "unknown member", "“land_pattern.sorce”" } },
  { "wrong-type-thickness",
    "{ \"format\": \"stencilcalc-design\", \"version\": 1, \"part\": \"AXK7L40223G\", "
    "\"thickness_um\": \"127\" }", { "“thickness_um” must be a number" } },
  { "wrong-type-part",
    "{ \"format\": \"stencilcalc-design\", \"version\": 1, \"part\": 40223, "
    "\"thickness_um\": 127 }", { "“part” must be a part number" } },
  { "wrong-type-strategy",
    "{ \"format\": \"stencilcalc-design\", \"version\": 1, \"part\": \"AXK7L40223G\", "
    "\"thickness_um\": 127, \"strategy\": [\"best-release\"] }", { "“strategy” must be one of" } },
  { "wrong-type-land",
    "{ \"format\": \"stencilcalc-design\", \"version\": 1, \"part\": \"AXK7L40223G\", "
    "\"thickness_um\": 127, \"land_pattern\": 1 }", { "“land_pattern” must be an object" } },
  { "missing-thickness",
    "{ \"format\": \"stencilcalc-design\", \"version\": 1, \"part\": \"AXK7L40223G\" }",
    { "“thickness_um” is missing" } },
  { "negative-thickness",
    "{ \"format\": \"stencilcalc-design\", \"version\": 1, \"part\": \"AXK7L40223G\", "
    "\"thickness_um\": -127 }", { "thickness_um: ", "from 10 to 1000 µm" } },
  { "negative-radius",
    "{ \"format\": \"stencilcalc-design\", \"version\": 1, \"part\": \"AXK7L40223G\", "
    "\"thickness_um\": 127, \"corner_radius_mm\": -0.1 }", { "corner_radius_mm: " } },
  { "nan", "{ \"format\": \"stencilcalc-design\", \"version\": 1, \"part\": \"AXK7L40223G\", "
    "\"thickness_um\": NaN }", { "not valid JSON" } },
  { "huge-number",
    "{ \"format\": \"stencilcalc-design\", \"version\": 1, \"part\": \"AXK7L40223G\", "
    "\"thickness_um\": 1e999 }", { "thickness_um" } },
  { "huge-integer",
    "{ \"format\": \"stencilcalc-design\", \"version\": 1, \"part\": \"AXK7L40223G\", "
    "\"thickness_um\": 127, \"grid_um\": 99999999999999999999999999 }", { "grid_um" } },
  { "huge-version",
    "{ \"format\": \"stencilcalc-design\", \"version\": 99999999999999999999, "
    "\"part\": \"AXK7L40223G\", \"thickness_um\": 127 }", { "version" } },
  { "zero-grid",
    "{ \"format\": \"stencilcalc-design\", \"version\": 1, \"part\": \"AXK7L40223G\", "
    "\"thickness_um\": 127, \"grid_um\": 0 }", { "grid_um: ", "from 1 to 10 µm" } },
  { "unknown-part",
    "{ \"format\": \"stencilcalc-design\", \"version\": 1, \"part\": \"AXK7L4O223G\", "
    "\"thickness_um\": 127 }", { "part: ", "did you mean AXK7L40223G?" } },
  { "bad-land",
    "{ \"format\": \"stencilcalc-design\", \"version\": 1, \"part\": \"AXK7L40223G\", "
    "\"thickness_um\": 127, \"land_pattern\": { \"source\": \"x\", "
    "\"terminal\": { \"w_mm\": 0.22, \"h_mm\": 0.9, \"row_y_mm\": 1.85 }, "
    "\"soldering\": { \"w_mm\": 0.5, \"h_mm\": 2, \"x_mm\": 4.5, \"y_mm\": 0 }, "
    "\"body\": { \"w_mm\": 1, \"h_mm\": 4.1 } } }",
    { ": land_pattern: ", "body.w_mm" } },
  { "land-missing-member",
    "{ \"format\": \"stencilcalc-design\", \"version\": 1, \"part\": \"AXK7L40223G\", "
    "\"thickness_um\": 127, \"land_pattern\": { \"source\": \"x\" } }",
    { ": land_pattern: ", "“terminal” is missing" } },
  { "deep-nesting", NULL, { "nested more than" } },
  { "long-string", NULL, { "too large for a design" } },
};

/* The texts too long or too odd to write in the table. */
static GBytes *
make_hostile (const Hostile *h)
{
  if (g_str_equal (h->name, "binary"))
    {
      static const guint8 data[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };
      return g_bytes_new_static (data, sizeof data);
    }
  if (g_str_equal (h->name, "invalid-utf8"))
    {
      static const char data[] = "{ \"format\": \"stencilcalc-design\", \"version\": 1, "
                                 "\"part\": \"AXK7L\xff\xfe\", \"thickness_um\": 127 }";
      return g_bytes_new_static (data, sizeof data - 1);
    }
  if (g_str_equal (h->name, "deep-nesting"))
    {
      GString *s = g_string_new ("{ \"format\": \"stencilcalc-design\", \"version\": 1, \"x\": ");

      for (guint i = 0; i < 200000; i++)
        g_string_append_c (s, '[');
      return g_string_free_to_bytes (s);
    }
  if (g_str_equal (h->name, "long-string"))
    {
      GString *s = g_string_new ("{ \"format\": \"stencilcalc-design\", \"version\": 1, "
                                 "\"part\": \"");

      for (guint i = 0; i < 5 * 1024 * 1024; i++)
        g_string_append_c (s, 'A');
      g_string_append (s, "\", \"thickness_um\": 127 }");
      return g_string_free_to_bytes (s);
    }
  return g_bytes_new_static (h->text, strlen (h->text));
}

/* Each kind of broken or hostile file: one clear message that names the file, no crash, and
 * well under a second. */
static void
test_hostile (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      const Hostile *h = &hostile[i];
      g_autofree char *name = g_strconcat (h->name, ".stencilcalc", NULL);
      g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
      g_autoptr(GBytes) bytes = make_hostile (h);
      g_autoptr(GError) error = NULL;
      g_autoptr(StencilDocument) doc = NULL;
      gint64 start;
      double seconds;

      g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                          g_bytes_get_size (bytes), NULL));
      start = g_get_monotonic_time ();
      doc = stencil_document_load (catalog, path, &error);
      seconds = (g_get_monotonic_time () - start) / 1e6;
      g_test_message ("%s: %s (%.3f s)", h->name, error != NULL ? error->message : "(none)",
                      seconds);
      g_assert_null (doc);
      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, path));
      for (guint m = 0; m < G_N_ELEMENTS (h->message) && h->message[m] != NULL; m++)
        if (strstr (error->message, h->message[m]) == NULL)
          g_error ("%s: “%s” is not in “%s”", h->name, h->message[m], error->message);
      /* One line, and short: a pasted paragraph is never repeated whole. */
      g_assert_null (strchr (error->message, '\n'));
      g_assert_cmpuint (strlen (error->message), <, 600);
      g_assert_cmpfloat (seconds, <, 0.5);
      g_remove (path);
    }
}

/* Not a file to read at all: a folder, a device, a file that is not there. */
static void
test_not_a_file (void)
{
  const char *paths[] = { tmp_dir, "/dev/zero", "/nonexistent/x.stencilcalc" };
  const char *messages[] = { "not a regular file", "not a regular file", "No such file" };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(StencilDocument) doc = stencil_document_load (catalog, paths[i], &error);

      g_assert_null (doc);
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, paths[i]));
      g_assert_nonnull (strstr (error->message, messages[i]));
    }
}

/* A minimal hand-written design: what is not given is the engine's default, as on the command
 * line. */
static void
test_defaults (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilDocument) doc =
    parse ("{ \"format\": \"stencilcalc-design\", \"version\": 1, \"part\": \"axk8le4026bg\", "
           "\"thickness_um\": 120, \"_comment\": \"mine\" }", &error);
  StencilCalcParams defaults;

  g_assert_no_error (error);
  stencil_calc_params_init (&defaults);
  g_assert_cmpstr (stencil_document_get_part (doc)->part_number, ==, "AXK8LE4026BG");
  g_assert_cmpfloat (stencil_document_get_params (doc)->thickness_um, ==, 120);
  g_assert_cmpint (stencil_document_get_params (doc)->strategy, ==, defaults.strategy);
  g_assert_cmpfloat (stencil_document_get_params (doc)->grid_um, ==, defaults.grid_um);
  g_assert_cmpfloat (stencil_document_get_params (doc)->corner_radius_mm, ==,
                     defaults.corner_radius_mm);
  g_assert_true (stencil_document_get_pattern (doc)->provisional);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  catalog = test_util_load_catalog ();
  tmp_dir = g_dir_make_tmp ("stencil-document-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/document/file-format", test_file_format);
  g_test_add_func ("/document/round-trip", test_round_trip);
  g_test_add_func ("/document/provenance", test_provenance);
  g_test_add_func ("/document/params", test_params);
  g_test_add_func ("/document/defaults", test_defaults);
  g_test_add_func ("/document/hostile", test_hostile);
  g_test_add_func ("/document/not-a-file", test_not_a_file);

  status = g_test_run ();
  g_rmdir (tmp_dir);
  g_free (tmp_dir);
  g_object_unref (catalog);
  return status;
}
