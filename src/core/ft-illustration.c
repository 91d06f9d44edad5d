/* ft-illustration.c — an exercise drawing, rendered with cairo so the window,
 * PNG exports and the PDF report share one source.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-illustration.h"

#include "footing-core-resources.h"
#include "ft-error.h"

#include <glib/gi18n-lib.h>
#include <librsvg/rsvg.h>
#include <string.h>

/* A person's own drawing is copied into the data folder at most this big. */
#define FILE_SIZE_MAX (10 * 1024 * 1024)

#define N_STYLES (FT_ILLUSTRATION_HIGH_CONTRAST_DARK + 1)

struct _FtIllustration
{
  GObject     parent_instance;

  GBytes     *data;
  char       *name;                 /* for messages: the file's name */
  double      aspect_ratio;
  /* One handle per style, made when first drawn: a stylesheet is part of a
   * handle's state, and re-styling on every frame would redo the cascade. */
  RsvgHandle *handles[N_STYLES];
};

G_DEFINE_FINAL_TYPE (FtIllustration, ft_illustration, G_TYPE_OBJECT)

/* The drawings name what each shape is (see docs/illustrations.md); these
 * rules give the names colours. Shapes paint with currentColor, so a rule
 * only sets `color`. The rules are !important because a user stylesheet
 * otherwise yields to the defaults in the drawing's own <style>. */
static const char * const stylesheets[N_STYLES] = {
  [FT_ILLUSTRATION_LIGHT] =
    ".ground { color: #c0bfbc !important; }\n"
    ".equipment { color: #deddda !important; }\n"
    ".equipment-detail { color: #9a9996 !important; }\n"
    ".figure { color: #77767b !important; }\n"
    ".figure-far { color: #a8a7ab !important; }\n"
    ".figure-detail { color: #5e5c64 !important; }\n"
    ".ghost { color: #77767b !important; opacity: 0.22 !important; }\n"
    ".target { color: #e66100 !important; }\n"
    ".motion { color: #3d3846 !important; }\n"
    ".inset { color: #f6f5f4 !important; }\n",
  [FT_ILLUSTRATION_DARK] =
    ".ground { color: #5e5c64 !important; }\n"
    ".equipment { color: #4c4a52 !important; }\n"
    ".equipment-detail { color: #8a8990 !important; }\n"
    ".figure { color: #c0bfbc !important; }\n"
    ".figure-far { color: #8f8e94 !important; }\n"
    ".figure-detail { color: #eeeeec !important; }\n"
    ".ghost { color: #c0bfbc !important; opacity: 0.2 !important; }\n"
    ".target { color: #ffa348 !important; }\n"
    ".motion { color: #f6f5f4 !important; }\n"
    ".inset { color: #3a383f !important; }\n",
  [FT_ILLUSTRATION_HIGH_CONTRAST] =
    ".ground { color: #000000 !important; }\n"
    ".equipment { color: #c0bfbc !important; }\n"
    ".equipment-detail { color: #000000 !important; }\n"
    ".figure { color: #000000 !important; }\n"
    ".figure-far { color: #5e5c64 !important; }\n"
    ".figure-detail { color: #ffffff !important; }\n"
    ".ghost { color: #000000 !important; opacity: 0.3 !important; }\n"
    ".target { color: #c64600 !important; }\n"
    ".motion { color: #000000 !important; }\n"
    ".inset { color: #ffffff !important; }\n",
  [FT_ILLUSTRATION_HIGH_CONTRAST_DARK] =
    ".ground { color: #ffffff !important; }\n"
    ".equipment { color: #5e5c64 !important; }\n"
    ".equipment-detail { color: #ffffff !important; }\n"
    ".figure { color: #ffffff !important; }\n"
    ".figure-far { color: #b0afb5 !important; }\n"
    ".figure-detail { color: #000000 !important; }\n"
    ".ghost { color: #ffffff !important; opacity: 0.3 !important; }\n"
    ".target { color: #ffa348 !important; }\n"
    ".motion { color: #ffffff !important; }\n"
    ".inset { color: #000000 !important; }\n",
};

/* Helpers */

static gboolean
set_bad_file (GError     **error,
              const char  *name,
              const char  *reason)
{
  if (reason != NULL)
    g_set_error (error, FT_ERROR, FT_ERROR_BAD_FILE,
                 /* Translators: %s is a file name, then why it could not be read. */
                 _("“%s” is not a drawing Footing can show: %s"), name, reason);
  else
    g_set_error (error, FT_ERROR, FT_ERROR_BAD_FILE,
                 /* Translators: %s is a file name. */
                 _("“%s” is not a drawing Footing can show; choose an SVG file"), name);

  return FALSE;
}

static RsvgHandle *
load_handle (GBytes      *data,
             const char  *name,
             GError     **error)
{
  g_autoptr(GError) rsvg_error = NULL;
  RsvgHandle *handle;
  gconstpointer bytes;
  gsize size;

  bytes = g_bytes_get_data (data, &size);

  /* No base file: a drawing may not pull in other files from the disk. */
  handle = rsvg_handle_new_from_data (bytes, size, &rsvg_error);
  if (handle == NULL)
    {
      set_bad_file (error, name, rsvg_error != NULL ? rsvg_error->message : NULL);
      return NULL;
    }

  rsvg_handle_set_dpi (handle, 96.0);

  return handle;
}

/* Reads the drawing once, which also checks it, and keeps its bytes. */
static FtIllustration *
illustration_new (GBytes      *data,
                  const char  *name,
                  GError     **error)
{
  g_autoptr(FtIllustration) self = NULL;
  RsvgHandle *handle;
  gboolean has_width, has_height, has_viewbox;
  RsvgLength width, height;
  RsvgRectangle viewbox;
  double width_px, height_px;
  gsize size;

  /* A text file that happens to be XML is not a drawing: look for an <svg>
   * element before handing it to the SVG reader, which takes any XML. */
  g_bytes_get_data (data, &size);
  if (size == 0 || g_strstr_len (g_bytes_get_data (data, NULL), size, "<svg") == NULL)
    {
      set_bad_file (error, name, NULL);
      return NULL;
    }

  handle = load_handle (data, name, error);
  if (handle == NULL)
    return NULL;

  self = g_object_new (FT_TYPE_ILLUSTRATION, NULL);
  self->data = g_bytes_ref (data);
  self->name = g_strdup (name);
  self->aspect_ratio = 1.0;

  rsvg_handle_get_intrinsic_dimensions (handle, &has_width, &width, &has_height, &height,
                                        &has_viewbox, &viewbox);
  if (has_viewbox && viewbox.width > 0 && viewbox.height > 0)
    self->aspect_ratio = viewbox.width / viewbox.height;
  else if (rsvg_handle_get_intrinsic_size_in_pixels (handle, &width_px, &height_px) &&
           width_px > 0 && height_px > 0)
    self->aspect_ratio = width_px / height_px;

  g_object_unref (handle);

  return g_steal_pointer (&self);
}

static RsvgHandle *
get_handle (FtIllustration       *self,
            FtIllustrationStyle   style,
            GError              **error)
{
  g_autoptr(GError) rsvg_error = NULL;
  const char *css = stylesheets[style];
  RsvgHandle *handle;

  if (self->handles[style] != NULL)
    return self->handles[style];

  handle = load_handle (self->data, self->name, error);
  if (handle == NULL)
    return NULL;

  if (!rsvg_handle_set_stylesheet (handle, (const guint8 *) css, strlen (css), &rsvg_error))
    {
      /* The stylesheets are ours: failing to parse one is a bug. */
      g_critical ("Could not apply the illustration stylesheet: %s", rsvg_error->message);
    }

  self->handles[style] = handle;

  return self->handles[style];
}

/* GObject */

static void
ft_illustration_finalize (GObject *object)
{
  FtIllustration *self = FT_ILLUSTRATION (object);

  for (guint i = 0; i < N_STYLES; i++)
    g_clear_object (&self->handles[i]);
  g_clear_pointer (&self->data, g_bytes_unref);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (ft_illustration_parent_class)->finalize (object);
}

static void
ft_illustration_class_init (FtIllustrationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ft_illustration_finalize;
}

static void
ft_illustration_init (FtIllustration *self)
{
}

/* Public API */

FtIllustration *
ft_illustration_new_for_resource (const char  *resource_path,
                                  GError     **error)
{
  g_autoptr(GBytes) data = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (resource_path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_path_get_basename (resource_path);
  /* The core's own resources first: in a static library nothing else makes
   * sure they are linked in and registered. */
  data = g_resource_lookup_data (footing_core_get_resource (), resource_path,
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (data == NULL)
    data = g_resources_lookup_data (resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (data == NULL)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_BAD_FILE,
                   /* Translators: %s is a file name; the drawing should ship with Footing. */
                   _("The drawing “%s” is missing; reinstalling Footing should bring it back"),
                   name);
      return NULL;
    }

  return illustration_new (data, name, error);
}

FtIllustration *
ft_illustration_new_for_file (GFile   *file,
                              GError **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) io_error = NULL;
  g_autoptr(GBytes) data = NULL;
  g_autofree char *name = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_file_get_basename (file);
  if (name == NULL)
    name = g_file_get_uri (file);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, &io_error);
  if (info == NULL)
    {
      set_bad_file (error, name, io_error->message);
      return NULL;
    }

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      set_bad_file (error, name, _("it is not a file"));
      return NULL;
    }

  if (g_file_info_get_size (info) > FILE_SIZE_MAX)
    {
      set_bad_file (error, name, _("it is larger than 10 MB"));
      return NULL;
    }

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &io_error))
    {
      set_bad_file (error, name, io_error->message);
      return NULL;
    }

  data = g_bytes_new_take (contents, length);

  return illustration_new (data, name, error);
}

double
ft_illustration_get_aspect_ratio (FtIllustration *self)
{
  g_return_val_if_fail (FT_IS_ILLUSTRATION (self), 1.0);

  return self->aspect_ratio;
}

gboolean
ft_illustration_draw (FtIllustration       *self,
                      cairo_t              *cr,
                      double                width,
                      double                height,
                      FtIllustrationStyle   style,
                      gboolean              mirrored,
                      GError              **error)
{
  g_autoptr(GError) rsvg_error = NULL;
  RsvgRectangle viewport = { 0, 0, width, height };
  RsvgHandle *handle;
  double fit_width, fit_height;
  gboolean drawn;

  g_return_val_if_fail (FT_IS_ILLUSTRATION (self), FALSE);
  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (style < N_STYLES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (width <= 0 || height <= 0)
    return TRUE;

  handle = get_handle (self, style, error);
  if (handle == NULL)
    return FALSE;

  cairo_save (cr);

  /* Shapes may run past the drawing's edges (a close-up's thigh): keep them
   * inside the part of the box the drawing fills. */
  fit_width = MIN (width, height * self->aspect_ratio);
  fit_height = MIN (height, width / self->aspect_ratio);
  cairo_rectangle (cr, (width - fit_width) / 2, (height - fit_height) / 2, fit_width, fit_height);
  cairo_clip (cr);

  /* Flipping about the box's centre keeps the drawing in its box. */
  if (mirrored)
    {
      cairo_translate (cr, width, 0);
      cairo_scale (cr, -1, 1);
    }

  drawn = rsvg_handle_render_document (handle, cr, &viewport, &rsvg_error);

  cairo_restore (cr);

  if (!drawn)
    return set_bad_file (error, self->name, rsvg_error != NULL ? rsvg_error->message : NULL);

  return TRUE;
}
