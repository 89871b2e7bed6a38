/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The drawing options' defaults and the paper names (declared in stencil-sheet.h): apart from
 * the sheet, so that the engine without its drawing stack (the CLI's, stencil-cli-drawing.c)
 * can read and check the options of a drawing it has the module make. */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include "stencil-limits.h"
#include "stencil-sheet.h"

void
stencil_drawing_options_init (StencilDrawingOptions *options)
{
  g_return_if_fail (options != NULL);

  options->paper = STENCIL_PAPER_A4;
  options->landscape = FALSE;
  options->dpi = STENCIL_DPI_DEFAULT;
  options->with_sweep = FALSE;
}

gboolean
stencil_paper_from_string (const char   *str,
                           StencilPaper *out)
{
  if (str == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (str, "a4") == 0)
    {
      *out = STENCIL_PAPER_A4;
      return TRUE;
    }
  if (g_ascii_strcasecmp (str, "letter") == 0)
    {
      *out = STENCIL_PAPER_LETTER;
      return TRUE;
    }
  return FALSE;
}
