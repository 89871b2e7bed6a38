/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Printing through GtkPrintOperation: the drawing sheet of the engine's scene, rendered by the
 * cairo backend onto the printer's page (the same scene as the PDF and the canvas). */
#define G_LOG_DOMAIN "stencilcalc"

#include "config.h"

#include "stencil-print-operation.h"
#include "stencil-render-cairo.h"
#include "stencil-scene.h"

struct _StencilPrintOperation
{
  GtkPrintOperation parent_instance;

  StencilResult    *result;
  StencilScene     *scene;      /* between begin-print and end-print */
};

G_DEFINE_FINAL_TYPE (StencilPrintOperation, stencil_print_operation, GTK_TYPE_PRINT_OPERATION)

static void
stencil_print_operation_begin_print (GtkPrintOperation *operation,
                                     GtkPrintContext   *context)
{
  StencilPrintOperation *self = STENCIL_PRINT_OPERATION (operation);
  StencilDrawingOptions options;

  stencil_print_get_drawing_options (gtk_print_context_get_page_setup (context), &options);
  g_clear_pointer (&self->scene, stencil_scene_unref);
  if (self->result != NULL)
    self->scene = stencil_scene_new_page (self->result, &options, NULL);
  gtk_print_operation_set_n_pages (operation, self->scene != NULL ? 1 : 0);
}

static void
stencil_print_operation_draw_page (GtkPrintOperation *operation,
                                   GtkPrintContext   *context,
                                   int                page_nr)
{
  StencilPrintOperation *self = STENCIL_PRINT_OPERATION (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  StencilRenderOptions options;
  double w_mm, h_mm, sw_mm, sh_mm, scale;

  if (self->scene == NULL)
    return;

  /* The operation's unit is mm and it uses the full page, so the scene (a sheet of the chosen
   * paper) maps 1:1; a different paper is scaled to fit and centred. */
  w_mm = gtk_print_context_get_width (context);
  h_mm = gtk_print_context_get_height (context);
  sw_mm = stencil_scene_get_width_mm (self->scene);
  sh_mm = stencil_scene_get_height_mm (self->scene);
  scale = MIN (w_mm / sw_mm, h_mm / sh_mm);
  stencil_render_options_init (&options);
  cairo_save (cr);
  cairo_translate (cr, (w_mm - sw_mm * scale) / 2.0, (h_mm - sh_mm * scale) / 2.0);
  cairo_scale (cr, scale, scale);
  stencil_render_cairo (cr, self->scene, &options);
  cairo_restore (cr);
}

static void
stencil_print_operation_end_print (GtkPrintOperation *operation,
                                   GtkPrintContext   *context)
{
  StencilPrintOperation *self = STENCIL_PRINT_OPERATION (operation);

  g_clear_pointer (&self->scene, stencil_scene_unref);
}

static void
stencil_print_operation_finalize (GObject *object)
{
  StencilPrintOperation *self = STENCIL_PRINT_OPERATION (object);

  g_clear_pointer (&self->scene, stencil_scene_unref);
  g_clear_pointer (&self->result, stencil_result_unref);

  G_OBJECT_CLASS (stencil_print_operation_parent_class)->finalize (object);
}

static void
stencil_print_operation_class_init (StencilPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = stencil_print_operation_finalize;
  operation_class->begin_print = stencil_print_operation_begin_print;
  operation_class->draw_page = stencil_print_operation_draw_page;
  operation_class->end_print = stencil_print_operation_end_print;
}

static void
stencil_print_operation_init (StencilPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);

  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_unit (operation, GTK_UNIT_MM);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
}

StencilPrintOperation *
stencil_print_operation_new (StencilResult    *result,
                             const char       *job_name,
                             GtkPageSetup     *page_setup,
                             GtkPrintSettings *settings)
{
  StencilPrintOperation *self = g_object_new (STENCIL_TYPE_PRINT_OPERATION, NULL);
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  g_autoptr(GtkPageSetup) own_setup = NULL;

  if (result != NULL)
    self->result = stencil_result_ref (result);
  if (page_setup == NULL)
    page_setup = own_setup = stencil_print_new_page_setup ();
  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  if (settings != NULL)
    gtk_print_operation_set_print_settings (operation, settings);
  return self;
}

GtkPageSetup *
stencil_print_new_page_setup (void)
{
  StencilDrawingOptions options;
  GtkPageSetup *page_setup = gtk_page_setup_new ();
  GtkPaperSize *paper;

  stencil_drawing_options_init (&options);
  paper = gtk_paper_size_new (options.paper == STENCIL_PAPER_LETTER ? GTK_PAPER_NAME_LETTER
                                                                    : GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size (page_setup, paper);
  gtk_paper_size_free (paper);
  gtk_page_setup_set_orientation (page_setup, options.landscape ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                                : GTK_PAGE_ORIENTATION_PORTRAIT);
  return page_setup;
}

void
stencil_print_get_drawing_options (GtkPageSetup          *page_setup,
                                   StencilDrawingOptions *options)
{
  stencil_drawing_options_init (options);
  if (page_setup != NULL)
    {
      GtkPaperSize *paper = gtk_page_setup_get_paper_size (page_setup);
      GtkPageOrientation orientation = gtk_page_setup_get_orientation (page_setup);

      if (g_str_has_prefix (gtk_paper_size_get_name (paper), "na_letter"))
        options->paper = STENCIL_PAPER_LETTER;
      else
        options->paper = STENCIL_PAPER_A4;
      options->landscape = orientation == GTK_PAGE_ORIENTATION_LANDSCAPE ||
                           orientation == GTK_PAGE_ORIENTATION_REVERSE_LANDSCAPE;
    }
}
