/* ft-today-page.c — the day at a glance: the check-in comes first.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-today-page.h"

#include "ft-check-in.h"
#include "ft-journal.h"

struct _FtTodayPage
{
  AdwBin     parent_instance;

  FtJournal *journal;
  GSettings *settings;

  /* Template children */
  AdwBin    *check_in_bin;
};

G_DEFINE_FINAL_TYPE (FtTodayPage, ft_today_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_JOURNAL,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ft_today_page_constructed (GObject *object)
{
  FtTodayPage *self = FT_TODAY_PAGE (object);
  GtkWidget *check_in;

  G_OBJECT_CLASS (ft_today_page_parent_class)->constructed (object);

  check_in = ft_check_in_new (self->journal, self->settings);
  ft_check_in_set_follows_today (FT_CHECK_IN (check_in), TRUE);
  adw_bin_set_child (self->check_in_bin, check_in);
}

static void
ft_today_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  FtTodayPage *self = FT_TODAY_PAGE (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      self->journal = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ft_today_page_dispose (GObject *object)
{
  FtTodayPage *self = FT_TODAY_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FT_TYPE_TODAY_PAGE);
  g_clear_object (&self->journal);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ft_today_page_parent_class)->dispose (object);
}

static void
ft_today_page_class_init (FtTodayPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ft_today_page_constructed;
  object_class->set_property = ft_today_page_set_property;
  object_class->dispose = ft_today_page_dispose;

  properties[PROP_JOURNAL] =
    g_param_spec_object ("journal", NULL, NULL, FT_TYPE_JOURNAL,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ft-today-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FtTodayPage, check_in_bin);
}

static void
ft_today_page_init (FtTodayPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
