/* ft-routine-private.h — internals of routines shared inside the core.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ft-database.h"
#include "ft-routine.h"

G_BEGIN_DECLS

/* ft-routine.c. Takes @steps (element-type FtRoutineStep; NULL: none). */
FtRoutine *_ft_routine_new            (gint64          id,
                                       const char     *builtin_key,
                                       const char     *name,
                                       guint           position,
                                       guint           target_count,
                                       FtTargetPeriod  target_period,
                                       gint64          created_us,
                                       GPtrArray      *steps);

/* ft-routine-book.c. Adds the built-in routines this journal has not been
 * offered yet, at the end of the list, stamped @created_us. Runs inside the
 * caller's transaction (it opens none), so the demo can seed in its own. */
gboolean   _ft_routine_book_seed      (FtDatabase     *database,
                                       gint64          created_us,
                                       GError        **error);

G_END_DECLS
