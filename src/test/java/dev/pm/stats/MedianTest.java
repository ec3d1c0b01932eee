package dev.pm.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MedianTest {

  @Test
  void nothingAddedHasNoMedian() {
    assertThat(Median.ofNumbers(new Median<>())).isEmpty();
    assertThat(Median.ofDurations(new Median<>())).isEmpty();
  }

  @Test
  void anOddCountTakesTheMiddleAndAnEvenCountTheMeanOfTheTwo() {
    Median<Long> odd = new Median<>();
    List.of(9L, 1L, 5L).forEach(odd::add);
    assertThat(Median.ofNumbers(odd)).contains(5.0);
    Median<Long> even = new Median<>();
    List.of(1L, 4L, 2L, 9L).forEach(even::add);
    assertThat(Median.ofNumbers(even)).contains(3.0);
  }

  @Test
  void durationsHalveTheGapBetweenTheTwoMiddleOnes() {
    Median<Duration> even = new Median<>();
    List.of(
            Duration.ofMinutes(10),
            Duration.ofMinutes(25),
            Duration.ofMinutes(1),
            Duration.ofHours(9))
        .forEach(even::add);
    assertThat(Median.ofDurations(even)).contains(Duration.ofSeconds(17 * 60 + 30));
    Median<Duration> odd = new Median<>();
    List.of(Duration.ofMinutes(3), Duration.ofMinutes(-2), Duration.ofMinutes(7)).forEach(odd::add);
    assertThat(Median.ofDurations(odd)).contains(Duration.ofMinutes(3));
  }

  @Test
  void aMiddleValueAtTheEdgeOfTheRangeDoesNotOverflow() {
    Median<Duration> odd = new Median<>();
    Duration longest = Duration.ofSeconds(Long.MAX_VALUE);
    List.of(longest, longest, Duration.ZERO).forEach(odd::add);
    assertThat(Median.ofDurations(odd)).contains(longest);
  }

  /** Counting repeated values gives what sorting every value gives. */
  @Test
  void agreesWithSortingEveryValue() {
    Random random = new Random(20261123);
    for (int round = 0; round < 200; round++) {
      int n = 1 + random.nextInt(40);
      List<Long> values = new ArrayList<>();
      Median<Long> counted = new Median<>();
      Median<Duration> durations = new Median<>();
      for (int i = 0; i < n; i++) {
        long v = random.nextInt(15) - 5L;
        values.add(v);
        counted.add(v);
        durations.add(Duration.ofMinutes(v));
      }
      List<Long> sorted = values.stream().sorted().toList();
      double expected =
          n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
      assertThat(Median.ofNumbers(counted)).contains(expected);
      Duration expectedDuration =
          n % 2 == 1
              ? Duration.ofMinutes(sorted.get(n / 2))
              : Duration.ofMinutes(sorted.get(n / 2 - 1))
                  .plus(Duration.ofMinutes(sorted.get(n / 2)))
                  .dividedBy(2);
      assertThat(Median.ofDurations(durations)).contains(expectedDuration);
    }
  }
}
