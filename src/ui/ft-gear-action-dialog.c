/* ft-gear-action-dialog.c — a small dated form: retire an item, move an
 * insole, add distance, or note a change.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-gear-action-dialog.h"

#include <glib/gi18n.h>

#include "ft-date-row.h"
#include "ft-gear-editor-dialog.h"

struct _FtGearActionDialog
{
  AdwDialog        parent_instance;

  FtGear          *gear;
  FtGearAction     action;
  FtGearItem      *item;
  FtGearEvent     *event;
  FtDistanceUnit   unit;
  gboolean         can_apply;
  /* Add distance: what the store took, for the page's Undo. */
  FtGearDistance  *added;

  AdwToastOverlay *toast_overlay;
  FtDateRow       *day_row;
  /* Move: the shoes in use on the chosen day, "No shoe" last. */
  AdwComboRow     *shoe_row;
  GtkStringList   *shoe_names;
  GArray          *shoe_ids;
  /* Distance and change: what is typed. */
  AdwEntryRow     *entry_row;
};

enum
{
  SIGNAL_DISTANCE_ADDED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (FtGearActionDialog, ft_gear_action_dialog, ADW_TYPE_DIALOG)

static guint signals[N_SIGNALS];

static void
update_actions (FtGearActionDialog *self)
{
  gboolean ok = TRUE;

  if (self->entry_row != NULL)
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry_row));

      if (self->action == FT_GEAR_ACTION_ADD_DISTANCE)
        {
          double value;

          ok = ft_gear_parse_distance (text, self->unit, &value) && value > 0;
          if (ok || *text == '\0')
            gtk_widget_remove_css_class (GTK_WIDGET (self->entry_row), "error");
          else
            gtk_widget_add_css_class (GTK_WIDGET (self->entry_row), "error");
        }
      else
        {
          g_autofree char *label = g_strstrip (g_strdup (text));

          ok = *label != '\0';
        }
    }

  if (self->shoe_row != NULL)
    ok = ok && self->shoe_ids->len > 0;

  self->can_apply = ok;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "action.apply", ok);
}

/* Only shoes worn that day can take the insole. */
static void
fill_shoes (FtGearActionDialog *self)
{
  g_autoptr(GPtrArray) shoes = NULL;
  g_autoptr(GError) error = NULL;
  gint64 current = 0;
  guint selected = 0;
  gboolean chosen = FALSE;
  GDate day;

  ft_date_row_get_day (self->day_row, &day);
  shoes = ft_gear_list_shoes_on_day (self->gear, &day, &error);
  if (shoes == NULL)
    {
      g_warning ("%s", error->message);
      shoes = g_ptr_array_new ();
    }
  if (!ft_gear_get_shoe_on_day (self->gear, ft_gear_item_get_id (self->item), &day, &current, NULL))
    current = 0;

  g_array_set_size (self->shoe_ids, 0);
  gtk_string_list_splice (self->shoe_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->shoe_names)), NULL);

  for (guint i = 0; i < shoes->len; i++)
    {
      FtGearItem *shoe = g_ptr_array_index (shoes, i);
      gint64 id = ft_gear_item_get_id (shoe);

      /* Where it sits already is not a move; the first other shoe is. */
      if (id == current)
        continue;

      if (!chosen)
        {
          selected = self->shoe_ids->len;
          chosen = TRUE;
        }
      g_array_append_val (self->shoe_ids, id);
      gtk_string_list_append (self->shoe_names, ft_gear_item_get_name (shoe));
    }

  if (current != 0)
    {
      gint64 none = 0;

      g_array_append_val (self->shoe_ids, none);
      gtk_string_list_append (self->shoe_names, _("No Shoe"));
    }

  adw_combo_row_set_selected (self->shoe_row, selected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->shoe_row), self->shoe_ids->len > 0);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->shoe_row),
                               self->shoe_ids->len > 0 ? NULL
                                                       : _("No other shoe was in use that day"));
  update_actions (self);
}

static gboolean
apply (FtGearActionDialog  *self,
       GError             **error)
{
  gint64 id = self->item != NULL ? ft_gear_item_get_id (self->item) : 0;
  const char *text = self->entry_row != NULL
                     ? gtk_editable_get_text (GTK_EDITABLE (self->entry_row)) : NULL;
  GDate day;

  ft_date_row_get_day (self->day_row, &day);

  switch (self->action)
    {
    case FT_GEAR_ACTION_RETIRE:
      return ft_gear_retire_item (self->gear, id, &day, error);

    case FT_GEAR_ACTION_MOVE:
      {
        guint selected = adw_combo_row_get_selected (self->shoe_row);
        g_autoptr(FtGearEvent) moved = NULL;

        if (selected >= self->shoe_ids->len)
          return FALSE;
        moved = ft_gear_move_insert (self->gear, id, g_array_index (self->shoe_ids, gint64, selected),
                                     &day, error);
        return moved != NULL;
      }

    case FT_GEAR_ACTION_ADD_DISTANCE:
      {
        double value;

        if (!ft_gear_parse_distance (text, self->unit, &value))
          return FALSE;
        g_clear_pointer (&self->added, ft_gear_distance_free);
        self->added = ft_gear_add_distance (self->gear, id, &day, value, self->unit, error);
        return self->added != NULL;
      }

    case FT_GEAR_ACTION_CHANGE:
      {
        g_autoptr(FtGearEvent) added = NULL;

        if (self->event != NULL)
          return ft_gear_edit_change (self->gear, ft_gear_event_get_id (self->event), &day, text,
                                      error);
        added = ft_gear_add_change (self->gear, &day, text, error);
        return added != NULL;
      }

    default:
      g_assert_not_reached ();
    }
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FtGearActionDialog *self = FT_GEAR_ACTION_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (!self->can_apply)
    return;

  if (!apply (self, &error))
    {
      /* What was typed stays, to be fixed. */
      if (error != NULL)
        adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }

  if (self->added != NULL)
    g_signal_emit (self, signals[SIGNAL_DISTANCE_ADDED], 0, self->added);

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
entry_activated_cb (FtGearActionDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "action.apply", NULL);
}

static void
ft_gear_action_dialog_dispose (GObject *object)
{
  FtGearActionDialog *self = FT_GEAR_ACTION_DIALOG (object);

  g_clear_object (&self->gear);
  g_clear_object (&self->item);
  g_clear_object (&self->event);
  g_clear_pointer (&self->shoe_ids, g_array_unref);
  g_clear_pointer (&self->added, ft_gear_distance_free);

  G_OBJECT_CLASS (ft_gear_action_dialog_parent_class)->dispose (object);
}

static void
ft_gear_action_dialog_class_init (FtGearActionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ft_gear_action_dialog_dispose;

  /**
   * FtGearActionDialog::distance-added:
   * @self: the dialog
   * @distance: the distance the store took
   *
   * Add distance saved, just before the dialog closes.
   */
  signals[SIGNAL_DISTANCE_ADDED] =
    g_signal_new ("distance-added",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, FT_TYPE_GEAR_DISTANCE);

  gtk_widget_class_install_action (widget_class, "action.apply", NULL, apply_action);
  gtk_widget_class_install_action (widget_class, "action.cancel", NULL, cancel_action);
}

static void
ft_gear_action_dialog_init (FtGearActionDialog *self)
{
  self->shoe_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

static GtkWidget *
make_header (const char *apply_label)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *apply_button = gtk_button_new_with_mnemonic (apply_label);

  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "action.cancel");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (apply_button), "action.apply");
  gtk_widget_add_css_class (apply_button, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), apply_button);

  return header;
}

static AdwEntryRow *
add_entry_row (FtGearActionDialog  *self,
               AdwPreferencesGroup *group,
               const char          *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_preferences_group_add (group, row);
  g_signal_connect_swapped (row, "changed", G_CALLBACK (update_actions), self);
  g_signal_connect_swapped (row, "entry-activated", G_CALLBACK (entry_activated_cb), self);

  return ADW_ENTRY_ROW (row);
}

/**
 * ft_gear_action_dialog_new:
 * @gear: the store
 * @action: what the form does
 * @item: (nullable): the item acted on; %NULL for a change
 * @event: (nullable): with %FT_GEAR_ACTION_CHANGE, the change to edit
 * @unit: the unit distances are typed in
 *
 * Returns: (transfer floating): the form
 */
AdwDialog *
ft_gear_action_dialog_new (FtGear         *gear,
                           FtGearAction    action,
                           FtGearItem     *item,
                           FtGearEvent    *event,
                           FtDistanceUnit  unit)
{
  FtGearActionDialog *self;
  AdwPreferencesGroup *group;
  GtkWidget *toolbar;
  GtkWidget *clamp;
  GtkWidget *box;
  const char *title = NULL;
  const char *apply_label = NULL;
  const char *day_title = _("_Day");
  g_autofree char *description = NULL;
  GDate today;
  GDate day;

  g_return_val_if_fail (FT_IS_GEAR (gear), NULL);
  g_return_val_if_fail (action == FT_GEAR_ACTION_CHANGE || FT_IS_GEAR_ITEM (item), NULL);

  self = g_object_new (FT_TYPE_GEAR_ACTION_DIALOG,
                       "content-width", 420,
                       NULL);
  self->gear = g_object_ref (gear);
  self->action = action;
  self->item = item != NULL ? g_object_ref (item) : NULL;
  self->event = event != NULL ? g_object_ref (event) : NULL;
  self->unit = unit;

  switch (action)
    {
    case FT_GEAR_ACTION_RETIRE:
      title = _("Retire");
      apply_label = _("_Retire");
      day_title = _("_Retired On");
      /* Translators: %s is the name of a shoe or insole */
      description = g_strdup_printf (_("“%s” moves to Retired; its distance and history are kept."),
                                     ft_gear_item_get_name (item));
      break;

    case FT_GEAR_ACTION_MOVE:
      title = _("Move to Shoe");
      apply_label = _("_Move");
      /* Translators: %s is the name of an insole or orthotic */
      description = g_strdup_printf (_("Which shoe “%s” went into, and when."),
                                     ft_gear_item_get_name (item));
      break;

    case FT_GEAR_ACTION_ADD_DISTANCE:
      title = _("Add Distance");
      apply_label = _("_Add");
      /* Translators: %s is the name of a shoe or insole */
      description = g_strdup_printf (_("Distance walked or run in “%s” that the journal did not "
                                       "record."),
                                     ft_gear_item_get_name (item));
      break;

    case FT_GEAR_ACTION_CHANGE:
      title = event != NULL ? _("Edit Change") : _("Add Change");
      apply_label = event != NULL ? _("_Save") : _("_Add");
      description = g_strdup (_("Something that is not a shoe or insole, such as a new surface or "
                                "desk setup, marked on the trend charts."));
      break;

    default:
      g_return_val_if_reached (NULL);
    }

  adw_dialog_set_title (ADW_DIALOG (self), title);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_description (group, description);

  ft_journal_get_today (ft_gear_get_journal (gear), &today);
  day = today;
  if (event != NULL)
    ft_gear_event_get_day (event, &day);

  if (action == FT_GEAR_ACTION_CHANGE)
    {
      self->entry_row = add_entry_row (self, group, _("_What Changed"));
      if (event != NULL && ft_gear_event_get_label (event) != NULL)
        gtk_editable_set_text (GTK_EDITABLE (self->entry_row), ft_gear_event_get_label (event));
    }
  else if (action == FT_GEAR_ACTION_ADD_DISTANCE)
    {
      GtkWidget *unit_label = gtk_label_new (ft_gear_unit_symbol (unit));

      self->entry_row = add_entry_row (self, group, _("_Distance"));
      adw_entry_row_set_input_purpose (self->entry_row, GTK_INPUT_PURPOSE_NUMBER);
      gtk_widget_add_css_class (unit_label, "dim-label");
      adw_entry_row_add_suffix (self->entry_row, unit_label);
    }
  else if (action == FT_GEAR_ACTION_MOVE)
    {
      self->shoe_names = gtk_string_list_new (NULL);
      self->shoe_row = ADW_COMBO_ROW (adw_combo_row_new ());
      adw_combo_row_set_model (self->shoe_row, G_LIST_MODEL (self->shoe_names));
      g_object_unref (self->shoe_names);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->shoe_row), _("_Shoe"));
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->shoe_row), TRUE);
      adw_preferences_group_add (group, GTK_WIDGET (self->shoe_row));
    }

  self->day_row = FT_DATE_ROW (ft_date_row_new (day_title, &today));
  ft_date_row_set_day (self->day_row, &day);
  adw_preferences_group_add (group, GTK_WIDGET (self->day_row));
  if (action == FT_GEAR_ACTION_MOVE)
    {
      g_signal_connect_swapped (self->day_row, "day-changed", G_CALLBACK (fill_shoes), self);
      fill_shoes (self);
    }

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (group));

  clamp = adw_clamp_new ();
  adw_clamp_set_child (ADW_CLAMP (clamp), box);

  toolbar = adw_toolbar_view_new ();
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar), make_header (apply_label));
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar), clamp);

  self->toast_overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toast_overlay, toolbar);
  adw_dialog_set_child (ADW_DIALOG (self), GTK_WIDGET (self->toast_overlay));
  if (self->entry_row != NULL)
    adw_dialog_set_focus (ADW_DIALOG (self), GTK_WIDGET (self->entry_row));

  update_actions (self);

  return ADW_DIALOG (self);
}
