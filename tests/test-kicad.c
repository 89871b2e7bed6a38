/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The KiCad footprint writer, checked by parsing the s-expression it wrote: name, fields, lands,
 * paste pads against the computed apertures, courtyard, silkscreen clearances, locales. */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "stencil-kicad.h"
#include "test-util.h"

static StencilCatalog *catalog;

/* ---- a small s-expression reader ---------------------------------------------------------- */

typedef struct _Node Node;
struct _Node
{
  char      *atom;       /* NULL for a list */
  gboolean   quoted;
  GPtrArray *items;      /* of Node*, for a list */
};

static void
node_free (gpointer data)
{
  Node *node = data;

  g_free (node->atom);
  g_clear_pointer (&node->items, g_ptr_array_unref);
  g_free (node);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Node, node_free)

static Node *
parse_node (const char **p)
{
  Node *node = g_new0 (Node, 1);

  while (g_ascii_isspace (**p))
    (*p)++;
  if (**p == '(')
    {
      (*p)++;
      node->items = g_ptr_array_new_with_free_func (node_free);
      for (;;)
        {
          while (g_ascii_isspace (**p))
            (*p)++;
          g_assert_cmpint (**p, !=, '\0');
          if (**p == ')')
            {
              (*p)++;
              return node;
            }
          g_ptr_array_add (node->items, parse_node (p));
        }
    }
  if (**p == '"')
    {
      GString *s = g_string_new (NULL);

      for ((*p)++; **p != '"'; (*p)++)
        {
          g_assert_cmpint (**p, !=, '\0');
          g_assert_cmpint (**p, !=, '\n');
          if (**p == '\\')
            (*p)++;
          g_string_append_c (s, **p);
        }
      (*p)++;
      node->atom = g_string_free (s, FALSE);
      node->quoted = TRUE;
      return node;
    }
  {
    const char *start = *p;

    while (**p != '\0' && !g_ascii_isspace (**p) && **p != '(' && **p != ')' && **p != '"')
      (*p)++;
    g_assert_true (*p > start);
    node->atom = g_strndup (start, *p - start);
  }
  return node;
}

static Node *
parse_file (GBytes *bytes)
{
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  const char *p = text;
  Node *root = parse_node (&p);

  while (g_ascii_isspace (*p))
    p++;
  g_assert_cmpint (*p, ==, '\0');
  g_assert_null (root->atom);
  return root;
}

static Node *
item (const Node *list,
      guint       i)
{
  g_assert_nonnull (list->items);
  g_assert_cmpuint (i, <, list->items->len);
  return g_ptr_array_index (list->items, i);
}

static const char *
head (const Node *list)
{
  return list->items != NULL && list->items->len > 0 ? item (list, 0)->atom : NULL;
}

/* The first sub-list (keyword ...) of list, or NULL. */
static Node *
find (const Node *list,
      const char *keyword)
{
  for (guint i = 1; i < list->items->len; i++)
    if (g_strcmp0 (head (item (list, i)), keyword) == 0)
      return item (list, i);
  return NULL;
}

static GPtrArray *
find_all (const Node *list,
          const char *keyword)
{
  GPtrArray *all = g_ptr_array_new ();

  for (guint i = 1; i < list->items->len; i++)
    if (g_strcmp0 (head (item (list, i)), keyword) == 0)
      g_ptr_array_add (all, item (list, i));
  return all;
}

static const char *
atom (const Node *list,
      guint       i)
{
  Node *n = item (list, i);

  g_assert_nonnull (n->atom);
  return n->atom;
}

/* A number in mm as whole nm; the file must never hold a comma or an exponent. */
static gint64
number_nm (const Node *list,
           guint       i)
{
  const char *text = atom (list, i);
  char *end = NULL;
  double v = g_ascii_strtod (text, &end);

  g_assert_true (*end == '\0');
  g_assert_null (strpbrk (text, ",eE"));
  return llround (v * 1e6);
}

static const char *
layer_of (const Node *n)
{
  Node *layer = find (n, "layer");

  g_assert_nonnull (layer);
  return atom (layer, 1);
}

/* ---- helpers ------------------------------------------------------------------------------ */

static Node *
generate (StencilResult *result,
          const char    *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = stencil_kicad_generate (result, name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return parse_file (bytes);
}

typedef struct
{
  gint64 x0, y0, x1, y1;
} Box;

static Box
pad_box (const Node *pad)
{
  Node *at = find (pad, "at"), *size = find (pad, "size");
  gint64 x = number_nm (at, 1), y = number_nm (at, 2);
  gint64 w = number_nm (size, 1), h = number_nm (size, 2);
  Box b = { x - w / 2, y - h / 2, x + w / 2, y + h / 2 };

  g_assert_cmpuint (at->items->len, ==, 3);   /* never rotated */
  return b;
}

static gboolean
pad_is_paste (const Node *pad)
{
  Node *layers = find (pad, "layers");

  return layers->items->len == 2 && g_strcmp0 (atom (layers, 1), "F.Paste") == 0;
}

/* Distance between two intervals (0 when they overlap). */
static gint64
interval_gap (gint64 a0,
              gint64 a1,
              gint64 b0,
              gint64 b1)
{
  return MAX (0, MAX (b0 - MAX (a0, a1), MIN (a0, a1) - b1));
}

/* Distance from a segment parallel to an axis to a box, mm. */
static double
segment_box_distance_mm (const Box *seg,
                         const Box *b)
{
  double dx = interval_gap (seg->x0, seg->x1, b->x0, b->x1) / 1e6;
  double dy = interval_gap (seg->y0, seg->y1, b->y0, b->y1) / 1e6;

  g_assert_true (seg->x0 == seg->x1 || seg->y0 == seg->y1);
  return sqrt (dx * dx + dy * dy);
}

/* ---- tests -------------------------------------------------------------------------------- */

static void
test_name (void)
{
  g_autoptr(StencilResult) socket = test_util_calculate_at (catalog, "AXK7L40223G", 127);
  g_autoptr(StencilResult) header = test_util_calculate_at (catalog, "AXK8L10124BG", 120);
  g_autoptr(StencilResult) odd = test_util_calculate_at (catalog, "AXK7LE8026G", 127.5);
  g_autofree char *a = stencil_kicad_footprint_name (socket);
  g_autofree char *b = stencil_kicad_footprint_name (header);
  g_autofree char *c = stencil_kicad_footprint_name (odd);
  g_autofree char *file = stencil_kicad_default_filename (socket);

  g_assert_cmpstr (a, ==, "Panasonic_F4_AXK7L40223G_2x20-1MP_P0.40mm_Vertical_Stencil127um");
  g_assert_cmpstr (b, ==, "Panasonic_F4_AXK8L10124BG_2x05-1MP_P0.40mm_Vertical_Stencil120um");
  g_assert_cmpstr (c, ==, "Panasonic_F4_AXK7LE8026G_2x40-1MP_P0.40mm_Vertical_Stencil127.5um");
  g_assert_cmpstr (file, ==,
                   "Panasonic_F4_AXK7L40223G_2x20-1MP_P0.40mm_Vertical_Stencil127um.kicad_mod");
}

static void
check_header (const Node    *root,
              StencilResult *result,
              const char    *name)
{
  Node *version = find (root, "version"), *generator = find (root, "generator");
  Node *descr = find (root, "descr"), *tags = find (root, "tags"), *attr = find (root, "attr");
  g_autoptr(GPtrArray) texts = find_all (root, "fp_text");
  gboolean reference = FALSE, value = FALSE, fab_reference = FALSE;

  g_assert_cmpstr (head (root), ==, "footprint");
  g_assert_true (item (root, 1)->quoted);
  g_assert_cmpstr (atom (root, 1), ==, name);
  g_assert_cmpstr (atom (version, 1), ==, "20211014");
  g_assert_cmpstr (atom (generator, 1), ==, "stencilcalc");
  g_assert_cmpstr (layer_of (root), ==, "F.Cu");
  g_assert_cmpstr (atom (attr, 1), ==, "smd");
  g_assert_nonnull (strstr (atom (descr, 1), result->pattern->part->part_number));
  g_assert_nonnull (strstr (atom (tags, 1), result->pattern->part->part_number));
  g_assert_nonnull (strstr (atom (descr, 1), "strategy best-release"));

  for (guint i = 0; i < texts->len; i++)
    {
      Node *t = g_ptr_array_index (texts, i);

      if (g_strcmp0 (atom (t, 1), "reference") == 0)
        {
          reference = TRUE;
          g_assert_cmpstr (atom (t, 2), ==, "REF**");
          g_assert_cmpstr (layer_of (t), ==, "F.SilkS");
        }
      else if (g_strcmp0 (atom (t, 1), "value") == 0)
        {
          value = TRUE;
          g_assert_cmpstr (atom (t, 2), ==, name);
          g_assert_cmpstr (layer_of (t), ==, "F.Fab");
        }
      else if (g_strcmp0 (atom (t, 2), "${REFERENCE}") == 0)
        fab_reference = g_strcmp0 (layer_of (t), "F.Fab") == 0;
    }
  g_assert_true (reference && value && fab_reference);
}

/* Lands: one per pad, numbered by the pin numbering, MP for the soldering terminals, copper and
 * mask only. Paste: one per aperture, no number, F.Paste only, the computed size at the pad. */
static void
check_pads (const Node    *root,
            StencilResult *result)
{
  const StencilPattern *pattern = result->pattern;
  g_autoptr(GPtrArray) pads = find_all (root, "pad");
  guint n = stencil_pattern_get_n_pads (pattern), n_lands = 0, n_paste = 0;

  g_assert_cmpuint (pads->len, ==, 2 * n);
  for (guint i = 0; i < pads->len; i++)
    {
      Node *pad = g_ptr_array_index (pads, i);
      Node *layers = find (pad, "layers");
      gboolean paste = pad_is_paste (pad);
      const StencilPad *land = stencil_pattern_get_pad (pattern, paste ? n_paste : n_lands);
      const StencilAperture *ap = stencil_result_get_aperture (result, paste ? n_paste : n_lands);
      Box b = pad_box (pad);

      g_assert_cmpstr (atom (pad, 2), ==, "smd");
      g_assert_true (item (pad, 1)->quoted);
      /* KiCad's y runs down: pin 1 (model +y) is at the top. */
      g_assert_cmpint ((b.x0 + b.x1) / 2, ==, llround (land->x_mm * 1e6));
      g_assert_cmpint ((b.y0 + b.y1) / 2, ==, -llround (land->y_mm * 1e6));
      if (paste)
        {
          g_assert_cmpstr (atom (pad, 1), ==, "");
          g_assert_cmpint (b.x1 - b.x0, ==, llround (ap->w_mm * 1e6));
          g_assert_cmpint (b.y1 - b.y0, ==, llround (ap->h_mm * 1e6));
          n_paste++;
        }
      else
        {
          g_assert_cmpuint (n_paste, ==, 0);   /* lands first */
          g_assert_cmpstr (atom (pad, 1), ==, land->pad_class == STENCIL_PAD_CLASS_SOLDERING
                                              ? "MP" : land->id);
          g_assert_cmpuint (layers->items->len, ==, 3);
          g_assert_cmpstr (atom (layers, 1), ==, "F.Cu");
          g_assert_cmpstr (atom (layers, 2), ==, "F.Mask");
          g_assert_cmpstr (atom (pad, 3), ==, "rect");
          g_assert_cmpint (b.x1 - b.x0, ==, llround (land->w_mm * 1e6));
          g_assert_cmpint (b.y1 - b.y0, ==, llround (land->h_mm * 1e6));
          n_lands++;
        }
    }
  g_assert_cmpuint (n_lands, ==, n);
  g_assert_cmpuint (n_paste, ==, n);
}

static void
collect_lines (const Node *root,
               const char *layer,
               GArray     *out)
{
  g_autoptr(GPtrArray) lines = find_all (root, "fp_line");

  for (guint i = 0; i < lines->len; i++)
    {
      Node *line = g_ptr_array_index (lines, i);
      Node *start = find (line, "start"), *end = find (line, "end");
      Box seg = { number_nm (start, 1), number_nm (start, 2), number_nm (end, 1),
                  number_nm (end, 2) };

      if (g_strcmp0 (layer_of (line), layer) == 0)
        g_array_append_val (out, seg);
    }
}

/* Courtyard: a closed rectangle on the 0.01 mm grid, 0.5 mm (KLC, connectors) or a little more
 * (the grid) around the body and every land. Silkscreen: 0.2 mm from every land. */
static void
check_outlines (const Node    *root,
                StencilResult *result)
{
  const StencilPattern *pattern = result->pattern;
  g_autoptr(GArray) crt = g_array_new (FALSE, FALSE, sizeof (Box));
  g_autoptr(GArray) silk = g_array_new (FALSE, FALSE, sizeof (Box));
  g_autoptr(GArray) fab = g_array_new (FALSE, FALSE, sizeof (Box));
  g_autoptr(GPtrArray) polys = find_all (root, "fp_poly");
  gint64 cx0 = G_MAXINT64, cy0 = G_MAXINT64, cx1 = G_MININT64, cy1 = G_MININT64;
  double lx0, ly0, lx1, ly1;
  gboolean pin1_mark = FALSE;

  collect_lines (root, "F.CrtYd", crt);
  collect_lines (root, "F.SilkS", silk);
  collect_lines (root, "F.Fab", fab);
  g_assert_cmpuint (crt->len, ==, 4);
  g_assert_cmpuint (fab->len, ==, 5);     /* the body with its pin-1 corner chamfered */
  g_assert_cmpuint (silk->len, >=, 2);
  for (guint i = 0; i < crt->len; i++)
    {
      Box *s = &g_array_index (crt, Box, i);
      gint64 v[4] = { s->x0, s->y0, s->x1, s->y1 };

      for (int k = 0; k < 4; k++)
        g_assert_cmpint (v[k] % 10000, ==, 0);
      g_assert_true (s->x0 == s->x1 || s->y0 == s->y1);
      cx0 = MIN (cx0, MIN (s->x0, s->x1));
      cx1 = MAX (cx1, MAX (s->x0, s->x1));
      cy0 = MIN (cy0, MIN (s->y0, s->y1));
      cy1 = MAX (cy1, MAX (s->y0, s->y1));
    }
  stencil_pattern_get_extents (pattern, &lx0, &ly0, &lx1, &ly1);
  lx0 = MIN (lx0, -pattern->body_w_mm / 2);
  lx1 = MAX (lx1, pattern->body_w_mm / 2);
  ly0 = MIN (ly0, -pattern->body_h_mm / 2);
  ly1 = MAX (ly1, pattern->body_h_mm / 2);
  g_assert_cmpfloat (lx0 - cx0 / 1e6, >=, 0.5 - 1e-9);
  g_assert_cmpfloat (lx0 - cx0 / 1e6, <, 0.51);
  g_assert_cmpfloat (cx1 / 1e6 - lx1, >=, 0.5 - 1e-9);
  g_assert_cmpfloat (cx1 / 1e6 - lx1, <, 0.51);
  /* y is flipped, but the pattern is symmetric in extent only by chance: compare both ends. */
  g_assert_cmpfloat (-ly1 - cy0 / 1e6, >=, 0.5 - 1e-9);
  g_assert_cmpfloat (cy1 / 1e6 + ly0, >=, 0.5 - 1e-9);

  for (guint i = 0; i < silk->len; i++)
    {
      Box *s = &g_array_index (silk, Box, i);

      for (guint p = 0; p < pattern->pads->len; p++)
        {
          const StencilPad *pad = stencil_pattern_get_pad (pattern, p);
          Box land = { llround ((pad->x_mm - pad->w_mm / 2) * 1e6),
                       llround ((-pad->y_mm - pad->h_mm / 2) * 1e6),
                       llround ((pad->x_mm + pad->w_mm / 2) * 1e6),
                       llround ((-pad->y_mm + pad->h_mm / 2) * 1e6) };

          /* 0.2 mm from the copper to the edge of the 0.12 mm line. */
          g_assert_cmpfloat (segment_box_distance_mm (s, &land), >=,
                             0.2 + 0.06 - 1e-6);
        }
    }

  /* The pin-1 mark: a silkscreen triangle pointing at pin 1 from beyond its outer end. */
  for (guint i = 0; i < polys->len; i++)
    {
      Node *poly = g_ptr_array_index (polys, i);
      Node *pts = find (poly, "pts");
      const StencilPad *pin1 = stencil_pattern_get_pad (pattern, 0);
      Node *apex;

      g_assert_cmpstr (pin1->id, ==, "1");
      if (g_strcmp0 (layer_of (poly), "F.SilkS") != 0)
        continue;
      g_assert_cmpuint (pts->items->len, ==, 4);
      apex = item (pts, 1);
      g_assert_cmpint (number_nm (apex, 1), ==, llround (pin1->x_mm * 1e6));
      /* Outside the land, on its outer side (pin 1 is in the top row). */
      g_assert_cmpint (number_nm (apex, 2), <, llround ((-pin1->y_mm - pin1->h_mm / 2) * 1e6));
      pin1_mark = TRUE;
    }
  g_assert_true (pin1_mark);
}

static void
test_structure (void)
{
  const char *parts[] = { "AXK7L40223G", "AXK8L10124BG", "AXK7L80223G", "AXK8LE6026BG" };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autoptr(StencilResult) result = test_util_calculate_at (catalog, parts[i], 127);
      g_autofree char *name = stencil_kicad_footprint_name (result);
      g_autoptr(Node) root = generate (result, NULL);
      Node *descr = find (root, "descr");

      check_header (root, result, name);
      check_pads (root, result);
      check_outlines (root, result);
      /* The family's estimate says so wherever it goes. */
      g_assert_nonnull (strstr (atom (descr, 1), STENCIL_PROVISIONAL_NOTICE_C));
      g_assert_nonnull (strstr (atom (descr, 1), "127 um"));
    }
}

static const Node *
first_paste_pad (const Node *root,
                 guint       skip)
{
  g_autoptr(GPtrArray) pads = find_all (root, "pad");

  for (guint i = 0; i < pads->len; i++)
    if (pad_is_paste (g_ptr_array_index (pads, i)) && skip-- == 0)
      return g_ptr_array_index (pads, i);
  g_assert_not_reached ();
  return NULL;
}

static void
test_shapes (void)
{
  StencilCalcParams params;
  g_autoptr(StencilResult) rounded = NULL;
  g_autoptr(StencilResult) stadium = NULL;
  g_autoptr(Node) a = NULL;
  g_autoptr(Node) b = NULL;
  const Node *pad;
  const StencilAperture *ap;
  double ratio;

  /* Rounded corners: roundrect with ratio r / short side. */
  stencil_calc_params_init (&params);
  params.thickness_um = 120;
  params.corner_radius_mm = 0.05;
  rounded = test_util_calculate (catalog, "AXK8L40124BG", &params);
  a = generate (rounded, NULL);
  pad = first_paste_pad (a, 0);
  ap = stencil_result_get_aperture (rounded, 0);
  g_assert_cmpstr (atom (pad, 3), ==, "roundrect");
  ratio = g_ascii_strtod (atom (find (pad, "roundrect_rratio"), 1), NULL);
  g_assert_cmpfloat_with_epsilon (ratio * MIN (ap->w_mm, ap->h_mm), 0.05, 1e-9);

  /* Half the short side: a stadium, KiCad's oval; the soldering apertures stay roundrect. */
  params.corner_radius_mm = 0.115;
  stadium = test_util_calculate (catalog, "AXK7L40223G", &params);
  b = generate (stadium, NULL);
  g_assert_cmpstr (atom (first_paste_pad (b, 0), 3), ==, "oval");
  g_assert_cmpstr (atom (first_paste_pad (b, 40), 3), ==, "roundrect");
  g_assert_null (find (first_paste_pad (b, 0), "roundrect_rratio"));
}

/* A user's square lands with best-release give square apertures; a radius of half the side
 * makes them round. The user's source, quotes and all, reaches the description escaped. */
static void
test_user_pattern (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilPart) part = stencil_catalog_find_part (catalog, "AXK7L40223G", &error);
  StencilLandSpec spec = { FALSE, 0.3, 0.3, 1.85, 0.5, 2.0, 4.5, 0, 10.4, 4.1 };
  const char *source = "drawing \"rev. B\" \\ line\nbreak";
  g_autoptr(StencilPattern) pattern = stencil_pattern_new_user (part, &spec, source, &error);
  StencilCalcParams params;
  g_autoptr(StencilResult) result = NULL;
  g_autoptr(Node) root = NULL;
  const StencilAperture *ap;
  const char *descr;

  g_assert_no_error (error);
  stencil_calc_params_init (&params);
  params.thickness_um = 150;
  result = stencil_calculate (pattern, &params, &error);
  g_assert_no_error (error);
  /* The aperture grows to keep its area when the corners are rounded: a few rounds find the
   * radius that is half the side it makes. */
  for (guint round = 0; round < 10; round++)
    {
      ap = stencil_result_get_aperture (result, 0);
      g_assert_cmpfloat (ap->w_mm, ==, ap->h_mm);
      if (ap->r_mm == ap->w_mm / 2)
        break;
      params.corner_radius_mm = ap->w_mm / 2;
      g_clear_pointer (&result, stencil_result_unref);
      result = stencil_calculate (pattern, &params, &error);
      g_assert_no_error (error);
    }
  ap = stencil_result_get_aperture (result, 0);
  g_assert_cmpfloat (ap->r_mm, ==, ap->w_mm / 2);

  root = generate (result, "My_Footprint");
  g_assert_cmpstr (atom (root, 1), ==, "My_Footprint");
  g_assert_cmpstr (atom (first_paste_pad (root, 0), 3), ==, "circle");
  check_pads (root, result);
  check_outlines (root, result);
  descr = atom (find (root, "descr"), 1);
  g_assert_nonnull (strstr (descr,
                            "Land pattern: user-defined (drawing \"rev. B\" \\ line break)"));
  g_assert_null (strstr (descr, "Provisional"));
}

static GBytes *
generate_bytes (StencilResult *result)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = stencil_kicad_generate (result, NULL, &error);

  g_assert_no_error (error);
  return bytes;
}

/* The same bytes in every locale and on every run (no time stamps, no UUIDs). */
static void
test_locale (void)
{
  const char *locales[] = { "de_DE.UTF-8", "ja_JP.UTF-8" };
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  g_autoptr(StencilResult) result = test_util_calculate_at (catalog, "AXK7L40223G", 127);
  g_autoptr(GBytes) reference = generate_bytes (result);
  g_autoptr(GBytes) again = generate_bytes (result);
  guint tried = 0;

  g_assert_true (g_bytes_equal (reference, again));
  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    {
      g_autoptr(GBytes) bytes = NULL;

      if (setlocale (LC_ALL, locales[i]) == NULL)
        continue;
      tried++;
      bytes = generate_bytes (result);
      setlocale (LC_ALL, saved);
      g_assert_true (g_bytes_equal (reference, bytes));
    }
  setlocale (LC_ALL, saved);
  if (tried == 0)
    g_test_skip ("neither de_DE.UTF-8 nor ja_JP.UTF-8 is installed (locale-gen)");
}

static void
test_write (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilResult) result = test_util_calculate_at (catalog, "AXK7L40223G", 127);
  g_autofree char *dir = g_dir_make_tmp ("test-kicad-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "Connector_F4.kicad_mod", NULL);
  g_autofree char *bad = g_build_filename (dir, "missing", "x.kicad_mod", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *missing_dir = g_path_get_dirname (bad);
  gsize len;

  g_assert_no_error (error);
  g_assert_true (stencil_kicad_write (result, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &len, &error));
  /* KiCad names a library footprint by its file: the footprint inside says the same. */
  g_assert_true (g_str_has_prefix (contents, "(footprint \"Connector_F4\" (version 20211014)"));
  g_assert_true (g_str_has_suffix (contents, ")\n"));

  g_assert_false (stencil_kicad_write (result, bad, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (missing_dir, G_FILE_TEST_EXISTS));

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  catalog = test_util_load_catalog ();

  g_test_add_func ("/kicad/name", test_name);
  g_test_add_func ("/kicad/structure", test_structure);
  g_test_add_func ("/kicad/shapes", test_shapes);
  g_test_add_func ("/kicad/user-pattern", test_user_pattern);
  g_test_add_func ("/kicad/locale", test_locale);
  g_test_add_func ("/kicad/write", test_write);

  status = g_test_run ();
  g_object_unref (catalog);
  return status;
}
