/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The drawings' fonts, chosen once per process through fontconfig: DejaVu Sans, and for the
 * characters it lacks (Japanese) a font with TrueType outlines, the only kind libharu embeds. */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <cairo-ft.h>
#include <fontconfig/fontconfig.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "stencil-fonts.h"
#include "stencil-types.h"

/* Measured at this size, so that the advances keep their precision (font units are 1/2048 or
 * 1/1000 em). */
#define MEASURE_SIZE 1000.0

typedef struct
{
  char                *file[STENCIL_N_FONTS][2];   /* [font][bold] */
  FcCharSet           *charset[STENCIL_N_FONTS];
  cairo_scaled_font_t *scaled[STENCIL_N_FONTS][2];
} Fonts;

/* libharu 2.3.0 loads a single TrueType file: neither a collection nor CFF outlines. */
static gboolean
is_single_truetype (FcPattern *font)
{
  FcChar8 *file = NULL;
  FcChar8 *format = NULL;
  int index = 0;

  if (FcPatternGetString (font, FC_FILE, 0, &file) != FcResultMatch ||
      FcPatternGetString (font, FC_FONTFORMAT, 0, &format) != FcResultMatch)
    return FALSE;
  if (FcPatternGetInteger (font, FC_INDEX, 0, &index) == FcResultMatch && index != 0)
    return FALSE;
  return g_str_equal ((const char *) format, "TrueType") &&
         (g_str_has_suffix ((const char *) file, ".ttf") ||
          g_str_has_suffix ((const char *) file, ".TTF") ||
          g_str_has_suffix ((const char *) file, ".otf"));
}

/* DejaVu Sans in one style: its file and, for the regular style, the characters it has. */
static char *
find_latin (const char  *pattern_string,
            FcCharSet  **out_charset)
{
  FcPattern *pattern = FcNameParse ((const FcChar8 *) pattern_string);
  FcPattern *match;
  FcResult result;
  FcChar8 *file = NULL;
  FcCharSet *charset = NULL;
  char *path = NULL;

  if (pattern == NULL)
    return NULL;
  FcConfigSubstitute (NULL, pattern, FcMatchPattern);
  FcDefaultSubstitute (pattern);
  match = FcFontMatch (NULL, pattern, &result);
  if (match != NULL && is_single_truetype (match) &&
      FcPatternGetString (match, FC_FILE, 0, &file) == FcResultMatch)
    {
      path = g_strdup ((const char *) file);
      if (out_charset != NULL && FcPatternGetCharSet (match, FC_CHARSET, 0, &charset) ==
          FcResultMatch)
        *out_charset = FcCharSetCopy (charset);
    }
  if (match != NULL)
    FcPatternDestroy (match);
  FcPatternDestroy (pattern);
  return path;
}

/* fontconfig's preferred sans-serif font for Japanese that libharu can embed. */
static char *
find_cjk (FcCharSet **out_charset)
{
  FcPattern *pattern = FcPatternCreate ();
  FcFontSet *sorted;
  FcResult result;
  char *path = NULL;

  FcPatternAddString (pattern, FC_FAMILY, (const FcChar8 *) "sans-serif");
  FcPatternAddString (pattern, FC_LANG, (const FcChar8 *) "ja");
  FcConfigSubstitute (NULL, pattern, FcMatchPattern);
  FcDefaultSubstitute (pattern);
  sorted = FcFontSort (NULL, pattern, FcFalse, NULL, &result);
  for (int i = 0; sorted != NULL && i < sorted->nfont && path == NULL; i++)
    {
      FcPattern *font = sorted->fonts[i];
      FcLangSet *langs = NULL;
      FcCharSet *charset = NULL;
      FcChar8 *file = NULL;

      if (!is_single_truetype (font) ||
          FcPatternGetLangSet (font, FC_LANG, 0, &langs) != FcResultMatch ||
          FcLangSetHasLang (langs, (const FcChar8 *) "ja") != FcLangEqual ||
          FcPatternGetCharSet (font, FC_CHARSET, 0, &charset) != FcResultMatch ||
          FcPatternGetString (font, FC_FILE, 0, &file) != FcResultMatch)
        continue;
      path = g_strdup ((const char *) file);
      *out_charset = FcCharSetCopy (charset);
    }
  if (sorted != NULL)
    FcFontSetDestroy (sorted);
  FcPatternDestroy (pattern);
  return path;
}

/* An unhinted scaled font of a file, for measuring advances. */
static cairo_scaled_font_t *
make_scaled_font (const char *file)
{
  FcPattern *pattern = FcPatternCreate ();
  cairo_font_face_t *face;
  cairo_font_options_t *options = cairo_font_options_create ();
  cairo_matrix_t font_matrix, ctm;
  cairo_scaled_font_t *scaled;

  FcPatternAddString (pattern, FC_FILE, (const FcChar8 *) file);
  FcPatternAddInteger (pattern, FC_INDEX, 0);
  face = cairo_ft_font_face_create_for_pattern (pattern);
  FcPatternDestroy (pattern);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_matrix_init_scale (&font_matrix, MEASURE_SIZE, MEASURE_SIZE);
  cairo_matrix_init_identity (&ctm);
  scaled = cairo_scaled_font_create (face, &font_matrix, &ctm, options);
  cairo_font_options_destroy (options);
  cairo_font_face_destroy (face);
  return scaled;
}

/* Chosen once for the process; the choice is never freed (it lives as long as the fonts). */
static const Fonts *
get_fonts (void)
{
  static Fonts fonts;
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      fonts.file[STENCIL_FONT_LATIN][0] = find_latin ("DejaVu Sans:style=Book",
                                                      &fonts.charset[STENCIL_FONT_LATIN]);
      fonts.file[STENCIL_FONT_LATIN][1] = find_latin ("DejaVu Sans:style=Bold", NULL);
      fonts.file[STENCIL_FONT_CJK][0] = find_cjk (&fonts.charset[STENCIL_FONT_CJK]);
      fonts.file[STENCIL_FONT_CJK][1] = g_strdup (fonts.file[STENCIL_FONT_CJK][0]);
      for (guint f = 0; f < STENCIL_N_FONTS; f++)
        for (guint b = 0; b < 2; b++)
          if (fonts.file[f][b] != NULL)
            fonts.scaled[f][b] = make_scaled_font (fonts.file[f][b]);
      g_once_init_leave (&initialized, 1);
    }
  return &fonts;
}

const char *
stencil_font_get_file (StencilFont font,
                       gboolean    bold)
{
  g_return_val_if_fail ((guint) font < STENCIL_N_FONTS, NULL);
  return get_fonts ()->file[font][bold ? 1 : 0];
}

static gboolean
font_has_char (const Fonts *fonts,
               StencilFont  font,
               gunichar     c)
{
  return fonts->charset[font] != NULL && FcCharSetHasChar (fonts->charset[font], c);
}

StencilFont
stencil_font_for_char (gunichar c)
{
  const Fonts *fonts = get_fonts ();

  if (c < 0x80 || font_has_char (fonts, STENCIL_FONT_LATIN, c))
    return STENCIL_FONT_LATIN;
  if (font_has_char (fonts, STENCIL_FONT_CJK, c))
    return STENCIL_FONT_CJK;
  return STENCIL_FONT_LATIN;
}

gsize
stencil_font_next_run (const char  *text,
                       StencilFont *font)
{
  const char *s = text;
  StencilFont first;

  g_return_val_if_fail (text != NULL, 0);
  if (*text == '\0')
    return 0;
  first = stencil_font_for_char (g_utf8_get_char (text));
  while (*s != '\0' && stencil_font_for_char (g_utf8_get_char (s)) == first)
    s = g_utf8_next_char (s);
  if (font != NULL)
    *font = first;
  return s - text;
}

double
stencil_font_measure (StencilFont  font,
                      gboolean     bold,
                      const char  *text,
                      gsize        len)
{
  cairo_scaled_font_t *scaled;
  cairo_text_extents_t extents;
  g_autofree char *run = NULL;

  g_return_val_if_fail ((guint) font < STENCIL_N_FONTS, 0);
  g_return_val_if_fail (text != NULL, 0);

  scaled = get_fonts ()->scaled[font][bold ? 1 : 0];
  if (scaled == NULL || len == 0 || cairo_scaled_font_status (scaled) != CAIRO_STATUS_SUCCESS)
    return 0;
  run = g_strndup (text, len);
  cairo_scaled_font_text_extents (scaled, run, &extents);
  return extents.x_advance / MEASURE_SIZE;
}

gboolean
stencil_fonts_check_text (const char  *text,
                          GError     **error)
{
  const Fonts *fonts = get_fonts ();

  g_return_val_if_fail (text != NULL, FALSE);

  for (const char *s = text; *s != '\0'; s = g_utf8_next_char (s))
    {
      gunichar c = g_utf8_get_char (s);
      char utf8[8] = { 0 };
      g_autofree char *head = NULL;
      g_autofree char *shown = NULL;

      if (c < 0x20 || font_has_char (fonts, STENCIL_FONT_LATIN, c) ||
          font_has_char (fonts, STENCIL_FONT_CJK, c))
        continue;
      g_unichar_to_utf8 (c, utf8);
      /* A long text (a pasted land-pattern source) is shortened. */
      if (g_utf8_strlen (text, -1) > 40)
        head = g_utf8_substring (text, 0, 40);
      shown = head != NULL ? g_strconcat (head, "…", NULL) : g_strdup (text);
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_FAILED,
                   _("No installed font can draw “%s” (U+%04X) in “%s”: install a TrueType "
                     "font that has it (for Japanese text: the package fonts-ipaexfont-gothic)"),
                   utf8, (guint) c, shown);
      return FALSE;
    }
  return TRUE;
}
