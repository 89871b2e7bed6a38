/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Connector families: series, part-number patterns, dimension tables and opening ratios. */
#pragma once

#include <gio/gio.h>

#include "stencil-types.h"

G_BEGIN_DECLS

/* One datasheet point of the metal-mask opening-area ratio. */
typedef struct
{
  double thickness_um;
  double ratio;           /* aperture area / pad area, a fraction */
} StencilRatioPoint;

/* One row of a dimension table (datasheet), mm. */
typedef struct
{
  guint  contacts;
  double a_mm;
  double b_mm;
  double c_mm;
} StencilDimensionRow;

/* A land pattern resolved to absolute numbers for one part. Every value can be replaced by
 * the user; `provisional` says whether the values are the project's estimate. */
typedef struct
{
  gboolean provisional;
  double   terminal_w_mm;     /* along x (pitch direction) */
  double   terminal_h_mm;     /* along y */
  double   row_y_mm;          /* terminal rows at y = +/- row_y_mm */
  double   soldering_w_mm;
  double   soldering_h_mm;
  double   soldering_x_mm;    /* soldering pads at x = +/- soldering_x_mm */
  double   soldering_y_mm;
  double   body_w_mm;         /* body outline along x */
  double   body_h_mm;         /* body outline along y */
} StencilLandSpec;

#define STENCIL_TYPE_FAMILY (stencil_family_get_type ())
G_DECLARE_FINAL_TYPE (StencilFamily, stencil_family, STENCIL, FAMILY, GObject)

StencilFamily *stencil_family_new_from_file       (GFile       *file,
                                                   GError     **error);
/* The same for a file by name, read without GIO. */
StencilFamily *stencil_family_new_from_path       (const char  *path,
                                                   GError     **error);
StencilFamily *stencil_family_new_from_data       (const char  *json,
                                                   gssize       length,
                                                   const char  *origin,
                                                   GError     **error);

const char    *stencil_family_get_series          (StencilFamily *self);  /* "F4" */
const char    *stencil_family_get_maker           (StencilFamily *self);  /* "Panasonic" */
const char    *stencil_family_get_title           (StencilFamily *self);
/* Where the data comes from (a datasheet), and the file it was read from. */
const char    *stencil_family_get_source          (StencilFamily *self);
const char    *stencil_family_get_origin          (StencilFamily *self);
double         stencil_family_get_pitch_mm        (StencilFamily *self);
const guint   *stencil_family_get_contacts        (StencilFamily *self,
                                                   guint         *n_contacts);
gboolean       stencil_family_has_contacts        (StencilFamily *self,
                                                   guint          contacts);
/* Comma-separated list of the contact counts, for messages. */
char          *stencil_family_describe_contacts   (StencilFamily *self);
char          *stencil_family_make_part_number    (StencilFamily  *self,
                                                   StencilPartKind kind,
                                                   guint           contacts,
                                                   gboolean        inspection);
const StencilDimensionRow *
               stencil_family_get_dimensions      (StencilFamily  *self,
                                                   StencilPartKind kind,
                                                   guint           contacts);
/* Name of the dimension ("A", "B" or "C") that is the centre span of one terminal row. */
const char    *stencil_family_get_row_span_name   (StencilFamily  *self,
                                                   StencilPartKind kind);
/* Datasheet points for (kind, class), sorted by thickness. */
const StencilRatioPoint *
               stencil_family_get_ratio_points    (StencilFamily  *self,
                                                   StencilPartKind kind,
                                                   StencilPadClass pad_class,
                                                   guint          *n_points);
gboolean       stencil_family_get_land_spec       (StencilFamily   *self,
                                                   StencilPartKind  kind,
                                                   guint            contacts,
                                                   StencilLandSpec *out_spec,
                                                   GError         **error);
const char    *stencil_family_get_land_note       (StencilFamily  *self,
                                                   StencilPartKind kind);
/* Free-form notes (electrical, soldering, packing), each "label: text". */
const char * const *
               stencil_family_get_notes           (StencilFamily *self);

G_END_DECLS
