/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Parts and the catalogue: part numbers, lookups, the data folders. */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "stencil-names.h"
#include "stencil-part.h"

struct _StencilCatalog
{
  GObject    parent_instance;

  GPtrArray *families;   /* of StencilFamily */
  GPtrArray *warnings;   /* of char* */
};

G_DEFINE_FINAL_TYPE (StencilCatalog, stencil_catalog, G_TYPE_OBJECT)
G_DEFINE_BOXED_TYPE (StencilPart, stencil_part, stencil_part_ref, stencil_part_unref)

static void
part_clear (gpointer data)
{
  StencilPart *part = data;

  g_clear_object (&part->family);
  g_clear_pointer (&part->part_number, g_free);
}

StencilPart *
stencil_part_new (StencilFamily  *family,
                  StencilPartKind kind,
                  guint           contacts,
                  gboolean        inspection,
                  GError        **error)
{
  StencilPart *part;
  char *part_number;

  g_return_val_if_fail (STENCIL_IS_FAMILY (family), NULL);
  g_return_val_if_fail (kind < STENCIL_N_PART_KINDS, NULL);

  if (!stencil_family_has_contacts (family, contacts))
    {
      g_autofree char *counts = stencil_family_describe_contacts (family);
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_NOT_FOUND,
                   _("The %s series has no %s with %u contacts (available: %s)"),
                   stencil_family_get_series (family), stencil_part_kind_label (kind),
                   contacts, counts);
      return NULL;
    }
  part_number = stencil_family_make_part_number (family, kind, contacts, inspection);
  if (part_number == NULL)
    {
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_NOT_FOUND,
                   _("The %s series has no inspection variant of the %s"),
                   stencil_family_get_series (family), stencil_part_kind_label (kind));
      return NULL;
    }

  part = g_rc_box_new0 (StencilPart);
  part->family = g_object_ref (family);
  part->kind = kind;
  part->contacts = contacts;
  part->inspection = inspection;
  part->part_number = part_number;
  return part;
}

StencilPart *
stencil_part_ref (StencilPart *part)
{
  return g_rc_box_acquire (part);
}

void
stencil_part_unref (StencilPart *part)
{
  g_rc_box_release_full (part, part_clear);
}

StencilPart *
stencil_part_new_mate (const StencilPart *part)
{
  StencilPartKind mate_kind;

  g_return_val_if_fail (part != NULL, NULL);
  mate_kind = part->kind == STENCIL_PART_KIND_SOCKET ? STENCIL_PART_KIND_HEADER
                                                     : STENCIL_PART_KIND_SOCKET;
  return stencil_part_new (part->family, mate_kind, part->contacts, part->inspection, NULL);
}

const StencilDimensionRow *
stencil_part_get_dimensions (const StencilPart *part)
{
  g_return_val_if_fail (part != NULL, NULL);
  return stencil_family_get_dimensions (part->family, part->kind, part->contacts);
}

/* Catalog */

static void
stencil_catalog_finalize (GObject *object)
{
  StencilCatalog *self = STENCIL_CATALOG (object);

  g_clear_pointer (&self->families, g_ptr_array_unref);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);

  G_OBJECT_CLASS (stencil_catalog_parent_class)->finalize (object);
}

static void
stencil_catalog_class_init (StencilCatalogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = stencil_catalog_finalize;
}

static void
stencil_catalog_init (StencilCatalog *self)
{
  self->families = g_ptr_array_new_with_free_func (g_object_unref);
  self->warnings = g_ptr_array_new_with_free_func (g_free);
}

StencilCatalog *
stencil_catalog_new (void)
{
  return g_object_new (STENCIL_TYPE_CATALOG, NULL);
}

const char *
stencil_get_data_dir (void)
{
  static char *data_dir;

  if (g_once_init_enter (&data_dir))
    {
      const char *env = g_getenv ("STENCILCALC_DATADIR");
      char *dir;

      if (env != NULL && *env != '\0')
        dir = g_strdup (env);
      else
        {
          /* A program started from the build tree reads the source tree's data, so that a
           * build works before (and without) `meson install`. */
          g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
          g_autofree char *build_root = g_strconcat (BUILD_ROOT, G_DIR_SEPARATOR_S, NULL);

          if (exe != NULL && g_str_has_prefix (exe, build_root))
            dir = g_strdup (SOURCE_DATADIR);
          else
            dir = g_strdup (PKGDATADIR);
        }
      g_once_init_leave (&data_dir, dir);
    }
  return data_dir;
}

/* A part number that two families make: stencil_catalog_find_part() could only ever find the
 * first family's part. Returns the colliding part number, or NULL. */
static char *
find_part_number_collision (StencilCatalog *self,
                            StencilFamily  *family,
                            StencilFamily **out_other)
{
  g_autoptr(GPtrArray) known = stencil_catalog_list_parts (self);
  guint n_contacts;
  const guint *contacts = stencil_family_get_contacts (family, &n_contacts);

  for (guint inspection = 0; inspection < 2; inspection++)
    for (guint k = 0; k < STENCIL_N_PART_KINDS; k++)
      for (guint i = 0; i < n_contacts; i++)
        {
          g_autofree char *pn = stencil_family_make_part_number (family, k, contacts[i],
                                                                 inspection);
          if (pn == NULL)
            continue;
          for (guint j = 0; j < known->len; j++)
            {
              StencilPart *other = known->pdata[j];
              if (g_ascii_strcasecmp (other->part_number, pn) == 0)
                {
                  *out_other = other->family;
                  return g_steal_pointer (&pn);
                }
            }
        }
  return NULL;
}

/* Takes family; refuses a series that is already there. */
static gboolean
add_family (StencilCatalog  *self,
            StencilFamily   *family_in,
            GError         **error)
{
  g_autoptr(StencilFamily) family = family_in;

  if (stencil_catalog_get_family (self, stencil_family_get_series (family)) != NULL)
    {
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_DATA,
                   _("the series “%s” is already defined by %s"),
                   stencil_family_get_series (family),
                   stencil_family_get_origin (stencil_catalog_get_family (self,
                     stencil_family_get_series (family))));
      return FALSE;
    }
  {
    StencilFamily *other = NULL;
    g_autofree char *collision = find_part_number_collision (self, family, &other);

    /* Still loaded (the series can be chosen by name), but a part number finds only the
     * first family's part: say so. */
    if (collision != NULL)
      g_ptr_array_add (self->warnings,
                       g_strdup_printf (_("%s: the part number %s is also made by the %s series "
                                          "(%s); by part number, the %s part is found"),
                                        stencil_family_get_origin (family), collision,
                                        stencil_family_get_series (other),
                                        stencil_family_get_origin (other),
                                        stencil_family_get_series (other)));
  }
  g_ptr_array_add (self->families, g_steal_pointer (&family));
  return TRUE;
}

gboolean
stencil_catalog_add_file (StencilCatalog *self,
                          GFile          *file,
                          GError        **error)
{
  g_autoptr(StencilFamily) family = NULL;

  g_return_val_if_fail (STENCIL_IS_CATALOG (self), FALSE);

  family = stencil_family_new_from_file (file, error);
  if (family == NULL)
    return FALSE;
  return add_family (self, g_steal_pointer (&family), error);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

void
stencil_catalog_load_dir (StencilCatalog *self,
                          const char     *path)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  const char *name;

  g_return_if_fail (STENCIL_IS_CATALOG (self));

  dir = g_dir_open (path, 0, &error);
  if (dir == NULL)
    {
      if (!g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_ptr_array_add (self->warnings, g_strdup_printf ("%s: %s", path, error->message));
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  /* Sorted, so that which file wins a duplicate series does not depend on the file system. */
  g_ptr_array_sort (names, compare_strings);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *file_path = g_build_filename (path, names->pdata[i], NULL);
      g_autoptr(GError) file_error = NULL;
      StencilFamily *family = stencil_family_new_from_path (file_path, &file_error);

      if (family == NULL || !add_family (self, family, &file_error))
        g_ptr_array_add (self->warnings,
                         g_strdup_printf (_("%s: skipped: %s"), file_path, file_error->message));
    }
}

gboolean
stencil_catalog_load_default (StencilCatalog *self,
                              GError        **error)
{
  g_autofree char *builtin = NULL;
  g_autofree char *user = NULL;

  g_return_val_if_fail (STENCIL_IS_CATALOG (self), FALSE);

  builtin = g_build_filename (stencil_get_data_dir (), "families", NULL);
  stencil_catalog_load_dir (self, builtin);
  user = g_build_filename (g_get_user_data_dir (), "stencilcalc", "families", NULL);
  stencil_catalog_load_dir (self, user);

  if (self->families->len == 0)
    {
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_DATA,
                   _("No connector family could be loaded from %s or %s"), builtin, user);
      return FALSE;
    }
  return TRUE;
}

GPtrArray *
stencil_catalog_get_warnings (StencilCatalog *self)
{
  g_return_val_if_fail (STENCIL_IS_CATALOG (self), NULL);
  return self->warnings;
}

GPtrArray *
stencil_catalog_get_families (StencilCatalog *self)
{
  g_return_val_if_fail (STENCIL_IS_CATALOG (self), NULL);
  return self->families;
}

StencilFamily *
stencil_catalog_get_family (StencilCatalog *self,
                            const char     *series)
{
  g_return_val_if_fail (STENCIL_IS_CATALOG (self), NULL);

  for (guint i = 0; i < self->families->len; i++)
    if (g_ascii_strcasecmp (stencil_family_get_series (self->families->pdata[i]), series) == 0)
      return self->families->pdata[i];
  return NULL;
}

GPtrArray *
stencil_catalog_list_parts (StencilCatalog *self)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func ((GDestroyNotify) stencil_part_unref);

  g_return_val_if_fail (STENCIL_IS_CATALOG (self), NULL);

  for (guint f = 0; f < self->families->len; f++)
    {
      StencilFamily *family = self->families->pdata[f];
      guint n_contacts;
      const guint *contacts = stencil_family_get_contacts (family, &n_contacts);

      for (guint inspection = 0; inspection < 2; inspection++)
        for (guint k = 0; k < STENCIL_N_PART_KINDS; k++)
          for (guint i = 0; i < n_contacts; i++)
            {
              StencilPart *part = stencil_part_new (family, k, contacts[i], inspection, NULL);
              if (part != NULL)
                g_ptr_array_add (parts, part);
            }
    }
  return parts;
}

/* Characters that look alike in a part number: typing one for the other is the likeliest slip. */
static gboolean
look_alike (char a,
            char b)
{
  static const char * const pairs[] = { "O0", "Q0", "D0", "I1", "L1", "S5", "B8", "Z2", "G6" };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    if ((a == pairs[i][0] && b == pairs[i][1]) || (a == pairs[i][1] && b == pairs[i][0]))
      return TRUE;
  return FALSE;
}

/* Edit distance of two ASCII strings, case-insensitive, in half edits: a missing, extra or wrong
 * character costs 2, a look-alike (O for 0) 1. So AXK7L4O223G is nearest to AXK7L40223G, not
 * to AXK7L44223G, and AXK7L40223 is 2 from AXK7L40223G. */
static guint
edit_distance (const char *a,
               const char *b)
{
  gsize la = strlen (a), lb = strlen (b);
  g_autofree guint *row = g_new (guint, lb + 1);

  for (gsize j = 0; j <= lb; j++)
    row[j] = 2 * j;
  for (gsize i = 1; i <= la; i++)
    {
      guint diagonal = row[0];

      row[0] = 2 * i;
      for (gsize j = 1; j <= lb; j++)
        {
          guint above = row[j];
          char ca = g_ascii_toupper (a[i - 1]), cb = g_ascii_toupper (b[j - 1]);
          guint cost = ca == cb ? 0 : look_alike (ca, cb) ? 1 : 2;

          row[j] = MIN (MIN (row[j] + 2, row[j - 1] + 2), diagonal + cost);
          diagonal = above;
        }
    }
  return row[lb];
}

/* The known part numbers nearest to wanted, when some are near enough to be a typing slip:
 * at most 3 edits and less than a third of the number. NULL when none is. */
static char *
describe_nearest_parts (GPtrArray  *parts,
                        const char *wanted)
{
  const guint max_shown = 4;
  guint best = G_MAXUINT, n_best = 0;
  g_autofree guint *distances = NULL;
  g_autoptr(GString) names = NULL;
  gsize wanted_len = strlen (wanted);

  /* A pasted paragraph is no typing slip, and it would cost a long comparison per part. */
  if (wanted_len == 0 || wanted_len > 64)
    return NULL;
  distances = g_new (guint, parts->len);
  for (guint i = 0; i < parts->len; i++)
    {
      StencilPart *part = parts->pdata[i];

      distances[i] = edit_distance (wanted, part->part_number);
      best = MIN (best, distances[i]);
    }
  if (best > 2 * 3 || 3 * best >= 2 * MAX (wanted_len, 3))
    return NULL;

  names = g_string_new (NULL);
  for (guint i = 0; i < parts->len; i++)
    if (distances[i] == best)
      {
        StencilPart *part = parts->pdata[i];

        if (n_best == max_shown)
          {
            g_string_append (names, ", …");
            break;
          }
        if (n_best++ > 0)
          g_string_append (names, ", ");
        g_string_append (names, part->part_number);
      }
  if (n_best == 1)
    /* TRANSLATORS: the one known part number nearest to what was typed. */
    return g_strdup_printf (_("did you mean %s?"), names->str);
  /* TRANSLATORS: a comma-separated list of the known part numbers nearest to what was typed. */
  return g_strdup_printf (_("did you mean one of %s?"), names->str);
}

/* One pattern per family and kind, with the contact counts: for a number that is nothing like
 * a known one. */
static char *
describe_known_parts (StencilCatalog *self)
{
  GString *known = g_string_new (NULL);

  for (guint f = 0; f < self->families->len; f++)
    {
      StencilFamily *family = self->families->pdata[f];
      g_autofree char *counts = stencil_family_describe_contacts (family);

      for (guint k = 0; k < STENCIL_N_PART_KINDS; k++)
        {
          g_autofree char *example = stencil_family_make_part_number (family, k, 40, FALSE);
          g_autofree char *inspect = stencil_family_make_part_number (family, k, 40, TRUE);
          g_autofree char *examples = inspect != NULL ? g_strdup_printf ("%s, %s", example, inspect)
                                                      : g_strdup (example);

          if (known->len > 0)
            g_string_append (known, "; ");
          /* TRANSLATORS: "F4 Socket: e.g. AXK7L40223G, AXK7LE4026G". */
          g_string_append_printf (known, _("%s %s: e.g. %s"), stencil_family_get_series (family),
                                  stencil_part_kind_label (k), examples);
        }
      /* TRANSLATORS: "; F4 contact counts: 10, 12, ...". */
      g_string_append_printf (known, _("; %s contact counts: %s"),
                              stencil_family_get_series (family), counts);
    }
  return g_string_free (known, FALSE);
}

StencilPart *
stencil_catalog_find_part (StencilCatalog *self,
                           const char     *part_number,
                           GError        **error)
{
  g_autoptr(GPtrArray) parts = NULL;
  g_autofree char *wanted = NULL;
  g_autofree char *nearest = NULL;

  g_return_val_if_fail (STENCIL_IS_CATALOG (self), NULL);

  wanted = g_strstrip (g_utf8_make_valid (part_number != NULL ? part_number : "", -1));
  parts = stencil_catalog_list_parts (self);
  for (guint i = 0; i < parts->len; i++)
    {
      StencilPart *part = parts->pdata[i];
      if (g_ascii_strcasecmp (part->part_number, wanted) == 0)
        return stencil_part_ref (part);
    }

  nearest = describe_nearest_parts (parts, wanted);
  /* The user's text, shortened: a pasted paragraph must not become the message. */
  if (g_utf8_strlen (wanted, -1) > 40)
    {
      g_autofree char *head = g_utf8_substring (wanted, 0, 40);
      g_free (wanted);
      wanted = g_strconcat (head, "…", NULL);
    }
  if (nearest != NULL)
    {
      /* TRANSLATORS: "Unknown part “AXK7L4O223G”: did you mean AXK7L40223G?". */
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_NOT_FOUND, _("Unknown part “%s”: %s"),
                   wanted, nearest);
    }
  else
    {
      g_autofree char *known = describe_known_parts (self);

      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_NOT_FOUND,
                   _("Unknown part “%s”. Known: %s (“stencilcalc-cli parts” lists them all)"),
                   wanted, known);
    }
  return NULL;
}

StencilPart *
stencil_catalog_lookup (StencilCatalog *self,
                        const char     *series,
                        StencilPartKind kind,
                        guint           contacts,
                        gboolean        inspection,
                        GError        **error)
{
  StencilFamily *family;

  g_return_val_if_fail (STENCIL_IS_CATALOG (self), NULL);

  family = stencil_catalog_get_family (self, series);
  if (family == NULL)
    {
      g_autoptr(GString) names = g_string_new (NULL);
      for (guint f = 0; f < self->families->len; f++)
        g_string_append_printf (names, "%s%s", f > 0 ? ", " : "",
                                stencil_family_get_series (self->families->pdata[f]));
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_NOT_FOUND,
                   _("Unknown series “%s” (available: %s)"), series, names->str);
      return NULL;
    }
  return stencil_part_new (family, kind, contacts, inspection, error);
}
