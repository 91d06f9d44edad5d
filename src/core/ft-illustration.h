/* ft-illustration.h — an exercise drawing, rendered with cairo so the window,
 * PNG exports and the PDF report share one source.
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

/* The colours a drawing takes, chosen by the style the app shows. */
typedef enum
{
  FT_ILLUSTRATION_LIGHT,
  FT_ILLUSTRATION_DARK,
  FT_ILLUSTRATION_HIGH_CONTRAST,
  FT_ILLUSTRATION_HIGH_CONTRAST_DARK,
} FtIllustrationStyle;

#define FT_TYPE_ILLUSTRATION (ft_illustration_get_type ())

G_DECLARE_FINAL_TYPE (FtIllustration, ft_illustration, FT, ILLUSTRATION, GObject)

/* Loads an SVG drawing from GResource (the catalog's illustrations) or from a
 * file; a file that is not a drawing fails with FT_ERROR_BAD_FILE. */
FtIllustration *ft_illustration_new_for_resource (const char          *resource_path,
                                                  GError             **error) G_GNUC_WARN_UNUSED_RESULT;
FtIllustration *ft_illustration_new_for_file     (GFile               *file,
                                                  GError             **error) G_GNUC_WARN_UNUSED_RESULT;
/* The drawing's own proportions (width / height). */
double          ft_illustration_get_aspect_ratio (FtIllustration      *self);
/* Draws the whole drawing, centred and scaled to fit the box from (0, 0) to
 * (@width, @height) in @cr's user space (whose transform may already scale
 * it, for HiDPI or PDF), on a transparent background. @mirrored flips it left
 * to right: the other side's exercise. @cr's state is left as it was. */
gboolean        ft_illustration_draw             (FtIllustration      *self,
                                                  cairo_t             *cr,
                                                  double               width,
                                                  double               height,
                                                  FtIllustrationStyle  style,
                                                  gboolean             mirrored,
                                                  GError             **error);

G_END_DECLS
