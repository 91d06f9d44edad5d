/* ft-journal-row.c — one day of the history, with its week and any gap.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-journal-row.h"

#include <glib/gi18n.h>
#include <string.h>

struct _FtJournalRow
{
  GtkWidget  parent_instance;

  /* Template children */
  GtkWidget *box;
  GtkLabel  *week_label;
  GtkLabel  *gap_label;
  GtkLabel  *date_label;
  GtkLabel  *foot_label;
  GtkWidget *marks_box;
  GtkLabel  *note_label;
};

G_DEFINE_FINAL_TYPE (FtJournalRow, ft_journal_row, GTK_TYPE_WIDGET)

static const char *
severity_class (int value)
{
  if (value == 0)
    return "rating-none";
  if (value <= 3)
    return "rating-mild";
  if (value <= 6)
    return "rating-moderate";
  return "rating-severe";
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

static GDateTime *
noon_of (const GDate *day)
{
  return g_date_time_new_local (g_date_get_year (day), g_date_get_month (day),
                                g_date_get_day (day), 12, 0, 0);
}

static char *
describe_week (const GDate  *start,
               const GDate  *today,
               GDateWeekday  week_start)
{
  g_autoptr(GDateTime) date = noon_of (start);
  GDate this_week;
  int weeks_ago;

  week_start_of (today, week_start, &this_week);
  weeks_ago = g_date_days_between (start, &this_week) / 7;

  if (weeks_ago == 0)
    return g_strdup (_("This Week"));
  if (weeks_ago == 1)
    return g_strdup (_("Last Week"));

  /* Translators: a week's heading in the journal, see g_date_time_format() */
  return g_date_time_format (date, _("Week of %-d %B %Y"));
}

/* Rows are bound hundreds of times while a list scrolls, so the marks are
 * labels kept from one binding to the next, not made anew. */
static GtkWidget *
nth_mark (FtJournalRow *self,
          guint         index)
{
  GtkWidget *mark = gtk_widget_get_first_child (self->marks_box);

  for (guint i = 0; mark != NULL && i < index; i++)
    mark = gtk_widget_get_next_sibling (mark);

  if (mark == NULL)
    {
      mark = gtk_label_new (NULL);
      gtk_box_append (GTK_BOX (self->marks_box), mark);
    }

  return mark;
}

static void
set_mark (GtkWidget  *mark,
          const char *text,
          const char *style)
{
  const char *classes[] = { "rating-mark", style, NULL };

  gtk_label_set_label (GTK_LABEL (mark), text);
  gtk_widget_set_css_classes (mark, classes);
}

static void
add_marks (FtJournalRow   *self,
           FtJournalEntry *entry,
           GPtrArray      *symptoms)
{
  g_autoptr(GString) spoken = g_string_new (NULL);
  guint n_marks = 0;
  GtkWidget *extra;

  for (guint i = 0; i < symptoms->len; i++)
    {
      FtSymptom *symptom = g_ptr_array_index (symptoms, i);
      int value = ft_journal_entry_get_rating (entry, ft_symptom_get_id (symptom));
      char number[4];

      if (spoken->len > 0)
        g_string_append (spoken, "\n");

      /* Every shown symptom keeps its column, so days line up; a hidden
       * one appears only where it was rated. */
      if (value == FT_NOT_RATED)
        {
          if (ft_symptom_get_hidden (symptom))
            continue;

          set_mark (nth_mark (self, n_marks++), "–", "not-rated");
          /* Translators: a symptom left out of a day: "Numbness: not rated" */
          g_string_append_printf (spoken, _("%s: not rated"), ft_symptom_get_name (symptom));
          continue;
        }

      g_snprintf (number, sizeof number, "%d", value);
      set_mark (nth_mark (self, n_marks++), number, severity_class (value));
      /* Translators: a symptom, its rating and the rating's word: "Tingling: 3, mild" */
      g_string_append_printf (spoken, _("%s: %d, %s"), ft_symptom_get_name (symptom), value,
                              ft_rating_get_word (value));
    }

  /* Marks left over from a day with more symptoms go. */
  extra = gtk_widget_get_first_child (self->marks_box);
  for (guint i = 0; extra != NULL && i < n_marks; i++)
    extra = gtk_widget_get_next_sibling (extra);
  while (extra != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (extra);

      gtk_box_remove (GTK_BOX (self->marks_box), extra);
      extra = next;
    }

  gtk_widget_set_tooltip_text (self->marks_box, spoken->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, spoken->str,
                                  -1);
}

static void
ft_journal_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), FT_TYPE_JOURNAL_ROW);

  G_OBJECT_CLASS (ft_journal_row_parent_class)->dispose (object);
}

static void
ft_journal_row_class_init (FtJournalRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ft_journal_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ft-journal-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FtJournalRow, box);
  gtk_widget_class_bind_template_child (widget_class, FtJournalRow, week_label);
  gtk_widget_class_bind_template_child (widget_class, FtJournalRow, gap_label);
  gtk_widget_class_bind_template_child (widget_class, FtJournalRow, date_label);
  gtk_widget_class_bind_template_child (widget_class, FtJournalRow, foot_label);
  gtk_widget_class_bind_template_child (widget_class, FtJournalRow, marks_box);
  gtk_widget_class_bind_template_child (widget_class, FtJournalRow, note_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "journalrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ft_journal_row_init (FtJournalRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ft_journal_row_new (void)
{
  return g_object_new (FT_TYPE_JOURNAL_ROW, NULL);
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
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *week_text = NULL;
  const char *note;
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
  week_text = describe_week (&week, today, week_start);
  gtk_label_set_label (self->week_label, week_text);
  gtk_widget_set_visible (GTK_WIDGET (self->week_label),
                          newer == NULL || g_date_compare (&week, &above_week) != 0);

  missing = g_date_days_between (&day, &above) - 1;
  if (missing > 0)
    {
      g_autofree char *gap = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "%d day without a check-in",
                                                           "%d days without a check-in",
                                                           missing),
                                              missing);

      gtk_label_set_label (self->gap_label, gap);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->gap_label), missing > 0);

  date = noon_of (&day);
  /* Translators: a day in the journal's list, see g_date_time_format() */
  date_text = g_date_time_format (date, _("%a %-d %b"));
  gtk_label_set_label (self->date_label, date_text);
  gtk_label_set_label (self->foot_label, ft_foot_get_label (ft_journal_entry_get_foot (entry)));

  add_marks (self, entry, symptoms);

  note = ft_journal_entry_get_note (entry);
  if (note != NULL)
    {
      g_autofree char *first_line = g_strndup (note, strcspn (note, "\n"));

      if (ft_journal_entry_get_note_for_therapist (entry))
        {
          /* Translators: a note marked for the therapist, in the journal's list */
          g_autofree char *marked = g_strdup_printf (_("For my therapist: %s"), first_line);

          gtk_label_set_label (self->note_label, marked);
        }
      else
        gtk_label_set_label (self->note_label, first_line);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), note != NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, date_text,
                                  -1);
}
