/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The land pattern of one part: pads, pin numbers, body outline, from the family's estimate
 * or the user's values, with its provenance. */
#define G_LOG_DOMAIN "stencil-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "stencil-family-private.h"
#include "stencil-pattern.h"

G_DEFINE_BOXED_TYPE (StencilPattern, stencil_pattern, stencil_pattern_ref, stencil_pattern_unref)

static void
pad_clear (gpointer data)
{
  StencilPad *pad = data;

  g_clear_pointer (&pad->id, g_free);
}

static void
pattern_clear (gpointer data)
{
  StencilPattern *self = data;

  g_clear_pointer (&self->part, stencil_part_unref);
  g_clear_pointer (&self->pads, g_array_unref);
  g_clear_pointer (&self->source, g_free);
}

static gboolean
check_size (double      value,
            const char *what,
            gboolean    allow_zero,
            GError    **error)
{
  if (!isfinite (value) || value < 0 || (!allow_zero && value <= 0) || value > 1000)
    {
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                   _("The land pattern's %s must be a number from %s to 1000 mm"),
                   what, allow_zero ? "0" : _("more than 0"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
validate_spec (const StencilLandSpec *spec,
               double                 pitch_mm,
               GError               **error)
{
  if (!check_size (spec->terminal_w_mm, _("terminal pad width"), FALSE, error) ||
      !check_size (spec->terminal_h_mm, _("terminal pad length"), FALSE, error) ||
      !check_size (spec->row_y_mm, _("row position"), TRUE, error) ||
      !check_size (spec->soldering_w_mm, _("soldering pad width"), FALSE, error) ||
      !check_size (spec->soldering_h_mm, _("soldering pad length"), FALSE, error) ||
      !check_size (fabs (spec->soldering_x_mm), _("soldering pad position"), TRUE, error) ||
      !check_size (fabs (spec->soldering_y_mm), _("soldering pad position"), TRUE, error) ||
      !check_size (spec->body_w_mm, _("body length"), FALSE, error) ||
      !check_size (spec->body_h_mm, _("body width"), FALSE, error))
    return FALSE;

  /* Pads that touch would be one pad on the board: refuse them rather than draw nonsense. */
  if (spec->terminal_w_mm >= pitch_mm)
    {
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                   _("The terminal pad width (%.3f mm) must be smaller than the pitch (%.3f mm)"),
                   spec->terminal_w_mm, pitch_mm);
      return FALSE;
    }
  if (spec->terminal_h_mm >= 2 * spec->row_y_mm)
    {
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                   _("The terminal rows overlap: pad length %.3f mm, rows %.3f mm apart"),
                   spec->terminal_h_mm, 2 * spec->row_y_mm);
      return FALSE;
    }
  return TRUE;
}

static void
add_pad (GArray         *pads,
         char           *id,
         StencilPadClass pad_class,
         double          x_mm,
         double          y_mm,
         double          w_mm,
         double          h_mm)
{
  StencilPad pad = { id, pad_class, x_mm, y_mm, w_mm, h_mm };

  g_array_append_val (pads, pad);
}

/* Pads that touch or overlap would be one land on the board. The terminal rows are checked in
 * validate_spec (); here each soldering pad against every other pad. */
static gboolean
check_pads_apart (const StencilPattern *self,
                  GError              **error)
{
  for (guint i = 0; i < self->pads->len; i++)
    {
      const StencilPad *a = &g_array_index (self->pads, StencilPad, i);

      if (a->pad_class != STENCIL_PAD_CLASS_SOLDERING)
        continue;
      for (guint j = 0; j < self->pads->len; j++)
        {
          const StencilPad *b = &g_array_index (self->pads, StencilPad, j);
          double gap_x, gap_y;

          if (j == i || (b->pad_class == STENCIL_PAD_CLASS_SOLDERING && j < i))
            continue;
          gap_x = fabs (a->x_mm - b->x_mm) - (a->w_mm + b->w_mm) / 2;
          gap_y = fabs (a->y_mm - b->y_mm) - (a->h_mm + b->h_mm) / 2;
          if (gap_x <= 0 && gap_y <= 0)
            {
              g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                           _("The soldering pad %s touches pad %s: the pads would merge"),
                           a->id, b->id);
              return FALSE;
            }
        }
    }
  return TRUE;
}

/* The body outline is where the part sits: along the rows (x) every pad lies inside it; across
 * them (y) the pads may reach past its long sides for the solder fillets, but each pad's centre
 * is under the body. A body that misses pads is a value typed wrongly. */
static gboolean
check_body_holds_pads (const StencilPattern *self,
                       GError              **error)
{
  const double slack = 1e-9;
  double span_x = 0, span_y = 0;

  for (guint i = 0; i < self->pads->len; i++)
    {
      const StencilPad *pad = &g_array_index (self->pads, StencilPad, i);

      span_x = MAX (span_x, 2 * (fabs (pad->x_mm) + pad->w_mm / 2));
      span_y = MAX (span_y, 2 * fabs (pad->y_mm));
    }
  if (span_x > self->body_w_mm + slack)
    {
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                   _("The body outline must contain every pad: the body length (body.w_mm) is "
                     "%.3f mm, the pads span %.3f mm along x"),
                   self->body_w_mm, span_x);
      return FALSE;
    }
  if (span_y > self->body_h_mm + slack)
    {
      g_set_error (error, STENCIL_ERROR, STENCIL_ERROR_INVALID_INPUT,
                   _("The body outline must cover the centre of every pad: the body width "
                     "(body.h_mm) is %.3f mm, the pad centres span %.3f mm along y"),
                   self->body_h_mm, span_y);
      return FALSE;
    }
  return TRUE;
}

static StencilPattern *
pattern_new_full (StencilPart           *part,
                  const StencilLandSpec *spec,
                  const char            *source,
                  GError               **error)
{
  StencilPattern *self;
  StencilLandSpec family_spec;
  double pitch_mm;
  guint m, n;
  gboolean alternating;

  g_return_val_if_fail (part != NULL, NULL);

  if (spec == NULL)
    {
      if (!stencil_family_get_land_spec (part->family, part->kind, part->contacts,
                                         &family_spec, error))
        return NULL;
      spec = &family_spec;
    }
  pitch_mm = stencil_family_get_pitch_mm (part->family);
  if (!validate_spec (spec, pitch_mm, error))
    return NULL;

  self = g_rc_box_new0 (StencilPattern);
  self->part = stencil_part_ref (part);
  self->spec = *spec;
  self->pitch_mm = pitch_mm;
  /* The user's values are the user's, never the project's estimate. */
  self->provisional = source == NULL && spec->provisional;
  self->spec.provisional = self->provisional;
  self->source = g_strdup (source);
  self->body_w_mm = spec->body_w_mm;
  self->body_h_mm = spec->body_h_mm;

  n = part->contacts;
  m = n / 2;
  alternating = _stencil_family_numbering_is_alternating (part->family, part->kind);
  self->pads = g_array_sized_new (FALSE, FALSE, sizeof (StencilPad), n + 2);
  g_array_set_clear_func (self->pads, pad_clear);

  /* Pin 1 at the -x end of the +y row (f4-series.md). Pads are stored in pin order. */
  for (guint pin = 1; pin <= n; pin++)
    {
      guint i;     /* position along the row, 0 at -x */
      double y;

      if (alternating)
        {
          i = (pin - 1) / 2;
          y = pin % 2 == 1 ? spec->row_y_mm : -spec->row_y_mm;
        }
      else if (pin <= m)
        {
          i = pin - 1;
          y = spec->row_y_mm;
        }
      else
        {
          i = n - pin;
          y = -spec->row_y_mm;
        }
      add_pad (self->pads, g_strdup_printf ("%u", pin), STENCIL_PAD_CLASS_TERMINAL,
               (i - (m - 1) / 2.0) * pitch_mm, y, spec->terminal_w_mm, spec->terminal_h_mm);
    }
  add_pad (self->pads, g_strdup ("S1"), STENCIL_PAD_CLASS_SOLDERING,
           -spec->soldering_x_mm, spec->soldering_y_mm, spec->soldering_w_mm, spec->soldering_h_mm);
  add_pad (self->pads, g_strdup ("S2"), STENCIL_PAD_CLASS_SOLDERING,
           spec->soldering_x_mm, spec->soldering_y_mm, spec->soldering_w_mm, spec->soldering_h_mm);

  if (!check_pads_apart (self, error) || !check_body_holds_pads (self, error))
    {
      stencil_pattern_unref (self);
      return NULL;
    }
  return self;
}

StencilPattern *
stencil_pattern_new (StencilPart           *part,
                     const StencilLandSpec *spec,
                     GError               **error)
{
  return pattern_new_full (part, spec, NULL, error);
}

StencilPattern *
stencil_pattern_new_user (StencilPart           *part,
                          const StencilLandSpec *spec,
                          const char            *source,
                          GError               **error)
{
  g_return_val_if_fail (part != NULL, NULL);
  g_return_val_if_fail (spec != NULL, NULL);

  return pattern_new_full (part, spec, source != NULL ? source : "", error);
}

/* The values as the land-pattern file writes them: whole nanometres. */
static gint64
as_written (double value_mm)
{
  return (gint64) round (value_mm * 1e6);
}

gboolean
stencil_land_spec_equal (const StencilLandSpec *a,
                         const StencilLandSpec *b)
{
  const double *va[] = { &a->terminal_w_mm, &a->terminal_h_mm, &a->row_y_mm,
                         &a->soldering_w_mm, &a->soldering_h_mm, &a->soldering_x_mm,
                         &a->soldering_y_mm, &a->body_w_mm, &a->body_h_mm };
  const double *vb[] = { &b->terminal_w_mm, &b->terminal_h_mm, &b->row_y_mm,
                         &b->soldering_w_mm, &b->soldering_h_mm, &b->soldering_x_mm,
                         &b->soldering_y_mm, &b->body_w_mm, &b->body_h_mm };

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (va); i++)
    if (!isfinite (*va[i]) || !isfinite (*vb[i]) || as_written (*va[i]) != as_written (*vb[i]))
      return FALSE;
  return TRUE;
}

gboolean
stencil_land_spec_is_estimate (StencilPart           *part,
                               const StencilLandSpec *spec)
{
  StencilLandSpec family_spec;

  g_return_val_if_fail (part != NULL, FALSE);
  g_return_val_if_fail (spec != NULL, FALSE);

  if (!stencil_family_get_land_spec (part->family, part->kind, part->contacts, &family_spec,
                                     NULL))
    return FALSE;
  return stencil_land_spec_equal (spec, &family_spec);
}

StencilPattern *
stencil_pattern_new_from_values (StencilPart           *part,
                                 const StencilLandSpec *spec,
                                 const char            *source,
                                 GError               **error)
{
  g_return_val_if_fail (part != NULL, NULL);
  g_return_val_if_fail (spec != NULL, NULL);

  /* The estimate given back unchanged is still the estimate, whatever source it names. */
  if (stencil_land_spec_is_estimate (part, spec))
    return pattern_new_full (part, NULL, NULL, error);
  return pattern_new_full (part, spec, source != NULL ? source : "", error);
}

StencilPattern *
stencil_pattern_ref (StencilPattern *self)
{
  return g_rc_box_acquire (self);
}

void
stencil_pattern_unref (StencilPattern *self)
{
  g_rc_box_release_full (self, pattern_clear);
}

guint
stencil_pattern_get_n_pads (const StencilPattern *self)
{
  return self->pads->len;
}

const StencilPad *
stencil_pattern_get_pad (const StencilPattern *self,
                         guint                 index)
{
  g_return_val_if_fail (index < self->pads->len, NULL);
  return &g_array_index (self->pads, StencilPad, index);
}

void
stencil_pattern_get_extents (const StencilPattern *self,
                             double *x0, double *y0,
                             double *x1, double *y1)
{
  double lo_x = G_MAXDOUBLE, lo_y = G_MAXDOUBLE, hi_x = -G_MAXDOUBLE, hi_y = -G_MAXDOUBLE;

  for (guint i = 0; i < self->pads->len; i++)
    {
      const StencilPad *pad = &g_array_index (self->pads, StencilPad, i);
      lo_x = MIN (lo_x, pad->x_mm - pad->w_mm / 2);
      hi_x = MAX (hi_x, pad->x_mm + pad->w_mm / 2);
      lo_y = MIN (lo_y, pad->y_mm - pad->h_mm / 2);
      hi_y = MAX (hi_y, pad->y_mm + pad->h_mm / 2);
    }
  *x0 = lo_x;
  *y0 = lo_y;
  *x1 = hi_x;
  *y1 = hi_y;
}

const char *
stencil_provisional_notice (void)
{
  return _("Provisional land pattern: check against the manufacturer's current drawing");
}

gboolean
stencil_pattern_is_user (const StencilPattern *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->source != NULL;
}

char *
stencil_pattern_describe_land (const StencilPattern *self,
                               gboolean              translated,
                               guint                 max_source_chars)
{
  g_autofree char *source = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->source == NULL)
    {
      if (self->provisional)
        return g_strdup (translated ? _("provisional (project estimate)")
                                    : "provisional (project estimate)");
      return g_strdup (translated ? _("as given") : "as given");
    }

  /* One line whatever the user typed. */
  source = g_strstrip (g_strdup (self->source));
  g_strdelimit (source, "\r\n\t", ' ');
  if (max_source_chars > 0 && g_utf8_strlen (source, -1) > (glong) max_source_chars)
    {
      g_autofree char *cut = g_utf8_substring (source, 0, max_source_chars - 1);
      g_free (source);
      source = g_strconcat (cut, "…", NULL);
    }
  if (*source == '\0')
    return g_strdup (translated ? _("user-defined (no source given)")
                                : "user-defined (no source given)");
  /* TRANSLATORS: the user's own land pattern and where its values come from. */
  return translated ? g_strdup_printf (_("user-defined (%s)"), source)
                    : g_strdup_printf ("user-defined (%s)", source);
}
