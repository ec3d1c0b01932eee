package dev.pm.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pm.work.CpuBudget;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The parser's time limit counts the parsing thread's CPU time (issue 20). */
class DeadlineCharSequenceTest {

  /**
   * A parse whose thread is descheduled for longer than the limit (simulated by sleeping between
   * reads) is not stopped: with the wall-clock deadline it threw at the first check after 200 ms.
   */
  @Test
  void aParseDescheduledPastTheLimitIsNotStopped() throws InterruptedException {
    String text = "x".repeat(1 << 14);
    var chars =
        new DeadlineCharSequence(
            text, CpuBudget.start(Duration.ofMillis(200), Duration.ofMinutes(10)));
    Thread.sleep(600);
    for (int i = 0; i < text.length(); i++) {
      assertThat(chars.charAt(i)).isEqualTo('x');
    }
  }

  /** A parse that burns CPU past the limit is stopped, however long the wall backstop. */
  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void aParseBurningCpuPastTheLimitIsStopped() {
    String text = "x".repeat(1 << 14);
    var chars =
        new DeadlineCharSequence(
            text, CpuBudget.start(Duration.ofMillis(200), Duration.ofMinutes(10)));
    assertThatThrownBy(
            () -> {
              while (true) {
                for (int i = 0; i < text.length(); i++) {
                  chars.charAt(i);
                }
              }
            })
        .isInstanceOf(DeadlineCharSequence.DeadlineExceeded.class);
  }
}
