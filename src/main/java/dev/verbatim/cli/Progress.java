package dev.verbatim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress line on standard error for batches: count, rate and time left, redrawn in place at
 * most four times a second, shown only when a console is attached. Messages printed through
 * {@link #message(String)} appear above it. Not thread-safe.
 */
final class Progress {
  private static final long REDRAW_NANOS = 250_000_000L;

  private final PrintWriter err;
  private final boolean visible;
  private final long total;
  private final LongSupplier clock;
  private long started;
  private long done;
  private long lastDrawn;
  private int drawnWidth;

  /**
   * Creates the line.
   *
   * @param total the number of documents expected, or a negative number when unknown
   */
  Progress(PrintWriter err, boolean visible, long total, LongSupplier clock) {
    this.err = err;
    this.visible = visible;
    this.total = total;
    this.clock = clock;
    start();
  }

  /** Starts the clock (again), for example once the models have loaded. */
  void start() {
    started = clock.getAsLong();
    lastDrawn = started - REDRAW_NANOS;
  }

  /** Counts one document done and redraws the line if it is due. */
  void step() {
    done++;
    long now = clock.getAsLong();
    if (visible && (now - lastDrawn >= REDRAW_NANOS || done == total)) {
      lastDrawn = now;
      draw(status(now));
    }
  }

  /** Prints one line on standard error, above the progress line. */
  void message(String line) {
    boolean shown = drawnWidth > 0;
    clear();
    err.println(line);
    if (shown) {
      draw(status(clock.getAsLong()));
    }
    err.flush();
  }

  /** Removes the progress line. */
  void finish() {
    clear();
    err.flush();
  }

  /** The text of the line, for example {@code 12/40 documents, 3.1/s, ETA 0:09}. */
  String status(long now) {
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    double rate = done / seconds;
    StringBuilder s = new StringBuilder();
    s.append(done);
    if (total >= 0) {
      s.append('/').append(total);
    }
    s.append(" documents, ").append(String.format(Locale.ROOT, "%.1f/s", rate));
    if (total >= 0 && done > 0) {
      long left = Math.round(Math.max(0, total - done) / rate);
      s.append(String.format(Locale.ROOT, ", ETA %d:%02d", left / 60, left % 60));
    }
    return s.toString();
  }

  private void draw(String text) {
    err.print('\r' + text + " ".repeat(Math.max(0, drawnWidth - text.length())));
    err.flush();
    drawnWidth = text.length();
  }

  private void clear() {
    if (drawnWidth > 0) {
      err.print('\r' + " ".repeat(drawnWidth) + '\r');
      drawnWidth = 0;
    }
  }
}
