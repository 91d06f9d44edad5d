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

  gtk_widget_dispose_template (GTK_WIDGET (self), FT_TYPE_GEAR_EDITOR_DIALOG);
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
  gtk_widget_class_bind_template_callback (widget_class, update_actions);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, age_unit_selected_cb);
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
}

static void
ft_gear_editor_dialog_init (FtGearEditorDialog *self)
{
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->loading = FALSE;

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
