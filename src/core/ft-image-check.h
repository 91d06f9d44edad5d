/* ft-image-check.h — telling whether a picked file is a PNG, JPEG or SVG
 * image Footing can show, from its bytes rather than its name.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  FT_IMAGE_PNG,
  FT_IMAGE_JPEG,
  FT_IMAGE_SVG,
} FtImageType;

/* "png", "jpg", "svg". */
const char *ft_image_type_get_extension (FtImageType   type);

/* Checks @data is a PNG, JPEG or SVG image whose sides are at most
 * @max_side pixels (raster images; an SVG is scaled when drawn, so it only
 * needs a size: a width and height, or a viewBox). @display_name names the
 * file in messages. Fails with FT_ERROR_BAD_FILE for anything else, a
 * damaged or empty header included, and FT_ERROR_INVALID for an image
 * beyond the limit. @width and @height get the size in pixels (for an SVG,
 * at 96 dpi; 0 when it has only a viewBox). */
gboolean    ft_image_check_data         (GBytes       *data,
                                         const char   *display_name,
                                         guint         max_side,
                                         FtImageType  *type,
                                         guint        *width,
                                         guint        *height,
                                         GError      **error);

/* Reads @file (at most @max_bytes, else FT_ERROR_INVALID) and checks it as
 * above. Returns: (transfer full): the bytes that were checked, so the
 * caller stores exactly those. */
GBytes     *ft_image_check_file         (GFile        *file,
                                         gsize         max_bytes,
                                         guint         max_side,
                                         FtImageType  *type,
                                         GCancellable *cancellable,
                                         GError      **error);

G_END_DECLS
