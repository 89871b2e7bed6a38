/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Errors, exit statuses, number and argument parsing and the catalogue for the CLI's commands
 * (stencil-cli.h). */
#define G_LOG_DOMAIN "stencilcalc-cli"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <string.h>
#include <unistd.h>

#include "stencil-cli.h"
#include "stencil-units.h"

G_DEFINE_QUARK (stencil-cli-error-quark, stencil_cli_error)

/* The first error of a write to standard output, kept for the message at exit. */
static int stdout_errno;

void
stencil_cli_write_stdout (const char *data,
                          gsize       length)
{
  errno = 0;
  if ((length > 0 && fwrite (data, 1, length, stdout) != length) || fflush (stdout) != 0)
    {
      if (stdout_errno == 0)
        stdout_errno = errno != 0 ? errno : EIO;
    }
}

/* g_print () as GLib's own handler does it (text in the console's charset, "?" for what it
 * cannot show), but keeping the error of a failed write. */
static void
print_cb (const char *string)
{
  const char *charset;
  g_autofree char *converted = NULL;

  if (!g_get_console_charset (&charset))
    converted = g_convert_with_fallback (string, -1, charset, "UTF-8", "?", NULL, NULL, NULL);
  if (converted != NULL)
    string = converted;
  stencil_cli_write_stdout (string, strlen (string));
}

/* At exit, whatever the path to it (a return from main, or exit () after GOption's --help):
 * the output still buffered is written, and a failure at any time (a full disk, /dev/full, a
 * closed standard output) ends the program with status 1 and a message, never 0. A closed
 * standard output that nothing was written to is no error (as with cp or ls). */
static void
check_stdout_at_exit (void)
{
  gboolean failed = ferror (stdout) != 0 || stdout_errno != 0;
  gboolean pending = __fpending (stdout) > 0;

  errno = 0;
  if (fclose (stdout) != 0 && (pending || errno != EBADF))
    {
      failed = TRUE;
      if (stdout_errno == 0)
        stdout_errno = errno;
    }
  if (!failed)
    return;
  if (stdout_errno != 0)
    g_printerr ("stencilcalc-cli: %s: %s\n", _("cannot write to standard output"),
                g_strerror (stdout_errno));
  else
    g_printerr ("stencilcalc-cli: %s\n", _("cannot write to standard output"));
  _exit (EXIT_FAILURE);
}

void
stencil_cli_guard_stdout (void)
{
  /* A closed descriptor would be the next file's: an output file would then also receive the
   * table meant for standard output. /dev/null opened read-only takes its place, where every
   * write fails as on the closed descriptor. */
  for (int fd = STDIN_FILENO; fd <= STDERR_FILENO; fd++)
    if (fcntl (fd, F_GETFD) < 0 && errno == EBADF)
      {
        int null = open ("/dev/null", O_RDONLY | O_NOCTTY);

        if (null >= 0 && null != fd)
          {
            dup2 (null, fd);
            close (null);
          }
      }
  g_set_print_handler (print_cb);
  atexit (check_stdout_at_exit);
}

gboolean
stencil_cli_usage_error (GError    **error,
                         const char *format,
                         ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (STENCIL_CLI_ERROR, STENCIL_CLI_ERROR_USAGE,
                                                format, args));
  va_end (args);
  return FALSE;
}

int
stencil_cli_exit_status (const GError *error)
{
  g_return_val_if_fail (error != NULL, EXIT_FAILURE);

  if ((error->domain == STENCIL_CLI_ERROR && error->code == STENCIL_CLI_ERROR_USAGE) ||
      error->domain == G_OPTION_ERROR ||
      (error->domain == STENCIL_ERROR && error->code == STENCIL_ERROR_INVALID_INPUT))
    return STENCIL_CLI_EXIT_USAGE;
  return EXIT_FAILURE;
}

int
stencil_cli_report (const GError *error)
{
  g_return_val_if_fail (error != NULL, EXIT_FAILURE);

  g_printerr ("stencilcalc-cli: %s\n", error->message);
  return stencil_cli_exit_status (error);
}

char *
stencil_cli_quote_arg (const char *str)
{
  const gsize max_chars = 40;
  g_autofree char *valid = g_utf8_make_valid (str != NULL ? str : "", -1);
  GString *out = g_string_new (NULL);
  gsize n = 0;

  for (const char *p = valid; *p != '\0' && n < max_chars; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_iscntrl (c))
        g_string_append_c (out, '?');
      else
        g_string_append_unichar (out, c);
    }
  if (g_utf8_strlen (valid, -1) > (glong) max_chars)
    g_string_append (out, "…");
  return g_string_free (out, FALSE);
}

/* The engine's reading of a number (stencil-units.h): a point or the locale's decimal
 * separator, never "0x10", "inf" or "nan". */
gboolean
stencil_cli_parse_number (const char *str,
                          double     *out)
{
  return stencil_parse_decimal (str, out);
}

gboolean
stencil_cli_parse_pair (const char *str,
                        char        separator,
                        double     *a,
                        double     *b)
{
  g_auto(GStrv) parts = NULL;
  char sep[2] = { separator, '\0' };

  if (str == NULL)
    return FALSE;
  parts = g_strsplit (str, sep, -1);
  return g_strv_length (parts) == 2 && stencil_cli_parse_number (parts[0], a) &&
         stencil_cli_parse_number (parts[1], b);
}

StencilCliNumber
stencil_cli_parse_limited (const char     *str,
                           StencilLimitId  limit,
                           double         *out)
{
  if (!stencil_cli_parse_number (str, out))
    return STENCIL_CLI_NUMBER_INVALID;
  return stencil_limit_contains (limit, *out) ? STENCIL_CLI_NUMBER_OK
                                              : STENCIL_CLI_NUMBER_OUT_OF_RANGE;
}

gboolean
stencil_cli_is_plain_text (const char *str)
{
  if (!g_utf8_validate (str, -1, NULL))
    return FALSE;
  for (const char *p = str; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* GOption's messages quote an argument as it was typed: bytes that are not UTF-8, and control
 * characters (an escape sequence would be the terminal's), become "?" and U+FFFD. */
static void
make_message_plain (GError *error)
{
  g_autofree char *valid = g_utf8_make_valid (error->message, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c))
        g_string_append_c (out, '?');
      else
        g_string_append_unichar (out, c);
    }
  g_free (error->message);
  error->message = g_string_free (out, FALSE);
}

gboolean
stencil_cli_check_arguments (const char * const *argv,
                             const char         *command,
                             gboolean            want_part,
                             const char        **out_part,
                             GError            **error)
{
  guint n = argv != NULL ? g_strv_length ((char **) argv) : 0;
  guint first_extra = want_part ? 2 : 1;

  if (want_part && n < 2)
    return stencil_cli_usage_error (error, _("%s: which part? Give a part number such as "
                                             "AXK7L40223G (“stencilcalc-cli parts” lists "
                                             "them)"), command);
  if (n > first_extra)
    {
      g_autofree char *arg = stencil_cli_quote_arg (argv[first_extra]);
      return stencil_cli_usage_error (error, _("%s: unexpected argument “%s”"), command, arg);
    }
  /* A part number is looked up, printed and put in file names: text, not arbitrary bytes. */
  if (want_part && !stencil_cli_is_plain_text (argv[1]))
    {
      g_autofree char *arg = stencil_cli_quote_arg (argv[1]);
      return stencil_cli_usage_error (error, _("%s: “%s” is not a part number"), command, arg);
    }
  if (out_part != NULL)
    *out_part = want_part ? argv[1] : NULL;
  return TRUE;
}

gboolean
stencil_cli_parse_command (GOptionContext     *context,
                           const char * const *argv,
                           const char         *command,
                           gboolean            want_part,
                           char              **out_part,
                           GError            **error)
{
  g_auto(GStrv) rest = g_strdupv ((char **) argv);
  const char *part = NULL;

  /* Unlike g_option_context_parse (), frees what it removes from a copy it was given. */
  if (!g_option_context_parse_strv (context, &rest, error))
    {
      if (error != NULL && *error != NULL)
        make_message_plain (*error);
      return FALSE;
    }
  if (!stencil_cli_check_arguments ((const char * const *) rest, command, want_part, &part,
                                    error))
    return FALSE;
  if (out_part != NULL)
    *out_part = g_strdup (part);
  return TRUE;
}

/* What stencil_cli_check_repeated () counts: how often each option was given. */
typedef struct
{
  const GOptionEntry *entries;
  GHashTable         *counts;     /* long name -> count */
  const char         *repeated;   /* the first long name given twice */
} RepeatCheck;

static gboolean
count_option_cb (const char *option_name,
                 const char *value,
                 gpointer    data,
                 GError    **error)
{
  RepeatCheck *check = data;
  const char *name = NULL;
  guint count;

  /* GOption passes the name as typed: "--thickness" or "-t". */
  for (const GOptionEntry *e = check->entries; e->long_name != NULL && name == NULL; e++)
    if ((g_str_has_prefix (option_name, "--") && strcmp (option_name + 2, e->long_name) == 0) ||
        (option_name[0] == '-' && option_name[1] == e->short_name && option_name[2] == '\0' &&
         e->short_name != 0))
      name = e->long_name;
  if (name == NULL)
    return TRUE;
  count = GPOINTER_TO_UINT (g_hash_table_lookup (check->counts, name)) + 1;
  g_hash_table_insert (check->counts, (gpointer) name, GUINT_TO_POINTER (count));
  if (count == 2 && check->repeated == NULL)
    check->repeated = name;
  return TRUE;
}

gboolean
stencil_cli_check_repeated (const GOptionEntry *entries,
                            const char * const *argv,
                            GError            **error)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  RepeatCheck check = { entries, counts, NULL };
  g_autoptr(GArray) counting = g_array_new (TRUE, TRUE, sizeof (GOptionEntry));
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_auto(GStrv) rest = g_strdupv ((char **) argv);
  GOptionGroup *group;

  /* The same options, each one counted by a callback instead of stored: the same parse. */
  for (const GOptionEntry *e = entries; e->long_name != NULL; e++)
    {
      GOptionEntry copy = *e;

      copy.arg = G_OPTION_ARG_CALLBACK;
      copy.arg_data = (gpointer) count_option_cb;
      if (e->arg == G_OPTION_ARG_NONE)
        copy.flags |= G_OPTION_FLAG_NO_ARG;
      else if (e->arg == G_OPTION_ARG_FILENAME)
        copy.flags |= G_OPTION_FLAG_FILENAME;
      g_array_append_val (counting, copy);
    }
  group = g_option_group_new ("count", "", "", &check, NULL);
  g_option_group_add_entries (group, (const GOptionEntry *) counting->data);
  g_option_context_set_main_group (context, group);
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_set_ignore_unknown_options (context, TRUE);
  g_option_context_parse_strv (context, &rest, NULL);

  if (check.repeated != NULL)
    return stencil_cli_usage_error (error, _("--%s is given more than once; give it once"),
                                    check.repeated);
  return TRUE;
}

gboolean
stencil_cli_parse_positionals (GOptionContext     *context,
                               const char * const *argv,
                               GStrv              *out_positionals,
                               GError            **error)
{
  g_auto(GStrv) rest = g_strdupv ((char **) argv);
  guint n;

  if (!g_option_context_parse_strv (context, &rest, error))
    {
      if (error != NULL && *error != NULL)
        make_message_plain (*error);
      return FALSE;
    }
  n = g_strv_length (rest);
  *out_positionals = g_new0 (char *, MAX (n, 1));
  for (guint i = 1; i < n; i++)
    (*out_positionals)[i - 1] = g_strdup (rest[i]);
  return TRUE;
}

const char *
stencil_cli_keep_text (GPtrArray **texts,
                       char       *text)
{
  if (*texts == NULL)
    *texts = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (*texts, text);
  return text;
}

StencilCatalog *
stencil_cli_load_catalog (GError **error)
{
  g_autoptr(StencilCatalog) catalog = stencil_catalog_new ();
  GPtrArray *warnings;

  if (!stencil_catalog_load_default (catalog, error))
    return NULL;
  warnings = stencil_catalog_get_warnings (catalog);
  for (guint i = 0; i < warnings->len; i++)
    g_printerr ("stencilcalc-cli: %s: %s\n", _("warning"), (char *) warnings->pdata[i]);
  return g_steal_pointer (&catalog);
}
