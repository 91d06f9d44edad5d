/* ft-exercise-picker-dialog.c — choose an exercise from the catalog, to add
 * to a routine.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-exercise-picker-dialog.h"

#include <glib/gi18n.h>

#include "ft-illustration-view.h"

struct _FtExercisePickerDialog
{
  AdwDialog           parent_instance;

  FtExerciseCatalog  *catalog;
  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;
  char               *search;     /* case-folded, or NULL */

  GtkWidget          *search_entry;
  GtkWidget          *list_box;
  GtkWidget          *stack;
};

G_DEFINE_FINAL_TYPE (FtExercisePickerDialog, ft_exercise_picker_dialog, ADW_TYPE_DIALOG)

enum {
  SIGNAL_PICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
filter_match (gpointer item,
              gpointer user_data)
{
  FtExercisePickerDialog *self = user_data;

  return self->search == NULL || ft_exercise_matches (FT_EXERCISE (item), self->search);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  FtExercise *exercise = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *thumbnail = ft_illustration_view_new ();
  GtkWidget *arrow = gtk_image_new_from_icon_name ("list-add-symbolic");
  g_autofree char *dose = ft_exercise_format_dose (exercise);
  g_autofree char *subtitle = NULL;

  ft_illustration_view_set_exercise (FT_ILLUSTRATION_VIEW (thumbnail), exercise);
  gtk_widget_set_size_request (thumbnail, 44, 44);
  gtk_widget_set_valign (thumbnail, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (thumbnail, "routine-thumbnail");
  gtk_accessible_update_property (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_widget_add_css_class (arrow, "dim-label");

  /* Translators: a row of the exercise picker: "Stretch · Hold 30 s · each side" */
  subtitle = g_strdup_printf (_("%s · %s"),
                              ft_exercise_kind_get_label (ft_exercise_get_kind (exercise)), dose);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ft_exercise_get_name (exercise));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), thumbnail);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "exercise", g_object_ref (exercise), g_object_unref);

  return row;
}

static void
update_stack (FtExercisePickerDialog *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0;

  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), empty ? "empty" : "list");
}

static void
search_changed_cb (FtExercisePickerDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *normalized = g_utf8_normalize (stripped, -1, G_NORMALIZE_ALL);

  g_clear_pointer (&self->search, g_free);
  if (normalized != NULL && *normalized != '\0')
    self->search = g_utf8_casefold (normalized, -1);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_stack (self);
}

/* Enter in the search takes the first match. */
static void
search_activate_cb (FtExercisePickerDialog *self)
{
  g_autoptr(FtExercise) first = g_list_model_get_item (G_LIST_MODEL (self->filtered), 0);

  if (first != NULL)
    ft_exercise_picker_dialog_pick (self, first);
}

static void
row_activated_cb (FtExercisePickerDialog *self,
                  GtkListBoxRow          *row)
{
  FtExercise *exercise = g_object_get_data (G_OBJECT (row), "exercise");

  if (exercise != NULL)
    ft_exercise_picker_dialog_pick (self, exercise);
}

/* Down from the search goes to the list, as in other GNOME pickers. */
static gboolean
search_key_pressed_cb (FtExercisePickerDialog *self,
                       guint                   keyval,
                       guint                   keycode,
                       GdkModifierType         state)
{
  GtkListBoxRow *first;

  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;

  first = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list_box), 0);
  if (first == NULL)
    return FALSE;

  gtk_widget_grab_focus (GTK_WIDGET (first));

  return TRUE;
}

static void
ft_exercise_picker_dialog_dispose (GObject *object)
{
  FtExercisePickerDialog *self = FT_EXERCISE_PICKER_DIALOG (object);

  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (ft_exercise_picker_dialog_parent_class)->dispose (object);
}

static void
ft_exercise_picker_dialog_finalize (GObject *object)
{
  FtExercisePickerDialog *self = FT_EXERCISE_PICKER_DIALOG (object);

  g_free (self->search);

  G_OBJECT_CLASS (ft_exercise_picker_dialog_parent_class)->finalize (object);
}

static void
ft_exercise_picker_dialog_class_init (FtExercisePickerDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ft_exercise_picker_dialog_dispose;
  object_class->finalize = ft_exercise_picker_dialog_finalize;

  /**
   * FtExercisePickerDialog::picked:
   * @exercise: the exercise chosen
   */
  signals[SIGNAL_PICKED] =
    g_signal_new ("picked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, FT_TYPE_EXERCISE);
}

/* Small enough to build in code; the list follows the catalog. */
static void
ft_exercise_picker_dialog_init (FtExercisePickerDialog *self)
{
  GtkWidget *toolbar_view = adw_toolbar_view_new ();
  GtkWidget *header_bar = adw_header_bar_new ();
  GtkWidget *search_bar_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list_clamp = adw_clamp_new ();
  GtkWidget *status = adw_status_page_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  adw_dialog_set_title (ADW_DIALOG (self), _("Add Exercise"));
  adw_dialog_set_content_width (ADW_DIALOG (self), 480);
  adw_dialog_set_content_height (ADW_DIALOG (self), 640);

  self->search_entry = gtk_search_entry_new ();
  gtk_search_entry_set_placeholder_text (GTK_SEARCH_ENTRY (self->search_entry),
                                         _("Search by name or muscle"));
  gtk_widget_set_hexpand (self->search_entry, TRUE);
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (search_activate_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->search_entry, keys);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 560);
  adw_clamp_set_child (ADW_CLAMP (clamp), self->search_entry);
  gtk_widget_set_margin_start (search_bar_box, 12);
  gtk_widget_set_margin_end (search_bar_box, 12);
  gtk_widget_set_margin_bottom (search_bar_box, 6);
  gtk_box_append (GTK_BOX (search_bar_box), clamp);

  self->list_box = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list_box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list_box, "boxed-list");
  gtk_widget_set_valign (self->list_box, GTK_ALIGN_START);
  gtk_widget_set_margin_top (self->list_box, 6);
  gtk_widget_set_margin_bottom (self->list_box, 24);
  gtk_widget_set_margin_start (self->list_box, 12);
  gtk_widget_set_margin_end (self->list_box, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Exercises"), -1);
  g_signal_connect_object (self->list_box, "row-activated", G_CALLBACK (row_activated_cb), self,
                           G_CONNECT_SWAPPED);
  adw_clamp_set_maximum_size (ADW_CLAMP (list_clamp), 560);
  adw_clamp_set_child (ADW_CLAMP (list_clamp), self->list_box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list_clamp);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "edit-find-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Exercises Found"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status), _("Try other words."));
  gtk_widget_add_css_class (status, "compact");

  self->stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (self->stack), scrolled, "list");
  gtk_stack_add_named (GTK_STACK (self->stack), status, "empty");

  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar_view), header_bar);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar_view), search_bar_box);
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar_view), self->stack);
  adw_dialog_set_child (ADW_DIALOG (self), toolbar_view);
  adw_dialog_set_focus (ADW_DIALOG (self), self->search_entry);
}

AdwDialog *
ft_exercise_picker_dialog_new (FtExerciseCatalog *catalog)
{
  FtExercisePickerDialog *self;

  g_return_val_if_fail (FT_IS_EXERCISE_CATALOG (catalog), NULL);

  self = g_object_new (FT_TYPE_EXERCISE_PICKER_DIALOG, NULL);
  self->catalog = g_object_ref (catalog);
  self->filter = gtk_custom_filter_new (filter_match, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (catalog)),
                                              g_object_ref (GTK_FILTER (self->filter)));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list_box), G_LIST_MODEL (self->filtered),
                           create_row, NULL, NULL);
  update_stack (self);

  return ADW_DIALOG (self);
}

void
ft_exercise_picker_dialog_set_search (FtExercisePickerDialog *self,
                                      const char             *text)
{
  g_return_if_fail (FT_IS_EXERCISE_PICKER_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  /* Searched now rather than after the entry's typing delay. */
  search_changed_cb (self);
}

GListModel *
ft_exercise_picker_dialog_get_shown (FtExercisePickerDialog *self)
{
  g_return_val_if_fail (FT_IS_EXERCISE_PICKER_DIALOG (self), NULL);

  return G_LIST_MODEL (self->filtered);
}

void
ft_exercise_picker_dialog_pick (FtExercisePickerDialog *self,
                                FtExercise             *exercise)
{
  g_return_if_fail (FT_IS_EXERCISE_PICKER_DIALOG (self));
  g_return_if_fail (FT_IS_EXERCISE (exercise));

  g_object_ref (self);
  g_signal_emit (self, signals[SIGNAL_PICKED], 0, exercise);
  adw_dialog_close (ADW_DIALOG (self));
  g_object_unref (self);
}
