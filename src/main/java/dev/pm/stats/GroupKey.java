package dev.pm.stats;

/**
 * One group of a breakdown or count: an owner, a status, a type, a severity, a month or an
 * incident, or none (the value is missing).
 *
 * <p>Rationale: "(none)" is how outputs show a missing value, not a value; keeping it apart means
 * no renderer compares strings to find it (the HTML chart greys it and draws it last).
 *
 * @param value the value as shown, empty for none
 */
public record GroupKey(String value) implements Comparable<GroupKey> {

  public static final GroupKey NONE = new GroupKey("");

  /** The group of a value; a missing or blank one is {@link #NONE}. */
  public static GroupKey of(String value) {
    return value == null || value.isBlank() ? NONE : new GroupKey(value);
  }

  public boolean isNone() {
    return value.isEmpty();
  }

  /** What outputs show: the value, or {@code (none)}. */
  public String label() {
    return isNone() ? "(none)" : value;
  }

  /** In the order of the labels, as the outputs have always listed groups. */
  @Override
  public int compareTo(GroupKey other) {
    return label().compareTo(other.label());
  }
}
