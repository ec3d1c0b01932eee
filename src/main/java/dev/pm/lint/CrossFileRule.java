package dev.pm.lint;

import java.util.List;

/**
 * A check across all files of a run (duplicate incident ids). Reads only the small per-file
 * summaries.
 */
public interface CrossFileRule {

  RuleInfo info();

  void check(CrossFileContext context, CrossFileFindings findings);

  /**
   * The run's files; with {@code --against REF} the ids at that ref; when only some files were
   * named, the ids of every post-mortem in the configured folder.
   */
  record CrossFileContext(
      List<FileSummary> files,
      java.util.Optional<IdsAtRef> atRef,
      java.util.Optional<IdsInFolder> inFolder) {}

  /** Reports a finding on one file of the run. */
  interface CrossFileFindings {
    void report(String file, dev.pm.model.Location at, String message);
  }
}
