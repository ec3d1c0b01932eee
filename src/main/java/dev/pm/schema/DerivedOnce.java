package dev.pm.schema;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A value derived from an immutable schema part, computed on first use and then kept.
 *
 * <p>Why: schema parts are records, which cannot hold a computed field, and rules ask for the same
 * normalised key sets once per row and cell (a tenth of the rules' time went to recomputing them).
 * Parts are looked up by identity, which is cheap and right for immutable values built once per
 * run; the memo is bounded so that a long test run building many schemas cannot grow it.
 */
final class DerivedOnce<P, V> {

  private static final int LIMIT = 4096;

  private final Function<P, V> derive;
  private final Map<Identity, V> values = new ConcurrentHashMap<>();

  DerivedOnce(Function<P, V> derive) {
    this.derive = derive;
  }

  V of(P part) {
    Identity key = new Identity(part);
    V value = values.get(key);
    if (value == null) {
      value = derive.apply(part);
      if (values.size() >= LIMIT) {
        values.clear();
      }
      values.put(key, value);
    }
    return value;
  }

  /** Equal only to itself's referent: two equal records are still two parts. */
  private static final class Identity {
    private final Object referent;

    Identity(Object referent) {
      this.referent = referent;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Identity i && i.referent == referent;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(referent);
    }
  }
}
