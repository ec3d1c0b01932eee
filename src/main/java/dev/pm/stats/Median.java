package dev.pm.stats;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The median of values counted as they come: how many times each value was seen, not every value,
 * so its size is the number of distinct values (days to a due date, minutes an incident lasted: a
 * few hundred), however many items or incidents there are.
 */
final class Median<T extends Comparable<? super T>> {

  /** The middle value twice when the count is odd, else the two middle values in order. */
  record Middle<T>(T low, T high) {}

  private final TreeMap<T, Integer> seen = new TreeMap<>();
  private long count;

  void add(T value) {
    seen.merge(value, 1, Integer::sum);
    count++;
  }

  /** The middle of whole numbers: the middle one, or the mean of the two middle ones. */
  static Optional<Double> ofNumbers(Median<Long> median) {
    return median.middle().map(m -> (m.low() + m.high()) / 2.0);
  }

  /** The middle of durations: the middle one, or halfway between the two middle ones. */
  static Optional<Duration> ofDurations(Median<Duration> median) {
    return median
        .middle()
        .map(m -> m.low().equals(m.high()) ? m.low() : m.low().plus(m.high()).dividedBy(2));
  }

  /** The value or values in the middle; empty when nothing was added. */
  Optional<Middle<T>> middle() {
    if (count == 0) {
      return Optional.empty();
    }
    long lower = (count - 1) / 2;
    long upper = count / 2;
    T low = null;
    long passed = 0;
    for (Map.Entry<T, Integer> e : seen.entrySet()) {
      long end = passed + e.getValue();
      if (low == null && lower < end) {
        low = e.getKey();
      }
      if (upper < end) {
        return Optional.of(new Middle<>(low, e.getKey()));
      }
      passed = end;
    }
    throw new IllegalStateException("count " + count + " exceeds the values seen");
  }
}
