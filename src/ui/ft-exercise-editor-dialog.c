/* ft-exercise-editor-dialog.c — the form for a person's own exercise, new
 * or to change.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-exercise-editor-dialog.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ft-illustration-view.h"

#define MAX_STEPS 10

struct _FtExerciseEditorDialog
{
  AdwDialog           parent_instance;

  FtExerciseCatalog  *catalog;
  FtExercise         *original;     /* NULL for a new exercise */
  char               *image_path;   /* the copy in Footing's image folder */
  /* Copies made while the form was open; those not saved are removed. */
  GPtrArray          *imported;
  GPtrArray          *step_rows;
  GtkCheckButton     *equipment_checks[FT_EQUIPMENT_N_ITEMS];

  /* Template children */
  AdwToastOverlay    *toast_overlay;
  GtkWidget          *save_button;
  AdwEntryRow        *name_row;
  AdwComboRow        *kind_row;
  GtkStringList      *kind_list;
  AdwEntryRow        *target_row;
  AdwComboRow        *position_row;
  GtkStringList      *position_list;
  AdwPreferencesGroup *steps_group;
  AdwSpinRow         *hold_row;
  AdwSpinRow         *reps_row;
  AdwSpinRow         *sets_row;
  AdwSwitchRow       *per_side_row;
  AdwPreferencesGroup *equipment_group;
  AdwActionRow       *image_row;
  FtIllustrationView *image_preview;
  AdwEntryRow        *cautions_row;
};

G_DEFINE_FINAL_TYPE (FtExerciseEditorDialog, ft_exercise_editor_dialog, ADW_TYPE_DIALOG)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
trimmed_text (gpointer editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editable))));
}

static void
update_actions (FtExerciseEditorDialog *self)
{
  g_autofree char *name = trimmed_text (self->name_row);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", *name != '\0');
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-step",
                                 self->step_rows->len < MAX_STEPS);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.remove-image",
                                 self->image_path != NULL);
}

static void
show_error (FtExerciseEditorDialog *self,
            const GError           *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The preview draws through the same view as the cards, from a draft. */
static void
update_image (FtExerciseEditorDialog *self)
{
  g_autoptr(FtExercise) draft = ft_exercise_new (NULL, "", FT_EXERCISE_STRETCH);
  g_autofree char *name = NULL;

  ft_exercise_set_image_path (draft, self->image_path);
  ft_illustration_view_set_exercise (self->image_preview, draft);

  if (self->image_path != NULL)
    name = g_path_get_basename (self->image_path);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->image_row),
                                 name != NULL ? _("Picture Chosen") : _("No Picture"));
  adw_action_row_set_subtitle (self->image_row, name != NULL ? name : "");
  update_actions (self);
}

static void
renumber_steps (FtExerciseEditorDialog *self)
{
  for (guint i = 0; i < self->step_rows->len; i++)
    {
      /* Translators: the title of a step's entry in the exercise form */
      g_autofree char *title = g_strdup_printf (_("Step %u"), i + 1);

      adw_preferences_row_set_title (g_ptr_array_index (self->step_rows, i), title);
    }
}

static void
remove_step_clicked_cb (GtkButton              *button,
                        FtExerciseEditorDialog *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_ENTRY_ROW);
  guint index;

  if (row == NULL || !g_ptr_array_find (self->step_rows, row, &index))
    return;

  g_ptr_array_remove_index (self->step_rows, index);
  adw_preferences_group_remove (self->steps_group, row);
  renumber_steps (self);
  update_actions (self);
}

static void
entry_activated_cb (FtExerciseEditorDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
}

static AdwEntryRow *
append_step (FtExerciseEditorDialog *self,
             const char             *text)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove Step"));
  gtk_widget_add_css_class (remove, "flat");
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_step_clicked_cb), self, 0);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  g_signal_connect_object (row, "entry-activated", G_CALLBACK (entry_activated_cb), self,
                           G_CONNECT_SWAPPED);

  g_ptr_array_add (self->step_rows, row);
  adw_preferences_group_add (self->steps_group, row);
  renumber_steps (self);
  update_actions (self);

  return ADW_ENTRY_ROW (row);
}

static GtkCheckButton *
append_check_row (AdwPreferencesGroup *group,
                  const char          *title,
                  gboolean             active)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_group_add (group, row);

  return GTK_CHECK_BUTTON (check);
}

static void
fill_form (FtExerciseEditorDialog *self)
{
  FtExercise *original = self->original;
  FtEquipment equipment = original != NULL ? ft_exercise_get_equipment (original) : 0;

  for (guint i = 0; i < FT_EXERCISE_N_KINDS; i++)
    gtk_string_list_append (self->kind_list, ft_exercise_kind_get_label ((FtExerciseKind) i));
  /* Translators: the position of an exercise that names none */
  gtk_string_list_append (self->position_list, _("Not Specified"));
  for (guint i = FT_POSITION_STANDING; i <= FT_POSITION_LYING; i++)
    gtk_string_list_append (self->position_list, ft_position_get_label ((FtPosition) i));

  for (guint i = 0; i < FT_EQUIPMENT_N_ITEMS; i++)
    self->equipment_checks[i] = append_check_row (self->equipment_group,
                                                  ft_equipment_get_label (1 << i),
                                                  (equipment & (1 << i)) != 0);

  if (original == NULL)
    {
      adw_dialog_set_title (ADW_DIALOG (self), _("New Exercise"));
      adw_spin_row_set_value (self->hold_row, 30);
      adw_spin_row_set_value (self->sets_row, 1);
      append_step (self, NULL);
      update_image (self);
      return;
    }

  adw_dialog_set_title (ADW_DIALOG (self), _("Edit Exercise"));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), ft_exercise_get_name (original));
  adw_combo_row_set_selected (self->kind_row, ft_exercise_get_kind (original));
  gtk_editable_set_text (GTK_EDITABLE (self->target_row),
                         ft_exercise_get_target (original) != NULL ? ft_exercise_get_target (original) : "");
  adw_combo_row_set_selected (self->position_row, ft_exercise_get_position (original));
  for (const char * const *step = ft_exercise_get_steps (original); *step != NULL; step++)
    append_step (self, *step);
  if (self->step_rows->len == 0)
    append_step (self, NULL);
  adw_spin_row_set_value (self->hold_row, ft_exercise_get_hold_seconds (original));
  adw_spin_row_set_value (self->reps_row, ft_exercise_get_reps (original));
  adw_spin_row_set_value (self->sets_row, ft_exercise_get_sets (original));
  adw_switch_row_set_active (self->per_side_row, ft_exercise_get_per_side (original));
  gtk_editable_set_text (GTK_EDITABLE (self->cautions_row),
                         ft_exercise_get_cautions (original) != NULL ? ft_exercise_get_cautions (original) : "");
  self->image_path = g_strdup (ft_exercise_get_image_path (original));
  update_image (self);
}

static FtExercise *
build_draft (FtExerciseEditorDialog *self)
{
  g_autofree char *name = trimmed_text (self->name_row);
  g_autofree char *target = trimmed_text (self->target_row);
  g_autofree char *cautions = trimmed_text (self->cautions_row);
  g_autoptr(GStrvBuilder) steps = g_strv_builder_new ();
  g_auto(GStrv) step_texts = NULL;
  FtExercise *draft;
  FtEquipment equipment = 0;
  guint hold = (guint) adw_spin_row_get_value (self->hold_row);
  guint hold_max = 0;

  draft = ft_exercise_new (NULL, name, (FtExerciseKind) adw_combo_row_get_selected (self->kind_row));
  ft_exercise_set_target (draft, *target != '\0' ? target : NULL);
  ft_exercise_set_position (draft, (FtPosition) adw_combo_row_get_selected (self->position_row));

  for (guint i = 0; i < FT_EQUIPMENT_N_ITEMS; i++)
    if (gtk_check_button_get_active (self->equipment_checks[i]))
      equipment |= 1 << i;
  ft_exercise_set_equipment (draft, equipment);

  /* Empty step rows are left out rather than refused. */
  for (guint i = 0; i < self->step_rows->len; i++)
    {
      g_autofree char *step = trimmed_text (g_ptr_array_index (self->step_rows, i));

      if (*step != '\0')
        g_strv_builder_add (steps, step);
    }
  step_texts = g_strv_builder_end (steps);
  ft_exercise_set_steps (draft, (const char * const *) step_texts);

  /* A range such as "30–60 s" has no field here; it stays while the hold does. */
  if (self->original != NULL && ft_exercise_get_hold_seconds (self->original) == hold)
    hold_max = ft_exercise_get_hold_max_seconds (self->original);
  ft_exercise_set_dose (draft, hold, hold_max,
                        (guint) adw_spin_row_get_value (self->reps_row),
                        (guint) adw_spin_row_get_value (self->sets_row),
                        adw_switch_row_get_active (self->per_side_row));
  ft_exercise_set_cautions (draft, *cautions != '\0' ? cautions : NULL);
  ft_exercise_set_image_path (draft, self->image_path);

  return draft;
}

/* Copies made for this form that the saved exercise does not use. */
static void
remove_unused_imports (FtExerciseEditorDialog *self,
                       const char             *kept)
{
  for (guint i = 0; i < self->imported->len; i++)
    {
      const char *path = g_ptr_array_index (self->imported, i);

      if (g_strcmp0 (path, kept) != 0)
        g_unlink (path);
    }
  g_ptr_array_set_size (self->imported, 0);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FtExerciseEditorDialog *self = FT_EXERCISE_EDITOR_DIALOG (widget);
  g_autoptr(FtExercise) draft = build_draft (self);
  g_autoptr(FtExercise) stored = NULL;
  g_autoptr(GError) error = NULL;

  if (*ft_exercise_get_name (draft) == '\0')
    return;

  if (self->original != NULL)
    stored = ft_exercise_catalog_update_custom (self->catalog, ft_exercise_get_id (self->original),
                                                draft, &error);
  else
    stored = ft_exercise_catalog_add_custom (self->catalog, draft, &error);

  /* The form stays as it was, to fix what the message names. */
  if (stored == NULL)
    {
      show_error (self, error);
      return;
    }

  remove_unused_imports (self, ft_exercise_get_image_path (stored));
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, stored);
  adw_dialog_close (ADW_DIALOG (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  adw_dialog_close (ADW_DIALOG (widget));
}

static void
add_step_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  FtExerciseEditorDialog *self = FT_EXERCISE_EDITOR_DIALOG (widget);
  AdwEntryRow *row;

  if (self->step_rows->len >= MAX_STEPS)
    return;

  row = append_step (self, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
image_chosen_cb (GtkFileDialog          *file_dialog,
                 GAsyncResult           *result,
                 FtExerciseEditorDialog *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  file = gtk_file_dialog_open_finish (file_dialog, result, &error);
  if (file != NULL && !ft_exercise_editor_dialog_set_image_file (self, file, &error))
    show_error (self, error);
  else if (file == NULL && !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    show_error (self, error);

  g_object_unref (self);
}

static void
choose_image_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FtExerciseEditorDialog *self = FT_EXERCISE_EDITOR_DIALOG (widget);
  g_autoptr(GtkFileDialog) file_dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

  gtk_file_filter_set_name (filter, _("PNG, JPEG or SVG Images"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  gtk_file_filter_add_mime_type (filter, "image/svg+xml");
  g_list_store_append (filters, filter);

  gtk_file_dialog_set_title (file_dialog, _("Choose a Picture"));
  gtk_file_dialog_set_modal (file_dialog, TRUE);
  gtk_file_dialog_set_filters (file_dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_default_filter (file_dialog, filter);
  gtk_file_dialog_open (file_dialog, GTK_WINDOW (gtk_widget_get_root (widget)), NULL,
                        (GAsyncReadyCallback) image_chosen_cb, g_object_ref (self));
}

static void
remove_image_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FtExerciseEditorDialog *self = FT_EXERCISE_EDITOR_DIALOG (widget);

  g_clear_pointer (&self->image_path, g_free);
  update_image (self);
}

static void
ft_exercise_editor_dialog_closed (AdwDialog *dialog)
{
  FtExerciseEditorDialog *self = FT_EXERCISE_EDITOR_DIALOG (dialog);

  /* Cancelled: nothing picked here is kept. After a save the list is empty. */
  remove_unused_imports (self, NULL);

  if (ADW_DIALOG_CLASS (ft_exercise_editor_dialog_parent_class)->closed != NULL)
    ADW_DIALOG_CLASS (ft_exercise_editor_dialog_parent_class)->closed (dialog);
}

static void
ft_exercise_editor_dialog_dispose (GObject *object)
{
  FtExerciseEditorDialog *self = FT_EXERCISE_EDITOR_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FT_TYPE_EXERCISE_EDITOR_DIALOG);
  g_clear_object (&self->catalog);
  g_clear_object (&self->original);
  g_clear_pointer (&self->image_path, g_free);
  g_clear_pointer (&self->imported, g_ptr_array_unref);
  g_clear_pointer (&self->step_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (ft_exercise_editor_dialog_parent_class)->dispose (object);
}

static void
ft_exercise_editor_dialog_class_init (FtExerciseEditorDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwDialogClass *dialog_class = ADW_DIALOG_CLASS (klass);

  object_class->dispose = ft_exercise_editor_dialog_dispose;
  dialog_class->closed = ft_exercise_editor_dialog_closed;

  /**
   * FtExerciseEditorDialog::saved:
   * @stored: the exercise as the catalog keeps it
   */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, FT_TYPE_EXERCISE);

  g_type_ensure (FT_TYPE_ILLUSTRATION_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ft-exercise-editor-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FtExerciseEditorDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseEditorDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseEditorDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseEditorDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseEditorDialog, kind_list);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseEditorDialog, target_row);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseEditorDialog, position_row);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseEditorDialog, position_list);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseEditorDialog, steps_group);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseEditorDialog, hold_row);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseEditorDialog, reps_row);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseEditorDialog, sets_row);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseEditorDialog, per_side_row);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseEditorDialog, equipment_group);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseEditorDialog, image_row);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseEditorDialog, image_preview);
  gtk_widget_class_bind_template_child (widget_class, FtExerciseEditorDialog, cautions_row);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "editor.add-step", NULL, add_step_action);
  gtk_widget_class_install_action (widget_class, "editor.choose-image", NULL, choose_image_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-image", NULL, remove_image_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
}

static void
ft_exercise_editor_dialog_init (FtExerciseEditorDialog *self)
{
  self->imported = g_ptr_array_new_with_free_func (g_free);
  self->step_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}

AdwDialog *
ft_exercise_editor_dialog_new (FtExerciseCatalog *catalog,
                               FtExercise        *exercise)
{
  FtExerciseEditorDialog *self;

  g_return_val_if_fail (FT_IS_EXERCISE_CATALOG (catalog), NULL);
  g_return_val_if_fail (exercise == NULL || ft_exercise_is_custom (exercise), NULL);

  self = g_object_new (FT_TYPE_EXERCISE_EDITOR_DIALOG, NULL);
  self->catalog = g_object_ref (catalog);
  self->original = exercise != NULL ? g_object_ref (exercise) : NULL;
  fill_form (self);
  update_actions (self);

  return ADW_DIALOG (self);
}

gboolean
ft_exercise_editor_dialog_set_image_file (FtExerciseEditorDialog  *self,
                                          GFile                   *file,
                                          GError                 **error)
{
  g_autofree char *copy = NULL;

  g_return_val_if_fail (FT_IS_EXERCISE_EDITOR_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  copy = ft_exercise_catalog_import_image (self->catalog, file, NULL, error);
  if (copy == NULL)
    return FALSE;

  g_ptr_array_add (self->imported, g_strdup (copy));
  g_set_str (&self->image_path, copy);
  update_image (self);

  return TRUE;
}
