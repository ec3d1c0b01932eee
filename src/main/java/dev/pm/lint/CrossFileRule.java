package dev.pm.lint;

import java.util.List;

/** A check across all files of a run (duplicate incident ids). Reads only the small per-file summaries. */
public interface CrossFileRule {

  RuleInfo info();

  void check(List<FileSummary> files, CrossFileFindings findings);

  /** Reports a finding on one file of the run. */
  interface CrossFileFindings {
    void report(String file, dev.pm.model.Location at, String message);
  }
}
