/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Spin buttons as checked fields of the design (stencil-field.h): the text is read and
 * written here, never silently clamped or rounded by the spin button. */
#define G_LOG_DOMAIN "stencilcalc"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "stencil-field.h"
#include "stencil-units.h"

/* More decimals than any of the values needs: a value from a file shows all of its digits. */
#define MAX_DIGITS 6

typedef struct
{
  GtkSpinButton  *spin;
  AdwActionRow   *row;
  StencilDesign  *design;
  char           *field;
  StencilLimitId  limit;
  char           *subtitle;     /* the row's own */
  char           *error;        /* shown while the text cannot be computed from */
  int             min_digits;
  double          typed_mil_um; /* a thickness typed in mil, in µm: shown in mil too; 0: none */
  gboolean        typing;       /* the value comes from the text: keep the text as typed */
  gboolean        from_input;   /* the spin button is reading the text (activate, focus-out) */
  gboolean        writing;      /* the text is being set here */
} Field;

static void
field_free (gpointer data)
{
  Field *field = data;

  g_clear_object (&field->design);
  g_free (field->field);
  g_free (field->subtitle);
  g_free (field->error);
  g_free (field);
}

static Field *
get_field (GtkSpinButton *spin)
{
  return g_object_get_data (G_OBJECT (spin), "stencil-field");
}

char *
stencil_field_format (double value,
                      int    min_digits)
{
  int digits = CLAMP (min_digits, 0, MAX_DIGITS);

  /* The fewest decimals that still show the value exactly (127.4, not 127). */
  while (digits < MAX_DIGITS)
    {
      double scale = pow (10, digits);

      if (fabs (round (value * scale) / scale - value) <= 1e-9 * MAX (1.0, fabs (value)))
        break;
      digits++;
    }
  return g_strdup_printf ("%.*f", digits, value);
}

/* What is typed, read by the engine (stencil-units.h): a number with the locale's decimal
 * separator or a point; for the thickness, also with its unit ("5 mil", "0.127 mm"), and then
 * *reason is the engine's reason when it is no thickness. */
static gboolean
parse_text (Field       *field,
            const char  *text,
            double      *out,
            StencilUnit *unit,
            char       **reason)
{
  g_autoptr(GError) error = NULL;

  *unit = STENCIL_UNIT_UM;
  if (field->limit != STENCIL_LIMIT_THICKNESS)
    return stencil_parse_decimal (text, out);
  if (stencil_parse_thickness (text, out, unit, &error))
    return TRUE;
  *reason = g_strdup (error->message);
  return FALSE;
}

/* Why text cannot be computed from, or NULL (and its value). */
static char *
check_text (Field       *field,
            const char  *text,
            double      *value,
            StencilUnit *unit)
{
  g_autoptr(GError) range = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  stencil_limit_check (field->limit, NAN, &range);
  if (*stripped == '\0')
    /* TRANSLATORS: the field is empty; %s is the range, "The stencil thickness must be …". */
    return g_strdup_printf (_("Enter a number. %s."), range->message);
  if (!parse_text (field, text, value, unit, &reason))
    {
      g_autofree char *valid = g_utf8_make_valid (stripped, -1);

      /* The engine's words for a thickness (they name the units it knows). */
      if (reason != NULL)
        /* TRANSLATORS: two sentences: why the text is no thickness, then the range. */
        return g_strdup_printf (_("%s. %s."), reason, range->message);
      /* A pasted paragraph is not repeated whole. */
      if (g_utf8_strlen (valid, -1) > 40)
        {
          g_autofree char *head = g_utf8_substring (valid, 0, 40);
          shown = g_strconcat (head, "…", NULL);
        }
      else
        shown = g_strdup (valid);
      /* TRANSLATORS: %s is what was typed, then the range. */
      return g_strdup_printf (_("“%s” is not a number. %s."), shown, range->message);
    }
  g_clear_error (&range);
  if (!stencil_limit_check (field->limit, *value, &range))
    /* TRANSLATORS: the range as a sentence, "The stencil thickness must be from 10 to 1000 µm". */
    return g_strdup_printf (_("%s."), range->message);
  return NULL;
}

/* The row's own subtitle, and the thickness in mil beside it while it is the one typed in mil
 * (the field always shows µm). */
static char *
plain_subtitle (Field *field)
{
  double value = gtk_adjustment_get_value (gtk_spin_button_get_adjustment (field->spin));

  if (field->typed_mil_um > 0 && fabs (value - field->typed_mil_um) < 1e-9)
    return g_strdup_printf (_("Foil thickness in µm (%g mil)"), value / STENCIL_UM_PER_MIL);
  return g_strdup (field->subtitle);
}

static void
set_error (Field      *field,
           const char *message)
{
  GtkWidget *spin = GTK_WIDGET (field->spin);

  if (message == NULL && field->error == NULL)
    {
      g_autofree char *subtitle = plain_subtitle (field);

      adw_action_row_set_subtitle (field->row, subtitle);
      return;
    }
  if (g_strcmp0 (field->error, message) == 0)
    return;
  g_free (field->error);
  field->error = g_strdup (message);
  if (message != NULL)
    {
      gtk_widget_add_css_class (spin, "error");
      adw_action_row_set_subtitle (field->row, message);
      gtk_accessible_update_state (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }
  else
    {
      g_autofree char *subtitle = plain_subtitle (field);

      gtk_widget_remove_css_class (spin, "error");
      adw_action_row_set_subtitle (field->row, subtitle);
      gtk_accessible_reset_state (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_STATE_INVALID);
    }
  stencil_design_set_input_error (field->design, field->field, message);
}

static void
write_text (Field      *field,
            const char *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (field->spin)), text) == 0)
    return;
  field->writing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (field->spin), text);
  field->writing = FALSE;
}

/* As it is typed: valid text is computed with at once, keeping the text as it is. */
static void
text_changed_cb (GtkEditable *editable,
                 Field       *field)
{
  g_autofree char *message = NULL;
  StencilUnit unit = STENCIL_UNIT_UM;
  double value = 0;

  if (field->writing)
    return;
  field->from_input = FALSE;
  message = check_text (field, gtk_editable_get_text (editable), &value, &unit);
  if (message == NULL)
    {
      field->typed_mil_um = unit == STENCIL_UNIT_MIL ? value : 0;
      field->typing = TRUE;
      gtk_spin_button_set_value (field->spin, value);
      field->typing = FALSE;
    }
  set_error (field, message);
}

/* Activate or focus-out: the spin button reads the text here instead of clamping it. */
static int
input_cb (GtkSpinButton *spin,
          double        *new_value,
          Field         *field)
{
  StencilUnit unit = STENCIL_UNIT_UM;
  g_autofree char *message = check_text (field, gtk_editable_get_text (GTK_EDITABLE (spin)),
                                         new_value, &unit);

  if (message != NULL)
    *new_value = gtk_adjustment_get_value (gtk_spin_button_get_adjustment (spin));
  else
    field->typed_mil_um = unit == STENCIL_UNIT_MIL ? *new_value : 0;
  set_error (field, message);
  field->from_input = TRUE;
  return TRUE;
}

/* The spin button shows its value: every digit of it, unless the text being typed or in
 * error is what should stay. A value set from elsewhere replaces text in error. */
static gboolean
output_cb (GtkSpinButton *spin,
           Field         *field)
{
  g_autofree char *text = NULL;

  if (field->typing)
    return TRUE;
  if (field->from_input)
    {
      field->from_input = FALSE;
      if (field->error != NULL)
        return TRUE;
    }
  else
    set_error (field, NULL);
  text = stencil_field_format (gtk_adjustment_get_value (gtk_spin_button_get_adjustment (spin)),
                               field->min_digits);
  write_text (field, text);
  return TRUE;
}

void
stencil_field_attach (GtkSpinButton  *spin,
                      AdwActionRow   *row,
                      StencilDesign  *design,
                      const char     *name,
                      StencilLimitId  limit)
{
  Field *field;

  g_return_if_fail (GTK_IS_SPIN_BUTTON (spin));
  g_return_if_fail (ADW_IS_ACTION_ROW (row));
  g_return_if_fail (STENCIL_IS_DESIGN (design));

  field = g_new0 (Field, 1);
  field->spin = spin;
  field->row = row;
  field->design = g_object_ref (design);
  field->field = g_strdup (name);
  field->limit = limit;
  field->subtitle = g_strdup (adw_action_row_get_subtitle (row));
  field->min_digits = (int) gtk_spin_button_get_digits (spin);
  g_object_set_data_full (G_OBJECT (spin), "stencil-field", field, field_free);

  /* The text is this field's to read: letters, units and commas reach the check. */
  gtk_spin_button_set_numeric (spin, FALSE);
  gtk_spin_button_set_update_policy (spin, GTK_UPDATE_ALWAYS);
  g_signal_connect (spin, "changed", G_CALLBACK (text_changed_cb), field);
  g_signal_connect (spin, "input", G_CALLBACK (input_cb), field);
  g_signal_connect (spin, "output", G_CALLBACK (output_cb), field);
  output_cb (spin, field);
}

const char *
stencil_field_get_error (GtkSpinButton *spin)
{
  Field *field = get_field (spin);

  g_return_val_if_fail (field != NULL, NULL);
  return field->error;
}
