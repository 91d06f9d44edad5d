/* ft-symptoms-group.h
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ft-journal.h"

G_BEGIN_DECLS

#define FT_TYPE_SYMPTOMS_GROUP (ft_symptoms_group_get_type ())

G_DECLARE_FINAL_TYPE (FtSymptomsGroup, ft_symptoms_group, FT, SYMPTOMS_GROUP, AdwPreferencesGroup)

GtkWidget *ft_symptoms_group_new (FtJournal *journal) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
