package dev.pm.lint;

/**
 * A check on one post-mortem. Implementations are stateless and thread-safe (per-file state stays
 * in locals): one instance checks every file, on several threads at once.
 */
public interface Rule {

  RuleInfo info();

  /** Reports what is wrong with the document in {@code context} to {@code findings}. */
  void check(LintContext context, Findings findings);

  /**
   * Whether the rule reads the document. Rules run only on files that could be read, except those
   * that report why a file could not be.
   */
  default boolean needsReadableFile() {
    return true;
  }
}
