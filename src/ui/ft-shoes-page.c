/* ft-shoes-page.c — shoes, insoles and other gear: what is worn now, what
 * was worn before, and every change.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-shoes-page.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ft-application.h"
#include "ft-before-after-row.h"
#include "ft-day-format.h"
#include "ft-gear-action-dialog.h"
#include "ft-gear-editor-dialog.h"
#include "ft-window.h"

struct _FtShoesPage
{
  FtPage               parent_instance;

  FtGear              *gear;
  GSettings           *settings;
  guint                rebuild_id;
  gboolean             retired_expanded;
  /* The day the ages shown were worked out for. */
  GDate                shown_day;

  /* Template children */
  GtkMenuButton       *add_button;
  GtkStack            *content_stack;
  GtkBox              *reminders_box;
  GtkListBox          *current_list;
  AdwPreferencesGroup *retired_group;
  GtkListBox          *retired_list;
  AdwPreferencesGroup *changes_group;
  GtkListBox          *changes_list;
};

G_DEFINE_FINAL_TYPE (FtShoesPage, ft_shoes_page, FT_TYPE_PAGE)

static FtDistanceUnit
distance_unit (FtShoesPage *self)
{
  g_autofree char *key = g_settings_get_string (self->settings, "distance-unit");

  return ft_distance_unit_from_key (key);
}

static void
get_today (FtShoesPage *self,
           GDate       *today)
{
  ft_journal_get_today (ft_gear_get_journal (self->gear), today);
}

static void
report_error (FtShoesPage  *self,
              const GError *error)
{
  ft_window_add_toast_for (GTK_WIDGET (self), adw_toast_new (error->message));
}

static const char *
kind_icon (FtGearKind kind)
{
  switch (kind)
    {
    case FT_GEAR_INSOLE:
    case FT_GEAR_ORTHOTIC:
      return "ft-insole-symbolic";
    case FT_GEAR_NIGHT_SPLINT:
      return "ft-splint-symbolic";
    case FT_GEAR_RUNNING_SHOE:
    case FT_GEAR_EVERYDAY_SHOE:
    case FT_GEAR_WORK_SHOE:
    case FT_GEAR_SANDAL:
    case FT_GEAR_OTHER:
    default:
      return "ft-shoes-symbolic";
    }
}

/* "21 Sep" this year, "11 Jul 2025" before. */
static char *
format_short_day (FtShoesPage *self,
                  const GDate *day)
{
  GDate today;

  get_today (self, &today);

  return ft_day_format_short (day, &today);
}

static char *
format_age (int days)
{
  int months = (int) floor (days * 12.0 / 365.0);

  if (months < 1)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day", "%d days", days), days);
  if (months < 24)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d month", "%d months", months),
                            months);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year", "%d years", months / 12),
                          months / 12);
}

/* A threshold as it was set: in months when it is a whole number of them. */
static char *
format_threshold_age (int days)
{
  int months = (int) round (days * 12.0 / 365.0);

  if (months >= 1 && (int) round (months * 365.0 / 12.0) == days)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d month", "%d months", months),
                            months);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day", "%d days", days), days);
}

static char *
format_item_distance (FtGearItem     *item,
                      FtDistanceUnit  unit)
{
  return ft_gear_format_distance (ft_gear_distance_for_display (ft_gear_item_get_total_distance (item),
                                                                unit),
                                  unit);
}

/* "With Arch-support insoles" on a shoe, "In Trail runners" on an insole. */
static char *
describe_placement (FtGearItem *item)
{
  guint n_inserts = ft_gear_item_get_n_inserts (item);

  if (ft_gear_item_get_shoe_name (item) != NULL)
    /* Translators: where an insole sits; %s is a shoe's name */
    return g_strdup_printf (_("In %s"), ft_gear_item_get_shoe_name (item));

  if (n_inserts == 1)
    /* Translators: what a shoe holds; %s is an insole's name */
    return g_strdup_printf (_("With %s"), ft_gear_item_get_nth_insert_name (item, 0));

  if (n_inserts > 1)
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i + 1 < n_inserts; i++)
        {
          if (i > 0)
            g_string_append (names, _(", "));
          g_string_append (names, ft_gear_item_get_nth_insert_name (item, i));
        }

      /* Translators: what a shoe holds; the first %s is a list of insoles' names */
      return g_strdup_printf (_("With %s and %s"), names->str,
                              ft_gear_item_get_nth_insert_name (item, n_inserts - 1));
    }

  return NULL;
}

static GtkWidget *
make_icon (FtGearKind kind)
{
  GtkWidget *image = gtk_image_new_from_icon_name (kind_icon (kind));

  gtk_widget_add_css_class (image, "gear-icon");
  gtk_accessible_update_property (GTK_ACCESSIBLE (image),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ft_gear_kind_get_label (kind),
                                  -1);

  return image;
}

static GMenuItem *
menu_item (const char *label,
           const char *action,
           gint64      id)
{
  GMenuItem *item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_int64 (id));

  return item;
}

static void
append_item (GMenu      *menu,
             const char *label,
             const char *action,
             gint64      id)
{
  g_autoptr(GMenuItem) item = menu_item (label, action, id);

  g_menu_append_item (menu, item);
}

static GtkWidget *
make_menu_button (GMenuModel *model,
                  const char *name)
{
  GtkWidget *button = gtk_menu_button_new ();
  /* Translators: the menu of one item; %s is its name */
  g_autofree char *tooltip = g_strdup_printf (_("Actions for %s"), name);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), model);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");

  return button;
}

static void
row_activated_cb (AdwActionRow *row,
                  FtShoesPage  *self)
{
  const char *action = g_object_get_data (G_OBJECT (row), "ft-action");
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "ft-id"));

  gtk_widget_activate_action (GTK_WIDGET (self), action, "x", id);
}

static void
make_activatable (FtShoesPage *self,
                  GtkWidget   *row,
                  const char  *action,
                  gint64       id)
{
  g_object_set_data (G_OBJECT (row), "ft-action", (gpointer) action);
  g_object_set_data (G_OBJECT (row), "ft-id", GSIZE_TO_POINTER ((gsize) id));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_signal_connect_object (row, "activated", G_CALLBACK (row_activated_cb), self, 0);
}

static GtkWidget *
make_current_row (FtShoesPage    *self,
                  FtGearItem     *item,
                  FtDistanceUnit  unit)
{
  FtGearKind kind = ft_gear_item_get_kind (item);
  gint64 id = ft_gear_item_get_id (item);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *since = NULL;
  g_autofree char *age = NULL;
  g_autofree char *placement = describe_placement (item);
  GtkWidget *row = adw_action_row_new ();
  GDate start;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ft_gear_item_get_name (item));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), make_icon (kind));

  if (ft_gear_item_get_brand (item) != NULL)
    g_string_append_printf (subtitle, "%s · ", ft_gear_item_get_brand (item));
  g_string_append (subtitle, ft_gear_kind_get_label (kind));
  g_string_append_c (subtitle, '\n');

  ft_gear_item_get_start_day (item, &start);
  since = format_short_day (self, &start);
  age = format_age (ft_gear_item_get_age_days (item));
  /* Translators: "Since 3 Mar 2025 · 5 months" */
  g_string_append_printf (subtitle, _("Since %s · %s"), since, age);
  if (placement != NULL)
    g_string_append_printf (subtitle, "\n%s", placement);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);

  /* Running shoes carry runs; other things show a distance once they have one. */
  if (kind == FT_GEAR_RUNNING_SHOE || ft_gear_item_get_total_distance (item) > 0)
    {
      g_autofree char *distance = format_item_distance (item, unit);
      GtkWidget *label = gtk_label_new (distance);

      gtk_widget_add_css_class (label, "numeric");
      gtk_widget_add_css_class (label, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }

  append_item (menu, _("_Edit…"), "shoes.edit", id);
  if (ft_gear_kind_is_insert (kind))
    append_item (menu, _("_Move to Shoe…"), "shoes.move", id);
  append_item (menu, _("Add _Distance…"), "shoes.add-distance", id);
  append_item (menu, _("_Retire…"), "shoes.retire", id);
  append_item (section, _("_Delete"), "shoes.delete", id);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             make_menu_button (G_MENU_MODEL (menu), ft_gear_item_get_name (item)));

  make_activatable (self, row, "shoes.edit", id);

  return row;
}

static GtkWidget *
make_retired_row (FtShoesPage    *self,
                  FtGearItem     *item,
                  FtDistanceUnit  unit)
{
  FtGearKind kind = ft_gear_item_get_kind (item);
  gint64 id = ft_gear_item_get_id (item);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *distance = NULL;
  GtkWidget *row = adw_action_row_new ();
  GDate start;
  GDate retired;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ft_gear_item_get_name (item));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), make_icon (kind));

  ft_gear_item_get_start_day (item, &start);
  if (!ft_gear_item_get_retire_day (item, &retired))
    retired = start;
  first = format_short_day (self, &start);
  last = format_short_day (self, &retired);
  /* Translators: "Running shoe · 3 Mar 2024 – 5 Jan 2025" */
  subtitle = g_strdup_printf (_("%s · %s – %s"), ft_gear_kind_get_label (kind), first, last);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  if (kind == FT_GEAR_RUNNING_SHOE || ft_gear_item_get_total_distance (item) > 0)
    {
      GtkWidget *label;

      distance = format_item_distance (item, unit);
      label = gtk_label_new (distance);
      gtk_widget_add_css_class (label, "numeric");
      gtk_widget_add_css_class (label, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }

  append_item (menu, _("_Edit…"), "shoes.edit", id);
  append_item (menu, _("_Un-retire"), "shoes.unretire", id);
  append_item (menu, _("_Delete"), "shoes.delete", id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             make_menu_button (G_MENU_MODEL (menu), ft_gear_item_get_name (item)));

  make_activatable (self, row, "shoes.edit", id);

  return row;
}

static char *
describe_event (FtGearEvent *event)
{
  const char *name = ft_gear_event_get_gear_name (event);

  switch (ft_gear_event_get_kind (event))
    {
    case FT_GEAR_EVENT_START:
      /* Translators: %s is the name of a shoe or insole */
      return g_strdup_printf (_("Started wearing %s"), name);

    case FT_GEAR_EVENT_RETIRE:
      return g_strdup_printf (_("Retired %s"), name);

    case FT_GEAR_EVENT_UNRETIRE:
      return g_strdup_printf (_("Wearing %s again"), name);

    case FT_GEAR_EVENT_MOVE:
      if (ft_gear_event_get_to_id (event) != 0)
        /* Translators: an insole (first %s) went into a shoe (second %s) */
        return g_strdup_printf (_("Moved %s to %s"), name, ft_gear_event_get_to_name (event));
      if (ft_gear_event_get_from_name (event) != NULL)
        /* Translators: an insole (first %s) came out of a shoe (second %s) */
        return g_strdup_printf (_("Took %s out of %s"), name, ft_gear_event_get_from_name (event));
      return g_strdup_printf (_("Took %s out"), name);

    case FT_GEAR_EVENT_CHANGE:
    default:
      return g_strdup (ft_gear_event_get_label (event));
    }
}

static GtkWidget *
make_event_row (FtShoesPage *self,
                FtGearEvent *event,
                const GDate *today)
{
  gint64 id = ft_gear_event_get_id (event);
  g_autofree char *title = describe_event (event);
  g_autofree char *date = NULL;
  /* The same change as the Trends page lists it, to compare the days around it. */
  FtTrendEvent change = {
    .kind = ft_gear_event_get_kind (event) == FT_GEAR_EVENT_CHANGE ? FT_TREND_EVENT_CHANGE
                                                                    : FT_TREND_EVENT_GEAR,
    .source_id = id,
    .label = title,
    .detail = title,
  };
  GtkWidget *row;

  ft_gear_event_get_day (event, &change.day);
  date = ft_day_format_near (&change.day, today);

  row = ft_before_after_row_new (&change, title != NULL ? title : "");
  ft_before_after_row_set_lead (FT_BEFORE_AFTER_ROW (row), date);
  ft_before_after_row_set_context (FT_BEFORE_AFTER_ROW (row), ft_gear_get_journal (self->gear),
                                   (guint) CLAMP (g_settings_get_int (self->settings, "compare-days"),
                                                  FT_BEFORE_AFTER_MIN_WINDOW,
                                                  FT_BEFORE_AFTER_MAX_WINDOW),
                                   FT_FOOT_FILTER_ALL, NULL);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row),
                               ft_gear_event_get_kind (event) == FT_GEAR_EVENT_CHANGE
                               ? gtk_image_new_from_icon_name ("ft-change-symbolic")
                               : make_icon (ft_gear_event_get_gear_kind (event)));

  /* Activating the row opens the comparison, so editing has its own button. */
  if (ft_gear_event_is_editable (event))
    {
      GtkWidget *button = gtk_button_new_from_icon_name ("document-edit-symbolic");

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, _("Edit Change"));
      gtk_widget_add_css_class (button, "flat");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "shoes.edit-change");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (id));
      adw_expander_row_add_suffix (ADW_EXPANDER_ROW (row), button);
    }

  if (ft_gear_event_is_deletable (event))
    {
      GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, ft_gear_event_get_kind (event) == FT_GEAR_EVENT_MOVE
                                           ? _("Delete Move") : _("Delete Change"));
      gtk_widget_add_css_class (button, "flat");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "shoes.delete-event");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (id));
      adw_expander_row_add_suffix (ADW_EXPANDER_ROW (row), button);
    }

  return row;
}

/* "Trail shoes have 612 km — time to check them?" */
static GtkWidget *
make_reminder (FtShoesPage    *self,
               FtGearItem     *item,
               FtDistanceUnit  unit)
{
  gint64 id = ft_gear_item_get_id (item);
  const char *name = ft_gear_item_get_name (item);
  g_autofree char *text = NULL;
  g_autofree char *detail = NULL;
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  /* The buttons go onto two lines on a phone rather than widen the page. */
  GtkWidget *buttons = adw_wrap_box_new ();
  GtkWidget *label;
  GtkWidget *button;
  GtkWidget *icon;
  double threshold_m;
  int threshold_days;

  if (ft_gear_item_reached_distance (item) &&
      ft_gear_item_get_threshold_distance (item, &threshold_m))
    {
      g_autofree char *total = format_item_distance (item, unit);
      g_autofree char *limit = ft_gear_format_distance (ft_gear_distance_for_display (threshold_m, unit),
                                                        unit);

      /* Translators: %s is an item's name, then a distance such as "612 km" */
      text = g_strdup_printf (_("%s have %s — time to check them?"), name, total);
      /* Translators: %s is a distance such as "600 km" */
      detail = g_strdup_printf (_("You asked to be reminded at %s."), limit);
    }
  else
    {
      g_autofree char *age = format_age (ft_gear_item_get_age_days (item));

      /* Translators: %s is an item's name, then an age such as "13 months" */
      text = g_strdup_printf (_("%s are %s old — time to check them?"), name, age);
      if (ft_gear_item_get_threshold_days (item, &threshold_days))
        {
          g_autofree char *limit = format_threshold_age (threshold_days);

          /* Translators: %s is an age such as "12 months" */
          detail = g_strdup_printf (_("You asked to be reminded after %s."), limit);
        }
    }

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "gear-reminder");

  icon = make_icon (ft_gear_item_get_kind (item));
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_add_css_class (icon, "gear-reminder-icon");
  gtk_box_append (GTK_BOX (card), icon);

  label = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (texts), label);

  if (detail != NULL)
    {
      label = gtk_label_new (detail);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (texts), label);
    }

  adw_wrap_box_set_child_spacing (ADW_WRAP_BOX (buttons), 6);
  adw_wrap_box_set_line_spacing (ADW_WRAP_BOX (buttons), 6);
  gtk_widget_set_margin_top (buttons, 9);
  button = gtk_button_new_with_mnemonic (_("_Retire…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "shoes.retire");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (id));
  adw_wrap_box_append (ADW_WRAP_BOX (buttons), button);
  button = gtk_button_new_with_mnemonic (_("Remind Me _Later"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "shoes.remind-later");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (id));
  adw_wrap_box_append (ADW_WRAP_BOX (buttons), button);
  gtk_box_append (GTK_BOX (texts), buttons);

  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (card), texts);

  button = gtk_button_new_from_icon_name ("window-close-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, _("Dismiss"));
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "shoes.dismiss");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (id));
  gtk_box_append (GTK_BOX (card), button);

  gtk_accessible_update_property (GTK_ACCESSIBLE (card),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
  gtk_widget_set_name (card, "gear-reminder");

  return card;
}

static void
retired_expanded_cb (AdwExpanderRow *row,
                     GParamSpec     *pspec,
                     FtShoesPage    *self)
{
  self->retired_expanded = adw_expander_row_get_expanded (row);
}

static void
rebuild (FtShoesPage *self)
{
  GListModel *current = ft_gear_get_current_items (self->gear);
  GListModel *retired = ft_gear_get_retired_items (self->gear);
  GListModel *events = ft_gear_get_events (self->gear);
  guint n_current = g_list_model_get_n_items (current);
  guint n_retired = g_list_model_get_n_items (retired);
  guint n_events = g_list_model_get_n_items (events);
  FtDistanceUnit unit = distance_unit (self);
  gboolean any_reminder = FALSE;
  GtkWidget *child;
  GDate today;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  get_today (self, &today);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->reminders_box))) != NULL)
    gtk_box_remove (self->reminders_box, child);
  gtk_list_box_remove_all (self->current_list);
  gtk_list_box_remove_all (self->retired_list);
  gtk_list_box_remove_all (self->changes_list);

  for (guint i = 0; i < n_current; i++)
    {
      g_autoptr(FtGearItem) item = g_list_model_get_item (current, i);

      if (ft_gear_item_is_worn_out (item))
        {
          gtk_box_append (self->reminders_box, make_reminder (self, item, unit));
          any_reminder = TRUE;
        }
      gtk_list_box_append (self->current_list, make_current_row (self, item, unit));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->reminders_box), any_reminder);

  if (n_retired > 0)
    {
      GtkWidget *expander = adw_expander_row_new ();
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item", "%u items",
                                                             n_retired),
                                                n_retired);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("Retired"));
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), count);
      for (guint i = 0; i < n_retired; i++)
        {
          g_autoptr(FtGearItem) item = g_list_model_get_item (retired, i);

          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                                    make_retired_row (self, item, unit));
        }
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), self->retired_expanded);
      g_signal_connect_object (expander, "notify::expanded", G_CALLBACK (retired_expanded_cb),
                               self, 0);
      gtk_list_box_append (self->retired_list, expander);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->retired_group), n_retired > 0);

  for (guint i = 0; i < n_events; i++)
    {
      g_autoptr(FtGearEvent) event = g_list_model_get_item (events, i);

      gtk_list_box_append (self->changes_list, make_event_row (self, event, &today));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->changes_group), n_events > 0);

  gtk_stack_set_visible_child_name (self->content_stack,
                                    n_current + n_retired + n_events > 0 ? "list" : "empty");
}

static gboolean
rebuild_idle_cb (gpointer user_data)
{
  FtShoesPage *self = user_data;

  self->rebuild_id = 0;
  rebuild (self);

  return G_SOURCE_REMOVE;
}

/* After the change that caused it has finished, so a button is never
 * taken away while it is being clicked. */
static void
queue_rebuild (FtShoesPage *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, rebuild_idle_cb, self, NULL);
}

static FtGearItem *
lookup_item (FtShoesPage *self,
             GVariant    *parameter)
{
  g_autoptr(GError) error = NULL;
  FtGearItem *item = ft_gear_get_item (self->gear, g_variant_get_int64 (parameter), &error);

  if (item == NULL)
    report_error (self, error);

  return item;
}

static FtGearEvent *
lookup_event (FtShoesPage *self,
              gint64       event_id)
{
  GListModel *events = ft_gear_get_events (self->gear);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(FtGearEvent) event = g_list_model_get_item (events, i);

      if (ft_gear_event_get_id (event) == event_id)
        return g_steal_pointer (&event);
    }

  return NULL;
}

static void
present (FtShoesPage *self,
         AdwDialog   *dialog)
{
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static void
add_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  FtShoesPage *self = FT_SHOES_PAGE (widget);
  FtGearKind kind = FT_GEAR_RUNNING_SHOE;

  if (!ft_gear_kind_from_key (g_variant_get_string (parameter, NULL), &kind))
    kind = FT_GEAR_RUNNING_SHOE;

  present (self, ft_gear_editor_dialog_new (self->gear, NULL, kind, distance_unit (self)));
}

static void
add_change_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  FtShoesPage *self = FT_SHOES_PAGE (widget);

  present (self, ft_gear_action_dialog_new (self->gear, FT_GEAR_ACTION_CHANGE, NULL, NULL,
                                            distance_unit (self)));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FtShoesPage *self = FT_SHOES_PAGE (widget);
  g_autoptr(FtGearItem) item = lookup_item (self, parameter);

  if (item != NULL)
    present (self, ft_gear_editor_dialog_new (self->gear, item, ft_gear_item_get_kind (item),
                                              distance_unit (self)));
}

static void
undo_add_distance_cb (AdwToast       *toast,
                      FtGearDistance *distance)
{
  FtGear *gear = g_object_get_data (G_OBJECT (toast), "gear");
  g_autoptr(FtGearDistance) removed = NULL;
  g_autoptr(GError) error = NULL;

  removed = ft_gear_delete_distance (gear, ft_gear_distance_get_gear_id (distance),
                                     ft_gear_distance_get_id (distance), &error);
  if (removed == NULL)
    g_warning ("%s", error->message);
}

/* A slip of the keyboard is taken back from the toast at once. */
static void
dialog_distance_added_cb (FtGearActionDialog *dialog,
                          FtGearDistance     *distance,
                          FtShoesPage        *self)
{
  FtDistanceUnit unit = distance_unit (self);
  g_autoptr(FtGearItem) item = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  item = ft_gear_get_item (self->gear, ft_gear_distance_get_gear_id (distance), NULL);
  if (item == NULL)
    return;

  amount = ft_gear_format_distance (ft_gear_distance_for_display (ft_gear_distance_get_metres (distance),
                                                                  unit),
                                    unit);
  /* Translators: a distance such as "12 km", then the name of a shoe or insole */
  message = g_strdup_printf (_("Added %s to %s"), amount, ft_gear_item_get_name (item));
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "gear", g_object_ref (self->gear), g_object_unref);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_add_distance_cb),
                         ft_gear_distance_copy (distance),
                         (GClosureNotify) (void (*) (void)) ft_gear_distance_free, 0);
  ft_window_add_toast_for (GTK_WIDGET (self), toast);
}

static void
item_dialog_action (FtShoesPage  *self,
                    GVariant     *parameter,
                    FtGearAction  action)
{
  g_autoptr(FtGearItem) item = lookup_item (self, parameter);
  AdwDialog *dialog;

  if (item == NULL)
    return;

  dialog = ft_gear_action_dialog_new (self->gear, action, item, NULL, distance_unit (self));
  if (action == FT_GEAR_ACTION_ADD_DISTANCE)
    g_signal_connect_object (dialog, "distance-added", G_CALLBACK (dialog_distance_added_cb),
                             self, 0);
  present (self, dialog);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  item_dialog_action (FT_SHOES_PAGE (widget), parameter, FT_GEAR_ACTION_MOVE);
}

static void
add_distance_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  item_dialog_action (FT_SHOES_PAGE (widget), parameter, FT_GEAR_ACTION_ADD_DISTANCE);
}

static void
retire_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  item_dialog_action (FT_SHOES_PAGE (widget), parameter, FT_GEAR_ACTION_RETIRE);
}

static void
unretire_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  FtShoesPage *self = FT_SHOES_PAGE (widget);
  g_autoptr(GError) error = NULL;
  GDate today;

  get_today (self, &today);
  if (!ft_gear_unretire_item (self->gear, g_variant_get_int64 (parameter), &today, &error))
    report_error (self, error);
}

static void
remind_later_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FtShoesPage *self = FT_SHOES_PAGE (widget);
  g_autoptr(FtGearItem) item = lookup_item (self, parameter);
  g_autoptr(GError) error = NULL;
  double until_m = NAN;
  GDate until;

  if (item == NULL)
    return;

  /* A worn shoe comes back after a little more distance or two weeks; an
   * old insole after the two weeks. */
  get_today (self, &until);
  g_date_add_days (&until, FT_GEAR_SNOOZE_DAYS);
  if (ft_gear_item_reached_distance (item))
    until_m = ft_gear_item_get_total_distance (item) + FT_GEAR_SNOOZE_DISTANCE_M;

  if (!ft_gear_snooze_reminder (self->gear, ft_gear_item_get_id (item), &until, until_m, &error))
    report_error (self, error);
}

static void
dismiss_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  FtShoesPage *self = FT_SHOES_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (!ft_gear_dismiss_reminder (self->gear, g_variant_get_int64 (parameter), &error))
    report_error (self, error);
}

static void
undo_delete_item_cb (AdwToast       *toast,
                     FtGearDeletion *deletion)
{
  FtGear *gear = g_object_get_data (G_OBJECT (toast), "gear");
  g_autoptr(GError) error = NULL;

  if (!ft_gear_restore_item (gear, deletion, &error))
    g_warning ("%s", error->message);
}

/* Deleting is undone from the toast: the item comes back with its history. */
static void
delete_item (FtShoesPage *self,
             gint64       gear_id)
{
  g_autoptr(FtGearDeletion) deletion = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  deletion = ft_gear_delete_item (self->gear, gear_id, &error);
  if (deletion == NULL)
    {
      report_error (self, error);
      return;
    }

  /* Translators: %s is the name of a shoe or insole */
  message = g_strdup_printf (_("%s deleted"), ft_gear_item_get_name (ft_gear_deletion_get_item (deletion)));
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "gear", g_object_ref (self->gear), g_object_unref);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_delete_item_cb),
                         g_steal_pointer (&deletion),
                         (GClosureNotify) (void (*) (void)) ft_gear_deletion_free, 0);
  ft_window_add_toast_for (GTK_WIDGET (self), toast);
}

static void
confirm_delete_response_cb (AdwAlertDialog *dialog,
                            const char     *response,
                            FtShoesPage    *self)
{
  if (g_strcmp0 (response, "delete") == 0)
    delete_item (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "ft-id")));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FtShoesPage *self = FT_SHOES_PAGE (widget);
  g_autoptr(FtGearItem) item = lookup_item (self, parameter);
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwDialog *dialog;
  gint64 history = 0;

  if (item == NULL)
    return;

  if (!ft_gear_count_item_history (self->gear, ft_gear_item_get_id (item), &history, &error))
    {
      report_error (self, error);
      return;
    }

  if (history == 0)
    {
      delete_item (self, ft_gear_item_get_id (item));
      return;
    }

  /* Translators: %s is the name of a shoe or insole */
  heading = g_strdup_printf (_("Delete %s?"), ft_gear_item_get_name (item));
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Its history goes with it: %d dated record of changes, "
                                       "distances or journal days. To keep the history, retire "
                                       "it instead.",
                                       "Its history goes with it: %d dated records of changes, "
                                       "distances and journal days. To keep the history, retire "
                                       "it instead.",
                                       (gulong) history),
                          (int) history);
  dialog = adw_alert_dialog_new (heading, body);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "delete", _("_Delete"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "delete",
                                            ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "cancel");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "ft-id", GSIZE_TO_POINTER ((gsize) ft_gear_item_get_id (item)));
  g_signal_connect_object (dialog, "response", G_CALLBACK (confirm_delete_response_cb), self, 0);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static void
edit_change_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FtShoesPage *self = FT_SHOES_PAGE (widget);
  g_autoptr(FtGearEvent) event = lookup_event (self, g_variant_get_int64 (parameter));

  if (event != NULL && ft_gear_event_is_editable (event))
    present (self, ft_gear_action_dialog_new (self->gear, FT_GEAR_ACTION_CHANGE, NULL, event,
                                              distance_unit (self)));
}

static void
undo_delete_event_cb (AdwToast    *toast,
                      FtGearEvent *event)
{
  FtGear *gear = g_object_get_data (G_OBJECT (toast), "gear");
  g_autoptr(GError) error = NULL;

  if (!ft_gear_restore_event (gear, event, &error))
    g_warning ("%s", error->message);
}

static void
delete_event_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FtShoesPage *self = FT_SHOES_PAGE (widget);
  g_autoptr(FtGearEvent) deleted = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  deleted = ft_gear_delete_event (self->gear, g_variant_get_int64 (parameter), &error);
  if (deleted == NULL)
    {
      report_error (self, error);
      return;
    }

  toast = adw_toast_new (ft_gear_event_get_kind (deleted) == FT_GEAR_EVENT_MOVE
                         ? _("Move deleted") : _("Change deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "gear", g_object_ref (self->gear), g_object_unref);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_delete_event_cb),
                         g_steal_pointer (&deleted), (GClosureNotify) (void (*) (void)) g_object_unref,
                         0);
  ft_window_add_toast_for (GTK_WIDGET (self), toast);
}

static gboolean
open_add_menu (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  gtk_menu_button_popup (FT_SHOES_PAGE (widget)->add_button);

  return TRUE;
}

static void
ft_shoes_page_constructed (GObject *object)
{
  FtShoesPage *self = FT_SHOES_PAGE (object);
  GApplication *app = g_application_get_default ();
  FtJournal *journal;

  G_OBJECT_CLASS (ft_shoes_page_parent_class)->constructed (object);

  journal = ft_page_get_journal (FT_PAGE (self));
  self->settings = ft_page_get_settings (FT_PAGE (self));

  /* One store per app, shared with the check-in. */
  if (FT_IS_APPLICATION (app) && ft_application_get_gear (FT_APPLICATION (app)) != NULL &&
      ft_gear_get_journal (ft_application_get_gear (FT_APPLICATION (app))) == journal)
    self->gear = g_object_ref (ft_application_get_gear (FT_APPLICATION (app)));
  else
    self->gear = ft_gear_new (journal);

  g_signal_connect_object (self->gear, "changed", G_CALLBACK (queue_rebuild), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::distance-unit", G_CALLBACK (queue_rebuild),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::compare-days", G_CALLBACK (queue_rebuild),
                           self, G_CONNECT_SWAPPED);

  rebuild (self);
}

static void
ft_shoes_page_map (GtkWidget *widget)
{
  FtShoesPage *self = FT_SHOES_PAGE (widget);
  GDate today;

  GTK_WIDGET_CLASS (ft_shoes_page_parent_class)->map (widget);

  /* Ages grow overnight: a page shown on a new day reloads. */
  get_today (self, &today);
  if (g_date_valid (&self->shown_day) && g_date_compare (&self->shown_day, &today) != 0)
    ft_gear_reload (self->gear, NULL);
  self->shown_day = today;
}

static void
ft_shoes_page_dispose (GObject *object)
{
  FtShoesPage *self = FT_SHOES_PAGE (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), FT_TYPE_SHOES_PAGE);
  g_clear_object (&self->gear);

  G_OBJECT_CLASS (ft_shoes_page_parent_class)->dispose (object);
}

static void
ft_shoes_page_class_init (FtShoesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ft_shoes_page_constructed;
  object_class->dispose = ft_shoes_page_dispose;
  widget_class->map = ft_shoes_page_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ft-shoes-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FtShoesPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, FtShoesPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, FtShoesPage, reminders_box);
  gtk_widget_class_bind_template_child (widget_class, FtShoesPage, current_list);
  gtk_widget_class_bind_template_child (widget_class, FtShoesPage, retired_group);
  gtk_widget_class_bind_template_child (widget_class, FtShoesPage, retired_list);
  gtk_widget_class_bind_template_child (widget_class, FtShoesPage, changes_group);
  gtk_widget_class_bind_template_child (widget_class, FtShoesPage, changes_list);

  gtk_widget_class_install_action (widget_class, "shoes.add-item", "s", add_item_action);
  gtk_widget_class_install_action (widget_class, "shoes.add-change", NULL, add_change_action);
  gtk_widget_class_install_action (widget_class, "shoes.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "shoes.move", "x", move_action);
  gtk_widget_class_install_action (widget_class, "shoes.add-distance", "x", add_distance_action);
  gtk_widget_class_install_action (widget_class, "shoes.retire", "x", retire_action);
  gtk_widget_class_install_action (widget_class, "shoes.unretire", "x", unretire_action);
  gtk_widget_class_install_action (widget_class, "shoes.delete", "x", delete_action);
  gtk_widget_class_install_action (widget_class, "shoes.remind-later", "x", remind_later_action);
  gtk_widget_class_install_action (widget_class, "shoes.dismiss", "x", dismiss_action);
  gtk_widget_class_install_action (widget_class, "shoes.edit-change", "x", edit_change_action);
  gtk_widget_class_install_action (widget_class, "shoes.delete-event", "x", delete_event_action);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, open_add_menu, NULL);
}

static void
ft_shoes_page_init (FtShoesPage *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));
  g_date_clear (&self->shown_day, 1);

  placeholder = gtk_label_new (_("Nothing in use. Add a shoe or insole with the + button."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_add_css_class (placeholder, "gear-placeholder");
  gtk_list_box_set_placeholder (self->current_list, placeholder);
}
