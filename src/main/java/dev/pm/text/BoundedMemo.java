package dev.pm.text;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Answers of a pure function remembered by argument, for texts that repeat from file to file
 * (headings, labels, schema names), safe to share between worker threads. Bounded: past its limit,
 * new arguments are worked out each time and not kept, so a run over many unique texts does not
 * grow it without end.
 */
public final class BoundedMemo<K, V> {

  private final int limit;
  private final Function<K, V> compute;
  private final ConcurrentHashMap<K, V> known = new ConcurrentHashMap<>();

  public BoundedMemo(int limit, Function<K, V> compute) {
    this.limit = limit;
    this.compute = compute;
  }

  public V get(K key) {
    V value = known.get(key);
    if (value != null) {
      return value;
    }
    value = compute.apply(key);
    if (known.size() < limit) {
      known.put(key, value);
    }
    return value;
  }
}
