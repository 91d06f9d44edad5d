/* ft-side-by-side.c — two children side by side on a wide allocation, one
 * above the other on a narrow one.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-side-by-side.h"

struct _FtSideBySide
{
  GtkWidget  parent_instance;

  GtkWidget *start_child;
  GtkWidget *end_child;
  int        threshold;
  int        spacing;
  gboolean   wide;
};

enum
{
  PROP_0,
  PROP_START_CHILD,
  PROP_END_CHILD,
  PROP_THRESHOLD,
  PROP_SPACING,
  PROP_WIDE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (FtSideBySide, ft_side_by_side, GTK_TYPE_WIDGET)

static gboolean
is_shown (GtkWidget *child)
{
  return child != NULL && gtk_widget_should_layout (child);
}

/* The two columns' widths for @width: halves, unless a child needs more. */
static void
split_width (FtSideBySide *self,
             int           width,
             int          *start_width,
             int          *end_width)
{
  int available = MAX (width - self->spacing, 0);
  int start_min = 0;
  int end_min = 0;

  gtk_widget_measure (self->start_child, GTK_ORIENTATION_HORIZONTAL, -1, &start_min, NULL, NULL, NULL);
  gtk_widget_measure (self->end_child, GTK_ORIENTATION_HORIZONTAL, -1, &end_min, NULL, NULL, NULL);

  *start_width = MAX (available / 2, start_min);
  *end_width = MAX (available - *start_width, end_min);
  *start_width = MAX (available - *end_width, start_min);
}

static gboolean
fits_wide (FtSideBySide *self,
           int           width)
{
  return is_shown (self->start_child) && is_shown (self->end_child) &&
         width >= 0 && width >= self->threshold;
}

static void
ft_side_by_side_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  FtSideBySide *self = FT_SIDE_BY_SIDE (widget);
  GtkWidget *children[] = { self->start_child, self->end_child };
  int n_shown = 0;

  *minimum = 0;
  *natural = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Narrow enough to stack, wide enough to sit side by side. */
      for (guint i = 0; i < G_N_ELEMENTS (children); i++)
        {
          int child_min = 0;
          int child_nat = 0;

          if (!is_shown (children[i]))
            continue;

          gtk_widget_measure (children[i], orientation, -1, &child_min, &child_nat, NULL, NULL);
          *minimum = MAX (*minimum, child_min);
          *natural += child_nat;
          n_shown++;
        }
      if (n_shown == 2)
        *natural += self->spacing;
      *natural = MAX (*natural, *minimum);
      return;
    }

  if (fits_wide (self, for_size))
    {
      int widths[2];

      split_width (self, for_size, &widths[0], &widths[1]);
      for (guint i = 0; i < G_N_ELEMENTS (children); i++)
        {
          int child_min = 0;
          int child_nat = 0;

          gtk_widget_measure (children[i], orientation, widths[i], &child_min, &child_nat, NULL, NULL);
          *minimum = MAX (*minimum, child_min);
          *natural = MAX (*natural, child_nat);
        }
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (children); i++)
    {
      int child_min = 0;
      int child_nat = 0;

      if (!is_shown (children[i]))
        continue;

      gtk_widget_measure (children[i], orientation, for_size, &child_min, &child_nat, NULL, NULL);
      *minimum += child_min;
      *natural += child_nat;
      n_shown++;
    }
  if (n_shown == 2)
    {
      *minimum += self->spacing;
      *natural += self->spacing;
    }
}

static void
ft_side_by_side_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  FtSideBySide *self = FT_SIDE_BY_SIDE (widget);
  gboolean wide = fits_wide (self, width);

  if (wide)
    {
      int start_width;
      int end_width;
      int x_start = 0;
      int x_end;

      split_width (self, width, &start_width, &end_width);
      x_end = start_width + self->spacing;
      if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
        {
          x_start = width - start_width;
          x_end = 0;
        }

      gtk_widget_size_allocate (self->start_child,
                                &(GtkAllocation) { x_start, 0, start_width, height }, -1);
      gtk_widget_size_allocate (self->end_child,
                                &(GtkAllocation) { x_end, 0, end_width, height }, -1);
    }
  else
    {
      int y = 0;
      int start_height = 0;

      if (is_shown (self->start_child))
        {
          int end_min = 0;

          gtk_widget_measure (self->start_child, GTK_ORIENTATION_VERTICAL, width, NULL,
                              &start_height, NULL, NULL);
          if (is_shown (self->end_child))
            gtk_widget_measure (self->end_child, GTK_ORIENTATION_VERTICAL, width, &end_min, NULL,
                                NULL, NULL);
          start_height = MAX (MIN (start_height, height - end_min - self->spacing), 0);
          if (!is_shown (self->end_child))
            start_height = height;

          gtk_widget_size_allocate (self->start_child,
                                    &(GtkAllocation) { 0, 0, width, start_height }, -1);
          y = start_height + self->spacing;
        }

      if (is_shown (self->end_child))
        gtk_widget_size_allocate (self->end_child,
                                  &(GtkAllocation) { 0, y, width, MAX (height - y, 0) }, -1);
    }

  if (self->wide != wide)
    {
      self->wide = wide;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WIDE]);
    }
}

static GtkSizeRequestMode
ft_side_by_side_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
set_child (FtSideBySide  *self,
           GtkWidget    **slot,
           GtkWidget     *child,
           GtkWidget     *before)
{
  if (*slot == child)
    return;

  g_clear_pointer (slot, gtk_widget_unparent);
  if (child != NULL)
    {
      *slot = child;
      gtk_widget_insert_before (child, GTK_WIDGET (self), before);
    }
}

static void
ft_side_by_side_dispose (GObject *object)
{
  FtSideBySide *self = FT_SIDE_BY_SIDE (object);

  g_clear_pointer (&self->start_child, gtk_widget_unparent);
  g_clear_pointer (&self->end_child, gtk_widget_unparent);

  G_OBJECT_CLASS (ft_side_by_side_parent_class)->dispose (object);
}

static void
ft_side_by_side_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FtSideBySide *self = FT_SIDE_BY_SIDE (object);

  switch (prop_id)
    {
    case PROP_START_CHILD:
      g_value_set_object (value, self->start_child);
      break;
    case PROP_END_CHILD:
      g_value_set_object (value, self->end_child);
      break;
    case PROP_THRESHOLD:
      g_value_set_int (value, self->threshold);
      break;
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;
    case PROP_WIDE:
      g_value_set_boolean (value, self->wide);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ft_side_by_side_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FtSideBySide *self = FT_SIDE_BY_SIDE (object);

  switch (prop_id)
    {
    case PROP_START_CHILD:
      ft_side_by_side_set_start_child (self, g_value_get_object (value));
      break;
    case PROP_END_CHILD:
      ft_side_by_side_set_end_child (self, g_value_get_object (value));
      break;
    case PROP_THRESHOLD:
      ft_side_by_side_set_threshold (self, g_value_get_int (value));
      break;
    case PROP_SPACING:
      ft_side_by_side_set_spacing (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ft_side_by_side_class_init (FtSideBySideClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ft_side_by_side_dispose;
  object_class->get_property = ft_side_by_side_get_property;
  object_class->set_property = ft_side_by_side_set_property;

  widget_class->measure = ft_side_by_side_measure;
  widget_class->size_allocate = ft_side_by_side_size_allocate;
  widget_class->get_request_mode = ft_side_by_side_get_request_mode;

  properties[PROP_START_CHILD] =
    g_param_spec_object ("start-child", NULL, NULL,
                         GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_END_CHILD] =
    g_param_spec_object ("end-child", NULL, NULL,
                         GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_THRESHOLD] =
    g_param_spec_int ("threshold", NULL, NULL,
                      0, G_MAXINT, 640,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL,
                      0, G_MAXINT, 18,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WIDE] =
    g_param_spec_boolean ("wide", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "side-by-side");
}

static void
ft_side_by_side_init (FtSideBySide *self)
{
  self->threshold = 640;
  self->spacing = 18;
}

GtkWidget *
ft_side_by_side_new (void)
{
  return g_object_new (FT_TYPE_SIDE_BY_SIDE, NULL);
}

void
ft_side_by_side_set_start_child (FtSideBySide *self,
                                 GtkWidget    *child)
{
  g_return_if_fail (FT_IS_SIDE_BY_SIDE (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (self->start_child == child)
    return;

  set_child (self, &self->start_child, child, gtk_widget_get_first_child (GTK_WIDGET (self)));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_CHILD]);
}

GtkWidget *
ft_side_by_side_get_start_child (FtSideBySide *self)
{
  g_return_val_if_fail (FT_IS_SIDE_BY_SIDE (self), NULL);

  return self->start_child;
}

void
ft_side_by_side_set_end_child (FtSideBySide *self,
                               GtkWidget    *child)
{
  g_return_if_fail (FT_IS_SIDE_BY_SIDE (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (self->end_child == child)
    return;

  set_child (self, &self->end_child, child, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_CHILD]);
}

GtkWidget *
ft_side_by_side_get_end_child (FtSideBySide *self)
{
  g_return_val_if_fail (FT_IS_SIDE_BY_SIDE (self), NULL);

  return self->end_child;
}

void
ft_side_by_side_set_threshold (FtSideBySide *self,
                               int           threshold)
{
  g_return_if_fail (FT_IS_SIDE_BY_SIDE (self));
  g_return_if_fail (threshold >= 0);

  if (self->threshold == threshold)
    return;

  self->threshold = threshold;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_THRESHOLD]);
}

int
ft_side_by_side_get_threshold (FtSideBySide *self)
{
  g_return_val_if_fail (FT_IS_SIDE_BY_SIDE (self), 0);

  return self->threshold;
}

void
ft_side_by_side_set_spacing (FtSideBySide *self,
                             int           spacing)
{
  g_return_if_fail (FT_IS_SIDE_BY_SIDE (self));
  g_return_if_fail (spacing >= 0);

  if (self->spacing == spacing)
    return;

  self->spacing = spacing;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPACING]);
}

int
ft_side_by_side_get_spacing (FtSideBySide *self)
{
  g_return_val_if_fail (FT_IS_SIDE_BY_SIDE (self), 0);

  return self->spacing;
}

gboolean
ft_side_by_side_get_wide (FtSideBySide *self)
{
  g_return_val_if_fail (FT_IS_SIDE_BY_SIDE (self), FALSE);

  return self->wide;
}
