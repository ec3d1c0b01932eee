package dev.pm.parse;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lets one large file at a time through flexmark, whatever the number of workers.
 *
 * <p>Rationale: flexmark's tree of a file is many times the file's size (a 1 MiB line of {@code
 * a*}, half a million emphasis nodes, holds about 250 MB of heap while it is read), and with one
 * such file per worker the heap grows with {@code -j}: four of them at {@code -j 4} took a default
 * JVM past 2 GB. Real post-mortems are far below {@link #CHARS}, so they still run side by side; a
 * file above it waits for the one before it, and the wait counts against its time limit.
 */
final class LargeFileGate {

  /** 256 Ki characters: about twenty times the largest real post-mortem in the corpus. */
  static final int CHARS = 256 * 1024;

  private static final Semaphore ONE = new Semaphore(1, true);
  private static final AtomicInteger RUNNING = new AtomicInteger();
  private static final AtomicInteger MOST_AT_ONCE = new AtomicInteger();

  private LargeFileGate() {}

  /** Waits for the gate when {@code chars} is large; true when the caller must {@link #leave}. */
  static boolean enter(int chars) throws InterruptedException {
    if (chars <= CHARS) {
      return false;
    }
    ONE.acquire();
    MOST_AT_ONCE.accumulateAndGet(RUNNING.incrementAndGet(), Math::max);
    return true;
  }

  static void leave() {
    RUNNING.decrementAndGet();
    ONE.release();
  }

  /** The most large files ever read at once in this JVM; for tests of the bound. */
  static int mostAtOnce() {
    return MOST_AT_ONCE.get();
  }
}
