package dev.pm.work;

import java.time.Duration;

/**
 * A time limit for one file's work that counts the CPU time of the thread doing it, with a
 * wall-clock backstop {@link #BACKSTOP_FACTOR} times as long.
 *
 * <p>Rationale: a wall-clock limit measures the machine as much as the file. On a CI runner or a
 * shared machine at load 10-20 an ordinary file's 0.3 s parse takes seconds of wall time and was
 * reported as PM001 "took too long"; its CPU time stays 0.3 s. A file that is really slow burns CPU
 * and still meets the limit; one that is stuck without burning CPU (a blocked read) meets the
 * backstop. Where the JVM cannot measure a thread's CPU time, the limit counts wall time as before.
 *
 * <p>Cost: the CPU clock ({@link ThreadCpuClock}) costs about 0.1 s to start and microseconds to
 * read, so it is only read once the wall time has passed the limit (CPU time never exceeds wall
 * time on one thread, so before that nothing can have run out), and started then. A budget begun
 * before the clock was started counts CPU from its first reading, so such a file may use up to
 * twice its limit before it is stopped; every later budget counts from its start.
 */
public final class CpuBudget {

  /** The wall-clock backstop is this many times the CPU limit. */
  public static final int BACKSTOP_FACTOR = 10;

  private static final long UNSET = Long.MIN_VALUE;

  private final long limitNanos;
  private final long backstopNanos;
  private final long wallStart;

  /** The thread whose CPU time is counted from {@link #cpuBase}, or null before the first. */
  private Thread thread;

  private long cpuBase = UNSET;
  private long cpuLast;

  /** CPU time counted on threads the work has left (a parse moved to a bigger stack). */
  private long cpuBefore;

  private CpuBudget(Duration limit, Duration backstop, Thread worker) {
    this.limitNanos = limit.toNanos();
    this.backstopNanos = backstop.toNanos();
    this.wallStart = System.nanoTime();
    if (ThreadCpuClock.started()) {
      long now = ThreadCpuClock.of(worker);
      if (now >= 0) {
        thread = worker;
        cpuBase = now;
        cpuLast = now;
      }
    }
  }

  /** Begins a budget for work the calling thread does from now on. */
  public static CpuBudget start(Duration limit) {
    return start(limit, backstopFor(limit));
  }

  /** As above, with the wall-clock backstop given. */
  public static CpuBudget start(Duration limit, Duration backstop) {
    return new CpuBudget(limit, backstop, Thread.currentThread());
  }

  /** The wall-clock backstop for a CPU limit: {@link #BACKSTOP_FACTOR} times it. */
  public static Duration backstopFor(Duration limit) {
    long nanos = limit.toNanos();
    return Duration.ofNanos(
        nanos > Long.MAX_VALUE / BACKSTOP_FACTOR ? Long.MAX_VALUE : nanos * BACKSTOP_FACTOR);
  }

  /**
   * Whether the work has used up its budget, asked on the thread doing the work: its CPU time past
   * the limit, or its wall time past the backstop.
   */
  public boolean spent() {
    return spentOn(Thread.currentThread());
  }

  /**
   * Whether the work {@code worker} is doing has used up its budget, asked by another thread that
   * watches it.
   */
  public boolean spentOn(Thread worker) {
    long wall = System.nanoTime() - wallStart;
    if (wall < limitNanos && wall < backstopNanos) {
      return false;
    }
    return wall >= backstopNanos || cpuSpentOn(worker);
  }

  private synchronized boolean cpuSpentOn(Thread worker) {
    long cpu = ThreadCpuClock.of(worker);
    if (cpu < 0) {
      return true; // no CPU clock: the limit counts wall time
    }
    if (worker != thread) {
      if (thread != null) {
        cpuBefore += cpuLast - cpuBase;
      }
      thread = worker;
      cpuBase = cpu;
    }
    cpuLast = cpu;
    return cpuBefore + (cpu - cpuBase) > limitNanos;
  }
}
