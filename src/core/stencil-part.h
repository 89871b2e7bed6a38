/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One part of a family (socket or header, contacts, variant) and the catalogue of all parts. */
#pragma once

#include "stencil-family.h"

G_BEGIN_DECLS

/* One orderable part of a family: a value, reference counted. */
typedef struct
{
  StencilFamily  *family;
  StencilPartKind kind;
  guint           contacts;
  gboolean        inspection;
  char           *part_number;
} StencilPart;

#define STENCIL_TYPE_PART (stencil_part_get_type ())
GType        stencil_part_get_type   (void) G_GNUC_CONST;

StencilPart *stencil_part_new        (StencilFamily  *family,
                                      StencilPartKind kind,
                                      guint           contacts,
                                      gboolean        inspection,
                                      GError        **error);
StencilPart *stencil_part_ref        (StencilPart *part);
void         stencil_part_unref      (StencilPart *part);
/* The mating part: socket <-> header of the same contact count and variant. */
StencilPart *stencil_part_new_mate   (const StencilPart *part);
const StencilDimensionRow *
             stencil_part_get_dimensions (const StencilPart *part);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StencilPart, stencil_part_unref)

#define STENCIL_TYPE_CATALOG (stencil_catalog_get_type ())
G_DECLARE_FINAL_TYPE (StencilCatalog, stencil_catalog, STENCIL, CATALOG, GObject)

StencilCatalog *stencil_catalog_new             (void);
/* Loads the built-in families (data dir) and the user's ($XDG_DATA_HOME/stencilcalc/families).
 * A broken file is skipped and reported in the warnings; only a missing built-in data dir with
 * no family at all is an error. */
gboolean        stencil_catalog_load_default    (StencilCatalog *self,
                                                 GError        **error);
/* Loads every *.json of one folder (sorted by name); problems become warnings. */
void            stencil_catalog_load_dir        (StencilCatalog *self,
                                                 const char     *path);
gboolean        stencil_catalog_add_file        (StencilCatalog *self,
                                                 GFile          *file,
                                                 GError        **error);
/* Messages "FILE: reason" of the files that were skipped. */
GPtrArray      *stencil_catalog_get_warnings    (StencilCatalog *self);
GPtrArray      *stencil_catalog_get_families    (StencilCatalog *self);
StencilFamily  *stencil_catalog_get_family      (StencilCatalog *self,
                                                 const char     *series);
/* Every part of every family: StencilPart*, owned by the array. */
GPtrArray      *stencil_catalog_list_parts      (StencilCatalog *self);
/* Case-insensitive, any variant; the error lists what exists. */
StencilPart    *stencil_catalog_find_part       (StencilCatalog *self,
                                                 const char     *part_number,
                                                 GError        **error);
StencilPart    *stencil_catalog_lookup          (StencilCatalog *self,
                                                 const char     *series,
                                                 StencilPartKind kind,
                                                 guint           contacts,
                                                 gboolean        inspection,
                                                 GError        **error);

/* Where the built-in data lives: $STENCILCALC_DATADIR, the source tree when the program runs
 * from the build tree, or the installed pkgdatadir. */
const char     *stencil_get_data_dir            (void);

G_END_DECLS
