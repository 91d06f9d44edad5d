/* ui-driver.h — runs Footing in-process and drives its widgets as a person
 * would, for the UI tests and the screenshot tool.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ft-application.h"
#include "ft-window.h"

G_BEGIN_DECLS

typedef void (*UiDriverBody) (FtApplication *app,
                              FtWindow      *window,
                              gpointer       user_data);

int        ui_driver_run            (const char   *database_path,
                                     UiDriverBody  body,
                                     gpointer      user_data);
int        ui_driver_run_command_line (char      **argv,
                                     UiDriverBody  body,
                                     gpointer      user_data);
void       ui_driver_use_private_environment (const char *folder);
void       ui_driver_spin           (guint         milliseconds);
gboolean   ui_driver_wait_for_frame (GtkWidget    *widget);
GtkWidget *ui_driver_find           (GtkWidget    *root,
                                     GType         type,
                                     const char   *text);
gboolean   ui_driver_press_accel    (FtApplication *app,
                                     FtWindow      *window,
                                     const char    *accel);
AdwDialog *ui_driver_wait_for_dialog (FtWindow    *window);
gboolean   ui_driver_press_tab      (GtkWidget    *window);
gboolean   ui_driver_press_down     (GtkWidget    *window);
gboolean   ui_driver_type_key       (GtkWidget    *window,
                                     guint         keyval);
gboolean   ui_driver_press_key      (GtkWidget    *window,
                                     guint         keyval,
                                     GdkModifierType modifiers);
GtkWidget *ui_driver_find_action_button (GtkWidget  *root,
                                         const char *action);

G_END_DECLS
