/* ft-exercise-detail-page.c — one exercise in full: its picture, steps,
 * dose, equipment and cautions.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-exercise-detail-page.h"

#include <glib/gi18n.h>

#include "ft-application.h"
#include "ft-error.h"
#include "ft-exercise-editor-dialog.h"
#include "ft-illustration-view.h"
#include "ft-routine-format.h"
#include "ft-window.h"

struct _FtExerciseDetailPage
{
  AdwNavigationPage   parent_instance;

  FtExerciseCatalog  *catalog;
  FtExercise         *exercise;
  FtRoutineBook      *book;      /* NULL until it could be read */

  /* Template children */
  GtkWidget          *delete_button;
  GtkWidget          *edit_button;
  FtIllustrationView *illustration;
  AdwToggleGroup     *side_toggle;
  GtkLabel           *kind_label;
  GtkLabel           *name_label;
  GtkLabel           *target_label;
  AdwActionRow       *dose_row;
  AdwActionRow       *position_row;
  AdwActionRow       *equipment_row;
  GtkWidget          *steps_group;
  GtkListBox         *steps_list;
  GtkWidget          *cautions_group;
  AdwActionRow       *cautions_row;
  GtkWidget          *start_button;
  GtkMenuButton      *add_to_routine_button;
};

G_DEFINE_FINAL_TYPE (FtExerciseDetailPage, ft_exercise_detail_page, ADW_TYPE_NAVIGATION_PAGE)

/* What a delete leaves for the toast: Undo restores the exercise, and once
 * the toast is gone without it, the picture's file is removed too. */
typedef struct
{
  FtExerciseCatalog *catalog;
  FtExercise        *deleted;
  gboolean           undone;
} Deletion;

static void
deletion_clear (Deletion *deletion)
{
  g_clear_object (&deletion->catalog);
  g_clear_object (&deletion->deleted);
}

static void
deletion_unref (Deletion *deletion)
{
  g_rc_box_release_full (deletion, (GDestroyNotify) deletion_clear);
}

static GtkWidget *
create_step_row (guint       number,
                 const char *text)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  g_autofree char *number_text = g_strdup_printf ("%u", number);
  GtkWidget *number_label = gtk_label_new (number_text);
  GtkWidget *text_label = gtk_label_new (text);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (box, "exercise-step");
  gtk_widget_set_valign (number_label, GTK_ALIGN_START);
  gtk_widget_add_css_class (number_label, "exercise-step-number");
  gtk_widget_add_css_class (number_label, "numeric");
  /* The list already says which step it is. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (number_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, number_text, -1);
  gtk_label_set_wrap (GTK_LABEL (text_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (text_label), 0);
  gtk_label_set_selectable (GTK_LABEL (text_label), TRUE);
  gtk_widget_set_hexpand (text_label, TRUE);
  gtk_widget_set_valign (text_label, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), number_label);
  gtk_box_append (GTK_BOX (box), text_label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  return row;
}

static void
update_view (FtExerciseDetailPage *self)
{
  FtExercise *exercise = self->exercise;
  const char * const *steps = ft_exercise_get_steps (exercise);
  const char *target = ft_exercise_get_target (exercise);
  const char *cautions = ft_exercise_get_cautions (exercise);
  FtPosition position = ft_exercise_get_position (exercise);
  g_autofree char *dose = ft_exercise_format_dose (exercise);
  g_autofree char *equipment = NULL;
  GtkWidget *child;
  gboolean custom = ft_exercise_is_custom (exercise);
  guint i;

  adw_navigation_page_set_title (ADW_NAVIGATION_PAGE (self), ft_exercise_get_name (exercise));
  gtk_label_set_label (self->name_label, ft_exercise_get_name (exercise));
  gtk_label_set_label (self->kind_label, ft_exercise_kind_get_label (ft_exercise_get_kind (exercise)));
  gtk_label_set_label (self->target_label, target != NULL ? target : "");
  gtk_widget_set_visible (GTK_WIDGET (self->target_label), target != NULL && *target != '\0');

  ft_illustration_view_set_exercise (self->illustration, exercise);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->start_button),
                                          g_variant_new_string (ft_exercise_get_id (exercise)));
  gtk_widget_set_visible (GTK_WIDGET (self->side_toggle), ft_exercise_get_per_side (exercise));
  if (!ft_exercise_get_per_side (exercise))
    adw_toggle_group_set_active_name (self->side_toggle, "right");

  adw_action_row_set_subtitle (self->dose_row, dose);
  adw_action_row_set_subtitle (self->position_row,
                               position != FT_POSITION_NONE ? ft_position_get_label (position)
                                                            /* Translators: the position of an exercise that names none */
                                                            : _("Any"));
  equipment = ft_equipment_format (ft_exercise_get_equipment (exercise));
  adw_action_row_set_subtitle (self->equipment_row, equipment);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->steps_list))) != NULL)
    gtk_list_box_remove (self->steps_list, child);
  for (i = 0; steps[i] != NULL; i++)
    gtk_list_box_append (self->steps_list, create_step_row (i + 1, steps[i]));
  gtk_widget_set_visible (self->steps_group, i > 0);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->cautions_row),
                                 cautions != NULL ? cautions : "");
  gtk_widget_set_visible (self->cautions_group, cautions != NULL && *cautions != '\0');

  /* Only a person's own exercise is theirs to change. */
  gtk_widget_set_visible (self->edit_button, custom);
  gtk_widget_set_visible (self->delete_button, custom);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exercise.edit", custom);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exercise.delete", custom);
}

static void
side_toggle_notify_cb (FtExerciseDetailPage *self)
{
  const char *side = adw_toggle_group_get_active_name (self->side_toggle);

  ft_illustration_view_set_mirrored (self->illustration, g_strcmp0 (side, "left") == 0);
}

static void
editor_saved_cb (FtExerciseDetailPage *self,
                 FtExercise           *stored)
{
  ft_exercise_detail_page_set_exercise (self, stored);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FtExerciseDetailPage *self = FT_EXERCISE_DETAIL_PAGE (widget);
  AdwDialog *editor = ft_exercise_editor_dialog_new (self->catalog, self->exercise);

  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self,
                           G_CONNECT_SWAPPED);
  adw_dialog_present (editor, widget);
}

static void
undo_clicked_cb (AdwToast *toast,
                 Deletion *deletion)
{
  g_autoptr(GError) error = NULL;

  if (deletion->undone)
    return;

  deletion->undone = TRUE;
  if (!ft_exercise_catalog_restore_custom (deletion->catalog, deletion->deleted, &error))
    g_warning ("%s", error->message);
}

static gboolean
forget_image_cb (gpointer user_data)
{
  Deletion *deletion = user_data;

  if (!deletion->undone)
    ft_exercise_catalog_forget_image (deletion->catalog, deletion->deleted);

  return G_SOURCE_REMOVE;
}

/* Decided once the toast's own signals are all delivered, whichever order
 * Undo and the dismissal come in. */
static void
toast_dismissed_cb (AdwToast *toast,
                    Deletion *deletion)
{
  g_idle_add_full (G_PRIORITY_DEFAULT, forget_image_cb, g_rc_box_acquire (deletion),
                   (GDestroyNotify) deletion_unref);
}

static void
delete_exercise (FtExerciseDetailPage *self,
                 gboolean              force)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FtExercise) deleted = NULL;
  g_autofree char *message = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *navigation_view;
  Deletion *deletion;
  AdwToast *toast;

  deleted = ft_exercise_catalog_delete_custom (self->catalog, ft_exercise_get_id (self->exercise),
                                               force, &error);
  if (deleted == NULL)
    {
      if (!ft_window_add_toast_for (GTK_WIDGET (self), adw_toast_new (error->message)))
        g_warning ("%s", error->message);
      return;
    }

  deletion = g_rc_box_new0 (Deletion);
  deletion->catalog = g_object_ref (self->catalog);
  deletion->deleted = g_object_ref (deleted);

  /* Translators: %s is the name of a person's own exercise */
  message = g_strdup_printf (_("“%s” deleted"), ft_exercise_get_name (deleted));
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_clicked_cb),
                         g_rc_box_acquire (deletion), (GClosureNotify) (void (*) (void)) deletion_unref,
                         0);
  g_signal_connect_data (toast, "dismissed", G_CALLBACK (toast_dismissed_cb),
                         deletion, (GClosureNotify) (void (*) (void)) deletion_unref, 0);

  navigation_view = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_NAVIGATION_VIEW);
  if (navigation_view != NULL)
    adw_navigation_view_pop (ADW_NAVIGATION_VIEW (navigation_view));

  if (FT_IS_WINDOW (root))
    ft_window_add_toast (FT_WINDOW (root), toast);
  else
    g_object_unref (toast);
}

static void
alert_response_cb (AdwAlertDialog       *alert,
                   GAsyncResult         *result,
                   FtExerciseDetailPage *self)
{
  const char *response = adw_alert_dialog_choose_finish (alert, result);

  if (g_strcmp0 (response, "delete") == 0)
    delete_exercise (self, TRUE);

  g_object_unref (self);
}

/* A routine that uses the exercise loses a step; that is said first. */
static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FtExerciseDetailPage *self = FT_EXERCISE_DETAIL_PAGE (widget);
  g_autoptr(GError) error = NULL;
  AdwDialog *alert;
  guint uses = 0;

  if (!ft_exercise_catalog_count_uses (self->catalog, ft_exercise_get_id (self->exercise), &uses,
                                       &error))
    {
      ft_window_add_toast_for (widget, adw_toast_new (error->message));
      return;
    }

  if (uses == 0)
    {
      delete_exercise (self, FALSE);
      return;
    }

  alert = adw_alert_dialog_new (NULL, NULL);
  /* Translators: %s is the name of a person's own exercise */
  adw_alert_dialog_format_heading (ADW_ALERT_DIALOG (alert), _("Delete “%s”?"),
                                   ft_exercise_get_name (self->exercise));
  adw_alert_dialog_format_body (ADW_ALERT_DIALOG (alert),
                                g_dngettext (GETTEXT_PACKAGE,
                                             "%u step of your routines uses it. Deleting it takes "
                                             "it out of your routines too.",
                                             "%u steps of your routines use it. Deleting it takes "
                                             "it out of your routines too.",
                                             uses),
                                uses);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (alert),
                                  "cancel", _("_Cancel"),
                                  "delete", _("_Delete"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (alert), "delete",
                                            ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (alert), "cancel");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (alert), "cancel");
  adw_alert_dialog_choose (ADW_ALERT_DIALOG (alert), widget, NULL,
                           (GAsyncReadyCallback) alert_response_cb, g_object_ref (self));
}

/* Add to Routine */

static void
update_add_to_routine (FtExerciseDetailPage *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->add_to_routine_button),
                          self->book != NULL &&
                          g_list_model_get_n_items (G_LIST_MODEL (self->book)) > 0);
}

/* The routines are shared with the Routines page; this page may come
 * first, and reading them again changes nothing. */
static void
ensure_book (FtExerciseDetailPage *self)
{
  GApplication *app = g_application_get_default ();
  g_autoptr(GError) error = NULL;
  FtRoutineBook *book;

  if (self->book != NULL || !FT_IS_APPLICATION (app))
    return;

  book = ft_application_get_routine_book (FT_APPLICATION (app));
  if (book == NULL)
    return;

  if (g_list_model_get_n_items (G_LIST_MODEL (book)) == 0 && !ft_routine_book_load (book, &error))
    {
      g_debug ("Could not read the routines: %s", error->message);
      return;
    }

  self->book = g_object_ref (book);
  g_signal_connect_object (book, "changed", G_CALLBACK (update_add_to_routine), self,
                           G_CONNECT_SWAPPED);
  update_add_to_routine (self);
}

/* Built when opened, so it lists the routines as they are now. */
static void
create_routines_menu_cb (GtkMenuButton *button,
                         gpointer       user_data)
{
  FtExerciseDetailPage *self = user_data;
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();
  guint n_routines;

  ensure_book (self);
  n_routines = self->book != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->book)) : 0;

  for (guint i = 0; i < n_routines; i++)
    {
      g_autoptr(FtRoutine) routine = g_list_model_get_item (G_LIST_MODEL (self->book), i);
      g_autoptr(GMenuItem) item = g_menu_item_new (ft_routine_get_name (routine), NULL);

      g_menu_item_set_action_and_target_value (item, "exercise.add-to-routine",
                                               g_variant_new_int64 (ft_routine_get_id (routine)));
      g_menu_append_item (section, item);
    }

  /* Translators: the heading of the list of routines to add an exercise to */
  g_menu_append_section (menu, _("Add to Routine"), G_MENU_MODEL (section));
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static void
add_to_routine_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  FtExerciseDetailPage *self = FT_EXERCISE_DETAIL_PAGE (widget);
  g_autoptr(FtRoutine) routine = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gint64 id = g_variant_get_int64 (parameter);

  ensure_book (self);
  if (self->book == NULL)
    return;

  routine = ft_routine_book_get (self->book, id, &error);
  if (routine != NULL)
    {
      steps = ft_routine_dup_steps (routine);
      g_ptr_array_add (steps, ft_routine_step_new_for_exercise (self->exercise));
    }

  if (routine == NULL || !ft_routine_book_set_steps (self->book, id, steps, &error))
    {
      if (!ft_window_add_toast_for (widget, adw_toast_new (error->message)))
        g_warning ("%s", error->message);
      return;
    }

  /* Translators: %s is the name of a routine, e.g. "Added to Desk break" */
  message = g_strdup_printf (_("Added to %s"), ft_routine_get_name (routine));
  ft_window_add_toast_for (widget, adw_toast_new (message));
}

static void
ft_exercise_detail_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (ft_exercise_detail_page_parent_class)->map (widget);

  ensure_book (FT_EXERCISE_DETAIL_PAGE (widget));
}

static void
ft_exercise_detail_page_dispose (GObject *object)
{
  FtExerciseDetailPage *self = FT_EXERCISE_DETAIL_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FT_TYPE_EXERCISE_DETAIL_PAGE);
  g_clear_object (&self->catalog);
  g_clear_object (&self->exercise);
  g_clear_object (&self->book);

  G_OBJECT_CLASS (ft_exercise_detail_page_parent_class)->dispose (object);
}

static void
ft_exercise_detail_page_class_init (FtExerciseDetailPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ft_exercise_detail_page_dispose;
  widget_class->map = ft_exercise_detail_page_map;

  g_type_ensure (FT_TYPE_ILLUSTRATION_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ft-exercise-detail-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FtExerciseDetailPage, delete_button);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseDetailPage, edit_button);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseDetailPage, illustration);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseDetailPage, side_toggle);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseDetailPage, kind_label);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseDetailPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseDetailPage, target_label);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseDetailPage, dose_row);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseDetailPage, position_row);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseDetailPage, equipment_row);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseDetailPage, steps_group);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseDetailPage, steps_list);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseDetailPage, cautions_group);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseDetailPage, cautions_row);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseDetailPage, start_button);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseDetailPage, add_to_routine_button);
  gtk_widget_class_bind_template_callback (widget_class, side_toggle_notify_cb);

  gtk_widget_class_install_action (widget_class, "exercise.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "exercise.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "exercise.add-to-routine", "x",
                                   add_to_routine_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "exercise.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "exercise.delete", NULL);
  /* Back to the grid, like Alt+Left that the navigation view handles. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "navigation.pop", NULL);
}

static void
ft_exercise_detail_page_init (FtExerciseDetailPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->add_to_routine_button, create_routines_menu_cb,
                                         self, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->add_to_routine_button), FALSE);
}

AdwNavigationPage *
ft_exercise_detail_page_new (FtExerciseCatalog *catalog,
                             FtExercise        *exercise)
{
  FtExerciseDetailPage *self;

  g_return_val_if_fail (FT_IS_EXERCISE_CATALOG (catalog), NULL);
  g_return_val_if_fail (FT_IS_EXERCISE (exercise), NULL);

  self = g_object_new (FT_TYPE_EXERCISE_DETAIL_PAGE, NULL);
  self->catalog = g_object_ref (catalog);
  ft_exercise_detail_page_set_exercise (self, exercise);

  return ADW_NAVIGATION_PAGE (self);
}

/**
 * ft_exercise_detail_page_get_exercise:
 *
 * Returns: (transfer none): the exercise shown
 */
FtExercise *
ft_exercise_detail_page_get_exercise (FtExerciseDetailPage *self)
{
  g_return_val_if_fail (FT_IS_EXERCISE_DETAIL_PAGE (self), NULL);

  return self->exercise;
}

void
ft_exercise_detail_page_set_exercise (FtExerciseDetailPage *self,
                                      FtExercise           *exercise)
{
  g_return_if_fail (FT_IS_EXERCISE_DETAIL_PAGE (self));
  g_return_if_fail (FT_IS_EXERCISE (exercise));

  if (!g_set_object (&self->exercise, exercise))
    return;

  update_view (self);
}
