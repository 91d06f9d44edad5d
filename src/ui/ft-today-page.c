/* ft-today-page.c — the day at a glance: the check-in comes first.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-today-page.h"

#include "ft-check-in.h"

struct _FtTodayPage
{
  FtPage     parent_instance;

  /* Template children */
  AdwBin    *check_in_bin;
};

G_DEFINE_FINAL_TYPE (FtTodayPage, ft_today_page, FT_TYPE_PAGE)

static void
ft_today_page_constructed (GObject *object)
{
  FtTodayPage *self = FT_TODAY_PAGE (object);
  GtkWidget *check_in;

  G_OBJECT_CLASS (ft_today_page_parent_class)->constructed (object);

  check_in = ft_check_in_new (ft_page_get_journal (FT_PAGE (self)),
                              ft_page_get_settings (FT_PAGE (self)));
  ft_check_in_set_follows_today (FT_CHECK_IN (check_in), TRUE);
  adw_bin_set_child (self->check_in_bin, check_in);
}

static void
ft_today_page_dispose (GObject *object)
{
  FtTodayPage *self = FT_TODAY_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FT_TYPE_TODAY_PAGE);

  G_OBJECT_CLASS (ft_today_page_parent_class)->dispose (object);
}

static void
ft_today_page_class_init (FtTodayPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ft_today_page_constructed;
  object_class->dispose = ft_today_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ft-today-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FtTodayPage, check_in_bin);
}

static void
ft_today_page_init (FtTodayPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
