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
    diagnostics = diagnostics.stream().sorted().toList();
  }

  public long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }
}
