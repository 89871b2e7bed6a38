/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The user's own land pattern as a JSON file: its fields (one table for the reader and the
 * window's editor), reading and checking it, and writing a pattern as such a file. */
#pragma once

#include <json-glib/json-glib.h>

#include "stencil-limits.h"
#include "stencil-pattern.h"

G_BEGIN_DECLS

/* The user's own land pattern for one part, as a JSON file:
 *
 *   { "format": 1, "part": "AXK7L40223G", "source": "Panasonic drawing rev. 2024-03",
 *     "terminal":  { "w_mm": 0.23, "h_mm": 0.9, "row_y_mm": 1.85 },
 *     "soldering": { "w_mm": 0.5, "h_mm": 2, "x_mm": 8.5, "y_mm": 0 },
 *     "body":      { "w_mm": 18.4, "h_mm": 4.1 } }
 *
 * Members whose names start with "_" are comments; any other unknown member is an error, so
 * that a misspelt name is never silently replaced by nothing. */
#define STENCIL_LAND_FILE_FORMAT 1

/* The three objects of the file, in this order. */
typedef enum
{
  STENCIL_LAND_GROUP_TERMINAL,    /* "terminal": the signal terminal pads */
  STENCIL_LAND_GROUP_SOLDERING,   /* "soldering": the soldering terminal pads */
  STENCIL_LAND_GROUP_BODY,        /* "body": the body outline */
  STENCIL_N_LAND_GROUPS
} StencilLandGroup;

typedef enum
{
  STENCIL_LAND_RANGE_SIZE,        /* more than min (0), at most max */
  STENCIL_LAND_RANGE_DISTANCE,    /* from min (0) to max */
  STENCIL_LAND_RANGE_POSITION     /* from min (-max) to max */
} StencilLandRange;

/* One number of the file and of StencilLandSpec. */
typedef struct
{
  const char      *path;          /* "terminal.w_mm": the group and member in the file */
  StencilLandGroup group;
  const char      *member;        /* "w_mm" */
  const char      *label;         /* for people, untranslated: see stencil_land_field_label () */
  const char      *description;   /* where it is measured, untranslated */
  const char      *unit;          /* "mm" */
  StencilLandRange range;
  double           min;
  double           max;           /* STENCIL_LAND_MAX_MM */
  gsize            offset;        /* of the double in StencilLandSpec */
} StencilLandField;

/* Every field, in the order of the file (terminal, soldering, body). */
const StencilLandField *stencil_land_get_fields      (guint                  *n_fields);
/* The field of a path such as "soldering.x_mm"; NULL for none. */
const StencilLandField *stencil_land_find_field      (const char             *path);
const char             *stencil_land_group_to_string (StencilLandGroup        group);
/* The field's label ("Width") and description ("Along the row (x)"), translated. */
const char             *stencil_land_field_label     (const StencilLandField *field);
const char             *stencil_land_field_description (const StencilLandField *field);
double                  stencil_land_field_get       (const StencilLandField *field,
                                                      const StencilLandSpec  *spec);
void                    stencil_land_field_set       (const StencilLandField *field,
                                                      StencilLandSpec        *spec,
                                                      double                  value);
/* Whether the file reader takes value for the field (finite, in its range). */
gboolean                stencil_land_field_contains  (const StencilLandField *field,
                                                      double                  value);

typedef struct
{
  char           *part_number;  /* as written in the file */
  char           *source;       /* never NULL, may be "" */
  StencilLandSpec spec;         /* provisional is FALSE */
} StencilLandFile;

void             stencil_land_file_free          (StencilLandFile *self);

/* Reads and checks every member (present, a finite number, in range); origin names the file in
 * messages ("FILE: soldering.w_mm: …"). Whether the pads fit together depends on the part: see
 * stencil_land_file_make_pattern (). */
StencilLandFile *stencil_land_file_parse         (const char  *data,
                                                  gssize       length,
                                                  const char  *origin,
                                                  GError     **error);
/* The "terminal", "soldering" and "body" members of object, as in a land-pattern file (a
 * design file holds the same), each checked; other members of object are the caller's. */
gboolean         stencil_land_file_read_spec     (JsonObject       *object,
                                                  StencilLandSpec  *spec,
                                                  const char       *origin,
                                                  GError          **error);
/* Adds those three members, numbers to STENCIL_LAND_DECIMALS in the C locale. */
void             stencil_land_file_add_spec      (JsonBuilder           *builder,
                                                  const StencilLandSpec *spec);
StencilLandFile *stencil_land_file_load          (const char  *path,
                                                  GError     **error);
/* The pattern of the file's values for part: the file must be for that part (case-insensitive
 * part number), its pads must not merge and its body must hold them. Values that are all the
 * family's estimate give the family's provisional pattern (stencil_pattern_new_from_values ()). */
StencilPattern  *stencil_land_file_make_pattern  (const StencilLandFile *self,
                                                  StencilPart           *part,
                                                  const char            *origin,
                                                  GError               **error);
/* stencil_land_file_load () and stencil_land_file_make_pattern () in one. */
StencilPattern  *stencil_land_file_load_pattern  (StencilPart *part,
                                                  const char  *path,
                                                  GError     **error);

/* The file for a pattern, UTF-8 JSON, numbers in the C locale. The family's (provisional)
 * pattern is written as a starting point: "source" empty and a "_comment" saying that the
 * values are the project's estimate, to be replaced by the manufacturer's drawing. */
GBytes          *stencil_land_file_generate      (const StencilPattern *pattern);
/* Writes stencil_land_file_generate () atomically ("-" = standard output). */
gboolean         stencil_land_file_save          (const StencilPattern *pattern,
                                                  const char           *path,
                                                  GError              **error);

/* Where the window keeps the user's pattern of a part:
 * $XDG_DATA_HOME/stencilcalc/land-patterns/PART.json (part number in upper case). */
char            *stencil_land_file_user_path     (const char *part_number);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StencilLandFile, stencil_land_file_free)

G_END_DECLS
