/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Guarded JSON reading: a regular file within a size limit, then an iterative scanner in C that
 * accepts strict JSON within limits only, then json-glib on what the scanner has passed. */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "stencil-json-reader.h"
#include "stencil-types.h"

/* No number in our files needs more; json-glib 1.6 silently wraps whole numbers beyond
 * 64 bits, and 15 digits are exact in a double as well. */
#define MAX_NUMBER_CHARS   40
#define MAX_INTEGER_DIGITS 15
/* How much of a member name or a bad token a message shows. */
#define MAX_SHOWN_CHARS    40
#define READ_CHUNK         (64 * 1024)

typedef struct
{
  gboolean    is_object;
  guint       count;    /* members or elements started so far */
  const char *key;      /* object: the member being read (owned by keys) */
  GHashTable *keys;     /* object: the member names seen so far */
} Frame;

typedef struct
{
  const char              *start;
  const char              *p;
  const char              *end;
  guint                    line;
  const StencilJsonLimits *limits;
  Frame                    frames[STENCIL_JSON_MAX_DEPTH];
  guint                    depth;
  guint                    n_values;
  GError                 **error;
} Scanner;

static void
append_shown (GString    *out,
              const char *text)
{
  if (g_utf8_strlen (text, -1) > MAX_SHOWN_CHARS)
    {
      g_autofree char *head = g_utf8_substring (text, 0, MAX_SHOWN_CHARS);
      g_string_append_printf (out, "%s…", head);
    }
  else
    g_string_append (out, text);
}

/* "kinds.socket.dimensions[3].A": where the scanner is, as the family loader names members;
 * of a very deep place, the first levels and the last. */
static char *
describe_path (const Scanner *s)
{
  GString *path = g_string_new (NULL);

  for (guint i = 0; i < s->depth; i++)
    {
      const Frame *f = &s->frames[i];

      if (f->is_object && f->key != NULL)
        {
          if (path->len > 0)
            g_string_append_c (path, '.');
          append_shown (path, f->key);
        }
      else if (!f->is_object && f->count > 0)
        g_string_append_printf (path, "[%u]", f->count - 1);
      else
        break;
      if (i == 3 && s->depth > 8)
        {
          g_string_append (path, "…");
          i = s->depth - 4;
        }
    }
  return g_string_free (path, FALSE);
}

static gboolean
scan_fail (Scanner    *s,
           gboolean    syntax,
           const char *format,
           ...) G_GNUC_PRINTF (3, 4);

/* syntax: the text is not JSON at all (said so first); else it breaks one of our limits. */
static gboolean
scan_fail (Scanner    *s,
           gboolean    syntax,
           const char *format,
           ...)
{
  g_autofree char *detail = NULL;
  g_autofree char *path = describe_path (s);
  g_autofree char *where = NULL;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);
  if (*path != '\0')
    where = g_strdup_printf (_("line %u, “%s”"), s->line, path);
  else
    where = g_strdup_printf (_("line %u"), s->line);
  if (syntax)
    g_set_error (s->error, STENCIL_ERROR, STENCIL_ERROR_DATA, _("not valid JSON: %s: %s"),
                 where, detail);
  else
    g_set_error (s->error, STENCIL_ERROR, STENCIL_ERROR_DATA, "%s: %s", where, detail);
  return FALSE;
}

static void
skip_space (Scanner *s)
{
  while (s->p < s->end)
    {
      char c = *s->p;

      if (c == '\n')
        s->line++;
      else if (c != ' ' && c != '\t' && c != '\r')
        return;
      s->p++;
    }
}

/* The token at p for a message: a run of letters, digits and number signs, or one character. */
static char *
token_at (const Scanner *s)
{
  const char *q = s->p;

  while (q < s->end && q - s->p < MAX_SHOWN_CHARS &&
         (g_ascii_isalnum (*q) || *q == '.' || *q == '+' || *q == '-' || *q == '_'))
    q++;
  if (q == s->p)
    {
      gunichar c = g_utf8_get_char (s->p);

      if (g_unichar_isprint (c))
        return g_strndup (s->p, (gsize) (g_utf8_next_char (s->p) - s->p));
      return g_strdup_printf ("U+%04X", c);
    }
  return g_strndup (s->p, (gsize) (q - s->p));
}

static gboolean
fail_unexpected (Scanner *s)
{
  g_autofree char *token = NULL;

  if (s->p >= s->end)
    return scan_fail (s, TRUE, _("the file ends in the middle of the data"));
  if (*s->p == '\'')
    return scan_fail (s, TRUE, _("single quotes are not JSON: use double quotes"));
  if (*s->p == '/' || *s->p == '#')
    return scan_fail (s, TRUE, _("comments are not JSON"));
  token = token_at (s);
  return scan_fail (s, TRUE, _("unexpected “%s”"), token);
}

/* A character no text of ours holds, whether written as itself or as an escape. */
static gboolean
check_char (Scanner *s,
            gunichar c)
{
  if (c == 0)
    return scan_fail (s, FALSE, _("\\u0000 (a NUL character) is not allowed"));
  if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f))
    return scan_fail (s, FALSE, _("the control character U+%04X is not allowed"), c);
  /* Embeddings, overrides and isolates reorder what is shown (CVE-2021-42574). */
  if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
    return scan_fail (s, FALSE, _("the bidirectional control character U+%04X is not allowed"),
                      c);
  return TRUE;
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Four hex digits after "\u" at p; advances past them. */
static gboolean
read_hex4 (Scanner  *s,
           gunichar *out)
{
  gunichar value = 0;

  if (s->end - s->p < 4)
    return scan_fail (s, TRUE, _("“\\u” must be followed by four hexadecimal digits"));
  for (int i = 0; i < 4; i++)
    {
      int digit = hex_value (s->p[i]);

      if (digit < 0)
        return scan_fail (s, TRUE, _("“\\u” must be followed by four hexadecimal digits"));
      value = value * 16 + (gunichar) digit;
    }
  s->p += 4;
  *out = value;
  return TRUE;
}

/* "\uXXXX", with p just after the "u": a UTF-16 surrogate must come as a valid pair. */
static gboolean
read_unicode_escape (Scanner  *s,
                     gunichar *out)
{
  gunichar high, low;

  if (!read_hex4 (s, &high))
    return FALSE;
  if (high >= 0xdc00 && high <= 0xdfff)
    return scan_fail (s, FALSE, _("a lone UTF-16 surrogate (\\u%04X) is not a character"), high);
  if (high < 0xd800 || high > 0xdbff)
    {
      *out = high;
      return TRUE;
    }
  if (s->end - s->p < 2 || s->p[0] != '\\' || s->p[1] != 'u')
    return scan_fail (s, FALSE, _("a lone UTF-16 surrogate (\\u%04X) is not a character"), high);
  s->p += 2;
  if (!read_hex4 (s, &low))
    return FALSE;
  if (low < 0xdc00 || low > 0xdfff)
    return scan_fail (s, FALSE, _("a lone UTF-16 surrogate (\\u%04X) is not a character"), high);
  *out = 0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00);
  return TRUE;
}

/* One escape, with p on the backslash. */
static gboolean
read_escape (Scanner  *s,
             gunichar *out)
{
  s->p++;
  if (s->p >= s->end)
    return fail_unexpected (s);
  switch (*s->p++)
    {
    case '"': *out = '"'; return TRUE;
    case '\\': *out = '\\'; return TRUE;
    case '/': *out = '/'; return TRUE;
    case 'b': *out = '\b'; return TRUE;
    case 'f': *out = '\f'; return TRUE;
    case 'n': *out = '\n'; return TRUE;
    case 'r': *out = '\r'; return TRUE;
    case 't': *out = '\t'; return TRUE;
    case 'u': return read_unicode_escape (s, out);
    default:
      s->p--;
      {
        g_autofree char *token = token_at (s);
        return scan_fail (s, TRUE, _("unknown escape “\\%s”"), token);
      }
    }
}

/* A string with p on its opening quote; its decoded text goes to out (may be NULL). The whole
 * input is valid UTF-8 already (stencil_json_read_data). */
static gboolean
scan_string (Scanner *s,
             GString *out)
{
  gsize decoded = 0;
  char utf8[6];

  s->p++;
  for (;;)
    {
      guchar c;
      gunichar ch = 0;
      gsize n;

      if (s->p >= s->end)
        return fail_unexpected (s);
      c = (guchar) *s->p;
      if (c == '"')
        {
          s->p++;
          return TRUE;
        }
      if (c < 0x20)
        return scan_fail (s, TRUE, _("a line break or control character inside a string "
                                     "(write it as \\n or \\t)"));
      if (c == '\\')
        {
          if (!read_escape (s, &ch))
            return FALSE;
        }
      else
        {
          ch = g_utf8_get_char (s->p);
          s->p = g_utf8_next_char (s->p);
        }
      if (!check_char (s, ch))
        return FALSE;
      n = (gsize) g_unichar_to_utf8 (ch, utf8);
      decoded += n;
      if (decoded > s->limits->max_string_bytes)
        return scan_fail (s, FALSE, _("a text longer than %lu bytes"),
                          (unsigned long) s->limits->max_string_bytes);
      if (out != NULL)
        g_string_append_len (out, utf8, (gssize) n);
    }
}

static gboolean
is_delimiter (const Scanner *s,
              const char    *q)
{
  return q >= s->end || *q == ' ' || *q == '\t' || *q == '\n' || *q == '\r' || *q == ',' ||
         *q == ']' || *q == '}';
}

static const char *
skip_digits (const char *q,
             const char *end)
{
  while (q < end && g_ascii_isdigit (*q))
    q++;
  return q;
}

/* -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? followed by a delimiter. */
static gboolean
scan_number (Scanner *s)
{
  const char *q = s->p, *digits_start;
  gboolean integer = TRUE;
  gsize length;
  gboolean ok;

  if (*q == '-')
    q++;
  digits_start = q;
  if (q < s->end && *q == '0')
    q++;
  else
    q = skip_digits (q, s->end);
  ok = q > digits_start;
  if (ok && q < s->end && *q == '.')
    {
      const char *frac = ++q;
      q = skip_digits (q, s->end);
      ok = q > frac;
      integer = FALSE;
    }
  if (ok && q < s->end && (*q == 'e' || *q == 'E'))
    {
      const char *exp;
      q++;
      if (q < s->end && (*q == '+' || *q == '-'))
        q++;
      exp = q;
      q = skip_digits (q, s->end);
      ok = q > exp;
      integer = FALSE;
    }
  if (!ok || !is_delimiter (s, q))
    {
      g_autofree char *token = token_at (s);
      return scan_fail (s, TRUE, _("“%s” is not a number"), token);
    }
  length = (gsize) (q - s->p);
  if (length > MAX_NUMBER_CHARS)
    return scan_fail (s, FALSE, _("a number of more than %d characters"), MAX_NUMBER_CHARS);
  if (integer && (gsize) (q - digits_start) > MAX_INTEGER_DIGITS)
    return scan_fail (s, FALSE, _("a whole number of more than %d digits"), MAX_INTEGER_DIGITS);
  s->p = q;
  return TRUE;
}

static gboolean
scan_literal (Scanner *s)
{
  static const char * const literals[] = { "true", "false", "null" };

  for (guint i = 0; i < G_N_ELEMENTS (literals); i++)
    {
      gsize n = strlen (literals[i]);

      if ((gsize) (s->end - s->p) >= n && memcmp (s->p, literals[i], n) == 0 &&
          is_delimiter (s, s->p + n))
        {
          s->p += n;
          return TRUE;
        }
    }
  return fail_unexpected (s);
}

static gboolean
count_value (Scanner *s)
{
  if (++s->n_values > s->limits->max_values)
    return scan_fail (s, FALSE, _("more than %u values in the file"), s->limits->max_values);
  return TRUE;
}

static gboolean
push_frame (Scanner *s,
            gboolean is_object)
{
  Frame *f;

  if (s->depth >= s->limits->max_depth || s->depth >= STENCIL_JSON_MAX_DEPTH)
    return scan_fail (s, FALSE, _("nested more than %u levels deep"), s->limits->max_depth);
  f = &s->frames[s->depth++];
  f->is_object = is_object;
  f->count = 0;
  f->key = NULL;
  f->keys = NULL;
  s->p++;
  return TRUE;
}

static void
pop_frame (Scanner *s)
{
  Frame *f = &s->frames[--s->depth];

  g_clear_pointer (&f->keys, g_hash_table_unref);
  f->key = NULL;
}

/* A member name and its colon, with p on the name's opening quote. */
static gboolean
scan_member_name (Scanner *s)
{
  Frame *f = &s->frames[s->depth - 1];
  g_autoptr(GString) name = g_string_new (NULL);

  f->key = NULL;
  if (s->p >= s->end || *s->p != '"')
    {
      if (s->p < s->end && *s->p == '}' && f->count > 0)
        return scan_fail (s, TRUE, _("a comma before “}”"));
      if (s->p >= s->end || strchr ("/#'", *s->p) != NULL)
        return fail_unexpected (s);
      return scan_fail (s, TRUE, _("a member name in double quotes was expected"));
    }
  if (++f->count > s->limits->max_items)
    return scan_fail (s, FALSE, _("more than %u members in one object"), s->limits->max_items);
  if (!scan_string (s, name))
    return FALSE;
  if (f->keys == NULL)
    f->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (g_hash_table_contains (f->keys, name->str))
    {
      g_autoptr(GString) shown = g_string_new (NULL);

      append_shown (shown, name->str);
      return scan_fail (s, FALSE, _("the member “%s” appears twice"), shown->str);
    }
  f->key = name->str;
  g_hash_table_add (f->keys, g_string_free (g_steal_pointer (&name), FALSE));
  skip_space (s);
  if (s->p >= s->end || *s->p != ':')
    return scan_fail (s, TRUE, _("“:” was expected after the member name"));
  s->p++;
  return TRUE;
}

/* One value, with p on its first character; containers are entered, not finished. */
static gboolean
scan_value_start (Scanner  *s,
                  gboolean *entered)
{
  *entered = FALSE;
  if (!count_value (s))
    return FALSE;
  if (s->p >= s->end)
    return fail_unexpected (s);
  switch (*s->p)
    {
    case '{':
    case '[':
      *entered = TRUE;
      return push_frame (s, *s->p == '{');
    case '"':
      return scan_string (s, NULL);
    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return scan_number (s);
    default:
      return scan_literal (s);
    }
}

/* After a container was entered or a value ended: the next member or element, or the end of
 * containers. Returns TRUE with *want_value when a value must follow. */
static gboolean
scan_between (Scanner  *s,
              gboolean  just_entered,
              gboolean *want_value)
{
  for (;;)
    {
      Frame *f;
      char close;

      *want_value = FALSE;
      if (s->depth == 0)
        return TRUE;
      f = &s->frames[s->depth - 1];
      close = f->is_object ? '}' : ']';
      skip_space (s);
      if (s->p < s->end && *s->p == close && (just_entered || f->count > 0))
        {
          s->p++;
          pop_frame (s);
          just_entered = FALSE;
          continue;
        }
      if (!just_entered)
        {
          if (s->p >= s->end || *s->p != ',')
            {
              if (s->p >= s->end || strchr ("/#'", *s->p) != NULL)
                return fail_unexpected (s);
              return scan_fail (s, TRUE, _("“,” or “%c” was expected"), close);
            }
          s->p++;
          skip_space (s);
        }
      if (f->is_object)
        {
          if (!scan_member_name (s))
            return FALSE;
          skip_space (s);
        }
      else
        {
          if (s->p < s->end && *s->p == ']' && f->count > 0)
            return scan_fail (s, TRUE, _("a comma before “]”"));
          if (++f->count > s->limits->max_items)
            return scan_fail (s, FALSE, _("more than %u elements in one array"),
                              s->limits->max_items);
        }
      *want_value = TRUE;
      return TRUE;
    }
}

static gboolean
scan_document (Scanner *s)
{
  gboolean entered = FALSE, want_value = TRUE;

  skip_space (s);
  if (s->p >= s->end)
    return scan_fail (s, TRUE, _("the file is empty"));
  while (want_value)
    {
      skip_space (s);
      if (!scan_value_start (s, &entered) || !scan_between (s, entered, &want_value))
        return FALSE;
    }
  skip_space (s);
  if (s->p < s->end)
    return scan_fail (s, TRUE, _("more text after the end of the data"));
  return TRUE;
}

static guint
count_lines (const char *from,
             const char *to)
{
  guint line = 1;

  for (const char *q = from; q < to; q++)
    if (*q == '\n')
      line++;
  return line;
}

JsonNode *
stencil_json_read_data (const char              *data,
                        gsize                    length,
                        const StencilJsonLimits *limits,
                        GError                 **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *bad;
  Scanner s = { 0 };
  gboolean ok;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (limits != NULL, NULL);

  if (length > limits->max_bytes)
    {
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_DATA,
                   _("the file is too large (more than %lu bytes)"),
                   (unsigned long) limits->max_bytes);
      return NULL;
    }
  if (!g_utf8_validate_len (data, length, &bad))
    {
      if (*bad == '\0')
        g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_DATA,
                     _("a NUL byte on line %u: not a text file"), count_lines (data, bad));
      else
        g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_DATA,
                     _("not UTF-8 text (line %u)"), count_lines (data, bad));
      return NULL;
    }

  s.start = data;
  s.p = data;
  s.end = data + length;
  s.line = 1;
  s.limits = limits;
  s.error = error;
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    s.p += 3;
  ok = scan_document (&s);
  while (s.depth > 0)
    pop_frame (&s);
  if (!ok)
    return NULL;

  /* Strict JSON within the limits: json-glib's recursion and its extensions are safe now. */
  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, (gssize) length, &local_error))
    {
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_DATA, _("not valid JSON: %s"),
                   local_error->message);
      return NULL;
    }
  return json_parser_steal_root (parser);
}

static gboolean
set_errno_error (GError **error,
                 int      saved_errno,
                 gboolean opening)
{
  if (opening)
    g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                 _("cannot be opened: %s"), g_strerror (saved_errno));
  else
    g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                 _("cannot be read: %s"), g_strerror (saved_errno));
  return FALSE;
}

static gboolean
check_regular (const struct stat *st,
               GError           **error)
{
  if (S_ISDIR (st->st_mode))
    {
      g_set_error_literal (error, STENCIL_ERROR, STENCIL_ERROR_DATA, _("it is a folder"));
      return FALSE;
    }
  if (!S_ISREG (st->st_mode))
    {
      g_set_error_literal (error, STENCIL_ERROR, STENCIL_ERROR_DATA,
                           _("it is not a regular file (a device, a pipe or a socket)"));
      return FALSE;
    }
  return TRUE;
}

/* Up to max_bytes + 1 bytes, so that a file over the limit is known to be one. */
static char *
read_limited (int      fd,
              gsize    max_bytes,
              gsize   *length,
              GError **error)
{
  gsize size = MIN (max_bytes + 1, READ_CHUNK), used = 0;
  char *buffer = g_malloc (size + 1);

  for (;;)
    {
      gssize n;

      if (used == size)
        {
          if (size > max_bytes)
            break;
          size = MIN (max_bytes + 1, size * 2);
          buffer = g_realloc (buffer, size + 1);
        }
      n = read (fd, buffer + used, size - used);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          set_errno_error (error, errno, FALSE);
          g_free (buffer);
          return NULL;
        }
      if (n == 0)
        break;
      used += (gsize) n;
    }
  if (used > max_bytes)
    {
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_DATA,
                   _("the file is too large (more than %lu bytes)"), (unsigned long) max_bytes);
      g_free (buffer);
      return NULL;
    }
  buffer[used] = '\0';
  *length = used;
  return buffer;
}

char *
stencil_read_regular_file (const char *path,
                           gsize       max_bytes,
                           gsize      *length,
                           GError    **error)
{
  struct stat st;
  int fd;
  char *contents;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (length != NULL, NULL);

  /* Not even opened when it is not a regular file: opening a device can have effects. */
  if (stat (path, &st) != 0)
    return set_errno_error (error, errno, TRUE), NULL;
  if (!check_regular (&st, error))
    return NULL;
  /* O_NONBLOCK: should a FIFO take the file's place meanwhile, open does not wait for a writer;
   * fstat below then refuses it. */
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  if (fd < 0)
    return set_errno_error (error, errno, TRUE), NULL;
  if (fstat (fd, &st) != 0)
    {
      set_errno_error (error, errno, FALSE);
      close (fd);
      return NULL;
    }
  if (!check_regular (&st, error))
    {
      close (fd);
      return NULL;
    }
  contents = read_limited (fd, max_bytes, length, error);
  close (fd);
  return contents;
}

JsonNode *
stencil_json_read_file (const char              *path,
                        const StencilJsonLimits *limits,
                        GError                 **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (limits != NULL, NULL);

  contents = stencil_read_regular_file (path, limits->max_bytes, &length, error);
  if (contents == NULL)
    return NULL;
  return stencil_json_read_data (contents, length, limits, error);
}
