/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The table of value ranges and the one check of a value against its range (stencil-limits.h). */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "stencil-limits.h"

static const StencilLimit limits[] = {
  [STENCIL_LIMIT_THICKNESS] = { "thickness_um", "µm", STENCIL_THICKNESS_MIN_UM,
                                STENCIL_THICKNESS_MAX_UM, STENCIL_THICKNESS_DEFAULT_UM, FALSE },
  [STENCIL_LIMIT_GRID] = { "grid_um", "µm", STENCIL_GRID_MIN_UM, STENCIL_GRID_MAX_UM,
                           STENCIL_GRID_DEFAULT_UM, FALSE },
  [STENCIL_LIMIT_CORNER_RADIUS] = { "corner_radius_mm", "mm", STENCIL_CORNER_RADIUS_MIN_MM,
                                    STENCIL_CORNER_RADIUS_MAX_MM, 0, FALSE },
  [STENCIL_LIMIT_DPI] = { "dpi", "dpi", STENCIL_DPI_MIN, STENCIL_DPI_MAX, STENCIL_DPI_DEFAULT,
                          FALSE },
  [STENCIL_LIMIT_ARRAY_COUNT] = { "array", "", 1, STENCIL_ARRAY_MAX, 1, TRUE },
  [STENCIL_LIMIT_ARRAY_COPIES] = { "copies", "", 1, STENCIL_ARRAY_MAX_COPIES, 1, TRUE },
  [STENCIL_LIMIT_PLACEMENT] = { "placement_mm", "mm", -STENCIL_PLACEMENT_MAX_MM,
                                STENCIL_PLACEMENT_MAX_MM, 0, FALSE },
  [STENCIL_LIMIT_LAND_LENGTH] = { "land_mm", "mm", -STENCIL_LAND_MAX_MM, STENCIL_LAND_MAX_MM,
                                  0, FALSE },
  [STENCIL_LIMIT_WEB] = { "web_limit_mm", "mm", STENCIL_WEB_LIMIT_MIN_MM, STENCIL_WEB_LIMIT_MAX_MM,
                          STENCIL_WEB_LIMIT_DEFAULT_MM, FALSE },
};

G_STATIC_ASSERT (G_N_ELEMENTS (limits) == STENCIL_N_LIMITS);

const StencilLimit *
stencil_limit_get (StencilLimitId id)
{
  g_return_val_if_fail ((guint) id < STENCIL_N_LIMITS, NULL);
  return &limits[id];
}

gboolean
stencil_limit_contains (StencilLimitId id,
                        double         value)
{
  const StencilLimit *limit = stencil_limit_get (id);

  g_return_val_if_fail (limit != NULL, FALSE);
  return isfinite (value) && value >= limit->min && value <= limit->max &&
         (!limit->integer || value == floor (value));
}

gboolean
stencil_limit_check (StencilLimitId id,
                     double         value,
                     GError       **error)
{
  const StencilLimit *limit = stencil_limit_get (id);
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (limit != NULL, FALSE);

  if (stencil_limit_contains (id, value))
    return TRUE;
  /* The value as the user typed it, in the C locale like the limits beside it. */
  g_ascii_formatd (text, sizeof text, "%g", value);
  switch (id)
    {
    case STENCIL_LIMIT_THICKNESS:
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                   _("The stencil thickness must be from %g to %g µm"), limit->min, limit->max);
      break;
    case STENCIL_LIMIT_GRID:
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                   _("The manufacturing grid must be from %g to %g µm"), limit->min, limit->max);
      break;
    case STENCIL_LIMIT_CORNER_RADIUS:
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                   _("The corner radius must be from 0 to %g mm"), limit->max);
      break;
    case STENCIL_LIMIT_DPI:
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                   _("The resolution must be from %d to %d dpi, not %s"),
                   (int) limit->min, (int) limit->max, text);
      break;
    case STENCIL_LIMIT_ARRAY_COUNT:
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                   _("An array has 1 to %d columns and 1 to %d rows, not %s"),
                   (int) limit->max, (int) limit->max, text);
      break;
    case STENCIL_LIMIT_ARRAY_COPIES:
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                   _("An array has at most %d copies, not %s"), (int) limit->max, text);
      break;
    case STENCIL_LIMIT_PLACEMENT:
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                   _("A placement must be from %d to %d mm, not %s"),
                   (int) limit->min, (int) limit->max, text);
      break;
    case STENCIL_LIMIT_WEB:
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                   _("The minimum web between apertures must be from 0 to %g mm"), limit->max);
      break;
    case STENCIL_LIMIT_LAND_LENGTH:
    case STENCIL_N_LIMITS:
    default:
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                   _("A land pattern length must be from %g to %g mm, not %s"),
                   limit->min, limit->max, text);
      break;
    }
  return FALSE;
}
