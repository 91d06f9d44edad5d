/* ft-progress-ring.c — a large drawn ring that empties as a hold counts down.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ring is a vector path stroked by GSK, so it stays crisp at any size
 * and scale. Its colour is the CSS colour (style.css gives it the accent,
 * or a quieter one for getting ready, resting and pausing); the track
 * under it is the same colour, faint. The fraction is what is left: 1 is a
 * full ring, 0 an empty track. The child widgets of the player's overlay
 * carry the numbers; the ring only draws.
 */

#include "config.h"

#include "ft-progress-ring.h"

#include <math.h>

/* The stroke, as a share of the ring's diameter, within these bounds. */
#define STROKE_SHARE 0.055
#define STROKE_MIN 6.0
#define STROKE_MAX 18.0
#define TRACK_ALPHA 0.16
#define MIN_SIZE 120
#define NATURAL_SIZE 280

struct _FtProgressRing
{
  GtkWidget  parent_instance;

  double     fraction;
};

G_DEFINE_FINAL_TYPE (FtProgressRing, ft_progress_ring, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FRACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ft_progress_ring_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  *minimum = MIN_SIZE;
  *natural = NATURAL_SIZE;
}

static void
ft_progress_ring_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  FtProgressRing *self = FT_PROGRESS_RING (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double diameter = MIN (width, height);
  double stroke_width = CLAMP (diameter * STROKE_SHARE, STROKE_MIN, STROKE_MAX);
  double radius = (diameter - stroke_width) / 2.0;
  graphene_point_t centre = GRAPHENE_POINT_INIT (width / 2.0, height / 2.0);
  g_autoptr(GskPathBuilder) track_builder = NULL;
  g_autoptr(GskPath) track = NULL;
  g_autoptr(GskStroke) stroke = NULL;
  GdkRGBA color;
  GdkRGBA faint;

  if (radius <= 1)
    return;

  gtk_widget_get_color (widget, &color);
  faint = color;
  faint.alpha *= TRACK_ALPHA;

  stroke = gsk_stroke_new (stroke_width);
  gsk_stroke_set_line_cap (stroke, GSK_LINE_CAP_ROUND);

  track_builder = gsk_path_builder_new ();
  gsk_path_builder_add_circle (track_builder, &centre, radius);
  track = gsk_path_builder_to_path (track_builder);
  gtk_snapshot_append_stroke (snapshot, track, stroke, &faint);

  if (self->fraction >= 0.9995)
    {
      gtk_snapshot_append_stroke (snapshot, track, stroke, &color);
    }
  else if (self->fraction > 0.0005)
    {
      g_autoptr(GskPathBuilder) builder = gsk_path_builder_new ();
      g_autoptr(GskPath) arc = NULL;
      /* From twelve o'clock, clockwise, what is left of the time. */
      double end = -G_PI / 2 + 2 * G_PI * self->fraction;

      gsk_path_builder_move_to (builder, centre.x, centre.y - radius);
      gsk_path_builder_svg_arc_to (builder, radius, radius, 0, self->fraction > 0.5, TRUE,
                                   centre.x + radius * cos (end), centre.y + radius * sin (end));
      arc = gsk_path_builder_to_path (builder);
      gtk_snapshot_append_stroke (snapshot, arc, stroke, &color);
    }
}

static void
ft_progress_ring_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  FtProgressRing *self = FT_PROGRESS_RING (object);

  switch (prop_id)
    {
    case PROP_FRACTION:
      g_value_set_double (value, self->fraction);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ft_progress_ring_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  FtProgressRing *self = FT_PROGRESS_RING (object);

  switch (prop_id)
    {
    case PROP_FRACTION:
      ft_progress_ring_set_fraction (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ft_progress_ring_class_init (FtProgressRingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = ft_progress_ring_get_property;
  object_class->set_property = ft_progress_ring_set_property;
  widget_class->measure = ft_progress_ring_measure;
  widget_class->snapshot = ft_progress_ring_snapshot;

  /**
   * FtProgressRing:fraction:
   *
   * What is left, from 0 (an empty track) to 1 (a full ring).
   */
  properties[PROP_FRACTION] = g_param_spec_double ("fraction", NULL, NULL, 0, 1, 1,
                                                   G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                   G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "progressring");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PROGRESS_BAR);
}

static void
ft_progress_ring_init (FtProgressRing *self)
{
  self->fraction = 1;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, 100.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, 100.0,
                                  -1);
}

GtkWidget *
ft_progress_ring_new (void)
{
  return g_object_new (FT_TYPE_PROGRESS_RING, NULL);
}

double
ft_progress_ring_get_fraction (FtProgressRing *self)
{
  g_return_val_if_fail (FT_IS_PROGRESS_RING (self), 0);

  return self->fraction;
}

/**
 * ft_progress_ring_set_fraction:
 * @fraction: what is left, 0 to 1 (clamped)
 */
void
ft_progress_ring_set_fraction (FtProgressRing *self,
                               double          fraction)
{
  g_return_if_fail (FT_IS_PROGRESS_RING (self));

  fraction = CLAMP (fraction, 0, 1);
  if (fraction == self->fraction)
    return;

  self->fraction = fraction;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, round (fraction * 100),
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
}
