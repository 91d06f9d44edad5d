/* ft-exercise-catalog.c — the exercise cards: the built-in catalog from
 * GResource and the person's own exercises from the journal.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-exercise-catalog.h"

#include "ft-database-private.h"
#include "ft-error.h"
#include "ft-exercise-private.h"
#include "ft-image-check.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#define CATALOG_RESOURCE "/io/github/footing/Footing/core/exercises/catalog.xml"
#define ILLUSTRATION_FORMAT "/io/github/footing/Footing/core/illustrations/%s.svg"

#define NAME_MAX_CHARS 200
#define TARGET_MAX_CHARS 200
#define STEPS_MAX 10
#define STEP_MAX_CHARS 500
#define CAUTIONS_MAX_CHARS 2000
#define HOLD_MAX_SECONDS 3600
#define REPS_MAX 1000
#define SETS_MAX 100

struct _FtExerciseCatalog
{
  GObject         parent_instance;

  FtDatabase     *database;
  char           *image_folder;
  FtNowFunc       now_func;
  gpointer        now_data;
  GDestroyNotify  now_data_destroy;

  gboolean        loaded;
  GPtrArray      *items;          /* FtExercise: built-ins, then custom by row id */
  guint           n_builtins;
  GHashTable     *by_id;          /* id → FtExercise, borrowed from items */

  /* The largest custom row id handed out or seen in this run: the table has
   * no AUTOINCREMENT, and a deleted row's id must not come back for a new
   * exercise while undo may still restore the old one. */
  gint64          highest_custom_id;
};

static void ft_exercise_catalog_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FtExerciseCatalog, ft_exercise_catalog, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      ft_exercise_catalog_list_model_init))

/* Catalog parsing */

typedef enum
{
  TEXT_NONE,
  TEXT_NAME,
  TEXT_TARGET,
  TEXT_STEP,
  TEXT_CAUTION,
  TEXT_DESCRIPTION,
} TextField;

typedef struct
{
  GPtrArray   *exercises;     /* FtExercise */
  GHashTable  *ids;           /* borrowed from exercises */
  FtExercise  *current;
  GPtrArray   *steps;         /* char *, NULL-terminated when taken */
  gboolean     has_dose;
  char        *description;
  TextField    field;
  GString     *text;
  int          error_line;    /* of an error this parser raised; 0 for GMarkup's own */
} Parser;

static void
parser_clear (Parser *parser)
{
  g_clear_pointer (&parser->exercises, g_ptr_array_unref);
  g_clear_pointer (&parser->ids, g_hash_table_unref);
  g_clear_object (&parser->current);
  g_clear_pointer (&parser->steps, g_ptr_array_unref);
  g_clear_pointer (&parser->description, g_free);
  if (parser->text != NULL)
    g_string_free (parser->text, TRUE);
  parser->text = NULL;
}

G_GNUC_PRINTF (4, 5)
static void
parser_fail (Parser              *parser,
             GMarkupParseContext *context,
             GError             **error,
             const char          *format,
             ...)
{
  va_list args;

  g_markup_parse_context_get_position (context, &parser->error_line, NULL);

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                                                format, args));
  va_end (args);
}

static gboolean
parse_count (const char  *text,
             guint       *value)
{
  guint64 number;

  if (text == NULL)
    return TRUE;

  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT, &number, NULL))
    return FALSE;

  *value = (guint) number;
  return TRUE;
}

static gboolean
valid_builtin_id (const char *id)
{
  if (id == NULL || *id == '\0' || strlen (id) > 64)
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;

  return TRUE;
}

/* Folds runs of white space into one space and trims the ends, as xgettext
 * does, so the text matches its msgid. */
static char *
fold_space (const char *text)
{
  GString *folded = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = TRUE;
          continue;
        }

      if (space && folded->len > 0)
        g_string_append_c (folded, ' ');
      space = FALSE;
      g_string_append_c (folded, *p);
    }

  return g_string_free (folded, FALSE);
}

static gboolean
check_parent (GMarkupParseContext  *context,
              Parser               *parser,
              const char           *element,
              const char           *parent,
              GError              **error)
{
  const GSList *stack = g_markup_parse_context_get_element_stack (context);
  const char *actual = stack != NULL && stack->next != NULL ? stack->next->data : NULL;

  if (g_strcmp0 (actual, parent) != 0)
    {
      if (parent == NULL)
        parser_fail (parser, context, error,
                     /* Translators: %s is an XML element name. */
                     _("<%s> belongs only at the top of the file"), element);
      else
        parser_fail (parser, context, error,
                     /* Translators: both are XML element names. */
                     _("<%s> belongs inside <%s>"), element, parent);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_dose (guint     hold,
            guint     hold_max,
            guint     reps,
            guint     sets,
            GError  **error)
{
  if (hold == 0 && reps == 0)
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                           _("Give a hold time, a number of repetitions or both."));
      return FALSE;
    }

  if (hold > HOLD_MAX_SECONDS)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   _("A hold lasts 1 to %u seconds, not %u."), HOLD_MAX_SECONDS, hold);
      return FALSE;
    }

  if (hold_max != 0 && (hold == 0 || hold_max < hold))
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   _("The longest hold (%u s) must be at least the shortest (%u s)."),
                   hold_max, hold);
      return FALSE;
    }

  if (hold_max > HOLD_MAX_SECONDS)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   _("A hold lasts 1 to %u seconds, not %u."), HOLD_MAX_SECONDS, hold_max);
      return FALSE;
    }

  if (reps > REPS_MAX)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   _("Repetitions run from 1 to %u, not %u."), REPS_MAX, reps);
      return FALSE;
    }

  if (sets < 1 || sets > SETS_MAX)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   _("Sets run from 1 to %u, not %u."), SETS_MAX, sets);
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_flags (GMarkupParseContext  *context,
             Parser               *parser,
             const char           *text,
             gboolean              equipment,
             guint                *flags,
             GError              **error)
{
  g_auto(GStrv) keys = NULL;

  *flags = 0;
  if (text == NULL)
    return TRUE;

  keys = g_strsplit_set (text, " \t\n", -1);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      FtEquipment item;
      FtBodyArea area;

      if (keys[i][0] == '\0')
        continue;

      if (equipment && ft_equipment_from_key (keys[i], &item))
        {
          *flags |= item;
        }
      else if (!equipment && ft_body_area_from_key (keys[i], &area))
        {
          *flags |= area;
        }
      else
        {
          parser_fail (parser, context, error,
                       equipment ? _("unknown equipment “%s”") : _("unknown body area “%s”"),
                       keys[i]);
          return FALSE;
        }
    }

  return TRUE;
}

static void
start_exercise (GMarkupParseContext  *context,
                Parser               *parser,
                const char          **names,
                const char          **values,
                GError              **error)
{
  const char *id, *kind_key, *position_key = NULL, *areas = NULL, *equipment = NULL;
  FtExerciseKind kind;
  FtPosition position = FT_POSITION_NONE;
  guint area_flags, equipment_flags;

  if (!g_markup_collect_attributes ("exercise", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "id", &id,
                                    G_MARKUP_COLLECT_STRING, "kind", &kind_key,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                    "position", &position_key,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                    "areas", &areas,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                    "equipment", &equipment,
                                    G_MARKUP_COLLECT_INVALID))
    {
      g_markup_parse_context_get_position (context, &parser->error_line, NULL);
      return;
    }

  if (!valid_builtin_id (id))
    {
      parser_fail (parser, context, error,
                   _("the exercise id “%s” is not lower-case letters, digits and hyphens"), id);
      return;
    }

  if (g_hash_table_contains (parser->ids, id))
    {
      parser_fail (parser, context, error, _("the exercise id “%s” is used twice"), id);
      return;
    }

  if (!ft_exercise_kind_from_key (kind_key, &kind))
    {
      parser_fail (parser, context, error, _("unknown kind “%s”"), kind_key);
      return;
    }

  if (position_key != NULL && !ft_position_from_key (position_key, &position))
    {
      parser_fail (parser, context, error, _("unknown position “%s”"), position_key);
      return;
    }

  if (!parse_flags (context, parser, areas, FALSE, &area_flags, error) ||
      !parse_flags (context, parser, equipment, TRUE, &equipment_flags, error))
    return;

  /* The name comes from <name>; an empty one marks it as not seen yet. */
  parser->current = ft_exercise_new (id, "", kind);
  ft_exercise_set_position (parser->current, position);
  ft_exercise_set_body_areas (parser->current, area_flags);
  ft_exercise_set_equipment (parser->current, equipment_flags);
  parser->steps = g_ptr_array_new_with_free_func (g_free);
  parser->has_dose = FALSE;
}

static void
start_dose (GMarkupParseContext  *context,
            Parser               *parser,
            const char          **names,
            const char          **values,
            GError              **error)
{
  const char *hold_text = NULL, *hold_max_text = NULL, *reps_text = NULL, *sets_text = NULL;
  gboolean per_side = FALSE;
  guint hold = 0, hold_max = 0, reps = 0, sets = 1;
  g_autoptr(GError) dose_error = NULL;

  if (parser->has_dose)
    {
      parser_fail (parser, context, error, _("an exercise has one <dose>"));
      return;
    }

  if (!g_markup_collect_attributes ("dose", names, values, error,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                    "hold", &hold_text,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                    "hold-max", &hold_max_text,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                    "reps", &reps_text,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                    "sets", &sets_text,
                                    G_MARKUP_COLLECT_BOOLEAN | G_MARKUP_COLLECT_OPTIONAL,
                                    "per-side", &per_side,
                                    G_MARKUP_COLLECT_INVALID))
    {
      g_markup_parse_context_get_position (context, &parser->error_line, NULL);
      return;
    }

  if (!parse_count (hold_text, &hold) || !parse_count (hold_max_text, &hold_max) ||
      !parse_count (reps_text, &reps) || !parse_count (sets_text, &sets))
    {
      parser_fail (parser, context, error, _("a dose is given in whole numbers"));
      return;
    }

  if (!check_dose (hold, hold_max, reps, sets, &dose_error))
    {
      parser_fail (parser, context, error, "%s", dose_error->message);
      return;
    }

  ft_exercise_set_dose (parser->current, hold, hold_max, reps, sets, per_side);
  parser->has_dose = TRUE;
}

static void
parser_start_element (GMarkupParseContext  *context,
                      const char           *element,
                      const char          **names,
                      const char          **values,
                      gpointer              user_data,
                      GError              **error)
{
  Parser *parser = user_data;
  const GSList *stack = g_markup_parse_context_get_element_stack (context);
  static const struct
  {
    const char *element;
    const char *parent;
    TextField   field;
  } text_elements[] = {
    { "name", "exercise", TEXT_NAME },
    { "target", "exercise", TEXT_TARGET },
    { "step", "steps", TEXT_STEP },
    { "caution", "exercise", TEXT_CAUTION },
    { "description", "illustration", TEXT_DESCRIPTION },
  };

  if (stack->next == NULL && strcmp (element, "exercises") != 0)
    {
      parser_fail (parser, context, error,
                   /* Translators: %s is an XML element name. */
                   _("<%s> is not an exercise catalog"), element);
      return;
    }

  if (strcmp (element, "exercises") == 0)
    {
      const char *version = NULL;

      if (!check_parent (context, parser, element, NULL, error))
        return;

      if (!g_markup_collect_attributes (element, names, values, error,
                                        G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                        "version", &version,
                                        G_MARKUP_COLLECT_INVALID))
        {
          g_markup_parse_context_get_position (context, &parser->error_line, NULL);
          return;
        }

      if (version != NULL && strcmp (version, "1") != 0)
        parser_fail (parser, context, error,
                     _("version %s of the catalog format is newer than this Footing"), version);
      return;
    }

  if (strcmp (element, "exercise") == 0)
    {
      if (check_parent (context, parser, element, "exercises", error))
        start_exercise (context, parser, names, values, error);
      return;
    }

  if (strcmp (element, "dose") == 0)
    {
      if (check_parent (context, parser, element, "exercise", error))
        start_dose (context, parser, names, values, error);
      return;
    }

  if (strcmp (element, "steps") == 0 || strcmp (element, "illustration") == 0)
    {
      check_parent (context, parser, element, "exercise", error);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (text_elements); i++)
    if (strcmp (element, text_elements[i].element) == 0)
      {
        if (check_parent (context, parser, element, text_elements[i].parent, error))
          {
            parser->field = text_elements[i].field;
            g_string_truncate (parser->text, 0);
          }
        return;
      }

  parser_fail (parser, context, error,
               /* Translators: %s is an XML element name. */
               _("unknown element <%s>"), element);
}

static void
end_exercise (GMarkupParseContext  *context,
              Parser               *parser,
              GError              **error)
{
  FtExercise *exercise = parser->current;
  g_autofree char *illustration = NULL;
  const char *id = ft_exercise_get_id (exercise);

  if (ft_exercise_get_name (exercise)[0] == '\0')
    {
      parser_fail (parser, context, error, _("the exercise “%s” has no <name>"), id);
      return;
    }

  if (parser->steps->len == 0 || parser->steps->len > STEPS_MAX)
    {
      parser_fail (parser, context, error, _("the exercise “%s” needs 1 to %u <step>s"),
                   id, STEPS_MAX);
      return;
    }

  if (!parser->has_dose)
    {
      parser_fail (parser, context, error, _("the exercise “%s” has no <dose>"), id);
      return;
    }

  if (parser->description == NULL)
    {
      parser_fail (parser, context, error,
                   _("the exercise “%s” has no <description> of its illustration"), id);
      return;
    }

  g_ptr_array_add (parser->steps, NULL);
  ft_exercise_set_steps (exercise, (const char * const *) parser->steps->pdata);
  g_clear_pointer (&parser->steps, g_ptr_array_unref);

  illustration = g_strdup_printf (ILLUSTRATION_FORMAT, id);
  ft_exercise_set_illustration (exercise, illustration, parser->description);
  g_clear_pointer (&parser->description, g_free);

  g_hash_table_add (parser->ids, (gpointer) id);
  g_ptr_array_add (parser->exercises, g_steal_pointer (&parser->current));
}

static void
parser_end_element (GMarkupParseContext  *context,
                    const char           *element,
                    gpointer              user_data,
                    GError              **error)
{
  Parser *parser = user_data;
  g_autofree char *folded = NULL;
  const char *translated;

  if (strcmp (element, "exercise") == 0)
    {
      end_exercise (context, parser, error);
      return;
    }

  if (parser->field == TEXT_NONE)
    return;

  folded = fold_space (parser->text->str);
  if (folded[0] == '\0')
    {
      parser_fail (parser, context, error, _("<%s> is empty"), element);
      return;
    }

  translated = g_dgettext (GETTEXT_PACKAGE, folded);

  switch (parser->field)
    {
    case TEXT_NAME:
      _ft_exercise_set_name (parser->current, translated);
      break;
    case TEXT_TARGET:
      ft_exercise_set_target (parser->current, translated);
      break;
    case TEXT_STEP:
      g_ptr_array_add (parser->steps, g_strdup (translated));
      break;
    case TEXT_CAUTION:
      ft_exercise_set_cautions (parser->current, translated);
      break;
    case TEXT_DESCRIPTION:
      g_set_str (&parser->description, translated);
      break;
    case TEXT_NONE:
    default:
      g_assert_not_reached ();
    }

  parser->field = TEXT_NONE;
}

static void
parser_text (GMarkupParseContext  *context,
             const char           *text,
             gsize                 length,
             gpointer              user_data,
             GError              **error)
{
  Parser *parser = user_data;

  if (parser->field != TEXT_NONE)
    g_string_append_len (parser->text, text, (gssize) length);
}

static const GMarkupParser catalog_parser = {
  parser_start_element,
  parser_end_element,
  parser_text,
  NULL,
  NULL,
};

/* Reads the built-ins from @data; @file_name names the file in messages. */
static GPtrArray *
parse_catalog (GBytes      *data,
               const char  *file_name,
               GError     **error)
{
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) local_error = NULL;
  Parser parser = { 0 };
  const char *text;
  gsize length;
  gboolean ok;

  parser.exercises = g_ptr_array_new_with_free_func (g_object_unref);
  parser.ids = g_hash_table_new (g_str_hash, g_str_equal);
  parser.text = g_string_new (NULL);

  text = g_bytes_get_data (data, &length);
  context = g_markup_parse_context_new (&catalog_parser, 0, &parser, NULL);
  ok = g_markup_parse_context_parse (context, text, (gssize) length, &local_error) &&
       g_markup_parse_context_end_parse (context, &local_error);

  if (ok && parser.exercises->len == 0)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_BAD_FILE,
                   /* Translators: %s is a file name. */
                   _("The exercise catalog “%s” holds no exercises."), file_name);
      parser_clear (&parser);
      return NULL;
    }

  if (!ok)
    {
      /* GMarkup puts the position in its own messages; ours carry the line. */
      if (parser.error_line > 0)
        g_set_error (error, FT_ERROR, FT_ERROR_BAD_FILE,
                     /* Translators: a file name, a line number, then what is wrong. */
                     _("The exercise catalog “%s” is broken at line %d: %s"),
                     file_name, parser.error_line, local_error->message);
      else
        g_set_error (error, FT_ERROR, FT_ERROR_BAD_FILE,
                     /* Translators: a file name, then what is wrong. */
                     _("The exercise catalog “%s” is broken: %s"), file_name, local_error->message);
      parser_clear (&parser);
      return NULL;
    }

  {
    GPtrArray *exercises = g_steal_pointer (&parser.exercises);

    parser_clear (&parser);
    return exercises;
  }
}

/* Custom exercises: validation */

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID, message);
  return FALSE;
}

typedef enum
{
  FIELD_NAME,
  FIELD_TARGET,
  FIELD_CAUTIONS,
  FIELD_STEP,
} Field;

/* Trims @text and checks its length; an empty result becomes NULL. */
static gboolean
clean_text (const char  *text,
            Field        field,
            char       **cleaned,
            GError     **error)
{
  static const guint max_chars[] = {
    [FIELD_NAME] = NAME_MAX_CHARS,
    [FIELD_TARGET] = TARGET_MAX_CHARS,
    [FIELD_CAUTIONS] = CAUTIONS_MAX_CHARS,
    [FIELD_STEP] = STEP_MAX_CHARS,
  };
  g_autofree char *copy = NULL;
  glong n_chars;
  guint max;

  *cleaned = NULL;
  if (text == NULL)
    return TRUE;

  if (!g_utf8_validate (text, -1, NULL))
    return invalid (error, _("The text is not valid UTF-8, so it was not saved."));

  copy = g_strstrip (g_strdup (text));
  n_chars = g_utf8_strlen (copy, -1);
  max = max_chars[field];

  if ((gulong) n_chars > max)
    {
      switch (field)
        {
        case FIELD_NAME:
          g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                       _("A name is at most %u characters; this one has %ld."), max, n_chars);
          break;
        case FIELD_TARGET:
          g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                       _("The target is at most %u characters; this one has %ld."), max, n_chars);
          break;
        case FIELD_CAUTIONS:
          g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                       _("Cautions are at most %u characters; these have %ld."), max, n_chars);
          break;
        case FIELD_STEP:
        default:
          g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                       _("A step is at most %u characters; this one has %ld."), max, n_chars);
          break;
        }
      return FALSE;
    }

  if (copy[0] != '\0')
    *cleaned = g_steal_pointer (&copy);

  return TRUE;
}

/* Checks a custom exercise and returns a clean copy of it: trimmed text,
 * empty steps left out, a hold range equal at both ends made one number. */
static FtExercise *
validate_custom (FtExercise  *draft,
                 GError     **error)
{
  g_autofree char *name = NULL;
  g_autofree char *target = NULL;
  g_autofree char *cautions = NULL;
  g_autoptr(GPtrArray) steps = g_ptr_array_new_with_free_func (g_free);
  const char * const *draft_steps = ft_exercise_get_steps (draft);
  FtExerciseKind kind = ft_exercise_get_kind (draft);
  FtPosition position = ft_exercise_get_position (draft);
  guint hold = ft_exercise_get_hold_seconds (draft);
  guint hold_max = ft_exercise_get_hold_max_seconds (draft);
  const char *image_path = ft_exercise_get_image_path (draft);
  FtExercise *clean;

  if (!clean_text (ft_exercise_get_name (draft), FIELD_NAME, &name, error))
    return NULL;
  if (name == NULL)
    return (invalid (error, _("Give the exercise a name.")), NULL);

  if (ft_exercise_kind_to_key (kind) == NULL)
    return (invalid (error, _("Choose what kind of exercise this is: a stretch, a nerve glide, "
                              "strength or self-massage.")), NULL);

  if (position != FT_POSITION_NONE && ft_position_to_key (position) == NULL)
    return (invalid (error, _("Choose standing, seated or lying, or no position.")), NULL);

  if ((ft_exercise_get_equipment (draft) & ~((1u << FT_EQUIPMENT_N_ITEMS) - 1)) != 0)
    return (invalid (error, _("That equipment is not one Footing knows.")), NULL);

  if (!clean_text (ft_exercise_get_target (draft), FIELD_TARGET, &target, error) ||
      !clean_text (ft_exercise_get_cautions (draft), FIELD_CAUTIONS, &cautions, error))
    return NULL;

  for (guint i = 0; draft_steps[i] != NULL; i++)
    {
      g_autofree char *step = NULL;

      if (!clean_text (draft_steps[i], FIELD_STEP, &step, error))
        return NULL;

      if (step == NULL)
        continue;

      /* Steps are stored one a line. */
      if (strchr (step, '\n') != NULL || strchr (step, '\r') != NULL)
        return (invalid (error, _("A step is one line; put each step on its own.")), NULL);

      if (steps->len == STEPS_MAX)
        {
          g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                       _("An exercise has at most %u steps."), STEPS_MAX);
          return NULL;
        }

      g_ptr_array_add (steps, g_steal_pointer (&step));
    }
  g_ptr_array_add (steps, NULL);

  if (!check_dose (hold, hold_max, ft_exercise_get_reps (draft), ft_exercise_get_sets (draft),
                   error))
    return NULL;

  /* The journal keeps one hold time for the person's own exercises. */
  if (hold_max == hold)
    hold_max = 0;
  if (hold_max != 0)
    return (invalid (error, _("Give one hold time; a range such as 30–60 seconds is kept only "
                              "for the built-in exercises.")), NULL);

  if (image_path != NULL && !g_path_is_absolute (image_path))
    return (invalid (error, _("The picture’s file could not be found; pick it again.")), NULL);

  clean = ft_exercise_new (ft_exercise_get_id (draft), name, kind);
  ft_exercise_set_target (clean, target);
  ft_exercise_set_equipment (clean, ft_exercise_get_equipment (draft));
  ft_exercise_set_position (clean, position);
  ft_exercise_set_steps (clean, (const char * const *) steps->pdata);
  ft_exercise_set_cautions (clean, cautions);
  ft_exercise_set_dose (clean, hold, 0, ft_exercise_get_reps (draft),
                        ft_exercise_get_sets (draft), ft_exercise_get_per_side (draft));
  ft_exercise_set_image_path (clean, image_path);
  _ft_exercise_set_created_us (clean, _ft_exercise_get_created_us (draft));

  return clean;
}

/* Custom exercises: storage */

static char *
equipment_to_column (FtEquipment equipment)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < FT_EQUIPMENT_N_ITEMS; i++)
    if ((equipment & (1u << i)) != 0)
      {
        if (text->len > 0)
          g_string_append_c (text, ',');
        g_string_append (text, ft_equipment_to_key (1u << i));
      }

  if (text->len == 0)
    {
      g_string_free (text, TRUE);
      return NULL;
    }

  return g_string_free (text, FALSE);
}

static FtEquipment
equipment_from_column (const char *text,
                       gint64      row_id)
{
  g_auto(GStrv) keys = NULL;
  FtEquipment equipment = FT_EQUIPMENT_NONE;

  if (text == NULL)
    return equipment;

  keys = g_strsplit (text, ",", -1);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      FtEquipment item;

      if (ft_equipment_from_key (g_strstrip (keys[i]), &item))
        equipment |= item;
      else if (keys[i][0] != '\0')
        g_warning ("Custom exercise %" G_GINT64_FORMAT " names unknown equipment “%s”; leaving it out",
                   row_id, keys[i]);
    }

  return equipment;
}

static void
bind_text_or_null (sqlite3_stmt *stmt,
                   int           column,
                   const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, column, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, column);
}

static void
bind_count_or_null (sqlite3_stmt *stmt,
                    int           column,
                    guint         value)
{
  if (value > 0)
    sqlite3_bind_int64 (stmt, column, value);
  else
    sqlite3_bind_null (stmt, column);
}

/* Binds the fields shared by INSERT and UPDATE to ?1…?12. */
static void
bind_exercise (sqlite3_stmt *stmt,
               FtExercise   *exercise)
{
  g_autofree char *equipment = equipment_to_column (ft_exercise_get_equipment (exercise));
  g_autofree char *steps = g_strjoinv ("\n", (char **) ft_exercise_get_steps (exercise));

  sqlite3_bind_text (stmt, 1, ft_exercise_get_name (exercise), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, ft_exercise_kind_to_key (ft_exercise_get_kind (exercise)), -1,
                     SQLITE_STATIC);
  bind_text_or_null (stmt, 3, ft_exercise_get_target (exercise));
  bind_text_or_null (stmt, 4, equipment);
  bind_text_or_null (stmt, 5, ft_position_to_key (ft_exercise_get_position (exercise)));
  bind_text_or_null (stmt, 6, steps[0] != '\0' ? steps : NULL);
  bind_text_or_null (stmt, 7, ft_exercise_get_cautions (exercise));
  bind_count_or_null (stmt, 8, ft_exercise_get_hold_seconds (exercise));
  bind_count_or_null (stmt, 9, ft_exercise_get_reps (exercise));
  sqlite3_bind_int64 (stmt, 10, ft_exercise_get_sets (exercise));
  sqlite3_bind_int (stmt, 11, ft_exercise_get_per_side (exercise) ? 1 : 0);
  bind_text_or_null (stmt, 12, ft_exercise_get_image_path (exercise));
}

static guint
column_count (sqlite3_stmt *stmt,
              int           column)
{
  gint64 value = sqlite3_column_int64 (stmt, column);

  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? 0 : (guint) CLAMP (value, 0, G_MAXUINT);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

/* Builds an exercise from a row; NULL (with a warning) for a row this
 * Footing cannot show, so one bad row never hides the others. */
static FtExercise *
exercise_from_row (sqlite3_stmt *stmt)
{
  gint64 row_id = sqlite3_column_int64 (stmt, 0);
  const char *name = column_text (stmt, 1);
  const char *kind_key = column_text (stmt, 2);
  const char *position_key = column_text (stmt, 5);
  const char *steps_text = column_text (stmt, 6);
  g_autofree char *id = _ft_exercise_custom_id_to_string (row_id);
  g_autoptr(FtExercise) row = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) steps = NULL;
  FtExercise *exercise;
  FtExerciseKind kind;
  FtPosition position = FT_POSITION_NONE;

  if (!ft_exercise_kind_from_key (kind_key, &kind))
    {
      g_warning ("Skipping custom exercise %" G_GINT64_FORMAT ": unknown kind “%s”",
                 row_id, kind_key != NULL ? kind_key : "");
      return NULL;
    }

  if (position_key != NULL && !ft_position_from_key (position_key, &position))
    g_warning ("Custom exercise %" G_GINT64_FORMAT " has an unknown position “%s”; leaving it out",
               row_id, position_key);

  row = ft_exercise_new (id, name != NULL ? name : "", kind);
  ft_exercise_set_target (row, column_text (stmt, 3));
  ft_exercise_set_equipment (row, equipment_from_column (column_text (stmt, 4), row_id));
  ft_exercise_set_position (row, position);
  steps = g_strsplit (steps_text != NULL ? steps_text : "", "\n", -1);
  ft_exercise_set_steps (row, (const char * const *) steps);
  ft_exercise_set_cautions (row, column_text (stmt, 7));
  ft_exercise_set_dose (row, column_count (stmt, 8), 0, column_count (stmt, 9),
                        column_count (stmt, 10), sqlite3_column_int (stmt, 11) != 0);
  ft_exercise_set_image_path (row, column_text (stmt, 12));
  _ft_exercise_set_created_us (row, sqlite3_column_int64 (stmt, 13));

  exercise = validate_custom (row, &error);
  if (exercise == NULL)
    g_warning ("Skipping custom exercise %" G_GINT64_FORMAT ": %s", row_id, error->message);

  return exercise;
}

static GPtrArray *
query_custom (FtExerciseCatalog  *self,
              GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) exercises = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  if (!_ft_database_prepare (self->database,
                             "SELECT id, name, kind, area, equipment, position, steps, cautions, "
                             "hold_s, reps, sets, per_side, image_path, created_us "
                             "FROM exercise ORDER BY id",
                             &stmt, error))
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FtExercise *exercise = exercise_from_row (stmt);

      self->highest_custom_id = MAX (self->highest_custom_id, sqlite3_column_int64 (stmt, 0));
      if (exercise != NULL)
        g_ptr_array_add (exercises, exercise);
    }

  if (rc != SQLITE_DONE)
    {
      _ft_database_fail (self->database, rc, error);
      return NULL;
    }

  return g_steal_pointer (&exercises);
}

/* The next row id: above every row, every reference a routine or a session
 * still holds, and every id handed out in this run. */
static gboolean
next_custom_id (FtExerciseCatalog  *self,
                gint64             *next,
                GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 highest;

  if (!_ft_database_prepare (self->database,
                             "SELECT max (coalesce ((SELECT max (id) FROM exercise), 0), "
                             "  coalesce ((SELECT max (CAST (substr (exercise_ref, 8) AS INTEGER)) "
                             "             FROM routine_step WHERE substr (exercise_ref, 1, 7) = 'custom:'), 0), "
                             "  coalesce ((SELECT max (CAST (substr (exercise_ref, 8) AS INTEGER)) "
                             "             FROM session_step WHERE substr (exercise_ref, 1, 7) = 'custom:'), 0))",
                             &stmt, error))
    return FALSE;

  if (sqlite3_step (stmt) != SQLITE_ROW)
    return _ft_database_fail (self->database, sqlite3_errcode (_ft_database_get_handle (self->database)),
                              error);

  highest = MAX (sqlite3_column_int64 (stmt, 0), self->highest_custom_id);
  if (highest >= G_MAXINT64)
    return invalid (error, _("No more exercises can be added."));

  *next = highest + 1;
  return TRUE;
}

static gboolean
insert_row (FtExerciseCatalog  *self,
            gint64              row_id,
            FtExercise         *exercise,
            GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!_ft_database_prepare (self->database,
                             "INSERT INTO exercise (name, kind, area, equipment, position, steps, "
                             "cautions, hold_s, reps, sets, per_side, image_path, id, created_us) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                             &stmt, error))
    return FALSE;

  bind_exercise (stmt, exercise);
  sqlite3_bind_int64 (stmt, 13, row_id);
  sqlite3_bind_int64 (stmt, 14, _ft_exercise_get_created_us (exercise));

  return _ft_database_step_done (self->database, stmt, error);
}

static gboolean
row_exists (FtExerciseCatalog  *self,
            gint64              row_id,
            gboolean           *exists,
            GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (!_ft_database_prepare (self->database, "SELECT 1 FROM exercise WHERE id = ?1", &stmt, error))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, row_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _ft_database_fail (self->database, rc, error);

  *exists = rc == SQLITE_ROW;
  return TRUE;
}

static gboolean
count_routines (FtExerciseCatalog  *self,
                const char         *id,
                guint              *count,
                GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!_ft_database_prepare (self->database,
                             "SELECT count (DISTINCT routine_id) FROM routine_step "
                             "WHERE exercise_ref = ?1",
                             &stmt, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return _ft_database_fail (self->database, sqlite3_errcode (_ft_database_get_handle (self->database)),
                              error);

  *count = (guint) sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

/* Model helpers */

static gboolean
find_position (FtExerciseCatalog *self,
               const char        *id,
               guint             *position)
{
  FtExercise *exercise = g_hash_table_lookup (self->by_id, id);

  return exercise != NULL && g_ptr_array_find (self->items, exercise, position);
}

/* Where a custom row id goes: customs are kept in row-id order. */
static guint
custom_insert_position (FtExerciseCatalog *self,
                        gint64             row_id)
{
  guint position = self->items->len;

  while (position > self->n_builtins &&
         ft_exercise_get_custom_id (g_ptr_array_index (self->items, position - 1)) > row_id)
    position--;

  return position;
}

static gboolean
lookup_custom (FtExerciseCatalog  *self,
               const char         *id,
               gint64             *row_id,
               guint              *position,
               GError            **error)
{
  if (!_ft_exercise_parse_custom_id (id, row_id))
    return invalid (error, _("Built-in exercises cannot be changed or deleted."));

  if (!find_position (self, id, position))
    return invalid (error, _("That exercise is no longer there; it may have been deleted."));

  return TRUE;
}

static gint64
now_us (FtExerciseCatalog *self)
{
  g_autoptr(GDateTime) now = NULL;

  if (self->now_func == NULL)
    return 0;

  now = self->now_func (self->now_data);
  g_assert (now != NULL);

  return g_date_time_to_unix_usec (now);
}

/* Only files Footing copied into its own folder are ever removed. */
static void
remove_image (FtExerciseCatalog *self,
              const char        *path)
{
  g_autofree char *folder = NULL;

  if (path == NULL)
    return;

  folder = g_path_get_dirname (path);
  if (strcmp (folder, self->image_folder) != 0)
    return;

  if (g_unlink (path) != 0 && errno != ENOENT)
    g_warning ("Could not remove the picture %s: %s", path, g_strerror (errno));
}

/* GListModel */

static GType
ft_exercise_catalog_get_item_type (GListModel *model)
{
  return FT_TYPE_EXERCISE;
}

static guint
ft_exercise_catalog_get_n_items (GListModel *model)
{
  return FT_EXERCISE_CATALOG (model)->items->len;
}

static gpointer
ft_exercise_catalog_get_item (GListModel *model,
                              guint       position)
{
  FtExerciseCatalog *self = FT_EXERCISE_CATALOG (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
ft_exercise_catalog_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ft_exercise_catalog_get_item_type;
  iface->get_n_items = ft_exercise_catalog_get_n_items;
  iface->get_item = ft_exercise_catalog_get_item;
}

/* VFuncs */

static void
ft_exercise_catalog_dispose (GObject *object)
{
  FtExerciseCatalog *self = FT_EXERCISE_CATALOG (object);

  g_clear_object (&self->database);
  if (self->now_data_destroy != NULL)
    g_clear_pointer (&self->now_data, self->now_data_destroy);

  G_OBJECT_CLASS (ft_exercise_catalog_parent_class)->dispose (object);
}

static void
ft_exercise_catalog_finalize (GObject *object)
{
  FtExerciseCatalog *self = FT_EXERCISE_CATALOG (object);

  g_free (self->image_folder);
  g_hash_table_unref (self->by_id);
  g_ptr_array_unref (self->items);

  G_OBJECT_CLASS (ft_exercise_catalog_parent_class)->finalize (object);
}

static void
ft_exercise_catalog_class_init (FtExerciseCatalogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ft_exercise_catalog_dispose;
  object_class->finalize = ft_exercise_catalog_finalize;
}

static void
ft_exercise_catalog_init (FtExerciseCatalog *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

/* Public API */

/**
 * ft_exercise_catalog_new:
 * @database: the journal
 * @image_folder: where picked images are copied
 *
 * Returns: (transfer full): an empty catalog; ft_exercise_catalog_load() fills it
 */
FtExerciseCatalog *
ft_exercise_catalog_new (FtDatabase *database,
                         const char *image_folder)
{
  FtExerciseCatalog *self;

  g_return_val_if_fail (FT_IS_DATABASE (database), NULL);
  g_return_val_if_fail (image_folder != NULL && g_path_is_absolute (image_folder), NULL);

  self = g_object_new (FT_TYPE_EXERCISE_CATALOG, NULL);
  self->database = g_object_ref (database);
  self->image_folder = g_canonicalize_filename (image_folder, NULL);

  return self;
}

/**
 * ft_exercise_catalog_set_now_func:
 * @self: a #FtExerciseCatalog
 * @now_func: (nullable): gives "now" when a custom exercise is added
 * @now_data: passed to @now_func
 * @now_data_destroy: (nullable): frees @now_data
 *
 * The core never reads the clock; without a clock the creation time of a
 * new custom exercise is stored as 0 (unknown).
 */
void
ft_exercise_catalog_set_now_func (FtExerciseCatalog *self,
                                  FtNowFunc          now_func,
                                  gpointer           now_data,
                                  GDestroyNotify     now_data_destroy)
{
  g_return_if_fail (FT_IS_EXERCISE_CATALOG (self));

  if (self->now_data_destroy != NULL)
    g_clear_pointer (&self->now_data, self->now_data_destroy);

  self->now_func = now_func;
  self->now_data = now_data;
  self->now_data_destroy = now_data_destroy;
}

static gboolean
load_bytes (FtExerciseCatalog  *self,
            GBytes             *data,
            const char         *file_name,
            GError            **error)
{
  g_autoptr(GPtrArray) builtins = NULL;
  g_autoptr(GPtrArray) customs = NULL;
  guint n_items;

  builtins = parse_catalog (data, file_name, error);
  if (builtins == NULL)
    return FALSE;

  customs = query_custom (self, error);
  if (customs == NULL)
    return FALSE;

  g_assert (self->items->len == 0);

  self->n_builtins = builtins->len;
  for (guint i = 0; i < builtins->len; i++)
    g_ptr_array_add (self->items, g_object_ref (g_ptr_array_index (builtins, i)));
  for (guint i = 0; i < customs->len; i++)
    g_ptr_array_add (self->items, g_object_ref (g_ptr_array_index (customs, i)));

  for (guint i = 0; i < self->items->len; i++)
    {
      FtExercise *exercise = g_ptr_array_index (self->items, i);

      g_hash_table_insert (self->by_id, (gpointer) ft_exercise_get_id (exercise), exercise);
    }

  self->loaded = TRUE;
  n_items = self->items->len;
  g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, n_items);

  return TRUE;
}

/**
 * ft_exercise_catalog_load:
 * @self: a #FtExerciseCatalog
 * @resource_path: (nullable): the catalog's GResource path, %NULL for the
 *   one Footing ships
 * @error: return location for an #FtError
 *
 * Returns: %TRUE when the catalog is loaded
 */
gboolean
ft_exercise_catalog_load (FtExerciseCatalog  *self,
                          const char         *resource_path,
                          GError            **error)
{
  g_autoptr(GBytes) data = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (FT_IS_EXERCISE_CATALOG (self), FALSE);

  if (self->loaded)
    return TRUE;

  if (resource_path == NULL)
    resource_path = CATALOG_RESOURCE;

  data = g_resources_lookup_data (resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
  if (data == NULL)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_BAD_FILE,
                   /* Translators: %s is a resource path inside the program. */
                   _("The exercise catalog “%s” is missing from this Footing."), resource_path);
      return FALSE;
    }

  return load_bytes (self, data, resource_path, error);
}

/**
 * ft_exercise_catalog_load_file:
 * @self: a #FtExerciseCatalog
 * @file: a catalog file in the format of the shipped one
 * @error: return location for an #FtError
 *
 * Like ft_exercise_catalog_load(), from a file: for tests and for checking
 * a catalog being written.
 *
 * Returns: %TRUE when the catalog is loaded
 */
gboolean
ft_exercise_catalog_load_file (FtExerciseCatalog  *self,
                               GFile              *file,
                               GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  GBytes *data;
  gboolean ok;

  g_return_val_if_fail (FT_IS_EXERCISE_CATALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->loaded)
    return TRUE;

  name = g_file_get_parse_name (file);
  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &local_error))
    {
      g_set_error (error, FT_ERROR, FT_ERROR_BAD_FILE,
                   /* Translators: a file name, then the reason from the system. */
                   _("The exercise catalog “%s” cannot be read: %s"), name, local_error->message);
      return FALSE;
    }

  data = g_bytes_new_take (g_steal_pointer (&contents), length);
  ok = load_bytes (self, data, name, error);
  g_bytes_unref (data);

  return ok;
}

/**
 * ft_exercise_catalog_lookup:
 * @self: a #FtExerciseCatalog
 * @id: "upper-calf-stretch" or "custom:N"
 *
 * Returns: (transfer none) (nullable): the exercise, or %NULL if there is none
 */
FtExercise *
ft_exercise_catalog_lookup (FtExerciseCatalog *self,
                            const char        *id)
{
  g_return_val_if_fail (FT_IS_EXERCISE_CATALOG (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id, id);
}

/**
 * ft_exercise_catalog_add_custom:
 * @self: a loaded #FtExerciseCatalog
 * @draft: the exercise as the person filled it in (its id is ignored)
 * @error: return location for an #FtError
 *
 * Returns: (transfer full): the stored exercise, appended to the model
 */
FtExercise *
ft_exercise_catalog_add_custom (FtExerciseCatalog  *self,
                                FtExercise         *draft,
                                GError            **error)
{
  g_autoptr(FtExercise) exercise = NULL;
  g_autofree char *id = NULL;
  gint64 row_id = 0;
  guint position;

  g_return_val_if_fail (FT_IS_EXERCISE_CATALOG (self), NULL);
  g_return_val_if_fail (self->loaded, NULL);
  g_return_val_if_fail (FT_IS_EXERCISE (draft), NULL);

  exercise = validate_custom (draft, error);
  if (exercise == NULL)
    return NULL;

  _ft_exercise_set_created_us (exercise, now_us (self));

  if (!_ft_database_begin (self->database, error))
    return NULL;

  if (!_ft_database_finish (self->database,
                            next_custom_id (self, &row_id, error) &&
                            insert_row (self, row_id, exercise, error),
                            error))
    return NULL;

  self->highest_custom_id = MAX (self->highest_custom_id, row_id);
  id = _ft_exercise_custom_id_to_string (row_id);
  _ft_exercise_set_id (exercise, id);

  position = custom_insert_position (self, row_id);
  g_ptr_array_insert (self->items, (int) position, g_object_ref (exercise));
  g_hash_table_insert (self->by_id, (gpointer) ft_exercise_get_id (exercise), exercise);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);

  return g_steal_pointer (&exercise);
}

/**
 * ft_exercise_catalog_update_custom:
 * @self: a loaded #FtExerciseCatalog
 * @id: "custom:N"
 * @draft: the new fields (its id is ignored)
 * @error: return location for an #FtError
 *
 * Replaces the stored exercise, in place in the model. If the picture
 * changed, the old picture's file is removed from the image folder.
 *
 * Returns: (transfer full): the stored exercise
 */
FtExercise *
ft_exercise_catalog_update_custom (FtExerciseCatalog  *self,
                                   const char         *id,
                                   FtExercise         *draft,
                                   GError            **error)
{
  g_autoptr(FtExercise) exercise = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *old_image = NULL;
  FtExercise *old;
  gint64 row_id;
  guint position;
  gboolean ok;

  g_return_val_if_fail (FT_IS_EXERCISE_CATALOG (self), NULL);
  g_return_val_if_fail (self->loaded, NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (FT_IS_EXERCISE (draft), NULL);

  if (!lookup_custom (self, id, &row_id, &position, error))
    return NULL;

  exercise = validate_custom (draft, error);
  if (exercise == NULL)
    return NULL;

  old = g_ptr_array_index (self->items, position);
  _ft_exercise_set_id (exercise, id);
  _ft_exercise_set_created_us (exercise, _ft_exercise_get_created_us (old));

  if (!_ft_database_prepare (self->database,
                             "UPDATE exercise SET name = ?1, kind = ?2, area = ?3, equipment = ?4, "
                             "position = ?5, steps = ?6, cautions = ?7, hold_s = ?8, reps = ?9, "
                             "sets = ?10, per_side = ?11, image_path = ?12 WHERE id = ?13",
                             &stmt, error))
    return NULL;

  bind_exercise (stmt, exercise);
  sqlite3_bind_int64 (stmt, 13, row_id);

  ok = _ft_database_step_done (self->database, stmt, error);
  if (ok && sqlite3_changes (_ft_database_get_handle (self->database)) == 0)
    ok = invalid (error, _("That exercise is no longer there; it may have been deleted."));
  if (!ok)
    return NULL;

  if (g_strcmp0 (ft_exercise_get_image_path (old), ft_exercise_get_image_path (exercise)) != 0)
    old_image = g_strdup (ft_exercise_get_image_path (old));

  g_hash_table_replace (self->by_id, (gpointer) ft_exercise_get_id (exercise), exercise);
  g_ptr_array_index (self->items, position) = g_object_ref (exercise);
  g_object_unref (old);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);

  remove_image (self, old_image);

  return g_steal_pointer (&exercise);
}

/**
 * ft_exercise_catalog_count_uses:
 * @self: a #FtExerciseCatalog
 * @id: an exercise id
 * @count: (out): how many routines have a step with @id
 * @error: return location for an #FtError
 *
 * Returns: %TRUE on success
 */
gboolean
ft_exercise_catalog_count_uses (FtExerciseCatalog  *self,
                                const char         *id,
                                guint              *count,
                                GError            **error)
{
  g_return_val_if_fail (FT_IS_EXERCISE_CATALOG (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (count != NULL, FALSE);

  return count_routines (self, id, count, error);
}

/**
 * ft_exercise_catalog_delete_custom:
 * @self: a loaded #FtExerciseCatalog
 * @id: "custom:N"
 * @force: delete even when routines use it
 * @error: return location for an #FtError
 *
 * With @force, the routines' steps keep their reference to @id, so they
 * show the exercise as missing, and a restore brings it back to them.
 *
 * Returns: (transfer full): the deleted exercise
 */
FtExercise *
ft_exercise_catalog_delete_custom (FtExerciseCatalog  *self,
                                   const char         *id,
                                   gboolean            force,
                                   GError            **error)
{
  g_autoptr(FtExercise) exercise = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 row_id;
  guint position;
  guint uses = 0;
  gboolean ok;

  g_return_val_if_fail (FT_IS_EXERCISE_CATALOG (self), NULL);
  g_return_val_if_fail (self->loaded, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  if (!lookup_custom (self, id, &row_id, &position, error))
    return NULL;

  exercise = g_object_ref (g_ptr_array_index (self->items, position));

  if (!_ft_database_begin (self->database, error))
    return NULL;

  ok = count_routines (self, id, &uses, error);
  if (ok && uses > 0 && !force)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_IN_USE,
                   g_dngettext (GETTEXT_PACKAGE,
                                "“%s” is used by %u routine. Take it out of the routine first, "
                                "or delete it anyway and the routine will show it as missing.",
                                "“%s” is used by %u routines. Take it out of those routines "
                                "first, or delete it anyway and they will show it as missing.",
                                uses),
                   ft_exercise_get_name (exercise), uses);
      ok = FALSE;
    }

  ok = ok && _ft_database_prepare (self->database, "DELETE FROM exercise WHERE id = ?1", &stmt, error);
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, row_id);
      ok = _ft_database_step_done (self->database, stmt, error);
    }
  if (ok && sqlite3_changes (_ft_database_get_handle (self->database)) == 0)
    ok = invalid (error, _("That exercise is no longer there; it may have been deleted."));

  if (!_ft_database_finish (self->database, ok, error))
    return NULL;

  g_hash_table_remove (self->by_id, id);
  g_ptr_array_remove_index (self->items, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);

  return g_steal_pointer (&exercise);
}

/**
 * ft_exercise_catalog_restore_custom:
 * @self: a loaded #FtExerciseCatalog
 * @deleted: what ft_exercise_catalog_delete_custom() returned
 * @error: return location for an #FtError
 *
 * Puts a deleted exercise back with the same id, so the routines that named
 * it find it again.
 *
 * Returns: %TRUE on success
 */
gboolean
ft_exercise_catalog_restore_custom (FtExerciseCatalog  *self,
                                    FtExercise         *deleted,
                                    GError            **error)
{
  g_autoptr(FtExercise) exercise = NULL;
  gboolean exists = FALSE;
  gint64 row_id;
  guint position;

  g_return_val_if_fail (FT_IS_EXERCISE_CATALOG (self), FALSE);
  g_return_val_if_fail (self->loaded, FALSE);
  g_return_val_if_fail (FT_IS_EXERCISE (deleted), FALSE);
  g_return_val_if_fail (ft_exercise_is_custom (deleted), FALSE);

  row_id = ft_exercise_get_custom_id (deleted);

  exercise = validate_custom (deleted, error);
  if (exercise == NULL)
    return FALSE;

  if (!_ft_database_begin (self->database, error))
    return FALSE;

  if (!row_exists (self, row_id, &exists, error))
    return _ft_database_finish (self->database, FALSE, error);

  if (exists)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_EXISTS,
                   _("“%s” is already back in the list."), ft_exercise_get_name (exercise));
      return _ft_database_finish (self->database, FALSE, error);
    }

  if (!_ft_database_finish (self->database, insert_row (self, row_id, exercise, error), error))
    return FALSE;

  self->highest_custom_id = MAX (self->highest_custom_id, row_id);
  position = custom_insert_position (self, row_id);
  g_ptr_array_insert (self->items, (int) position, g_object_ref (exercise));
  g_hash_table_insert (self->by_id, (gpointer) ft_exercise_get_id (exercise), exercise);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);

  return TRUE;
}

/**
 * ft_exercise_catalog_forget_image:
 * @self: a #FtExerciseCatalog
 * @deleted: a deleted exercise that will not be restored
 *
 * Removes its picture from the image folder. Files elsewhere are left alone.
 */
void
ft_exercise_catalog_forget_image (FtExerciseCatalog *self,
                                  FtExercise        *deleted)
{
  g_return_if_fail (FT_IS_EXERCISE_CATALOG (self));
  g_return_if_fail (FT_IS_EXERCISE (deleted));

  /* Restored meanwhile: the picture is in use again. */
  if (ft_exercise_get_id (deleted) != NULL &&
      g_hash_table_contains (self->by_id, ft_exercise_get_id (deleted)))
    return;

  remove_image (self, ft_exercise_get_image_path (deleted));
}

static gboolean
write_new_file (GFile         *file,
                GBytes        *data,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  gsize written;
  gboolean ok;

  /* PRIVATE makes it 0600; create never replaces a file. */
  stream = g_file_create (file, G_FILE_CREATE_PRIVATE, cancellable, error);
  if (stream == NULL)
    return FALSE;

  ok = g_output_stream_write_all (G_OUTPUT_STREAM (stream), g_bytes_get_data (data, NULL),
                                  g_bytes_get_size (data), &written, cancellable, error);
  ok = g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, ok ? error : NULL) && ok;

  if (!ok)
    g_file_delete (file, NULL, NULL);

  return ok;
}

/**
 * ft_exercise_catalog_import_image:
 * @self: a #FtExerciseCatalog
 * @source: the file the person picked
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an #FtError
 *
 * Images that are not PNG, JPEG or SVG, or are damaged, fail with
 * %FT_ERROR_BAD_FILE; images over the size limits with %FT_ERROR_INVALID;
 * a folder that cannot be written with %FT_ERROR_READ_ONLY.
 *
 * Returns: (transfer full): the copy's absolute path
 */
char *
ft_exercise_catalog_import_image (FtExerciseCatalog  *self,
                                  GFile              *source,
                                  GCancellable       *cancellable,
                                  GError            **error)
{
  g_autoptr(GBytes) data = NULL;
  FtImageType type;

  g_return_val_if_fail (FT_IS_EXERCISE_CATALOG (self), NULL);
  g_return_val_if_fail (G_IS_FILE (source), NULL);

  data = ft_image_check_file (source, FT_EXERCISE_IMAGE_MAX_BYTES, FT_EXERCISE_IMAGE_MAX_SIDE,
                              &type, cancellable, error);
  if (data == NULL)
    return NULL;

  if (g_mkdir_with_parents (self->image_folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, FT_ERROR, FT_ERROR_READ_ONLY,
                   /* Translators: a folder, then the reason from the system. */
                   _("The picture could not be saved in “%s”: %s"),
                   self->image_folder, g_strerror (saved_errno));
      return NULL;
    }

  /* A fresh random name each try; a clash only means trying again. */
  for (guint attempt = 0; attempt < 8; attempt++)
    {
      g_autofree char *uuid = g_uuid_string_random ();
      g_autofree char *name = g_strconcat (uuid, ".", ft_image_type_get_extension (type), NULL);
      g_autofree char *path = g_build_filename (self->image_folder, name, NULL);
      g_autoptr(GFile) target = g_file_new_for_path (path);
      g_autoptr(GError) local_error = NULL;

      if (write_new_file (target, data, cancellable, &local_error))
        return g_steal_pointer (&path);

      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        continue;

      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }

      g_set_error (error, FT_ERROR,
                   g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NO_SPACE)
                   ? FT_ERROR_DISK_FULL : FT_ERROR_READ_ONLY,
                   _("The picture could not be saved in “%s”: %s"),
                   self->image_folder, local_error->message);
      return NULL;
    }

  g_set_error (error, FT_ERROR, FT_ERROR_EXISTS,
               _("The picture could not be saved in “%s”: no free file name was found."),
               self->image_folder);
  return NULL;
}
