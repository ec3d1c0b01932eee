package dev.pm.cli;

import java.io.PrintWriter;
import java.util.function.IntConsumer;

/**
 * {@code pm: 340 of 1000 files} on standard error, rewritten in place, for runs long enough to make
 * a person wonder (more than {@link #THRESHOLD} files) and only when standard error is a terminal:
 * a pipe or a CI log never gets it. The line is cleared when the run ends, so what follows starts
 * on a clean line. Updates are throttled to one per percent.
 */
final class Progress implements IntConsumer, AutoCloseable {

  static final int THRESHOLD = 200;
  private static final String CLEAR_LINE = "\r\u001b[K";

  private final PrintWriter err;
  private final int total;
  private final boolean shown;
  private final int step;
  private boolean printed;

  private Progress(PrintWriter err, int total, boolean shown) {
    this.err = err;
    this.total = total;
    this.shown = shown;
    this.step = Math.max(1, total / 100);
  }

  static Progress of(Environment env, PrintWriter err, int total) {
    return new Progress(err, total, env.terminal().err() && total > THRESHOLD);
  }

  @Override
  public synchronized void accept(int done) {
    if (shown && (done % step == 0 || done == total)) {
      err.print(CLEAR_LINE + "pm: " + done + " of " + total + " files");
      err.flush();
      printed = true;
    }
  }

  @Override
  public synchronized void close() {
    if (printed) {
      err.print(CLEAR_LINE);
      err.flush();
      printed = false;
    }
  }
}
