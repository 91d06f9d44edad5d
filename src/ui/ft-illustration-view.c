/* ft-illustration-view.c — an exercise's drawing, or the picture a person
 * picked for their own exercise, drawn crisply at any size.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-illustration-view.h"

#include <adwaita.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gi18n.h>
#include <math.h>

#include "ft-illustration.h"

/* A picked photo is kept no larger than this: enough for a full-window
 * view, and an 8 000 px photo would otherwise hold hundreds of megabytes. */
#define PICTURE_MAX_SIDE 1600

struct _FtIllustrationView
{
  GtkWidget       parent_instance;

  FtExercise     *exercise;
  gboolean        mirrored;

  /* What is drawn: a vector drawing, or a picked raster picture. */
  FtIllustration *illustration;
  GdkTexture     *picture;
  gboolean        fallback;

  /* The drawing rendered once for the size, scale, style and side on
   * screen, so scrolling the grid does not run the SVG renderer again. */
  GdkTexture     *rendered;
  int             rendered_width;
  int             rendered_height;
  double          rendered_scale;
  FtIllustrationStyle rendered_style;
  gboolean        rendered_mirrored;

  GtkWidget      *fallback_icon;
};

G_DEFINE_FINAL_TYPE (FtIllustrationView, ft_illustration_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EXERCISE,
  PROP_MIRRORED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Drawings and pictures are shared by every view that shows them: the grid
 * recycles its cards, and parsing a file on each bind would show. */
static GHashTable *drawings;
static GHashTable *pictures;

static FtIllustration *
lookup_drawing (const char *key,
                gboolean    is_resource,
                GError    **error)
{
  FtIllustration *drawing;

  if (drawings == NULL)
    drawings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  drawing = g_hash_table_lookup (drawings, key);
  if (drawing != NULL)
    return g_object_ref (drawing);

  if (is_resource)
    {
      drawing = ft_illustration_new_for_resource (key, error);
    }
  else
    {
      g_autoptr(GFile) file = g_file_new_for_path (key);

      drawing = ft_illustration_new_for_file (file, error);
    }

  if (drawing != NULL)
    g_hash_table_insert (drawings, g_strdup (key), g_object_ref (drawing));

  return drawing;
}

static GdkTexture *
texture_for_pixbuf (GdkPixbuf *pixbuf)
{
  g_autoptr(GBytes) bytes = gdk_pixbuf_read_pixel_bytes (pixbuf);
  gboolean alpha = gdk_pixbuf_get_has_alpha (pixbuf);

  return gdk_memory_texture_new (gdk_pixbuf_get_width (pixbuf),
                                 gdk_pixbuf_get_height (pixbuf),
                                 alpha ? GDK_MEMORY_R8G8B8A8 : GDK_MEMORY_R8G8B8,
                                 bytes,
                                 gdk_pixbuf_get_rowstride (pixbuf));
}

static GdkTexture *
lookup_picture (const char  *path,
                GError     **error)
{
  g_autoptr(GdkPixbuf) loaded = NULL;
  g_autoptr(GdkPixbuf) oriented = NULL;
  GdkTexture *picture;

  if (pictures == NULL)
    pictures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  picture = g_hash_table_lookup (pictures, path);
  if (picture != NULL)
    return g_object_ref (picture);

  loaded = gdk_pixbuf_new_from_file_at_scale (path, PICTURE_MAX_SIDE, PICTURE_MAX_SIDE, TRUE,
                                              error);
  if (loaded == NULL)
    return NULL;

  /* A phone photo says in its EXIF data which way is up. */
  oriented = gdk_pixbuf_apply_embedded_orientation (loaded);
  picture = texture_for_pixbuf (oriented != NULL ? oriented : loaded);
  g_hash_table_insert (pictures, g_strdup (path), g_object_ref (picture));

  return picture;
}

static gboolean
is_svg_file (const char *path)
{
  g_autofree char *content_type = g_content_type_guess (path, NULL, 0, NULL);

  return g_content_type_is_a (content_type, "image/svg+xml");
}

static FtIllustrationStyle
current_style (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (manager);

  if (adw_style_manager_get_high_contrast (manager))
    return dark ? FT_ILLUSTRATION_HIGH_CONTRAST_DARK : FT_ILLUSTRATION_HIGH_CONTRAST;

  return dark ? FT_ILLUSTRATION_DARK : FT_ILLUSTRATION_LIGHT;
}

static void
set_fallback (FtIllustrationView *self,
              gboolean            fallback)
{
  self->fallback = fallback;
  gtk_widget_set_visible (self->fallback_icon, fallback);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
update_description (FtIllustrationView *self)
{
  const char *description = NULL;
  g_autofree char *generated = NULL;

  if (self->exercise != NULL)
    {
      description = ft_exercise_get_image_description (self->exercise);

      if (description == NULL || *description == '\0')
        {
          if (self->picture != NULL || self->illustration != NULL)
            /* Translators: the accessible label of a person's own picture; %s is the exercise */
            generated = g_strdup_printf (_("Picture for “%s”"),
                                         ft_exercise_get_name (self->exercise));
          else
            /* Translators: read by screen readers where an exercise has no picture */
            generated = g_strdup (_("No picture"));
          description = generated;
        }
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description != NULL ? description : "",
                                  -1);
}

/* Loads what the exercise shows. Anything missing or broken leaves the
 * placeholder in its place: a picture is never worth a crash. */
static void
load_source (FtIllustrationView *self)
{
  g_autoptr(GError) error = NULL;
  const char *resource = NULL;
  const char *path = NULL;

  g_clear_object (&self->illustration);
  g_clear_object (&self->picture);
  g_clear_object (&self->rendered);

  if (self->exercise != NULL)
    {
      resource = ft_exercise_get_illustration (self->exercise);
      path = ft_exercise_get_image_path (self->exercise);
    }

  if (resource != NULL)
    self->illustration = lookup_drawing (resource, TRUE, &error);
  else if (path != NULL && is_svg_file (path))
    self->illustration = lookup_drawing (path, FALSE, &error);
  else if (path != NULL)
    self->picture = lookup_picture (path, &error);

  if (error != NULL)
    g_message ("Cannot show the picture of %s: %s", ft_exercise_get_id (self->exercise),
               error->message);

  set_fallback (self, self->illustration == NULL && self->picture == NULL);
  update_description (self);
}

static void
style_changed_cb (FtIllustrationView *self)
{
  /* The cached rendering keeps its style; the next frame sees it differs. */
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static double
surface_scale (FtIllustrationView *self)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  GdkSurface *surface = native != NULL ? gtk_native_get_surface (native) : NULL;

  if (surface != NULL)
    return gdk_surface_get_scale (surface);

  return gtk_widget_get_scale_factor (GTK_WIDGET (self));
}

static GdkTexture *
render_drawing (FtIllustrationView  *self,
                int                  width,
                int                  height,
                double               scale,
                FtIllustrationStyle  style,
                GError             **error)
{
  int pixel_width = (int) ceil (width * scale);
  int pixel_height = (int) ceil (height * scale);
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean drawn;
  GBytes *bytes;
  GdkTexture *texture;
  int stride;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixel_width, pixel_height);
  cr = cairo_create (surface);
  cairo_scale (cr, (double) pixel_width / width, (double) pixel_height / height);
  cairo_move_to (cr, 0, 0);
  drawn = ft_illustration_draw (self->illustration, cr, width, height, style, self->mirrored,
                                error);
  cairo_destroy (cr);

  if (!drawn)
    {
      cairo_surface_destroy (surface);
      return NULL;
    }

  /* Cairo's ARGB32 is GDK's default memory format: no copy, no conversion. */
  cairo_surface_flush (surface);
  stride = cairo_image_surface_get_stride (surface);
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) stride * pixel_height,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  texture = gdk_memory_texture_new (pixel_width, pixel_height, GDK_MEMORY_DEFAULT, bytes, stride);
  g_bytes_unref (bytes);

  return texture;
}

static void
snapshot_picture (FtIllustrationView *self,
                  GtkSnapshot        *snapshot,
                  int                 width,
                  int                 height)
{
  double picture_width = gdk_texture_get_width (self->picture);
  double picture_height = gdk_texture_get_height (self->picture);
  double fit = MIN (width / picture_width, height / picture_height);
  double shown_width = picture_width * fit;
  double shown_height = picture_height * fit;

  gtk_snapshot_save (snapshot);
  if (self->mirrored)
    {
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (width, 0));
      gtk_snapshot_scale (snapshot, -1, 1);
    }
  gtk_snapshot_append_scaled_texture (snapshot, self->picture, GSK_SCALING_FILTER_TRILINEAR,
                                      &GRAPHENE_RECT_INIT ((width - shown_width) / 2,
                                                           (height - shown_height) / 2,
                                                           shown_width, shown_height));
  gtk_snapshot_restore (snapshot);
}

static void
ft_illustration_view_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  FtIllustrationView *self = FT_ILLUSTRATION_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  FtIllustrationStyle style;
  double scale;

  if (self->fallback)
    {
      gtk_widget_snapshot_child (widget, self->fallback_icon, snapshot);
      return;
    }

  if (width <= 0 || height <= 0)
    return;

  if (self->picture != NULL)
    {
      snapshot_picture (self, snapshot, width, height);
      return;
    }

  style = current_style ();
  scale = surface_scale (self);

  if (self->rendered == NULL ||
      self->rendered_width != width || self->rendered_height != height ||
      self->rendered_scale != scale || self->rendered_style != style ||
      self->rendered_mirrored != self->mirrored)
    {
      g_autoptr(GError) error = NULL;

      g_clear_object (&self->rendered);
      self->rendered = render_drawing (self, width, height, scale, style, &error);
      if (self->rendered == NULL)
        {
          g_message ("Cannot draw the illustration of %s: %s",
                     ft_exercise_get_id (self->exercise), error != NULL ? error->message : "");
          g_clear_object (&self->illustration);
          set_fallback (self, TRUE);
          gtk_widget_snapshot_child (widget, self->fallback_icon, snapshot);
          return;
        }

      self->rendered_width = width;
      self->rendered_height = height;
      self->rendered_scale = scale;
      self->rendered_style = style;
      self->rendered_mirrored = self->mirrored;
    }

  gtk_snapshot_append_texture (snapshot, self->rendered, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static void
ft_illustration_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  FtIllustrationView *self = FT_ILLUSTRATION_VIEW (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      g_value_set_object (value, self->exercise);
      break;

    case PROP_MIRRORED:
      g_value_set_boolean (value, self->mirrored);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ft_illustration_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  FtIllustrationView *self = FT_ILLUSTRATION_VIEW (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      ft_illustration_view_set_exercise (self, g_value_get_object (value));
      break;

    case PROP_MIRRORED:
      ft_illustration_view_set_mirrored (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ft_illustration_view_dispose (GObject *object)
{
  FtIllustrationView *self = FT_ILLUSTRATION_VIEW (object);

  g_clear_pointer (&self->fallback_icon, gtk_widget_unparent);
  g_clear_object (&self->exercise);
  g_clear_object (&self->illustration);
  g_clear_object (&self->picture);
  g_clear_object (&self->rendered);

  G_OBJECT_CLASS (ft_illustration_view_parent_class)->dispose (object);
}

static void
ft_illustration_view_class_init (FtIllustrationViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = ft_illustration_view_get_property;
  object_class->set_property = ft_illustration_view_set_property;
  object_class->dispose = ft_illustration_view_dispose;
  widget_class->snapshot = ft_illustration_view_snapshot;

  properties[PROP_EXERCISE] =
    g_param_spec_object ("exercise", NULL, NULL, FT_TYPE_EXERCISE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MIRRORED] =
    g_param_spec_boolean ("mirrored", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "illustration");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ft_illustration_view_init (FtIllustrationView *self)
{
  self->fallback_icon = g_object_new (GTK_TYPE_IMAGE,
                                      "icon-name", "ft-exercises-symbolic",
                                      "pixel-size", 48,
                                      "halign", GTK_ALIGN_CENTER,
                                      "valign", GTK_ALIGN_CENTER,
                                      "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                      NULL);
  gtk_widget_add_css_class (self->fallback_icon, "dim-label");
  gtk_widget_set_parent (self->fallback_icon, GTK_WIDGET (self));
  set_fallback (self, TRUE);
  update_description (self);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
ft_illustration_view_new (void)
{
  return g_object_new (FT_TYPE_ILLUSTRATION_VIEW, NULL);
}

/**
 * ft_illustration_view_get_exercise:
 *
 * Returns: (transfer none) (nullable): the exercise whose picture is shown
 */
FtExercise *
ft_illustration_view_get_exercise (FtIllustrationView *self)
{
  g_return_val_if_fail (FT_IS_ILLUSTRATION_VIEW (self), NULL);

  return self->exercise;
}

void
ft_illustration_view_set_exercise (FtIllustrationView *self,
                                   FtExercise         *exercise)
{
  g_return_if_fail (FT_IS_ILLUSTRATION_VIEW (self));
  g_return_if_fail (exercise == NULL || FT_IS_EXERCISE (exercise));

  if (!g_set_object (&self->exercise, exercise))
    return;

  load_source (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXERCISE]);
}

gboolean
ft_illustration_view_get_mirrored (FtIllustrationView *self)
{
  g_return_val_if_fail (FT_IS_ILLUSTRATION_VIEW (self), FALSE);

  return self->mirrored;
}

/**
 * ft_illustration_view_set_mirrored:
 * @mirrored: whether to draw the other side, flipped left to right
 */
void
ft_illustration_view_set_mirrored (FtIllustrationView *self,
                                   gboolean            mirrored)
{
  g_return_if_fail (FT_IS_ILLUSTRATION_VIEW (self));

  mirrored = !!mirrored;
  if (self->mirrored == mirrored)
    return;

  self->mirrored = mirrored;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIRRORED]);
}

gboolean
ft_illustration_view_is_fallback (FtIllustrationView *self)
{
  g_return_val_if_fail (FT_IS_ILLUSTRATION_VIEW (self), FALSE);

  return self->fallback;
}
