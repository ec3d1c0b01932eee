package dev.pm.lint;

import java.util.Comparator;
import java.util.List;

/**
 * The complete result of a lint run, the one input every reporter gets.
 *
 * @param files one result per file linted, sorted by path
 * @param rules the rules that were enabled, for reporters that describe them (SARIF)
 */
public record LintReport(List<FileResult> files, List<RuleInfo> rules) {

  public LintReport {
    files = files.stream().sorted(Comparator.comparing(FileResult::file)).toList();
    rules = List.copyOf(rules);
  }

  /** All diagnostics in path, line, column order. */
  public List<Diagnostic> diagnostics() {
    return files.stream().flatMap(f -> f.diagnostics().stream()).sorted().toList();
  }

  public long errors() {
    return count(Severity.ERROR);
  }

  public long warnings() {
    return count(Severity.WARNING);
  }

  public long infos() {
    return count(Severity.INFO);
  }

  /** A plain loop: a cached run counts over every file's result, most of them empty. */
  private long count(Severity severity) {
    long count = 0;
    for (FileResult file : files) {
      count += file.count(severity);
    }
    return count;
  }
}
