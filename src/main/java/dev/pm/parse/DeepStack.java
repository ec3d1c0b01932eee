package dev.pm.parse;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * One big stack, shared by the rare file that nests too deeply for a parse worker's small stack.
 *
 * <p>Rationale: flexmark recurses once per nesting level, and a thread's stack pages, once touched,
 * stay in memory until the thread ends. With a big stack on every worker a run of hostile files
 * took about 1 GiB per worker (3.9 GB at {@code -j 4}). Workers now have {@link
 * ParseWorkers#STACK_BYTES}; a file that overflows it is parsed again here, on a fresh thread with
 * {@link #BYTES} of stack that ends (and so gives its stack back) when the file is done. At most
 * one such thread exists at a time, whatever {@code -j} is, so deep nesting costs at most {@link
 * #BYTES} of stack in all.
 */
final class DeepStack {

  static final long BYTES = 256L * 1024 * 1024;

  /** Released by the deep thread itself, so an abandoned wait can never let a second one start. */
  private static final Semaphore ONE = new Semaphore(1, true);

  private static final AtomicInteger RUNNING = new AtomicInteger();
  private static final AtomicInteger MOST_AT_ONCE = new AtomicInteger();
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final AtomicInteger CALLS = new AtomicInteger();

  private DeepStack() {}

  /**
   * Runs {@code work} on the shared big stack and returns its result. Errors and runtime exceptions
   * it throws (a {@link StackOverflowError} even there, the parse deadline) are thrown here.
   *
   * @throws InterruptedException if the caller is interrupted (its time limit passed) while waiting
   */
  static <T> T call(Supplier<T> work) throws InterruptedException {
    ONE.acquire();
    CompletableFuture<T> result = new CompletableFuture<>();
    Runnable task =
        () -> {
          CALLS.incrementAndGet();
          int now = RUNNING.incrementAndGet();
          MOST_AT_ONCE.accumulateAndGet(now, Math::max);
          try {
            result.complete(work.get());
          } catch (Throwable t) {
            result.completeExceptionally(t);
          } finally {
            RUNNING.decrementAndGet();
            ONE.release();
          }
        };
    Thread thread = new Thread(null, task, "pm-deep-stack-" + THREADS.incrementAndGet(), BYTES);
    thread.setDaemon(true);
    try {
      thread.start();
    } catch (Throwable t) {
      ONE.release();
      throw t;
    }
    try {
      return result.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** How many times work ran on the big stack in this JVM; for tests. */
  static int calls() {
    return CALLS.get();
  }

  /** The most deep-stack threads that ever ran at once in this JVM; for tests of the bound. */
  static int mostAtOnce() {
    return MOST_AT_ONCE.get();
  }
}
