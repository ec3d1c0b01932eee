package dev.pm.lint;

import java.util.List;

/**
 * What linting one file produced.
 *
 * @param file the display path
 * @param template the template the file was checked against, or empty when none applied
 * @param diagnostics sorted by position
 */
public record FileResult(String file, String template, List<Diagnostic> diagnostics) {
  public FileResult {
    // Most files have no finding (a cached run makes one result per file): nothing to sort.
    diagnostics =
        diagnostics.size() < 2 ? List.copyOf(diagnostics) : diagnostics.stream().sorted().toList();
  }

  public long count(Severity severity) {
    long count = 0;
    for (Diagnostic d : diagnostics) {
      if (d.severity() == severity) {
        count++;
      }
    }
    return count;
  }
}
