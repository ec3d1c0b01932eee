package dev.pm.schema;

import java.util.regex.Pattern;

/**
 * Matches a schema's {@code pattern} against a value within a budget of character reads.
 *
 * <p>Rationale: the pattern comes from a schema and the value from a document or the command line,
 * and Java's regular expressions backtrack: {@code ^(.*?,){15}P} took {@code pm new --id} 42 s on a
 * 100-character id, and more with every comma. Capping the value's length is not enough (100
 * characters already take hours), and a wall-clock deadline depends on the machine's load, so the
 * matcher reads the value through a sequence that counts its reads and stops at the budget: the
 * same input gives the same answer on any machine. A linear pattern reads a value a few times; the
 * budget is far above that.
 */
public final class BoundedMatch {

  /** Reads allowed per match, besides {@link #READS_PER_CHAR} for each character of the value. */
  public static final long BASE_READS = 1_000_000;

  static final long READS_PER_CHAR = 64;

  private BoundedMatch() {}

  /**
   * Whether the whole of {@code value} matches {@code pattern}.
   *
   * @throws TooSlow when the match runs past its budget
   */
  public static boolean matches(Pattern pattern, String value) {
    return matches(pattern, value, BASE_READS + READS_PER_CHAR * value.length());
  }

  static boolean matches(Pattern pattern, String value, long budget) {
    return pattern.matcher(new CountedText(value, new Budget(budget))).matches();
  }

  /** How many reads matching takes (for tests: a linear pattern's cost, far under the budget). */
  static long reads(Pattern pattern, String value) {
    Budget budget = new Budget(BASE_READS + READS_PER_CHAR * value.length());
    pattern.matcher(new CountedText(value, budget)).matches();
    return budget.total - budget.left;
  }

  /** Reads left, shared by a value and its sub-sequences. */
  private static final class Budget {
    final long total;
    long left;

    Budget(long total) {
      this.total = total;
      this.left = total;
    }
  }

  /** A match that ran past its budget: the pattern backtracks too much on this value. */
  public static final class TooSlow extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooSlow(long budget) {
      super(
          "the pattern backtracks too much on it (stopped after "
              + String.format(java.util.Locale.ROOT, "%,d", budget)
              + " steps); simplify the pattern in the schema",
          null,
          false,
          false);
    }
  }

  /** The value, counting every character read against a budget shared with its sub-sequences. */
  private static final class CountedText implements CharSequence {
    private final String text;
    private final int offset;
    private final int length;
    private final Budget budget;

    CountedText(String text, Budget budget) {
      this(text, 0, text.length(), budget);
    }

    private CountedText(String text, int offset, int length, Budget budget) {
      this.text = text;
      this.offset = offset;
      this.length = length;
      this.budget = budget;
    }

    @Override
    public int length() {
      return length;
    }

    @Override
    public char charAt(int index) {
      if (--budget.left < 0) {
        throw new TooSlow(budget.total);
      }
      return text.charAt(offset + index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new CountedText(text, offset + start, end - start, budget);
    }

    @Override
    public String toString() {
      return text.substring(offset, offset + length);
    }
  }
}
