/* ft-routine-book.h — the routines: built-in and the person's own, with their doses.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rules
 * =====
 *
 * Built-ins. Footing ships six routines (Desk break, Morning, Nerve care,
 * Strength, Release then stretch, Night). ft_routine_book_load() adds each
 * one to the journal the first time this journal meets it — a journal made
 * by an older Footing gets a new built-in once — and remembers that it did
 * (table builtin_routine). A built-in the person deleted is not brought back
 * by loading again; ft_routine_book_restore_builtins() brings back the
 * missing ones when the person asks for it. Names are stored translated, in
 * the language Footing ran in when the routine was added or reset.
 *
 * Editing. A built-in is a routine like any other: it can be renamed, its
 * steps and target edited, moved and deleted. It keeps its built-in key, so
 * ft_routine_book_reset_builtin() can put back its shipped name, target and
 * steps (its place in the list and its history stay).
 * ft_routine_book_duplicate() makes the person's own copy, "Desk break
 * (copy)", right after the original; a copy has no built-in key and cannot
 * be reset.
 *
 * Validation. A name is 1 to 200 characters once trimmed (names may
 * repeat). A routine has 0 to 100 steps (a routine without steps can be
 * saved but there is nothing to run). Each step names an exercise the
 * exercise check accepts (see ft_routine_book_set_catalog()), holds 1 to
 * 3600 s or not at all, counts 1 to 1000 reps or none, has a hold or reps
 * or both, 1 to 100 sets and 0 to 3600 s of rest between sets. A daily
 * target is 1 to 100 sessions a day; a weekly target is 1 to 7 days a week
 * with at least one session (see ft-session-log.h for what counts).
 *
 * Order. Positions run 0, 1, 2… with no gaps; every change that moves
 * routines (create appends, duplicate inserts after the original, move,
 * delete, restore) is one transaction.
 *
 * Undo. ft_routine_book_delete() returns what was deleted, including which
 * sessions named the routine; ft_routine_book_restore() puts the routine
 * back at its place with its id (when still free) and links those sessions
 * to it again. Session history never goes away with a routine: sessions keep
 * the routine's name as it was when they ran.
 *
 * Program changes. The trend charts show when the home program changed, so
 * the book records, in the same transaction as the change, one
 * routine_event row dated the journal's today with the routine's name as it
 * is then: 'added' for create, duplicate and each built-in brought back by
 * ft_routine_book_restore_builtins() (detail: the target, "Daily", "3 days a
 * week", or none); 'changed' when update, set_steps, set_target or
 * reset_builtin changes the steps or the target (detail: "Now daily", "New
 * steps", "Now 3 days a week, with new steps", "Back to Footing’s
 * version"); 'removed' for delete. A rename alone, a move and the built-ins
 * offered at load record nothing. Undoing a deletion with
 * ft_routine_book_restore() deletes the 'removed' row the deletion wrote
 * and links the routine's earlier rows to it again, so undo leaves no trace.
 *
 * Signals. The book is a GListModel of FtRoutine in list order; after each
 * change it emits items-changed for exactly the rows that changed (an edited
 * routine is removed and added at the same place), then ::changed.
 */

#pragma once

#include <gio/gio.h>

#include "ft-exercise-catalog.h"
#include "ft-journal.h"
#include "ft-routine.h"

G_BEGIN_DECLS

/* TRUE when @exercise_ref names an exercise that exists. */
typedef gboolean (*FtExerciseCheckFunc) (const char *exercise_ref,
                                         gpointer    user_data);

/**
 * FtRoutineDeletion:
 *
 * What ft_routine_book_delete() took away, for ft_routine_book_restore().
 */
typedef struct _FtRoutineDeletion FtRoutineDeletion;

#define FT_TYPE_ROUTINE_DELETION (ft_routine_deletion_get_type ())
GType              ft_routine_deletion_get_type    (void) G_GNUC_CONST;
FtRoutineDeletion *ft_routine_deletion_copy        (FtRoutineDeletion *deletion);
void               ft_routine_deletion_free        (FtRoutineDeletion *deletion);
/* The routine as it was. (transfer none) */
FtRoutine         *ft_routine_deletion_get_routine (FtRoutineDeletion *deletion);
/* How many sessions named it. */
guint              ft_routine_deletion_get_n_sessions (FtRoutineDeletion *deletion);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FtRoutineDeletion, ft_routine_deletion_free)

#define FT_TYPE_ROUTINE_BOOK (ft_routine_book_get_type ())

G_DECLARE_FINAL_TYPE (FtRoutineBook, ft_routine_book, FT, ROUTINE_BOOK, GObject)

/* Shares @journal's database and clock. Empty until ft_routine_book_load(). */
FtRoutineBook *ft_routine_book_new              (FtJournal            *journal) G_GNUC_WARN_UNUSED_RESULT;
/* Adds built-ins this journal has not met yet, then reads the routines. */
gboolean       ft_routine_book_load             (FtRoutineBook        *self,
                                                 GError              **error);
/* Re-reads the routines, e.g. after another program changed the journal. */
gboolean       ft_routine_book_reload           (FtRoutineBook        *self,
                                                 GError              **error);

/* How steps' exercises are checked: through @catalog's lookup, or @func.
 * With neither, any exercise_ref of 1 to 100 bytes is accepted. */
void           ft_routine_book_set_catalog      (FtRoutineBook        *self,
                                                 FtExerciseCatalog    *catalog);
void           ft_routine_book_set_exercise_check (FtRoutineBook      *self,
                                                 FtExerciseCheckFunc   func,
                                                 gpointer              user_data,
                                                 GDestroyNotify        destroy);

/* (transfer full), or NULL with FT_ERROR_INVALID when it is gone. */
FtRoutine     *ft_routine_book_get              (FtRoutineBook        *self,
                                                 gint64                routine_id,
                                                 GError              **error);
/* The built-in with @key ("desk-break") if the journal has it. (transfer full) (nullable) */
FtRoutine     *ft_routine_book_get_builtin      (FtRoutineBook        *self,
                                                 const char           *key);

/* @steps: (element-type FtRoutineStep) (nullable). Appended at the end. */
FtRoutine     *ft_routine_book_create           (FtRoutineBook        *self,
                                                 const char           *name,
                                                 GPtrArray            *steps,
                                                 guint                 target_count,
                                                 FtTargetPeriod        target_period,
                                                 GError              **error);
gboolean       ft_routine_book_rename           (FtRoutineBook        *self,
                                                 gint64                routine_id,
                                                 const char           *name,
                                                 GError              **error);
FtRoutine     *ft_routine_book_duplicate        (FtRoutineBook        *self,
                                                 gint64                routine_id,
                                                 GError              **error);
/* Moves the routine to @position (past the end: last). */
gboolean       ft_routine_book_move             (FtRoutineBook        *self,
                                                 gint64                routine_id,
                                                 guint                 position,
                                                 GError              **error);
/* Replaces every step at once. (element-type FtRoutineStep) */
gboolean       ft_routine_book_set_steps        (FtRoutineBook        *self,
                                                 gint64                routine_id,
                                                 GPtrArray            *steps,
                                                 GError              **error);
/* FT_TARGET_NONE ignores @target_count. */
gboolean       ft_routine_book_set_target       (FtRoutineBook        *self,
                                                 gint64                routine_id,
                                                 guint                 target_count,
                                                 FtTargetPeriod        target_period,
                                                 GError              **error);
/* Saves a whole edit: name, target and every step. Everything is checked
 * first (as rename, set_target and set_steps do) and written in one
 * transaction, so a refusal leaves the routine as it was.
 * @steps: (element-type FtRoutineStep) */
gboolean       ft_routine_book_update           (FtRoutineBook        *self,
                                                 gint64                routine_id,
                                                 const char           *name,
                                                 guint                 target_count,
                                                 FtTargetPeriod        target_period,
                                                 GPtrArray            *steps,
                                                 GError              **error);
FtRoutineDeletion *ft_routine_book_delete       (FtRoutineBook        *self,
                                                 gint64                routine_id,
                                                 GError              **error);
gboolean       ft_routine_book_restore          (FtRoutineBook        *self,
                                                 FtRoutineDeletion    *deletion,
                                                 GError              **error);

/* Built-ins */
/* Puts back the shipped name, target and steps. */
gboolean       ft_routine_book_reset_builtin    (FtRoutineBook        *self,
                                                 gint64                routine_id,
                                                 GError              **error);
/* TRUE when @routine is a built-in that differs from what Footing ships. */
gboolean       ft_routine_book_builtin_is_changed (FtRoutineBook      *self,
                                                 FtRoutine            *routine);
/* Adds back deleted built-ins at the end; @n_added: (out) (optional). */
gboolean       ft_routine_book_restore_builtins (FtRoutineBook        *self,
                                                 guint                *n_added,
                                                 GError              **error);
/* The keys of the built-ins Footing ships, in their first order. */
const char * const *ft_routine_book_get_builtin_keys (void);

G_END_DECLS
