/* ft-player-view.c — the guided player: a routine run hands-free over the
 * whole window, with its before and after ratings and a summary.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The player only shows the state of an FtRoutineRun, which keeps the time:
 * a 100 ms timeout (and the frame clock while the ring is on screen) hands
 * it the monotonic time, and the run decides what happened. A gap in those
 * ticks (the computer slept) pauses the run rather than completing a hold.
 *
 * What was done is written as it happens: the session when the run starts,
 * each step the moment the run reports it, the end when it ends. Closing
 * the window or quitting mid-routine ends the session as partial; a crash
 * leaves it running, and the session log closes it at the next start.
 *
 * Keys (a capture-phase shortcut controller, so a focused button never
 * takes them): Space pauses and resumes, except during counted reps where
 * it counts a rep and P pauses (P works throughout); Left or Page Up goes
 * back, Right or Page Down skips; Escape asks before stopping.
 */

#include "config.h"

#include "ft-player-view.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ft-error.h"
#include "ft-illustration-view.h"
#include "ft-progress-ring.h"
#include "ft-rating-scale.h"
#include "ft-symptom.h"
#include "ft-window.h"

#define TICK_MS 100

/* A second digit typed this soon after a 1 makes 10, as in the check-in. */
#define TEN_DELAY_US (1200 * 1000)

typedef enum
{
  SOUND_TICK,
  SOUND_HOLD_END,
  SOUND_SIDE_SWITCH,
  N_SOUNDS
} Sound;

static const char * const sound_files[N_SOUNDS] = {
  [SOUND_TICK] = "tick.wav",
  [SOUND_HOLD_END] = "hold-end.wav",
  [SOUND_SIDE_SWITCH] = "side-switch.wav",
};

typedef enum
{
  STAGE_IDLE,
  STAGE_BEFORE,   /* the rating before the first step */
  STAGE_RUN,
  STAGE_AFTER,    /* the rating after the last */
  STAGE_SUMMARY,
} Stage;

struct _FtPlayerView
{
  AdwBreakpointBin  parent_instance;

  FtApplication    *application;
  GSettings        *settings;

  /* What is being run. */
  FtRoutine        *routine;          /* NULL for a single exercise */
  char             *title;
  GPtrArray        *steps;            /* FtRoutineRunStep, owned */
  GPtrArray        *exercises;        /* FtExercise or NULL, one per step */
  FtRoutineRun     *run;

  Stage             stage;
  gint64            session_id;       /* 0 before the session begins */
  gboolean          session_open;
  int               before_rating;
  int               rating;           /* on the rating screen */
  gint64            last_one_us;
  FtRunOutcome      outcome;
  gint64            ended_us;         /* real time the run ended */
  gboolean          abandoning;
  gboolean          paused_for_question;
  gboolean          store_error_shown;

  gint64            time_offset_us;   /* ft_player_view_skip_time() */
  guint             tick_id;
  guint             frame_tick_id;
  guint             inhibit_cookie;
  GtkMediaStream   *sounds[N_SOUNDS];
  FtExercise       *shown_exercise;

  /* Template children */
  AdwBreakpoint     *narrow_breakpoint;
  AdwWindowTitle    *window_title;
  GtkButton         *stop_button;
  GtkStack          *stack;
  GtkLabel          *rating_title;
  GtkLabel          *rating_description;
  FtRatingScale     *rating_scale;
  GtkLabel          *rating_word;
  GtkWidget         *rating_box;
  GtkButton         *rating_continue_button;
  AdwBanner         *asleep_banner;
  FtIllustrationView *illustration;
  GtkLabel          *exercise_label;
  GtkLabel          *side_label;
  GtkLabel          *instruction_label;
  FtProgressRing    *ring;
  GtkLabel          *phase_label;
  GtkLabel          *number_label;
  GtkLabel          *unit_label;
  GtkLabel          *counter_label;
  GtkButton         *count_button;
  GtkButton         *pause_button;
  GtkButton         *finish_button;
  GtkLabel          *keys_label;
  GtkImage          *summary_icon;
  GtkLabel          *summary_title;
  GtkLabel          *summary_description;
  GtkListBox        *summary_list;
  GtkButton         *done_button;
};

G_DEFINE_FINAL_TYPE (FtPlayerView, ft_player_view, ADW_TYPE_BREAKPOINT_BIN)

enum {
  SIGNAL_CLOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const phase_classes[] = {
  "pre-roll", "hold", "reps", "rest", "switch-side", "paused", NULL,
};

static void refresh (FtPlayerView *self);
static void close_player (FtPlayerView *self);

/* Helpers */

static gint64
now_us (FtPlayerView *self)
{
  return g_get_monotonic_time () + self->time_offset_us;
}

static void
show_error (FtPlayerView *self,
            const char   *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  g_warning ("%s", message);
  if (FT_IS_WINDOW (root))
    ft_window_add_toast (FT_WINDOW (root), adw_toast_new (message));
}

static gboolean
counted_reps (const FtRoutineRunStep *step)
{
  return step->reps > 0 && step->hold_seconds == 0 && step->rep_seconds == 0;
}

static FtRunPhase
shown_phase (FtPlayerView *self)
{
  return ft_routine_run_get_paused_phase (self->run);
}

static gboolean
is_paused (FtPlayerView *self)
{
  return ft_routine_run_get_phase (self->run) == FT_RUN_PHASE_PAUSED;
}

static gboolean
run_is_going (FtPlayerView *self)
{
  FtRunPhase phase;

  if (self->run == NULL)
    return FALSE;

  phase = ft_routine_run_get_phase (self->run);

  return phase != FT_RUN_PHASE_IDLE && phase != FT_RUN_PHASE_FINISHED;
}

/* Seconds as a countdown shows them: 25, or 1:30 from a minute up. */
static char *
format_seconds (gint64 us)
{
  gint64 seconds = (us + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC;

  if (seconds >= 60)
    return g_strdup_printf ("%" G_GINT64_FORMAT ":%02d", seconds / 60, (int) (seconds % 60));

  return g_strdup_printf ("%" G_GINT64_FORMAT, seconds);
}

static char *
format_duration (gint64 us)
{
  gint64 seconds = (us + G_USEC_PER_SEC / 2) / G_USEC_PER_SEC;

  if (seconds < 60)
    /* Translators: a length of time under a minute */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d second", "%d seconds",
                                         (gulong) seconds),
                            (int) seconds);

  if (seconds % 60 == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes",
                                         (gulong) (seconds / 60)),
                            (int) (seconds / 60));

  /* Translators: minutes and seconds, "2 min 10 s" */
  return g_strdup_printf (_("%d min %d s"), (int) (seconds / 60), (int) (seconds % 60));
}

static const char *
side_text (FtRunSide side)
{
  switch (side)
    {
    case FT_RUN_SIDE_LEFT:
      return _("Left side");
    case FT_RUN_SIDE_RIGHT:
      return _("Right side");
    case FT_RUN_SIDE_NONE:
    default:
      return NULL;
    }
}

static FtSides
session_side (FtRunSide side)
{
  switch (side)
    {
    case FT_RUN_SIDE_LEFT:
      return FT_SIDES_LEFT;
    case FT_RUN_SIDE_RIGHT:
      return FT_SIDES_RIGHT;
    case FT_RUN_SIDE_NONE:
    default:
      return FT_SIDES_NONE;
    }
}

static FtSessionOutcome
session_outcome (FtRunOutcome outcome)
{
  switch (outcome)
    {
    case FT_RUN_OUTCOME_COMPLETED:
      return FT_SESSION_COMPLETED;
    case FT_RUN_OUTCOME_PARTIAL:
      return FT_SESSION_PARTIAL;
    case FT_RUN_OUTCOME_SKIPPED:
    default:
      return FT_SESSION_SKIPPED;
    }
}

/* A run stopped before anything was done is written as skipped, so it
 * does not count toward the routine's target. */
static FtSessionOutcome
overall_outcome (FtPlayerView *self)
{
  GPtrArray *results;

  if (self->run == NULL)
    return FT_SESSION_SKIPPED;

  if (ft_routine_run_get_phase (self->run) == FT_RUN_PHASE_FINISHED &&
      ft_routine_run_get_outcome (self->run) == FT_RUN_OUTCOME_COMPLETED)
    return FT_SESSION_COMPLETED;

  results = ft_routine_run_get_results (self->run);
  for (guint i = 0; i < results->len; i++)
    {
      FtRoutineRunResult *result = g_ptr_array_index (results, i);

      if (result->outcome != FT_RUN_OUTCOME_SKIPPED)
        return FT_SESSION_PARTIAL;
    }

  return FT_SESSION_SKIPPED;
}

/* Sounds */

static void
load_sounds (FtPlayerView *self)
{
  for (guint i = 0; i < N_SOUNDS; i++)
    {
      g_autofree char *path = NULL;

      if (self->sounds[i] != NULL)
        continue;

      path = g_strconcat (RESOURCE_BASE_PATH "/sounds/", sound_files[i], NULL);
      self->sounds[i] = gtk_media_file_new_for_resource (path);
    }
}

/* A missing media backend or sound device leaves the stream in error: the
 * player then stays silent and goes on. */
static void
play_sound (FtPlayerView *self,
            Sound         sound)
{
  GtkMediaStream *stream;

  if (!g_settings_get_boolean (self->settings, "player-sounds"))
    return;

  load_sounds (self);
  stream = self->sounds[sound];
  if (stream == NULL || gtk_media_stream_get_error (stream) != NULL)
    return;

  gtk_media_stream_pause (stream);
  if (gtk_media_stream_is_prepared (stream) && gtk_media_stream_is_seekable (stream))
    gtk_media_stream_seek (stream, 0);
  gtk_media_stream_play (stream);
}

/* Keeping the screen on */

static void
inhibit (FtPlayerView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->inhibit_cookie != 0)
    return;

  self->inhibit_cookie = gtk_application_inhibit (GTK_APPLICATION (self->application),
                                                  GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                  GTK_APPLICATION_INHIBIT_IDLE,
                                                  _("A guided routine is running"));
}

static void
uninhibit (FtPlayerView *self)
{
  if (self->inhibit_cookie == 0)
    return;

  gtk_application_uninhibit (GTK_APPLICATION (self->application), self->inhibit_cookie);
  self->inhibit_cookie = 0;
}

/* Ticking */

static void
tick (FtPlayerView *self)
{
  if (!run_is_going (self))
    return;

  ft_routine_run_tick (self->run, now_us (self));
  if (self->stage == STAGE_RUN)
    refresh (self);
}

static gboolean
tick_timeout_cb (gpointer user_data)
{
  tick (FT_PLAYER_VIEW (user_data));

  return G_SOURCE_CONTINUE;
}

/* While the ring is on screen it moves with the display's frames; the
 * timeout keeps the run going when the window is hidden. */
static gboolean
ring_frame_tick_cb (GtkWidget     *widget,
                    GdkFrameClock *clock,
                    gpointer       user_data)
{
  tick (FT_PLAYER_VIEW (user_data));

  return G_SOURCE_CONTINUE;
}

static void
start_ticking (FtPlayerView *self)
{
  if (self->tick_id == 0)
    self->tick_id = g_timeout_add (TICK_MS, tick_timeout_cb, self);
  if (self->frame_tick_id == 0)
    self->frame_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->ring),
                                                        ring_frame_tick_cb, self, NULL);
}

static void
stop_ticking (FtPlayerView *self)
{
  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (self->frame_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self->ring), self->frame_tick_id);
      self->frame_tick_id = 0;
    }
}

/* Showing the run */

static const char *
instruction_for (FtPlayerView *self,
                 guint         index,
                 FtRunPhase    phase)
{
  FtExercise *exercise = g_ptr_array_index (self->exercises, index);
  const char * const *steps;
  const char *caution;

  if (phase == FT_RUN_PHASE_REST)
    return _("Rest and breathe. The next set begins soon.");

  if (exercise == NULL)
    return NULL;

  steps = ft_exercise_get_steps (exercise);
  caution = ft_exercise_get_cautions (exercise);

  /* Getting ready needs the set-up; during the hold, the reminder of how. */
  if ((phase == FT_RUN_PHASE_HOLD || phase == FT_RUN_PHASE_REPS) && caution != NULL &&
      *caution != '\0')
    return caution;

  return steps != NULL ? steps[0] : NULL;
}

static void
set_phase_class (FtPlayerView *self,
                 const char   *name)
{
  for (guint i = 0; phase_classes[i] != NULL; i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->ring), phase_classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->ring), name);
}

static void
refresh (FtPlayerView *self)
{
  guint index;
  const FtRoutineRunStep *step;
  FtExercise *exercise;
  FtRunPhase phase;
  FtRunSide side;
  gboolean paused;
  gboolean counted;
  gint64 remaining;
  gint64 total;
  g_autofree char *subtitle = NULL;
  g_autofree char *number = NULL;
  g_autofree char *unit = NULL;
  g_autoptr(GString) counter = g_string_new (NULL);
  const char *phase_name = NULL;
  const char *ring_class = "hold";
  const char *side_name;
  const char *instruction;
  guint n_sets;
  guint n_reps;

  if (self->run == NULL)
    return;

  index = ft_routine_run_get_step_index (self->run);
  step = ft_routine_run_get_step (self->run, index);
  exercise = g_ptr_array_index (self->exercises, index);
  phase = shown_phase (self);
  paused = is_paused (self);
  side = ft_routine_run_get_side (self->run);
  counted = counted_reps (step) && phase == FT_RUN_PHASE_REPS;
  remaining = ft_routine_run_get_remaining_us (self->run);
  total = ft_routine_run_get_phase_total_us (self->run);
  n_sets = ft_routine_run_get_n_sets (self->run);
  n_reps = ft_routine_run_get_n_reps (self->run);

  /* Translators: where the player is in the routine, "Step 2 of 6" */
  subtitle = g_strdup_printf (_("Step %u of %u"), index + 1,
                              ft_routine_run_get_n_steps (self->run));
  adw_window_title_set_subtitle (self->window_title, subtitle);

  gtk_label_set_label (self->exercise_label, step->exercise_name);
  if (exercise != self->shown_exercise)
    {
      self->shown_exercise = exercise;
      ft_illustration_view_set_exercise (self->illustration, exercise);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->illustration), exercise != NULL);
  /* The drawings show the right side; the left is their mirror image. */
  ft_illustration_view_set_mirrored (self->illustration, side == FT_RUN_SIDE_LEFT);

  side_name = side_text (side);
  gtk_label_set_label (self->side_label, side_name != NULL ? side_name : "");
  gtk_widget_set_visible (GTK_WIDGET (self->side_label), side_name != NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (self->side_label), "left");
  gtk_widget_remove_css_class (GTK_WIDGET (self->side_label), "right");
  if (side != FT_RUN_SIDE_NONE)
    gtk_widget_add_css_class (GTK_WIDGET (self->side_label),
                              side == FT_RUN_SIDE_LEFT ? "left" : "right");

  instruction = instruction_for (self, index, phase);
  gtk_label_set_label (self->instruction_label, instruction != NULL ? instruction : "");
  gtk_widget_set_visible (GTK_WIDGET (self->instruction_label), instruction != NULL);

  switch (phase)
    {
    case FT_RUN_PHASE_PRE_ROLL:
      phase_name = _("Get ready");
      ring_class = "pre-roll";
      break;
    case FT_RUN_PHASE_HOLD:
      phase_name = _("Hold");
      break;
    case FT_RUN_PHASE_REPS:
      phase_name = _("Reps");
      ring_class = "reps";
      break;
    case FT_RUN_PHASE_REST:
      phase_name = _("Rest");
      ring_class = "rest";
      break;
    case FT_RUN_PHASE_SWITCH_SIDE:
      phase_name = _("Switch sides");
      ring_class = "switch-side";
      break;
    case FT_RUN_PHASE_IDLE:
    case FT_RUN_PHASE_PAUSED:
    case FT_RUN_PHASE_FINISHED:
    default:
      phase_name = "";
      break;
    }
  if (paused)
    {
      phase_name = _("Paused");
      ring_class = "paused";
    }
  gtk_label_set_label (self->phase_label, phase_name);
  set_phase_class (self, ring_class);

  if (counted)
    {
      guint done = ft_routine_run_get_rep (self->run) - 1;

      number = g_strdup_printf ("%u", done);
      /* Translators: under the number of reps counted, "of 10 reps" */
      unit = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "of %u rep", "of %u reps", n_reps),
                              n_reps);
      ft_progress_ring_set_fraction (self->ring, n_reps > 0 ? (double) done / n_reps : 0);
    }
  else if (phase == FT_RUN_PHASE_REPS)
    {
      number = g_strdup_printf ("%u", ft_routine_run_get_rep (self->run));
      unit = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "of %u rep", "of %u reps", n_reps),
                              n_reps);
      ft_progress_ring_set_fraction (self->ring, total > 0 ? (double) remaining / total : 0);
    }
  else
    {
      gulong seconds = (gulong) ((remaining + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);

      number = format_seconds (remaining);
      /* Under the countdown; from a minute up it reads 1:30 alone. */
      unit = g_strdup (seconds >= 60 ? ""
                                     : g_dngettext (GETTEXT_PACKAGE, "second", "seconds", seconds));
      ft_progress_ring_set_fraction (self->ring, total > 0 ? (double) remaining / total : 0);
    }
  gtk_label_set_label (self->number_label, number);
  gtk_label_set_label (self->unit_label, unit);

  if (n_sets > 1)
    /* Translators: "Set 1 of 3" */
    g_string_append_printf (counter, _("Set %u of %u"), ft_routine_run_get_set (self->run), n_sets);
  if (n_reps > 0 && !counted && phase != FT_RUN_PHASE_REPS)
    {
      if (counter->len > 0)
        g_string_append (counter, " · ");
      /* Translators: "Rep 2 of 10" */
      g_string_append_printf (counter, _("Rep %u of %u"), ft_routine_run_get_rep (self->run),
                              n_reps);
    }
  gtk_label_set_label (self->counter_label, counter->str);
  gtk_widget_set_visible (GTK_WIDGET (self->counter_label), counter->len > 0);

  gtk_widget_set_visible (GTK_WIDGET (self->count_button), counted);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "player.count-rep", counted && !paused);

  gtk_button_set_icon_name (self->pause_button, paused ? "media-playback-start-symbolic"
                                                      : "media-playback-pause-symbolic");
  if (paused)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->pause_button),
                                 counted ? _("Resume (P)") : _("Resume (Space)"));
  else
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->pause_button),
                                 counted ? _("Pause (P)") : _("Pause (Space)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pause_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, paused ? _("Resume") : _("Pause"),
                                  -1);

  if (counted)
    gtk_label_set_label (self->keys_label,
                         _("Space counts a rep · P pauses · ← back · → skip · Esc stops"));
  else if (paused)
    gtk_label_set_label (self->keys_label, _("Space resumes · ← back · → skip · Esc stops"));
  else
    gtk_label_set_label (self->keys_label, _("Space pauses · ← back · → skip · Esc stops"));

  adw_banner_set_revealed (self->asleep_banner,
                           paused && ft_routine_run_get_interrupted (self->run));
}

static void
announce (FtPlayerView *self,
          const char   *message)
{
  gtk_accessible_announce (GTK_ACCESSIBLE (self), message,
                           GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
}

static void
announce_phase (FtPlayerView *self,
                FtRunPhase    phase)
{
  guint index = ft_routine_run_get_step_index (self->run);
  const FtRoutineRunStep *step = ft_routine_run_get_step (self->run, index);
  const char *side = side_text (ft_routine_run_get_side (self->run));
  guint seconds = (guint) ((ft_routine_run_get_phase_total_us (self->run) + G_USEC_PER_SEC - 1) /
                           G_USEC_PER_SEC);
  g_autofree char *message = NULL;

  switch (phase)
    {
    case FT_RUN_PHASE_PRE_ROLL:
      if (side != NULL)
        /* Translators: said by the screen reader, "Get ready: Upper calf stretch, Left side" */
        message = g_strdup_printf (_("Get ready: %s, %s"), step->exercise_name, side);
      else
        message = g_strdup_printf (_("Get ready: %s"), step->exercise_name);
      break;
    case FT_RUN_PHASE_HOLD:
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Hold for %u second",
                                              "Hold for %u seconds", seconds), seconds);
      break;
    case FT_RUN_PHASE_REPS:
      if (counted_reps (step))
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%s: %u rep, press Space for each",
                                                "%s: %u reps, press Space for each",
                                                ft_routine_run_get_n_reps (self->run)),
                                   step->exercise_name, ft_routine_run_get_n_reps (self->run));
      else
        message = g_strdup_printf (_("%s: reps, one with each tone"), step->exercise_name);
      break;
    case FT_RUN_PHASE_REST:
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Rest for %u second",
                                              "Rest for %u seconds", seconds), seconds);
      break;
    case FT_RUN_PHASE_SWITCH_SIDE:
      message = g_strdup_printf (_("Switch to the right side: %s"), step->exercise_name);
      break;
    case FT_RUN_PHASE_PAUSED:
      message = g_strdup (ft_routine_run_get_interrupted (self->run)
                          ? _("Paused while the computer was asleep")
                          : _("Paused"));
      break;
    case FT_RUN_PHASE_IDLE:
    case FT_RUN_PHASE_FINISHED:
    default:
      return;
    }

  announce (self, message);
}

/* The rating screens */

static void
show_rating_value (FtPlayerView *self)
{
  g_autofree char *word = NULL;

  ft_rating_scale_set_value (self->rating_scale, self->rating);
  if (self->rating == FT_NOT_RATED)
    word = g_strdup (_("Not rated"));
  else
    /* Translators: a rating and its word, for example "3 · mild" */
    word = g_strdup_printf (_("%d · %s"), self->rating, ft_rating_get_word (self->rating));
  gtk_label_set_label (self->rating_word, word);
}

static void
show_rating (FtPlayerView *self,
             Stage         stage)
{
  self->stage = stage;
  self->rating = FT_NOT_RATED;
  show_rating_value (self);

  if (stage == STAGE_BEFORE)
    {
      adw_window_title_set_subtitle (self->window_title, _("Before you start"));
      gtk_label_set_label (self->rating_title, _("How Is Your Main Symptom Right Now?"));
      gtk_label_set_label (self->rating_description,
                           _("0 is none, 10 the worst. Optional: Skip starts at once."));
      gtk_button_set_label (self->rating_continue_button, _("_Start"));
    }
  else
    {
      adw_window_title_set_subtitle (self->window_title, _("After the routine"));
      gtk_label_set_label (self->rating_title, _("And Now?"));
      gtk_label_set_label (self->rating_description,
                           _("Your main symptom after the exercises, 0 to 10. Optional."));
      gtk_button_set_label (self->rating_continue_button, _("_Save"));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->stop_button), stage == STAGE_BEFORE);
  gtk_stack_set_visible_child_name (self->stack, "rating");
  gtk_widget_grab_focus (GTK_WIDGET (self->rating_continue_button));
  announce (self, gtk_label_get_label (self->rating_title));
}

/* The summary */

static char *
result_detail (FtPlayerView             *self,
               const FtRoutineRunResult *result)
{
  const FtRoutineRunStep *step = ft_routine_run_get_step (self->run, result->step_index);
  g_autoptr(GString) text = g_string_new (NULL);
  const char *side = side_text (result->side);

  if (side != NULL)
    g_string_append (text, side);

  if (result->outcome == FT_RUN_OUTCOME_SKIPPED)
    {
      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append (text, _("Skipped"));
      return g_string_free (g_steal_pointer (&text), FALSE);
    }

  if (text->len > 0)
    g_string_append (text, " · ");
  if (step->reps > 0)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u rep", "%u reps",
                                               result->reps_done),
                            result->reps_done);
  else
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u hold", "%u holds",
                                               result->holds_done),
                            result->holds_done);
  if (step->sets > 1)
    {
      g_string_append (text, " · ");
      /* Translators: sets done of a step's sets, "2 of 3 sets" */
      g_string_append_printf (text, _("%u of %u sets"), result->sets_done, step->sets);
    }
  if (result->outcome == FT_RUN_OUTCOME_PARTIAL)
    g_string_append_printf (text, " · %s", _("partly done"));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
create_summary_row (FtPlayerView             *self,
                    const FtRoutineRunResult *result)
{
  const FtRoutineRunStep *step = ft_routine_run_get_step (self->run, result->step_index);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon;
  g_autofree char *detail = result_detail (self, result);
  const char *icon_name;
  const char *icon_class;

  switch (result->outcome)
    {
    case FT_RUN_OUTCOME_COMPLETED:
      icon_name = "object-select-symbolic";
      icon_class = "success";
      break;
    case FT_RUN_OUTCOME_PARTIAL:
      icon_name = "view-more-horizontal-symbolic";
      icon_class = "warning";
      break;
    case FT_RUN_OUTCOME_SKIPPED:
    default:
      icon_name = "media-skip-forward-symbolic";
      icon_class = "dim-label";
      break;
    }

  icon = g_object_new (GTK_TYPE_IMAGE,
                       "icon-name", icon_name,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                       NULL);
  gtk_widget_add_css_class (icon, icon_class);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), step->exercise_name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), detail);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  return row;
}

/* The last result for each step and side, in the order first done: a
 * step done again after Previous replaces the earlier try, as in the log. */
static GPtrArray *
merged_results (FtPlayerView *self)
{
  GPtrArray *results = ft_routine_run_get_results (self->run);
  GPtrArray *merged = g_ptr_array_new ();

  for (guint i = 0; i < results->len; i++)
    {
      FtRoutineRunResult *result = g_ptr_array_index (results, i);
      gboolean replaced = FALSE;

      for (guint j = 0; j < merged->len && !replaced; j++)
        {
          FtRoutineRunResult *earlier = g_ptr_array_index (merged, j);

          if (earlier->step_index == result->step_index && earlier->side == result->side)
            {
              merged->pdata[j] = result;
              replaced = TRUE;
            }
        }

      if (!replaced)
        g_ptr_array_add (merged, result);
    }

  return merged;
}

static char *
progress_text (FtPlayerView *self)
{
  FtSessionLog *log = ft_application_get_session_log (self->application);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  FtAdherence adherence;
  GDate today;

  if (self->routine == NULL || log == NULL)
    return NULL;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));

  if (!ft_session_log_get_adherence (log, self->routine, &today, &adherence, &error))
    {
      g_warning ("Could not count today's sessions: %s", error->message);
      return NULL;
    }

  if (adherence.period == FT_TARGET_DAY)
    /* Translators: sessions done today of the routine's daily target, "2 of 5 today" */
    return g_strdup_printf (_("%u of %u today"), adherence.done_today, adherence.target);
  if (adherence.period == FT_TARGET_WEEK)
    /* Translators: days with a session this week of the target, "3 of 5 days this week" */
    return g_strdup_printf (_("%u of %u days this week"), adherence.days_this_week,
                            adherence.target);

  return NULL;
}

static void
show_summary (FtPlayerView *self,
              int           after_rating)
{
  g_autoptr(GPtrArray) results = merged_results (self);
  g_autoptr(GString) description = g_string_new (NULL);
  g_autofree char *active = format_duration (ft_routine_run_get_active_us (self->run));
  g_autofree char *progress = progress_text (self);
  FtSessionOutcome outcome = overall_outcome (self);
  GtkWidget *child;

  self->stage = STAGE_SUMMARY;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->summary_list))) != NULL)
    gtk_list_box_remove (self->summary_list, child);
  for (guint i = 0; i < results->len; i++)
    gtk_list_box_append (self->summary_list,
                         create_summary_row (self, g_ptr_array_index (results, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->summary_list), results->len > 0);

  switch (outcome)
    {
    case FT_SESSION_COMPLETED:
      gtk_label_set_label (self->summary_title, _("All Done"));
      gtk_image_set_from_icon_name (self->summary_icon, "object-select-symbolic");
      break;
    case FT_SESSION_PARTIAL:
      gtk_label_set_label (self->summary_title, _("Part Done, and Saved"));
      gtk_image_set_from_icon_name (self->summary_icon, "object-select-symbolic");
      break;
    case FT_SESSION_SKIPPED:
    case FT_SESSION_RUNNING:
    default:
      gtk_label_set_label (self->summary_title, _("Nothing Done This Time"));
      gtk_image_set_from_icon_name (self->summary_icon, "media-skip-forward-symbolic");
      break;
    }

  /* Translators: the time spent exercising, pauses left out, "Active time: 2 min 10 s" */
  g_string_append_printf (description, _("Active time: %s"), active);
  if (progress != NULL)
    g_string_append_printf (description, " · %s", progress);
  if (self->before_rating != FT_SESSION_NO_RATING && after_rating != FT_SESSION_NO_RATING)
    {
      g_string_append_c (description, '\n');
      /* Translators: the main symptom before and after, "Main symptom: 5 before, 3 after" */
      g_string_append_printf (description, _("Main symptom: %d before, %d after"),
                              self->before_rating, after_rating);
    }
  gtk_label_set_label (self->summary_description, description->str);

  adw_window_title_set_subtitle (self->window_title, _("Summary"));
  gtk_widget_set_visible (GTK_WIDGET (self->stop_button), FALSE);
  gtk_stack_set_visible_child_name (self->stack, "summary");
  gtk_widget_grab_focus (GTK_WIDGET (self->done_button));
  announce (self, gtk_label_get_label (self->summary_title));
}

/* The session */

static void
close_session (FtPlayerView *self,
               int           after_rating)
{
  FtSessionLog *log = ft_application_get_session_log (self->application);
  g_autoptr(GError) error = NULL;

  if (!self->session_open || log == NULL)
    return;

  self->session_open = FALSE;
  if (!ft_session_log_finish (log, self->session_id, overall_outcome (self),
                              self->ended_us != 0 ? self->ended_us : g_get_real_time (),
                              after_rating, &error))
    show_error (self, error->message);
}

static void
run_step_done_cb (FtPlayerView       *self,
                  FtRoutineRunResult *result)
{
  FtSessionLog *log = ft_application_get_session_log (self->application);
  g_autoptr(FtSessionStep) step = NULL;
  g_autoptr(GError) error = NULL;

  if (!self->session_open || log == NULL)
    return;

  step = ft_session_step_new (result->step_index, result->exercise_ref, session_side (result->side),
                              result->holds_done, result->reps_done, result->sets_done,
                              session_outcome (result->outcome), g_get_real_time ());
  if (!ft_session_log_add_step (log, self->session_id, step, &error) && !self->store_error_shown)
    {
      /* Said once: the run goes on, and the person knows it is not kept. */
      self->store_error_shown = TRUE;
      show_error (self, error->message);
    }
}

static void
run_phase_changed_cb (FtPlayerView *self,
                      FtRunPhase    phase)
{
  if (self->stage != STAGE_RUN)
    return;

  refresh (self);
  announce_phase (self, phase);
}

static void
run_cue_cb (FtPlayerView *self,
            FtRunCue      cue,
            guint         seconds_left)
{
  switch (cue)
    {
    case FT_RUN_CUE_COUNTDOWN_TICK:
    case FT_RUN_CUE_REP:
      play_sound (self, SOUND_TICK);
      break;
    case FT_RUN_CUE_HOLD_END:
      play_sound (self, SOUND_HOLD_END);
      break;
    case FT_RUN_CUE_SIDE_SWITCH:
      play_sound (self, SOUND_SIDE_SWITCH);
      break;
    case FT_RUN_CUE_FINISHED:
    default:
      break;
    }
}

static gboolean
after_run_idle_cb (gpointer user_data)
{
  FtPlayerView *self = user_data;

  if (self->stage == STAGE_RUN)
    show_rating (self, STAGE_AFTER);

  return G_SOURCE_REMOVE;
}

static void
run_finished_cb (FtPlayerView *self,
                 FtRunOutcome  outcome)
{
  self->outcome = outcome;
  self->ended_us = g_get_real_time ();
  stop_ticking (self);
  uninhibit (self);

  /* Stopping with Escape goes straight back; otherwise the after rating,
   * once the run has finished emitting. */
  if (!self->abandoning)
    g_idle_add_full (G_PRIORITY_DEFAULT, after_run_idle_cb, g_object_ref (self), g_object_unref);
}

static void
begin_run (FtPlayerView *self)
{
  FtSessionLog *log = ft_application_get_session_log (self->application);
  g_autoptr(GDateTime) started = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  int pre_roll = g_settings_get_int (self->settings, "pre-roll-seconds");

  g_autofree FtRoutineRunStep *flat = g_new0 (FtRoutineRunStep, self->steps->len);

  /* The run keeps its own copy of the steps. */
  for (guint i = 0; i < self->steps->len; i++)
    flat[i] = *(FtRoutineRunStep *) g_ptr_array_index (self->steps, i);
  self->run = ft_routine_run_new (flat, self->steps->len);

  ft_routine_run_set_pre_roll_seconds (self->run, (guint) CLAMP (pre_roll, 0, 30));
  g_signal_connect_object (self->run, "phase-changed", G_CALLBACK (run_phase_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->run, "cue", G_CALLBACK (run_cue_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->run, "step-done", G_CALLBACK (run_step_done_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->run, "finished", G_CALLBACK (run_finished_cb), self,
                           G_CONNECT_SWAPPED);

  if (log != NULL)
    {
      self->session_id = ft_session_log_begin (log, self->routine, FT_SESSION_SOURCE_GUIDED,
                                               started, self->before_rating, &error);
      if (self->session_id == 0)
        show_error (self, error->message);
      self->session_open = self->session_id != 0;
    }

  if (g_settings_get_boolean (self->settings, "player-sounds"))
    load_sounds (self);

  self->stage = STAGE_RUN;
  gtk_widget_set_visible (GTK_WIDGET (self->stop_button), TRUE);
  gtk_stack_set_visible_child_name (self->stack, "run");
  inhibit (self);
  ft_routine_run_start (self->run, now_us (self));
  start_ticking (self);
  refresh (self);
  announce_phase (self, ft_routine_run_get_phase (self->run));
  gtk_widget_grab_focus (GTK_WIDGET (self->pause_button));
}

static void
reset (FtPlayerView *self)
{
  stop_ticking (self);
  uninhibit (self);
  g_clear_object (&self->run);
  g_clear_object (&self->routine);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->steps, g_ptr_array_unref);
  g_clear_pointer (&self->exercises, g_ptr_array_unref);
  self->shown_exercise = NULL;
  self->stage = STAGE_IDLE;
  self->session_id = 0;
  self->session_open = FALSE;
  self->before_rating = FT_SESSION_NO_RATING;
  self->ended_us = 0;
  self->abandoning = FALSE;
  self->paused_for_question = FALSE;
  self->store_error_shown = FALSE;
  self->time_offset_us = 0;
}

static void
close_player (FtPlayerView *self)
{
  reset (self);
  g_signal_emit (self, signals[SIGNAL_CLOSED], 0);
}

/* Ends whatever is going on, keeping what was done. */
static void
end_run (FtPlayerView *self)
{
  self->abandoning = TRUE;
  if (run_is_going (self))
    ft_routine_run_finish (self->run, now_us (self));
  close_session (self, FT_SESSION_NO_RATING);
}

static void
abandon (FtPlayerView *self)
{
  end_run (self);
  close_player (self);
}

static void
rating_done (FtPlayerView *self,
             int           value)
{
  if (self->stage == STAGE_BEFORE)
    {
      self->before_rating = value;
      begin_run (self);
    }
  else if (self->stage == STAGE_AFTER)
    {
      close_session (self, value);
      show_summary (self, value);
    }
}

/* Callbacks */

static void
rating_scale_picked_cb (FtPlayerView *self,
                        int           value)
{
  /* One tap: the number is the answer. */
  self->rating = value;
  show_rating_value (self);
  rating_done (self, value);
}

static gboolean
rating_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       FtPlayerView          *self)
{
  guint digit;
  gint64 now;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  if (keyval == GDK_KEY_Right || keyval == GDK_KEY_KP_Right)
    {
      self->rating = self->rating == FT_NOT_RATED ? 0 : MIN (self->rating + 1, FT_RATING_MAX);
      show_rating_value (self);
      return GDK_EVENT_STOP;
    }

  if (keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left)
    {
      if (self->rating > 0)
        self->rating--;
      show_rating_value (self);
      return GDK_EVENT_STOP;
    }

  if (keyval == GDK_KEY_BackSpace || keyval == GDK_KEY_Delete)
    {
      self->rating = FT_NOT_RATED;
      show_rating_value (self);
      return GDK_EVENT_STOP;
    }

  if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
    digit = keyval - GDK_KEY_0;
  else if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    digit = keyval - GDK_KEY_KP_0;
  else
    return GDK_EVENT_PROPAGATE;

  now = g_get_monotonic_time ();
  if (digit == 0 && self->rating == 1 && now - self->last_one_us < TEN_DELAY_US)
    self->rating = 10;
  else
    self->rating = (int) digit;
  self->last_one_us = digit == 1 ? now : 0;
  show_rating_value (self);

  return GDK_EVENT_STOP;
}

static void
narrow_breakpoint_apply_cb (FtPlayerView *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "narrow");
}

static void
narrow_breakpoint_unapply_cb (FtPlayerView *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self), "narrow");
}

static void
stop_dialog_response_cb (AdwAlertDialog *dialog,
                         const char     *response,
                         FtPlayerView   *self)
{
  if (g_str_equal (response, "stop"))
    {
      abandon (self);
      return;
    }

  if (self->paused_for_question && run_is_going (self) && is_paused (self))
    ft_routine_run_resume (self->run, now_us (self));
  self->paused_for_question = FALSE;
  refresh (self);
}

/* Actions */

static void
toggle_pause (FtPlayerView *self)
{
  if (!run_is_going (self))
    return;

  if (is_paused (self))
    ft_routine_run_resume (self->run, now_us (self));
  else
    ft_routine_run_pause (self->run, now_us (self));
  refresh (self);
}

static void
pause_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  toggle_pause (FT_PLAYER_VIEW (widget));
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  FtPlayerView *self = FT_PLAYER_VIEW (widget);

  if (run_is_going (self))
    ft_routine_run_previous (self->run, now_us (self));
  refresh (self);
}

static void
skip_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FtPlayerView *self = FT_PLAYER_VIEW (widget);

  if (run_is_going (self))
    ft_routine_run_skip (self->run, now_us (self));
  if (self->stage == STAGE_RUN)
    refresh (self);
}

static void
finish_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FtPlayerView *self = FT_PLAYER_VIEW (widget);

  if (run_is_going (self))
    ft_routine_run_finish (self->run, now_us (self));
}

static void
count_rep_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FtPlayerView *self = FT_PLAYER_VIEW (widget);

  if (run_is_going (self) && ft_routine_run_count_rep (self->run, now_us (self)))
    {
      g_autofree char *message = g_strdup_printf ("%u", ft_routine_run_get_rep (self->run) - 1);

      if (self->stage == STAGE_RUN)
        {
          refresh (self);
          announce (self, message);
        }
    }
}

static void
stop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FtPlayerView *self = FT_PLAYER_VIEW (widget);
  AdwDialog *dialog;

  switch (self->stage)
    {
    case STAGE_BEFORE:
    case STAGE_IDLE:
      close_player (self);
      return;
    case STAGE_AFTER:
      rating_done (self, FT_SESSION_NO_RATING);
      return;
    case STAGE_SUMMARY:
      close_player (self);
      return;
    case STAGE_RUN:
    default:
      break;
    }

  if (!run_is_going (self))
    return;

  /* Hold still while the question is open. */
  if (!is_paused (self))
    {
      ft_routine_run_pause (self->run, now_us (self));
      self->paused_for_question = TRUE;
      refresh (self);
    }

  dialog = adw_alert_dialog_new (_("Stop This Routine?"),
                                 _("What you have done so far is kept in your history."));
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "continue", _("_Keep Going"),
                                  "stop", _("_Stop"),
                                  NULL);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "continue");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "continue");
  g_signal_connect_object (dialog, "response", G_CALLBACK (stop_dialog_response_cb), self, 0);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  close_player (FT_PLAYER_VIEW (widget));
}

static void
save_rating_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FtPlayerView *self = FT_PLAYER_VIEW (widget);

  rating_done (self, self->rating == FT_NOT_RATED ? FT_SESSION_NO_RATING : self->rating);
}

static void
skip_rating_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  rating_done (FT_PLAYER_VIEW (widget), FT_SESSION_NO_RATING);
}

/* Keys that act on the run whatever has the focus. Elsewhere (the rating
 * and the summary) they pass on, so Space still presses a focused button. */
static gboolean
space_shortcut_cb (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   user_data)
{
  FtPlayerView *self = FT_PLAYER_VIEW (widget);
  const FtRoutineRunStep *step;

  if (self->stage != STAGE_RUN || !run_is_going (self))
    return FALSE;

  step = ft_routine_run_get_step (self->run, ft_routine_run_get_step_index (self->run));
  if (!is_paused (self) && counted_reps (step) && shown_phase (self) == FT_RUN_PHASE_REPS)
    count_rep_action (widget, NULL, NULL);
  else
    toggle_pause (self);

  return TRUE;
}

static gboolean
run_shortcut_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  FtPlayerView *self = FT_PLAYER_VIEW (widget);
  const char *action = user_data;

  if (self->stage != STAGE_RUN || !run_is_going (self))
    return FALSE;

  gtk_widget_activate_action (widget, action, NULL);

  return TRUE;
}

static gboolean
escape_shortcut_cb (GtkWidget *widget,
                    GVariant  *args,
                    gpointer   user_data)
{
  FtPlayerView *self = FT_PLAYER_VIEW (widget);

  if (self->stage == STAGE_IDLE)
    return FALSE;

  stop_action (widget, NULL, NULL);

  return TRUE;
}

static void
add_shortcut (GtkShortcutController *controller,
              guint                  keyval,
              GtkShortcutFunc        func,
              const char            *action)
{
  GtkShortcutAction *callback = gtk_callback_action_new (func, (gpointer) action, NULL);

  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (keyval, 0),
                                                          callback));
}

/* Building what runs */

static gboolean
load_book (FtPlayerView  *self,
           GError       **error)
{
  FtExerciseCatalog *catalog = ft_application_get_exercise_catalog (self->application);
  FtRoutineBook *book = ft_application_get_routine_book (self->application);

  if (catalog == NULL || book == NULL)
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_STORAGE,
                           _("The journal is not open, so nothing can be recorded"));
      return FALSE;
    }

  if (!ft_exercise_catalog_load (catalog, NULL, error))
    return FALSE;

  /* Loading the book again re-reads every routine: only the first time. */
  if (g_list_model_get_n_items (G_LIST_MODEL (book)) == 0 && !ft_routine_book_load (book, error))
    return FALSE;

  return TRUE;
}

static void
unref_exercise (gpointer exercise)
{
  if (exercise != NULL)
    g_object_unref (exercise);
}

static void
add_step (FtPlayerView  *self,
          const char    *exercise_ref,
          guint          hold_seconds,
          guint          reps,
          guint          sets,
          guint          rest_seconds,
          FtSides        sides)
{
  FtExerciseCatalog *catalog = ft_application_get_exercise_catalog (self->application);
  FtExercise *exercise = ft_exercise_catalog_lookup (catalog, exercise_ref);
  FtRoutineRunStep step = {
    .exercise_ref = exercise_ref,
    .exercise_name = exercise != NULL ? ft_exercise_get_name (exercise) : exercise_ref,
    .hold_seconds = hold_seconds,
    .reps = reps,
    .sets = MAX (sets, 1),
    .rest_seconds = rest_seconds,
    .sides = (FtRunSides) sides,
    /* Reps within a hold are paced by the hold; plain reps by the pace
     * the person chose, or counted by their taps. */
    .rep_seconds = hold_seconds == 0 ? (guint) CLAMP (g_settings_get_int (self->settings,
                                                                          "rep-pace-seconds"),
                                                      0, 10)
                                     : 0,
  };

  g_ptr_array_add (self->steps, ft_routine_run_step_copy (&step));
  g_ptr_array_add (self->exercises, exercise != NULL ? g_object_ref (exercise) : NULL);
}

static void
begin (FtPlayerView *self)
{
  adw_window_title_set_title (self->window_title, self->title);
  show_rating (self, STAGE_BEFORE);
}

/* GObject */

static void
ft_player_view_dispose (GObject *object)
{
  FtPlayerView *self = FT_PLAYER_VIEW (object);

  /* A player taken away mid-run still keeps what was done. */
  if (self->application != NULL && self->stage != STAGE_IDLE)
    end_run (self);
  reset (self);

  for (guint i = 0; i < N_SOUNDS; i++)
    g_clear_object (&self->sounds[i]);

  gtk_widget_dispose_template (GTK_WIDGET (self), FT_TYPE_PLAYER_VIEW);
  g_clear_object (&self->settings);
  g_clear_object (&self->application);

  G_OBJECT_CLASS (ft_player_view_parent_class)->dispose (object);
}

static void
ft_player_view_class_init (FtPlayerViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ft_player_view_dispose;

  /**
   * FtPlayerView::closed:
   *
   * The player is done: the person pressed Done, or stopped. The window
   * goes back to the page they started from.
   */
  signals[SIGNAL_CLOSED] = g_signal_new ("closed",
                                         G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 0);

  g_type_ensure (FT_TYPE_ILLUSTRATION_VIEW);
  g_type_ensure (FT_TYPE_PROGRESS_RING);
  g_type_ensure (FT_TYPE_RATING_SCALE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ft-player-view.ui");
  gtk_widget_class_bind_template_child (widget_class, FtPlayerView, narrow_breakpoint);
  gtk_widget_class_bind_template_child (widget_class, FtPlayerView, window_title);
  gtk_widget_class_bind_template_child (widget_class, FtPlayerView, stop_button);
  gtk_widget_class_bind_template_child (widget_class, FtPlayerView, stack);
  gtk_widget_class_bind_template_child (widget_class, FtPlayerView, rating_title);
  gtk_widget_class_bind_template_child (widget_class, FtPlayerView, rating_description);
  gtk_widget_class_bind_template_child (widget_class, FtPlayerView, rating_scale);
  gtk_widget_class_bind_template_child (widget_class, FtPlayerView, rating_word);
  gtk_widget_class_bind_template_child (widget_class, FtPlayerView, rating_box);
  gtk_widget_class_bind_template_child (widget_class, FtPlayerView, rating_continue_button);
  gtk_widget_class_bind_template_child (widget_class, FtPlayerView, asleep_banner);
  gtk_widget_class_bind_template_child (widget_class, FtPlayerView, illustration);
  gtk_widget_class_bind_template_child (widget_class, FtPlayerView, exercise_label);
  gtk_widget_class_bind_template_child (widget_class, FtPlayerView, side_label);
  gtk_widget_class_bind_template_child (widget_class, FtPlayerView, instruction_label);
  gtk_widget_class_bind_template_child (widget_class, FtPlayerView, ring);
  gtk_widget_class_bind_template_child (widget_class, FtPlayerView, phase_label);
  gtk_widget_class_bind_template_child (widget_class, FtPlayerView, number_label);
  gtk_widget_class_bind_template_child (widget_class, FtPlayerView, unit_label);
  gtk_widget_class_bind_template_child (widget_class, FtPlayerView, counter_label);
  gtk_widget_class_bind_template_child (widget_class, FtPlayerView, count_button);
  gtk_widget_class_bind_template_child (widget_class, FtPlayerView, pause_button);
  gtk_widget_class_bind_template_child (widget_class, FtPlayerView, finish_button);
  gtk_widget_class_bind_template_child (widget_class, FtPlayerView, keys_label);
  gtk_widget_class_bind_template_child (widget_class, FtPlayerView, summary_icon);
  gtk_widget_class_bind_template_child (widget_class, FtPlayerView, summary_title);
  gtk_widget_class_bind_template_child (widget_class, FtPlayerView, summary_description);
  gtk_widget_class_bind_template_child (widget_class, FtPlayerView, summary_list);
  gtk_widget_class_bind_template_child (widget_class, FtPlayerView, done_button);
  gtk_widget_class_bind_template_callback (widget_class, rating_scale_picked_cb);

  gtk_widget_class_install_action (widget_class, "player.pause", NULL, pause_action);
  gtk_widget_class_install_action (widget_class, "player.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "player.skip", NULL, skip_action);
  gtk_widget_class_install_action (widget_class, "player.finish", NULL, finish_action);
  gtk_widget_class_install_action (widget_class, "player.count-rep", NULL, count_rep_action);
  gtk_widget_class_install_action (widget_class, "player.stop", NULL, stop_action);
  gtk_widget_class_install_action (widget_class, "player.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "player.save-rating", NULL, save_rating_action);
  gtk_widget_class_install_action (widget_class, "player.skip-rating", NULL, skip_rating_action);

  gtk_widget_class_set_css_name (widget_class, "player");
}

static void
ft_player_view_init (FtPlayerView *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  GtkEventController *rating_keys = gtk_event_controller_key_new ();
  GtkShortcutController *controller = GTK_SHORTCUT_CONTROLLER (shortcuts);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->before_rating = FT_SESSION_NO_RATING;
  self->rating = FT_NOT_RATED;

  g_signal_connect_object (self->narrow_breakpoint, "apply",
                           G_CALLBACK (narrow_breakpoint_apply_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->narrow_breakpoint, "unapply",
                           G_CALLBACK (narrow_breakpoint_unapply_cb), self, G_CONNECT_SWAPPED);

  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  add_shortcut (controller, GDK_KEY_space, space_shortcut_cb, NULL);
  add_shortcut (controller, GDK_KEY_p, run_shortcut_cb, "player.pause");
  add_shortcut (controller, GDK_KEY_P, run_shortcut_cb, "player.pause");
  add_shortcut (controller, GDK_KEY_Left, run_shortcut_cb, "player.previous");
  add_shortcut (controller, GDK_KEY_Page_Up, run_shortcut_cb, "player.previous");
  add_shortcut (controller, GDK_KEY_Right, run_shortcut_cb, "player.skip");
  add_shortcut (controller, GDK_KEY_Page_Down, run_shortcut_cb, "player.skip");
  add_shortcut (controller, GDK_KEY_Escape, escape_shortcut_cb, NULL);
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  gtk_event_controller_set_propagation_phase (rating_keys, GTK_PHASE_CAPTURE);
  g_signal_connect (rating_keys, "key-pressed", G_CALLBACK (rating_key_pressed_cb), self);
  gtk_widget_add_controller (self->rating_box, rating_keys);

  gtk_widget_set_visible (GTK_WIDGET (self->count_button), FALSE);
}

/**
 * ft_player_view_new:
 * @application: the app, for its routines, session log and settings
 */
GtkWidget *
ft_player_view_new (FtApplication *application)
{
  FtPlayerView *self;

  g_return_val_if_fail (FT_IS_APPLICATION (application), NULL);

  self = g_object_new (FT_TYPE_PLAYER_VIEW, NULL);
  self->application = g_object_ref (application);
  self->settings = g_object_ref (ft_application_get_settings (application));

  return GTK_WIDGET (self);
}

/**
 * ft_player_view_start_routine:
 * @routine_id: the routine to run
 *
 * Asks for the before rating, then runs the routine. Does nothing while
 * another run is going.
 *
 * Returns: %TRUE when it started, or %FALSE with @error set
 */
gboolean
ft_player_view_start_routine (FtPlayerView  *self,
                              gint64         routine_id,
                              GError       **error)
{
  FtRoutineBook *book;
  g_autoptr(FtRoutine) routine = NULL;

  g_return_val_if_fail (FT_IS_PLAYER_VIEW (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (ft_player_view_is_active (self))
    return TRUE;

  if (!load_book (self, error))
    return FALSE;

  book = ft_application_get_routine_book (self->application);
  routine = ft_routine_book_get (book, routine_id, error);
  if (routine == NULL)
    return FALSE;

  if (ft_routine_get_n_steps (routine) == 0)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   _("“%s” has no exercises yet: add some to run it"),
                   ft_routine_get_name (routine));
      return FALSE;
    }

  reset (self);
  self->routine = g_steal_pointer (&routine);
  self->title = g_strdup (ft_routine_get_name (self->routine));
  self->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) ft_routine_run_step_free);
  self->exercises = g_ptr_array_new_with_free_func (unref_exercise);

  for (guint i = 0; i < ft_routine_get_n_steps (self->routine); i++)
    {
      const FtRoutineStep *step = ft_routine_get_step (self->routine, i);

      add_step (self, step->exercise_ref, step->hold_seconds, step->reps, step->sets,
                step->rest_seconds, step->sides);
    }

  begin (self);

  return TRUE;
}

/**
 * ft_player_view_start_exercise:
 * @exercise_id: an exercise from the catalog
 *
 * Runs one exercise with its default dose, as a session of its own.
 *
 * Returns: %TRUE when it started, or %FALSE with @error set
 */
gboolean
ft_player_view_start_exercise (FtPlayerView  *self,
                               const char    *exercise_id,
                               GError       **error)
{
  FtExerciseCatalog *catalog;
  FtExercise *exercise;

  g_return_val_if_fail (FT_IS_PLAYER_VIEW (self), FALSE);
  g_return_val_if_fail (exercise_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (ft_player_view_is_active (self))
    return TRUE;

  if (!load_book (self, error))
    return FALSE;

  catalog = ft_application_get_exercise_catalog (self->application);
  exercise = ft_exercise_catalog_lookup (catalog, exercise_id);
  if (exercise == NULL)
    {
      g_set_error_literal (error, FT_ERROR, FT_ERROR_INVALID,
                           _("That exercise is no longer in the list, so it cannot be run"));
      return FALSE;
    }

  if (ft_exercise_get_hold_seconds (exercise) == 0 && ft_exercise_get_reps (exercise) == 0)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   _("“%s” has no hold or reps to count: add it to a routine with a dose"),
                   ft_exercise_get_name (exercise));
      return FALSE;
    }

  reset (self);
  self->title = g_strdup (ft_exercise_get_name (exercise));
  self->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) ft_routine_run_step_free);
  self->exercises = g_ptr_array_new_with_free_func (unref_exercise);
  add_step (self, ft_exercise_get_id (exercise), ft_exercise_get_hold_seconds (exercise),
            ft_exercise_get_reps (exercise), ft_exercise_get_sets (exercise), 0,
            ft_exercise_get_per_side (exercise) ? FT_SIDES_BOTH : FT_SIDES_NONE);

  begin (self);

  return TRUE;
}

/**
 * ft_player_view_is_active:
 *
 * Returns: whether a routine is on screen, from the before rating to the
 *   summary
 */
gboolean
ft_player_view_is_active (FtPlayerView *self)
{
  g_return_val_if_fail (FT_IS_PLAYER_VIEW (self), FALSE);

  return self->stage != STAGE_IDLE;
}

/**
 * ft_player_view_stop:
 *
 * Ends what is going on without asking, as closing the window does: the
 * session is closed with what was done (partial when something is left),
 * and the screen may blank again.
 */
void
ft_player_view_stop (FtPlayerView *self)
{
  g_return_if_fail (FT_IS_PLAYER_VIEW (self));

  if (self->stage == STAGE_IDLE)
    return;

  abandon (self);
}

/**
 * ft_player_view_get_run:
 *
 * Returns: (transfer none) (nullable): the run on screen
 */
FtRoutineRun *
ft_player_view_get_run (FtPlayerView *self)
{
  g_return_val_if_fail (FT_IS_PLAYER_VIEW (self), NULL);

  return self->run;
}

gint64
ft_player_view_get_session_id (FtPlayerView *self)
{
  g_return_val_if_fail (FT_IS_PLAYER_VIEW (self), 0);

  return self->session_id;
}

/**
 * ft_player_view_skip_time:
 * @seconds: how far to move the player's clock
 *
 * Moves the player's clock on, a second at a time so the run does not take
 * it for the computer waking from sleep: tests and screenshots see a hold
 * part-way through without waiting for it.
 */
void
ft_player_view_skip_time (FtPlayerView *self,
                          guint         seconds)
{
  g_return_if_fail (FT_IS_PLAYER_VIEW (self));

  for (guint i = 0; i < seconds && run_is_going (self); i++)
    {
      self->time_offset_us += G_USEC_PER_SEC;
      tick (self);
    }
}
