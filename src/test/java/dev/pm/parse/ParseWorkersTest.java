package dev.pm.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParseWorkersTest {

  @Test
  void resultsComeBackInInputOrder() {
    try (ParseWorkers workers = new ParseWorkers(2, Duration.ofSeconds(5))) {
      List<Integer> out = workers.map(List.of(5, 1, 4, 2, 3), i -> {
        sleep(i * 10L);
        return i * 10;
      }, i -> -1, (i, e) -> -2);
      assertThat(out).containsExactly(50, 10, 40, 20, 30);
    }
  }

  @Test
  void aTaskPastTheLimitGetsTheTimeoutResultAndTheRunGoesOn() {
    try (ParseWorkers workers = new ParseWorkers(1, Duration.ofMillis(300))) {
      long start = System.nanoTime();
      List<String> out = workers.map(List.of("slow", "fast", "fast2"), s -> {
        if (s.equals("slow")) {
          sleepIgnoringInterrupts(5_000);
        }
        return s;
      }, s -> "timeout:" + s, (s, e) -> "crash");
      assertThat(out).containsExactly("timeout:slow", "fast", "fast2");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }
  }

  @Test
  void aCrashIsReportedForItsInputOnly() {
    try (ParseWorkers workers = new ParseWorkers(2, Duration.ofSeconds(5))) {
      List<String> out = workers.map(List.of("a", "boom", "c"), s -> {
        if (s.equals("boom")) {
          throw new IllegalStateException("bad");
        }
        return s;
      }, s -> "timeout", (s, e) -> "crash:" + e.getMessage());
      assertThat(out).containsExactly("a", "crash:bad", "c");
    }
  }

  @Test
  void outOfMemoryStopsTheRunInsteadOfBecomingAFinding() {
    try (ParseWorkers workers = new ParseWorkers(2, Duration.ofSeconds(5))) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> workers.map(List.of("a", "oom"), s -> {
        if (s.equals("oom")) {
          throw new OutOfMemoryError("Java heap space");
        }
        return s;
      }, s -> "timeout", (s, e) -> "crash")).isInstanceOf(OutOfMemoryError.class);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleepIgnoringInterrupts(long ms) {
    long end = System.currentTimeMillis() + ms;
    while (System.currentTimeMillis() < end) {
      Thread.onSpinWait();
    }
  }
}
