/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The land-pattern editor: a spin row per value of the pattern and its source, checked by the
 * engine as they change; Apply saves the user's pattern, Reset goes back to the estimate. */
#define G_LOG_DOMAIN "stencilcalc"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "stencil-land-dialog.h"
#include "stencil-land-file.h"
#include "stencil-pattern.h"

/* The spin buttons hold millimetres with 3 decimals. */
#define SPIN_DIGITS 3
#define SPIN_STEP_MM 0.001

struct _StencilLandDialog
{
  AdwWindow          parent_instance;

  StencilDesign     *design;
  StencilPart       *part;
  StencilPattern    *estimate;          /* the family's pattern of part */
  /* The engine's fields of a land pattern file (stencil-land-file.h), a spin button each. */
  const StencilLandField *fields;
  guint              n_fields;
  GPtrArray         *spins;             /* of GtkSpinButton, in the order of fields */
  char              *message;           /* the engine's refusal, NULL when accepted */
  gboolean           loading;

  /* template children */
  AdwWindowTitle    *window_title;
  GtkWidget         *apply_button;
  GtkWidget         *reset_button;
  GtkRevealer       *message_revealer;
  GtkWidget         *message_box;
  GtkImage          *message_icon;
  GtkLabel          *message_label;
  AdwEntryRow       *source_row;
  AdwPreferencesGroup *terminal_group;
  AdwPreferencesGroup *soldering_group;
  AdwPreferencesGroup *body_group;
};

G_DEFINE_FINAL_TYPE (StencilLandDialog, stencil_land_dialog, ADW_TYPE_WINDOW)

static GtkSpinButton *
get_spin (StencilLandDialog *self,
          guint              i)
{
  return g_ptr_array_index (self->spins, i);
}

static void
read_spec (StencilLandDialog *self,
           StencilLandSpec   *spec)
{
  memset (spec, 0, sizeof *spec);
  for (guint i = 0; i < self->n_fields; i++)
    stencil_land_field_set (&self->fields[i], spec,
                            gtk_spin_button_get_value (get_spin (self, i)));
  spec->provisional = FALSE;
}

static gboolean
spec_equals (StencilLandDialog     *self,
             const StencilLandSpec *a,
             const StencilLandSpec *b)
{
  /* The spin buttons hold 3 decimals. */
  for (guint i = 0; i < self->n_fields; i++)
    if (fabs (stencil_land_field_get (&self->fields[i], a) -
              stencil_land_field_get (&self->fields[i], b)) > SPIN_STEP_MM / 2)
      return FALSE;
  return TRUE;
}

static void
show_message (StencilLandDialog *self,
              const char        *text,
              gboolean           is_error)
{
  gtk_revealer_set_reveal_child (self->message_revealer, text != NULL);
  if (text == NULL)
    return;
  gtk_label_set_text (self->message_label, text);
  gtk_image_set_from_icon_name (self->message_icon,
                                is_error ? "dialog-error-symbolic" : "dialog-warning-symbolic");
  if (is_error)
    {
      gtk_widget_remove_css_class (self->message_box, "warning-box");
      gtk_widget_add_css_class (self->message_box, "error-box");
    }
  else
    {
      gtk_widget_remove_css_class (self->message_box, "error-box");
      gtk_widget_add_css_class (self->message_box, "warning-box");
    }
}

/* The engine's refusal (or the file's): kept for the tests and shown above the values. */
static void
show_error (StencilLandDialog *self,
            const char        *message)
{
  g_free (self->message);
  self->message = g_strdup (message);
  show_message (self, message, TRUE);
}

/* Asks the engine whether the values make a land pattern, as they change. */
static void
validate (StencilLandDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(StencilPattern) pattern = NULL;
  StencilLandSpec spec;
  const char *source;
  g_autofree char *stripped = NULL;

  if (self->loading)
    return;

  read_spec (self, &spec);
  source = gtk_editable_get_text (GTK_EDITABLE (self->source_row));
  stripped = g_strstrip (g_strdup (source));
  pattern = stencil_pattern_new_user (self->part, &spec, source, &error);

  g_clear_pointer (&self->message, g_free);
  if (pattern == NULL)
    show_error (self, error->message);
  else if (self->estimate != NULL && spec_equals (self, &spec, &self->estimate->spec))
    show_message (self, _("These are still the project’s provisional estimate. Replace them "
                          "with the values of the manufacturer’s drawing."), FALSE);
  else if (*stripped == '\0')
    show_message (self, _("Say where the values come from, for example the drawing and its "
                          "revision: every export will name it."), FALSE);
  else
    show_message (self, NULL, FALSE);
  gtk_widget_set_sensitive (self->apply_button, pattern != NULL);
}

static void
value_changed_cb (GtkSpinButton     *spin,
                  StencilLandDialog *self)
{
  validate (self);
}

static void
source_changed_cb (GtkEditable       *editable,
                   StencilLandDialog *self)
{
  validate (self);
}

static void
apply_clicked_cb (GtkButton         *button,
                  StencilLandDialog *self)
{
  g_autoptr(GError) error = NULL;
  StencilLandSpec spec;

  /* A number still being typed counts. */
  for (guint i = 0; i < self->n_fields; i++)
    gtk_spin_button_update (get_spin (self, i));
  validate (self);
  if (self->message != NULL)
    return;

  read_spec (self, &spec);
  if (!stencil_design_set_user_land (self->design, &spec,
                                     gtk_editable_get_text (GTK_EDITABLE (self->source_row)),
                                     &error))
    {
      show_error (self, error->message);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
reset_clicked_cb (GtkButton         *button,
                  StencilLandDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!stencil_design_reset_land (self->design, &error))
    {
      show_error (self, error->message);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

/* A row per field of the engine's table, in its group, with the file's range: a size must be
 * more than its minimum, so its spin button starts one step above. */
static void
add_rows (StencilLandDialog *self)
{
  AdwPreferencesGroup *groups[] = {
    [STENCIL_LAND_GROUP_TERMINAL] = self->terminal_group,
    [STENCIL_LAND_GROUP_SOLDERING] = self->soldering_group,
    [STENCIL_LAND_GROUP_BODY] = self->body_group,
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (groups) == STENCIL_N_LAND_GROUPS);
  self->fields = stencil_land_get_fields (&self->n_fields);
  self->spins = g_ptr_array_new ();
  for (guint i = 0; i < self->n_fields; i++)
    {
      const StencilLandField *f = &self->fields[i];
      double lower = f->range == STENCIL_LAND_RANGE_SIZE ? f->min + SPIN_STEP_MM : f->min;
      GtkWidget *row = adw_action_row_new ();
      GtkAdjustment *adjustment = gtk_adjustment_new (0, lower, f->max, 0.005, 0.1, 0);
      GtkWidget *spin = gtk_spin_button_new (adjustment, 0.005, SPIN_DIGITS);
      g_autofree char *label = g_strdup_printf (_("%s in millimetres"),
                                                stencil_land_field_label (f));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), stencil_land_field_label (f));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), stencil_land_field_description (f));
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
      gtk_editable_set_width_chars (GTK_EDITABLE (spin), 7);
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      gtk_widget_set_name (spin, f->path);
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
      adw_preferences_group_add (groups[f->group], row);
      g_ptr_array_add (self->spins, spin);
      g_signal_connect_object (spin, "value-changed", G_CALLBACK (value_changed_cb), self, 0);
    }
}

static void
load_values (StencilLandDialog *self)
{
  StencilPattern *pattern = stencil_design_get_pattern (self->design);
  const StencilLandSpec *spec = pattern != NULL ? &pattern->spec
                                : self->estimate != NULL ? &self->estimate->spec : NULL;

  self->loading = TRUE;
  for (guint i = 0; spec != NULL && i < self->n_fields; i++)
    gtk_spin_button_set_value (get_spin (self, i), stencil_land_field_get (&self->fields[i], spec));
  gtk_editable_set_text (GTK_EDITABLE (self->source_row),
                         pattern != NULL && pattern->source != NULL ? pattern->source : "");
  self->loading = FALSE;
  validate (self);
}

static void
stencil_land_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), STENCIL_TYPE_LAND_DIALOG);

  G_OBJECT_CLASS (stencil_land_dialog_parent_class)->dispose (object);
}

static void
stencil_land_dialog_finalize (GObject *object)
{
  StencilLandDialog *self = STENCIL_LAND_DIALOG (object);

  g_clear_object (&self->design);
  g_clear_pointer (&self->part, stencil_part_unref);
  g_clear_pointer (&self->estimate, stencil_pattern_unref);
  g_clear_pointer (&self->message, g_free);
  g_clear_pointer (&self->spins, g_ptr_array_unref);

  G_OBJECT_CLASS (stencil_land_dialog_parent_class)->finalize (object);
}

static void
stencil_land_dialog_class_init (StencilLandDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = stencil_land_dialog_dispose;
  object_class->finalize = stencil_land_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/stencilcalc/StencilCalc/ui/stencil-land-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, StencilLandDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, StencilLandDialog, apply_button);
  gtk_widget_class_bind_template_child (widget_class, StencilLandDialog, reset_button);
  gtk_widget_class_bind_template_child (widget_class, StencilLandDialog, message_revealer);
  gtk_widget_class_bind_template_child (widget_class, StencilLandDialog, message_box);
  gtk_widget_class_bind_template_child (widget_class, StencilLandDialog, message_icon);
  gtk_widget_class_bind_template_child (widget_class, StencilLandDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, StencilLandDialog, source_row);
  gtk_widget_class_bind_template_child (widget_class, StencilLandDialog, terminal_group);
  gtk_widget_class_bind_template_child (widget_class, StencilLandDialog, soldering_group);
  gtk_widget_class_bind_template_child (widget_class, StencilLandDialog, body_group);
  gtk_widget_class_bind_template_callback (widget_class, apply_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, reset_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
stencil_land_dialog_init (StencilLandDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_rows (self);
  g_signal_connect_object (self->source_row, "changed", G_CALLBACK (source_changed_cb), self, 0);
}

StencilLandDialog *
stencil_land_dialog_new (GtkWindow     *parent,
                         StencilDesign *design)
{
  StencilLandDialog *self;
  StencilPart *part;

  g_return_val_if_fail (STENCIL_IS_DESIGN (design), NULL);

  self = g_object_new (STENCIL_TYPE_LAND_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->design = g_object_ref (design);
  part = stencil_design_get_part (design);
  self->part = part != NULL ? stencil_part_ref (part) : NULL;
  self->estimate = stencil_design_dup_family_pattern (design, NULL);
  adw_window_title_set_subtitle (self->window_title, part != NULL ? part->part_number : NULL);
  gtk_widget_set_sensitive (self->reset_button,
                            stencil_design_get_land_source (design) != NULL);
  load_values (self);
  return self;
}

GtkSpinButton *
stencil_land_dialog_get_spin (StencilLandDialog *self,
                              const char        *member)
{
  const StencilLandField *field;

  g_return_val_if_fail (STENCIL_IS_LAND_DIALOG (self), NULL);

  field = stencil_land_find_field (member);
  if (field == NULL)
    return NULL;
  return get_spin (self, field - self->fields);
}

AdwEntryRow *
stencil_land_dialog_get_source_row (StencilLandDialog *self)
{
  g_return_val_if_fail (STENCIL_IS_LAND_DIALOG (self), NULL);
  return self->source_row;
}

GtkWidget *
stencil_land_dialog_get_apply_button (StencilLandDialog *self)
{
  g_return_val_if_fail (STENCIL_IS_LAND_DIALOG (self), NULL);
  return self->apply_button;
}

GtkWidget *
stencil_land_dialog_get_reset_button (StencilLandDialog *self)
{
  g_return_val_if_fail (STENCIL_IS_LAND_DIALOG (self), NULL);
  return self->reset_button;
}

const char *
stencil_land_dialog_get_message (StencilLandDialog *self)
{
  g_return_val_if_fail (STENCIL_IS_LAND_DIALOG (self), NULL);
  return self->message;
}
