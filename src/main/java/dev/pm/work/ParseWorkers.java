package dev.pm.work;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Runs per-file work on a bounded pool of threads with large stacks, one time limit per file.
 *
 * <p>Rationale: flexmark 0.64.8 recurses without bound (a line of 2,000 {@code *} overflows a
 * default stack) and has inputs that take seconds. Workers have small stacks, since touched stack
 * pages stay in memory for the thread's life; the rare file that overflows one is parsed again on
 * the one shared {@link DeepStack}, so memory for deep nesting does not grow with the thread count.
 * A file whose worker uses more CPU time than its limit, or more wall time than the generous
 * backstop of {@link CpuBudget}, gets {@code onTimeout}'s result (a loaded machine slows every
 * file's wall time, not its CPU time); its thread is abandoned (a daemon, it cannot delay exit) and
 * replaced, so one hostile file cannot stall the run. Results come back in input order, with at
 * most a few files in flight, so memory stays flat however many files there are.
 */
public final class ParseWorkers implements AutoCloseable {

  /** Enough for any real post-mortem; a file that needs more goes to {@link DeepStack}. */
  static final long STACK_BYTES = 4L * 1024 * 1024;

  private static final AtomicInteger THREAD_COUNT = new AtomicInteger();

  private final ThreadPoolExecutor pool;
  private final int threads;
  private final Duration timeout;
  private final Duration backstop;
  private java.util.function.IntConsumer progress = done -> {};

  /** With a CPU-time limit per input and the usual wall-clock backstop ({@link CpuBudget}). */
  public ParseWorkers(int threads, Duration timeout) {
    this(threads, timeout, CpuBudget.backstopFor(timeout));
  }

  /** With a CPU-time limit per input and a wall-clock backstop. */
  public ParseWorkers(int threads, Duration timeout, Duration backstop) {
    this.threads = Math.max(1, threads);
    this.timeout = timeout;
    this.backstop = backstop;
    ThreadFactory factory =
        task -> {
          Thread t =
              new Thread(null, task, "pm-worker-" + THREAD_COUNT.incrementAndGet(), STACK_BYTES);
          t.setDaemon(true);
          return t;
        };
    this.pool =
        new ThreadPoolExecutor(
            this.threads, this.threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
  }

  /**
   * Told the number of inputs finished after each one, in order (for a progress line on a
   * terminal).
   */
  public ParseWorkers reportingTo(java.util.function.IntConsumer progress) {
    this.progress = progress;
    return this;
  }

  /** The number of threads a run should use by default: every core. */
  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * Applies {@code task} to every input and returns the results in input order.
   *
   * @param onTimeout the result for an input whose task ran past the time limit (CPU time of its
   *     worker, or the wall-clock backstop)
   * @param onCrash the result for an input whose task threw (a bug in pm, reported on that file)
   */
  public <T, R> List<R> map(
      List<T> inputs,
      Function<T, R> task,
      Function<T, R> onTimeout,
      java.util.function.BiFunction<T, Throwable, R> onCrash) {
    List<R> results = new ArrayList<>(inputs.size());
    Deque<Pending<T, R>> inFlight = new ArrayDeque<>();
    int window = threads * 4;
    int next = 0;
    while (results.size() < inputs.size()) {
      while (inFlight.size() < window && next < inputs.size()) {
        T input = inputs.get(next++);
        AtomicReference<Running> started = new AtomicReference<>();
        Future<R> future =
            pool.submit(
                () -> {
                  started.set(
                      new Running(Thread.currentThread(), CpuBudget.start(timeout, backstop)));
                  return task.apply(input);
                });
        inFlight.addLast(new Pending<>(input, future, started));
      }
      Pending<T, R> head = inFlight.removeFirst();
      results.add(await(head, onTimeout, onCrash));
      progress.accept(results.size());
    }
    return results;
  }

  private <T, R> R await(
      Pending<T, R> pending,
      Function<T, R> onTimeout,
      java.util.function.BiFunction<T, Throwable, R> onCrash) {
    long poll = Math.min(timeout.toNanos(), TimeUnit.MILLISECONDS.toNanos(200));
    while (true) {
      try {
        return pending.future.get(poll, TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        Running running = pending.started.get();
        if (running != null && running.budget.spentOn(running.thread)) {
          pending.future.cancel(true);
          replaceStuckThread();
          return onTimeout.apply(pending.input);
        }
      } catch (ExecutionException e) {
        if (e.getCause() instanceof OutOfMemoryError oom) {
          // Not this file's fault and not a finding: the whole run stops (exit 2 in Main).
          throw oom;
        }
        return onCrash.apply(pending.input, e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return onCrash.apply(pending.input, e);
      }
    }
  }

  /** The timed-out task may still hold its thread; add one so the pool keeps its width. */
  private synchronized void replaceStuckThread() {
    pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
    pool.setCorePoolSize(pool.getCorePoolSize() + 1);
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  private record Pending<T, R>(T input, Future<R> future, AtomicReference<Running> started) {}

  /** A task that has begun: the thread doing it and its time budget, counted from its start. */
  private record Running(Thread thread, CpuBudget budget) {}
}
