/* check-illustration.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-error.h"
#include "ft-illustration.h"
#include "test-support.h"

#include <check.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#define RESOURCE_DIR "/io/github/footing/Footing/core/illustrations/"

static const char * const drawings[] = {
  "upper-calf-stretch",
  "lower-calf-stretch",
  "calf-hamstring-band-stretch",
  "big-toe-band-stretch",
  "seated-towel-calf-stretch",
  "slant-board-calf-stretch",
  "shin-peroneal-stretch",
  "tibial-nerve-glide",
  "foot-scrunch",
  "heel-raise-parallel",
  "heel-raise-turned-in",
  "heel-raise-turned-out",
  "soleus-release",
  "posterior-tibialis-release",
  "gastrocnemius-release",
  "peroneal-massage",
  "hamstring-release",
  "plantar-fascia-release",
};

static const FtIllustrationStyle styles[] = {
  FT_ILLUSTRATION_LIGHT,
  FT_ILLUSTRATION_DARK,
  FT_ILLUSTRATION_HIGH_CONTRAST,
  FT_ILLUSTRATION_HIGH_CONTRAST_DARK,
};

/* Boxes inside a larger surface, so drawing outside the box shows. */
typedef struct
{
  int width;
  int height;
} Box;

static const Box boxes[] = {
  { 64, 48 },
  { 64, 64 },
  { 48, 64 },
  { 1024, 768 },
  { 1024, 1024 },
};

#define MARGIN 8

/* Helpers */

static FtIllustration *
load (const char *id)
{
  g_autofree char *path = g_strconcat (RESOURCE_DIR, id, ".svg", NULL);
  g_autoptr(GError) error = NULL;
  FtIllustration *illustration;

  illustration = ft_illustration_new_for_resource (path, &error);
  ck_assert_msg (illustration != NULL, "%s: %s", id, error != NULL ? error->message : "?");

  return illustration;
}

/* Draws into a transparent surface with a margin round the box. */
static cairo_surface_t *
render (FtIllustration      *illustration,
        int                  width,
        int                  height,
        FtIllustrationStyle  style,
        gboolean             mirrored)
{
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width + 2 * MARGIN,
                                        height + 2 * MARGIN);
  cr = cairo_create (surface);
  cairo_translate (cr, MARGIN, MARGIN);
  ck_assert (ft_illustration_draw (illustration, cr, width, height, style, mirrored, &error));
  ck_assert_ptr_null (error);
  ck_assert_int_eq (cairo_status (cr), CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(guint32 *) (data + y * stride + x * 4);
}

static void
count_drawn (cairo_surface_t *surface,
             guint           *inside,
             guint           *outside)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);

  *inside = *outside = 0;
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        gboolean in_box = x >= MARGIN && x < width - MARGIN && y >= MARGIN && y < height - MARGIN;

        if ((pixel (surface, x, y) >> 24) == 0)
          continue;
        if (in_box)
          (*inside)++;
        else
          (*outside)++;
      }
}

/* The largest difference of one channel between @a and @b flipped. */
static guint
max_mirror_difference (cairo_surface_t *a,
                       cairo_surface_t *b,
                       guint           *n_differing)
{
  int width = cairo_image_surface_get_width (a);
  int height = cairo_image_surface_get_height (a);
  guint worst = 0;

  *n_differing = 0;
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pa = pixel (a, x, y);
        guint32 pb = pixel (b, width - 1 - x, y);
        guint pixel_worst = 0;

        for (int shift = 0; shift < 32; shift += 8)
          {
            int ca = (pa >> shift) & 0xff;
            int cb = (pb >> shift) & 0xff;

            pixel_worst = MAX (pixel_worst, (guint) ABS (ca - cb));
          }
        if (pixel_worst > 32)
          (*n_differing)++;
        worst = MAX (worst, pixel_worst);
      }

  return worst;
}

static char *
write_temp_file (const char *name,
                 const char *contents,
                 gssize      length,
                 char      **dir_out)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("footing-illustration-XXXXXX", &error);
  char *path;

  ck_assert_ptr_nonnull (dir);
  path = g_build_filename (dir, name, NULL);
  ck_assert (g_file_set_contents (path, contents, length, &error));
  *dir_out = dir;

  return path;
}

static void
remove_temp_file (char *path,
                  char *dir)
{
  g_remove (path);
  g_rmdir (dir);
  g_free (path);
  g_free (dir);
}

/* Tests */

START_TEST (test_every_drawing_renders)
{
  const char *id = drawings[_i];
  g_autoptr(FtIllustration) illustration = load (id);

  ck_assert_double_eq_tol (ft_illustration_get_aspect_ratio (illustration), 4.0 / 3.0, 1e-9);

  for (guint b = 0; b < G_N_ELEMENTS (boxes); b++)
    for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
      for (int mirrored = 0; mirrored <= 1; mirrored++)
        {
          cairo_surface_t *surface;
          guint inside, outside;

          /* The large boxes take long: one style is enough for them. */
          if (boxes[b].width > 64 && s > 0 && mirrored)
            continue;

          surface = render (illustration, boxes[b].width, boxes[b].height, styles[s], mirrored);
          count_drawn (surface, &inside, &outside);
          ck_assert_msg (inside > (guint) (boxes[b].width * boxes[b].height / 20),
                         "%s drew almost nothing at %d×%d", id, boxes[b].width, boxes[b].height);
          ck_assert_msg (outside == 0, "%s drew %u pixels outside its %d×%d box", id, outside,
                         boxes[b].width, boxes[b].height);
          cairo_surface_destroy (surface);
        }
}
END_TEST

START_TEST (test_mirrored_is_flipped)
{
  const char *id = drawings[_i];
  g_autoptr(FtIllustration) illustration = load (id);
  /* Even widths, so the box's centre falls between two pixel columns. */
  const Box sizes[] = { { 64, 48 }, { 400, 300 } };

  for (guint b = 0; b < G_N_ELEMENTS (sizes); b++)
    {
      cairo_surface_t *plain = render (illustration, sizes[b].width, sizes[b].height,
                                       FT_ILLUSTRATION_LIGHT, FALSE);
      cairo_surface_t *mirrored = render (illustration, sizes[b].width, sizes[b].height,
                                          FT_ILLUSTRATION_LIGHT, TRUE);
      guint n_differing;
      guint worst = max_mirror_difference (plain, mirrored, &n_differing);
      int n_pixels = cairo_image_surface_get_width (plain) * cairo_image_surface_get_height (plain);

      /* Antialiasing may cover an edge pixel a little differently once
       * flipped: a few edge pixels may differ, and none by much. */
      ck_assert_msg (n_differing <= (guint) n_pixels / 100,
                     "%s: %u of %d pixels differ from the flipped drawing", id, n_differing,
                     n_pixels);
      ck_assert_msg (worst < 128, "%s: a pixel differs by %u from the flipped drawing", id, worst);

      /* And mirroring did something: the drawings are not symmetric. */
      {
        cairo_surface_t *again = render (illustration, sizes[b].width, sizes[b].height,
                                         FT_ILLUSTRATION_LIGHT, FALSE);
        guint n_asymmetric;

        max_mirror_difference (plain, again, &n_asymmetric);
        ck_assert_msg (n_asymmetric > 0, "%s is symmetric, so mirroring tests nothing", id);
        cairo_surface_destroy (again);
      }

      cairo_surface_destroy (plain);
      cairo_surface_destroy (mirrored);
    }
}
END_TEST

START_TEST (test_styles_differ)
{
  const char *id = drawings[_i];
  g_autoptr(FtIllustration) illustration = load (id);
  cairo_surface_t *surfaces[G_N_ELEMENTS (styles)];

  for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
    surfaces[s] = render (illustration, 200, 150, styles[s], FALSE);

  for (guint s = 1; s < G_N_ELEMENTS (styles); s++)
    {
      gboolean differs = FALSE;

      for (int y = 0; y < cairo_image_surface_get_height (surfaces[0]) && !differs; y++)
        for (int x = 0; x < cairo_image_surface_get_width (surfaces[0]) && !differs; x++)
          differs = pixel (surfaces[0], x, y) != pixel (surfaces[s], x, y);
      ck_assert_msg (differs, "%s looks the same in style %u as in the light style", id, s);
    }

  for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
    cairo_surface_destroy (surfaces[s]);
}
END_TEST

/* Where the light style paints the figure's grey, the dark style paints a
 * lighter one: the figure changes colour, not only the scenery. */
START_TEST (test_dark_figure_is_lighter)
{
  g_autoptr(FtIllustration) illustration = load ("heel-raise-parallel");
  cairo_surface_t *light = render (illustration, 400, 300, FT_ILLUSTRATION_LIGHT, FALSE);
  cairo_surface_t *dark = render (illustration, 400, 300, FT_ILLUSTRATION_DARK, FALSE);
  guint n_figure = 0, n_lighter = 0;

  for (int y = 0; y < cairo_image_surface_get_height (light); y++)
    for (int x = 0; x < cairo_image_surface_get_width (light); x++)
      {
        guint32 pl = pixel (light, x, y);
        guint32 pd = pixel (dark, x, y);

        /* #77767b, the light style's figure, fully covered. */
        if (pl != 0xff77767b)
          continue;
        n_figure++;
        if ((pd >> 24) == 0xff && (pd & 0xff) > 0x7b && ((pd >> 8) & 0xff) > 0x76)
          n_lighter++;
      }

  ck_assert_uint_gt (n_figure, 1000);
  ck_assert_uint_eq (n_lighter, n_figure);

  cairo_surface_destroy (light);
  cairo_surface_destroy (dark);
}
END_TEST

START_TEST (test_missing_resource)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FtIllustration) illustration = NULL;

  illustration = ft_illustration_new_for_resource (RESOURCE_DIR "no-such-stretch.svg", &error);
  ck_assert_ptr_null (illustration);
  ck_assert (g_error_matches (error, FT_ERROR, FT_ERROR_BAD_FILE));
  ck_assert_ptr_nonnull (strstr (error->message, "no-such-stretch.svg"));
}
END_TEST

typedef struct
{
  const char *name;
  const char *contents;
  gssize      length;
} BadFile;

static const BadFile bad_files[] = {
  { "notes.svg", "These are my exercise notes, not a drawing.\n", -1 },
  { "cut-short.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle r=\"4\"", -1 },
  { "page.svg", "<?xml version=\"1.0\"?><html><body>a web page</body></html>", -1 },
  { "picture.svg", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16 },
  { "empty.svg", "", 0 },
};

START_TEST (test_bad_file)
{
  const BadFile *bad = &bad_files[_i];
  g_autoptr(GError) error = NULL;
  g_autoptr(FtIllustration) illustration = NULL;
  g_autoptr(GFile) file = NULL;
  char *dir = NULL;
  char *path = write_temp_file (bad->name, bad->contents, bad->length, &dir);

  file = g_file_new_for_path (path);
  illustration = ft_illustration_new_for_file (file, &error);
  ck_assert_msg (illustration == NULL, "%s was taken for a drawing", bad->name);
  ck_assert (g_error_matches (error, FT_ERROR, FT_ERROR_BAD_FILE));
  ck_assert_msg (strstr (error->message, bad->name) != NULL, "“%s” does not name the file",
                 error->message);

  remove_temp_file (path, dir);
}
END_TEST

START_TEST (test_missing_file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FtIllustration) illustration = NULL;
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/footing/gone.svg");

  illustration = ft_illustration_new_for_file (file, &error);
  ck_assert_ptr_null (illustration);
  ck_assert (g_error_matches (error, FT_ERROR, FT_ERROR_BAD_FILE));
  ck_assert_ptr_nonnull (strstr (error->message, "gone.svg"));
}
END_TEST

START_TEST (test_good_file)
{
  const char *svg =
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\">"
    "<rect x=\"10\" y=\"10\" width=\"80\" height=\"80\" fill=\"#000\"/></svg>";
  g_autoptr(GError) error = NULL;
  g_autoptr(FtIllustration) illustration = NULL;
  g_autoptr(GFile) file = NULL;
  cairo_surface_t *surface;
  guint inside, outside;
  char *dir = NULL;
  char *path = write_temp_file ("my-stretch.svg", svg, -1, &dir);

  file = g_file_new_for_path (path);
  illustration = ft_illustration_new_for_file (file, &error);
  ck_assert_msg (illustration != NULL, "%s", error != NULL ? error->message : "");
  ck_assert_double_eq_tol (ft_illustration_get_aspect_ratio (illustration), 2.0, 1e-9);

  surface = render (illustration, 100, 50, FT_ILLUSTRATION_DARK, TRUE);
  count_drawn (surface, &inside, &outside);
  /* The square takes 40 % of the width, on the right once mirrored. */
  ck_assert_uint_ge (inside, 38 * 38);
  ck_assert_uint_eq (outside, 0);
  ck_assert_uint_eq (pixel (surface, MARGIN + 70, MARGIN + 25) >> 24, 0xff);
  ck_assert_uint_eq (pixel (surface, MARGIN + 30, MARGIN + 25) >> 24, 0);
  cairo_surface_destroy (surface);

  remove_temp_file (path, dir);
}
END_TEST

START_TEST (test_cairo_state_kept)
{
  g_autoptr(FtIllustration) illustration = load ("upper-calf-stretch");
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 300, 300);
  cairo_t *cr = cairo_create (surface);
  cairo_pattern_t *source = cairo_pattern_create_rgb (0.2, 0.4, 0.6);
  cairo_matrix_t before, after;
  g_autoptr(GError) error = NULL;

  cairo_translate (cr, 20, 30);
  cairo_scale (cr, 1.5, 1.5);
  cairo_set_source (cr, source);
  cairo_set_line_width (cr, 3.0);
  cairo_get_matrix (cr, &before);

  for (int mirrored = 0; mirrored <= 1; mirrored++)
    ck_assert (ft_illustration_draw (illustration, cr, 160, 120, FT_ILLUSTRATION_DARK, mirrored,
                                     &error));

  cairo_get_matrix (cr, &after);
  ck_assert (memcmp (&before, &after, sizeof before) == 0);
  ck_assert_ptr_eq (cairo_get_source (cr), source);
  ck_assert_double_eq (cairo_get_line_width (cr), 3.0);
  ck_assert_int_eq (cairo_status (cr), CAIRO_STATUS_SUCCESS);

  cairo_pattern_destroy (source);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}
END_TEST

int
main (void)
{
  Suite *suite = suite_create ("illustration");
  TCase *tc;

  tc = tcase_create ("drawings");
  tcase_set_timeout (tc, 60);
  tcase_add_loop_test (tc, test_every_drawing_renders, 0, G_N_ELEMENTS (drawings));
  tcase_add_loop_test (tc, test_mirrored_is_flipped, 0, G_N_ELEMENTS (drawings));
  tcase_add_loop_test (tc, test_styles_differ, 0, G_N_ELEMENTS (drawings));
  tcase_add_test (tc, test_dark_figure_is_lighter);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("files");
  tcase_add_test (tc, test_missing_resource);
  tcase_add_loop_test (tc, test_bad_file, 0, G_N_ELEMENTS (bad_files));
  tcase_add_test (tc, test_missing_file);
  tcase_add_test (tc, test_good_file);
  suite_add_tcase (suite, tc);

  tc = tcase_create ("cairo");
  tcase_add_test (tc, test_cairo_state_kept);
  suite_add_tcase (suite, tc);

  return test_support_run (suite);
}
