package dev.pm.stats;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The median of whole numbers counted as they come: how many times each value was seen, not every
 * value, so its size is the number of distinct values (days to a due date: a few hundred), however
 * many items there are.
 */
final class Median {

  private final TreeMap<Long, Integer> seen = new TreeMap<>();
  private long count;

  void add(long value) {
    seen.merge(value, 1, Integer::sum);
    count++;
  }

  /** The middle value, or the mean of the two middle values; empty when nothing was added. */
  Optional<Double> value() {
    if (count == 0) {
      return Optional.empty();
    }
    long lower = (count - 1) / 2;
    long upper = count / 2;
    Long low = null;
    long passed = 0;
    for (Map.Entry<Long, Integer> e : seen.entrySet()) {
      long end = passed + e.getValue();
      if (low == null && lower < end) {
        low = e.getKey();
      }
      if (upper < end) {
        return Optional.of((low + e.getKey()) / 2.0);
      }
      passed = end;
    }
    throw new IllegalStateException("count " + count + " exceeds the values seen");
  }
}
