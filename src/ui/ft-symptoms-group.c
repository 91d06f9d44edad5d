/* ft-symptoms-group.c — the symptoms the check-in rates: add, rename, hide, delete.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-symptoms-group.h"

#include <glib/gi18n.h>

struct _FtSymptomsGroup
{
  AdwPreferencesGroup  parent_instance;

  FtJournal           *journal;
  GPtrArray           *rows;
  guint                rebuild_id;
  AdwEntryRow         *add_row;
};

G_DEFINE_FINAL_TYPE (FtSymptomsGroup, ft_symptoms_group, ADW_TYPE_PREFERENCES_GROUP)

static void schedule_rebuild (FtSymptomsGroup *self);

/* Errors go where the person is looking: a toast in the dialog. */
static void
report (FtSymptomsGroup *self,
        const char      *message)
{
  GtkWidget *dialog = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_PREFERENCES_DIALOG);

  if (dialog != NULL)
    adw_preferences_dialog_add_toast (ADW_PREFERENCES_DIALOG (dialog), adw_toast_new (message));
  else
    g_warning ("%s", message);
}

static gint64
row_symptom_id (GtkWidget *widget)
{
  return GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (widget), "symptom-id"));
}

static void
shown_switch_active_cb (GtkSwitch       *toggle,
                        GParamSpec      *pspec,
                        FtSymptomsGroup *self)
{
  g_autoptr(GError) error = NULL;

  if (!ft_journal_set_symptom_hidden (self->journal, row_symptom_id (GTK_WIDGET (toggle)),
                                      !gtk_switch_get_active (toggle), &error))
    report (self, error->message);
}

static void
name_row_apply_cb (AdwEntryRow     *row,
                   FtSymptomsGroup *self)
{
  g_autoptr(GError) error = NULL;

  if (!ft_journal_rename_symptom (self->journal, row_symptom_id (GTK_WIDGET (row)),
                                  gtk_editable_get_text (GTK_EDITABLE (row)), &error))
    {
      report (self, error->message);
      schedule_rebuild (self);
    }
}

static void
delete_button_clicked_cb (GtkButton       *button,
                          FtSymptomsGroup *self)
{
  g_autoptr(GError) error = NULL;

  /* A symptom in use is refused by the journal; its message says to hide it. */
  if (!ft_journal_delete_symptom (self->journal, row_symptom_id (GTK_WIDGET (button)), &error))
    report (self, error->message);
}

static void
add_row_apply_cb (AdwEntryRow     *row,
                  FtSymptomsGroup *self)
{
  g_autoptr(FtSymptom) symptom = NULL;
  g_autoptr(GError) error = NULL;

  symptom = ft_journal_add_symptom (self->journal, gtk_editable_get_text (GTK_EDITABLE (row)),
                                    &error);
  if (symptom == NULL)
    {
      report (self, error->message);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (row), "");
}

static GtkWidget *
create_row (FtSymptomsGroup *self,
            FtSymptom       *symptom)
{
  gpointer id = GSIZE_TO_POINTER ((gsize) ft_symptom_get_id (symptom));
  GtkWidget *row;
  GtkWidget *shown;

  shown = gtk_switch_new ();
  gtk_widget_set_valign (shown, GTK_ALIGN_CENTER);
  gtk_switch_set_active (GTK_SWITCH (shown), !ft_symptom_get_hidden (symptom));
  gtk_widget_set_tooltip_text (shown, _("Shown in the Check-In"));
  g_object_set_data (G_OBJECT (shown), "symptom-id", id);
  g_signal_connect (shown, "notify::active", G_CALLBACK (shown_switch_active_cb), self);

  if (ft_symptom_get_builtin (symptom))
    {
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ft_symptom_get_name (symptom));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), shown);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), shown);
    }
  else
    {
      GtkWidget *delete_button = gtk_button_new_from_icon_name ("user-trash-symbolic");

      row = adw_entry_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Your Symptom"));
      gtk_editable_set_text (GTK_EDITABLE (row), ft_symptom_get_name (symptom));
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "symptom-id", id);
      g_signal_connect (row, "apply", G_CALLBACK (name_row_apply_cb), self);

      gtk_widget_set_valign (delete_button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (delete_button, "flat");
      gtk_widget_set_tooltip_text (delete_button, _("Delete Symptom"));
      g_object_set_data (G_OBJECT (delete_button), "symptom-id", id);
      g_signal_connect (delete_button, "clicked", G_CALLBACK (delete_button_clicked_cb), self);

      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), shown);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), delete_button);
    }

  return row;
}

static void
rebuild (FtSymptomsGroup *self)
{
  g_autoptr(GPtrArray) symptoms = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  symptoms = ft_journal_list_symptoms (self->journal, TRUE, &error);
  if (symptoms == NULL)
    {
      report (self, error->message);
      return;
    }

  /* The new-symptom row stays last. */
  adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->add_row));
  for (guint i = 0; i < symptoms->len; i++)
    {
      GtkWidget *row = create_row (self, g_ptr_array_index (symptoms, i));

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->add_row));
}

static gboolean
rebuild_cb (gpointer user_data)
{
  FtSymptomsGroup *self = user_data;

  self->rebuild_id = 0;
  rebuild (self);

  return G_SOURCE_REMOVE;
}

/* The rows are rebuilt once the change is over: the switch or button that
 * made it is still in the middle of its own signal. */
static void
schedule_rebuild (FtSymptomsGroup *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_cb, self);
}

static void
ft_symptoms_group_dispose (GObject *object)
{
  FtSymptomsGroup *self = FT_SYMPTOMS_GROUP (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->add_row);
  g_clear_object (&self->journal);

  G_OBJECT_CLASS (ft_symptoms_group_parent_class)->dispose (object);
}

static void
ft_symptoms_group_class_init (FtSymptomsGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ft_symptoms_group_dispose;
}

static void
ft_symptoms_group_init (FtSymptomsGroup *self)
{
  self->rows = g_ptr_array_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Symptoms"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("The check-in rates the symptoms that are switched on. "
                                           "Your own symptoms can be renamed, and deleted while "
                                           "no day is rated with them."));

  self->add_row = ADW_ENTRY_ROW (g_object_ref_sink (adw_entry_row_new ()));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->add_row), _("_Add a Symptom"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->add_row), TRUE);
  adw_entry_row_set_show_apply_button (self->add_row, TRUE);
  g_signal_connect (self->add_row, "apply", G_CALLBACK (add_row_apply_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->add_row));
}

GtkWidget *
ft_symptoms_group_new (FtJournal *journal)
{
  FtSymptomsGroup *self;

  g_return_val_if_fail (FT_IS_JOURNAL (journal), NULL);

  self = g_object_new (FT_TYPE_SYMPTOMS_GROUP, NULL);
  self->journal = g_object_ref (journal);
  g_signal_connect_object (journal, "symptoms-changed",
                           G_CALLBACK (schedule_rebuild), self, G_CONNECT_SWAPPED);
  rebuild (self);

  return GTK_WIDGET (self);
}
