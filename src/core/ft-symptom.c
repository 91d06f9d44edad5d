/* ft-symptom.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-symptom.h"

#include "ft-journal-private.h"

#include <glib/gi18n-lib.h>

/* A snapshot of one symptom_kind row: the journal hands out new ones after
 * each change rather than changing these. */
struct _FtSymptom
{
  GObject   parent_instance;

  gint64    id;
  char     *key;
  char     *name;
  int       position;
  guint     builtin : 1;
  guint     hidden : 1;
};

enum
{
  PROP_0,
  PROP_ID,
  PROP_KEY,
  PROP_NAME,
  PROP_BUILTIN,
  PROP_HIDDEN,
  PROP_POSITION,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (FtSymptom, ft_symptom, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

typedef struct
{
  const char *key;
  const char *name;
} BuiltinSymptom;

/* The keys are fixed by the first migration; only the names are translated. */
static const BuiltinSymptom builtin_symptoms[] = {
  { "tingling", N_("Tingling") },
  { "burning", N_("Burning") },
  { "numbness", N_("Numbness") },
  { "night_pain", N_("Night pain") },
  /* Translators: pain with the first steps in the morning. */
  { "first_step_pain", N_("First-step pain") },
};

static void
ft_symptom_finalize (GObject *object)
{
  FtSymptom *self = FT_SYMPTOM (object);

  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (ft_symptom_parent_class)->finalize (object);
}

static void
ft_symptom_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  FtSymptom *self = FT_SYMPTOM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_BUILTIN:
      g_value_set_boolean (value, self->builtin);
      break;

    case PROP_HIDDEN:
      g_value_set_boolean (value, self->hidden);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ft_symptom_class_init (FtSymptomClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ft_symptom_finalize;
  object_class->get_property = ft_symptom_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUILTIN] =
    g_param_spec_boolean ("builtin", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HIDDEN] =
    g_param_spec_boolean ("hidden", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, G_MININT, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ft_symptom_init (FtSymptom *self)
{
}

/**
 * _ft_symptom_builtin_name:
 * @key: a symptom key
 *
 * Returns: (nullable): the translated name of the built-in symptom @key, or
 *   %NULL if @key is not one
 */
const char *
_ft_symptom_builtin_name (const char *key)
{
  g_return_val_if_fail (key != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (builtin_symptoms); i++)
    {
      if (g_str_equal (builtin_symptoms[i].key, key))
        return _(builtin_symptoms[i].name);
    }

  return NULL;
}

/**
 * _ft_symptom_new:
 * @id: the symptom_kind row id
 * @key: its key
 * @name: (nullable): its stored name; built-in symptoms store none
 * @builtin: whether Footing ships it
 * @hidden: whether the check-in leaves it out
 * @position: where it sorts
 *
 * Returns: (transfer full): a snapshot of the row; a built-in symptom gets
 *   its translated name
 */
FtSymptom *
_ft_symptom_new (gint64      id,
                 const char *key,
                 const char *name,
                 gboolean    builtin,
                 gboolean    hidden,
                 int         position)
{
  FtSymptom *self;
  const char *builtin_name = NULL;

  g_return_val_if_fail (key != NULL, NULL);

  if (builtin)
    builtin_name = _ft_symptom_builtin_name (key);

  self = g_object_new (FT_TYPE_SYMPTOM, NULL);
  self->id = id;
  self->key = g_strdup (key);
  /* A built-in key this version does not know still needs some name. */
  self->name = g_strdup (builtin_name != NULL ? builtin_name : name != NULL ? name : key);
  self->builtin = builtin != FALSE;
  self->hidden = hidden != FALSE;
  self->position = position;

  return self;
}

gint64
ft_symptom_get_id (FtSymptom *self)
{
  g_return_val_if_fail (FT_IS_SYMPTOM (self), 0);

  return self->id;
}

const char *
ft_symptom_get_key (FtSymptom *self)
{
  g_return_val_if_fail (FT_IS_SYMPTOM (self), NULL);

  return self->key;
}

/**
 * ft_symptom_get_name:
 * @self: a #FtSymptom
 *
 * Returns: the name to show: translated for built-in symptoms, as the
 *   person wrote it for their own
 */
const char *
ft_symptom_get_name (FtSymptom *self)
{
  g_return_val_if_fail (FT_IS_SYMPTOM (self), NULL);

  return self->name;
}

gboolean
ft_symptom_get_builtin (FtSymptom *self)
{
  g_return_val_if_fail (FT_IS_SYMPTOM (self), FALSE);

  return self->builtin;
}

gboolean
ft_symptom_get_hidden (FtSymptom *self)
{
  g_return_val_if_fail (FT_IS_SYMPTOM (self), FALSE);

  return self->hidden;
}

int
ft_symptom_get_position (FtSymptom *self)
{
  g_return_val_if_fail (FT_IS_SYMPTOM (self), 0);

  return self->position;
}

/**
 * ft_rating_get_word:
 * @value: a rating from 0 to 10, or %FT_NOT_RATED
 *
 * Gives the word beside the number on the 0–10 scale, so that ratings keep
 * their anchors.
 *
 * Returns: (nullable): the translated word, or %NULL for a value off the scale
 */
FtSeverity
ft_rating_get_severity (int value)
{
  if (value <= FT_NOT_RATED)
    return FT_SEVERITY_NOT_RATED;
  if (value == 0)
    return FT_SEVERITY_NONE;
  if (value <= 3)
    return FT_SEVERITY_MILD;
  if (value <= 6)
    return FT_SEVERITY_MODERATE;
  return FT_SEVERITY_SEVERE;
}

const char *
ft_rating_get_word (int value)
{
  if (value < FT_NOT_RATED || value > FT_RATING_MAX)
    return NULL;

  switch (ft_rating_get_severity (value))
    {
    case FT_SEVERITY_NOT_RATED:
      /* Translators: a symptom that was left out of a day's check-in. */
      return _("not rated");

    case FT_SEVERITY_NONE:
      /* Translators: the words of the 0–10 symptom scale: 0. */
      return _("none");

    case FT_SEVERITY_MILD:
      /* Translators: ratings 1 to 3. */
      return _("mild");

    case FT_SEVERITY_MODERATE:
      /* Translators: ratings 4 to 6. */
      return _("moderate");

    case FT_SEVERITY_SEVERE:
    default:
      /* Translators: ratings 7 to 10. */
      return _("severe");
    }
}
