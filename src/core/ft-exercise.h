/* ft-exercise.h — one exercise card: a built-in from the catalog or the
 * person's own.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  FT_EXERCISE_STRETCH,
  FT_EXERCISE_NERVE_GLIDE,
  FT_EXERCISE_STRENGTH,
  FT_EXERCISE_SELF_MASSAGE,
} FtExerciseKind;

#define FT_EXERCISE_N_KINDS (FT_EXERCISE_SELF_MASSAGE + 1)

/* Keys as stored and as written in the catalog: "stretch", "nerve_glide",
 * "strength", "self_massage". Labels are translated: "Stretch", "Nerve Glide"… */
const char *ft_exercise_kind_to_key    (FtExerciseKind  kind);
gboolean    ft_exercise_kind_from_key  (const char     *key,
                                        FtExerciseKind *kind);
const char *ft_exercise_kind_get_label (FtExerciseKind  kind);

typedef enum
{
  FT_POSITION_NONE,
  FT_POSITION_STANDING,
  FT_POSITION_SEATED,
  FT_POSITION_LYING,
} FtPosition;

const char *ft_position_to_key    (FtPosition  position);   /* NULL for NONE */
gboolean    ft_position_from_key  (const char *key,
                                   FtPosition *position);
const char *ft_position_get_label (FtPosition  position);

/* What an exercise needs; a set, for filtering. */
typedef enum /*< flags >*/
{
  FT_EQUIPMENT_NONE        = 0,
  FT_EQUIPMENT_WALL        = 1 << 0,
  FT_EQUIPMENT_CHAIR       = 1 << 1,
  FT_EQUIPMENT_BAND        = 1 << 2,
  FT_EQUIPMENT_TOWEL       = 1 << 3,
  FT_EQUIPMENT_FOAM_ROLLER = 1 << 4,
  FT_EQUIPMENT_BALL        = 1 << 5,
  FT_EQUIPMENT_FOOT_ROLLER = 1 << 6,
  FT_EQUIPMENT_SLANT_BOARD = 1 << 7,
} FtEquipment;

#define FT_EQUIPMENT_N_ITEMS 8

/* One flag at a time; keys "wall", "chair", "band", "towel", "foam_roller",
 * "ball", "foot_roller", "slant_board". */
const char *ft_equipment_to_key    (FtEquipment  item);
gboolean    ft_equipment_from_key  (const char  *key,
                                    FtEquipment *item);
const char *ft_equipment_get_label (FtEquipment  item);
/* "Wall, exercise band", or "None" for an empty set; free with g_free(). */
char       *ft_equipment_format    (FtEquipment  set);

/* Where the exercise works, for filtering. */
typedef enum /*< flags >*/
{
  FT_BODY_AREA_NONE  = 0,
  FT_BODY_AREA_CALF  = 1 << 0,
  FT_BODY_AREA_SHIN  = 1 << 1,
  FT_BODY_AREA_FOOT  = 1 << 2,   /* sole, arch, heel and toes */
  FT_BODY_AREA_THIGH = 1 << 3,
  FT_BODY_AREA_NERVE = 1 << 4,   /* the tibial nerve's path */
} FtBodyArea;

#define FT_BODY_AREA_N_ITEMS 5

/* Keys "calf", "shin", "foot", "thigh", "nerve". */
const char *ft_body_area_to_key    (FtBodyArea  area);
gboolean    ft_body_area_from_key  (const char *key,
                                    FtBodyArea *area);
const char *ft_body_area_get_label (FtBodyArea  area);

#define FT_TYPE_EXERCISE (ft_exercise_get_type ())

G_DECLARE_FINAL_TYPE (FtExercise, ft_exercise, FT, EXERCISE, GObject)

/* An exercise is built with the setters and then handed to the catalog or a
 * list model; from then on it is treated as immutable (edits make a new one).
 *
 * @id: "upper-calf-stretch" for a built-in, "custom:<row id>" for the
 * person's own (the catalog assigns it on insert; pass NULL for a draft). */
FtExercise  *ft_exercise_new                 (const char     *id,
                                              const char     *name,
                                              FtExerciseKind  kind) G_GNUC_WARN_UNUSED_RESULT;
FtExercise  *ft_exercise_copy                (FtExercise     *self) G_GNUC_WARN_UNUSED_RESULT;

const char  *ft_exercise_get_id              (FtExercise     *self);
gboolean     ft_exercise_is_custom           (FtExercise     *self);
gint64       ft_exercise_get_custom_id       (FtExercise     *self);   /* 0 for built-ins */
const char  *ft_exercise_get_name            (FtExercise     *self);
FtExerciseKind ft_exercise_get_kind          (FtExercise     *self);
/* Target muscles or area in words: "Gastrocnemius (upper calf)". Nullable. */
const char  *ft_exercise_get_target          (FtExercise     *self);
FtBodyArea   ft_exercise_get_body_areas      (FtExercise     *self);
FtEquipment  ft_exercise_get_equipment       (FtExercise     *self);
FtPosition   ft_exercise_get_position        (FtExercise     *self);
/* NULL-terminated; never NULL (empty for none). */
const char * const *ft_exercise_get_steps    (FtExercise     *self);
const char  *ft_exercise_get_cautions        (FtExercise     *self);   /* nullable */

/* The default dose. 0 means "not part of this dose". */
guint        ft_exercise_get_hold_seconds     (FtExercise    *self);
guint        ft_exercise_get_hold_max_seconds (FtExercise    *self);   /* 0, or the top of "30–60 s" */
guint        ft_exercise_get_reps             (FtExercise    *self);
guint        ft_exercise_get_sets             (FtExercise    *self);   /* at least 1 */
gboolean     ft_exercise_get_per_side         (FtExercise    *self);
/* "Hold 30 s · each side", "10 reps × 3 sets", "60–90 s · each side".
 * Free with g_free(). */
char        *ft_exercise_format_dose          (FtExercise    *self);

/* Built-ins: the illustration's GResource path, and a sentence describing
 * the drawing for screen readers. Custom: the image file the person picked
 * (an absolute path inside Footing's data folder), or NULL. */
const char  *ft_exercise_get_illustration     (FtExercise    *self);
const char  *ft_exercise_get_image_path       (FtExercise    *self);
const char  *ft_exercise_get_image_description (FtExercise   *self);

/* TRUE when @text (already case-folded and normalized by the caller with
 * g_utf8_casefold (g_utf8_normalize (…))) occurs in the name or target. */
gboolean     ft_exercise_matches              (FtExercise    *self,
                                               const char    *folded_text);

void         ft_exercise_set_target          (FtExercise         *self,
                                              const char         *target);
void         ft_exercise_set_body_areas      (FtExercise         *self,
                                              FtBodyArea          areas);
void         ft_exercise_set_equipment       (FtExercise         *self,
                                              FtEquipment         equipment);
void         ft_exercise_set_position        (FtExercise         *self,
                                              FtPosition          position);
void         ft_exercise_set_steps           (FtExercise         *self,
                                              const char * const *steps);
void         ft_exercise_set_cautions        (FtExercise         *self,
                                              const char         *cautions);
void         ft_exercise_set_dose            (FtExercise         *self,
                                              guint               hold_seconds,
                                              guint               hold_max_seconds,
                                              guint               reps,
                                              guint               sets,
                                              gboolean            per_side);
void         ft_exercise_set_illustration    (FtExercise         *self,
                                              const char         *resource_path,
                                              const char         *description);
void         ft_exercise_set_image_path      (FtExercise         *self,
                                              const char         *path);

G_END_DECLS
