/* footing-bench.c
 *
 * Copyright 2026 The Footing authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ft-database.h"
#include "ft-demo.h"
#include "ft-journal.h"
#include "ft-trend.h"
#include "ft-trend-chart.h"
#include "temp-folder.h"

#include <adwaita.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>

/* Measures the time from process start to the first painted frame of Footing
 * and of a bare libadwaita window started the same way, and the time a new
 * journal takes to create and migrate. It prints figures: a slow start is a
 * finding to read, not a failure, so only a run that cannot finish fails. */

#define DEFAULT_RUNS 11
#define MAX_RUNS 1000
#define CHILD_TIMEOUT_S 30
#define TEN_YEARS_WEEKS 520
#define TARGET_RATIO 1.30
#define FIRST_FRAME_PREFIX "first-frame-monotonic-us "
#define RATING_TARGET_MS 5
#define PAGE_TARGET_MS 50
#define SCROLL_TARGET_MS 25
#define SERIES_TARGET_MS 16
#define DRAW_TARGET_MS 4
#define RANGE_SWITCH_TARGET_MS 50
#define DRAW_WIDTH 1200
#define DRAW_HEIGHT 400
#define TREND_RUNS_PER_RUN 5
#define RATING_RUNS_PER_RUN 10

/* The schema's first-start size of Footing's window, so that both windows
 * paint the same number of pixels. */
#define MINIMAL_WINDOW_WIDTH 1000
#define MINIMAL_WINDOW_HEIGHT 700

typedef enum
{
  KIND_MINIMAL,
  KIND_EMPTY,
  KIND_TEN_YEARS,
  N_KINDS
} Kind;

typedef struct
{
  const char *label;     /* table row */
  const char *name;      /* in error messages */
  const char *argv[5];
  GArray     *samples;   /* gint64 microseconds, one per measured run */
} Subject;

/* One child process, from spawn until its pipes close. Its output goes into
 * memory as it comes, so what it wrote before a hang survives the kill. */
typedef struct
{
  GSubprocess   *process;
  GCancellable  *cancellable;
  GOutputStream *stdout_sink;
  GOutputStream *stderr_sink;
  GError        *error;
  guint          timeout_id;
  guint          n_pending;
  gboolean       timed_out;
} Run;

static void
run_clear (Run *run)
{
  g_clear_handle_id (&run->timeout_id, g_source_remove);
  g_clear_object (&run->process);
  g_clear_object (&run->cancellable);
  g_clear_object (&run->stdout_sink);
  g_clear_object (&run->stderr_sink);
  g_clear_error (&run->error);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* The --minimal-window child: the least a libadwaita app shows. */

static void
frame_clock_after_paint_cb (GdkFrameClock *clock,
                            GApplication  *app)
{
  g_signal_handlers_disconnect_by_func (clock, frame_clock_after_paint_cb, app);
  /* The very line Footing prints, so that the parent reads both alike. */
  g_print (FIRST_FRAME_PREFIX "%" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_application_quit (app);
}

static void
window_realize_cb (GtkWidget    *window,
                   GApplication *app)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (frame_clock_after_paint_cb), app, 0);
}

static void
application_activate_cb (GApplication *app,
                         gpointer      user_data)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *toolbar_view = adw_toolbar_view_new ();

  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar_view), adw_header_bar_new ());
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar_view),
                                gtk_label_new ("A minimal libadwaita window"));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), toolbar_view);
  gtk_window_set_title (GTK_WINDOW (window), "Minimal Window");
  gtk_window_set_default_size (GTK_WINDOW (window), MINIMAL_WINDOW_WIDTH, MINIMAL_WINDOW_HEIGHT);

  g_signal_connect_object (window, "realize", G_CALLBACK (window_realize_cb), app, 0);
  gtk_window_present (GTK_WINDOW (window));
}

static int
run_minimal_window (void)
{
  g_autoptr(AdwApplication) app = NULL;

  /* Footing given --database is non-unique too: it has an ID and a bus
   * connection, but does not look for a running instance to hand over to. */
  app = adw_application_new (APP_ID ".Bench", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (application_activate_cb), NULL);

  /* The benchmark's options are not the application's to parse. */
  return g_application_run (G_APPLICATION (app), 0, NULL);
}

/* Helpers of the parent. */

/* A missing file holds nothing, so it counts as empty. */
static gint64
file_size (const char *path)
{
  GStatBuf info;

  if (g_stat (path, &info) != 0)
    return 0;

  return info.st_size;
}

static int
compare_int64 (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static double
median_us (GArray *sorted)
{
  guint n = sorted->len;

  g_assert (n > 0);

  if (n % 2 == 1)
    return g_array_index (sorted, gint64, n / 2);

  return (g_array_index (sorted, gint64, n / 2 - 1) + g_array_index (sorted, gint64, n / 2)) / 2.0;
}

static void
print_row (const char *label,
           GArray     *sorted)
{
  g_print ("  %-32s %8.1f %8.1f %8.1f\n",
           label,
           median_us (sorted) / 1000.0,
           g_array_index (sorted, gint64, 0) / 1000.0,
           g_array_index (sorted, gint64, sorted->len - 1) / 1000.0);
}

static gboolean
create_journals (const char  *empty_path,
                 const char  *ten_years_path,
                 GError     **error)
{
  g_autoptr(FtDatabase) empty = NULL;
  g_autoptr(FtDatabase) ten_years = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  empty = ft_database_open (empty_path, error);
  if (empty == NULL)
    return FALSE;

  ten_years = ft_database_open (ten_years_path, error);
  if (ten_years == NULL)
    return FALSE;

  /* Both close on return, so that no child waits on a lock of ours. */
  return ft_demo_fill (ten_years, FT_DEMO_DEFAULT_SEED, TEN_YEARS_WEEKS, now, error);
}

/* The core has no public count of entries, and a benchmark has no business
 * in its internals: plain SQLite reads the closed file. */
static gboolean
count_entries (const char  *path,
               gint64      *entries,
               GError     **error)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "SELECT count(*) FROM journal_entry", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    *entries = sqlite3_column_int64 (stmt, 0);
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot count the entries in %s: %s",
                 path, db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));

  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return rc == SQLITE_ROW;
}

/* What a child wrote to one of its pipes, or NULL for nothing. */
static char *
sink_get_text (GOutputStream *sink)
{
  GMemoryOutputStream *memory = G_MEMORY_OUTPUT_STREAM (sink);
  gsize size = g_memory_output_stream_get_data_size (memory);

  if (size == 0)
    return NULL;

  return g_strndup (g_memory_output_stream_get_data (memory), size);
}

static gboolean
find_first_frame (const char *output,
                  gint64     *frame_us)
{
  g_auto(GStrv) lines = NULL;

  if (output == NULL)
    return FALSE;

  lines = g_strsplit (output, "\n", -1);

  /* The app may print other lines; only the benchmark line counts. */
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], FIRST_FRAME_PREFIX)
          && g_ascii_string_to_signed (lines[i] + strlen (FIRST_FRAME_PREFIX), 10,
                                       0, G_MAXINT64, frame_us, NULL))
        return TRUE;
    }

  return FALSE;
}

/* The child's own error output makes a failure something one can act on. */
static gboolean
set_child_error (GError     **error,
                 const char  *output,
                 const char  *problem)
{
  g_autofree char *trimmed = g_strchomp (g_strdup (output != NULL ? output : ""));

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s%s%s",
               problem,
               *trimmed != '\0' ? "; its error output was:\n" : ", and wrote no error output",
               trimmed);
  return FALSE;
}

static char *
describe_exit (GSubprocess *process)
{
  if (g_subprocess_get_if_signaled (process))
    {
      int signum = g_subprocess_get_term_sig (process);

      return g_strdup_printf ("was killed by signal %d (%s)", signum, g_strsignal (signum));
    }

  return g_strdup_printf ("exited with status %d", g_subprocess_get_exit_status (process));
}

static void
sink_splice_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  Run *run = user_data;
  g_autoptr(GError) error = NULL;

  if (g_output_stream_splice_finish (G_OUTPUT_STREAM (object), result, &error) < 0
      && run->error == NULL)
    run->error = g_steal_pointer (&error);

  run->n_pending--;
}

static gboolean
run_timeout_cb (gpointer user_data)
{
  Run *run = user_data;

  run->timeout_id = 0;
  run->timed_out = TRUE;
  g_subprocess_force_exit (run->process);
  /* A helper the child started could keep its pipes open after it died;
   * what was read so far stays in the sinks. */
  g_cancellable_cancel (run->cancellable);

  return G_SOURCE_REMOVE;
}

/* Starts one child and gives the time from just before its spawn to the
 * first frame it reports. Both times are CLOCK_MONOTONIC, which is the same
 * clock in every process. */
static gboolean
measure_start (GSubprocessLauncher  *launcher,
               const char * const   *argv,
               gint64               *elapsed_us,
               char                **output_out,
               GError              **error)
{
  g_auto(Run) run = { 0 };
  g_autofree char *output = NULL;
  g_autofree char *error_output = NULL;
  g_autofree char *exit_text = NULL;
  g_autofree char *problem = NULL;
  gboolean reported;
  gint64 start_us;
  gint64 frame_us = 0;

  start_us = g_get_monotonic_time ();
  run.process = g_subprocess_launcher_spawnv (launcher, argv, error);
  if (run.process == NULL)
    return FALSE;

  run.cancellable = g_cancellable_new ();
  run.timeout_id = g_timeout_add_seconds (CHILD_TIMEOUT_S, run_timeout_cb, &run);
  run.stdout_sink = g_memory_output_stream_new_resizable ();
  run.stderr_sink = g_memory_output_stream_new_resizable ();
  run.n_pending = 2;
  g_output_stream_splice_async (run.stdout_sink, g_subprocess_get_stdout_pipe (run.process),
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE, G_PRIORITY_DEFAULT,
                                run.cancellable, sink_splice_cb, &run);
  g_output_stream_splice_async (run.stderr_sink, g_subprocess_get_stderr_pipe (run.process),
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE, G_PRIORITY_DEFAULT,
                                run.cancellable, sink_splice_cb, &run);

  while (run.n_pending > 0)
    g_main_context_iteration (NULL, TRUE);

  g_clear_handle_id (&run.timeout_id, g_source_remove);

  /* Its pipes are closed, so the child has quit or is dying; reap it. */
  g_subprocess_wait (run.process, NULL, NULL);

  output = sink_get_text (run.stdout_sink);
  error_output = sink_get_text (run.stderr_sink);

  if (run.timed_out)
    {
      problem = g_strdup_printf ("did not report its first frame and quit within %d s, "
                                 "so it was killed", CHILD_TIMEOUT_S);
      return set_child_error (error, error_output, problem);
    }

  if (run.error != NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&run.error),
                                  "cannot read the output of %s: ", argv[0]);
      return FALSE;
    }

  reported = find_first_frame (output, &frame_us);
  exit_text = describe_exit (run.process);

  if (!reported)
    {
      problem = g_strdup_printf ("%s without reporting its first frame", exit_text);
      return set_child_error (error, error_output, problem);
    }

  /* A crash on the way out is a bug the figure must not hide. */
  if (!g_subprocess_get_successful (run.process))
    {
      problem = g_strdup_printf ("reported its first frame, then %s", exit_text);
      return set_child_error (error, error_output, problem);
    }

  if (frame_us < start_us)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "reported a first frame at %" G_GINT64_FORMAT " µs, before it was started "
                   "at %" G_GINT64_FORMAT " µs",
                   frame_us, start_us);
      return FALSE;
    }

  *elapsed_us = frame_us - start_us;
  if (output_out != NULL)
    *output_out = g_steal_pointer (&output);

  return TRUE;
}

static gboolean
measure_starts (GSubprocessLauncher  *launcher,
                Subject              *subjects,
                guint                 runs,
                GError              **error)
{
  /* Pass 0 is the warm-up, not counted: it fills the page cache and the font
   * and shader caches for all three. Taking the kinds in turn within each pass
   * spreads the machine's noise evenly over them. */
  for (guint pass = 0; pass <= runs; pass++)
    {
      for (guint k = 0; k < N_KINDS; k++)
        {
          gint64 elapsed_us;

          if (!measure_start (launcher, subjects[k].argv, &elapsed_us, NULL, error))
            {
              if (pass == 0)
                g_prefix_error (error, "%s, warm-up run: ", subjects[k].name);
              else
                g_prefix_error (error, "%s, run %u of %u: ", subjects[k].name, pass, runs);
              return FALSE;
            }

          if (pass > 0)
            g_array_append_val (subjects[k].samples, elapsed_us);
        }
    }

  return TRUE;
}

/* In-process: the cost of creating the file and running every migration,
 * which a person pays on the first start. */
static gboolean
measure_migrations (const char  *tmp_dir,
                    guint        runs,
                    GArray      *samples,
                    GError     **error)
{
  for (guint i = 0; i < runs; i++)
    {
      g_autofree char *name = g_strdup_printf ("new-%u.db", i + 1);
      g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
      g_autoptr(FtDatabase) database = NULL;
      gint64 start_us;
      gint64 elapsed_us;

      start_us = g_get_monotonic_time ();
      database = ft_database_open (path, error);
      elapsed_us = g_get_monotonic_time () - start_us;

      if (database == NULL)
        {
          g_prefix_error (error, "opening new journal %u of %u: ", i + 1, runs);
          return FALSE;
        }

      g_array_append_val (samples, elapsed_us);
    }

  return TRUE;
}

/* Finds "KEY N" among the words of the child's output. */
static gboolean
find_figure (const char *output,
             const char *key,
             gint64     *value)
{
  g_auto(GStrv) words = g_strsplit_set (output, " \n", -1);

  for (guint i = 0; words[i] != NULL && words[i + 1] != NULL; i++)
    {
      if (g_str_equal (words[i], key))
        return g_ascii_string_to_signed (words[i + 1], 10, 0, G_MAXINT64, value, NULL);
    }

  return FALSE;
}

/* The Journal page of the 10-year journal: how long it takes to its first
 * frame, then how long each frame takes while its list scrolls. */
static gboolean
measure_journal_page (GSubprocessLauncher  *launcher,
                      const char * const   *argv,
                      guint                 runs,
                      GArray               *open_samples,
                      GArray               *scroll_samples,
                      GError              **error)
{
  for (guint pass = 0; pass <= runs; pass++)
    {
      g_autofree char *output = NULL;
      gint64 elapsed_us;
      gint64 page_us;
      gint64 median_us_value;
      gint64 p95_us;

      if (!measure_start (launcher, argv, &elapsed_us, &output, error))
        {
          g_prefix_error (error, "the Journal page, run %u of %u: ", pass, runs);
          return FALSE;
        }

      if (!find_figure (output, "page-frame-us", &page_us) ||
          !find_figure (output, "median-us", &median_us_value) ||
          !find_figure (output, "p95-us", &p95_us))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       "the Journal page run reported no figures: %s", output);
          return FALSE;
        }

      if (pass == 0)
        continue;

      g_array_append_val (open_samples, page_us);
      g_array_append_val (scroll_samples, p95_us);
    }

  return TRUE;
}

/* The Trends page of the 10-year journal: the probe switches its range
 * through every choice a few times and reports the time from each switch
 * to the frame that shows it. */
static gboolean
measure_range_switch (GSubprocessLauncher  *launcher,
                      const char * const   *argv,
                      guint                 runs,
                      GArray               *samples,
                      GError              **error)
{
  for (guint pass = 0; pass <= runs; pass++)
    {
      g_autofree char *output = NULL;
      gint64 elapsed_us;
      gint64 median_us_value;

      if (!measure_start (launcher, argv, &elapsed_us, &output, error))
        {
          g_prefix_error (error, "the Trends page, run %u of %u: ", pass, runs);
          return FALSE;
        }

      if (!find_figure (output, "range-switch-median-us", &median_us_value))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       "the Trends page run reported no figures: %s", output);
          return FALSE;
        }

      if (pass > 0)
        g_array_append_val (samples, median_us_value);
    }

  return TRUE;
}

static GDateTime *
fixed_now (gpointer user_data)
{
  return g_date_time_ref (user_data);
}

/* In-process: one rating set on today's entry and committed, as the
 * check-in does it, in the 10-year journal. */
static gboolean
measure_set_rating (const char  *path,
                    guint        runs,
                    GArray      *samples,
                    GError     **error)
{
  g_autoptr(FtDatabase) database = NULL;
  g_autoptr(FtJournal) journal = NULL;
  g_autoptr(GPtrArray) symptoms = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;
  gint64 symptom_id;

  database = ft_database_open (path, error);
  if (database == NULL)
    return FALSE;

  journal = ft_journal_new (database, fixed_now, g_date_time_ref (now),
                            (GDestroyNotify) g_date_time_unref);
  symptoms = ft_journal_list_symptoms (journal, FALSE, error);
  if (symptoms == NULL || symptoms->len == 0)
    return FALSE;
  symptom_id = ft_symptom_get_id (g_ptr_array_index (symptoms, 0));
  ft_journal_get_today (journal, &today);

  for (guint i = 0; i <= runs; i++)
    {
      gint64 start_us = g_get_monotonic_time ();
      gint64 elapsed_us;

      if (!ft_journal_set_rating (journal, &today, FT_FOOT_LEFT, symptom_id, (int) (i % 11),
                                  error))
        return FALSE;

      elapsed_us = g_get_monotonic_time () - start_us;
      if (i > 0)
        g_array_append_val (samples, elapsed_us);
    }

  return TRUE;
}

/* In-process, on the 10-year journal: computing each range's trend, then
 * drawing the all-time chart at 1200 × 400 into an image surface, as the
 * Trends page does for each frame. */
static gboolean
measure_trends (const char  *path,
                guint        runs,
                GArray     **series_samples,
                GArray      *draw_samples,
                GError     **error)
{
  g_autoptr(FtDatabase) database = NULL;
  g_autoptr(FtJournal) journal = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(FtTrendChart) chart = ft_trend_chart_new ();
  g_autoptr(FtTrend) all_time = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;

  database = ft_database_open (path, error);
  if (database == NULL)
    return FALSE;

  journal = ft_journal_new (database, fixed_now, g_date_time_ref (now),
                            (GDestroyNotify) g_date_time_unref);

  for (guint r = 0; r < FT_TREND_N_RANGES; r++)
    {
      for (guint i = 0; i <= runs; i++)
        {
          gint64 start_us = g_get_monotonic_time ();
          g_autoptr(FtTrend) trend = NULL;
          gint64 elapsed_us;

          trend = ft_trend_query (journal, (FtTrendRange) r, FT_FOOT_FILTER_ALL,
                                  G_DATE_MONDAY, error);
          if (trend == NULL)
            return FALSE;

          elapsed_us = g_get_monotonic_time () - start_us;
          if (i > 0)
            g_array_append_val (series_samples[r], elapsed_us);
          if (r == FT_TREND_RANGE_ALL && all_time == NULL)
            all_time = ft_trend_ref (trend);
        }
    }

  ft_trend_chart_set_trend (chart, all_time);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, DRAW_WIDTH, DRAW_HEIGHT);
  cr = cairo_create (surface);

  for (guint i = 0; i <= runs; i++)
    {
      gint64 start_us = g_get_monotonic_time ();
      gint64 elapsed_us;

      ft_trend_chart_draw (chart, cr, DRAW_WIDTH, DRAW_HEIGHT);
      cairo_surface_flush (surface);

      elapsed_us = g_get_monotonic_time () - start_us;
      if (i > 0)
        g_array_append_val (draw_samples, elapsed_us);
    }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return TRUE;
}

static GSubprocessLauncher *
make_launcher (const char  *tmp_dir,
               const char  *schema_dir,
               GError     **error)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autofree char *config_home = g_build_filename (tmp_dir, "config", NULL);
  g_autofree char *data_home = g_build_filename (tmp_dir, "data", NULL);
  g_autofree char *cache_home = g_build_filename (tmp_dir, "cache", NULL);
  const char *homes[] = { config_home, data_home, cache_home };

  for (guint i = 0; i < G_N_ELEMENTS (homes); i++)
    {
      if (g_mkdir_with_parents (homes[i], 0700) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       "cannot create %s: %s", homes[i], g_strerror (saved_errno));
          return NULL;
        }
    }

  /* The launcher starts from this process's environment, so GDK_BACKEND and
   * DISPLAY from build-aux/headless reach the children unchanged. */
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE
                                        | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "FOOTING_BENCH_FIRST_FRAME", "1", TRUE);
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_SCHEMA_DIR", schema_dir, TRUE);
  /* Every start sees the schema defaults, and none leaves settings behind. */
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "memory", TRUE);
  /* Nothing of the person's configuration or caches changes what we measure,
   * and nothing we write lands among them. */
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", config_home, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data_home, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CACHE_HOME", cache_home, TRUE);

  return g_steal_pointer (&launcher);
}

static void
print_report (Subject *subjects,
              GArray  *migrations,
              GArray  *ratings,
              GArray  *page_opens,
              GArray  *scroll_p95,
              guint    runs,
              gint64   entries,
              gint64   journal_bytes)
{
  double ratio = median_us (subjects[KIND_TEN_YEARS].samples)
                 / median_us (subjects[KIND_MINIMAL].samples);

  g_print ("\nFooting %s, GTK %u.%u.%u, libadwaita %u.%u.%u\n",
           PACKAGE_VERSION,
           gtk_get_major_version (), gtk_get_minor_version (), gtk_get_micro_version (),
           adw_get_major_version (), adw_get_minor_version (), adw_get_micro_version ());
  g_print ("%u runs of each after one warm-up; times in milliseconds\n\n", runs);

  g_print ("  %-32s %8s %8s %8s\n", "", "median", "min", "max");
  for (guint k = 0; k < N_KINDS; k++)
    print_row (subjects[k].label, subjects[k].samples);
  print_row ("Open and migrate a new journal", migrations);
  print_row ("Set one rating, committed", ratings);
  print_row ("Journal page to its first frame", page_opens);
  print_row ("Scrolling, 95th pct. frame time", scroll_p95);

  g_print ("\n10-year journal: %" G_GINT64_FORMAT " rows in journal_entry, %.1f MiB\n",
           entries, journal_bytes / (1024.0 * 1024.0));
  g_print ("Ratio 10-year journal / minimal window: %.2f×\n", ratio);
  g_print ("target (≤ %.2f× minimal): %s\n",
           TARGET_RATIO, ratio <= TARGET_RATIO ? "met" : "not met");
  g_print ("target set one rating (median ≤ %d ms): %s\n", RATING_TARGET_MS,
           median_us (ratings) <= RATING_TARGET_MS * 1000 ? "met" : "not met");
  g_print ("target Journal page (median ≤ %d ms): %s\n", PAGE_TARGET_MS,
           median_us (page_opens) <= PAGE_TARGET_MS * 1000 ? "met" : "not met");
  /* At 60 Hz a frame comes every 16.7 ms; a dropped one makes 33 ms. */
  g_print ("target scrolling (95th percentile frame ≤ %d ms, no dropped frames at 60 Hz): %s\n",
           SCROLL_TARGET_MS, median_us (scroll_p95) <= SCROLL_TARGET_MS * 1000 ? "met" : "not met");
}

static void
print_trend_report (GArray **series_samples,
                    GArray  *draw_samples,
                    GArray  *range_switches)
{
  gint64 slowest_series = 0;

  g_print ("\nTrends, 10-year journal\n");
  g_print ("  %-32s %8s %8s %8s\n", "", "median", "min", "max");
  for (guint r = 0; r < FT_TREND_N_RANGES; r++)
    {
      g_autofree char *label = g_strdup_printf ("Series for range %s", ft_trend_range_to_key (r));

      print_row (label, series_samples[r]);
      slowest_series = MAX (slowest_series, (gint64) median_us (series_samples[r]));
    }
  print_row ("Draw 1200 × 400, all weeks", draw_samples);
  print_row ("Switch range to its frame", range_switches);

  g_print ("target series (every range's median ≤ %d ms): %s\n", SERIES_TARGET_MS,
           slowest_series <= SERIES_TARGET_MS * 1000 ? "met" : "not met");
  g_print ("target draw (median ≤ %d ms): %s\n", DRAW_TARGET_MS,
           median_us (draw_samples) <= DRAW_TARGET_MS * 1000 ? "met" : "not met");
  g_print ("target range switch (median ≤ %d ms): %s\n", RANGE_SWITCH_TARGET_MS,
           median_us (range_switches) <= RANGE_SWITCH_TARGET_MS * 1000 ? "met" : "not met");
}

static gboolean
run_benchmark (const char  *self_path,
               const char  *footing_path,
               const char  *schema_dir,
               const char  *tmp_dir,
               guint        runs,
               GError     **error)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocessLauncher) page_launcher = NULL;
  g_autoptr(GArray) migrations = g_array_sized_new (FALSE, FALSE, sizeof (gint64), runs);
  g_autoptr(GArray) ratings = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) page_opens = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) scroll_p95 = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) draws = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) range_switches = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GSubprocessLauncher) trends_launcher = NULL;
  GArray *series[FT_TREND_N_RANGES];
  g_autofree char *empty_path = g_build_filename (tmp_dir, "empty.db", NULL);
  g_autofree char *ten_years_path = g_build_filename (tmp_dir, "ten-years.db", NULL);
  g_autofree char *ten_years_wal = g_strconcat (ten_years_path, "-wal", NULL);
  Subject subjects[N_KINDS] = {
    [KIND_MINIMAL] = { "First frame, minimal window", "the minimal window",
                       { self_path, "--minimal-window", NULL } },
    [KIND_EMPTY] = { "First frame, empty journal", "Footing on the empty journal",
                     { footing_path, "--database", empty_path, NULL } },
    [KIND_TEN_YEARS] = { "First frame, 10-year journal", "Footing on the 10-year journal",
                         { footing_path, "--database", ten_years_path, NULL } },
  };
  gint64 entries = 0;
  gint64 journal_bytes;
  gboolean ok;

  launcher = make_launcher (tmp_dir, schema_dir, error);
  if (launcher == NULL)
    return FALSE;
  page_launcher = make_launcher (tmp_dir, schema_dir, error);
  if (page_launcher == NULL)
    return FALSE;
  g_subprocess_launcher_setenv (page_launcher, "FOOTING_BENCH_PAGE", "journal", TRUE);
  g_subprocess_launcher_setenv (page_launcher, "FOOTING_BENCH_SCROLL", "1", TRUE);
  trends_launcher = make_launcher (tmp_dir, schema_dir, error);
  if (trends_launcher == NULL)
    return FALSE;
  g_subprocess_launcher_setenv (trends_launcher, "FOOTING_BENCH_PAGE", "trends", TRUE);
  g_subprocess_launcher_setenv (trends_launcher, "FOOTING_BENCH_RANGES", "1", TRUE);

  g_printerr ("footing-bench: writing a 10-year demo journal…\n");
  if (!create_journals (empty_path, ten_years_path, error))
    {
      g_prefix_error (error, "cannot create the benchmark journals: ");
      return FALSE;
    }

  /* Measured before any child opens it. A WAL file left over would hold
   * part of the journal, so it counts too. */
  journal_bytes = file_size (ten_years_path) + file_size (ten_years_wal);
  if (!count_entries (ten_years_path, &entries, error))
    return FALSE;

  for (guint k = 0; k < N_KINDS; k++)
    subjects[k].samples = g_array_sized_new (FALSE, FALSE, sizeof (gint64), runs);
  for (guint r = 0; r < FT_TREND_N_RANGES; r++)
    series[r] = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_printerr ("footing-bench: one warm-up and %u measured starts of each of the %d kinds…\n",
              runs, N_KINDS);
  ok = measure_starts (launcher, subjects, runs, error);

  if (ok)
    {
      g_printerr ("footing-bench: creating %u new journals…\n", runs);
      ok = measure_migrations (tmp_dir, runs, migrations, error);
    }

  if (ok)
    {
      g_printerr ("footing-bench: opening and scrolling the Journal page %u times…\n", runs);
      ok = measure_journal_page (page_launcher, subjects[KIND_TEN_YEARS].argv, runs,
                                 page_opens, scroll_p95, error);
    }

  if (ok)
    {
      g_printerr ("footing-bench: switching the Trends page's range, %u runs…\n", runs);
      ok = measure_range_switch (trends_launcher, subjects[KIND_TEN_YEARS].argv, runs,
                                 range_switches, error);
    }

  if (ok)
    {
      g_printerr ("footing-bench: computing and drawing trends…\n");
      ok = measure_trends (ten_years_path, runs * TREND_RUNS_PER_RUN, series, draws, error);
    }

  /* Last, because it writes to the 10-year journal. */
  if (ok)
    {
      g_printerr ("footing-bench: setting %u ratings…\n", runs * RATING_RUNS_PER_RUN);
      ok = measure_set_rating (ten_years_path, runs * RATING_RUNS_PER_RUN, ratings, error);
    }

  if (ok)
    {
      for (guint k = 0; k < N_KINDS; k++)
        g_array_sort (subjects[k].samples, compare_int64);
      g_array_sort (migrations, compare_int64);
      g_array_sort (ratings, compare_int64);
      g_array_sort (page_opens, compare_int64);
      g_array_sort (scroll_p95, compare_int64);

      print_report (subjects, migrations, ratings, page_opens, scroll_p95, runs, entries,
                    journal_bytes);

      for (guint r = 0; r < FT_TREND_N_RANGES; r++)
        g_array_sort (series[r], compare_int64);
      g_array_sort (draws, compare_int64);
      g_array_sort (range_switches, compare_int64);
      print_trend_report (series, draws, range_switches);
    }

  for (guint k = 0; k < N_KINDS; k++)
    g_array_unref (subjects[k].samples);
  for (guint r = 0; r < FT_TREND_N_RANGES; r++)
    g_array_unref (series[r]);

  return ok;
}

/* Re-executing this very file makes the minimal window come from the same
 * build, with the same libraries, as the numbers it is compared with. */
static char *
find_self (const char *argv0)
{
  g_autofree char *self_path = g_file_read_link ("/proc/self/exe", NULL);

  if (self_path != NULL)
    return g_steal_pointer (&self_path);

  return g_find_program_in_path (argv0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) cleanup_error = NULL;
  g_auto(GStrv) build_dirs = NULL;
  g_autofree char *self_path = NULL;
  g_autofree char *footing_path = NULL;
  g_autofree char *schema_dir = NULL;
  g_autofree char *schemas_file = NULL;
  g_autofree char *tmp_dir = NULL;
  gboolean minimal_window = FALSE;
  gboolean ok;
  int runs = DEFAULT_RUNS;
  const GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs,
      "Measure each kind of start N times (default " G_STRINGIFY (DEFAULT_RUNS) ")", "N" },
    { "minimal-window", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &minimal_window, NULL, NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &build_dirs, NULL, NULL },
    { NULL }
  };

  /* g_print () converts "×" and "≤" to the locale's charset, which needs it set. */
  setlocale (LC_ALL, "");

  context = g_option_context_new ("[BUILD_DIR]");
  g_option_context_set_summary (context,
                                "Times Footing's start to its first frame against a minimal "
                                "libadwaita window, and the creation of a new journal.\n"
                                "BUILD_DIR holds the Footing to measure; by default, the build "
                                "this program belongs to.");
  g_option_context_add_main_entries (context, entries, NULL);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("footing-bench: %s\n", error->message);
      return 2;
    }

  if (minimal_window)
    return run_minimal_window ();

  if (runs < 1 || runs > MAX_RUNS)
    {
      g_printerr ("footing-bench: --runs takes a number from 1 to %d\n", MAX_RUNS);
      return 2;
    }

  if (build_dirs != NULL && g_strv_length (build_dirs) > 1)
    {
      g_printerr ("footing-bench: give at most one build directory\n");
      return 2;
    }

  /* Absolute, so that the paths handed to the children hold whatever folder
   * they work in. */
  if (build_dirs != NULL)
    {
      g_autofree char *build_dir = g_canonicalize_filename (build_dirs[0], NULL);

      footing_path = g_build_filename (build_dir, "src", "footing", NULL);
      schema_dir = g_build_filename (build_dir, "data", NULL);
    }
  else
    {
      footing_path = g_strdup (FOOTING_BINARY);
      schema_dir = g_strdup (SCHEMA_DIR);
    }

  if (!g_file_test (footing_path, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_printerr ("footing-bench: %s is missing; build Footing first\n", footing_path);
      return 1;
    }

  schemas_file = g_build_filename (schema_dir, "gschemas.compiled", NULL);
  if (!g_file_test (schemas_file, G_FILE_TEST_IS_REGULAR))
    {
      g_printerr ("footing-bench: %s is missing; build Footing first\n", schemas_file);
      return 1;
    }

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("footing-bench: no display to open windows on; run it through "
                  "build-aux/headless or `build-aux/dev bench`\n");
      return 1;
    }

  self_path = find_self (argv[0]);
  if (self_path == NULL)
    {
      g_printerr ("footing-bench: cannot find this program's own file to start it again\n");
      return 1;
    }

  tmp_dir = g_dir_make_tmp ("footing-bench-XXXXXX", &error);
  if (tmp_dir == NULL)
    {
      g_printerr ("footing-bench: cannot create a temporary folder: %s\n", error->message);
      return 1;
    }

  ok = run_benchmark (self_path, footing_path, schema_dir, tmp_dir, (guint) runs, &error);
  if (!ok)
    g_printerr ("footing-bench: %s\n", error->message);

  if (!temp_folder_remove (tmp_dir, &cleanup_error))
    {
      g_printerr ("footing-bench: %s\n", cleanup_error->message);
      ok = FALSE;
    }

  return ok ? 0 : 1;
}
