/* ui-test-fixture.h — the fixture and the checked helpers that the UI test
 * suites share.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <check.h>

#include "test-support.h"
#include "ui-driver.h"

G_BEGIN_DECLS

void         ui_test_fixture_add     (TCase           *tcase,
                                      const char      *name);
const char  *ui_test_folder          (void);
const char  *ui_test_database_path   (void);
void         ui_test_fill_demo       (guint            weeks);

gint64       ui_test_query_int       (const char      *sql);
char        *ui_test_query_text      (const char      *sql);

GtkWidget   *ui_test_find            (GtkWidget       *root,
                                      GType            type,
                                      const char      *text);
GtkWidget   *ui_test_show_page       (FtApplication   *app,
                                      FtWindow        *window,
                                      const char      *accel,
                                      GType            type);
void         ui_test_click_at        (GtkWidget       *button,
                                      int              line);
gboolean     ui_test_press_key       (FtWindow        *window,
                                      guint            keyval,
                                      GdkModifierType  modifiers);
void         ui_test_select_in_combo (GtkWidget       *root,
                                      const char      *title,
                                      const char      *choice);

/* Clicks @button, naming the caller's line if it cannot be clicked. */
#define ui_test_click(button) ui_test_click_at ((button), __LINE__)

G_END_DECLS
