/* ft-application.h
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ft-database.h"
#include "ft-exercise-catalog.h"
#include "ft-gear.h"
#include "ft-routine-book.h"
#include "ft-session-log.h"
#include "ft-journal.h"

G_BEGIN_DECLS

#define FT_TYPE_APPLICATION (ft_application_get_type ())

G_DECLARE_FINAL_TYPE (FtApplication, ft_application, FT, APPLICATION, AdwApplication)

FtApplication *ft_application_new                (const char        *application_id,
                                                  GApplicationFlags  flags) G_GNUC_WARN_UNUSED_RESULT;
FtDatabase    *ft_application_get_database       (FtApplication     *self);
FtJournal     *ft_application_get_journal        (FtApplication     *self);
const GError  *ft_application_get_database_error (FtApplication     *self);
const char    *ft_application_get_database_path  (FtApplication     *self);
GSettings     *ft_application_get_settings       (FtApplication     *self);
void           ft_application_set_database_path  (FtApplication     *self,
                                                  const char        *path);
FtExerciseCatalog *ft_application_get_exercise_catalog (FtApplication *self);
FtGear        *ft_application_get_gear           (FtApplication     *self);
FtRoutineBook *ft_application_get_routine_book   (FtApplication     *self);
FtSessionLog  *ft_application_get_session_log    (FtApplication     *self);

G_END_DECLS
