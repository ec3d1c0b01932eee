package dev.pm.work;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time a thread has used, from the JVM's {@link ThreadMXBean}, started on first use.
 *
 * <p>Rationale: starting the management bean loads {@code java.management} and its native library
 * (about 0.1 s on this machine, more than a tenth of a one-file run), so nothing starts it unless a
 * file has already taken longer than its limit in wall time; see {@link CpuBudget}.
 */
final class ThreadCpuClock {

  private static volatile ThreadMXBean bean;
  private static volatile boolean supported = true;

  private ThreadCpuClock() {}

  /** Whether the clock has been started (by an earlier reading). */
  static boolean started() {
    return bean != null;
  }

  /** The CPU time {@code thread} has used in nanoseconds, or -1 where the JVM cannot tell. */
  static long of(Thread thread) {
    ThreadMXBean clock = start();
    if (clock == null) {
      return -1;
    }
    try {
      return thread == Thread.currentThread()
          ? clock.getCurrentThreadCpuTime()
          : clock.getThreadCpuTime(thread.getId());
    } catch (UnsupportedOperationException e) {
      supported = false;
      return -1;
    }
  }

  private static ThreadMXBean start() {
    ThreadMXBean clock = bean;
    if (clock != null || !supported) {
      return clock;
    }
    synchronized (ThreadCpuClock.class) {
      if (bean == null && supported) {
        try {
          ThreadMXBean b = ManagementFactory.getThreadMXBean();
          if (b.isThreadCpuTimeSupported() && b.isCurrentThreadCpuTimeSupported()) {
            if (!b.isThreadCpuTimeEnabled()) {
              b.setThreadCpuTimeEnabled(true);
            }
            bean = b;
          } else {
            supported = false;
          }
        } catch (RuntimeException | LinkageError e) {
          // No management module in this runtime, or measuring is forbidden: count wall time.
          supported = false;
        }
      }
      return bean;
    }
  }
}
