/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The fonts of the drawings, one choice for the PDF, PNG, SVG, printing and the window: DejaVu
 * Sans, and a Japanese font with TrueType outlines for the characters DejaVu lacks. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  STENCIL_FONT_LATIN,   /* DejaVu Sans (regular and bold): Latin, Greek, Cyrillic, symbols */
  STENCIL_FONT_CJK,     /* fontconfig's choice for lang=ja with fontformat=TrueType */
  STENCIL_N_FONTS
} StencilFont;

/* The TrueType file of a font, found through fontconfig once per process, or NULL when none is
 * installed. The CJK fonts usually have one weight: bold is the regular file then. */
const char  *stencil_font_get_file        (StencilFont  font,
                                           gboolean     bold);

/* The font that draws c: DejaVu Sans when it has the glyph, else the CJK font when that has it,
 * else DejaVu Sans (which shows a missing-glyph box). */
StencilFont  stencil_font_for_char        (gunichar     c);

/* The length in bytes of the run at the start of text that one font draws, and that font; 0 at
 * the end of the text. Runs of spaces and punctuation stay with DejaVu Sans. */
gsize        stencil_font_next_run        (const char  *text,
                                           StencilFont *font);

/* Advance width of len bytes of text in one font, in em (unhinted, no kerning), as the PDF and
 * Cairo backends advance. */
double       stencil_font_measure         (StencilFont  font,
                                           gboolean     bold,
                                           const char  *text,
                                           gsize        len);

/* TRUE when an installed font has every character of text; otherwise FALSE and an error that
 * names the character and says which package provides it. */
gboolean     stencil_fonts_check_text     (const char  *text,
                                           GError     **error);

G_END_DECLS
