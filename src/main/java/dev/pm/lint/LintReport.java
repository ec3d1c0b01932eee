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
    return files.stream().mapToLong(f -> f.count(Severity.ERROR)).sum();
  }

  public long warnings() {
    return files.stream().mapToLong(f -> f.count(Severity.WARNING)).sum();
  }

  public long infos() {
    return files.stream().mapToLong(f -> f.count(Severity.INFO)).sum();
  }
}
