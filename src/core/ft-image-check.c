/* ft-image-check.c — telling whether a picked file is a PNG, JPEG or SVG
 * image Footing can show, from its bytes rather than its name.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-image-check.h"

#include "ft-error.h"

#include <glib/gi18n-lib.h>
#include <librsvg/rsvg.h>
#include <string.h>

/* How far into a file an SVG's root element may start (after the XML
 * declaration, comments and a doctype). */
#define SVG_SNIFF_BYTES 4096

static const guint8 png_signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
static const guint8 png_end[12] = { 0, 0, 0, 0, 'I', 'E', 'N', 'D', 0xae, 0x42, 0x60, 0x82 };

/* Helpers */

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

static guint16
read_be16 (const guint8 *p)
{
  return (guint16) ((p[0] << 8) | p[1]);
}

static gboolean
not_an_image (const char  *display_name,
              GError     **error)
{
  g_set_error (error, FT_ERROR, FT_ERROR_BAD_FILE,
               /* Translators: %s is a file name. */
               _("“%s” is not a PNG, JPEG or SVG image."), display_name);
  return FALSE;
}

static gboolean
damaged (const char  *display_name,
         const char  *type_name,
         GError     **error)
{
  g_set_error (error, FT_ERROR, FT_ERROR_BAD_FILE,
               /* Translators: the first %s is a file name, the second PNG or JPEG. */
               _("“%s” looks like a %s image but is damaged or cut short; pick another image."),
               display_name, type_name);
  return FALSE;
}

static gboolean
check_side (const char  *display_name,
            guint        width,
            guint        height,
            guint        max_side,
            GError     **error)
{
  if (width > max_side || height > max_side)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
                   /* Translators: %s is a file name, then its width and height, then the
                    * largest width or height Footing takes. */
                   _("“%s” is %u × %u pixels; pick an image of at most %u pixels a side."),
                   display_name, width, height, max_side);
      return FALSE;
    }

  return TRUE;
}

static void
too_large (const char  *display_name,
           guint64      size,
           guint64      max_bytes,
           GError     **error)
{
  g_autofree char *size_text = g_format_size (size);
  g_autofree char *max_text = NULL;

  /* "10 MB" reads better than "10.0 MB" for a round limit. */
  if (max_bytes % (1000 * 1000) == 0)
    /* Translators: a whole number of megabytes. */
    max_text = g_strdup_printf (_("%u MB"), (guint) (max_bytes / (1000 * 1000)));
  else
    max_text = g_format_size (max_bytes);

  g_set_error (error, FT_ERROR, FT_ERROR_INVALID,
               /* Translators: a file name, its size ("12.4 MB") and the largest size taken. */
               _("“%s” is %s; pick an image of at most %s."), display_name, size_text, max_text);
}

/* The signature, then the IHDR chunk (always first) with the size, and the
 * IEND chunk closing the file, so a cut-off download is caught too. */
static gboolean
check_png (const guint8  *data,
           gsize          size,
           const char    *display_name,
           guint         *width,
           guint         *height,
           GError       **error)
{
  if (size < 8 + 25 + sizeof png_end ||
      read_be32 (data + 8) != 13 || memcmp (data + 12, "IHDR", 4) != 0)
    return damaged (display_name, "PNG", error);

  *width = read_be32 (data + 16);
  *height = read_be32 (data + 20);

  if (*width == 0 || *height == 0 || memcmp (data + size - sizeof png_end, png_end, sizeof png_end) != 0)
    return damaged (display_name, "PNG", error);

  return TRUE;
}

static gboolean
is_jpeg_frame_marker (guint8 marker)
{
  /* SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
  return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
}

/* Walks the marker segments after SOI up to the first frame header, which
 * holds the size; scan data before a frame header means a broken file. */
static gboolean
check_jpeg (const guint8  *data,
            gsize          size,
            const char    *display_name,
            guint         *width,
            guint         *height,
            GError       **error)
{
  gsize pos = 2;

  while (pos < size)
    {
      guint8 marker;
      guint16 length;

      if (data[pos] != 0xff)
        break;

      /* Any number of 0xff fill bytes may come before a marker. */
      while (pos < size && data[pos] == 0xff)
        pos++;
      if (pos >= size)
        break;

      marker = data[pos++];

      /* Markers that stand alone, without a length. */
      if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7))
        continue;

      if (marker == 0xd8 || marker == 0xd9 || marker == 0xda || marker == 0x00)
        break;

      if (pos + 2 > size)
        break;

      length = read_be16 (data + pos);
      if (length < 2 || pos + length > size)
        break;

      if (is_jpeg_frame_marker (marker))
        {
          if (length < 8)
            break;

          /* Precision (1 byte), then height and width. */
          *height = read_be16 (data + pos + 3);
          *width = read_be16 (data + pos + 5);

          /* A height of 0 is set later by a DNL marker, which next to no
           * program writes; treat it as broken rather than guess. */
          if (*width == 0 || *height == 0)
            break;

          return TRUE;
        }

      pos += length;
    }

  return damaged (display_name, "JPEG", error);
}

/* An SVG file is XML whose root is <svg>: it starts (after a byte order
 * mark and white space) with "<", and "<svg" comes early. */
static gboolean
looks_like_svg (const guint8 *data,
                gsize         size)
{
  gsize start = 0;
  gsize sniff;

  if (size >= 3 && data[0] == 0xef && data[1] == 0xbb && data[2] == 0xbf)
    start = 3;

  while (start < size && g_ascii_isspace (data[start]))
    start++;

  if (start >= size || data[start] != '<')
    return FALSE;

  sniff = MIN (size, SVG_SNIFF_BYTES);

  for (gsize i = start; i + 4 <= sniff; i++)
    if (memcmp (data + i, "<svg", 4) == 0 &&
        (i + 4 == sniff || g_ascii_isspace (data[i + 4]) || data[i + 4] == '>' || data[i + 4] == '/'))
      return TRUE;

  return FALSE;
}

static gboolean
check_svg (GBytes      *bytes,
           const char  *display_name,
           guint       *width,
           guint       *height,
           GError     **error)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(GError) local_error = NULL;
  RsvgHandle *handle;
  gboolean has_width, has_height, has_viewbox, has_size;
  RsvgLength length_width, length_height;
  RsvgRectangle viewbox;
  double pixel_width, pixel_height;

  /* No base file: the copy is drawn on its own, and an SVG must not make
   * Footing read other files next to it. */
  handle = rsvg_handle_new_from_stream_sync (stream, NULL, RSVG_HANDLE_FLAGS_NONE, NULL,
                                             &local_error);
  if (handle == NULL)
    {
      g_set_error (error, FT_ERROR, FT_ERROR_BAD_FILE,
                   /* Translators: %s is a file name. */
                   _("“%s” looks like an SVG image but cannot be read; pick another image."),
                   display_name);
      return FALSE;
    }

  rsvg_handle_set_dpi (handle, 96.0);
  has_size = rsvg_handle_get_intrinsic_size_in_pixels (handle, &pixel_width, &pixel_height) &&
             pixel_width >= 1.0 && pixel_height >= 1.0;
  rsvg_handle_get_intrinsic_dimensions (handle, &has_width, &length_width, &has_height,
                                        &length_height, &has_viewbox, &viewbox);
  g_object_unref (handle);

  if (has_size)
    {
      *width = (guint) MIN (pixel_width + 0.5, (double) G_MAXUINT);
      *height = (guint) MIN (pixel_height + 0.5, (double) G_MAXUINT);
      return TRUE;
    }

  if (has_viewbox && viewbox.width > 0.0 && viewbox.height > 0.0)
    {
      *width = 0;
      *height = 0;
      return TRUE;
    }

  g_set_error (error, FT_ERROR, FT_ERROR_BAD_FILE,
               /* Translators: %s is a file name; width, height and viewBox are SVG terms. */
               _("“%s” does not say how large it is; pick an SVG image with a width and "
                 "height or a viewBox."),
               display_name);
  return FALSE;
}

/* Public API */

const char *
ft_image_type_get_extension (FtImageType type)
{
  switch (type)
    {
    case FT_IMAGE_PNG:
      return "png";
    case FT_IMAGE_JPEG:
      return "jpg";
    case FT_IMAGE_SVG:
      return "svg";
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * ft_image_check_data:
 * @data: the file's bytes
 * @display_name: the file's name, for messages
 * @max_side: the largest width or height a raster image may have
 * @type: (out): what the image is
 * @width: (out) (optional): its width in pixels
 * @height: (out) (optional): its height in pixels
 * @error: return location for an #FtError
 *
 * Returns: %TRUE when @data is an image Footing takes
 */
gboolean
ft_image_check_data (GBytes       *data,
                     const char   *display_name,
                     guint         max_side,
                     FtImageType  *type,
                     guint        *width,
                     guint        *height,
                     GError      **error)
{
  const guint8 *bytes;
  gsize size;
  guint w = 0, h = 0;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);
  g_return_val_if_fail (type != NULL, FALSE);

  bytes = g_bytes_get_data (data, &size);

  if (size >= sizeof png_signature && memcmp (bytes, png_signature, sizeof png_signature) == 0)
    {
      if (!check_png (bytes, size, display_name, &w, &h, error) ||
          !check_side (display_name, w, h, max_side, error))
        return FALSE;

      *type = FT_IMAGE_PNG;
    }
  else if (size >= 4 && bytes[0] == 0xff && bytes[1] == 0xd8 && bytes[2] == 0xff)
    {
      if (!check_jpeg (bytes, size, display_name, &w, &h, error) ||
          !check_side (display_name, w, h, max_side, error))
        return FALSE;

      *type = FT_IMAGE_JPEG;
    }
  else if (looks_like_svg (bytes, size))
    {
      if (!check_svg (data, display_name, &w, &h, error))
        return FALSE;

      *type = FT_IMAGE_SVG;
    }
  else
    {
      return not_an_image (display_name, error);
    }

  if (width != NULL)
    *width = w;
  if (height != NULL)
    *height = h;

  return TRUE;
}

/**
 * ft_image_check_file:
 * @file: the picked file
 * @max_bytes: the largest file size taken
 * @max_side: the largest width or height a raster image may have
 * @type: (out): what the image is
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an #FtError or a #GIOError
 *
 * Returns: (transfer full): the checked bytes, or %NULL with @error set
 */
GBytes *
ft_image_check_file (GFile         *file,
                     gsize          max_bytes,
                     guint          max_side,
                     FtImageType   *type,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *display_name;
  gsize length = 0;
  goffset size;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (type != NULL, NULL);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME ","
                            G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }

      g_set_error (error, FT_ERROR, FT_ERROR_BAD_FILE,
                   /* Translators: %s is a file name, then the reason from the system. */
                   _("“%s” cannot be read: %s"), name, local_error->message);
      return NULL;
    }

  display_name = g_file_info_get_display_name (info);

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      not_an_image (display_name, error);
      return NULL;
    }

  size = g_file_info_get_size (info);
  if (size < 0 || (guint64) size > max_bytes)
    {
      too_large (display_name, (guint64) MAX (size, 0), max_bytes, error);
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }

      g_set_error (error, FT_ERROR, FT_ERROR_BAD_FILE,
                   _("“%s” cannot be read: %s"), display_name, local_error->message);
      return NULL;
    }

  /* The file may have grown since its size was asked. */
  if (length > max_bytes)
    {
      too_large (display_name, length, max_bytes, error);
      return NULL;
    }

  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

  if (!ft_image_check_data (bytes, display_name, max_side, type, NULL, NULL, error))
    return NULL;

  return g_steal_pointer (&bytes);
}
