package dev.pm.schema;

import java.util.List;
import java.util.Locale;

/**
 * One {@code when:} condition on a front matter key: {@code severity: SEV-1} (equality), {@code
 * severity: [SEV-1, SEV-2]} (membership), {@code date: {after: 2026-01-01}} (comparison).
 *
 * @param key the front matter key; {@code severity}, {@code status}, {@code date} and {@code
 *     template} are read as the reader understood them
 * @param op how the document's value is compared with {@code values}
 * @param values one value, or several for {@code IN}/{@code NOT_IN}
 */
public record PolicyCondition(String key, Op op, List<String> values) {

  /** The comparisons a condition can make; dates compare as dates, everything else as text. */
  public enum Op {
    IN("is"),
    NOT_IN("is not"),
    BEFORE("is before"),
    AFTER("is after"),
    ON_OR_BEFORE("is on or before"),
    ON_OR_AFTER("is on or after");

    private final String words;

    Op(String words) {
      this.words = words;
    }

    /** The operator as written in a schema ({@code notIn}, {@code onOrAfter}). */
    public String wireName() {
      String[] parts = name().toLowerCase(Locale.ROOT).split("_", -1);
      StringBuilder out = new StringBuilder(parts[0]);
      for (int i = 1; i < parts.length; i++) {
        out.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
      }
      return out.toString();
    }

    public boolean comparesDates() {
      return this != IN && this != NOT_IN;
    }
  }

  public PolicyCondition {
    values = List.copyOf(values);
  }

  /** The condition in words, for messages: {@code severity is SEV-1}. */
  public String describe(String actual) {
    String expected = values.size() == 1 ? values.get(0) : String.join(" or ", values);
    if (op == Op.IN && values.size() == 1) {
      return key + " is " + actual;
    }
    if (op == Op.IN) {
      return key + " " + actual + " is one of " + String.join(", ", values);
    }
    return key + " " + actual + " " + op.words + " " + expected;
  }
}
