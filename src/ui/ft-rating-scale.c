/* ft-rating-scale.c — the numbers 0–10 of a rating, one to pick.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The check-in shows a scale for every symptom on its first screen. As an
 * AdwToggleGroup each scale cost 11 buttons, 11 labels and 10 separators;
 * here it is one widget that draws what the toggle group would look like:
 * a trough, 11 steps with separators between them, the picked step raised.
 * The keyboard stays with FtRatingRow, so the scale never takes the focus.
 */

#include "config.h"

#include "ft-rating-scale.h"

#include <glib/gi18n.h>
#include <math.h>

#define N_STEPS (FT_RATING_MAX + 1)

/* The measures of libadwaita's toggle-group and its toggles and separators. */
#define TROUGH_RADIUS 9
#define PADDING 3
#define STEP_RADIUS (TROUGH_RADIUS - PADDING)
#define GAP 3             /* a 1 px separator and its 1 px margins */
#define SEPARATOR_INSET 6 /* from the top and bottom of the trough */
#define MIN_HEIGHT 34
#define MIN_STEP_WIDTH 24
#define NATURAL_STEP_WIDTH 34
#define TEXT_MARGIN_X 2
#define TEXT_MARGIN_Y 4

/* Shares of the foreground colour, as libadwaita mixes them. */
#define TROUGH_ALPHA 0.10
#define SEPARATOR_ALPHA 0.15
#define HOVER_ALPHA 0.07
#define PRESSED_ALPHA 0.16
#define RAISED_DARK_ALPHA 0.20
#define HIGH_CONTRAST_BORDER_ALPHA 0.50
#define DISABLED_OPACITY 0.40

struct _FtRatingScale
{
  GtkWidget    parent_instance;

  PangoLayout *digits[N_STEPS];
  int          value;
  int          hovered;      /* the step under the pointer, or -1 */
  int          pressed;      /* the step a click or tap began on, or -1 */
  /* The widest number and the line height, measured when first needed
   * after a style change, as the layouts are shaped then. */
  int          text_width;
  int          text_height;
  gboolean     text_measured;
};

G_DEFINE_FINAL_TYPE (FtRatingScale, ft_rating_scale, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VALUE,
  N_PROPS
};

enum {
  SIGNAL_PICKED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GdkRGBA
tint (const GdkRGBA *fg,
      float          share)
{
  return (GdkRGBA) { fg->red, fg->green, fg->blue, fg->alpha * share };
}

/* Numbers and separators snap to device pixels, at fractional scales too. */
static double
device_scale (GtkWidget *widget)
{
  GtkNative *native = gtk_widget_get_native (widget);
  GdkSurface *surface = native != NULL ? gtk_native_get_surface (native) : NULL;

  if (surface != NULL)
    return gdk_surface_get_scale (surface);

  return gtk_widget_get_scale_factor (widget);
}

static double
snap (double value,
      double scale)
{
  return round (value * scale) / scale;
}

/* Rounds down as GtkLabel places its text, so the numbers sit where the
 * toggle group's labels did. */
static double
snap_down (double value,
           double scale)
{
  return floor (value * scale) / scale;
}

/* As the toggle group's box lays out its toggles: whole pixels, with the
 * first steps a pixel wider when the width does not divide evenly, and the
 * first step at the left, or at the right in right-to-left text. */
static void
layout_steps (FtRatingScale   *self,
              graphene_rect_t  steps[N_STEPS])
{
  GtkWidget *widget = GTK_WIDGET (self);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int available = MAX (0, width - 2 * PADDING - (N_STEPS - 1) * GAP);
  int x = PADDING;

  for (int i = 0; i < N_STEPS; i++)
    {
      int step_width = available / N_STEPS + (i < available % N_STEPS ? 1 : 0);

      graphene_rect_init (&steps[i], rtl ? width - x - step_width : x, PADDING,
                          step_width, height - 2 * PADDING);
      x += step_width + GAP;
    }
}

/* Gaps and padding belong to the nearest step, so no pixel is dead. */
static void
step_area (FtRatingScale         *self,
           const graphene_rect_t *step,
           GdkRectangle          *area)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int left = (int) step->origin.x;
  int right = left + (int) step->size.width;

  area->x = left <= PADDING ? 0 : left - GAP / 2;
  area->y = 0;
  area->width = (right >= width - PADDING ? width : right + GAP - GAP / 2) - area->x;
  area->height = gtk_widget_get_height (GTK_WIDGET (self));
}

static int
step_at (FtRatingScale *self,
         double         x,
         double         y)
{
  graphene_rect_t steps[N_STEPS];

  layout_steps (self, steps);
  for (int i = 0; i < N_STEPS; i++)
    {
      GdkRectangle area;

      step_area (self, &steps[i], &area);
      if (x >= area.x && x < area.x + area.width && y >= area.y && y < area.y + area.height)
        return i;
    }

  return -1;
}

static gboolean
at_rest (FtRatingScale *self,
         int            step)
{
  return step != self->value && step != self->hovered && step != self->pressed;
}

static void
measure_text (FtRatingScale *self)
{
  if (self->text_measured)
    return;

  self->text_measured = TRUE;
  self->text_width = 0;
  self->text_height = 0;

  for (int i = 0; i < N_STEPS; i++)
    {
      int width;
      int height;

      pango_layout_get_pixel_size (self->digits[i], &width, &height);
      self->text_width = MAX (self->text_width, width);
      self->text_height = MAX (self->text_height, height);
    }
}

static void
update_accessible (FtRatingScale *self)
{
  if (self->value == FT_NOT_RATED)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_VALUE_NOW);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT,
                                      ft_rating_get_word (FT_NOT_RATED),
                                      -1);
    }
  else
    {
      /* Translators: a step of the 0–10 scale and its word, "3, mild" */
      g_autofree char *text = g_strdup_printf (_("%d, %s"), self->value,
                                               ft_rating_get_word (self->value));

      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, (double) self->value,
                                      GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text,
                                      -1);
    }
}

static void
set_hovered (FtRatingScale *self,
             int            step)
{
  if (step == self->hovered)
    return;

  self->hovered = step;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_pressed (FtRatingScale *self,
             int            step)
{
  if (step == self->pressed)
    return;

  self->pressed = step;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* A rounded box; high contrast outlines what the normal style only tints. */
static void
draw_box (GtkSnapshot           *snapshot,
          const graphene_rect_t *bounds,
          float                  radius,
          const GdkRGBA         *fill,
          const GdkRGBA         *border)
{
  GskRoundedRect box;

  gsk_rounded_rect_init_from_rect (&box, bounds, radius);
  gtk_snapshot_push_rounded_clip (snapshot, &box);
  gtk_snapshot_append_color (snapshot, fill, bounds);
  gtk_snapshot_pop (snapshot);

  if (border != NULL)
    gtk_snapshot_append_border (snapshot, &box,
                                (float[4]) { 1, 1, 1, 1 },
                                (GdkRGBA[4]) { *border, *border, *border, *border });
}

static void
click_pressed_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  FtRatingScale   *self)
{
  set_pressed (self, step_at (self, x, y));
}

/* A step is picked where the click or tap both began and ended. */
static void
click_released_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   FtRatingScale   *self)
{
  int step = step_at (self, x, y);
  gboolean picked = step >= 0 && step == self->pressed;

  set_pressed (self, -1);
  if (!picked)
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  ft_rating_scale_set_value (self, step);
  g_signal_emit (self, signals[SIGNAL_PICKED], 0, step);
}

static void
click_stopped_cb (GtkGestureClick *gesture,
                  FtRatingScale   *self)
{
  set_pressed (self, -1);
}

static void
motion_enter_cb (GtkEventControllerMotion *motion,
                 double                    x,
                 double                    y,
                 FtRatingScale            *self)
{
  set_hovered (self, step_at (self, x, y));
}

static void
motion_motion_cb (GtkEventControllerMotion *motion,
                  double                    x,
                  double                    y,
                  FtRatingScale            *self)
{
  set_hovered (self, step_at (self, x, y));
}

static void
motion_leave_cb (GtkEventControllerMotion *motion,
                 FtRatingScale            *self)
{
  set_hovered (self, -1);
}

static void
style_manager_notify_cb (FtRatingScale *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
ft_rating_scale_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  FtRatingScale *self = FT_RATING_SCALE (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_int (value, self->value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ft_rating_scale_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  FtRatingScale *self = FT_RATING_SCALE (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      ft_rating_scale_set_value (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ft_rating_scale_dispose (GObject *object)
{
  FtRatingScale *self = FT_RATING_SCALE (object);

  for (int i = 0; i < N_STEPS; i++)
    g_clear_object (&self->digits[i]);

  G_OBJECT_CLASS (ft_rating_scale_parent_class)->dispose (object);
}

static void
ft_rating_scale_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  FtRatingScale *self = FT_RATING_SCALE (widget);

  measure_text (self);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Large text widens the steps rather than crowding the numbers. */
      int step_width = MAX (MIN_STEP_WIDTH, self->text_width + 2 * TEXT_MARGIN_X);

      *minimum = 2 * PADDING + (N_STEPS - 1) * GAP + N_STEPS * step_width;
      *natural = MAX (*minimum,
                      2 * PADDING + (N_STEPS - 1) * GAP + N_STEPS * NATURAL_STEP_WIDTH);
    }
  else
    {
      *minimum = *natural = MAX (MIN_HEIGHT,
                                 self->text_height + 2 * (PADDING + TEXT_MARGIN_Y));
    }
}

static void
ft_rating_scale_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  FtRatingScale *self = FT_RATING_SCALE (widget);
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (style_manager);
  gboolean high_contrast = adw_style_manager_get_high_contrast (style_manager);
  gboolean sensitive = gtk_widget_is_sensitive (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double scale = device_scale (widget);
  /* One device pixel or more, never a blurred fraction of one. */
  float line = MAX (1.0, round (scale)) / scale;
  graphene_rect_t steps[N_STEPS];
  GdkRGBA fg;
  GdkRGBA trough;
  GdkRGBA separator;
  GdkRGBA border;
  const GdkRGBA *outline;

  if (width <= 0 || height <= 0)
    return;

  gtk_widget_get_color (widget, &fg);
  trough = tint (&fg, TROUGH_ALPHA);
  separator = tint (&fg, high_contrast ? HIGH_CONTRAST_BORDER_ALPHA : SEPARATOR_ALPHA);
  border = tint (&fg, HIGH_CONTRAST_BORDER_ALPHA);
  outline = high_contrast ? &border : NULL;

  layout_steps (self, steps);

  if (!sensitive)
    gtk_snapshot_push_opacity (snapshot, DISABLED_OPACITY);

  draw_box (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height), TROUGH_RADIUS, &trough, outline);

  /* As in the toggle group, a separator shows only between two steps at rest. */
  for (int i = 0; i + 1 < N_STEPS; i++)
    {
      double gap_start;
      double gap_end;

      if (!at_rest (self, i) || !at_rest (self, i + 1))
        continue;

      gap_start = MIN (steps[i].origin.x + steps[i].size.width,
                       steps[i + 1].origin.x + steps[i + 1].size.width);
      gap_end = MAX (steps[i].origin.x, steps[i + 1].origin.x);
      gtk_snapshot_append_color (snapshot, &separator,
                                 &GRAPHENE_RECT_INIT (snap ((gap_start + gap_end - line) / 2, scale),
                                                      SEPARATOR_INSET,
                                                      line,
                                                      height - 2 * SEPARATOR_INSET));
    }

  for (int i = 0; i < N_STEPS; i++)
    {
      GdkRGBA fill;

      if (i == self->value || (i != self->pressed && i != self->hovered))
        continue;

      fill = tint (&fg, i == self->pressed ? PRESSED_ALPHA : HOVER_ALPHA);
      draw_box (snapshot, &steps[i], STEP_RADIUS, &fill, outline);
    }

  /* The picked step is raised like the active toggle: white over a soft
   * shadow in the light style, a lighter tint in the dark one. */
  if (self->value != FT_NOT_RATED)
    {
      const graphene_rect_t *bounds = &steps[self->value];
      GdkRGBA raised = dark ? tint (&fg, RAISED_DARK_ALPHA) : (GdkRGBA) { 1, 1, 1, 1 };
      GskRoundedRect box;

      gsk_rounded_rect_init_from_rect (&box, bounds, STEP_RADIUS);
      if (sensitive)
        {
          gtk_snapshot_append_outset_shadow (snapshot, &box, &(GdkRGBA) { 0, 0, 6 / 255.0, 0.07 },
                                             0, 1, 1, 3);
          gtk_snapshot_append_outset_shadow (snapshot, &box, &(GdkRGBA) { 0, 0, 6 / 255.0, 0.03 },
                                             0, 2, 2, 6);
        }
      draw_box (snapshot, bounds, STEP_RADIUS, &raised, outline);
    }

  for (int i = 0; i < N_STEPS; i++)
    {
      int text_width;
      int text_height;
      double x;
      double y;

      pango_layout_get_pixel_size (self->digits[i], &text_width, &text_height);
      x = snap_down (steps[i].origin.x + (steps[i].size.width - text_width) / 2, scale);
      y = snap_down ((height - text_height) / 2.0, scale);

      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
      gtk_snapshot_append_layout (snapshot, self->digits[i], &fg);
      gtk_snapshot_restore (snapshot);
    }

  if (!sensitive)
    gtk_snapshot_pop (snapshot);
}

static gboolean
ft_rating_scale_query_tooltip (GtkWidget  *widget,
                               int         x,
                               int         y,
                               gboolean    keyboard_tooltip,
                               GtkTooltip *tooltip)
{
  FtRatingScale *self = FT_RATING_SCALE (widget);
  g_autofree char *text = NULL;
  int step = keyboard_tooltip ? -1 : step_at (self, x, y);
  graphene_rect_t steps[N_STEPS];
  GdkRectangle area;

  if (step < 0)
    return FALSE;

  /* Translators: the tooltip of one step of the 0–10 scale, "3, mild" */
  text = g_strdup_printf (_("%d, %s"), step, ft_rating_get_word (step));
  gtk_tooltip_set_text (tooltip, text);

  /* Limited to the step, the tooltip follows the pointer from one number
   * to the next as it would between toggles. */
  layout_steps (self, steps);
  step_area (self, &steps[step], &area);
  gtk_tooltip_set_tip_area (tooltip, &area);

  return TRUE;
}

/* Fonts follow the style, so the layouts are told when it changes. A window
 * restyles several times before its first frame: the numbers are shaped
 * again only when next measured. */
static void
ft_rating_scale_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  FtRatingScale *self = FT_RATING_SCALE (widget);

  GTK_WIDGET_CLASS (ft_rating_scale_parent_class)->css_changed (widget, change);

  for (int i = 0; i < N_STEPS; i++)
    pango_layout_context_changed (self->digits[i]);
  self->text_measured = FALSE;
  gtk_widget_queue_resize (widget);
}

static void
ft_rating_scale_state_flags_changed (GtkWidget     *widget,
                                     GtkStateFlags  previous_state)
{
  GTK_WIDGET_CLASS (ft_rating_scale_parent_class)->state_flags_changed (widget, previous_state);

  if ((previous_state ^ gtk_widget_get_state_flags (widget)) & GTK_STATE_FLAG_INSENSITIVE)
    gtk_widget_queue_draw (widget);
}

static void
ft_rating_scale_class_init (FtRatingScaleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = ft_rating_scale_get_property;
  object_class->set_property = ft_rating_scale_set_property;
  object_class->dispose = ft_rating_scale_dispose;
  widget_class->measure = ft_rating_scale_measure;
  widget_class->snapshot = ft_rating_scale_snapshot;
  widget_class->query_tooltip = ft_rating_scale_query_tooltip;
  widget_class->css_changed = ft_rating_scale_css_changed;
  widget_class->state_flags_changed = ft_rating_scale_state_flags_changed;

  /**
   * FtRatingScale:value:
   *
   * The rating shown, 0–10, or %FT_NOT_RATED.
   */
  properties[PROP_VALUE] = g_param_spec_int ("value", NULL, NULL,
                                             FT_NOT_RATED, FT_RATING_MAX, FT_NOT_RATED,
                                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                             G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FtRatingScale::picked:
   * @value: the rating the person picked
   *
   * The person clicked or tapped a number; setting
   * #FtRatingScale:value does not emit it.
   */
  signals[SIGNAL_PICKED] = g_signal_new ("picked",
                                         G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_css_name (widget_class, "ratingscale");
  /* A spin button can have no value yet, which a slider cannot. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_SPIN_BUTTON);
}

static void
ft_rating_scale_init (FtRatingScale *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->value = FT_NOT_RATED;
  self->hovered = -1;
  self->pressed = -1;

  for (int i = 0; i < N_STEPS; i++)
    {
      char text[4];
      PangoAttrList *attrs = pango_attr_list_new ();

      g_snprintf (text, sizeof text, "%d", i);
      self->digits[i] = gtk_widget_create_pango_layout (widget, text);
      pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum"));
      pango_layout_set_attributes (self->digits[i], attrs);
      pango_attr_list_unref (attrs);
    }

  /* FtRatingRow takes the digits and arrow keys: one tab stop a row. */
  gtk_widget_set_can_focus (widget, FALSE);
  gtk_widget_set_focusable (widget, FALSE);
  gtk_widget_set_hexpand (widget, TRUE);
  gtk_widget_set_has_tooltip (widget, TRUE);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  g_signal_connect (click, "released", G_CALLBACK (click_released_cb), self);
  g_signal_connect (click, "stopped", G_CALLBACK (click_stopped_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));

  g_signal_connect (motion, "enter", G_CALLBACK (motion_enter_cb), self);
  g_signal_connect (motion, "motion", G_CALLBACK (motion_motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (motion_leave_cb), self);
  gtk_widget_add_controller (widget, motion);

  g_signal_connect_object (style_manager, "notify::dark",
                           G_CALLBACK (style_manager_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (style_manager, "notify::high-contrast",
                           G_CALLBACK (style_manager_notify_cb), self, G_CONNECT_SWAPPED);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, (double) FT_RATING_MAX,
                                  -1);
  update_accessible (self);
}

GtkWidget *
ft_rating_scale_new (void)
{
  return g_object_new (FT_TYPE_RATING_SCALE, NULL);
}

int
ft_rating_scale_get_value (FtRatingScale *self)
{
  g_return_val_if_fail (FT_IS_RATING_SCALE (self), FT_NOT_RATED);

  return self->value;
}

/**
 * ft_rating_scale_set_value:
 * @value: 0–10, or %FT_NOT_RATED
 *
 * Shows a rating; unlike a click or tap, it does not emit
 * #FtRatingScale::picked.
 */
void
ft_rating_scale_set_value (FtRatingScale *self,
                           int            value)
{
  g_return_if_fail (FT_IS_RATING_SCALE (self));
  g_return_if_fail (value == FT_NOT_RATED || (value >= 0 && value <= FT_RATING_MAX));

  if (value == self->value)
    return;

  self->value = value;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}
