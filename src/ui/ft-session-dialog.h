/* ft-session-dialog.h — the form for a session logged by hand, or one to correct.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ft-application.h"

G_BEGIN_DECLS

#define FT_TYPE_SESSION_DIALOG (ft_session_dialog_get_type ())

G_DECLARE_FINAL_TYPE (FtSessionDialog, ft_session_dialog, FT, SESSION_DIALOG, AdwDialog)

/* @routine_id: the routine to preselect, or 0 to let the person choose. */
GtkWidget     *ft_log_session_dialog_new       (FtApplication     *app,
                                                gint64             routine_id) G_GNUC_WARN_UNUSED_RESULT;
/* Changes @session's day, time, outcome and ratings, or deletes it. */
GtkWidget     *ft_edit_session_dialog_new      (FtApplication     *app,
                                                const FtSession   *session) G_GNUC_WARN_UNUSED_RESULT;

/* The routine's name as it ran, or the exercise's for a one-exercise
 * session. (transfer full) */
char          *ft_session_dialog_format_title  (const FtSession   *session,
                                                FtExerciseCatalog *catalog);
/* The book with its routines read, once, and the catalog its steps need.
 * Returns: (transfer none) (nullable) */
FtRoutineBook *ft_session_dialog_load_routines (FtApplication     *app);

G_END_DECLS
