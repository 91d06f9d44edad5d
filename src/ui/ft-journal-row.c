/* ft-journal-row.c — one day of the history, with its week and any gap.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Journal list makes and binds up to 200 rows when it opens and more
 * with every scroll, so a row is drawn rather than built from a dozen
 * labels: one widget and a card behind it for the style's background. Its
 * size comes from font metrics measured once for all rows; text is laid
 * out only for the rows that are drawn.
 */

#include "config.h"

#include "ft-journal-row.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ft-day-format.h"

#define SIDE_MARGIN 12
#define WEEK_TOP 18
#define WEEK_BOTTOM 6
#define GAP_BOTTOM 6
#define CARD_PADDING 12
#define ROW_BOTTOM 6
#define NOTE_SPACING 6
#define MARK_SPACING 4
#define MARK_MIN_WIDTH 22
#define MARK_PADDING_X 4
#define MARK_PADDING_Y 2
#define MARK_RADIUS 6
#define DIM_ALPHA 0.55

typedef struct
{
  char       text[4];
  FtSeverity severity;
  int        text_width;
  int        width;
} Mark;

typedef enum
{
  TEXT_WEEK,
  TEXT_GAP,
  TEXT_DATE,
  TEXT_FOOT,
  TEXT_NOTE,
  TEXT_MARK,
  N_TEXTS
} Text;

/* How each kind of text is set: weight and size against the body font. */
static const struct
{
  gboolean bold;
  double   scale;
} text_styles[N_TEXTS] = {
  [TEXT_WEEK] = { TRUE, 1.0 },
  [TEXT_GAP] = { FALSE, 0.83 },
  [TEXT_DATE] = { TRUE, 1.0 },
  [TEXT_FOOT] = { FALSE, 0.83 },
  [TEXT_NOTE] = { FALSE, 1.0 },
  [TEXT_MARK] = { TRUE, 0.9 },
};

/* Shared by every row: line heights and the widths of the marks' numbers,
 * measured again only when the font changes. */
static struct
{
  PangoFontDescription *font;
  int                   line_height[N_TEXTS];
  int                   number_width[FT_RATING_MAX + 2];
} metrics;

struct _FtJournalRow
{
  GtkWidget    parent_instance;

  GtkWidget   *card;
  /* Made at the first drawing; rows that are never drawn need none. */
  PangoLayout *layouts[N_TEXTS];
  char        *texts[N_TEXTS];
  gboolean     texts_changed;
  GArray      *marks;
  char        *summary;
  int          marks_width;
};

G_DEFINE_FINAL_TYPE (FtJournalRow, ft_journal_row, GTK_TYPE_WIDGET)

/* Calm tints from the GNOME palette that deepen with severity; the same in
 * light and dark, where they read over either background. */
static void
mark_color (FtSeverity     severity,
            const GdkRGBA *fg,
            GdkRGBA       *color)
{
  switch (severity)
    {
    case FT_SEVERITY_MILD:
      *color = (GdkRGBA) { 0xf6 / 255.0, 0xd3 / 255.0, 0x2d / 255.0, 0.40 };
      break;

    case FT_SEVERITY_MODERATE:
      *color = (GdkRGBA) { 0xff / 255.0, 0x78 / 255.0, 0x00 / 255.0, 0.45 };
      break;

    case FT_SEVERITY_SEVERE:
      *color = (GdkRGBA) { 0xe0 / 255.0, 0x1b / 255.0, 0x24 / 255.0, 0.45 };
      break;

    case FT_SEVERITY_NONE:
      *color = (GdkRGBA) { fg->red, fg->green, fg->blue, 0.10 };
      break;

    case FT_SEVERITY_NOT_RATED:
    default:
      *color = (GdkRGBA) { 0, 0, 0, 0 };
      break;
    }
}

static PangoAttrList *
text_attributes (Text text)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  if (text_styles[text].bold)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  if (text_styles[text].scale != 1.0)
    pango_attr_list_insert (attrs, pango_attr_scale_new (text_styles[text].scale));
  if (text == TEXT_MARK)
    pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum"));

  return attrs;
}

static void
ensure_metrics (FtJournalRow *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  const PangoFontDescription *font = pango_context_get_font_description (context);
  g_autoptr(PangoLayout) layout = NULL;

  if (metrics.font != NULL && pango_font_description_equal (metrics.font, font))
    return;

  g_clear_pointer (&metrics.font, pango_font_description_free);
  metrics.font = pango_font_description_copy (font);
  layout = pango_layout_new (context);

  for (guint text = 0; text < N_TEXTS; text++)
    {
      PangoAttrList *attrs = text_attributes (text);

      pango_layout_set_attributes (layout, attrs);
      pango_layout_set_text (layout, "Ag", -1);
      pango_layout_get_pixel_size (layout, NULL, &metrics.line_height[text]);
      pango_attr_list_unref (attrs);
    }

  /* Index 0–10 for the ratings, the last for the not-rated dash. */
  {
    PangoAttrList *attrs = text_attributes (TEXT_MARK);

    pango_layout_set_attributes (layout, attrs);
    pango_attr_list_unref (attrs);
  }
  for (int i = 0; i <= FT_RATING_MAX + 1; i++)
    {
      char number[4];

      g_snprintf (number, sizeof number, "%d", i);
      pango_layout_set_text (layout, i <= FT_RATING_MAX ? number : "–", -1);
      pango_layout_get_pixel_size (layout, &metrics.number_width[i], NULL);
    }
}

static int
mark_height (void)
{
  return metrics.line_height[TEXT_MARK] + 2 * MARK_PADDING_Y;
}

static PangoLayout *
layout_for (FtJournalRow *self,
            Text          text)
{
  if (self->layouts[text] == NULL)
    {
      PangoAttrList *attrs = text_attributes (text);

      self->layouts[text] = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
      pango_layout_set_attributes (self->layouts[text], attrs);
      pango_attr_list_unref (attrs);
      if (text == TEXT_NOTE)
        {
          pango_layout_set_ellipsize (self->layouts[text], PANGO_ELLIPSIZE_END);
          pango_layout_set_single_paragraph_mode (self->layouts[text], TRUE);
        }
    }

  return self->layouts[text];
}

static void
set_text (FtJournalRow *self,
          Text          text,
          const char   *value)
{
  if (g_set_str (&self->texts[text], value))
    self->texts_changed = TRUE;
}

static int
header_height (FtJournalRow *self)
{
  int height = 0;

  if (self->texts[TEXT_WEEK] != NULL)
    height += WEEK_TOP + metrics.line_height[TEXT_WEEK] + WEEK_BOTTOM;
  if (self->texts[TEXT_GAP] != NULL)
    height += metrics.line_height[TEXT_GAP] + GAP_BOTTOM;

  return height;
}

static int
top_height (void)
{
  return MAX (metrics.line_height[TEXT_DATE] + metrics.line_height[TEXT_FOOT], mark_height ());
}

static int
card_height (FtJournalRow *self)
{
  int height = 2 * CARD_PADDING + top_height ();

  if (self->texts[TEXT_NOTE] != NULL)
    height += NOTE_SPACING + metrics.line_height[TEXT_NOTE];

  return height;
}

static void
ft_journal_row_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  FtJournalRow *self = FT_JOURNAL_ROW (widget);

  ensure_metrics (self);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Room for a date such as "Wed 30 Sep" beside the marks. */
      *minimum = 2 * CARD_PADDING + 6 * metrics.line_height[TEXT_DATE] + SIDE_MARGIN +
                 self->marks_width;
      *natural = MAX (*minimum, 480);
    }
  else
    {
      *minimum = *natural = header_height (self) + card_height (self) + ROW_BOTTOM;
    }
}

static void
ft_journal_row_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  FtJournalRow *self = FT_JOURNAL_ROW (widget);

  ensure_metrics (self);
  gtk_widget_size_allocate (self->card,
                            &(GtkAllocation) { 0, header_height (self), width,
                                               card_height (self) },
                            -1);

  if (self->layouts[TEXT_NOTE] != NULL)
    pango_layout_set_width (self->layouts[TEXT_NOTE], MAX (1, width - 2 * CARD_PADDING) * PANGO_SCALE);
}

static void
draw_layout (GtkSnapshot   *snapshot,
             PangoLayout   *layout,
             int            x,
             int            y,
             const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
draw_marks (FtJournalRow  *self,
            GtkSnapshot   *snapshot,
            int            right,
            int            centre_y,
            const GdkRGBA *fg,
            const GdkRGBA *dim)
{
  int height = mark_height ();
  PangoLayout *layout = layout_for (self, TEXT_MARK);
  int x = right;

  for (guint i = self->marks->len; i > 0; i--)
    {
      const Mark *mark = &g_array_index (self->marks, Mark, i - 1);
      int width = mark->width;
      GskRoundedRect box;
      GdkRGBA fill;

      x -= width;
      mark_color (mark->severity, fg, &fill);
      gsk_rounded_rect_init_from_rect (&box,
                                       &GRAPHENE_RECT_INIT (x, centre_y - height / 2,
                                                            width, height),
                                       MARK_RADIUS);
      if (fill.alpha > 0)
        {
          gtk_snapshot_push_rounded_clip (snapshot, &box);
          gtk_snapshot_append_color (snapshot, &fill, &box.bounds);
          gtk_snapshot_pop (snapshot);
        }

      pango_layout_set_text (layout, mark->text, -1);
      draw_layout (snapshot, layout, x + (width - mark->text_width) / 2,
                   centre_y - height / 2 + MARK_PADDING_Y,
                   mark->severity == FT_SEVERITY_NOT_RATED ? dim : fg);

      x -= MARK_SPACING;
    }
}

/* Lays out the texts of a row about to be drawn, once a binding. */
static void
update_layouts (FtJournalRow *self)
{
  if (!self->texts_changed)
    return;

  for (guint text = 0; text < N_TEXTS; text++)
    {
      if (self->texts[text] != NULL)
        pango_layout_set_text (layout_for (self, text), self->texts[text], -1);
    }
  pango_layout_set_width (layout_for (self, TEXT_NOTE),
                          MAX (1, gtk_widget_get_width (GTK_WIDGET (self)) - 2 * CARD_PADDING) *
                          PANGO_SCALE);
  self->texts_changed = FALSE;
}

static void
ft_journal_row_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  FtJournalRow *self = FT_JOURNAL_ROW (widget);
  int width = gtk_widget_get_width (widget);
  int y = 0;
  int card_y;
  GdkRGBA fg;
  GdkRGBA dim;

  ensure_metrics (self);
  update_layouts (self);
  gtk_widget_get_color (widget, &fg);
  dim = (GdkRGBA) { fg.red, fg.green, fg.blue, fg.alpha * DIM_ALPHA };

  if (self->texts[TEXT_WEEK] != NULL)
    {
      draw_layout (snapshot, self->layouts[TEXT_WEEK], SIDE_MARGIN, WEEK_TOP, &fg);
      y += WEEK_TOP + metrics.line_height[TEXT_WEEK] + WEEK_BOTTOM;
    }
  if (self->texts[TEXT_GAP] != NULL)
    {
      draw_layout (snapshot, self->layouts[TEXT_GAP], SIDE_MARGIN, y, &dim);
      y += metrics.line_height[TEXT_GAP] + GAP_BOTTOM;
    }

  gtk_widget_snapshot_child (widget, self->card, snapshot);

  card_y = y + CARD_PADDING;
  draw_layout (snapshot, self->layouts[TEXT_DATE], CARD_PADDING, card_y, &fg);
  draw_layout (snapshot, self->layouts[TEXT_FOOT], CARD_PADDING,
               card_y + metrics.line_height[TEXT_DATE], &dim);
  draw_marks (self, snapshot, width - CARD_PADDING, card_y + top_height () / 2, &fg, &dim);

  if (self->texts[TEXT_NOTE] != NULL)
    draw_layout (snapshot, self->layouts[TEXT_NOTE], CARD_PADDING,
                 card_y + top_height () + NOTE_SPACING, &dim);
}

static gboolean
ft_journal_row_query_tooltip (GtkWidget  *widget,
                              int         x,
                              int         y,
                              gboolean    keyboard_tooltip,
                              GtkTooltip *tooltip)
{
  FtJournalRow *self = FT_JOURNAL_ROW (widget);

  if (self->summary == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, self->summary);

  return TRUE;
}

/* Fonts follow the style, so the layouts are told when it changes. */
static void
ft_journal_row_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  FtJournalRow *self = FT_JOURNAL_ROW (widget);

  GTK_WIDGET_CLASS (ft_journal_row_parent_class)->css_changed (widget, change);

  for (guint text = 0; text < N_TEXTS; text++)
    {
      if (self->layouts[text] != NULL)
        pango_layout_context_changed (self->layouts[text]);
    }
  gtk_widget_queue_resize (widget);
}

static void
ft_journal_row_dispose (GObject *object)
{
  FtJournalRow *self = FT_JOURNAL_ROW (object);

  g_clear_pointer (&self->card, gtk_widget_unparent);
  for (guint text = 0; text < N_TEXTS; text++)
    {
      g_clear_object (&self->layouts[text]);
      g_clear_pointer (&self->texts[text], g_free);
    }
  g_clear_pointer (&self->marks, g_array_unref);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (ft_journal_row_parent_class)->dispose (object);
}

static void
ft_journal_row_class_init (FtJournalRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ft_journal_row_dispose;
  widget_class->measure = ft_journal_row_measure;
  widget_class->size_allocate = ft_journal_row_size_allocate;
  widget_class->snapshot = ft_journal_row_snapshot;
  widget_class->query_tooltip = ft_journal_row_query_tooltip;
  widget_class->css_changed = ft_journal_row_css_changed;

  gtk_widget_class_set_css_name (widget_class, "journalrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ft_journal_row_init (FtJournalRow *self)
{
  self->card = g_object_new (ADW_TYPE_BIN,
                             "css-classes", (const char *[]) { "card", NULL },
                             "can-target", FALSE,
                             NULL);
  gtk_widget_set_parent (self->card, GTK_WIDGET (self));

  self->marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

GtkWidget *
ft_journal_row_new (void)
{
  return g_object_new (FT_TYPE_JOURNAL_ROW, NULL);
}

static void
week_start_of (const GDate  *day,
               GDateWeekday  week_start,
               GDate        *start)
{
  int back = ((int) g_date_get_weekday (day) - (int) week_start + 7) % 7;

  *start = *day;
  g_date_subtract_days (start, back);
}

static void
set_week (FtJournalRow *self,
          const GDate  *start,
          const GDate  *today,
          GDateWeekday  week_start)
{
  GDate this_week;
  int weeks_ago;

  week_start_of (today, week_start, &this_week);
  weeks_ago = g_date_days_between (start, &this_week) / 7;

  if (weeks_ago == 0)
    set_text (self, TEXT_WEEK, _("This Week"));
  else if (weeks_ago == 1)
    set_text (self, TEXT_WEEK, _("Last Week"));
  else
    {
      g_autofree char *date = NULL;
      g_autofree char *text = NULL;

      /* Translators: a date in a week's heading, see strftime() */
      date = ft_day_format (start, _("%-d %B %Y"));
      /* Translators: a week's heading in the journal; %s is a date */
      text = g_strdup_printf (_("Week of %s"), date);
      set_text (self, TEXT_WEEK, text);
    }
}

/**
 * ft_journal_row_bind:
 * @entry: the day to show
 * @newer: (nullable): the entry above it in the list, if any
 * @today: the person's today
 * @week_start: the first day of the week, from Preferences
 * @symptoms: every symptom, hidden ones too, in order
 *
 * Shows @entry, with a week heading when it starts a new week and a note
 * of the days without a check-in between it and @newer.
 */
void
ft_journal_row_bind (FtJournalRow   *self,
                     FtJournalEntry *entry,
                     FtJournalEntry *newer,
                     const GDate    *today,
                     GDateWeekday    week_start,
                     GPtrArray      *symptoms)
{
  g_autoptr(GString) summary = g_string_new (NULL);
  const char *note;
  g_autofree char *date_text = NULL;
  GDate day;
  GDate above;
  GDate week;
  GDate above_week;
  int missing;

  g_return_if_fail (FT_IS_JOURNAL_ROW (self));
  g_return_if_fail (FT_IS_JOURNAL_ENTRY (entry));

  ft_journal_entry_get_day (entry, &day);
  if (newer != NULL)
    ft_journal_entry_get_day (newer, &above);
  else
    {
      /* Above the newest entry stands today itself. */
      above = *today;
      g_date_add_days (&above, 1);
    }

  week_start_of (&day, week_start, &week);
  week_start_of (&above, week_start, &above_week);
  if (newer == NULL || g_date_compare (&week, &above_week) != 0)
    set_week (self, &week, today, week_start);
  else
    set_text (self, TEXT_WEEK, NULL);

  missing = g_date_days_between (&day, &above) - 1;
  set_text (self, TEXT_GAP, NULL);
  if (missing > 0)
    {
      g_autofree char *gap = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "%d day without a check-in",
                                                           "%d days without a check-in",
                                                           missing),
                                              missing);

      set_text (self, TEXT_GAP, gap);
    }

  /* Translators: a day in the journal's list, see strftime() */
  date_text = ft_day_format (&day, _("%a %-d %b"));
  set_text (self, TEXT_DATE, date_text);
  set_text (self, TEXT_FOOT, ft_foot_get_label (ft_journal_entry_get_foot (entry)));

  /* Every shown symptom keeps its column, so days line up; a hidden one
   * appears only where it was rated. */
  ensure_metrics (self);
  g_array_set_size (self->marks, 0);
  self->marks_width = 0;
  for (guint i = 0; i < symptoms->len; i++)
    {
      FtSymptom *symptom = g_ptr_array_index (symptoms, i);
      int value = ft_journal_entry_get_rating (entry, ft_symptom_get_id (symptom));
      Mark mark = { "–", ft_rating_get_severity (value), 0, 0 };

      if (value == FT_NOT_RATED && ft_symptom_get_hidden (symptom))
        continue;

      if (summary->len > 0)
        g_string_append_c (summary, '\n');

      if (value == FT_NOT_RATED)
        /* Translators: a symptom left out of a day: "Numbness: not rated" */
        {
          g_string_append_printf (summary, _("%s: not rated"), ft_symptom_get_name (symptom));
          mark.text_width = metrics.number_width[FT_RATING_MAX + 1];
        }
      else
        {
          g_snprintf (mark.text, sizeof mark.text, "%d", value);
          mark.text_width = metrics.number_width[value];
          /* Translators: a symptom, its rating and the rating's word: "Tingling: 3, mild" */
          g_string_append_printf (summary, _("%s: %d, %s"), ft_symptom_get_name (symptom), value,
                                  ft_rating_get_word (value));
        }
      mark.width = MAX (MARK_MIN_WIDTH, mark.text_width + 2 * MARK_PADDING_X);
      self->marks_width += mark.width + MARK_SPACING;
      g_array_append_val (self->marks, mark);
    }

  note = ft_journal_entry_get_note (entry);
  set_text (self, TEXT_NOTE, NULL);
  if (note != NULL)
    {
      g_autofree char *first_line = g_strndup (note, strcspn (note, "\n"));

      if (ft_journal_entry_get_note_for_therapist (entry))
        {
          /* Translators: a note marked for the therapist, in the journal's list */
          g_autofree char *marked = g_strdup_printf (_("For my therapist: %s"), first_line);

          set_text (self, TEXT_NOTE, marked);
        }
      else
        set_text (self, TEXT_NOTE, first_line);
    }

  g_free (self->summary);
  self->summary = g_strdup (summary->str);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, date_text,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary->str,
                                  -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
