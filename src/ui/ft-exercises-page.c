/* ft-exercises-page.c — the illustrated exercise cards, to browse, search
 * and filter, and the person's own exercises.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-exercises-page.h"

#include <glib/gi18n.h>

#include "ft-application.h"
#include "ft-exercise-card.h"
#include "ft-exercise-catalog.h"
#include "ft-exercise-detail-page.h"
#include "ft-exercise-editor-dialog.h"

struct _FtExercisesPage
{
  FtPage             parent_instance;

  FtExerciseCatalog *catalog;
  GtkFilterListModel *filtered;
  GtkCustomFilter   *filter;

  /* The filters, as keys ("" for any) and as what the filter compares. */
  char              *search;        /* case-folded, or NULL */
  char              *kind_key;
  char              *equipment_key;
  char              *area_key;
  int                kind;          /* -1 for any */
  int                equipment;     /* -1 for any, 0 for none needed */
  FtBodyArea         area;          /* 0 for any */

  /* Template children */
  AdwNavigationView *navigation_view;
  AdwNavigationPage *grid_page;
  GtkMenuButton     *filter_button;
  GtkSearchBar      *search_bar;
  GtkSearchEntry    *search_entry;
  AdwBanner         *filter_banner;
  GtkStack          *content_stack;
  GtkGridView       *grid_view;
  AdwStatusPage     *error_status;
};

G_DEFINE_FINAL_TYPE (FtExercisesPage, ft_exercises_page, FT_TYPE_PAGE)

enum {
  PROP_0,
  PROP_KIND_FILTER,
  PROP_EQUIPMENT_FILTER,
  PROP_AREA_FILTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
filter_match (gpointer item,
              gpointer user_data)
{
  FtExercisesPage *self = user_data;
  FtExercise *exercise = item;

  if (self->kind >= 0 && (int) ft_exercise_get_kind (exercise) != self->kind)
    return FALSE;

  if (self->equipment == 0 && ft_exercise_get_equipment (exercise) != 0)
    return FALSE;
  if (self->equipment > 0 && (ft_exercise_get_equipment (exercise) & self->equipment) == 0)
    return FALSE;

  if (self->area != 0 && (ft_exercise_get_body_areas (exercise) & self->area) == 0)
    return FALSE;

  return self->search == NULL || ft_exercise_matches (exercise, self->search);
}

static gboolean
has_filters (FtExercisesPage *self)
{
  return self->kind >= 0 || self->equipment >= 0 || self->area != 0;
}

static void
update_content (FtExercisesPage *self)
{
  if (self->filtered == NULL)
    return;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0)
    gtk_stack_set_visible_child_name (self->content_stack, "grid");
  else
    gtk_stack_set_visible_child_name (self->content_stack, "no-results");
}

/* Says which filters hide cards, so an emptier grid is never a mystery. */
static void
update_banner (FtExercisesPage *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  g_autofree char *joined = NULL;
  g_autofree char *title = NULL;

  if (self->kind >= 0)
    g_ptr_array_add (parts, (char *) ft_exercise_kind_get_label ((FtExerciseKind) self->kind));
  if (self->equipment == 0)
    g_ptr_array_add (parts, (char *) _("No equipment"));
  else if (self->equipment > 0)
    g_ptr_array_add (parts, (char *) ft_equipment_get_label ((FtEquipment) self->equipment));
  if (self->area != 0)
    g_ptr_array_add (parts, (char *) ft_body_area_get_label (self->area));
  g_ptr_array_add (parts, NULL);

  joined = g_strjoinv (" · ", (char **) parts->pdata);
  /* Translators: %s lists the filters in use, e.g. "Stretch · Wall" */
  title = g_strdup_printf (_("Filtered: %s"), joined);
  adw_banner_set_title (self->filter_banner, title);
  adw_banner_set_revealed (self->filter_banner, has_filters (self));

  if (has_filters (self))
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");
}

static void
refilter (FtExercisesPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_banner (self);
  update_content (self);
}

static void
set_kind_filter (FtExercisesPage *self,
                 const char      *key)
{
  FtExerciseKind kind;

  if (key == NULL)
    key = "";
  if (!g_set_str (&self->kind_key, key))
    return;

  self->kind = ft_exercise_kind_from_key (key, &kind) ? (int) kind : -1;
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND_FILTER]);
}

static void
set_equipment_filter (FtExercisesPage *self,
                      const char      *key)
{
  FtEquipment item;

  if (key == NULL)
    key = "";
  if (!g_set_str (&self->equipment_key, key))
    return;

  if (g_str_equal (key, "none"))
    self->equipment = 0;
  else
    self->equipment = ft_equipment_from_key (key, &item) ? (int) item : -1;
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EQUIPMENT_FILTER]);
}

static void
set_area_filter (FtExercisesPage *self,
                 const char      *key)
{
  FtBodyArea area;

  if (key == NULL)
    key = "";
  if (!g_set_str (&self->area_key, key))
    return;

  self->area = ft_body_area_from_key (key, &area) ? area : FT_BODY_AREA_NONE;
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AREA_FILTER]);
}

/* Built from the core's labels, so the menu and the cards say the same. */
static GMenuModel *
create_filter_menu (void)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) kinds = g_menu_new ();
  g_autoptr(GMenu) equipment = g_menu_new ();
  g_autoptr(GMenu) areas = g_menu_new ();
  g_autoptr(GMenu) clear = g_menu_new ();

  g_menu_append (kinds, _("Any Kind"), "exercises.kind::");
  for (guint i = 0; i < FT_EXERCISE_N_KINDS; i++)
    {
      g_autofree char *action = g_strconcat ("exercises.kind::",
                                             ft_exercise_kind_to_key ((FtExerciseKind) i), NULL);

      g_menu_append (kinds, ft_exercise_kind_get_label ((FtExerciseKind) i), action);
    }

  g_menu_append (equipment, _("Any Equipment"), "exercises.equipment::");
  g_menu_append (equipment, _("No Equipment"), "exercises.equipment::none");
  for (guint i = 0; i < FT_EQUIPMENT_N_ITEMS; i++)
    {
      g_autofree char *action = g_strconcat ("exercises.equipment::",
                                             ft_equipment_to_key (1 << i), NULL);

      g_menu_append (equipment, ft_equipment_get_label (1 << i), action);
    }

  g_menu_append (areas, _("Any Area"), "exercises.area::");
  for (guint i = 0; i < FT_BODY_AREA_N_ITEMS; i++)
    {
      g_autofree char *action = g_strconcat ("exercises.area::", ft_body_area_to_key (1 << i),
                                             NULL);

      g_menu_append (areas, ft_body_area_get_label (1 << i), action);
    }

  g_menu_append (clear, _("_Clear Filters"), "exercises.clear-filters");

  g_menu_append_section (menu, _("Kind"), G_MENU_MODEL (kinds));
  g_menu_append_section (menu, _("Equipment"), G_MENU_MODEL (equipment));
  g_menu_append_section (menu, _("Body Area"), G_MENU_MODEL (areas));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (clear));

  return G_MENU_MODEL (menu);
}

static void
search_changed_cb (FtExercisesPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *normalized = g_utf8_normalize (stripped, -1, G_NORMALIZE_ALL);

  g_clear_pointer (&self->search, g_free);
  if (normalized != NULL && *normalized != '\0')
    self->search = g_utf8_casefold (normalized, -1);
  refilter (self);
}

static void
push_detail (FtExercisesPage *self,
             FtExercise      *exercise)
{
  adw_navigation_view_push (self->navigation_view,
                            ft_exercise_detail_page_new (self->catalog, exercise));
}

/* Enter in the search opens the first card, as in Settings' search. */
static void
search_activate_cb (FtExercisesPage *self)
{
  g_autoptr(FtExercise) first = NULL;

  if (self->filtered == NULL)
    return;

  first = g_list_model_get_item (G_LIST_MODEL (self->filtered), 0);
  if (first != NULL)
    push_detail (self, first);
}

static void
grid_view_activate_cb (FtExercisesPage *self,
                       guint            position)
{
  g_autoptr(FtExercise) exercise = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  if (exercise != NULL)
    push_detail (self, exercise);
}

static void
factory_setup_cb (GtkListItemFactory *factory,
                  GtkListItem        *item,
                  FtExercisesPage    *self)
{
  gtk_list_item_set_child (item, ft_exercise_card_new ());
}

static void
factory_bind_cb (GtkListItemFactory *factory,
                 GtkListItem        *item,
                 FtExercisesPage    *self)
{
  FtExercise *exercise = gtk_list_item_get_item (item);
  g_autofree char *dose = ft_exercise_format_dose (exercise);
  g_autofree char *label = NULL;

  ft_exercise_card_set_exercise (FT_EXERCISE_CARD (gtk_list_item_get_child (item)), exercise);

  /* Translators: read by screen readers for a card: name, kind, dose */
  label = g_strdup_printf (_("%s, %s, %s"), ft_exercise_get_name (exercise),
                           ft_exercise_kind_get_label (ft_exercise_get_kind (exercise)), dose);
  gtk_list_item_set_accessible_label (item, label);
}

static void
show_error (FtExercisesPage *self,
            const char      *message)
{
  adw_status_page_set_description (self->error_status, message);
  gtk_stack_set_visible_child_name (self->content_stack, "error");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exercises.add", FALSE);
}

/* The catalog is read when the page is first shown, not at start-up. */
static gboolean
ensure_loaded (FtExercisesPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkSelectionModel) selection = NULL;
  GApplication *app = g_application_get_default ();
  FtExerciseCatalog *catalog;

  if (self->filtered != NULL)
    return TRUE;

  catalog = FT_IS_APPLICATION (app) ? ft_application_get_exercise_catalog (FT_APPLICATION (app))
                                    : NULL;
  if (catalog == NULL)
    {
      show_error (self, _("The journal is not open."));
      return FALSE;
    }

  if (!ft_exercise_catalog_load (catalog, NULL, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  self->catalog = g_object_ref (catalog);
  self->filter = gtk_custom_filter_new (filter_match, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (catalog)),
                                              g_object_ref (GTK_FILTER (self->filter)));
  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->filtered))));
  gtk_grid_view_set_model (self->grid_view, selection);
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (update_content), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exercises.add", TRUE);
  update_content (self);

  return TRUE;
}

static void
ft_exercises_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (ft_exercises_page_parent_class)->map (widget);

  ensure_loaded (FT_EXERCISES_PAGE (widget));
}

static void
editor_saved_cb (FtExercisesPage *self,
                 FtExercise      *stored)
{
  /* A new card could hide behind a filter; it is shown instead. */
  if (!filter_match (stored, self))
    gtk_widget_activate_action (GTK_WIDGET (self), "exercises.clear-filters", NULL);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  FtExercisesPage *self = FT_EXERCISES_PAGE (widget);
  AdwDialog *editor;

  if (!ensure_loaded (self))
    return;

  editor = ft_exercise_editor_dialog_new (self->catalog, NULL);
  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self, G_CONNECT_SWAPPED);
  adw_dialog_present (editor, widget);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  FtExercisesPage *self = FT_EXERCISES_PAGE (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  set_kind_filter (self, "");
  set_equipment_filter (self, "");
  set_area_filter (self, "");
  /* The search entry reports its change later; the grid need not wait. */
  search_changed_cb (self);
}

/* Ctrl+F opens the search, as in other GNOME apps. */
static gboolean
start_search (GtkWidget *widget,
              GVariant  *args,
              gpointer   user_data)
{
  FtExercisesPage *self = FT_EXERCISES_PAGE (widget);

  adw_navigation_view_pop_to_page (self->navigation_view, self->grid_page);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));

  return TRUE;
}

static void
ft_exercises_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  FtExercisesPage *self = FT_EXERCISES_PAGE (object);

  switch (prop_id)
    {
    case PROP_KIND_FILTER:
      g_value_set_string (value, self->kind_key);
      break;

    case PROP_EQUIPMENT_FILTER:
      g_value_set_string (value, self->equipment_key);
      break;

    case PROP_AREA_FILTER:
      g_value_set_string (value, self->area_key);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ft_exercises_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  FtExercisesPage *self = FT_EXERCISES_PAGE (object);

  switch (prop_id)
    {
    case PROP_KIND_FILTER:
      set_kind_filter (self, g_value_get_string (value));
      break;

    case PROP_EQUIPMENT_FILTER:
      set_equipment_filter (self, g_value_get_string (value));
      break;

    case PROP_AREA_FILTER:
      set_area_filter (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ft_exercises_page_dispose (GObject *object)
{
  FtExercisesPage *self = FT_EXERCISES_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FT_TYPE_EXERCISES_PAGE);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (ft_exercises_page_parent_class)->dispose (object);
}

static void
ft_exercises_page_finalize (GObject *object)
{
  FtExercisesPage *self = FT_EXERCISES_PAGE (object);

  g_free (self->search);
  g_free (self->kind_key);
  g_free (self->equipment_key);
  g_free (self->area_key);

  G_OBJECT_CLASS (ft_exercises_page_parent_class)->finalize (object);
}

static void
ft_exercises_page_class_init (FtExercisesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = ft_exercises_page_get_property;
  object_class->set_property = ft_exercises_page_set_property;
  object_class->dispose = ft_exercises_page_dispose;
  object_class->finalize = ft_exercises_page_finalize;
  widget_class->map = ft_exercises_page_map;

  /* Keys as the core spells them; "" for any, and "none" for the
   * equipment filter means exercises that need nothing. */
  properties[PROP_KIND_FILTER] =
    g_param_spec_string ("kind-filter", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EQUIPMENT_FILTER] =
    g_param_spec_string ("equipment-filter", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AREA_FILTER] =
    g_param_spec_string ("area-filter", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (FT_TYPE_EXERCISE_CARD);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/ft-exercises-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FtExercisesPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, FtExercisesPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, FtExercisesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, FtExercisesPage, filter_banner);
  gtk_widget_class_bind_template_child (widget_class, FtExercisesPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, FtExercisesPage, grid_view);
  gtk_widget_class_bind_template_child (widget_class, FtExercisesPage, error_status);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, grid_view_activate_cb);

  gtk_widget_class_install_action (widget_class, "exercises.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "exercises.clear-filters", NULL,
                                   clear_filters_action);
  gtk_widget_class_install_property_action (widget_class, "exercises.kind", "kind-filter");
  gtk_widget_class_install_property_action (widget_class, "exercises.equipment",
                                            "equipment-filter");
  gtk_widget_class_install_property_action (widget_class, "exercises.area", "area-filter");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, start_search, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "exercises.add", NULL);
}

static void
ft_exercises_page_init (FtExercisesPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GMenuModel) filter_menu = create_filter_menu ();

  self->kind_key = g_strdup ("");
  self->equipment_key = g_strdup ("");
  self->area_key = g_strdup ("");
  self->kind = -1;
  self->equipment = -1;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Looked up rather than bound: a bound direct child would be let go of
   * twice, by the template and by AdwBin. */
  self->navigation_view = ADW_NAVIGATION_VIEW (adw_bin_get_child (ADW_BIN (self)));
  self->grid_page = adw_navigation_view_find_page (self->navigation_view, "exercises");

  g_signal_connect (factory, "setup", G_CALLBACK (factory_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (factory_bind_cb), self);
  gtk_grid_view_set_factory (self->grid_view, factory);
  gtk_menu_button_set_menu_model (self->filter_button, filter_menu);

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  /* Typing on the grid searches; typing on a detail page does not. */
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self->grid_page));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "exercises.add", FALSE);
  update_banner (self);
}

gboolean
ft_exercises_page_show_exercise (FtExercisesPage *self,
                                 const char      *id)
{
  FtExercise *exercise;

  g_return_val_if_fail (FT_IS_EXERCISES_PAGE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (!ensure_loaded (self))
    return FALSE;

  exercise = ft_exercise_catalog_lookup (self->catalog, id);
  if (exercise == NULL)
    return FALSE;

  push_detail (self, exercise);

  return TRUE;
}
