/* ft-gear-editor-dialog.c — the form for a shoe, insole or other item, new or to change.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-gear-editor-dialog.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "ft-date-row.h"
#include "ft-day-format.h"

#define DAYS_PER_YEAR 365.0
#define MAX_AGE_DAYS 36500

enum {
  AGE_MONTHS,
  AGE_DAYS,
};

struct _FtGearEditorDialog
{
  AdwDialog            parent_instance;

  FtGear              *gear;
  FtGearItem          *item;
  FtDistanceUnit       unit;
  /* Set while the form shows stored values. */
  gboolean             loading;
  /* The rows of manual_row, one per distance added by hand. */
  GPtrArray           *manual_rows;
  guint                refill_id;

  /* Template children */
  AdwToastOverlay     *toast_overlay;
  GtkButton           *save_button;
  AdwEntryRow         *name_row;
  AdwComboRow         *kind_row;
  GtkStringList       *kind_list;
  AdwEntryRow         *brand_row;
  FtDateRow           *start_row;
  AdwEntryRow         *distance_row;
  GtkLabel            *distance_unit_label;
  AdwExpanderRow      *threshold_distance_row;
  AdwSpinRow          *threshold_distance_spin;
  AdwExpanderRow      *threshold_age_row;
  AdwSpinRow          *threshold_age_spin;
  GtkDropDown         *age_unit_dropdown;
  AdwEntryRow         *notes_row;
  AdwExpanderRow      *manual_row;
};

G_DEFINE_FINAL_TYPE (FtGearEditorDialog, ft_gear_editor_dialog, ADW_TYPE_DIALOG)

/* A month is a twelfth of a year, rounded to whole days: 12 months are 365
 * days, and a number of days shows in months only when it is exactly that. */
static int
months_to_days (int months)
{
  return (int) round (months * DAYS_PER_YEAR / 12.0);
}

static gboolean
days_to_months (int  days,
                int *months)
{
  int m = (int) round (days * 12.0 / DAYS_PER_YEAR);

  if (m < 1 || months_to_days (m) != days)
    return FALSE;

  *months = m;
  return TRUE;
}

static gboolean
read_distance (FtGearEditorDialog *self,
               double             *value)
{
  return ft_gear_parse_distance (gtk_editable_get_text (GTK_EDITABLE (self->distance_row)),
                                 self->unit, value);
}

static void
update_actions (FtGearEditorDialog *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  double distance;
  gboolean distance_ok = read_distance (self, &distance);

  if (distance_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->distance_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->distance_row), "error");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", *name != '\0' && distance_ok);
}

static void
show_age (FtGearEditorDialog *self,
          int                 days)
{
  int months;

  self->loading = TRUE;
  if (days_to_months (days, &months))
    {
      gtk_drop_down_set_selected (self->age_unit_dropdown, AGE_MONTHS);
      adw_spin_row_set_range (self->threshold_age_spin, 1, MAX_AGE_DAYS / 31);
      adw_spin_row_set_value (self->threshold_age_spin, months);
    }
  else
    {
      gtk_drop_down_set_selected (self->age_unit_dropdown, AGE_DAYS);
      adw_spin_row_set_range (self->threshold_age_spin, 1, MAX_AGE_DAYS);
      adw_spin_row_set_value (self->threshold_age_spin, days);
    }
  self->loading = FALSE;
}

static int
read_age_days (FtGearEditorDialog *self)
{
  int value = (int) adw_spin_row_get_value (self->threshold_age_spin);

  if (gtk_drop_down_get_selected (self->age_unit_dropdown) == AGE_MONTHS)
    return months_to_days (value);

  return value;
}

/* The thresholds a kind starts with, shown but not yet saved. */
static void
show_thresholds (FtGearEditorDialog *self,
                 double              threshold_distance,
                 int                 threshold_days,
                 FtGearKind          kind)
{
  double default_m;
  int default_days;

  ft_gear_kind_get_default_threshold (kind, &default_m, &default_days);

  adw_expander_row_set_enable_expansion (self->threshold_distance_row, !isnan (threshold_distance));
  if (isnan (threshold_distance))
    threshold_distance = ft_gear_distance_for_display (isnan (default_m) ? FT_GEAR_DEFAULT_RUNNING_SHOE_M
                                                                         : default_m,
                                                       self->unit);
  adw_spin_row_set_value (self->threshold_distance_spin, threshold_distance);

  adw_expander_row_set_enable_expansion (self->threshold_age_row, threshold_days > 0);
  show_age (self, threshold_days > 0 ? threshold_days
                                     : default_days > 0 ? default_days : FT_GEAR_DEFAULT_INSERT_DAYS);
}

static void
kind_row_selected_cb (FtGearEditorDialog *self)
{
  FtGearKind kind = (FtGearKind) adw_combo_row_get_selected (self->kind_row);
  double threshold_m;
  int threshold_days;

  /* A new item takes its kind's thresholds; a stored one keeps its own. */
  if (self->loading || self->item != NULL || kind >= FT_GEAR_N_KINDS)
    return;

  ft_gear_kind_get_default_threshold (kind, &threshold_m, &threshold_days);
  show_thresholds (self, ft_gear_distance_for_display (threshold_m, self->unit), threshold_days,
                   kind);
}

static void
age_unit_selected_cb (FtGearEditorDialog *self)
{
  int value = (int) adw_spin_row_get_value (self->threshold_age_spin);

  if (self->loading)
    return;

  /* The same age in the other unit. */
  if (gtk_drop_down_get_selected (self->age_unit_dropdown) == AGE_MONTHS)
    {
      adw_spin_row_set_range (self->threshold_age_spin, 1, MAX_AGE_DAYS / 31);
      adw_spin_row_set_value (self->threshold_age_spin,
                              MAX (1, round (value * 12.0 / DAYS_PER_YEAR)));
    }
  else
    {
      adw_spin_row_set_range (self->threshold_age_spin, 1, MAX_AGE_DAYS);
      adw_spin_row_set_value (self->threshold_age_spin, months_to_days (value));
    }
}

static char *
format_metres (FtGearEditorDialog *self,
               double              metres)
{
  return ft_gear_format_distance (ft_gear_distance_for_display (metres, self->unit), self->unit);
}

static GtkWidget *
make_manual_row (FtGearEditorDialog *self,
                 FtGearDistance     *distance,
                 const GDate        *today)
{
  g_autofree char *day_text = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *description = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label;
  GtkWidget *button;
  GDate day;

  ft_gear_distance_get_day (distance, &day);
  day_text = ft_day_format_near (&day, today);
  amount = format_metres (self, ft_gear_distance_get_metres (distance));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), day_text);

  label = gtk_label_new (amount);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);

  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Remove Distance"));
  /* Translators: a distance such as "12 km", then a day such as "Tue 3 Mar" */
  description = g_strdup_printf (_("Remove %s added %s"), amount, day_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "editor.remove-distance");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new_int64 (ft_gear_distance_get_id (distance)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

/* The distances added to the item by hand, so a slip such as 500 for 5 can
 * be seen and taken out; hidden while there are none. */
static void
refill_manual (FtGearEditorDialog *self)
{
  g_autoptr(GPtrArray) distances = NULL;
  g_autofree char *total_text = NULL;
  g_autofree char *subtitle = NULL;
  double total_m = 0;
  GDate today;

  g_clear_handle_id (&self->refill_id, g_source_remove);

  for (guint i = 0; i < self->manual_rows->len; i++)
    adw_expander_row_remove (self->manual_row, g_ptr_array_index (self->manual_rows, i));
  g_ptr_array_set_size (self->manual_rows, 0);

  /* A new item has none; one deleted meanwhile shows none. */
  if (self->item != NULL)
    distances = ft_gear_list_distances (self->gear, ft_gear_item_get_id (self->item), NULL);

  if (distances == NULL || distances->len == 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->manual_row), FALSE);
      return;
    }

  ft_journal_get_today (ft_gear_get_journal (self->gear), &today);
  for (guint i = 0; i < distances->len; i++)
    {
      FtGearDistance *distance = g_ptr_array_index (distances, i);
      GtkWidget *row = make_manual_row (self, distance, &today);

      total_m += ft_gear_distance_get_metres (distance);
      adw_expander_row_add_row (self->manual_row, row);
      g_ptr_array_add (self->manual_rows, row);
    }

  total_text = format_metres (self, total_m);
  /* Translators: how many distances were added by hand, then their sum, such as "12 km" */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry · %s", "%u entries · %s",
                                           distances->len),
                              distances->len, total_text);
  adw_expander_row_set_subtitle (self->manual_row, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->manual_row), TRUE);
}

static gboolean
refill_idle_cb (gpointer user_data)
{
  FtGearEditorDialog *self = user_data;

  self->refill_id = 0;
  refill_manual (self);

  return G_SOURCE_REMOVE;
}

/* After the change that caused it, so a button is never taken away while
 * it is being clicked. */
static void
gear_changed_cb (FtGearEditorDialog *self)
{
  if (self->refill_id == 0)
    self->refill_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refill_idle_cb, self, NULL);
}

static void
undo_remove_distance_cb (AdwToast       *toast,
                         FtGearDistance *distance)
{
  FtGear *gear = g_object_get_data (G_OBJECT (toast), "gear");
  g_autoptr(GError) error = NULL;

  if (!ft_gear_restore_distance (gear, distance, &error))
    g_warning ("%s", error->message);
}

static void
remove_distance_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  FtGearEditorDialog *self = FT_GEAR_EDITOR_DIALOG (widget);
  g_autoptr(FtGearDistance) removed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (self->item == NULL)
    return;

  removed = ft_gear_delete_distance (self->gear, ft_gear_item_get_id (self->item),
                                     g_variant_get_int64 (parameter), &error);
  if (removed == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }

  amount = format_metres (self, ft_gear_distance_get_metres (removed));
  /* Translators: a distance such as "12 km" */
  message = g_strdup_printf (_("%s removed"), amount);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "gear", g_object_ref (self->gear), g_object_unref);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_remove_distance_cb),
                         g_steal_pointer (&removed),
                         (GClosureNotify) (void (*) (void)) ft_gear_distance_free, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FtGearEditorDialog *self = FT_GEAR_EDITOR_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(FtGearItem) added = NULL;
  FtGearFields fields;
  GDate start;
  double distance;
  gboolean ok;

  if (!gtk_widget_is_sensitive (GTK_WIDGET (self->save_button)))
    return;

  /* The spin rows take what was typed in them before Save. */
  adw_spin_row_update (self->threshold_distance_spin);
  adw_spin_row_update (self->threshold_age_spin);

  ft_date_row_get_day (self->start_row, &start);
  if (self->item != NULL)
    ft_gear_item_get_fields (self->item, self->unit, &fields);
  else
    ft_gear_fields_init (&fields, FT_GEAR_RUNNING_SHOE, &start, self->unit);

  if (!read_distance (self, &distance))
    return;

  fields.kind = (FtGearKind) adw_combo_row_get_selected (self->kind_row);
  fields.name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  fields.brand = gtk_editable_get_text (GTK_EDITABLE (self->brand_row));
  fields.notes = gtk_editable_get_text (GTK_EDITABLE (self->notes_row));
  fields.start_day = start;
  fields.unit = self->unit;
  fields.prior_distance = distance;
  fields.threshold_distance = adw_expander_row_get_enable_expansion (self->threshold_distance_row)
                              ? adw_spin_row_get_value (self->threshold_distance_spin) : NAN;
  fields.threshold_days = adw_expander_row_get_enable_expansion (self->threshold_age_row)
                          ? read_age_days (self) : 0;

  if (self->item != NULL)
    ok = ft_gear_edit_item (self->gear, ft_gear_item_get_id (self->item), &fields, &error);
  else
    ok = (added = ft_gear_add_item (self->gear, &fields, &error)) != NULL;

  if (!ok)
    {
      /* The form stays as typed, so the person can fix what was refused. */
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }

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
entry_activated_cb (FtGearEditorDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
}

static void
ft_gear_editor_dialog_dispose (GObject *object)
{
  FtGearEditorDialog *self = FT_GEAR_EDITOR_DIALOG (object);

  g_clear_handle_id (&self->refill_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), FT_TYPE_GEAR_EDITOR_DIALOG);
  g_clear_pointer (&self->manual_rows, g_ptr_array_unref);
  g_clear_object (&self->gear);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (ft_gear_editor_dialog_parent_class)->dispose (object);
}

static void
ft_gear_editor_dialog_class_init (FtGearEditorDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ft_gear_editor_dialog_dispose;

  g_type_ensure (FT_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ft-gear-editor-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FtGearEditorDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FtGearEditorDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, FtGearEditorDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, FtGearEditorDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, FtGearEditorDialog, kind_list);
  gtk_widget_class_bind_template_child (widget_class, FtGearEditorDialog, brand_row);
  gtk_widget_class_bind_template_child (widget_class, FtGearEditorDialog, start_row);
  gtk_widget_class_bind_template_child (widget_class, FtGearEditorDialog, distance_row);
  gtk_widget_class_bind_template_child (widget_class, FtGearEditorDialog, distance_unit_label);
  gtk_widget_class_bind_template_child (widget_class, FtGearEditorDialog, threshold_distance_row);
  gtk_widget_class_bind_template_child (widget_class, FtGearEditorDialog, threshold_distance_spin);
  gtk_widget_class_bind_template_child (widget_class, FtGearEditorDialog, threshold_age_row);
  gtk_widget_class_bind_template_child (widget_class, FtGearEditorDialog, threshold_age_spin);
  gtk_widget_class_bind_template_child (widget_class, FtGearEditorDialog, age_unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, FtGearEditorDialog, notes_row);
  gtk_widget_class_bind_template_child (widget_class, FtGearEditorDialog, manual_row);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, age_unit_selected_cb);
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-distance", "x",
                                   remove_distance_action);
}

static void
ft_gear_editor_dialog_init (FtGearEditorDialog *self)
{
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->loading = FALSE;
  self->manual_rows = g_ptr_array_new ();

  for (int kind = 0; kind < FT_GEAR_N_KINDS; kind++)
    gtk_string_list_append (self->kind_list, ft_gear_kind_get_label ((FtGearKind) kind));
}

static char *
format_plain (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* One decimal, none when it is 0: "300", "186.4". */
  if (fabs (value - round (value)) < 0.05)
    return g_strdup_printf ("%.0f", value);

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.1f", value));
}

/**
 * ft_gear_editor_dialog_new:
 * @gear: the store to save to
 * @item: (nullable): the item to change, or %NULL for a new one
 * @kind: the kind of a new item
 * @unit: the unit the person reads and types distances in
 *
 * Returns: (transfer floating): the form
 */
AdwDialog *
ft_gear_editor_dialog_new (FtGear         *gear,
                           FtGearItem     *item,
                           FtGearKind      kind,
                           FtDistanceUnit  unit)
{
  FtGearEditorDialog *self;
  g_autofree char *distance = NULL;
  FtGearFields fields;
  GDate today;

  g_return_val_if_fail (FT_IS_GEAR (gear), NULL);
  g_return_val_if_fail (item == NULL || FT_IS_GEAR_ITEM (item), NULL);

  self = g_object_new (FT_TYPE_GEAR_EDITOR_DIALOG, NULL);
  self->gear = g_object_ref (gear);
  self->item = item != NULL ? g_object_ref (item) : NULL;
  self->unit = unit;

  ft_journal_get_today (ft_gear_get_journal (gear), &today);
  if (item != NULL)
    ft_gear_item_get_fields (item, unit, &fields);
  else
    ft_gear_fields_init (&fields, kind, &today, unit);

  self->loading = TRUE;
  adw_dialog_set_title (ADW_DIALOG (self), item != NULL ? _("Edit Item") : _("New Item"));
  adw_combo_row_set_selected (self->kind_row, fields.kind);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), fields.name != NULL ? fields.name : "");
  gtk_editable_set_text (GTK_EDITABLE (self->brand_row), fields.brand != NULL ? fields.brand : "");
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row), fields.notes != NULL ? fields.notes : "");
  ft_date_row_set_latest (self->start_row, &today);
  ft_date_row_set_day (self->start_row, &fields.start_day);
  if (fields.prior_distance > 0)
    distance = format_plain (fields.prior_distance);
  gtk_editable_set_text (GTK_EDITABLE (self->distance_row), distance != NULL ? distance : "");
  gtk_label_set_label (self->distance_unit_label, ft_gear_unit_symbol (unit));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->threshold_distance_spin),
                               ft_gear_unit_symbol (unit));
  show_thresholds (self, fields.threshold_distance, fields.threshold_days, fields.kind);
  self->loading = FALSE;

  refill_manual (self);
  g_signal_connect_object (gear, "changed", G_CALLBACK (gear_changed_cb), self,
                           G_CONNECT_SWAPPED);

  update_actions (self);

  return ADW_DIALOG (self);
}

const char *
ft_gear_unit_symbol (FtDistanceUnit unit)
{
  /* Translators: the short forms of kilometres and miles, after a number */
  return unit == FT_DISTANCE_MILES ? _("mi") : _("km");
}

char *
ft_gear_format_distance (double         value,
                         FtDistanceUnit unit)
{
  g_autofree char *number = NULL;

  if (fabs (value - round (value)) < 0.05)
    number = g_strdup_printf ("%.0f", value);
  else
    number = g_strdup_printf ("%.1f", value);

  /* Translators: a distance, such as "612 km" */
  return g_strdup_printf (_("%s %s"), number, ft_gear_unit_symbol (unit));
}

static gboolean
unit_from_word (const char     *word,
                FtDistanceUnit *unit)
{
  static const char *km_words[] = { "km", "kms", "kilometre", "kilometres", "kilometer",
                                    "kilometers", NULL };
  static const char *mi_words[] = { "mi", "mile", "miles", NULL };
  g_autofree char *folded = g_utf8_casefold (word, -1);

  if (g_strv_contains (km_words, folded) || g_strcmp0 (folded, _("km")) == 0)
    {
      *unit = FT_DISTANCE_KILOMETRES;
      return TRUE;
    }
  if (g_strv_contains (mi_words, folded) || g_strcmp0 (folded, _("mi")) == 0)
    {
      *unit = FT_DISTANCE_MILES;
      return TRUE;
    }

  return FALSE;
}

gboolean
ft_gear_parse_distance (const char     *text,
                        FtDistanceUnit  unit,
                        double         *value)
{
  g_autofree char *copy = NULL;
  FtDistanceUnit typed_unit = unit;
  char *end = NULL;
  char *rest;
  double number;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  copy = g_strstrip (g_strdup (text));
  if (*copy == '\0')
    {
      *value = 0;
      return TRUE;
    }

  /* A decimal comma is as good as a point. */
  g_strdelimit (copy, ",", '.');
  number = g_ascii_strtod (copy, &end);
  if (end == copy || !isfinite (number) || number < 0)
    return FALSE;

  rest = g_strstrip (end);
  if (*rest != '\0' && !unit_from_word (rest, &typed_unit))
    return FALSE;

  if (typed_unit != unit)
    number = ft_distance_from_metres (ft_distance_to_metres (number, typed_unit), unit);

  *value = number;
  return TRUE;
}
