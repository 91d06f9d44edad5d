/* ft-exercise.c — one exercise card: a built-in from the catalog or the
 * person's own.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-exercise.h"

#include "ft-exercise-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#define CUSTOM_PREFIX "custom:"

struct _FtExercise
{
  GObject         parent_instance;

  char           *id;
  gint64          custom_id;
  char           *name;
  FtExerciseKind  kind;
  char           *target;
  FtBodyArea      body_areas;
  FtEquipment     equipment;
  FtPosition      position;
  GStrv           steps;
  char           *cautions;

  guint           hold_seconds;
  guint           hold_max_seconds;
  guint           reps;
  guint           sets;
  gboolean        per_side;

  char           *illustration;
  char           *image_description;
  char           *image_path;

  gint64          created_us;

  /* Case-folded name and target, made on the first search. */
  char           *folded;
};

G_DEFINE_FINAL_TYPE (FtExercise, ft_exercise, G_TYPE_OBJECT)

typedef struct
{
  const char *key;
  const char *label;
} KeyLabel;

static const KeyLabel kinds[] = {
  [FT_EXERCISE_STRETCH] = { "stretch", N_("Stretch") },
  [FT_EXERCISE_NERVE_GLIDE] = { "nerve_glide", N_("Nerve Glide") },
  [FT_EXERCISE_STRENGTH] = { "strength", N_("Strength") },
  [FT_EXERCISE_SELF_MASSAGE] = { "self_massage", N_("Self-Massage") },
};

static const KeyLabel positions[] = {
  [FT_POSITION_NONE] = { NULL, N_("Any position") },
  [FT_POSITION_STANDING] = { "standing", N_("Standing") },
  [FT_POSITION_SEATED] = { "seated", N_("Seated") },
  [FT_POSITION_LYING] = { "lying", N_("Lying") },
};

/* Equipment in flag order; the second label is the one used after the
 * first item of a list ("Wall, exercise band"). */
static const struct
{
  const char *key;
  const char *label;
  const char *in_list;
} equipment_items[FT_EQUIPMENT_N_ITEMS] = {
  { "wall", N_("Wall"), NC_("equipment after the first in a list", "wall") },
  { "chair", N_("Chair"), NC_("equipment after the first in a list", "chair") },
  { "band", N_("Exercise band"), NC_("equipment after the first in a list", "exercise band") },
  { "towel", N_("Towel"), NC_("equipment after the first in a list", "towel") },
  { "foam_roller", N_("Foam roller"), NC_("equipment after the first in a list", "foam roller") },
  { "ball", N_("Massage ball"), NC_("equipment after the first in a list", "massage ball") },
  { "foot_roller", N_("Foot roller"), NC_("equipment after the first in a list", "foot roller") },
  { "slant_board", N_("Slant board"), NC_("equipment after the first in a list", "slant board") },
};

static const KeyLabel body_areas[FT_BODY_AREA_N_ITEMS] = {
  { "calf", N_("Calf") },
  { "shin", N_("Shin") },
  { "foot", N_("Foot") },
  { "thigh", N_("Thigh") },
  { "nerve", N_("Nerve") },
};

/* Helpers */

/* The index of a single flag, or -1 when @flag is not exactly one bit below
 * 1 << @n_items. */
static int
flag_index (guint flag,
            guint n_items)
{
  if (flag == 0 || (flag & (flag - 1)) != 0)
    return -1;

  for (guint i = 0; i < n_items; i++)
    if (flag == 1u << i)
      return (int) i;

  return -1;
}

static void
forget_folded (FtExercise *self)
{
  g_clear_pointer (&self->folded, g_free);
}

/* VFuncs */

static void
ft_exercise_finalize (GObject *object)
{
  FtExercise *self = FT_EXERCISE (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->target);
  g_strfreev (self->steps);
  g_free (self->cautions);
  g_free (self->illustration);
  g_free (self->image_description);
  g_free (self->image_path);
  g_free (self->folded);

  G_OBJECT_CLASS (ft_exercise_parent_class)->finalize (object);
}

static void
ft_exercise_class_init (FtExerciseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ft_exercise_finalize;
}

static void
ft_exercise_init (FtExercise *self)
{
  self->steps = g_new0 (char *, 1);
  self->sets = 1;
}

/* Kinds, positions, equipment and body areas */

const char *
ft_exercise_kind_to_key (FtExerciseKind kind)
{
  if ((guint) kind >= G_N_ELEMENTS (kinds))
    return NULL;

  return kinds[kind].key;
}

gboolean
ft_exercise_kind_from_key (const char     *key,
                           FtExerciseKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (kinds); i++)
    if (strcmp (key, kinds[i].key) == 0)
      {
        *kind = (FtExerciseKind) i;
        return TRUE;
      }

  return FALSE;
}

const char *
ft_exercise_kind_get_label (FtExerciseKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kinds), NULL);

  return g_dgettext (GETTEXT_PACKAGE, kinds[kind].label);
}

const char *
ft_position_to_key (FtPosition position)
{
  if ((guint) position >= G_N_ELEMENTS (positions))
    return NULL;

  return positions[position].key;
}

gboolean
ft_position_from_key (const char *key,
                      FtPosition *position)
{
  g_return_val_if_fail (position != NULL, FALSE);

  for (guint i = FT_POSITION_STANDING; key != NULL && i < G_N_ELEMENTS (positions); i++)
    if (strcmp (key, positions[i].key) == 0)
      {
        *position = (FtPosition) i;
        return TRUE;
      }

  return FALSE;
}

const char *
ft_position_get_label (FtPosition position)
{
  g_return_val_if_fail ((guint) position < G_N_ELEMENTS (positions), NULL);

  return g_dgettext (GETTEXT_PACKAGE, positions[position].label);
}

const char *
ft_equipment_to_key (FtEquipment item)
{
  int i = flag_index (item, FT_EQUIPMENT_N_ITEMS);

  return i < 0 ? NULL : equipment_items[i].key;
}

gboolean
ft_equipment_from_key (const char  *key,
                       FtEquipment *item)
{
  g_return_val_if_fail (item != NULL, FALSE);

  for (guint i = 0; key != NULL && i < FT_EQUIPMENT_N_ITEMS; i++)
    if (strcmp (key, equipment_items[i].key) == 0)
      {
        *item = (FtEquipment) (1u << i);
        return TRUE;
      }

  return FALSE;
}

const char *
ft_equipment_get_label (FtEquipment item)
{
  int i = flag_index (item, FT_EQUIPMENT_N_ITEMS);

  g_return_val_if_fail (i >= 0, NULL);

  return g_dgettext (GETTEXT_PACKAGE, equipment_items[i].label);
}

char *
ft_equipment_format (FtEquipment set)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < FT_EQUIPMENT_N_ITEMS; i++)
    {
      if ((set & (1u << i)) == 0)
        continue;

      if (text->len == 0)
        {
          g_string_append (text, g_dgettext (GETTEXT_PACKAGE, equipment_items[i].label));
        }
      else
        {
          /* Translators: the separator between two pieces of equipment. */
          g_string_append (text, _(", "));
          g_string_append (text, g_dpgettext2 (GETTEXT_PACKAGE,
                                               "equipment after the first in a list",
                                               equipment_items[i].in_list));
        }
    }

  if (text->len == 0)
    /* Translators: an exercise needs no equipment. */
    g_string_append (text, _("None"));

  return g_string_free (text, FALSE);
}

const char *
ft_body_area_to_key (FtBodyArea area)
{
  int i = flag_index (area, FT_BODY_AREA_N_ITEMS);

  return i < 0 ? NULL : body_areas[i].key;
}

gboolean
ft_body_area_from_key (const char *key,
                       FtBodyArea *area)
{
  g_return_val_if_fail (area != NULL, FALSE);

  for (guint i = 0; key != NULL && i < FT_BODY_AREA_N_ITEMS; i++)
    if (strcmp (key, body_areas[i].key) == 0)
      {
        *area = (FtBodyArea) (1u << i);
        return TRUE;
      }

  return FALSE;
}

const char *
ft_body_area_get_label (FtBodyArea area)
{
  int i = flag_index (area, FT_BODY_AREA_N_ITEMS);

  g_return_val_if_fail (i >= 0, NULL);

  return g_dgettext (GETTEXT_PACKAGE, body_areas[i].label);
}

/* Private API */

void
_ft_exercise_set_id (FtExercise *self,
                     const char *id)
{
  gint64 custom_id = 0;

  g_return_if_fail (FT_IS_EXERCISE (self));

  if (id != NULL && g_str_has_prefix (id, CUSTOM_PREFIX))
    {
      if (!g_ascii_string_to_signed (id + strlen (CUSTOM_PREFIX), 10, 1, G_MAXINT64,
                                     &custom_id, NULL))
        custom_id = 0;
    }

  g_set_str (&self->id, id);
  self->custom_id = custom_id;
}

char *
_ft_exercise_custom_id_to_string (gint64 custom_id)
{
  return g_strdup_printf (CUSTOM_PREFIX "%" G_GINT64_FORMAT, custom_id);
}

gboolean
_ft_exercise_parse_custom_id (const char *id,
                              gint64     *custom_id)
{
  gint64 value;

  if (id == NULL || !g_str_has_prefix (id, CUSTOM_PREFIX))
    return FALSE;

  if (!g_ascii_string_to_signed (id + strlen (CUSTOM_PREFIX), 10, 1, G_MAXINT64, &value, NULL))
    return FALSE;

  *custom_id = value;
  return TRUE;
}

gint64
_ft_exercise_get_created_us (FtExercise *self)
{
  g_return_val_if_fail (FT_IS_EXERCISE (self), 0);

  return self->created_us;
}

void
_ft_exercise_set_created_us (FtExercise *self,
                             gint64      created_us)
{
  g_return_if_fail (FT_IS_EXERCISE (self));

  self->created_us = created_us;
}

void
_ft_exercise_set_name (FtExercise *self,
                       const char *name)
{
  g_return_if_fail (FT_IS_EXERCISE (self));
  g_return_if_fail (name != NULL);

  g_set_str (&self->name, name);
  forget_folded (self);
}

/* Public API */

/**
 * ft_exercise_new:
 * @id: (nullable): the catalog id, "custom:N", or %NULL for a draft
 * @name: what the card is called
 * @kind: what sort of exercise it is
 *
 * Makes an exercise with no steps, no target, no equipment and a dose of one
 * set of nothing; the setters fill in the rest.
 *
 * Returns: (transfer full): a new #FtExercise
 */
FtExercise *
ft_exercise_new (const char     *id,
                 const char     *name,
                 FtExerciseKind  kind)
{
  FtExercise *self;

  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (FT_TYPE_EXERCISE, NULL);
  _ft_exercise_set_id (self, id);
  self->name = g_strdup (name);
  self->kind = kind;

  return self;
}

/**
 * ft_exercise_copy:
 * @self: a #FtExercise
 *
 * Returns: (transfer full): a new exercise with the same fields, for editing
 */
FtExercise *
ft_exercise_copy (FtExercise *self)
{
  FtExercise *copy;

  g_return_val_if_fail (FT_IS_EXERCISE (self), NULL);

  copy = ft_exercise_new (self->id, self->name, self->kind);
  copy->target = g_strdup (self->target);
  copy->body_areas = self->body_areas;
  copy->equipment = self->equipment;
  copy->position = self->position;
  g_strfreev (copy->steps);
  copy->steps = g_strdupv (self->steps);
  copy->cautions = g_strdup (self->cautions);
  copy->hold_seconds = self->hold_seconds;
  copy->hold_max_seconds = self->hold_max_seconds;
  copy->reps = self->reps;
  copy->sets = self->sets;
  copy->per_side = self->per_side;
  copy->illustration = g_strdup (self->illustration);
  copy->image_description = g_strdup (self->image_description);
  copy->image_path = g_strdup (self->image_path);
  copy->created_us = self->created_us;

  return copy;
}

const char *
ft_exercise_get_id (FtExercise *self)
{
  g_return_val_if_fail (FT_IS_EXERCISE (self), NULL);

  return self->id;
}

gboolean
ft_exercise_is_custom (FtExercise *self)
{
  g_return_val_if_fail (FT_IS_EXERCISE (self), FALSE);

  return self->custom_id > 0;
}

gint64
ft_exercise_get_custom_id (FtExercise *self)
{
  g_return_val_if_fail (FT_IS_EXERCISE (self), 0);

  return self->custom_id;
}

const char *
ft_exercise_get_name (FtExercise *self)
{
  g_return_val_if_fail (FT_IS_EXERCISE (self), NULL);

  return self->name;
}

FtExerciseKind
ft_exercise_get_kind (FtExercise *self)
{
  g_return_val_if_fail (FT_IS_EXERCISE (self), FT_EXERCISE_STRETCH);

  return self->kind;
}

const char *
ft_exercise_get_target (FtExercise *self)
{
  g_return_val_if_fail (FT_IS_EXERCISE (self), NULL);

  return self->target;
}

FtBodyArea
ft_exercise_get_body_areas (FtExercise *self)
{
  g_return_val_if_fail (FT_IS_EXERCISE (self), FT_BODY_AREA_NONE);

  return self->body_areas;
}

FtEquipment
ft_exercise_get_equipment (FtExercise *self)
{
  g_return_val_if_fail (FT_IS_EXERCISE (self), FT_EQUIPMENT_NONE);

  return self->equipment;
}

FtPosition
ft_exercise_get_position (FtExercise *self)
{
  g_return_val_if_fail (FT_IS_EXERCISE (self), FT_POSITION_NONE);

  return self->position;
}

const char * const *
ft_exercise_get_steps (FtExercise *self)
{
  g_return_val_if_fail (FT_IS_EXERCISE (self), NULL);

  return (const char * const *) self->steps;
}

const char *
ft_exercise_get_cautions (FtExercise *self)
{
  g_return_val_if_fail (FT_IS_EXERCISE (self), NULL);

  return self->cautions;
}

guint
ft_exercise_get_hold_seconds (FtExercise *self)
{
  g_return_val_if_fail (FT_IS_EXERCISE (self), 0);

  return self->hold_seconds;
}

guint
ft_exercise_get_hold_max_seconds (FtExercise *self)
{
  g_return_val_if_fail (FT_IS_EXERCISE (self), 0);

  return self->hold_max_seconds;
}

guint
ft_exercise_get_reps (FtExercise *self)
{
  g_return_val_if_fail (FT_IS_EXERCISE (self), 0);

  return self->reps;
}

guint
ft_exercise_get_sets (FtExercise *self)
{
  g_return_val_if_fail (FT_IS_EXERCISE (self), 1);

  return self->sets;
}

gboolean
ft_exercise_get_per_side (FtExercise *self)
{
  g_return_val_if_fail (FT_IS_EXERCISE (self), FALSE);

  return self->per_side;
}

/**
 * ft_exercise_format_dose:
 * @self: a #FtExercise
 *
 * Returns: (transfer full): the default dose in words, "Hold 30 s · each
 *   side", "10 reps × 3 sets", "60–90 s · each side"
 */
char *
ft_exercise_format_dose (FtExercise *self)
{
  g_autofree char *hold = NULL;
  g_autofree char *reps = NULL;
  GString *text;

  g_return_val_if_fail (FT_IS_EXERCISE (self), NULL);

  if (self->hold_seconds > 0 && self->hold_max_seconds > self->hold_seconds)
    /* Translators: a length of time from the first to the second number of seconds. */
    hold = g_strdup_printf (_("%u–%u s"), self->hold_seconds, self->hold_max_seconds);
  else if (self->hold_seconds > 0)
    /* Translators: a number of seconds. */
    hold = g_strdup_printf (_("%u s"), self->hold_seconds);

  /* A massage is timed, not held. */
  if (hold != NULL && self->kind != FT_EXERCISE_SELF_MASSAGE)
    {
      char *held = g_strdup_printf (_("Hold %s"), hold);

      g_free (hold);
      hold = held;
    }

  if (self->reps > 0)
    reps = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u rep", "%u reps", self->reps),
                            self->reps);

  text = g_string_new (NULL);

  if (hold != NULL && reps != NULL)
    /* Translators: a hold time and a number of repetitions, "Hold 5 s · 10 reps". */
    g_string_append_printf (text, _("%s · %s"), hold, reps);
  else
    g_string_append (text, hold != NULL ? hold : reps != NULL ? reps : "");

  if (self->sets > 1)
    {
      g_autofree char *once = g_strdup (text->str);
      g_autofree char *sets = NULL;

      sets = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u set", "%u sets", self->sets),
                              self->sets);
      /* Translators: a dose and how many times it is done, "10 reps × 3 sets". */
      g_string_printf (text, _("%s × %s"), once, sets);
    }

  if (self->per_side)
    /* Translators: appended to a dose done with the left and then the right side. */
    g_string_append (text, _(" · each side"));

  return g_string_free (text, FALSE);
}

const char *
ft_exercise_get_illustration (FtExercise *self)
{
  g_return_val_if_fail (FT_IS_EXERCISE (self), NULL);

  return self->illustration;
}

const char *
ft_exercise_get_image_path (FtExercise *self)
{
  g_return_val_if_fail (FT_IS_EXERCISE (self), NULL);

  return self->image_path;
}

const char *
ft_exercise_get_image_description (FtExercise *self)
{
  g_return_val_if_fail (FT_IS_EXERCISE (self), NULL);

  return self->image_description;
}

gboolean
ft_exercise_matches (FtExercise *self,
                     const char *folded_text)
{
  g_return_val_if_fail (FT_IS_EXERCISE (self), FALSE);
  g_return_val_if_fail (folded_text != NULL, FALSE);

  if (self->folded == NULL)
    {
      /* Name and target joined by a line break, which no search text holds,
       * so a match never spans the two. */
      g_autofree char *joined = g_strconcat (self->name, "\n", self->target != NULL ? self->target : "",
                                             NULL);
      g_autofree char *normalized = g_utf8_normalize (joined, -1, G_NORMALIZE_ALL);

      self->folded = g_utf8_casefold (normalized != NULL ? normalized : joined, -1);
    }

  return strstr (self->folded, folded_text) != NULL;
}

void
ft_exercise_set_target (FtExercise *self,
                        const char *target)
{
  g_return_if_fail (FT_IS_EXERCISE (self));

  g_set_str (&self->target, target);
  forget_folded (self);
}

void
ft_exercise_set_body_areas (FtExercise *self,
                            FtBodyArea  areas)
{
  g_return_if_fail (FT_IS_EXERCISE (self));

  self->body_areas = areas;
}

void
ft_exercise_set_equipment (FtExercise  *self,
                           FtEquipment  equipment)
{
  g_return_if_fail (FT_IS_EXERCISE (self));

  self->equipment = equipment;
}

void
ft_exercise_set_position (FtExercise *self,
                          FtPosition  position)
{
  g_return_if_fail (FT_IS_EXERCISE (self));

  self->position = position;
}

void
ft_exercise_set_steps (FtExercise         *self,
                       const char * const *steps)
{
  g_return_if_fail (FT_IS_EXERCISE (self));

  g_strfreev (self->steps);
  self->steps = steps != NULL ? g_strdupv ((char **) steps) : g_new0 (char *, 1);
}

void
ft_exercise_set_cautions (FtExercise *self,
                          const char *cautions)
{
  g_return_if_fail (FT_IS_EXERCISE (self));

  g_set_str (&self->cautions, cautions);
}

void
ft_exercise_set_dose (FtExercise *self,
                      guint       hold_seconds,
                      guint       hold_max_seconds,
                      guint       reps,
                      guint       sets,
                      gboolean    per_side)
{
  g_return_if_fail (FT_IS_EXERCISE (self));

  /* Out-of-range values are kept as given: the catalog's validation reports
   * them to the person, which a silent clamp here would hide. */
  self->hold_seconds = hold_seconds;
  self->hold_max_seconds = hold_max_seconds;
  self->reps = reps;
  self->sets = sets;
  self->per_side = !!per_side;
}

void
ft_exercise_set_illustration (FtExercise *self,
                              const char *resource_path,
                              const char *description)
{
  g_return_if_fail (FT_IS_EXERCISE (self));

  g_set_str (&self->illustration, resource_path);
  g_set_str (&self->image_description, description);
}

void
ft_exercise_set_image_path (FtExercise *self,
                            const char *path)
{
  g_return_if_fail (FT_IS_EXERCISE (self));

  g_set_str (&self->image_path, path);
}
