package dev.pm.lint;

import java.util.regex.Pattern;

/** A stable rule id, {@code PM} and three digits: the family is the first digit. */
public record RuleId(String value) implements Comparable<RuleId> {

  private static final Pattern FORMAT = Pattern.compile("PM\\d{3}");

  public RuleId {
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("rule id must be PM and three digits: " + value);
    }
  }

  public static RuleId of(String value) {
    return new RuleId(value);
  }

  @Override
  public int compareTo(RuleId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
