/* ft-page.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-page.h"

typedef struct
{
  FtJournal *journal;
  GSettings *settings;
} FtPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (FtPage, ft_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_JOURNAL,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ft_page_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  FtPagePrivate *priv = ft_page_get_instance_private (FT_PAGE (object));

  switch (prop_id)
    {
    case PROP_JOURNAL:
      g_value_set_object (value, priv->journal);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, priv->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ft_page_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  FtPagePrivate *priv = ft_page_get_instance_private (FT_PAGE (object));

  switch (prop_id)
    {
    case PROP_JOURNAL:
      priv->journal = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      priv->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ft_page_dispose (GObject *object)
{
  FtPagePrivate *priv = ft_page_get_instance_private (FT_PAGE (object));

  g_clear_object (&priv->journal);
  g_clear_object (&priv->settings);

  G_OBJECT_CLASS (ft_page_parent_class)->dispose (object);
}

static void
ft_page_class_init (FtPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = ft_page_get_property;
  object_class->set_property = ft_page_set_property;
  object_class->dispose = ft_page_dispose;

  properties[PROP_JOURNAL] =
    g_param_spec_object ("journal", NULL, NULL, FT_TYPE_JOURNAL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ft_page_init (FtPage *self)
{
}

FtJournal *
ft_page_get_journal (FtPage *self)
{
  FtPagePrivate *priv;

  g_return_val_if_fail (FT_IS_PAGE (self), NULL);

  priv = ft_page_get_instance_private (self);

  return priv->journal;
}

GSettings *
ft_page_get_settings (FtPage *self)
{
  FtPagePrivate *priv;

  g_return_val_if_fail (FT_IS_PAGE (self), NULL);

  priv = ft_page_get_instance_private (self);

  return priv->settings;
}
