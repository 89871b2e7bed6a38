/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The guarded JSON reader: every rule of stencil_json_read_data () and stencil_read_regular_file
 * () with the message a user sees (the line, the member, the problem). */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <sys/stat.h>
#include <unistd.h>

#include "stencil-json-reader.h"
#include "stencil-types.h"

static const StencilJsonLimits limits = {
  .max_bytes = 4096,
  .max_depth = 32,
  .max_string_bytes = 16,
  .max_items = 8,
  .max_values = 64,
};

/* For what the tight limits would refuse for another reason. */
static const StencilJsonLimits roomy = {
  .max_bytes = 4096,
  .max_depth = 32,
  .max_string_bytes = 100,
  .max_items = 16,
  .max_values = 64,
};

static void
assert_refused (const char *json,
                gssize      length,
                const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;

  if (length < 0)
    length = (gssize) strlen (json);
  root = stencil_json_read_data (json, (gsize) length, &limits, &error);
  if (root != NULL)
    g_error ("accepted: %s", json);
  g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_DATA);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_null (strchr (error->message, '\n'));
  if (strstr (error->message, expected) == NULL)
    g_error ("%s: expected “%s” in: %s", json, expected, error->message);
}

static JsonNode *
assert_accepted_within (const char              *json,
                        const StencilJsonLimits *within)
{
  g_autoptr(GError) error = NULL;
  JsonNode *root = stencil_json_read_data (json, strlen (json), within, &error);

  if (error != NULL)
    g_error ("%s: refused: %s", json, error->message);
  g_assert_nonnull (root);
  return root;
}

static JsonNode *
assert_accepted (const char *json)
{
  return assert_accepted_within (json, &limits);
}

/* What json-glib 1.6 accepts beyond strict JSON is refused, with what it is. */
static void
test_strict_syntax (void)
{
  static const char * const cases[][2] = {
    { "{'a': 1}", "not valid JSON: line 1: single quotes are not JSON" },
    { "{\"a\": 'x'}", "line 1, “a”: single quotes are not JSON" },
    { "{/* c */ \"a\": 1}", "comments are not JSON" },
    { "{\"a\": 1 // c\n}", "line 1, “a”: comments are not JSON" },
    { "{\"a\": 1,\n # c\n}", "line 2: comments are not JSON" },
    { "{\"a\": 1,}", "a comma before “}”" },
    { "{\"a\": [1,]}", "a comma before “]”" },
    { "{\"a\": [,1]}", "unexpected “,”" },
    { "{\"a\": 01}", "“01” is not a number" },
    { "{\"a\": 0x10}", "“0x10” is not a number" },
    { "{\"a\": .5}", "unexpected “.5”" },
    { "{\"a\": +1}", "unexpected “+1”" },
    { "{\"a\": 1.}", "“1.” is not a number" },
    { "{\"a\": 1e}", "“1e” is not a number" },
    { "{\"a\": -}", "“-” is not a number" },
    { "{\"a\": NaN}", "unexpected “NaN”" },
    { "{\"a\": Infinity}", "unexpected “Infinity”" },
    { "{\"a\": True}", "unexpected “True”" },
    { "{\"a\": nul}", "unexpected “nul”" },
    { "{\"a\": \"\\x41\"}", "unknown escape “\\x41”" },
    { "{\"a\": \"\\U0041\"}", "unknown escape “\\U0041”" },
    { "{\"a\": \"\\u00g1\"}", "four hexadecimal digits" },
    { "{\"a\": \"\\u00\"}", "four hexadecimal digits" },
    { "{\"a\": \"x\ny\"}", "a line break or control character inside a string" },
    { "{\"a\": \"x\ty\"}", "a line break or control character inside a string" },
    { "{a: 1}", "a member name in double quotes was expected" },
    { "{\"a\" 1}", "“:” was expected" },
    { "{\"a\": 1 \"b\": 2}", "“,” or “}” was expected" },
    { "[1 2]", "“,” or “]” was expected" },
    { "{\"a\": 1}}", "more text after the end" },
    { "{\"a\": 1} x", "more text after the end" },
    { "{\"a\": ", "the file ends in the middle" },
    { "{\"a\": \"abc", "the file ends in the middle" },
    { "", "the file is empty" },
    { " \n\t", "the file is empty" },
    { "{\"a\": 1}\f", "more text after the end" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_refused (cases[i][0], -1, cases[i][1]);
}

/* Valid JSON that no file of ours holds. */
static void
test_refused_text (void)
{
  static const char * const cases[][2] = {
    { "{\"part\": \"AXK7L40223G\\u0000junk\"}", "line 1, “part”: \\u0000 (a NUL character)" },
    { "{\"s\": \"\\ud800\"}", "a lone UTF-16 surrogate (\\uD800)" },
    { "{\"s\": \"\\udc00\"}", "a lone UTF-16 surrogate (\\uDC00)" },
    { "{\"s\": \"\\ud800x\"}", "a lone UTF-16 surrogate (\\uD800)" },
    { "{\"s\": \"\\ud800\\u0041\"}", "a lone UTF-16 surrogate (\\uD800)" },
    { "{\"s\": \"\\ud800\\ud800\"}", "a lone UTF-16 surrogate (\\uD800)" },
    { "{\"s\": \"a\\u202eb\"}", "the bidirectional control character U+202E" },
    { "{\"s\": \"a\xe2\x80\xae" "b\"}", "the bidirectional control character U+202E" },
    { "{\"s\": \"a\xe2\x81\xa6\"}", "the bidirectional control character U+2066" },
    { "{\"a\xe2\x80\xae\": 1}", "the bidirectional control character U+202E" },
    { "{\"s\": \"\\u0007\"}", "the control character U+0007" },
    { "{\"s\": \"\\b\"}", "the control character U+0008" },
    { "{\"s\": \"\x7f\"}", "the control character U+007F" },
    { "{\"s\": \"\xc2\x85\"}", "the control character U+0085" },
    { "{\"a\": 1, \"a\": 2}", "the member “a” appears twice" },
    { "{\"a\": 1, \"\\u0061\": 2}", "the member “a” appears twice" },
    { "{\"o\": {\"a\": 1, \"b\": {}, \"a\": 2}}", "line 1, “o”: the member “a” appears twice" },
    { "{\"n\": 1234567890123456}", "“n”: a whole number of more than 15 digits" },
    { "{\"n\": -18446744073709551618}", "a whole number of more than 15 digits" },
    { "{\"n\": 0.000000000000000000000000000000000000001}", "a number of more than 40" },
    { "{\"s\": \"12345678901234567\"}", "a text longer than 16 bytes" },
    { "{\"12345678901234567\": 1}", "a text longer than 16 bytes" },
    { "[1,2,3,4,5,6,7,8,9]", "line 1, “[8]”: more than 8 elements in one array" },
    { "{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6,\"g\":7,\"h\":8,\"i\":9}",
      "more than 8 members in one object" },
    { "[[1,2,3,4,5,6,7,8],[1,2,3,4,5,6,7,8],[1,2,3,4,5,6,7,8],[1,2,3,4,5,6,7,8],"
      "[1,2,3,4,5,6,7,8],[1,2,3,4,5,6,7,8],[1,2,3,4,5,6,7,8],[1,2,3,4,5,6,7,8]]",
      "more than 64 values in the file" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_refused (cases[i][0], -1, cases[i][1]);

  /* Bytes that are not UTF-8 text, with the line. */
  assert_refused ("{\n\"a\": \"\xff\"}", -1, "not UTF-8 text (line 2)");
  assert_refused ("{\"a\":\n\n 1}\0{}", 12, "a NUL byte on line 3");
  assert_refused ("{\"a\": \"\xed\xa0\x80\"}", -1, "not UTF-8 text");
}

/* The line and the member of a problem deep in a file, as the family loader names members. */
static void
test_where (void)
{
  assert_refused ("{\n  \"kinds\": {\n    \"socket\": {\n      \"dimensions\": [\n"
                  "        { \"A\": 1 },\n        { \"A\": 01 }\n      ]\n    }\n  }\n}",
                  -1, "not valid JSON: line 6, “kinds.socket.dimensions[1].A”: “01” is not");
  assert_refused ("{\"long\xc3\xa9name-of-twenty\": 1}", -1, "a text longer than 16 bytes");
  assert_refused ("{\"a\": [[1], [2, \"\\ud800\"]]}", -1, "line 1, “a[1][1]”: a lone UTF-16");
}

static void
test_nesting (void)
{

  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(JsonNode) root = NULL;

  /* 32 levels are read; the 33rd is refused before json-glib, which recurses, sees it. */
  for (guint i = 0; i < 32; i++)
    g_string_append_c (deep, '[');
  for (guint i = 0; i < 32; i++)
    g_string_append_c (deep, ']');
  root = assert_accepted (deep->str);
  g_string_prepend_c (deep, '[');
  g_string_append_c (deep, ']');
  assert_refused (deep->str, -1, "nested more than 32 levels deep");

  /* Brackets in strings do not count, whatever quotes and comments json-glib knows. */
  g_clear_pointer (&root, json_node_unref);
  root = assert_accepted_within ("{\"a\": \"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"}",
                                 &roomy);
  g_clear_pointer (&root, json_node_unref);
  root = assert_accepted ("{\"a\": \"\\\"[\\\\\"}");
}

static void
test_accepted (void)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;

  /* Everything strict JSON allows, and a BOM. */
  root = assert_accepted_within ("\xef\xbb\xbf{ \"n\": -0.5e+3, \"i\": 123456789012345, \"z\": -0,"
                                 "\r\n  \"e\": 1E-2, \"s\": \"\\\"\\\\\\/\\n\\t\\r\\u00e9"
                                 "\\ud83d\\ude00\", \"t\": true, \"f\": false, \"x\": null, "
                                 "\"a\": [], \"o\": {} }", &roomy);
  object = json_node_get_object (root);
  g_assert_cmpfloat (json_object_get_double_member (object, "n"), ==, -500);
  g_assert_cmpint (json_object_get_int_member (object, "i"), ==, 123456789012345);
  g_assert_cmpstr (json_object_get_string_member (object, "s"), ==, "\"\\/\n\t\ré😀");
  g_assert_true (json_object_get_boolean_member (object, "t"));
  /* The right-to-left and left-to-right marks do not reorder anything: allowed. */
  g_clear_pointer (&root, json_node_unref);
  root = assert_accepted ("{\"s\": \"\\u200f\\u200e\"}");
}

/* A hostile file of a few MiB of one shape: deep, wide, long or just many values. */
static GString *
make_hostile (guint shape)
{
  GString *json = g_string_new (NULL);
  const gsize size = 4 * 1024 * 1024;

  switch (shape)
    {
    case 0:
      while (json->len < size)
        g_string_append_c (json, '[');
      break;
    case 1:
      while (json->len < size)
        g_string_append (json, "{\"a\":");
      break;
    case 2:
      g_string_append_c (json, '{');
      for (guint i = 0; json->len < size; i++)
        g_string_append_printf (json, "\"_c%u\":0,", i);
      g_string_append (json, "\"x\":0}");
      break;
    case 3:
      g_string_append (json, "{\"_a\":[");
      while (json->len < size)
        g_string_append (json, "0,");
      g_string_append (json, "0]}");
      break;
    case 4:
      g_string_append (json, "{\"source\":\"");
      while (json->len < size)
        g_string_append_c (json, 'x');
      g_string_append (json, "\"}");
      break;
    default:
      /* Within every limit of one container: only the count of values is too many. */
      g_string_append_c (json, '[');
      for (guint i = 0; i < 250; i++)
        {
          g_string_append (json, i > 0 ? ",[" : "[");
          for (guint j = 0; j < 250; j++)
            g_string_append (json, j > 0 ? ",[0,0,0,0,0,0,0,0,0,0]" : "[0,0,0,0,0,0,0,0,0,0]");
          g_string_append_c (json, ']');
        }
      g_string_append_c (json, ']');
      break;
    }
  return json;
}

/* Hostile sizes are refused in well under 0.1 s; 2 s here only catches a hang. */
static void
test_fast (void)
{
  static const StencilJsonLimits family_like = {
    .max_bytes = 8 * 1024 * 1024, .max_depth = 32, .max_string_bytes = 4096,
    .max_items = 256, .max_values = 20000,
  };
  static const char * const expected[] = {
    "nested more than 32 levels deep", "nested more than 32 levels deep",
    "more than 256 members in one object", "more than 256 elements in one array",
    "a text longer than 4096 bytes", "more than 20000 values in the file",
  };

  for (guint shape = 0; shape < G_N_ELEMENTS (expected); shape++)
    {
      g_autoptr(GString) json = make_hostile (shape);
      g_autoptr(GError) error = NULL;
      gint64 start;
      double seconds;

      start = g_get_monotonic_time ();
      g_assert_null (stencil_json_read_data (json->str, json->len, &family_like, &error));
      seconds = (g_get_monotonic_time () - start) / 1e6;
      g_test_message ("shape %u (%zu bytes) refused in %.4f s: %s", shape, json->len, seconds,
                      error->message);
      g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_DATA);
      g_assert_nonnull (strstr (error->message, expected[shape]));
      g_assert_cmpfloat (seconds, <, 2);
    }
}

static void
test_regular_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stencil-reader-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.json", NULL);
  g_autofree char *big = g_build_filename (dir, "big.json", NULL);
  g_autofree char *ok = g_build_filename (dir, "ok.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_null (stencil_read_regular_file (fifo, 100, &length, &error));
  g_assert_error (error, STENCIL_ERROR, STENCIL_ERROR_DATA);
  g_assert_nonnull (strstr (error->message, "not a regular file"));
  g_clear_error (&error);

  g_assert_null (stencil_read_regular_file ("/dev/zero", 100, &length, &error));
  g_assert_nonnull (strstr (error->message, "not a regular file"));
  g_clear_error (&error);

  g_assert_null (stencil_read_regular_file (dir, 100, &length, &error));
  g_assert_nonnull (strstr (error->message, "it is a folder"));
  g_clear_error (&error);

  g_assert_null (stencil_read_regular_file (missing, 100, &length, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_clear_error (&error);

  /* One byte over the limit is too large; exactly the limit is read. A sparse 100 MB file is
   * refused without being read whole. */
  g_assert_true (g_file_set_contents (ok, "0123456789", 10, NULL));
  contents = stencil_read_regular_file (ok, 10, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (contents, length, "0123456789", 10);
  g_assert_null (stencil_read_regular_file (ok, 9, &length, &error));
  g_assert_nonnull (strstr (error->message, "too large (more than 9 bytes)"));
  g_clear_error (&error);
  g_assert_true (g_file_set_contents (big, "", 0, NULL));
  g_assert_cmpint (truncate (big, 100 * 1000 * 1000), ==, 0);
  g_assert_null (stencil_read_regular_file (big, 1024 * 1024, &length, &error));
  g_assert_nonnull (strstr (error->message, "too large"));

  g_unlink (fifo);
  g_unlink (big);
  g_unlink (ok);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-reader/strict-syntax", test_strict_syntax);
  g_test_add_func ("/json-reader/refused-text", test_refused_text);
  g_test_add_func ("/json-reader/where", test_where);
  g_test_add_func ("/json-reader/nesting", test_nesting);
  g_test_add_func ("/json-reader/accepted", test_accepted);
  g_test_add_func ("/json-reader/fast", test_fast);
  g_test_add_func ("/json-reader/regular-files", test_regular_files);
  return g_test_run ();
}
