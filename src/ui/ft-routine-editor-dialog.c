/* ft-routine-editor-dialog.c — the form for a routine: its name, target and
 * steps with their doses.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-routine-editor-dialog.h"

#include <glib/gi18n.h>

#include "ft-exercise-picker-dialog.h"
#include "ft-illustration-view.h"
#include "ft-routine-format.h"

struct _FtRoutineEditorDialog
{
  AdwDialog          parent_instance;

  FtRoutineBook     *book;
  FtExerciseCatalog *catalog;
  FtRoutine         *original;   /* NULL for a new routine */
  GPtrArray         *steps;      /* FtRoutineStep, the form's copies */
  GPtrArray         *rows;       /* AdwExpanderRow, one per step */

  /* Template children */
  AdwToastOverlay   *toast_overlay;
  AdwEntryRow       *name_row;
  AdwComboRow       *target_row;
  AdwSpinRow        *count_row;
  AdwPreferencesGroup *steps_group;
  GtkListBox        *steps_list;
};

G_DEFINE_FINAL_TYPE (FtRoutineEditorDialog, ft_routine_editor_dialog, ADW_TYPE_DIALOG)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What a dose control of a step changes. */
typedef enum
{
  FIELD_HOLD,
  FIELD_REPS,
  FIELD_SETS,
  FIELD_REST,
  FIELD_SIDES,
} Field;

static void rebuild_steps (FtRoutineEditorDialog *self,
                           int                    expanded,
                           int                    focused);

static char *
trimmed_name (FtRoutineEditorDialog *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
}

static void
update_actions (FtRoutineEditorDialog *self)
{
  g_autofree char *name = trimmed_name (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", *name != '\0');
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-exercise",
                                 self->steps->len < FT_ROUTINE_MAX_STEPS);
}

static void
update_estimate (FtRoutineEditorDialog *self)
{
  guint seconds = ft_routine_steps_estimate_seconds (self->steps);
  g_autofree char *duration = NULL;

  if (self->steps->len == 0)
    {
      adw_preferences_group_set_description (self->steps_group, NULL);
      return;
    }

  duration = ft_routine_format_duration (seconds);
  adw_preferences_group_set_description (self->steps_group, duration);
}

static void
show_error (FtRoutineEditorDialog *self,
            const GError          *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
target_changed_cb (FtRoutineEditorDialog *self)
{
  FtTargetPeriod period = (FtTargetPeriod) adw_combo_row_get_selected (self->target_row);
  GtkAdjustment *adjustment = adw_spin_row_get_adjustment (self->count_row);

  gtk_widget_set_visible (GTK_WIDGET (self->count_row), period != FT_TARGET_NONE);
  if (period == FT_TARGET_WEEK)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->count_row), _("Days a _Week"));
      gtk_adjustment_set_upper (adjustment, FT_ROUTINE_WEEK_TARGET_MAX);
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->count_row), _("Times a _Day"));
      gtk_adjustment_set_upper (adjustment, FT_ROUTINE_DAY_TARGET_MAX);
    }
}

static void
entry_activated_cb (FtRoutineEditorDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
}

static guint
index_of (gpointer widget)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), "step-index"));
}

static void
update_step_subtitle (FtRoutineEditorDialog *self,
                      guint                  index)
{
  g_autofree char *dose = ft_routine_step_format_dose (g_ptr_array_index (self->steps, index));

  adw_expander_row_set_subtitle (g_ptr_array_index (self->rows, index), dose);
}

static void
dose_changed_cb (GObject               *control,
                 GParamSpec            *pspec,
                 FtRoutineEditorDialog *self)
{
  guint index = index_of (control);
  Field field = GPOINTER_TO_UINT (g_object_get_data (control, "field"));
  FtRoutineStep *step;

  if (index >= self->steps->len)
    return;

  step = g_ptr_array_index (self->steps, index);
  switch (field)
    {
    case FIELD_HOLD:
      step->hold_seconds = (guint) adw_spin_row_get_value (ADW_SPIN_ROW (control));
      break;

    case FIELD_REPS:
      step->reps = (guint) adw_spin_row_get_value (ADW_SPIN_ROW (control));
      break;

    case FIELD_SETS:
      step->sets = (guint) adw_spin_row_get_value (ADW_SPIN_ROW (control));
      break;

    case FIELD_REST:
      step->rest_seconds = (guint) adw_spin_row_get_value (ADW_SPIN_ROW (control));
      break;

    case FIELD_SIDES:
      step->sides = (FtSides) adw_combo_row_get_selected (ADW_COMBO_ROW (control));
      break;

    default:
      g_assert_not_reached ();
    }

  update_step_subtitle (self, index);
  update_estimate (self);
}

static GtkWidget *
create_spin_row (FtRoutineEditorDialog *self,
                 guint                  index,
                 Field                  field,
                 const char            *title,
                 const char            *subtitle,
                 guint                  lower,
                 guint                  upper,
                 guint                  value)
{
  GtkWidget *row = adw_spin_row_new_with_range (lower, upper, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_spin_row_set_value (ADW_SPIN_ROW (row), value);
  g_object_set_data (G_OBJECT (row), "step-index", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (row), "field", GUINT_TO_POINTER (field));
  g_signal_connect_object (row, "notify::value", G_CALLBACK (dose_changed_cb), self, 0);

  return row;
}

static GtkWidget *
create_sides_row (FtRoutineEditorDialog *self,
                  guint                  index,
                  FtSides                sides)
{
  /* In FtSides order. */
  const char * const labels[] = {
    /* Translators: the sides of a step: one movement for both feet, or no side */
    _("No Side"),
    _("Left Only"),
    _("Right Only"),
    _("Each Side in Turn"),
    NULL,
  };
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (labels);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("S_ides"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), sides);
  g_object_set_data (G_OBJECT (row), "step-index", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (row), "field", GUINT_TO_POINTER (FIELD_SIDES));
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (dose_changed_cb), self, 0);

  return row;
}

static void
move_step (FtRoutineEditorDialog *self,
           guint                  from,
           guint                  to)
{
  gpointer step;

  if (from >= self->steps->len || to >= self->steps->len || from == to)
    return;

  step = g_ptr_array_steal_index (self->steps, from);
  g_ptr_array_insert (self->steps, (int) to, step);
  rebuild_steps (self, (int) to, (int) to);
}

static void
move_up_clicked_cb (GtkButton             *button,
                    FtRoutineEditorDialog *self)
{
  guint index = index_of (button);

  if (index > 0)
    move_step (self, index, index - 1);
}

static void
move_down_clicked_cb (GtkButton             *button,
                      FtRoutineEditorDialog *self)
{
  guint index = index_of (button);

  move_step (self, index, index + 1);
}

static void
remove_clicked_cb (GtkButton             *button,
                   FtRoutineEditorDialog *self)
{
  guint index = index_of (button);

  if (index >= self->steps->len)
    return;

  g_ptr_array_remove_index (self->steps, index);
  rebuild_steps (self, -1, self->steps->len > 0 ? (int) MIN (index, self->steps->len - 1) : -1);
}

static GtkWidget *
create_tool_button (FtRoutineEditorDialog *self,
                    guint                  index,
                    const char            *icon_name,
                    const char            *label,
                    GCallback              callback)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), icon_name);
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "step-index", GUINT_TO_POINTER (index));
  g_signal_connect_object (button, "clicked", callback, self, 0);

  return button;
}

static GtkWidget *
create_step_row (FtRoutineEditorDialog *self,
                 guint                  index)
{
  FtRoutineStep *step = g_ptr_array_index (self->steps, index);
  FtExercise *exercise = ft_exercise_catalog_lookup (self->catalog, step->exercise_ref);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *thumbnail = ft_illustration_view_new ();
  GtkWidget *tools_row = gtk_list_box_row_new ();
  GtkWidget *tools = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *up;
  GtkWidget *down;
  GtkWidget *remove;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 exercise != NULL ? ft_exercise_get_name (exercise)
                                                  /* Translators: a step whose exercise was deleted */
                                                  : _("Missing Exercise"));
  ft_illustration_view_set_exercise (FT_ILLUSTRATION_VIEW (thumbnail), exercise);
  gtk_widget_set_size_request (thumbnail, 40, 40);
  gtk_widget_set_valign (thumbnail, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (thumbnail, "routine-thumbnail");
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), thumbnail);
  g_object_set_data (G_OBJECT (row), "step-index", GUINT_TO_POINTER (index));

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            create_spin_row (self, index, FIELD_HOLD, _("_Hold"),
                                             _("Seconds; 0 for no hold"), 0,
                                             FT_ROUTINE_HOLD_MAX_SECONDS, step->hold_seconds));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            create_spin_row (self, index, FIELD_REPS, _("_Repetitions"),
                                             _("Each set; 0 when not counted"), 0,
                                             FT_ROUTINE_REPS_MAX, step->reps));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            create_spin_row (self, index, FIELD_SETS, _("S_ets"), NULL, 1,
                                             FT_ROUTINE_SETS_MAX, MAX (step->sets, 1)));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            create_spin_row (self, index, FIELD_REST, _("Rest _Between Sets"),
                                             _("Seconds"), 0, FT_ROUTINE_REST_MAX_SECONDS,
                                             step->rest_seconds));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), create_sides_row (self, index, step->sides));

  up = create_tool_button (self, index, "go-up-symbolic", _("Move _Up"),
                           G_CALLBACK (move_up_clicked_cb));
  down = create_tool_button (self, index, "go-down-symbolic", _("Move _Down"),
                             G_CALLBACK (move_down_clicked_cb));
  remove = create_tool_button (self, index, "user-trash-symbolic", _("_Remove"),
                               G_CALLBACK (remove_clicked_cb));
  gtk_widget_set_sensitive (up, index > 0);
  gtk_widget_set_sensitive (down, index + 1 < self->steps->len);
  gtk_widget_set_hexpand (remove, TRUE);
  gtk_widget_set_halign (remove, GTK_ALIGN_END);
  gtk_widget_add_css_class (remove, "destructive-action");
  gtk_widget_set_name (up, "move-up");
  gtk_widget_set_name (down, "move-down");
  gtk_widget_set_name (remove, "remove");
  gtk_box_append (GTK_BOX (tools), up);
  gtk_box_append (GTK_BOX (tools), down);
  gtk_box_append (GTK_BOX (tools), remove);
  gtk_widget_add_css_class (tools, "routine-step-tools");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (tools_row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (tools_row), tools);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), tools_row);

  return row;
}

/* Rows are few: after a move or removal they are built again, keeping
 * open the step that was being worked on. */
static void
rebuild_steps (FtRoutineEditorDialog *self,
               int                    expanded,
               int                    focused)
{
  GtkWidget *child;

  g_ptr_array_set_size (self->rows, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->steps_list))) != NULL)
    {
      if (GTK_IS_LIST_BOX_ROW (child))
        gtk_list_box_remove (self->steps_list, child);
      else
        break;
    }

  for (guint i = 0; i < self->steps->len; i++)
    {
      GtkWidget *row = create_step_row (self, i);

      g_ptr_array_add (self->rows, row);
      update_step_subtitle (self, i);
      gtk_list_box_append (self->steps_list, row);
      if ((int) i == expanded)
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
    }

  if (focused >= 0 && (guint) focused < self->rows->len)
    gtk_widget_grab_focus (g_ptr_array_index (self->rows, focused));

  update_estimate (self);
  update_actions (self);
}

static void
fill_form (FtRoutineEditorDialog *self)
{
  FtRoutine *original = self->original;

  if (original == NULL)
    {
      adw_dialog_set_title (ADW_DIALOG (self), _("New Routine"));
      adw_combo_row_set_selected (self->target_row, FT_TARGET_NONE);
      target_changed_cb (self);
      rebuild_steps (self, -1, -1);
      return;
    }

  adw_dialog_set_title (ADW_DIALOG (self), _("Edit Routine"));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), ft_routine_get_name (original));
  adw_combo_row_set_selected (self->target_row, ft_routine_get_target_period (original));
  target_changed_cb (self);
  if (ft_routine_get_target_period (original) != FT_TARGET_NONE)
    adw_spin_row_set_value (self->count_row, ft_routine_get_target_count (original));
  g_ptr_array_extend_and_steal (self->steps, ft_routine_dup_steps (original));
  rebuild_steps (self, -1, -1);
}

/* The book checks the whole edit before writing any of it, and writes it in
 * one transaction: a refusal leaves the routine as it was. */
static FtRoutine *
save_changes (FtRoutineEditorDialog  *self,
              const char             *name,
              guint                   count,
              FtTargetPeriod          period,
              GError                **error)
{
  gint64 id = ft_routine_get_id (self->original);

  if (!ft_routine_book_update (self->book, id, name, count, period, self->steps, error))
    return NULL;

  return ft_routine_book_get (self->book, id, error);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FtRoutineEditorDialog *self = FT_ROUTINE_EDITOR_DIALOG (widget);
  g_autofree char *name = trimmed_name (self);
  g_autoptr(FtRoutine) stored = NULL;
  g_autoptr(GError) error = NULL;
  FtTargetPeriod period = (FtTargetPeriod) adw_combo_row_get_selected (self->target_row);
  guint count = period != FT_TARGET_NONE ? (guint) adw_spin_row_get_value (self->count_row) : 0;

  if (*name == '\0')
    return;

  if (self->original == NULL)
    stored = ft_routine_book_create (self->book, name, self->steps, count, period, &error);
  else
    stored = save_changes (self, name, count, period, &error);

  /* The form stays as it was, to fix what the message names. */
  if (stored == NULL)
    {
      show_error (self, error);
      return;
    }

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
picked_cb (FtRoutineEditorDialog *self,
           FtExercise            *exercise)
{
  ft_routine_editor_dialog_add_exercise (self, exercise);
}

static void
add_exercise_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FtRoutineEditorDialog *self = FT_ROUTINE_EDITOR_DIALOG (widget);
  AdwDialog *picker = ft_exercise_picker_dialog_new (self->catalog);

  g_signal_connect_object (picker, "picked", G_CALLBACK (picked_cb), self, G_CONNECT_SWAPPED);
  adw_dialog_present (picker, widget);
}

static void
ft_routine_editor_dialog_dispose (GObject *object)
{
  FtRoutineEditorDialog *self = FT_ROUTINE_EDITOR_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FT_TYPE_ROUTINE_EDITOR_DIALOG);
  g_clear_object (&self->book);
  g_clear_object (&self->catalog);
  g_clear_object (&self->original);
  g_clear_pointer (&self->steps, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (ft_routine_editor_dialog_parent_class)->dispose (object);
}

static void
ft_routine_editor_dialog_class_init (FtRoutineEditorDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ft_routine_editor_dialog_dispose;

  /**
   * FtRoutineEditorDialog::saved:
   * @stored: the routine as the book keeps it
   */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, FT_TYPE_ROUTINE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ft-routine-editor-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FtRoutineEditorDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FtRoutineEditorDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, FtRoutineEditorDialog, target_row);
  gtk_widget_class_bind_template_child (widget_class, FtRoutineEditorDialog, count_row);
  gtk_widget_class_bind_template_child (widget_class, FtRoutineEditorDialog, steps_group);
  gtk_widget_class_bind_template_child (widget_class, FtRoutineEditorDialog, steps_list);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, target_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "editor.add-exercise", NULL,
                                   add_exercise_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
}

static void
ft_routine_editor_dialog_init (FtRoutineEditorDialog *self)
{
  GtkWidget *placeholder;

  self->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) ft_routine_step_free);
  self->rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  placeholder = gtk_label_new (_("No exercises yet. Add the first one."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_add_css_class (placeholder, "routine-steps-placeholder");
  gtk_list_box_set_placeholder (self->steps_list, placeholder);
}

AdwDialog *
ft_routine_editor_dialog_new (FtRoutineBook     *book,
                              FtExerciseCatalog *catalog,
                              FtRoutine         *routine)
{
  FtRoutineEditorDialog *self;

  g_return_val_if_fail (FT_IS_ROUTINE_BOOK (book), NULL);
  g_return_val_if_fail (FT_IS_EXERCISE_CATALOG (catalog), NULL);
  g_return_val_if_fail (routine == NULL || FT_IS_ROUTINE (routine), NULL);

  self = g_object_new (FT_TYPE_ROUTINE_EDITOR_DIALOG, NULL);
  self->book = g_object_ref (book);
  self->catalog = g_object_ref (catalog);
  self->original = routine != NULL ? g_object_ref (routine) : NULL;
  fill_form (self);
  update_actions (self);

  return ADW_DIALOG (self);
}

/**
 * ft_routine_editor_dialog_get_steps:
 *
 * Returns: (transfer none) (element-type FtRoutineStep): the form's steps
 */
GPtrArray *
ft_routine_editor_dialog_get_steps (FtRoutineEditorDialog *self)
{
  g_return_val_if_fail (FT_IS_ROUTINE_EDITOR_DIALOG (self), NULL);

  return self->steps;
}

void
ft_routine_editor_dialog_add_exercise (FtRoutineEditorDialog *self,
                                       FtExercise            *exercise)
{
  g_return_if_fail (FT_IS_ROUTINE_EDITOR_DIALOG (self));
  g_return_if_fail (FT_IS_EXERCISE (exercise));

  if (self->steps->len >= FT_ROUTINE_MAX_STEPS)
    return;

  g_ptr_array_add (self->steps, ft_routine_step_new_for_exercise (exercise));
  rebuild_steps (self, -1, (int) self->steps->len - 1);
}
