/* ft-routines-page.c — the routines as cards, with how each is going, to
 * start, edit, reorder and keep.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-routines-page.h"

#include <glib/gi18n.h>

#include "ft-application.h"
#include "ft-routine-card.h"
#include "ft-routine-editor-dialog.h"
#include "ft-session-dialog.h"
#include "ft-session-history-page.h"
#include "ft-window.h"

struct _FtRoutinesPage
{
  FtPage             parent_instance;

  FtRoutineBook     *book;
  FtExerciseCatalog *catalog;
  FtSessionLog      *session_log;

  /* Template children */
  AdwNavigationView *navigation_view;
  AdwNavigationPage *list_page;
  GtkStack          *content_stack;
  GtkFlowBox        *flow_box;
  AdwStatusPage     *error_status;
  GtkWidget         *restore_button;
};

G_DEFINE_FINAL_TYPE (FtRoutinesPage, ft_routines_page, FT_TYPE_PAGE)

static FtApplication *
get_application (void)
{
  GApplication *app = g_application_get_default ();

  return FT_IS_APPLICATION (app) ? FT_APPLICATION (app) : NULL;
}

static void
show_message (FtRoutinesPage *self,
              const char     *message)
{
  ft_window_add_toast_for (GTK_WIDGET (self), adw_toast_new (message));
}

static FtRoutineCard *
card_at (FtRoutinesPage *self,
         guint           index)
{
  GtkFlowBoxChild *child = gtk_flow_box_get_child_at_index (self->flow_box, (int) index);

  return child != NULL ? FT_ROUTINE_CARD (gtk_flow_box_child_get_child (child)) : NULL;
}

static void
update_progress (FtRoutineCard *card,
                 FtSessionLog  *session_log,
                 FtJournal     *journal)
{
  g_autoptr(GError) error = NULL;
  FtAdherence adherence = { 0 };
  GDate today;

  if (session_log == NULL || journal == NULL)
    return;

  ft_journal_get_today (journal, &today);
  if (!ft_session_log_get_adherence (session_log, ft_routine_card_get_routine (card), &today,
                                     &adherence, &error))
    {
      g_debug ("Could not count sessions: %s", error->message);
      ft_routine_card_set_adherence (card, NULL);
      return;
    }

  ft_routine_card_set_adherence (card, &adherence);
}

static void
update_all_progress (FtRoutinesPage *self)
{
  FtRoutineCard *card;

  for (guint i = 0; (card = card_at (self, i)) != NULL; i++)
    update_progress (card, self->session_log, ft_page_get_journal (FT_PAGE (self)));
}

static gboolean
any_builtin_missing (FtRoutinesPage *self)
{
  const char * const *keys = ft_routine_book_get_builtin_keys ();

  if (self->book == NULL)
    return FALSE;

  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autoptr(FtRoutine) routine = ft_routine_book_get_builtin (self->book, keys[i]);

      if (routine == NULL)
        return TRUE;
    }

  return FALSE;
}

static void
update_content (FtRoutinesPage *self)
{
  gboolean missing = any_builtin_missing (self);

  if (self->book == NULL)
    return;

  gtk_stack_set_visible_child_name (self->content_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->book)) > 0
                                    ? "list" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "routines.restore-builtins", missing);
  gtk_widget_set_visible (self->restore_button, missing);
}

/* Keyboard focus goes back to a routine's card after the book rebuilt it. */
static void
focus_routine (FtRoutinesPage *self,
               gint64          routine_id)
{
  GtkWidget *card = ft_routines_page_find_card (self, routine_id);

  if (card != NULL)
    gtk_widget_grab_focus (gtk_widget_get_parent (card));
}

/* Card menu */

static GMenuModel *
create_card_menu (FtRoutinesPage *self,
                  FtRoutine      *routine)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) main_section = g_menu_new ();
  g_autoptr(GMenu) order_section = g_menu_new ();
  g_autoptr(GMenu) end_section = g_menu_new ();
  gint64 id = ft_routine_get_id (routine);
  guint position = ft_routine_get_position (routine);
  guint n_routines = g_list_model_get_n_items (G_LIST_MODEL (self->book));
  struct {
    GMenu      *section;
    const char *label;
    const char *action;
    gboolean    shown;
  } items[] = {
    { main_section, _("_Edit…"), "routines.edit", TRUE },
    { main_section, _("_Rename…"), "routines.rename", TRUE },
    { main_section, _("D_uplicate"), "routines.duplicate", TRUE },
    { main_section, _("_Log a Session…"), "routines.log-session", TRUE },
    { order_section, _("Move _Up"), "routines.move-up", position > 0 },
    { order_section, _("Move _Down"), "routines.move-down", position + 1 < n_routines },
    { end_section, _("Reset to _Default"), "routines.reset",
      ft_routine_book_builtin_is_changed (self->book, routine) },
    { end_section, _("_Delete"), "routines.delete", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr(GMenuItem) item = NULL;

      if (!items[i].shown)
        continue;

      item = g_menu_item_new (items[i].label, NULL);
      g_menu_item_set_action_and_target_value (item, items[i].action, g_variant_new_int64 (id));
      g_menu_append_item (items[i].section, item);
    }

  g_menu_append_section (menu, NULL, G_MENU_MODEL (main_section));
  if (g_menu_model_get_n_items (G_MENU_MODEL (order_section)) > 0)
    g_menu_append_section (menu, NULL, G_MENU_MODEL (order_section));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (end_section));

  return G_MENU_MODEL (menu);
}

/* Built when opened, so it always fits the routine's place and state. */
static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       user_data)
{
  FtRoutineCard *card = user_data;
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (card), FT_TYPE_ROUTINES_PAGE);
  g_autoptr(GMenuModel) menu = NULL;

  if (page == NULL)
    return;

  menu = create_card_menu (FT_ROUTINES_PAGE (page), ft_routine_card_get_routine (card));
  gtk_menu_button_set_menu_model (button, menu);
}

/* Drag and drop */

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 FtRoutineCard *card)
{
  return gdk_content_provider_new_typed (FT_TYPE_ROUTINE, ft_routine_card_get_routine (card));
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               FtRoutineCard *card)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (card));

  gtk_drag_source_set_icon (source, paintable, 24, 24);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         FtRoutineCard *card)
{
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (card), FT_TYPE_ROUTINES_PAGE);
  FtRoutine *dragged = g_value_get_object (value);
  FtRoutine *onto = ft_routine_card_get_routine (card);
  g_autoptr(GError) error = NULL;
  FtRoutinesPage *self;
  gint64 id;

  if (page == NULL || !FT_IS_ROUTINE (dragged))
    return FALSE;

  self = FT_ROUTINES_PAGE (page);
  id = ft_routine_get_id (dragged);
  if (id == ft_routine_get_id (onto))
    return FALSE;

  /* The card dropped takes the place of the one it lands on. */
  if (!ft_routine_book_move (self->book, id, ft_routine_get_position (onto), &error))
    {
      show_message (self, error->message);
      return FALSE;
    }

  focus_routine (self, id);

  return TRUE;
}

static GtkWidget *
create_card_cb (gpointer item,
                gpointer user_data)
{
  FtRoutinesPage *self = user_data;
  GtkWidget *card = ft_routine_card_new (FT_ROUTINE (item), self->catalog);
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (FT_TYPE_ROUTINE, GDK_ACTION_MOVE);

  gtk_menu_button_set_create_popup_func (ft_routine_card_get_menu_button (FT_ROUTINE_CARD (card)),
                                         create_popup_cb, card, NULL);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), card);
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), card);
  gtk_widget_add_controller (card, GTK_EVENT_CONTROLLER (source));
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), card);
  gtk_widget_add_controller (card, GTK_EVENT_CONTROLLER (target));

  update_progress (FT_ROUTINE_CARD (card), self->session_log, ft_page_get_journal (FT_PAGE (self)));

  return card;
}

/* Loading */

/* A person's own exercise renamed or given a new picture shows on the cards. */
static void
catalog_changed_cb (FtRoutinesPage *self)
{
  gtk_flow_box_bind_model (self->flow_box, G_LIST_MODEL (self->book), create_card_cb, self, NULL);
}

static void
show_error (FtRoutinesPage *self,
            const char     *message)
{
  adw_status_page_set_description (self->error_status, message);
  gtk_stack_set_visible_child_name (self->content_stack, "error");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "routines.new", FALSE);
}

/* The routines are read when the page is first shown, not at start-up. */
static gboolean
ensure_loaded (FtRoutinesPage *self)
{
  g_autoptr(GError) error = NULL;
  FtApplication *app = get_application ();
  FtExerciseCatalog *catalog;
  FtRoutineBook *book;

  if (self->book != NULL)
    return TRUE;

  catalog = app != NULL ? ft_application_get_exercise_catalog (app) : NULL;
  book = app != NULL ? ft_application_get_routine_book (app) : NULL;
  if (catalog == NULL || book == NULL)
    {
      show_error (self, _("The journal is not open."));
      return FALSE;
    }

  /* The steps are checked against the catalog, so it comes first. Loading
   * the book again only reads it again; other pages may have done it. */
  if (!ft_exercise_catalog_load (catalog, NULL, &error) || !ft_routine_book_load (book, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  self->catalog = g_object_ref (catalog);
  self->book = g_object_ref (book);
  self->session_log = g_object_ref (ft_application_get_session_log (app));

  gtk_flow_box_bind_model (self->flow_box, G_LIST_MODEL (self->book), create_card_cb, self, NULL);
  g_signal_connect_object (self->book, "changed", G_CALLBACK (update_content), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session_log, "changed", G_CALLBACK (update_all_progress), self,
                           G_CONNECT_SWAPPED);
  /* A custom exercise's new picture or name shows on the cards. */
  g_signal_connect_object (self->catalog, "items-changed", G_CALLBACK (catalog_changed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "routines.new", TRUE);
  update_content (self);

  return TRUE;
}

static void
ft_routines_page_map (GtkWidget *widget)
{
  FtRoutinesPage *self = FT_ROUTINES_PAGE (widget);

  GTK_WIDGET_CLASS (ft_routines_page_parent_class)->map (widget);

  /* The day may have turned since the page was last shown. */
  if (self->book != NULL)
    update_all_progress (self);
  else
    ensure_loaded (self);
}

static FtRoutine *
lookup_routine (FtRoutinesPage *self,
                GVariant       *parameter)
{
  g_autoptr(GError) error = NULL;
  FtRoutine *routine;

  if (!ensure_loaded (self))
    return NULL;

  routine = ft_routine_book_get (self->book, g_variant_get_int64 (parameter), &error);
  if (routine == NULL)
    show_message (self, error->message);

  return routine;
}

static void
editor_saved_cb (FtRoutinesPage *self,
                 FtRoutine      *stored)
{
  focus_routine (self, ft_routine_get_id (stored));
}

static void
child_activated_cb (FtRoutinesPage  *self,
                    GtkFlowBoxChild *child)
{
  FtRoutineCard *card = FT_ROUTINE_CARD (gtk_flow_box_child_get_child (child));

  gtk_widget_activate_action (GTK_WIDGET (self), "routines.edit", "x",
                              ft_routine_get_id (ft_routine_card_get_routine (card)));
}

/* Actions */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  FtRoutinesPage *self = FT_ROUTINES_PAGE (widget);
  AdwDialog *editor;

  if (!ensure_loaded (self))
    return;

  editor = ft_routine_editor_dialog_new (self->book, self->catalog, NULL);
  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self, G_CONNECT_SWAPPED);
  adw_dialog_present (editor, widget);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FtRoutinesPage *self = FT_ROUTINES_PAGE (widget);
  g_autoptr(FtRoutine) routine = lookup_routine (self, parameter);
  AdwDialog *editor;

  if (routine == NULL)
    return;

  editor = ft_routine_editor_dialog_new (self->book, self->catalog, routine);
  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self, G_CONNECT_SWAPPED);
  adw_dialog_present (editor, widget);
}

static void
rename_entry_changed_cb (GtkEditable    *entry,
                         AdwAlertDialog *alert)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_alert_dialog_set_response_enabled (alert, "rename", *name != '\0');
}

static void
rename_response_cb (AdwAlertDialog *alert,
                    const char     *response,
                    FtRoutinesPage *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_alert_dialog_get_extra_child (alert));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (alert), "routine-id"));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "rename") != 0 || *name == '\0')
    return;

  if (!ft_routine_book_rename (self->book, id, name, &error))
    show_message (self, error->message);
  else
    focus_routine (self, id);
}

static void
rename_entry_activate_cb (GtkEntry       *entry,
                          AdwAlertDialog *alert)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  if (*name == '\0')
    return;

  g_signal_emit_by_name (alert, "response", "rename");
  adw_dialog_force_close (ADW_DIALOG (alert));
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FtRoutinesPage *self = FT_ROUTINES_PAGE (widget);
  g_autoptr(FtRoutine) routine = lookup_routine (self, parameter);
  AdwDialog *alert;
  GtkWidget *entry;

  if (routine == NULL)
    return;

  alert = adw_alert_dialog_new (_("Rename Routine"), NULL);
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), ft_routine_get_name (routine));
  gtk_entry_set_max_length (GTK_ENTRY (entry), FT_ROUTINE_NAME_MAX_CHARS);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Name"), -1);
  adw_alert_dialog_set_extra_child (ADW_ALERT_DIALOG (alert), entry);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (alert),
                                  "cancel", _("_Cancel"),
                                  "rename", _("_Rename"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (alert), "rename",
                                            ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (alert), "rename");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (alert), "cancel");
  g_object_set_data (G_OBJECT (alert), "routine-id",
                     GSIZE_TO_POINTER ((gsize) ft_routine_get_id (routine)));
  g_signal_connect (entry, "changed", G_CALLBACK (rename_entry_changed_cb), alert);
  g_signal_connect (entry, "activate", G_CALLBACK (rename_entry_activate_cb), alert);
  g_signal_connect_object (alert, "response", G_CALLBACK (rename_response_cb), self, 0);
  adw_dialog_set_focus (alert, entry);
  adw_dialog_present (alert, widget);
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FtRoutinesPage *self = FT_ROUTINES_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(FtRoutine) copy = NULL;

  if (!ensure_loaded (self))
    return;

  copy = ft_routine_book_duplicate (self->book, g_variant_get_int64 (parameter), &error);
  if (copy == NULL)
    {
      show_message (self, error->message);
      return;
    }

  focus_routine (self, ft_routine_get_id (copy));
}

static void
log_session_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  FtRoutinesPage *self = FT_ROUTINES_PAGE (widget);
  FtApplication *app = get_application ();
  GtkWidget *dialog;

  if (app == NULL || !ensure_loaded (self))
    return;

  dialog = ft_log_session_dialog_new (app, g_variant_get_int64 (parameter));
  if (dialog != NULL)
    adw_dialog_present (ADW_DIALOG (dialog), widget);
}

static void
move_by (FtRoutinesPage *self,
         gint64          routine_id,
         int             delta)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FtRoutine) routine = NULL;
  guint position;

  if (!ensure_loaded (self))
    return;

  routine = ft_routine_book_get (self->book, routine_id, &error);
  if (routine == NULL)
    {
      show_message (self, error->message);
      return;
    }

  position = ft_routine_get_position (routine);
  if ((delta < 0 && position == 0) ||
      (delta > 0 && position + 1 >= g_list_model_get_n_items (G_LIST_MODEL (self->book))))
    return;

  if (!ft_routine_book_move (self->book, routine_id, (guint) ((int) position + delta), &error))
    {
      show_message (self, error->message);
      return;
    }

  focus_routine (self, routine_id);
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  move_by (FT_ROUTINES_PAGE (widget), g_variant_get_int64 (parameter), -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  move_by (FT_ROUTINES_PAGE (widget), g_variant_get_int64 (parameter), 1);
}

/* Alt+Up and Alt+Down move the card that has the keyboard focus. */
static gboolean
move_focused (GtkWidget *widget,
              GVariant  *args,
              gpointer   user_data)
{
  FtRoutinesPage *self = FT_ROUTINES_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *child;
  GtkWidget *card;

  if (focus == NULL || self->book == NULL)
    return FALSE;

  child = GTK_IS_FLOW_BOX_CHILD (focus) ? focus
                                        : gtk_widget_get_ancestor (focus, GTK_TYPE_FLOW_BOX_CHILD);
  if (child == NULL || gtk_widget_get_parent (child) != GTK_WIDGET (self->flow_box))
    return FALSE;

  card = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));
  move_by (self, ft_routine_get_id (ft_routine_card_get_routine (FT_ROUTINE_CARD (card))),
           g_variant_get_int32 (args));

  return TRUE;
}

/* Undo keeps what the reset replaced. */
static void
undo_reset_cb (AdwToast  *toast,
               FtRoutine *before)
{
  FtRoutineBook *book = g_object_get_data (G_OBJECT (toast), "book");
  g_autoptr(GPtrArray) steps = ft_routine_dup_steps (before);
  g_autoptr(GError) error = NULL;
  gint64 id = ft_routine_get_id (before);

  if (!ft_routine_book_update (book, id, ft_routine_get_name (before),
                               ft_routine_get_target_count (before),
                               ft_routine_get_target_period (before), steps, &error))
    g_warning ("Could not undo the reset: %s", error->message);
}

static void
reset_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FtRoutinesPage *self = FT_ROUTINES_PAGE (widget);
  g_autoptr(FtRoutine) before = lookup_routine (self, parameter);
  g_autoptr(FtRoutine) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (before == NULL)
    return;

  if (!ft_routine_book_reset_builtin (self->book, ft_routine_get_id (before), &error))
    {
      show_message (self, error->message);
      return;
    }

  after = ft_routine_book_get (self->book, ft_routine_get_id (before), NULL);
  /* Translators: %s is the routine's name */
  message = g_strdup_printf (_("“%s” is back to its default"),
                             after != NULL ? ft_routine_get_name (after) : ft_routine_get_name (before));
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "book", g_object_ref (self->book), g_object_unref);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_reset_cb),
                         g_object_ref (before), (GClosureNotify) (void (*) (void)) g_object_unref,
                         0);
  ft_window_add_toast_for (GTK_WIDGET (self), toast);
}

static void
undo_delete_cb (AdwToast          *toast,
                FtRoutineDeletion *deletion)
{
  FtRoutineBook *book = g_object_get_data (G_OBJECT (toast), "book");
  g_autoptr(GError) error = NULL;

  if (!ft_routine_book_restore (book, deletion, &error))
    g_warning ("Could not restore the routine: %s", error->message);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FtRoutinesPage *self = FT_ROUTINES_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  FtRoutineDeletion *deletion;
  AdwToast *toast;

  if (!ensure_loaded (self))
    return;

  deletion = ft_routine_book_delete (self->book, g_variant_get_int64 (parameter), &error);
  if (deletion == NULL)
    {
      show_message (self, error->message);
      return;
    }

  /* Translators: %s is the routine's name; its past sessions stay in the history */
  message = g_strdup_printf (_("“%s” deleted"),
                             ft_routine_get_name (ft_routine_deletion_get_routine (deletion)));
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "book", g_object_ref (self->book), g_object_unref);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_delete_cb), deletion,
                         (GClosureNotify) (void (*) (void)) ft_routine_deletion_free, 0);
  ft_window_add_toast_for (GTK_WIDGET (self), toast);
}

static void
restore_builtins_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  FtRoutinesPage *self = FT_ROUTINES_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n_added = 0;

  if (!ensure_loaded (self))
    return;

  if (!ft_routine_book_restore_builtins (self->book, &n_added, &error))
    {
      show_message (self, error->message);
      return;
    }

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u routine restored",
                                          "%u routines restored", n_added),
                             n_added);
  show_message (self, message);
}

static void
show_history_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FtRoutinesPage *self = FT_ROUTINES_PAGE (widget);
  FtApplication *app = get_application ();

  if (app == NULL)
    return;

  adw_navigation_view_pop_to_page (self->navigation_view, self->list_page);
  adw_navigation_view_push (self->navigation_view, ft_session_history_page_new (app));
}

static void
ft_routines_page_dispose (GObject *object)
{
  FtRoutinesPage *self = FT_ROUTINES_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FT_TYPE_ROUTINES_PAGE);
  g_clear_object (&self->book);
  g_clear_object (&self->catalog);
  g_clear_object (&self->session_log);

  G_OBJECT_CLASS (ft_routines_page_parent_class)->dispose (object);
}

static void
ft_routines_page_class_init (FtRoutinesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ft_routines_page_dispose;
  widget_class->map = ft_routines_page_map;

  g_type_ensure (FT_TYPE_ROUTINE_CARD);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ft-routines-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FtRoutinesPage, list_page);
  gtk_widget_class_bind_template_child (widget_class, FtRoutinesPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, FtRoutinesPage, flow_box);
  gtk_widget_class_bind_template_child (widget_class, FtRoutinesPage, error_status);
  gtk_widget_class_bind_template_child (widget_class, FtRoutinesPage, restore_button);
  gtk_widget_class_bind_template_callback (widget_class, child_activated_cb);

  gtk_widget_class_install_action (widget_class, "routines.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "routines.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "routines.rename", "x", rename_action);
  gtk_widget_class_install_action (widget_class, "routines.duplicate", "x", duplicate_action);
  gtk_widget_class_install_action (widget_class, "routines.log-session", "x", log_session_action);
  gtk_widget_class_install_action (widget_class, "routines.move-up", "x", move_up_action);
  gtk_widget_class_install_action (widget_class, "routines.move-down", "x", move_down_action);
  gtk_widget_class_install_action (widget_class, "routines.reset", "x", reset_action);
  gtk_widget_class_install_action (widget_class, "routines.delete", "x", delete_action);
  gtk_widget_class_install_action (widget_class, "routines.restore-builtins", NULL,
                                   restore_builtins_action);
  gtk_widget_class_install_action (widget_class, "routines.show-history", NULL,
                                   show_history_action);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Up, GDK_ALT_MASK, move_focused, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Up, GDK_ALT_MASK, move_focused, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Down, GDK_ALT_MASK, move_focused, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Down, GDK_ALT_MASK, move_focused, "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "routines.new", NULL);
}

static void
ft_routines_page_init (FtRoutinesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Looked up rather than bound: a bound direct child would be let go of
   * twice, by the template and by AdwBin. */
  self->navigation_view = ADW_NAVIGATION_VIEW (adw_bin_get_child (ADW_BIN (self)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "routines.restore-builtins", FALSE);
  gtk_widget_set_visible (self->restore_button, FALSE);
}

GtkWidget *
ft_routines_page_find_card (FtRoutinesPage *self,
                            gint64          routine_id)
{
  FtRoutineCard *card;

  g_return_val_if_fail (FT_IS_ROUTINES_PAGE (self), NULL);

  for (guint i = 0; (card = card_at (self, i)) != NULL; i++)
    if (ft_routine_get_id (ft_routine_card_get_routine (card)) == routine_id)
      return GTK_WIDGET (card);

  return NULL;
}
