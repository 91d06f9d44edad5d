/* test-exercises-ui.c — the Exercises page, driven as a person would,
 * under Xvfb.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <check.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ft-error.h"
#include "ft-exercise-card.h"
#include "ft-exercise-catalog.h"
#include "ft-exercise-detail-page.h"
#include "ft-exercise-editor-dialog.h"
#include "ft-exercises-page.h"
#include "ft-illustration-view.h"
#include "ui-test-fixture.h"

#define N_BUILT_INS 18

/* Where the journal keeps the pictures a person picked. */
static char *image_folder;

static void
find_image_folder (void)
{
  image_folder = g_build_filename (ui_test_folder (), "data", "footing", "images", NULL);
}

static void
forget_image_folder (void)
{
  g_clear_pointer (&image_folder, g_free);
}

/* Helpers */

static guint
count_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint count = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    count++;

  return count;
}

static FtExercisesPage *
show_exercises (FtApplication *app,
                FtWindow      *window)
{
  return FT_EXERCISES_PAGE (ui_test_show_page (app, window, "<Alt>4", FT_TYPE_EXERCISES_PAGE));
}

static GtkGridView *
find_grid (FtExercisesPage *page)
{
  return GTK_GRID_VIEW (ui_test_find (GTK_WIDGET (page), GTK_TYPE_GRID_VIEW, NULL));
}

static GListModel *
shown_exercises (FtExercisesPage *page)
{
  GtkSelectionModel *model = gtk_grid_view_get_model (find_grid (page));

  ck_assert_ptr_nonnull (model);

  return G_LIST_MODEL (model);
}

static guint
count_cards (FtExercisesPage *page)
{
  return g_list_model_get_n_items (shown_exercises (page));
}

static FtExercise *
find_shown (FtExercisesPage *page,
            const char      *name)
{
  GListModel *model = shown_exercises (page);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(FtExercise) exercise = g_list_model_get_item (model, i);

      if (g_strcmp0 (ft_exercise_get_name (exercise), name) == 0)
        return exercise;   /* the model keeps it */
    }

  return NULL;
}

static const char *
visible_content (FtExercisesPage *page)
{
  GtkWidget *grid = GTK_WIDGET (find_grid (page));
  GtkWidget *stack = gtk_widget_get_ancestor (grid, GTK_TYPE_STACK);

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static AdwNavigationView *
find_navigation_view (FtExercisesPage *page)
{
  return ADW_NAVIGATION_VIEW (ui_driver_find (GTK_WIDGET (page), ADW_TYPE_NAVIGATION_VIEW, NULL));
}

static FtExerciseDetailPage *
visible_detail (FtExercisesPage *page)
{
  AdwNavigationPage *visible = adw_navigation_view_get_visible_page (find_navigation_view (page));

  return FT_IS_EXERCISE_DETAIL_PAGE (visible) ? FT_EXERCISE_DETAIL_PAGE (visible) : NULL;
}

/* The exercise of the card that has the keyboard focus. */
static FtExercise *
focused_exercise (FtWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  GtkWidget *card;

  ck_assert_ptr_nonnull (focus);
  card = ui_driver_find (focus, FT_TYPE_EXERCISE_CARD, NULL);
  ck_assert_msg (card != NULL, "the focus is on a %s, not a card", G_OBJECT_TYPE_NAME (focus));

  return ft_exercise_card_get_exercise (FT_EXERCISE_CARD (card));
}

static guint
position_of (FtExercisesPage *page,
             FtExercise      *exercise)
{
  GListModel *model = shown_exercises (page);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(FtExercise) item = g_list_model_get_item (model, i);

      if (item == exercise)
        return i;
    }

  ck_abort_msg ("%s is not shown", ft_exercise_get_id (exercise));

  return 0;
}

static FtExerciseCatalog *
catalog_of (FtApplication *app)
{
  FtExerciseCatalog *catalog = ft_application_get_exercise_catalog (app);

  ck_assert_ptr_nonnull (catalog);

  return catalog;
}

/* How many built-ins a filter should leave, counted from the catalog. */
typedef gboolean (*ExercisePredicate) (FtExercise *exercise);

static guint
count_matching (FtApplication     *app,
                ExercisePredicate  predicate)
{
  GListModel *model = G_LIST_MODEL (catalog_of (app));
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(FtExercise) exercise = g_list_model_get_item (model, i);

      if (predicate (exercise))
        count++;
    }

  return count;
}

static gboolean
is_nerve_glide (FtExercise *exercise)
{
  return ft_exercise_get_kind (exercise) == FT_EXERCISE_NERVE_GLIDE;
}

static gboolean
is_self_massage (FtExercise *exercise)
{
  return ft_exercise_get_kind (exercise) == FT_EXERCISE_SELF_MASSAGE;
}

static gboolean
needs_band (FtExercise *exercise)
{
  return (ft_exercise_get_equipment (exercise) & FT_EQUIPMENT_BAND) != 0;
}

static gboolean
needs_nothing (FtExercise *exercise)
{
  return ft_exercise_get_equipment (exercise) == 0;
}

static gboolean
works_thigh (FtExercise *exercise)
{
  return (ft_exercise_get_body_areas (exercise) & FT_BODY_AREA_THIGH) != 0;
}

static void
set_filter (FtExercisesPage *page,
            const char      *action,
            const char      *key)
{
  ck_assert (gtk_widget_activate_action (GTK_WIDGET (page), action, "s", key));
  ui_driver_spin (20);
}

static void
search_for (FtWindow        *window,
            FtExercisesPage *page,
            const char      *text)
{
  GtkWidget *entry = ui_driver_find (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY, NULL);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  /* The entry waits a moment for more typing before it searches. */
  ui_driver_spin (400);
}

/* (1) Search and filters narrow the grid; clearing brings all back. */

static void
filter_body (FtApplication *app,
             FtWindow      *window,
             gpointer       user_data)
{
  FtExercisesPage *page = show_exercises (app, window);
  GtkWidget *search_bar;
  GtkWidget *entry;
  guint expected;
  guint found;

  ck_assert_uint_eq (count_cards (page), N_BUILT_INS);
  ck_assert_str_eq (visible_content (page), "grid");

  /* Ctrl+F opens the search with the focus in it. */
  gtk_widget_grab_focus (GTK_WIDGET (find_grid (page)));
  ck_assert (ui_test_press_key (window, GDK_KEY_f, GDK_CONTROL_MASK));
  search_bar = ui_driver_find (GTK_WIDGET (page), GTK_TYPE_SEARCH_BAR, NULL);
  entry = ui_driver_find (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY, NULL);
  ck_assert (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (search_bar)));
  ck_assert (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), entry) ||
             gtk_root_get_focus (GTK_ROOT (window)) == entry);

  /* By name, whatever the case. */
  search_for (window, page, "HEEL RAISE");
  ck_assert_uint_eq (count_cards (page), 3);

  /* By muscle: the soleus is named in targets, not only in a name. */
  search_for (window, page, "soleus");
  found = count_cards (page);
  ck_assert_uint_gt (found, 0);
  ck_assert_uint_lt (found, N_BUILT_INS);

  search_for (window, page, "");
  ck_assert_uint_eq (count_cards (page), N_BUILT_INS);

  set_filter (page, "exercises.kind", "nerve_glide");
  expected = count_matching (app, is_nerve_glide);
  ck_assert_uint_eq (count_cards (page), expected);
  ck_assert_uint_eq (expected, 1);

  set_filter (page, "exercises.kind", "self_massage");
  ck_assert_uint_eq (count_cards (page), count_matching (app, is_self_massage));
  set_filter (page, "exercises.kind", "");

  set_filter (page, "exercises.equipment", "band");
  expected = count_matching (app, needs_band);
  ck_assert_uint_gt (expected, 0);
  ck_assert_uint_eq (count_cards (page), expected);
  set_filter (page, "exercises.equipment", "none");
  ck_assert_uint_eq (count_cards (page), count_matching (app, needs_nothing));
  set_filter (page, "exercises.equipment", "");

  set_filter (page, "exercises.area", "thigh");
  expected = count_matching (app, works_thigh);
  ck_assert_uint_gt (expected, 0);
  ck_assert_uint_lt (expected, N_BUILT_INS);
  ck_assert_uint_eq (count_cards (page), expected);

  /* Filters add up; nothing left says so, with a way out. */
  set_filter (page, "exercises.kind", "nerve_glide");
  search_for (window, page, "no such exercise");
  ck_assert_uint_eq (count_cards (page), 0);
  ck_assert_str_eq (visible_content (page), "no-results");
  ck_assert_ptr_nonnull (ui_driver_find (GTK_WIDGET (page), ADW_TYPE_STATUS_PAGE,
                                         "No Exercises Found"));

  ui_test_click (ui_driver_find (GTK_WIDGET (page), GTK_TYPE_BUTTON, "_Clear Search and Filters"));
  ui_driver_spin (400);
  ck_assert_uint_eq (count_cards (page), N_BUILT_INS);
  ck_assert_str_eq (visible_content (page), "grid");
  ck_assert_str_eq (gtk_editable_get_text (GTK_EDITABLE (entry)), "");
}

START_TEST (test_search_and_filters)
{
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), filter_body, NULL), 0);
}
END_TEST

/* (2) A detail page opens with the keyboard alone, and goes back. */

static void
keyboard_body (FtApplication *app,
               FtWindow      *window,
               gpointer       user_data)
{
  FtExercisesPage *page = show_exercises (app, window);
  GtkGridView *grid = find_grid (page);
  FtExerciseDetailPage *detail;
  FtIllustrationView *illustration;
  FtExercise *exercise;
  AdwToggleGroup *sides;
  guint columns;

  /* Into the grid as Tab goes: onto its first card. */
  ck_assert (gtk_widget_child_focus (GTK_WIDGET (grid), GTK_DIR_TAB_FORWARD));
  ui_driver_spin (20);
  ck_assert_uint_eq (position_of (page, focused_exercise (window)), 0);

  ck_assert (ui_test_press_key (window, GDK_KEY_Right, 0));
  ck_assert_uint_eq (position_of (page, focused_exercise (window)), 1);
  ck_assert (ui_test_press_key (window, GDK_KEY_Down, 0));
  columns = position_of (page, focused_exercise (window)) - 1;
  ck_assert_uint_ge (columns, 2);   /* a 1000 px window shows more than one column */
  ck_assert (ui_test_press_key (window, GDK_KEY_Up, 0));
  ck_assert (ui_test_press_key (window, GDK_KEY_Left, 0));
  exercise = focused_exercise (window);
  ck_assert_uint_eq (position_of (page, exercise), 0);
  /* The first card is a stretch done with each leg. */
  ck_assert (ft_exercise_get_per_side (exercise));

  ck_assert (ui_test_press_key (window, GDK_KEY_Return, 0));
  ui_driver_spin (400);
  detail = visible_detail (page);
  ck_assert_ptr_nonnull (detail);
  ck_assert_ptr_eq (ft_exercise_detail_page_get_exercise (detail), exercise);
  ck_assert_str_eq (adw_navigation_page_get_title (ADW_NAVIGATION_PAGE (detail)),
                    ft_exercise_get_name (exercise));
  ck_assert_ptr_nonnull (ui_driver_find (GTK_WIDGET (detail), GTK_TYPE_LABEL,
                                         ft_exercise_get_steps (exercise)[0]));
  /* A built-in cannot be edited or deleted: the buttons are not there. */
  ck_assert_ptr_null (ui_driver_find_action_button (GTK_WIDGET (detail), "exercise.delete"));
  ck_assert_ptr_null (ui_driver_find_action_button (GTK_WIDGET (detail), "exercise.edit"));

  /* Left shows the drawing mirrored, Right as drawn. */
  illustration = FT_ILLUSTRATION_VIEW (ui_driver_find (GTK_WIDGET (detail),
                                                       FT_TYPE_ILLUSTRATION_VIEW, NULL));
  sides = ADW_TOGGLE_GROUP (ui_driver_find (GTK_WIDGET (detail), ADW_TYPE_TOGGLE_GROUP, NULL));
  ck_assert_ptr_nonnull (illustration);
  ck_assert_ptr_nonnull (sides);
  ck_assert (gtk_widget_get_visible (GTK_WIDGET (sides)));
  ck_assert (!ft_illustration_view_is_fallback (illustration));
  ck_assert (!ft_illustration_view_get_mirrored (illustration));
  adw_toggle_group_set_active_name (sides, "left");
  ck_assert (ft_illustration_view_get_mirrored (illustration));
  ck_assert (ui_driver_wait_for_frame (GTK_WIDGET (illustration)));
  adw_toggle_group_set_active_name (sides, "right");
  ck_assert (!ft_illustration_view_get_mirrored (illustration));

  /* Escape goes back to the grid. */
  gtk_widget_grab_focus (GTK_WIDGET (sides));
  ck_assert (ui_test_press_key (window, GDK_KEY_Escape, 0));
  ui_driver_spin (400);
  ck_assert_ptr_null (visible_detail (page));

  /* The focus is back on the card, which opens again with Enter; Alt+Left
   * goes back too. */
  ck_assert_ptr_eq (focused_exercise (window), exercise);
  ck_assert (ui_test_press_key (window, GDK_KEY_Return, 0));
  ui_driver_spin (400);
  detail = visible_detail (page);
  ck_assert_ptr_nonnull (detail);
  gtk_widget_grab_focus (GTK_WIDGET (ui_driver_find (GTK_WIDGET (detail),
                                                     ADW_TYPE_TOGGLE_GROUP, NULL)));
  ck_assert (ui_test_press_key (window, GDK_KEY_Left, GDK_ALT_MASK));
  ui_driver_spin (400);
  ck_assert_ptr_null (visible_detail (page));
}

START_TEST (test_detail_with_keyboard)
{
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), keyboard_body, NULL), 0);
}
END_TEST

/* (3) A person's own exercise, made in the form, is there after a restart. */

#define OWN_NAME "Wall toe raise"

static FtExerciseEditorDialog *
open_editor (FtWindow        *window,
             FtExercisesPage *page)
{
  AdwDialog *dialog;

  ui_test_click (ui_driver_find_action_button (GTK_WIDGET (page), "exercises.add"));
  dialog = ui_driver_wait_for_dialog (window);
  ck_assert_ptr_nonnull (dialog);
  ck_assert (FT_IS_EXERCISE_EDITOR_DIALOG (dialog));

  return FT_EXERCISE_EDITOR_DIALOG (dialog);
}

static void
type_into (AdwDialog  *dialog,
           const char *title,
           const char *text)
{
  GtkWidget *row = ui_test_find (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, title);

  gtk_widget_grab_focus (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  ui_driver_spin (10);
}

static void
add_exercise_body (FtApplication *app,
                   FtWindow      *window,
                   gpointer       user_data)
{
  FtExercisesPage *page = show_exercises (app, window);
  FtExerciseEditorDialog *editor = open_editor (window, page);
  AdwDialog *dialog = ADW_DIALOG (editor);
  GtkWidget *form = GTK_WIDGET (editor);
  GtkWidget *save = ui_driver_find_action_button (form, "editor.save");

  /* Nothing to save until it has a name. */
  ck_assert (!gtk_widget_is_sensitive (save));
  type_into (dialog, "_Name", "   ");
  ck_assert (!gtk_widget_is_sensitive (save));
  type_into (dialog, "_Name", OWN_NAME);
  ck_assert (gtk_widget_is_sensitive (save));

  adw_combo_row_set_selected (ADW_COMBO_ROW (ui_test_find (form, ADW_TYPE_COMBO_ROW, "_Kind")),
                              FT_EXERCISE_STRENGTH);
  type_into (dialog, "_Target Muscles or Area", "Shin (tibialis anterior)");
  adw_combo_row_set_selected (ADW_COMBO_ROW (ui_test_find (form, ADW_TYPE_COMBO_ROW, "_Position")),
                              FT_POSITION_STANDING);
  type_into (dialog, "Step 1", "Stand with your back to a wall, heels a little forward.");
  ui_test_click (ui_driver_find_action_button (form, "editor.add-step"));
  type_into (dialog, "Step 2", "Lift the toes and the balls of the feet, then lower slowly.");
  adw_spin_row_set_value (ADW_SPIN_ROW (ui_test_find (form, ADW_TYPE_SPIN_ROW, "_Hold")), 0);
  adw_spin_row_set_value (ADW_SPIN_ROW (ui_test_find (form, ADW_TYPE_SPIN_ROW, "_Repetitions")),
                          12);
  adw_spin_row_set_value (ADW_SPIN_ROW (ui_test_find (form, ADW_TYPE_SPIN_ROW, "S_ets")), 2);
  adw_action_row_activate (ADW_ACTION_ROW (ui_test_find (form, ADW_TYPE_ACTION_ROW,
                                                         ft_equipment_get_label (FT_EQUIPMENT_WALL))));
  type_into (dialog, "C_autions", "Stop if the shin cramps.");

  /* Ctrl+Enter saves, from any row. */
  gtk_widget_grab_focus (ui_test_find (form, ADW_TYPE_ENTRY_ROW, "_Name"));
  ck_assert (ui_test_press_key (window, GDK_KEY_Return, GDK_CONTROL_MASK));
  ui_driver_spin (400);
  ck_assert_ptr_null (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)));

  ck_assert_uint_eq (count_cards (page), N_BUILT_INS + 1);
  ck_assert_ptr_nonnull (find_shown (page, OWN_NAME));
}

static void
find_after_restart_body (FtApplication *app,
                         FtWindow      *window,
                         gpointer       user_data)
{
  FtExercisesPage *page = show_exercises (app, window);
  FtExercise *own;
  FtExerciseDetailPage *detail;

  ck_assert_uint_eq (count_cards (page), N_BUILT_INS + 1);
  own = find_shown (page, OWN_NAME);
  ck_assert_ptr_nonnull (own);
  ck_assert (ft_exercise_is_custom (own));
  ck_assert_int_eq (ft_exercise_get_kind (own), FT_EXERCISE_STRENGTH);
  ck_assert_uint_eq (ft_exercise_get_reps (own), 12);
  ck_assert_uint_eq (ft_exercise_get_sets (own), 2);
  ck_assert_uint_eq (g_strv_length ((char **) ft_exercise_get_steps (own)), 2);

  /* Its card opens like the others, with Edit and Delete this time. */
  g_signal_emit_by_name (find_grid (page), "activate", position_of (page, own));
  ui_driver_spin (400);
  detail = visible_detail (page);
  ck_assert_ptr_nonnull (detail);
  ck_assert_ptr_nonnull (ui_driver_find_action_button (GTK_WIDGET (detail), "exercise.edit"));
  ck_assert_ptr_nonnull (ui_driver_find_action_button (GTK_WIDGET (detail), "exercise.delete"));
  ck_assert_ptr_nonnull (ui_driver_find (GTK_WIDGET (detail), ADW_TYPE_ACTION_ROW,
                                         "Stop if the shin cramps."));
}

START_TEST (test_add_custom_exercise)
{
  g_autofree char *row = NULL;

  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), add_exercise_body, NULL), 0);

  row = ui_test_query_text ("SELECT name || '|' || kind || '|' || area || '|' || equipment || '|' "
                            "|| position || '|' || coalesce (hold_s, 'none') || '|' || reps || '|' "
                            "|| sets || '|' || per_side || '|' || cautions FROM exercise");
  ck_assert_str_eq (row, OWN_NAME "|strength|Shin (tibialis anterior)|wall|standing|none|12|2|0|"
                    "Stop if the shin cramps.");
  /* Stamped with the time it was added, not left at zero. */
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM exercise "
                                       "WHERE created_us > 1700000000000000"), 1);

  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), find_after_restart_body, NULL), 0);
}
END_TEST

/* (4) Deleting offers Undo; without it, the exercise is gone for good. */

static FtExercise *
add_directly (FtApplication *app,
              const char    *name,
              const char    *image_path)
{
  g_autoptr(FtExercise) draft = ft_exercise_new (NULL, name, FT_EXERCISE_STRETCH);
  g_autoptr(GError) error = NULL;
  FtExercise *stored;
  const char *steps[] = { "Stand tall.", NULL };

  ft_exercise_set_steps (draft, steps);
  ft_exercise_set_dose (draft, 20, 0, 0, 1, TRUE);
  ft_exercise_set_image_path (draft, image_path);
  stored = ft_exercise_catalog_add_custom (catalog_of (app), draft, &error);
  ck_assert_msg (stored != NULL, "%s", error ? error->message : "");

  return stored;
}

static void
open_detail (FtExercisesPage *page,
             FtExercise      *exercise)
{
  ck_assert (ft_exercises_page_show_exercise (page, ft_exercise_get_id (exercise)));
  ui_driver_spin (400);
  ck_assert_ptr_nonnull (visible_detail (page));
}

/* The toast's own close button: the button of the toast without a label. */
static GtkWidget *
find_toast_close_button (GtkWidget *root,
                         gboolean   in_toast)
{
  in_toast |= g_str_equal (G_OBJECT_TYPE_NAME (root), "AdwToastWidget");

  if (in_toast && GTK_IS_BUTTON (root) && gtk_button_get_label (GTK_BUTTON (root)) == NULL)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_toast_close_button (child, in_toast);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
dismiss_toast (FtWindow *window)
{
  GtkWidget *overlay = ui_driver_find (GTK_WIDGET (window), ADW_TYPE_TOAST_OVERLAY, NULL);

  /* As a click on its cross does. */
  ui_test_click (find_toast_close_button (overlay, FALSE));
  ui_driver_spin (400);
}

static void
delete_body (FtApplication *app,
             FtWindow      *window,
             gpointer       user_data)
{
  FtExercisesPage *page = show_exercises (app, window);
  g_autoptr(FtExercise) own = add_directly (app, "Towel slide", NULL);

  ui_driver_spin (50);
  ck_assert_uint_eq (count_cards (page), N_BUILT_INS + 1);

  open_detail (page, own);
  ui_test_click (ui_driver_find_action_button (GTK_WIDGET (visible_detail (page)),
                                               "exercise.delete"));
  ui_driver_spin (400);
  ck_assert_ptr_null (visible_detail (page));
  ck_assert_uint_eq (count_cards (page), N_BUILT_INS);
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM exercise"), 0);

  ui_test_click (ui_driver_find (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Undo"));
  ck_assert_uint_eq (count_cards (page), N_BUILT_INS + 1);
  ck_assert_ptr_nonnull (find_shown (page, "Towel slide"));
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM exercise"), 1);

  open_detail (page, find_shown (page, "Towel slide"));
  ui_test_click (ui_driver_find_action_button (GTK_WIDGET (visible_detail (page)),
                                               "exercise.delete"));
  ui_driver_spin (400);
  ck_assert_uint_eq (count_cards (page), N_BUILT_INS);
  dismiss_toast (window);
  ck_assert_ptr_null (ui_driver_find (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Undo"));
}

static void
gone_body (FtApplication *app,
           FtWindow      *window,
           gpointer       user_data)
{
  FtExercisesPage *page = show_exercises (app, window);

  ck_assert_uint_eq (count_cards (page), N_BUILT_INS);
  ck_assert_ptr_null (find_shown (page, "Towel slide"));
}

START_TEST (test_delete_undo_then_delete)
{
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), delete_body, NULL), 0);
  ck_assert_int_eq (ui_test_query_int ("SELECT count(*) FROM exercise"), 0);
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), gone_body, NULL), 0);
}
END_TEST

/* (5) A picked picture is checked, copied beside the journal and shown;
 * its copy goes when the exercise does. */

static char *
write_png (const char *name,
           int         width,
           int         height)
{
  char *path = g_build_filename (ui_test_folder (), name, NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 0.2, 0.5, 0.8);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, width / 4.0, height / 4.0, width / 2.0, height / 2.0);
  cairo_fill (cr);
  cairo_destroy (cr);
  ck_assert_int_eq (cairo_surface_write_to_png (surface, path), CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  return path;
}

static void
picture_body (FtApplication *app,
              FtWindow      *window,
              gpointer       user_data)
{
  FtExercisesPage *page = show_exercises (app, window);
  g_autofree char *png = write_png ("band.png", 320, 200);
  g_autofree char *fake = g_build_filename (ui_test_folder (), "notes.png", NULL);
  g_autoptr(GFile) png_file = g_file_new_for_path (png);
  g_autoptr(GFile) fake_file = g_file_new_for_path (fake);
  g_autoptr(GError) error = NULL;
  FtExerciseEditorDialog *editor;
  FtIllustrationView *preview;
  FtExerciseDetailPage *detail;
  FtExercise *own;
  const char *stored_path;

  /* Cancelling the form keeps no copy of what was picked in it. */
  editor = open_editor (window, page);
  ck_assert (ft_exercise_editor_dialog_set_image_file (editor, png_file, &error));
  ck_assert_uint_eq (count_files (image_folder), 1);
  ui_test_click (ui_driver_find_action_button (GTK_WIDGET (editor), "editor.cancel"));
  ui_driver_spin (400);
  ck_assert_uint_eq (count_files (image_folder), 0);

  editor = open_editor (window, page);
  type_into (ADW_DIALOG (editor), "_Name", "Band ankle pull");
  preview = FT_ILLUSTRATION_VIEW (ui_driver_find (GTK_WIDGET (editor), FT_TYPE_ILLUSTRATION_VIEW,
                                                  NULL));
  ck_assert (ft_illustration_view_is_fallback (preview));

  /* Text with a picture's name is refused; the form keeps what was typed. */
  ck_assert (g_file_set_contents (fake, "Buy milk.", -1, NULL));
  ck_assert (!ft_exercise_editor_dialog_set_image_file (editor, fake_file, &error));
  ck_assert_ptr_nonnull (error);
  g_clear_error (&error);
  ck_assert_str_eq (gtk_editable_get_text (GTK_EDITABLE (ui_test_find (GTK_WIDGET (editor),
                                                                       ADW_TYPE_ENTRY_ROW,
                                                                       "_Name"))),
                    "Band ankle pull");
  ck_assert (ft_illustration_view_is_fallback (preview));

  ck_assert (ft_exercise_editor_dialog_set_image_file (editor, png_file, &error));
  ck_assert (!ft_illustration_view_is_fallback (preview));
  ck_assert (ui_driver_wait_for_frame (GTK_WIDGET (preview)));
  ui_test_click (ui_driver_find_action_button (GTK_WIDGET (editor), "editor.save"));
  ui_driver_spin (400);

  own = find_shown (page, "Band ankle pull");
  ck_assert_ptr_nonnull (own);
  stored_path = ft_exercise_get_image_path (own);
  ck_assert_ptr_nonnull (stored_path);
  ck_assert (g_str_has_prefix (stored_path, image_folder));
  ck_assert (g_file_test (stored_path, G_FILE_TEST_IS_REGULAR));
  ck_assert_uint_eq (count_files (image_folder), 1);

  open_detail (page, own);
  detail = visible_detail (page);
  ck_assert (!ft_illustration_view_is_fallback (FT_ILLUSTRATION_VIEW (
    ui_driver_find (GTK_WIDGET (detail), FT_TYPE_ILLUSTRATION_VIEW, NULL))));

  /* Deleted and the toast gone: the copy goes too. */
  ui_test_click (ui_driver_find_action_button (GTK_WIDGET (detail), "exercise.delete"));
  ui_driver_spin (400);
  ck_assert_uint_eq (count_files (image_folder), 1);
  dismiss_toast (window);
  ck_assert_uint_eq (count_files (image_folder), 0);
}

START_TEST (test_pick_picture)
{
  ck_assert_int_eq (ui_driver_run (ui_test_database_path (), picture_body, NULL), 0);
}
END_TEST

static Suite *
exercises_suite (void)
{
  Suite *suite = suite_create ("exercises-ui");
  TCase *page = tcase_create ("page");
  TCase *custom = tcase_create ("custom");

  ui_test_fixture_add (page, "exercises-ui");
  tcase_add_checked_fixture (page, find_image_folder, forget_image_folder);
  tcase_set_timeout (page, 60);
  tcase_add_test (page, test_search_and_filters);
  tcase_add_test (page, test_detail_with_keyboard);
  suite_add_tcase (suite, page);

  ui_test_fixture_add (custom, "exercises-ui");
  tcase_add_checked_fixture (custom, find_image_folder, forget_image_folder);
  tcase_set_timeout (custom, 60);
  tcase_add_test (custom, test_add_custom_exercise);
  tcase_add_test (custom, test_delete_undo_then_delete);
  tcase_add_test (custom, test_pick_picture);
  suite_add_tcase (suite, custom);

  return suite;
}

int
main (void)
{
  return test_support_run (exercises_suite ());
}
