/* ft-shortcuts-dialog.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-shortcuts-dialog.h"

#include <glib/gi18n.h>

#include "ft-pages.h"

/* Lists the shortcuts from the application's own accelerators, so the
 * dialog cannot drift from what the keys really do. */

struct _FtShortcutsDialog
{
  AdwDialog            parent_instance;

  /* Template children */
  AdwPreferencesPage  *page;
};

G_DEFINE_FINAL_TYPE (FtShortcutsDialog, ft_shortcuts_dialog, ADW_TYPE_DIALOG)

typedef struct
{
  const char *title;
  const char *action;
} Shortcut;

static const Shortcut general_shortcuts[] = {
  { N_("Show Shortcuts"), "app.shortcuts" },
  { N_("Preferences"), "app.preferences" },
  { N_("Close Window"), "window.close" },
  { N_("Quit"), "app.quit" },
};

/* Keys that pages bind on their own widgets, where no application
 * accelerator can be read back. */
typedef struct
{
  const char *title;
  const char *accel;
} PageKey;

static const PageKey page_keys[] = {
  { N_("Search the Journal or Exercises"), "<Control>f" },
  { N_("Add an Exercise or a Shoe"), "<Control>n" },
  { N_("Edit Your Own Exercise"), "<Control>e" },
  { N_("Delete Your Own Exercise"), "Delete" },
  { N_("Back"), "<Alt>Left" },
};

/* The guided player's keys, bound on the player itself. */
static const PageKey player_keys[] = {
  { N_("Pause or Resume"), "space" },
  { N_("Pause While Counting Reps"), "p" },
  { N_("Count a Rep"), "space" },
  { N_("Previous Step"), "Left" },
  { N_("Skip Step"), "Right" },
  { N_("Stop the Routine"), "Escape" },
};

static char *
describe_accels (GtkApplication *application,
                 const char     *action)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (application, action);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; accels[i] != NULL; i++)
    {
      guint key;
      GdkModifierType mods;
      g_autofree char *label = NULL;

      if (!gtk_accelerator_parse (accels[i], &key, &mods))
        continue;

      label = gtk_accelerator_get_label (key, mods);
      if (text->len > 0)
        /* Translators: between two shortcuts for the same action */
        g_string_append (text, _(" or "));
      g_string_append (text, label);
    }

  return g_string_free_and_steal (g_steal_pointer (&text));
}

static void
ft_shortcuts_dialog_class_init (FtShortcutsDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ft-shortcuts-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FtShortcutsDialog, page);
}

static void
ft_shortcuts_dialog_init (FtShortcutsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
add_labelled_row (AdwPreferencesGroup *group,
                  const char          *title,
                  const char          *keys)
{
  GtkWidget *row;
  GtkWidget *label;

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  label = gtk_label_new (keys);
  gtk_widget_add_css_class (label, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_preferences_group_add (group, row);
}

static void
add_row (AdwPreferencesGroup *group,
         GtkApplication      *application,
         const char          *title,
         const char          *action)
{
  g_autofree char *keys = describe_accels (application, action);

  if (*keys != '\0')
    add_labelled_row (group, title, keys);
}

static void
add_key_group (AdwPreferencesPage *page,
               const char         *title,
               const PageKey      *keys,
               guint               n_keys)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, title);
  for (guint i = 0; i < n_keys; i++)
    {
      guint key;
      GdkModifierType mods;
      g_autofree char *label = NULL;

      if (gtk_accelerator_parse (keys[i].accel, &key, &mods))
        label = gtk_accelerator_get_label (key, mods);
      if (label != NULL)
        add_labelled_row (group, _(keys[i].title), label);
    }
  adw_preferences_page_add (page, group);
}

AdwDialog *
ft_shortcuts_dialog_new (GtkApplication *application)
{
  FtShortcutsDialog *self;
  AdwPreferencesGroup *group;
  const FtPageInfo *pages;
  guint n_pages;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);

  self = g_object_new (FT_TYPE_SHORTCUTS_DIALOG, NULL);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _("General"));
  for (guint i = 0; i < G_N_ELEMENTS (general_shortcuts); i++)
    add_row (group, application, _(general_shortcuts[i].title), general_shortcuts[i].action);
  adw_preferences_page_add (self->page, group);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _("Pages"));
  pages = ft_pages_get_all (&n_pages);
  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *action = g_strconcat ("win.show-page::", pages[i].name, NULL);

      add_row (group, application, _(pages[i].title), action);
    }
  adw_preferences_page_add (self->page, group);

  add_key_group (self->page, _("On a Page"), page_keys, G_N_ELEMENTS (page_keys));
  add_key_group (self->page, _("Guided Routine"), player_keys, G_N_ELEMENTS (player_keys));

  return ADW_DIALOG (self);
}
