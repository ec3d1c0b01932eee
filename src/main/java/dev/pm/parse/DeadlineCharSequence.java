package dev.pm.parse;

import dev.pm.work.CpuBudget;

/**
 * The text flexmark parses, checking a deadline as it is read: flexmark cannot be interrupted, but
 * it reads every character through {@link #charAt}, so a parse that runs past its time limit stops
 * there instead of burning a core for seconds (flexmark 0.64.8 takes 15 s on {@code [a][} and 40
 * backslashes). The budget counts the parsing thread's CPU time ({@link CpuBudget}), so a loaded
 * machine does not make an ordinary file run out. The clock is read once every 4,096 characters,
 * which costs nothing measurable.
 */
final class DeadlineCharSequence implements CharSequence {

  /** Thrown out of flexmark when the deadline has passed. */
  static final class DeadlineExceeded extends RuntimeException {
    DeadlineExceeded() {
      super("parse deadline exceeded", null, false, false);
    }
  }

  private final String text;
  private final int offset;
  private final int length;
  private final CpuBudget budget;
  private int reads;

  DeadlineCharSequence(String text, CpuBudget budget) {
    this(text, 0, text.length(), budget);
  }

  private DeadlineCharSequence(String text, int offset, int length, CpuBudget budget) {
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
    if ((++reads & 0xFFF) == 0 && budget.spent()) {
      throw new DeadlineExceeded();
    }
    return text.charAt(offset + index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return new DeadlineCharSequence(text, offset + start, end - start, budget);
  }

  @Override
  public String toString() {
    return text.substring(offset, offset + length);
  }
}
