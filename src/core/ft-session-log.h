/* ft-session-log.h — what was done: sessions, their steps, pauses and adherence.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rules
 * =====
 *
 * Days and instants. A session belongs to the local calendar day it started
 * on, even when it runs past midnight; the caller passes the start as a
 * GDateTime in the journal's time zone, and its date is the day. Instants
 * are stored as UTC microseconds. The store never reads the clock: "now"
 * for refusing future sessions is the journal's (ft_journal_new()).
 *
 * Guided runs are written as they go, so nothing done is lost:
 * ft_session_log_begin() writes the session (outcome running);
 * ft_session_log_add_step() writes each finished step at once, in its own
 * small transaction; ft_session_log_finish() closes the session. A step
 * written again for the same position and side (the person went back and
 * did it again) replaces the earlier one.
 *
 * Abandoned runs. If Footing stopped during a run, the session stays
 * running with the steps it had. ft_session_log_close_abandoned() closes
 * running sessions whose last sign of life (their start or last step) is
 * before a given instant: at start-up, pass now (nothing can be running
 * yet). Such a session ends at its last step's end (or its start) and is
 * partial when at least one step was completed or partly done, skipped
 * otherwise.
 *
 * Counting. A session counts toward its routine's target when it is
 * completed or partial; running and skipped sessions do not. A daily target
 * counts sessions on a day; a weekly target counts days of the week (Monday
 * to Sunday) with at least one counted session.
 *
 * Pauses. A pause covers its start day to its end day, both included, or
 * runs on with no end day. Paused days count neither for nor against a
 * streak. A day target's streak is the number of unpaused days, counting
 * back from today, on which the target was met; today not met yet does not
 * break it. A week target's streak counts weeks the same way; a week with
 * paused days needs its target only for its unpaused share, rounded up
 * (5 days a week with two days paused: 4), sessions on paused days do not
 * count, and a fully paused week is passed over.
 *
 * Steps of a session record what was done for one side: holds_done is the
 * number of holds finished over all sets, reps_done the repetitions over
 * all sets, sets_done the sets finished.
 *
 * Signals. FtSessionLog::changed (no arguments) after every change.
 */

#pragma once

#include <glib-object.h>

#include "ft-journal.h"
#include "ft-routine.h"

G_BEGIN_DECLS

/* "No rating" for the before and after ratings (otherwise 0 to 10). */
#define FT_SESSION_NO_RATING (-1)

typedef enum
{
  FT_SESSION_RUNNING,
  FT_SESSION_COMPLETED,
  FT_SESSION_PARTIAL,
  FT_SESSION_SKIPPED,
} FtSessionOutcome;

/* Keys as stored: "running", "completed", "partial", "skipped". */
const char *ft_session_outcome_to_key   (FtSessionOutcome  outcome);
gboolean    ft_session_outcome_from_key (const char       *key,
                                         FtSessionOutcome *outcome);

typedef enum
{
  FT_SESSION_SOURCE_GUIDED,
  FT_SESSION_SOURCE_MANUAL,
  FT_SESSION_SOURCE_REMINDER,
} FtSessionSource;

typedef enum
{
  FT_PAUSE_FLARE_UP,
  FT_PAUSE_HOLIDAY,
  FT_PAUSE_INJURY,
  FT_PAUSE_REST,
  FT_PAUSE_OTHER,
} FtPauseReason;

/* Keys as stored: "flare_up", "holiday", "injury", "rest", "other". */
const char *ft_pause_reason_to_key   (FtPauseReason  reason);
gboolean    ft_pause_reason_from_key (const char    *key,
                                      FtPauseReason *reason);

/**
 * FtSessionStep:
 * @position: the routine step's index (0 for the first)
 * @exercise_ref: the exercise, as in the routine
 * @side: FT_SIDES_NONE, FT_SIDES_LEFT or FT_SIDES_RIGHT
 * @holds_done: holds finished over all sets
 * @reps_done: repetitions over all sets
 * @sets_done: sets finished
 * @outcome: completed, partial or skipped
 * @ended_us: when the step ended (UTC µs); 0: not known (logged by hand)
 */
typedef struct
{
  guint             position;
  char             *exercise_ref;
  FtSides           side;
  guint             holds_done;
  guint             reps_done;
  guint             sets_done;
  FtSessionOutcome  outcome;
  gint64            ended_us;
} FtSessionStep;

#define FT_TYPE_SESSION_STEP (ft_session_step_get_type ())
GType          ft_session_step_get_type (void) G_GNUC_CONST;
FtSessionStep *ft_session_step_new      (guint                position,
                                         const char          *exercise_ref,
                                         FtSides              side,
                                         guint                holds_done,
                                         guint                reps_done,
                                         guint                sets_done,
                                         FtSessionOutcome     outcome,
                                         gint64               ended_us) G_GNUC_WARN_UNUSED_RESULT;
FtSessionStep *ft_session_step_copy     (const FtSessionStep *step);
void           ft_session_step_free     (FtSessionStep       *step);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FtSessionStep, ft_session_step_free)

/**
 * FtSession:
 * @id: the row id
 * @day: the local day it started on
 * @started_us: when it started (UTC µs)
 * @ended_us: when it ended; 0 while it runs
 * @routine_id: the routine; 0 when it was deleted (or none)
 * @routine_name: (nullable): the routine's name when it ran
 * @source: guided, logged by hand, or from a reminder
 * @outcome: running, completed, partial or skipped
 * @before_rating: 0–10 or FT_SESSION_NO_RATING
 * @after_rating: 0–10 or FT_SESSION_NO_RATING
 * @steps: (element-type FtSessionStep): by position, then left before right
 *
 * A snapshot of one session.
 */
typedef struct
{
  gint64            id;
  GDate             day;
  gint64            started_us;
  gint64            ended_us;
  gint64            routine_id;
  char             *routine_name;
  FtSessionSource   source;
  FtSessionOutcome  outcome;
  int               before_rating;
  int               after_rating;
  GPtrArray        *steps;
} FtSession;

#define FT_TYPE_SESSION (ft_session_get_type ())
GType      ft_session_get_type           (void) G_GNUC_CONST;
FtSession *ft_session_copy               (const FtSession *session);
void       ft_session_free               (FtSession       *session);
/* ended − started, or 0 while it runs. */
GTimeSpan  ft_session_get_duration       (const FtSession *session);
/* How many steps were completed, and how many were written in all. */
guint      ft_session_count_steps        (const FtSession *session,
                                          FtSessionOutcome outcome);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FtSession, ft_session_free)

/**
 * FtPause:
 * @id: the row id
 * @reason: why
 * @start: the first paused day
 * @end: the last paused day; not valid (g_date_valid() FALSE) while open
 * @note: (nullable): up to 10 000 characters
 */
typedef struct
{
  gint64         id;
  FtPauseReason  reason;
  GDate          start;
  GDate          end;
  char          *note;
} FtPause;

#define FT_TYPE_PAUSE (ft_pause_get_type ())
GType    ft_pause_get_type (void) G_GNUC_CONST;
FtPause *ft_pause_copy     (const FtPause *pause);
void     ft_pause_free     (FtPause       *pause);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FtPause, ft_pause_free)

/**
 * FtAdherence:
 * @period: the routine's target period
 * @target: sessions a day or days a week; 0 for no target
 * @done_today: counted sessions today
 * @sessions_this_week: counted sessions this week (Monday to Sunday)
 * @days_this_week: days of this week with a counted session, paused days left out
 * @met: today's target (day) or this week's (week) is met
 * @streak: days (day target) or weeks (week target) in a row; 0 without a target
 * @today_paused: today falls in a pause
 */
typedef struct
{
  FtTargetPeriod  period;
  guint           target;
  guint           done_today;
  guint           sessions_this_week;
  guint           days_this_week;
  gboolean        met;
  guint           streak;
  gboolean        today_paused;
} FtAdherence;

/**
 * FtWeekCount:
 * @sessions: counted sessions in the week
 * @days: days with at least one
 */
typedef struct
{
  guint sessions;
  guint days;
} FtWeekCount;

#define FT_TYPE_SESSION_LOG (ft_session_log_get_type ())

G_DECLARE_FINAL_TYPE (FtSessionLog, ft_session_log, FT, SESSION_LOG, GObject)

FtSessionLog *ft_session_log_new              (FtJournal         *journal) G_GNUC_WARN_UNUSED_RESULT;

/* Guided runs. @routine: (nullable) for a single exercise. Returns the
 * session id, or 0 with @error set. */
gint64        ft_session_log_begin            (FtSessionLog      *self,
                                               FtRoutine         *routine,
                                               FtSessionSource    source,
                                               GDateTime         *started,
                                               int                before_rating,
                                               GError           **error);
gboolean      ft_session_log_add_step         (FtSessionLog      *self,
                                               gint64             session_id,
                                               const FtSessionStep *step,
                                               GError           **error);
/* @outcome: completed, partial or skipped. */
gboolean      ft_session_log_finish           (FtSessionLog      *self,
                                               gint64             session_id,
                                               FtSessionOutcome   outcome,
                                               gint64             ended_us,
                                               int                after_rating,
                                               GError           **error);
gboolean      ft_session_log_close_abandoned  (FtSessionLog      *self,
                                               gint64             idle_before_us,
                                               guint             *n_closed,
                                               GError           **error);

/* A session done without the app, at @started (not in the future), lasting
 * @duration (0 to 24 h). @steps: (nullable) (element-type FtSessionStep):
 * NULL writes every step of @routine, each side, as completed with its full
 * dose. (transfer full) */
FtSession    *ft_session_log_add_manual       (FtSessionLog      *self,
                                               FtRoutine         *routine,
                                               GDateTime         *started,
                                               GTimeSpan          duration,
                                               FtSessionOutcome   outcome,
                                               int                before_rating,
                                               int                after_rating,
                                               GPtrArray         *steps,
                                               GError           **error);

FtSession    *ft_session_log_get              (FtSessionLog      *self,
                                               gint64             session_id,
                                               GError           **error);
/* Sessions that started on @first to @last, newest first, with their steps.
 * (element-type FtSession) */
GPtrArray    *ft_session_log_list_range       (FtSessionLog      *self,
                                               const GDate       *first,
                                               const GDate       *last,
                                               GError           **error);
/* Moves the start to @started keeping the duration (steps move along);
 * sets the outcome (not running) and the ratings. */
gboolean      ft_session_log_edit             (FtSessionLog      *self,
                                               gint64             session_id,
                                               GDateTime         *started,
                                               FtSessionOutcome   outcome,
                                               int                before_rating,
                                               int                after_rating,
                                               GError           **error);
/* Returns: (transfer full): the session with its steps, for _restore(). */
FtSession    *ft_session_log_delete           (FtSessionLog      *self,
                                               gint64             session_id,
                                               GError           **error);
/* Puts it back with its id when still free, linked to its routine if that
 * still exists. */
gboolean      ft_session_log_restore          (FtSessionLog      *self,
                                               const FtSession   *session,
                                               GError           **error);

/* Counting (see Counting above). The week is the one holding @day. */
gboolean      ft_session_log_count_day        (FtSessionLog      *self,
                                               gint64             routine_id,
                                               const GDate       *day,
                                               guint             *sessions,
                                               GError           **error);
gboolean      ft_session_log_count_week       (FtSessionLog      *self,
                                               gint64             routine_id,
                                               const GDate       *day,
                                               guint             *sessions,
                                               guint             *days,
                                               GError           **error);
/* @n_weeks weeks from the week holding @first. (element-type FtWeekCount) */
GArray       *ft_session_log_count_weeks      (FtSessionLog      *self,
                                               gint64             routine_id,
                                               const GDate       *first,
                                               guint              n_weeks,
                                               GError           **error);
gboolean      ft_session_log_get_adherence    (FtSessionLog      *self,
                                               FtRoutine         *routine,
                                               const GDate       *today,
                                               FtAdherence       *adherence,
                                               GError           **error);

/* Pauses. @end: (nullable) for an open pause; @note: (nullable). */
FtPause      *ft_session_log_add_pause        (FtSessionLog      *self,
                                               FtPauseReason      reason,
                                               const GDate       *start,
                                               const GDate       *end,
                                               const char        *note,
                                               GError           **error);
gboolean      ft_session_log_edit_pause       (FtSessionLog      *self,
                                               gint64             pause_id,
                                               FtPauseReason      reason,
                                               const GDate       *start,
                                               const GDate       *end,
                                               const char        *note,
                                               GError           **error);
FtPause      *ft_session_log_delete_pause     (FtSessionLog      *self,
                                               gint64             pause_id,
                                               GError           **error);
gboolean      ft_session_log_restore_pause    (FtSessionLog      *self,
                                               const FtPause     *pause,
                                               GError           **error);
/* Latest start first. (element-type FtPause) */
GPtrArray    *ft_session_log_list_pauses      (FtSessionLog      *self,
                                               GError           **error);
gboolean      ft_session_log_is_day_paused    (FtSessionLog      *self,
                                               const GDate       *day,
                                               gboolean          *paused,
                                               GError           **error);

G_END_DECLS
