/* SPDX-License-Identifier: GPL-3.0-or-later */
/* stencil_json_to_data against the way the files were written before it walked the tree
 * itself: json-glib's pretty generator, then every number rewritten in its shortest form. The
 * same bytes for random trees of every kind of value, and for the CLI's own documents. */
#include "config.h"

#include <float.h>
#include <math.h>
#include <string.h>

#include "stencil-json.h"
#include "test-util.h"

/* The reference: the previous implementation, kept here as the oracle. */
/* The shortest "%.Ng" that reads back, N = 1 to 17 tried in turn. */
static void
reference_format_shortest (char   *buf,
                           gsize   size,
                           double  value)
{
  for (int digits = 1; digits <= 17; digits++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", digits);
      g_ascii_formatd (buf, size, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        return;
    }
}

/* json-glib 1.6 writes every double with 17 significant digits (0.595 becomes
 * 0.59499999999999997). Rewrite each number outside strings in the shortest form that reads
 * back as the same double, in the C locale. */
static char *
reference_shorten (const char *json)
{
  GString *out = g_string_sized_new (strlen (json));
  gboolean in_string = FALSE;
  const char *p = json;

  while (*p != '\0')
    {
      if (in_string)
        {
          if (*p == '\\' && p[1] != '\0')
            g_string_append_c (out, *p++);
          else if (*p == '"')
            in_string = FALSE;
          g_string_append_c (out, *p++);
        }
      else if (*p == '"')
        {
          in_string = TRUE;
          g_string_append_c (out, *p++);
        }
      else if (*p == '-' || g_ascii_isdigit (*p))
        {
          char *end;
          double value = g_ascii_strtod (p, &end);
          char buf[G_ASCII_DTOSTR_BUF_SIZE];
          gboolean is_integer_token = strcspn (p, ".eE") >= (gsize) (end - p);

          if (is_integer_token)
            g_strlcpy (buf, p, MIN (sizeof buf, (gsize) (end - p) + 1));
          else if (value == floor (value) && fabs (value) < 1e15)
            g_ascii_formatd (buf, sizeof buf, "%.0f", value);
          else
            reference_format_shortest (buf, sizeof buf, value);
          g_string_append (out, buf);
          p = end;
        }
      else
        g_string_append_c (out, *p++);
    }
  return g_string_free (out, FALSE);
}


static char *
reference_to_data (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  return reference_shorten (text);
}

static void
assert_same_as_reference (JsonNode *root)
{
  g_autofree char *expected = reference_to_data (root);
  gsize length = 0;
  g_autofree char *actual = stencil_json_to_data (root, &length);

  g_assert_cmpstr (actual, ==, expected);
  g_assert_cmpuint (length, ==, strlen (expected));
}

/* A double of one of the kinds the files hold or a reader could give: rounded to a few
 * decimals as stencil_json_add_number rounds, any bit pattern, tiny, huge, subnormal, signed
 * zero, integral, or not finite. */
static double
random_double (GRand *rand)
{
  int decimals = g_rand_int_range (rand, 0, 7);
  double scale = pow (10, decimals);
  double magnitude = pow (10, g_rand_double_range (rand, -9, 19));
  double sign = g_rand_boolean (rand) ? -1 : 1;
  guint64 bits;
  double value;

  switch (g_rand_int_range (rand, 0, 10))
    {
    case 0:
    case 1:
    case 2:
      return sign * round (g_rand_double_range (rand, 0, 100) * scale) / scale;
    case 3:
      return sign * round (magnitude * scale) / scale;
    case 4:
      bits = ((guint64) g_rand_int (rand) << 32) | g_rand_int (rand);
      memcpy (&value, &bits, sizeof value);
      return value;
    case 5:
      return sign * g_rand_double_range (rand, 0, 1) * DBL_MIN;   /* subnormal */
    case 6:
      return sign * floor (magnitude);
    case 7:
      {
        static const double specials[] = { 0.0, -0.0, 1e15, 1e14, 1e17, 1e20, 1e-4, 1e-5,
                                           0.0001, 99999999999999.9, 0.1 + 0.2, 1e300,
                                           DBL_MAX, DBL_MIN, 5e-324, 123456789012345.6 };
        return specials[g_rand_int_range (rand, 0, G_N_ELEMENTS (specials))] * sign;
      }
    case 8:
      return sign * g_rand_double_range (rand, 1e-4, 1e-3);
    default:
      return sign * magnitude * g_rand_double (rand);
    }
}

static void
add_random_value (JsonBuilder *builder,
                  GRand       *rand,
                  int          depth)
{
  switch (g_rand_int_range (rand, 0, depth > 3 ? 5 : 8))
    {
    case 0:
    case 1:
      json_builder_add_double_value (builder, random_double (rand));
      break;
    case 2:
      json_builder_add_int_value (builder, (gint64) (((guint64) g_rand_int (rand) << 32)
                                                     | g_rand_int (rand)));
      break;
    case 3:
      {
        /* Every byte but NUL: quotes, backslashes, control characters, UTF-8. */
        char text[12];

        for (guint i = 0; i < sizeof text - 1; i++)
          text[i] = (char) g_rand_int_range (rand, 1, 256);
        text[sizeof text - 1] = '\0';
        json_builder_add_string_value (builder, text);
      }
      break;
    case 4:
      if (g_rand_boolean (rand))
        json_builder_add_boolean_value (builder, g_rand_boolean (rand));
      else
        json_builder_add_null_value (builder);
      break;
    case 5:
    case 6:
      {
        int n = g_rand_int_range (rand, 0, 4);

        json_builder_begin_object (builder);
        for (int i = 0; i < n; i++)
          {
            g_autofree char *name = g_strdup_printf ("m%d\"\x01%d", i, depth);

            json_builder_set_member_name (builder, name);
            add_random_value (builder, rand, depth + 1);
          }
        json_builder_end_object (builder);
      }
      break;
    default:
      {
        int n = g_rand_int_range (rand, 0, 4);

        json_builder_begin_array (builder);
        for (int i = 0; i < n; i++)
          add_random_value (builder, rand, depth + 1);
        json_builder_end_array (builder);
      }
      break;
    }
}

static void
test_random_trees (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (12);

  for (guint k = 0; k < 3000; k++)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      for (int i = 0; i < 4; i++)
        {
          g_autofree char *name = g_strdup_printf ("member %d", i);

          json_builder_set_member_name (builder, name);
          add_random_value (builder, rand, 0);
        }
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      assert_same_as_reference (root);
    }
}

/* The same random documents through the writer, call for call as through the builder. */
typedef struct
{
  JsonBuilder       *builder;
  StencilJsonWriter *writer;
} Both;

static void
both_value (Both  *both,
            GRand *rand,
            int    depth)
{
  switch (g_rand_int_range (rand, 0, depth > 3 ? 5 : 8))
    {
    case 0:
    case 1:
      {
        double value = random_double (rand);
        int decimals = g_rand_int_range (rand, 0, 7);

        if (g_rand_boolean (rand))
          {
            json_builder_add_double_value (both->builder, value);
            stencil_json_writer_add_double_value (both->writer, value);
          }
        else
          {
            /* Rounded as stencil_json_add_number rounds. */
            double rounded = isfinite (value)
                             ? round (value * pow (10, decimals)) / pow (10, decimals) : 0.0;

            json_builder_add_double_value (both->builder, rounded);
            stencil_json_writer_add_double_value (both->writer, rounded);
          }
      }
      break;
    case 2:
      {
        gint64 value = (gint64) (((guint64) g_rand_int (rand) << 32) | g_rand_int (rand));

        json_builder_add_int_value (both->builder, value);
        stencil_json_writer_add_int_value (both->writer, value);
      }
      break;
    case 3:
      {
        char text[12];

        for (guint i = 0; i < sizeof text - 1; i++)
          text[i] = (char) g_rand_int_range (rand, 1, 256);
        text[sizeof text - 1] = '\0';
        json_builder_add_string_value (both->builder, text);
        stencil_json_writer_add_string_value (both->writer, text);
      }
      break;
    case 4:
      if (g_rand_boolean (rand))
        {
          gboolean value = g_rand_boolean (rand);

          json_builder_add_boolean_value (both->builder, value);
          stencil_json_writer_add_boolean_value (both->writer, value);
        }
      else
        {
          json_builder_add_null_value (both->builder);
          stencil_json_writer_add_null_value (both->writer);
        }
      break;
    case 5:
    case 6:
      {
        int n = g_rand_int_range (rand, 0, 4);

        json_builder_begin_object (both->builder);
        stencil_json_writer_begin_object (both->writer);
        for (int i = 0; i < n; i++)
          {
            g_autofree char *name = g_strdup_printf ("m%d\"\t%d", i, depth);

            json_builder_set_member_name (both->builder, name);
            stencil_json_writer_set_member_name (both->writer, name);
            both_value (both, rand, depth + 1);
          }
        json_builder_end_object (both->builder);
        stencil_json_writer_end_object (both->writer);
      }
      break;
    default:
      {
        int n = g_rand_int_range (rand, 0, 4);

        json_builder_begin_array (both->builder);
        stencil_json_writer_begin_array (both->writer);
        for (int i = 0; i < n; i++)
          both_value (both, rand, depth + 1);
        json_builder_end_array (both->builder);
        stencil_json_writer_end_array (both->writer);
      }
      break;
    }
}

static void
test_writer (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (1);

  for (guint k = 0; k < 3000; k++)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      Both both = { builder, stencil_json_writer_new () };
      g_autofree char *expected = NULL;
      g_autofree char *actual = NULL;
      gsize length = 0;

      if (k % 2 == 0)
        {
          /* A builder takes no value at the root: an array around it. */
          json_builder_begin_array (builder);
          stencil_json_writer_begin_array (both.writer);
          both_value (&both, rand, 0);
          json_builder_end_array (builder);
          stencil_json_writer_end_array (both.writer);
        }
      else
        {
          json_builder_begin_object (builder);
          stencil_json_writer_begin_object (both.writer);
          for (int i = 0; i < 3; i++)
            {
              double value = random_double (rand);
              g_autofree char *number = g_strdup_printf ("number %d", i);
              g_autofree char *text = g_strdup_printf ("text %d", i);

              stencil_json_add_number (builder, number, value, i + 2);
              stencil_json_writer_add_number (both.writer, number, value, i + 2);
              stencil_json_add_string (builder, text, "x\"y");
              stencil_json_writer_add_string (both.writer, text, "x\"y");
            }
          json_builder_end_object (builder);
          stencil_json_writer_end_object (both.writer);
        }
      root = json_builder_get_root (builder);
      expected = stencil_json_to_data (root, NULL);
      actual = stencil_json_writer_free_to_data (both.writer, &length);
      g_assert_cmpstr (actual, ==, expected);
      g_assert_cmpuint (length, ==, strlen (expected));
    }
}

/* Numbers alone, many more of them: each one a document of its own. */
static void
test_random_numbers (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7525);

  for (guint k = 0; k < 100000; k++)
    {
      g_autoptr(JsonNode) node = json_node_new (JSON_NODE_VALUE);

      json_node_set_double (node, random_double (rand));
      assert_same_as_reference (node);
    }
}

/* What the CLI writes for every part: calc --json --pads, parts --json, land-pattern. */
static void
test_cli_documents (void)
{
  g_autoptr(StencilCatalog) catalog = test_util_load_catalog ();
  g_autoptr(GPtrArray) parts = stencil_catalog_list_parts (catalog);
  guint checked = 0;

  for (guint i = 0; i < parts->len; i += 7)
    {
      StencilPart *part = g_ptr_array_index (parts, i);
      g_auto(TestRun) run = { 0 };
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;

      test_util_run_cli (&run, NULL, TEST_UTIL_STRV ("calc", part->part_number, "-t", "110",
                                                     "--json", "--pads"));
      g_assert_cmpint (run.status, ==, 0);
      g_assert_true (json_parser_load_from_data (parser, run.out, (gssize) run.out_len,
                                                 &error));
      g_assert_no_error (error);
      assert_same_as_reference (json_parser_get_root (parser));
      checked++;
    }
  g_assert_cmpuint (checked, >, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/random-trees", test_random_trees);
  g_test_add_func ("/json/random-numbers", test_random_numbers);
  g_test_add_func ("/json/cli-documents", test_cli_documents);
  g_test_add_func ("/json/writer", test_writer);

  return g_test_run ();
}
