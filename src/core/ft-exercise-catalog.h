/* ft-exercise-catalog.h — the exercise cards: the built-in catalog from
 * GResource and the person's own exercises from the journal.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ft-database.h"
#include "ft-exercise.h"
#include "ft-journal.h"   /* FtNowFunc */

G_BEGIN_DECLS

/* Limits on a picked image, checked before it is copied. */
#define FT_EXERCISE_IMAGE_MAX_BYTES (10 * 1000 * 1000)
#define FT_EXERCISE_IMAGE_MAX_SIDE  8000

#define FT_TYPE_EXERCISE_CATALOG (ft_exercise_catalog_get_type ())

/* A GListModel of FtExercise: the built-ins in catalog order, then the
 * person's own in the order they were added. Emits precise items-changed
 * when custom exercises are added, edited (remove + add at the same place),
 * deleted or restored. */
G_DECLARE_FINAL_TYPE (FtExerciseCatalog, ft_exercise_catalog, FT, EXERCISE_CATALOG, GObject)

/* @image_folder: where picked images are copied (created 0700 on first use),
 * normally <data dir>/footing/images. Nothing is read until
 * ft_exercise_catalog_load(). */
FtExerciseCatalog *ft_exercise_catalog_new      (FtDatabase         *database,
                                                 const char         *image_folder) G_GNUC_WARN_UNUSED_RESULT;
/* Loads the built-ins from @resource_path (NULL: the shipped catalog) and the
 * custom exercises from the database. A broken catalog file fails with a
 * message naming the file. Loading twice is a no-op. */
gboolean     ft_exercise_catalog_load           (FtExerciseCatalog  *self,
                                                 const char         *resource_path,
                                                 GError            **error);
/* The same from a file, for tests and for checking a catalog being written. */
gboolean     ft_exercise_catalog_load_file      (FtExerciseCatalog  *self,
                                                 GFile              *file,
                                                 GError            **error);
/* The core never reads the clock: this gives the creation time stored with
 * a new custom exercise (stored as 0, unknown, while none is set). */
void         ft_exercise_catalog_set_now_func   (FtExerciseCatalog  *self,
                                                 FtNowFunc           now_func,
                                                 gpointer            now_data,
                                                 GDestroyNotify      now_data_destroy);
/* Returns: (transfer none) (nullable) */
FtExercise  *ft_exercise_catalog_lookup         (FtExerciseCatalog  *self,
                                                 const char         *id);

/* Validates @draft (name, kind, steps, dose…) and stores it.
 * Returns: (transfer full): the stored exercise, with its "custom:N" id. */
FtExercise  *ft_exercise_catalog_add_custom     (FtExerciseCatalog  *self,
                                                 FtExercise         *draft,
                                                 GError            **error);
/* Replaces custom exercise @id with the fields of @draft; when the image
 * changed, the old image file is removed from the image folder.
 * Returns: (transfer full): the stored exercise. */
FtExercise  *ft_exercise_catalog_update_custom  (FtExerciseCatalog  *self,
                                                 const char         *id,
                                                 FtExercise         *draft,
                                                 GError            **error);
/* How many routines have a step using @id (to warn before a delete). */
gboolean     ft_exercise_catalog_count_uses     (FtExerciseCatalog  *self,
                                                 const char         *id,
                                                 guint              *count,
                                                 GError            **error);
/* Deletes custom exercise @id; its image file is kept until
 * ft_exercise_catalog_forget_image(), so an undo can restore it exactly.
 * A routine using it makes this fail with FT_ERROR_IN_USE unless @force;
 * with @force the routines' steps keep referring to @id (they show it as
 * missing) and a restore brings it back to them. A row id is never handed
 * to a new exercise while a routine or session still names it.
 * Returns: (transfer full): what was deleted, for ft_exercise_catalog_restore_custom(). */
FtExercise  *ft_exercise_catalog_delete_custom  (FtExerciseCatalog  *self,
                                                 const char         *id,
                                                 gboolean            force,
                                                 GError            **error);
gboolean     ft_exercise_catalog_restore_custom (FtExerciseCatalog  *self,
                                                 FtExercise         *deleted,
                                                 GError            **error);
/* Removes the image file of a deleted exercise once undo is no longer offered. */
void         ft_exercise_catalog_forget_image   (FtExerciseCatalog  *self,
                                                 FtExercise         *deleted);

/* Checks @source is a real PNG, JPEG or SVG image within the limits above,
 * whatever its name says, and copies it into the image folder under a new
 * name (the file 0600). Not an image or damaged: FT_ERROR_BAD_FILE; over a
 * limit: FT_ERROR_INVALID. An SVG needs a width and height or a viewBox; the
 * pixel limit is for PNG and JPEG. Reads the whole file (at most 10 MB): run
 * it in a thread for a responsive window.
 * Returns: (transfer full): the copy's absolute path. */
char        *ft_exercise_catalog_import_image   (FtExerciseCatalog  *self,
                                                 GFile              *source,
                                                 GCancellable       *cancellable,
                                                 GError            **error);

G_END_DECLS
