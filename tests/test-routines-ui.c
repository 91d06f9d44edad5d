/* test-routines-ui.c — the Routines page, its editor and the exercise
 * detail page's Add to Routine, driven as a person would, under Xvfb.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <check.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ft-exercise-detail-page.h"
#include "ft-exercise-picker-dialog.h"
#include "ft-exercises-page.h"
#include "ft-routine-card.h"
#include "ft-routine-editor-dialog.h"
#include "ft-routine-format.h"
#include "ft-routines-page.h"
#include "ft-session-dialog.h"
#include "ft-session-history-page.h"
#include "ui-test-fixture.h"

#define N_BUILT_INS 6

/* Helpers */

/* The first widget named @name, e.g. a step's "move-up" button. */
static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  if (root == NULL)
    return NULL;

  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Whether the window offers @name, e.g. the guided player's actions. */
static gboolean
window_has_action (const char *name)
{
  GtkWidgetClass *klass = g_type_class_peek (FT_TYPE_WINDOW);
  const GVariantType *parameter_type;
  const char *action_name;
  const char *property_name;
  GType owner;

  for (guint i = 0;
       gtk_widget_class_query_action (klass, i, &owner, &action_name, &parameter_type,
                                      &property_name);
       i++)
    {
      if (g_str_equal (action_name, name))
        return TRUE;
    }

  return FALSE;
}

static FtRoutinesPage *
show_routines (FtApplication *app,
               FtWindow      *window)
{
  return FT_ROUTINES_PAGE (ui_test_show_page (app, window, "<Alt>3", FT_TYPE_ROUTINES_PAGE));
}

static GtkFlowBox *
find_flow_box (FtRoutinesPage *page)
{
  return GTK_FLOW_BOX (ui_test_find (GTK_WIDGET (page), GTK_TYPE_FLOW_BOX, NULL));
}

static FtRoutineCard *
card_at (FtRoutinesPage *page,
         guint           index)
{
  GtkFlowBoxChild *child = gtk_flow_box_get_child_at_index (find_flow_box (page), (int) index);

  return child != NULL ? FT_ROUTINE_CARD (gtk_flow_box_child_get_child (child)) : NULL;
}

static guint
count_cards (FtRoutinesPage *page)
{
  guint n = 0;

  while (card_at (page, n) != NULL)
    n++;

  return n;
}

static const char *
name_at (FtRoutinesPage *page,
         guint           index)
{
  FtRoutineCard *card = card_at (page, index);

  ck_assert_msg (card != NULL, "no card at %u", index);

  return ft_routine_get_name (ft_routine_card_get_routine (card));
}

static FtRoutineCard *
find_card (FtRoutinesPage *page,
           const char     *name)
{
  FtRoutineCard *card;

  for (guint i = 0; (card = card_at (page, i)) != NULL; i++)
    if (g_strcmp0 (ft_routine_get_name (ft_routine_card_get_routine (card)), name) == 0)
      return card;

  return NULL;
}

static gint64
routine_id_of (FtRoutinesPage *page,
               const char     *name)
{
  FtRoutineCard *card = find_card (page, name);

  ck_assert_msg (card != NULL, "no card for %s", name);

  return ft_routine_get_id (ft_routine_card_get_routine (card));
}

static AdwDialog *
visible_dialog (FtWindow *window)
{
  return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
}

/* (1) The six built-ins, in the book's order, with what was done today. */

static void
builtins_body (FtApplication *app,
               FtWindow      *window,
               gpointer       user_data)
{
  const char * const names[] = {
    "Desk break", "Morning", "Nerve care", "Strength", "Release then stretch", "Night",
  };
  FtRoutinesPage *page = show_routines (app, window);
  FtSessionLog *log = ft_application_get_session_log (app);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) started = g_date_time_add_minutes (now, -10);
  g_autoptr(GError) error = NULL;
  g_autoptr(FtSession) session = NULL;
  FtRoutineCard *desk;
  FtRoutineCard *night;
  AdwNavigationView *navigation;
  AdwDialog *dialog;
  GtkWidget *restore;
  GtkWidget *start;
  g_autofree char *duration = NULL;

  ck_assert_uint_eq (count_cards (page), N_BUILT_INS);
  for (guint i = 0; i < N_BUILT_INS; i++)
    ck_assert_str_eq (name_at (page, i), names[i]);

  desk = find_card (page, "Desk break");
  night = find_card (page, "Night");
  ck_assert_str_eq (ft_routine_card_get_progress_text (desk), "0 of 5 today");
  ck_assert_str_eq (ft_routine_card_get_progress_text (night), "When needed");

  /* Two stretches, 30 s each side, a moment to get ready: about 2 minutes. */
  ck_assert_uint_eq (ft_routine_estimate_seconds (ft_routine_card_get_routine (desk)),
                     2 * (30 * 2 + FT_ROUTINE_READY_SECONDS));
  duration = ft_routine_format_duration (ft_routine_estimate_seconds (ft_routine_card_get_routine (desk)));
  ck_assert_str_eq (duration, "About 2 min");

  /* A session logged elsewhere shows at once. */
  session = ft_session_log_add_manual (log, ft_routine_card_get_routine (desk), started,
                                       2 * G_TIME_SPAN_MINUTE, FT_SESSION_COMPLETED,
                                       FT_SESSION_NO_RATING, FT_SESSION_NO_RATING, NULL, &error);
  ck_assert_msg (session != NULL, "%s", error ? error->message : "");
  ui_driver_spin (50);
  desk = find_card (page, "Desk break");
  ck_assert_str_eq (ft_routine_card_get_progress_text (desk), "1 of 5 today");
  ck_assert_str_eq (ft_routine_card_get_streak_text (desk), "");

  session = (ft_session_free (session), NULL);
  session = ft_session_log_add_manual (log, ft_routine_card_get_routine (night), started,
                                       G_TIME_SPAN_MINUTE, FT_SESSION_COMPLETED,
                                       FT_SESSION_NO_RATING, FT_SESSION_NO_RATING, NULL, &error);
  ck_assert_msg (session != NULL, "%s", error ? error->message : "");
  ui_driver_spin (50);
  ck_assert_str_eq (ft_routine_card_get_progress_text (find_card (page, "Night")),
                    "Done once this week");

  /* Start runs the guided player when the window has one; never a dead button. */
  start = GTK_WIDGET (ft_routine_card_get_start_button (desk));
  ck_assert (gtk_widget_get_visible (start));
  ck_assert_int_eq (gtk_widget_is_sensitive (start), window_has_action ("win.start-routine"));

  /* History opens inside the page, and goes back as other pages do. */
  ui_test_click (ui_driver_find_action_button (GTK_WIDGET (page), "routines.show-history"));
  ui_driver_spin (400);
  navigation = ADW_NAVIGATION_VIEW (ui_driver_find (GTK_WIDGET (page), ADW_TYPE_NAVIGATION_VIEW,
                                                    NULL));
  ck_assert (FT_IS_SESSION_HISTORY_PAGE (adw_navigation_view_get_visible_page (navigation)));
  ck_assert (adw_navigation_view_pop (navigation));
  ui_driver_spin (400);

  /* Log a Session… from a card's menu opens the form for that routine. */
  ck_assert (gtk_widget_activate_action (GTK_WIDGET (page), "routines.log-session", "x",
                                         ft_routine_get_id (ft_routine_card_get_routine (desk))));
  dialog = ui_driver_wait_for_dialog (window);
  ck_assert (FT_IS_SESSION_DIALOG (dialog));
  adw_dialog_force_close (dialog);
  ui_driver_spin (300);

  /* Nothing is missing, so nothing offers to bring built-ins back. */
  restore = ui_driver_find (GTK_WIDGET (page), GTK_TYPE_BUTTON, "_Restore Default Routines");
  ck_assert (restore != NULL && !gtk_widget_get_visible (restore));
}

START_TEST (test_lists_builtins)
{
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), builtins_body, NULL), 0);
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM routine"), N_BUILT_INS);
}
END_TEST

/* (2) A new routine from the editor and the picker; a dose edited; moved
 * with the keyboard; duplicated; deleted and brought back. */

static FtRoutineEditorDialog *
wait_for_editor (FtWindow *window)
{
  AdwDialog *dialog = ui_driver_wait_for_dialog (window);

  ck_assert_msg (FT_IS_ROUTINE_EDITOR_DIALOG (dialog), "no routine editor");

  return FT_ROUTINE_EDITOR_DIALOG (dialog);
}

static FtExercisePickerDialog *
open_picker (FtWindow              *window,
             FtRoutineEditorDialog *editor)
{
  AdwDialog *dialog;

  ui_test_click (ui_driver_find_action_button (GTK_WIDGET (editor), "editor.add-exercise"));
  ui_driver_spin (300);
  dialog = visible_dialog (window);
  ck_assert_msg (FT_IS_EXERCISE_PICKER_DIALOG (dialog), "no exercise picker");
  ui_driver_wait_for_frame (GTK_WIDGET (dialog));

  return FT_EXERCISE_PICKER_DIALOG (dialog);
}

static void
create_body (FtApplication *app,
             FtWindow      *window,
             gpointer       user_data)
{
  FtRoutinesPage *page = show_routines (app, window);
  FtRoutineEditorDialog *editor;
  FtExercisePickerDialog *picker;
  GtkWidget *list_box;
  GtkWidget *row;
  GtkWidget *entry;
  GtkWidget *step_row;
  GtkWidget *hold;
  GPtrArray *steps;
  FtRoutineStep *step;
  GtkWidget *restore;
  AdwDialog *dialog;
  gint64 id;
  gint64 copy_id;

  /* Ctrl+N, as in the other pages. */
  ck_assert (gtk_widget_grab_focus (gtk_widget_get_parent (GTK_WIDGET (card_at (page, 0)))));
  ck_assert (ui_test_press_key (window, GDK_KEY_n, GDK_CONTROL_MASK));
  editor = wait_for_editor (window);
  ck_assert (!gtk_widget_is_sensitive (ui_driver_find_action_button (GTK_WIDGET (editor),
                                                                     "editor.save")));

  gtk_editable_set_text (GTK_EDITABLE (ui_test_find (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW,
                                                     "_Name")),
                         "  Evening wind-down  ");
  adw_combo_row_set_selected (ADW_COMBO_ROW (ui_test_find (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW,
                                                           "_How Often")),
                              FT_TARGET_WEEK);
  adw_spin_row_set_value (ADW_SPIN_ROW (ui_test_find (GTK_WIDGET (editor), ADW_TYPE_SPIN_ROW,
                                                      "Days a _Week")),
                          4);

  /* The first exercise: searched for, then its row clicked. */
  picker = open_picker (window, editor);
  ft_exercise_picker_dialog_set_search (picker, "SOLEUS RELEASE");
  ck_assert_uint_eq (g_list_model_get_n_items (ft_exercise_picker_dialog_get_shown (picker)), 1);
  list_box = ui_driver_find (GTK_WIDGET (picker), GTK_TYPE_LIST_BOX, NULL);
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list_box), 0));
  ck_assert_ptr_nonnull (row);
  g_signal_emit_by_name (list_box, "row-activated", row);
  ui_driver_spin (400);
  ck_assert_ptr_eq (visible_dialog (window), ADW_DIALOG (editor));

  /* The second: Enter in the search takes the first match. */
  picker = open_picker (window, editor);
  entry = ui_driver_find (GTK_WIDGET (picker), GTK_TYPE_SEARCH_ENTRY, NULL);
  ft_exercise_picker_dialog_set_search (picker, "heel raise, feet parallel");
  ck_assert_uint_ge (g_list_model_get_n_items (ft_exercise_picker_dialog_get_shown (picker)), 1);
  g_signal_emit_by_name (entry, "activate");
  ui_driver_spin (400);

  steps = ft_routine_editor_dialog_get_steps (editor);
  ck_assert_uint_eq (steps->len, 2);
  step = g_ptr_array_index (steps, 0);
  ck_assert_str_eq (step->exercise_ref, "soleus-release");
  ck_assert_uint_eq (step->sides, FT_SIDES_BOTH);
  step = g_ptr_array_index (steps, 1);
  ck_assert_str_eq (step->exercise_ref, "heel-raise-parallel");
  ck_assert_uint_eq (step->reps, 10);
  ck_assert_uint_eq (step->sets, 3);
  ck_assert_uint_eq (step->sides, FT_SIDES_NONE);

  /* The release's hold, changed in its row. */
  step_row = ui_test_find (GTK_WIDGET (editor), ADW_TYPE_EXPANDER_ROW, "Soleus release");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (step_row), TRUE);
  ui_driver_spin (50);
  hold = ui_test_find (step_row, ADW_TYPE_SPIN_ROW, "_Hold");
  adw_spin_row_set_value (ADW_SPIN_ROW (hold), 75);
  ck_assert_uint_eq (((FtRoutineStep *) g_ptr_array_index (steps, 0))->hold_seconds, 75);
  ck_assert_str_eq (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (step_row)),
                    "Hold 75 s · each side");

  /* Neither a hold nor reps: the core refuses, and the form keeps it all. */
  adw_spin_row_set_value (ADW_SPIN_ROW (hold), 0);
  ui_test_click (ui_driver_find_action_button (GTK_WIDGET (editor), "editor.save"));
  ui_driver_spin (200);
  ck_assert_ptr_eq (visible_dialog (window), ADW_DIALOG (editor));
  ck_assert_uint_eq (count_cards (page), N_BUILT_INS);
  ck_assert_str_eq (gtk_editable_get_text (GTK_EDITABLE (ui_test_find (GTK_WIDGET (editor),
                                                                       ADW_TYPE_ENTRY_ROW,
                                                                       "_Name"))),
                    "  Evening wind-down  ");
  ck_assert_uint_eq (steps->len, 2);

  adw_spin_row_set_value (ADW_SPIN_ROW (hold), 75);
  ui_test_click (ui_driver_find_action_button (GTK_WIDGET (editor), "editor.save"));
  ui_driver_spin (400);
  ck_assert_ptr_null (visible_dialog (window));

  ck_assert_uint_eq (count_cards (page), N_BUILT_INS + 1);
  ck_assert_str_eq (name_at (page, N_BUILT_INS), "Evening wind-down");
  ck_assert_str_eq (ft_routine_card_get_progress_text (card_at (page, N_BUILT_INS)),
                    "0 of 4 days this week");
  id = routine_id_of (page, "Evening wind-down");

  /* Edited again: the heel raises go first, with 12 reps. */
  ck_assert (gtk_widget_activate_action (GTK_WIDGET (page), "routines.edit", "x", id));
  editor = wait_for_editor (window);
  step_row = ui_test_find (GTK_WIDGET (editor), ADW_TYPE_EXPANDER_ROW, "Heel raise, feet parallel");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (step_row), TRUE);
  ui_driver_spin (50);
  adw_spin_row_set_value (ADW_SPIN_ROW (ui_test_find (step_row, ADW_TYPE_SPIN_ROW, "_Repetitions")),
                          12);
  ui_test_click (find_named (step_row, "move-up"));
  steps = ft_routine_editor_dialog_get_steps (editor);
  ck_assert_str_eq (((FtRoutineStep *) g_ptr_array_index (steps, 0))->exercise_ref,
                    "heel-raise-parallel");
  /* The moved step stays open, its Move Up now unavailable. */
  step_row = ui_test_find (GTK_WIDGET (editor), ADW_TYPE_EXPANDER_ROW, "Heel raise, feet parallel");
  ck_assert (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (step_row)));
  ck_assert (!gtk_widget_get_sensitive (find_named (step_row, "move-up")));
  ui_test_click (ui_driver_find_action_button (GTK_WIDGET (editor), "editor.save"));
  ui_driver_spin (400);
  ck_assert_ptr_null (visible_dialog (window));
  ck_assert_int_eq (routine_id_of (page, "Evening wind-down"), id);

  /* Renamed from its menu; Enter in the name renames. */
  ck_assert (gtk_widget_activate_action (GTK_WIDGET (page), "routines.rename", "x", id));
  dialog = ui_driver_wait_for_dialog (window);
  ck_assert (ADW_IS_ALERT_DIALOG (dialog));
  entry = ui_driver_find (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Wind-down");
  g_signal_emit_by_name (entry, "activate");
  ui_driver_spin (400);
  ck_assert_ptr_null (visible_dialog (window));
  ck_assert_ptr_nonnull (find_card (page, "Wind-down"));
  ck_assert (gtk_widget_activate_action (GTK_WIDGET (page), "routines.rename", "x", id));
  dialog = ui_driver_wait_for_dialog (window);
  entry = ui_driver_find (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Evening wind-down");
  g_signal_emit_by_name (dialog, "response", "rename");
  adw_dialog_force_close (dialog);
  ui_driver_spin (400);
  ck_assert_ptr_nonnull (find_card (page, "Evening wind-down"));

  /* Alt+Up twice on the focused card moves it up two places. */
  gtk_widget_grab_focus (gtk_widget_get_parent (GTK_WIDGET (card_at (page, N_BUILT_INS))));
  ck_assert (ui_test_press_key (window, GDK_KEY_Up, GDK_ALT_MASK));
  ck_assert (ui_test_press_key (window, GDK_KEY_Up, GDK_ALT_MASK));
  ck_assert_str_eq (name_at (page, N_BUILT_INS - 2), "Evening wind-down");
  ck_assert_str_eq (name_at (page, N_BUILT_INS - 1), "Release then stretch");
  ck_assert_str_eq (name_at (page, N_BUILT_INS), "Night");
  /* The focus stays on the card moved, so moves can be repeated. */
  ck_assert (gtk_widget_is_ancestor (GTK_WIDGET (card_at (page, N_BUILT_INS - 2)),
                                     gtk_root_get_focus (GTK_ROOT (window))));
  ck_assert (ui_test_press_key (window, GDK_KEY_Down, GDK_ALT_MASK));
  ck_assert_str_eq (name_at (page, N_BUILT_INS - 1), "Evening wind-down");

  /* Duplicate: the copy comes right after its original. */
  ck_assert (gtk_widget_activate_action (GTK_WIDGET (page), "routines.duplicate", "x", id));
  ui_driver_spin (50);
  ck_assert_uint_eq (count_cards (page), N_BUILT_INS + 2);
  ck_assert_str_eq (name_at (page, N_BUILT_INS), "Evening wind-down (copy)");
  copy_id = routine_id_of (page, "Evening wind-down (copy)");

  /* Deleted from its menu, then Undo puts it back where it was. */
  ck_assert (gtk_widget_activate_action (GTK_WIDGET (page), "routines.delete", "x", copy_id));
  ui_driver_spin (100);
  ck_assert_uint_eq (count_cards (page), N_BUILT_INS + 1);
  ck_assert_ptr_null (find_card (page, "Evening wind-down (copy)"));
  ui_test_click (ui_driver_find (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Undo"));
  ui_driver_spin (100);
  ck_assert_uint_eq (count_cards (page), N_BUILT_INS + 2);
  ck_assert_str_eq (name_at (page, N_BUILT_INS), "Evening wind-down (copy)");
  ck_assert_int_eq (routine_id_of (page, "Evening wind-down (copy)"), copy_id);

  /* A built-in deleted for good can be brought back from the page's menu. */
  ck_assert (gtk_widget_activate_action (GTK_WIDGET (page), "routines.delete", "x",
                                         routine_id_of (page, "Night")));
  ui_driver_spin (100);
  restore = ui_driver_find (GTK_WIDGET (page), GTK_TYPE_BUTTON, "_Restore Default Routines");
  ck_assert (restore != NULL && gtk_widget_get_visible (restore));
}

static void
reopened_body (FtApplication *app,
               FtWindow      *window,
               gpointer       user_data)
{
  FtRoutinesPage *page = show_routines (app, window);

  /* Night was deleted; the rest keep their places. */
  ck_assert_uint_eq (count_cards (page), N_BUILT_INS + 1);
  ck_assert_str_eq (name_at (page, N_BUILT_INS - 2), "Release then stretch");
  ck_assert_str_eq (name_at (page, N_BUILT_INS - 1), "Evening wind-down");
  ck_assert_str_eq (name_at (page, N_BUILT_INS), "Evening wind-down (copy)");
  ck_assert_ptr_null (find_card (page, "Night"));

  ck_assert (gtk_widget_activate_action (GTK_WIDGET (page), "routines.restore-builtins", NULL));
  ui_driver_spin (100);
  ck_assert_uint_eq (count_cards (page), N_BUILT_INS + 2);
  ck_assert_str_eq (name_at (page, N_BUILT_INS + 1), "Night");
}

START_TEST (test_create_edit_move_duplicate_delete)
{
  g_autofree char *name = NULL;
  g_autofree char *period = NULL;
  g_autofree char *sides = NULL;

  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), create_body, NULL), 0);

  /* Stored as the form had it, name trimmed. */
  name = ui_test_query_text ("SELECT name FROM routine WHERE position = 5");
  ck_assert_str_eq (name, "Evening wind-down");
  period = ui_test_query_text ("SELECT target_period FROM routine WHERE position = 5");
  ck_assert_str_eq (period, "week");
  ck_assert_int_eq (ui_test_query_int ("SELECT target_count FROM routine WHERE position = 5"), 4);
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM routine_step s JOIN routine r "
                                       "ON r.id = s.routine_id WHERE r.position = 5"), 2);
  ck_assert_int_eq (ui_test_query_int ("SELECT s.hold_s FROM routine_step s JOIN routine r "
                                       "ON r.id = s.routine_id WHERE r.position = 5 AND "
                                       "s.position = 1"),
                    75);
  sides = ui_test_query_text ("SELECT s.sides FROM routine_step s JOIN routine r "
                              "ON r.id = s.routine_id WHERE r.position = 5 AND s.position = 1");
  ck_assert_str_eq (sides, "both");
  ck_assert_int_eq (ui_test_query_int ("SELECT s.reps FROM routine_step s JOIN routine r "
                                       "ON r.id = s.routine_id WHERE r.position = 5 AND "
                                       "s.position = 0"),
                    12);
  /* The copy is back with its steps; positions have no gaps. */
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM routine_step s JOIN routine r "
                                       "ON r.id = s.routine_id WHERE r.position = 6"), 2);
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM routine"), N_BUILT_INS + 1);
  ck_assert_int_eq (ui_test_query_int ("SELECT max(position) FROM routine"), N_BUILT_INS);

  /* Started again: everything where it was left. */
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), reopened_body, NULL), 0);
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM routine"), N_BUILT_INS + 2);
}
END_TEST

/* (3) Add to Routine from an exercise's detail page. */

static void
add_to_routine_body (FtApplication *app,
                     FtWindow      *window,
                     gpointer       user_data)
{
  GtkWidget *exercises;
  AdwNavigationView *navigation;
  AdwNavigationPage *visible;
  GtkWidget *button;
  GtkWidget *start;
  GMenuModel *menu;
  GMenuModel *section;
  g_autoptr(GVariant) target = NULL;
  g_autofree char *label = NULL;

  ck_assert (ui_driver_press_accel (app, window, "<Alt>4"));
  exercises = ui_driver_find (GTK_WIDGET (window), FT_TYPE_EXERCISES_PAGE, NULL);
  ck_assert_ptr_nonnull (exercises);
  ui_driver_wait_for_frame (exercises);
  ck_assert (ft_exercises_page_show_exercise (FT_EXERCISES_PAGE (exercises), "soleus-release"));
  ui_driver_spin (600);

  navigation = ADW_NAVIGATION_VIEW (ui_driver_find (exercises, ADW_TYPE_NAVIGATION_VIEW, NULL));
  visible = adw_navigation_view_get_visible_page (navigation);
  ck_assert (FT_IS_EXERCISE_DETAIL_PAGE (visible));

  /* Start is there, and works when the window has the guided player. */
  start = ui_driver_find_action_button (GTK_WIDGET (visible), "win.start-exercise");
  ck_assert_ptr_nonnull (start);
  ck_assert_int_eq (gtk_widget_is_sensitive (start), window_has_action ("win.start-exercise"));

  /* The menu lists the routines, the first being Desk break. */
  button = ui_driver_find (GTK_WIDGET (visible), GTK_TYPE_MENU_BUTTON, NULL);
  if (button != NULL &&
      g_strcmp0 (gtk_menu_button_get_label (GTK_MENU_BUTTON (button)), "_Add to Routine…") != 0)
    button = NULL;
  ck_assert_msg (button != NULL && gtk_widget_get_visible (button), "no Add to Routine button");
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  ui_driver_spin (100);
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
  ck_assert_ptr_nonnull (menu);
  section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
  ck_assert_int_eq (g_menu_model_get_n_items (section), N_BUILT_INS);
  ck_assert (g_menu_model_get_item_attribute (section, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  ck_assert_str_eq (label, "Desk break");
  target = g_menu_model_get_item_attribute_value (section, 0, G_MENU_ATTRIBUTE_TARGET,
                                                  G_VARIANT_TYPE_INT64);
  ck_assert_ptr_nonnull (target);
  g_object_unref (section);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));

  ck_assert (gtk_widget_activate_action_variant (GTK_WIDGET (visible), "exercise.add-to-routine",
                                                 target));
  ui_driver_spin (100);
  ck_assert_ptr_nonnull (ui_driver_find (GTK_WIDGET (window), GTK_TYPE_LABEL,
                                         "Added to Desk break"));
}

START_TEST (test_add_to_routine)
{
  g_autofree char *ref = NULL;
  g_autofree char *sides = NULL;

  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), add_to_routine_body, NULL), 0);

  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM routine_step s JOIN routine r "
                                       "ON r.id = s.routine_id WHERE r.builtin_key = "
                                       "'desk-break'"), 3);
  ref = ui_test_query_text ("SELECT s.exercise_ref FROM routine_step s JOIN routine r "
                            "ON r.id = s.routine_id WHERE r.builtin_key = 'desk-break' AND "
                            "s.position = 2");
  ck_assert_str_eq (ref, "soleus-release");
  sides = ui_test_query_text ("SELECT s.sides FROM routine_step s JOIN routine r "
                              "ON r.id = s.routine_id WHERE r.builtin_key = 'desk-break' AND "
                              "s.position = 2");
  ck_assert_str_eq (sides, "both");
}
END_TEST

static Suite *
routines_suite (void)
{
  Suite *suite = suite_create ("routines-ui");
  TCase *page = tcase_create ("page");

  ui_test_fixture_add (page, "routines-ui");
  tcase_set_timeout (page, 90);
  tcase_add_test (page, test_lists_builtins);
  tcase_add_test (page, test_create_edit_move_duplicate_delete);
  tcase_add_test (page, test_add_to_routine);
  suite_add_tcase (suite, page);

  return suite;
}

int
main (void)
{
  return test_support_run (routines_suite ());
}
