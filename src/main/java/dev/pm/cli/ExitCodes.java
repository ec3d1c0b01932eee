package dev.pm.cli;

/**
 * pm's exit codes: the markdownlint-cli2 triple. Kept few and distinct, so that "your post-mortems
 * have problems" can never be confused with "pm could not run" (picocli's default maps a crash to
 * 1, which would read as lint errors).
 */
public final class ExitCodes {

  /** No errors (warnings allowed within {@code --max-warnings}). */
  public static final int OK = 0;

  /** Lint errors found, too many warnings, or overdue items with {@code --fail-on-overdue}. */
  public static final int FINDINGS = 1;

  /** Bad usage, bad configuration or schema, a missing file, or an internal error. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
