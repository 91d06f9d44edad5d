/* ft-session-dialog.c — the form for a session logged by hand, or one to correct.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Logging by hand writes every step of the routine: all of them completed,
 * or, for a session partly done, the first ones completed and the rest
 * skipped. Correcting a session changes only what the log lets change
 * afterwards: its day and time (the duration and steps move along), the
 * outcome and the two ratings.
 */

#include "config.h"

#include "ft-session-dialog.h"

#include <glib/gi18n.h>

#include "ft-date-row.h"
#include "ft-routine-format.h"
#include "ft-window.h"

/* The outcomes the form offers, in the outcome row's order. */
static const FtSessionOutcome outcomes[] = {
  FT_SESSION_COMPLETED,
  FT_SESSION_PARTIAL,
  FT_SESSION_SKIPPED,
};

struct _FtSessionDialog
{
  AdwDialog          parent_instance;

  FtSessionLog      *session_log;
  FtExerciseCatalog *catalog;
  /* The routines offered, in the routine row's order (logging only). */
  GPtrArray         *routines;
  /* The session being corrected, or NULL when logging a new one. */
  FtSession         *session;

  /* Template children */
  AdwToastOverlay   *toast_overlay;
  GtkButton         *save_button;
  AdwComboRow       *routine_row;
  GtkStringList     *routine_list;
  FtDateRow         *day_row;
  AdwActionRow      *time_row;
  GtkMenuButton     *time_button;
  GtkSpinButton     *hour_spin;
  GtkSpinButton     *minute_spin;
  AdwSpinRow        *duration_row;
  AdwComboRow       *outcome_row;
  GtkStringList     *outcome_list;
  AdwSpinRow        *steps_row;
  AdwComboRow       *before_row;
  AdwComboRow       *after_row;
  GtkStringList     *rating_list;
  AdwPreferencesGroup *delete_group;
};

G_DEFINE_FINAL_TYPE (FtSessionDialog, ft_session_dialog, ADW_TYPE_DIALOG)

static FtRoutine *
selected_routine (FtSessionDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->routine_row);

  if (self->routines == NULL || selected >= self->routines->len)
    return NULL;

  return g_ptr_array_index (self->routines, selected);
}

static FtSessionOutcome
selected_outcome (FtSessionDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->outcome_row);

  return selected < G_N_ELEMENTS (outcomes) ? outcomes[selected] : FT_SESSION_COMPLETED;
}

/* Rating rows list "Not rated" first, then 0 to 10. */
static int
selected_rating (AdwComboRow *row)
{
  guint selected = adw_combo_row_get_selected (row);

  return selected == 0 || selected == GTK_INVALID_LIST_POSITION ? FT_SESSION_NO_RATING
                                                                : (int) selected - 1;
}

static void
select_rating (AdwComboRow *row,
               int          rating)
{
  adw_combo_row_set_selected (row, rating == FT_SESSION_NO_RATING ? 0 : (guint) rating + 1);
}

static void
show_error (FtSessionDialog *self,
            const char      *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Hours and minutes with two digits, as a clock shows them. */
static gboolean
spin_output_cb (GtkSpinButton *spin)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (spin)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}

static void
update_time_label (FtSessionDialog *self)
{
  g_autoptr(GDateTime) time = g_date_time_new_local (2000, 1, 1,
                                                     gtk_spin_button_get_value_as_int (self->hour_spin),
                                                     gtk_spin_button_get_value_as_int (self->minute_spin),
                                                     0);
  /* Translators: the time a session started, see g_date_time_format(); %R is 14:05 */
  g_autofree char *text = g_date_time_format (time, _("%R"));

  gtk_menu_button_set_label (self->time_button, text);
}

static void
update_steps_subtitle (FtSessionDialog *self)
{
  FtRoutine *routine = selected_routine (self);
  guint n_steps = routine != NULL ? ft_routine_get_n_steps (routine) : 0;
  g_autofree char *subtitle = NULL;

  /* Translators: under "Steps Done": how many steps the routine has, e.g. "Of 6" */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Of %u step, in order",
                                           "Of %u steps, in order", n_steps),
                              n_steps);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->steps_row), subtitle);
}

/* A partly done session asks how far the person got. */
static void
update_steps_row (FtSessionDialog *self)
{
  FtRoutine *routine = selected_routine (self);
  guint n_steps = routine != NULL ? ft_routine_get_n_steps (routine) : 0;
  GtkAdjustment *adjustment = adw_spin_row_get_adjustment (self->steps_row);
  gboolean partial = selected_outcome (self) == FT_SESSION_PARTIAL;

  gtk_widget_set_visible (GTK_WIDGET (self->steps_row),
                          self->session == NULL && partial && n_steps > 1);
  gtk_adjustment_set_upper (adjustment, n_steps > 1 ? n_steps - 1 : 0);
  if (gtk_adjustment_get_value (adjustment) > gtk_adjustment_get_upper (adjustment) ||
      gtk_adjustment_get_value (adjustment) == 0)
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  update_steps_subtitle (self);
}

static void
outcome_selected_cb (FtSessionDialog *self)
{
  update_steps_row (self);
}

static void
routine_selected_cb (FtSessionDialog *self)
{
  FtRoutine *routine = selected_routine (self);

  if (self->session != NULL || routine == NULL)
    return;

  /* About as long as the routine takes when guided. */
  adw_spin_row_set_value (self->duration_row,
                          MAX (1, (ft_routine_estimate_seconds (routine) + 30) / 60));
  update_steps_row (self);
}

/* Every step of @routine on each of its sides: the first @n_done completed
 * with their full dose, the others skipped. */
static GPtrArray *
make_steps (FtRoutine *routine,
            guint      n_done)
{
  GPtrArray *steps = g_ptr_array_new_with_free_func ((GDestroyNotify) ft_session_step_free);

  for (guint i = 0; i < ft_routine_get_n_steps (routine); i++)
    {
      const FtRoutineStep *step = ft_routine_get_step (routine, i);
      gboolean done = i < n_done;
      FtSides sides[2] = { step->sides, FT_SIDES_NONE };
      guint n_sides = 1;

      if (step->sides == FT_SIDES_BOTH)
        {
          sides[0] = FT_SIDES_LEFT;
          sides[1] = FT_SIDES_RIGHT;
          n_sides = 2;
        }

      for (guint s = 0; s < n_sides; s++)
        g_ptr_array_add (steps,
                         ft_session_step_new (i, step->exercise_ref, sides[s],
                                              done && step->hold_seconds > 0 ? step->sets : 0,
                                              done ? step->reps * step->sets : 0,
                                              done ? step->sets : 0,
                                              done ? FT_SESSION_COMPLETED : FT_SESSION_SKIPPED,
                                              0));
    }

  return steps;
}

static GDateTime *
read_start (FtSessionDialog *self)
{
  GDate day;

  /* The spin buttons take what was typed in them before Save. */
  gtk_spin_button_update (self->hour_spin);
  gtk_spin_button_update (self->minute_spin);
  ft_date_row_get_day (self->day_row, &day);

  return g_date_time_new_local (g_date_get_year (&day), g_date_get_month (&day),
                                g_date_get_day (&day),
                                gtk_spin_button_get_value_as_int (self->hour_spin),
                                gtk_spin_button_get_value_as_int (self->minute_spin), 0);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FtSessionDialog *self = FT_SESSION_DIALOG (widget);
  g_autoptr(GDateTime) started = read_start (self);
  g_autoptr(GError) error = NULL;
  FtSessionOutcome outcome = selected_outcome (self);
  int before = selected_rating (self->before_row);
  int after = selected_rating (self->after_row);
  gboolean ok;

  if (started == NULL)
    {
      show_error (self, _("That time does not exist on that day; please choose another"));
      return;
    }

  if (self->session != NULL)
    {
      ok = ft_session_log_edit (self->session_log, self->session->id, started, outcome, before,
                                after, &error);
    }
  else
    {
      FtRoutine *routine = selected_routine (self);
      g_autoptr(GPtrArray) steps = NULL;
      g_autoptr(FtSession) added = NULL;
      guint n_done;

      if (routine == NULL)
        {
          show_error (self, _("Choose the routine you did"));
          return;
        }

      adw_spin_row_update (self->duration_row);
      n_done = outcome == FT_SESSION_PARTIAL ? (guint) adw_spin_row_get_value (self->steps_row)
                                             : ft_routine_get_n_steps (routine);
      steps = make_steps (routine, n_done);
      added = ft_session_log_add_manual (self->session_log, routine, started,
                                         (GTimeSpan) adw_spin_row_get_value (self->duration_row) *
                                         G_TIME_SPAN_MINUTE,
                                         outcome, before, after, steps, &error);
      ok = added != NULL;
    }

  if (!ok)
    {
      /* The form stays as filled in, so the person can correct it. */
      show_error (self, error->message);
      return;
    }

  adw_dialog_close (ADW_DIALOG (self));
}

static void
undo_delete_cb (AdwToast *toast)
{
  FtSessionLog *session_log = g_object_get_data (G_OBJECT (toast), "session-log");
  FtSession *session = g_object_get_data (G_OBJECT (toast), "session");
  g_autoptr(GError) error = NULL;

  if (!ft_session_log_restore (session_log, session, &error))
    g_warning ("Could not bring the session back: %s", error->message);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FtSessionDialog *self = FT_SESSION_DIALOG (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GError) error = NULL;
  FtSession *deleted;
  AdwToast *toast;

  if (self->session == NULL)
    return;

  deleted = ft_session_log_delete (self->session_log, self->session->id, &error);
  if (deleted == NULL)
    {
      show_error (self, error->message);
      return;
    }

  toast = adw_toast_new (_("Session deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "session-log", g_object_ref (self->session_log),
                          g_object_unref);
  g_object_set_data_full (G_OBJECT (toast), "session", deleted, (GDestroyNotify) ft_session_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (undo_delete_cb), NULL);

  adw_dialog_close (ADW_DIALOG (self));

  if (FT_IS_WINDOW (root))
    ft_window_add_toast (FT_WINDOW (root), toast);
  else
    g_object_unref (toast);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  adw_dialog_close (ADW_DIALOG (widget));
}

static void
ft_session_dialog_dispose (GObject *object)
{
  FtSessionDialog *self = FT_SESSION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FT_TYPE_SESSION_DIALOG);
  g_clear_object (&self->session_log);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->routines, g_ptr_array_unref);
  g_clear_pointer (&self->session, ft_session_free);

  G_OBJECT_CLASS (ft_session_dialog_parent_class)->dispose (object);
}

static void
ft_session_dialog_class_init (FtSessionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ft_session_dialog_dispose;

  g_type_ensure (FT_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ft-session-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FtSessionDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FtSessionDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, FtSessionDialog, routine_row);
  gtk_widget_class_bind_template_child (widget_class, FtSessionDialog, routine_list);
  gtk_widget_class_bind_template_child (widget_class, FtSessionDialog, day_row);
  gtk_widget_class_bind_template_child (widget_class, FtSessionDialog, time_row);
  gtk_widget_class_bind_template_child (widget_class, FtSessionDialog, time_button);
  gtk_widget_class_bind_template_child (widget_class, FtSessionDialog, hour_spin);
  gtk_widget_class_bind_template_child (widget_class, FtSessionDialog, minute_spin);
  gtk_widget_class_bind_template_child (widget_class, FtSessionDialog, duration_row);
  gtk_widget_class_bind_template_child (widget_class, FtSessionDialog, outcome_row);
  gtk_widget_class_bind_template_child (widget_class, FtSessionDialog, outcome_list);
  gtk_widget_class_bind_template_child (widget_class, FtSessionDialog, steps_row);
  gtk_widget_class_bind_template_child (widget_class, FtSessionDialog, before_row);
  gtk_widget_class_bind_template_child (widget_class, FtSessionDialog, after_row);
  gtk_widget_class_bind_template_child (widget_class, FtSessionDialog, rating_list);
  gtk_widget_class_bind_template_child (widget_class, FtSessionDialog, delete_group);
  gtk_widget_class_bind_template_callback (widget_class, spin_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_time_label);
  gtk_widget_class_bind_template_callback (widget_class, update_steps_subtitle);
  gtk_widget_class_bind_template_callback (widget_class, outcome_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, routine_selected_cb);
  gtk_widget_class_install_action (widget_class, "session.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "session.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "session.delete", NULL, delete_action);
}

static void
ft_session_dialog_init (FtSessionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (self->rating_list, _("Not rated"));
  for (int value = 0; value <= 10; value++)
    {
      /* Translators: a rating and its word, e.g. "3 · mild" */
      g_autofree char *label = g_strdup_printf (_("%d · %s"), value, ft_rating_get_word (value));

      gtk_string_list_append (self->rating_list, label);
    }
}

static FtSessionDialog *
dialog_new (FtApplication *app)
{
  FtSessionDialog *self = g_object_new (FT_TYPE_SESSION_DIALOG, NULL);
  GDate today;

  self->session_log = g_object_ref (ft_application_get_session_log (app));
  self->catalog = g_object_ref (ft_application_get_exercise_catalog (app));

  ft_journal_get_today (ft_application_get_journal (app), &today);
  ft_date_row_set_latest (self->day_row, &today);
  ft_date_row_set_day (self->day_row, &today);

  return self;
}

/**
 * ft_log_session_dialog_new:
 * @app: the application, for its routines and session log
 * @routine_id: the routine to preselect, or 0 for the first
 *
 * The form for a routine done without Footing: which routine, when, how
 * far the person got and, if they like, how the main symptom felt before
 * and after. Saving writes the session with its steps.
 *
 * Returns: (transfer floating): an #AdwDialog
 */
GtkWidget *
ft_log_session_dialog_new (FtApplication *app,
                           gint64         routine_id)
{
  FtSessionDialog *self;
  FtRoutineBook *book;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint selected = 0;

  g_return_val_if_fail (FT_IS_APPLICATION (app), NULL);

  self = dialog_new (app);
  adw_dialog_set_title (ADW_DIALOG (self), _("Log a Session"));
  adw_dialog_set_focus (ADW_DIALOG (self), GTK_WIDGET (self->routine_row));

  self->routines = g_ptr_array_new_with_free_func (g_object_unref);
  book = ft_session_dialog_load_routines (app);
  for (guint i = 0; book != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (book)); i++)
    {
      FtRoutine *routine = g_list_model_get_item (G_LIST_MODEL (book), i);

      if (ft_routine_get_n_steps (routine) == 0)
        {
          g_object_unref (routine);
          continue;
        }
      if (ft_routine_get_id (routine) == routine_id)
        selected = self->routines->len;
      g_ptr_array_add (self->routines, routine);
    }

  g_signal_handlers_block_by_func (self->routine_row, routine_selected_cb, self);
  for (guint i = 0; i < self->routines->len; i++)
    gtk_string_list_append (self->routine_list,
                            ft_routine_get_name (g_ptr_array_index (self->routines, i)));
  g_signal_handlers_unblock_by_func (self->routine_row, routine_selected_cb, self);

  gtk_string_list_append (self->outcome_list, _("Completed"));
  gtk_string_list_append (self->outcome_list, _("Partly done"));

  /* Most people log something they just did: the current time. */
  gtk_spin_button_set_value (self->hour_spin, g_date_time_get_hour (now));
  gtk_spin_button_set_value (self->minute_spin, g_date_time_get_minute (now));
  update_time_label (self);

  adw_combo_row_set_selected (self->routine_row, selected);
  routine_selected_cb (self);

  if (self->routines->len == 0)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->routine_row),
                                   _("Add exercises to a routine first"));
      gtk_widget_set_sensitive (GTK_WIDGET (self->routine_row), FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.save", FALSE);
    }

  return GTK_WIDGET (self);
}

/**
 * ft_edit_session_dialog_new:
 * @app: the application, for its session log
 * @session: the session to change
 *
 * The form to correct a session: day and time, outcome and ratings, or to
 * delete it (with Undo in the window).
 *
 * Returns: (transfer floating): an #AdwDialog
 */
GtkWidget *
ft_edit_session_dialog_new (FtApplication   *app,
                            const FtSession *session)
{
  FtSessionDialog *self;
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) started = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (FT_IS_APPLICATION (app), NULL);
  g_return_val_if_fail (session != NULL, NULL);

  self = dialog_new (app);
  self->session = ft_session_copy (session);
  adw_dialog_set_title (ADW_DIALOG (self), _("Edit Session"));
  adw_dialog_set_focus (ADW_DIALOG (self), GTK_WIDGET (self->day_row));

  /* The routine is what was done; only when and how it went can change. */
  title = ft_session_dialog_format_title (session, self->catalog);
  gtk_string_list_append (self->routine_list, title);
  gtk_widget_set_sensitive (GTK_WIDGET (self->routine_row), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->duration_row), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->delete_group), TRUE);

  gtk_string_list_append (self->outcome_list, _("Completed"));
  gtk_string_list_append (self->outcome_list, _("Partly done"));
  gtk_string_list_append (self->outcome_list, _("Skipped"));
  for (guint i = 0; i < G_N_ELEMENTS (outcomes); i++)
    {
      if (outcomes[i] == session->outcome)
        adw_combo_row_set_selected (self->outcome_row, i);
    }

  utc = g_date_time_new_from_unix_utc_usec (session->started_us);
  started = g_date_time_to_local (utc);
  ft_date_row_set_day (self->day_row, &session->day);
  gtk_spin_button_set_value (self->hour_spin, g_date_time_get_hour (started));
  gtk_spin_button_set_value (self->minute_spin, g_date_time_get_minute (started));
  update_time_label (self);

  select_rating (self->before_row, session->before_rating);
  select_rating (self->after_row, session->after_rating);

  return GTK_WIDGET (self);
}

char *
ft_session_dialog_format_title (const FtSession   *session,
                      FtExerciseCatalog *catalog)
{
  g_return_val_if_fail (session != NULL, NULL);

  if (session->routine_name != NULL && *session->routine_name != '\0')
    return g_strdup (session->routine_name);

  /* A single exercise, started from its card. */
  if (session->steps != NULL && session->steps->len > 0)
    {
      const FtSessionStep *step = g_ptr_array_index (session->steps, 0);
      FtExercise *exercise = catalog != NULL ? ft_exercise_catalog_lookup (catalog,
                                                                          step->exercise_ref)
                                             : NULL;

      if (exercise != NULL)
        return g_strdup (ft_exercise_get_name (exercise));
    }

  return g_strdup (_("Exercise"));
}

FtRoutineBook *
ft_session_dialog_load_routines (FtApplication *app)
{
  FtExerciseCatalog *catalog;
  FtRoutineBook *book;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (FT_IS_APPLICATION (app), NULL);

  catalog = ft_application_get_exercise_catalog (app);
  book = ft_application_get_routine_book (app);
  if (catalog == NULL || book == NULL)
    return NULL;

  if (!ft_exercise_catalog_load (catalog, NULL, &error))
    {
      g_warning ("Could not read the exercises: %s", error->message);
      return book;
    }

  /* Loading twice only reads the routines again; an empty book is read. */
  if (g_list_model_get_n_items (G_LIST_MODEL (book)) == 0 &&
      !ft_routine_book_load (book, &error))
    g_warning ("Could not read the routines: %s", error->message);

  return book;
}
