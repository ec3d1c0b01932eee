package dev.pm.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The per-file limit counts the CPU time of the thread doing the work (issue 20): a file whose
 * thread is descheduled most of its wall time (a loaded CI runner) is not out of time, a file that
 * burns CPU is, and one stuck without burning CPU meets the wall-clock backstop.
 */
class CpuBudgetTest {

  @Test
  void aThreadThatWaitsMostOfItsWallTimeHasNotSpentItsBudget() throws InterruptedException {
    CpuBudget budget = CpuBudget.start(Duration.ofMillis(100), Duration.ofMinutes(10));
    // Like a thread the scheduler leaves waiting: five times the limit in wall time, little CPU.
    for (int i = 0; i < 5; i++) {
      Thread.sleep(100);
      assertThat(budget.spent()).isFalse();
    }
    Thread.sleep(100);
    assertThat(budget.spent()).as("wall time past the limit, CPU time far below it").isFalse();
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void aThreadThatBurnsCpuPastTheLimitHasSpentIt() {
    CpuBudget budget = CpuBudget.start(Duration.ofMillis(100), Duration.ofMinutes(10));
    // Returning at all (the backstop is ten minutes, JUnit gives up at five) shows the CPU counted.
    long turns = 0;
    while (!budget.spent()) {
      turns++;
    }
    assertThat(turns).isPositive();
  }

  @Test
  void aThreadStuckWithoutBurningCpuMeetsTheBackstop() throws InterruptedException {
    CpuBudget budget = CpuBudget.start(Duration.ofMinutes(10), Duration.ofMillis(50));
    Thread.sleep(100);
    assertThat(budget.spent()).isTrue();
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void aWatcherCountsTheWorkersCpuNotItsOwn() throws InterruptedException {
    CpuBudget[] budget = new CpuBudget[1];
    java.util.concurrent.CountDownLatch begun = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.atomic.AtomicBoolean stop =
        new java.util.concurrent.atomic.AtomicBoolean();
    Thread sleeper =
        new Thread(
            () -> {
              budget[0] = CpuBudget.start(Duration.ofMillis(100), Duration.ofMinutes(10));
              begun.countDown();
              while (!stop.get()) {
                try {
                  Thread.sleep(20);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sleeper.setDaemon(true);
    sleeper.start();
    begun.await();
    try {
      // The watcher spins (burns its own CPU) while the worker sleeps: the worker is not spent.
      long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(400);
      while (System.nanoTime() < end) {
        Thread.onSpinWait();
      }
      assertThat(budget[0].spentOn(sleeper)).isFalse();
    } finally {
      stop.set(true);
      sleeper.join();
    }
  }
}
