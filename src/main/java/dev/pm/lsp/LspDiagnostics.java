package dev.pm.lsp;

import dev.pm.lint.Diagnostic;
import dev.pm.lint.RuleDocs;
import dev.pm.lint.Severity;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;

/**
 * pm's diagnostics as LSP diagnostics: rule id as the code, a link to the rule's page, the range it
 * covers.
 */
final class LspDiagnostics {

  static final String SOURCE = "pm";

  private LspDiagnostics() {}

  static List<org.eclipse.lsp4j.Diagnostic> of(List<Diagnostic> diagnostics, String text) {
    TextPositions positions = new TextPositions(text);
    return diagnostics.stream().map(d -> of(d, positions)).toList();
  }

  static org.eclipse.lsp4j.Diagnostic of(Diagnostic d, TextPositions positions) {
    org.eclipse.lsp4j.Diagnostic out =
        new org.eclipse.lsp4j.Diagnostic(
            range(d, positions),
            d.message() + " [" + d.rule().name() + "]",
            severity(d.severity()),
            SOURCE,
            d.rule().id().value());
    out.setCodeDescription(new DiagnosticCodeDescription(RuleDocs.url(d.rule())));
    out.setData(Map.of("rule", d.rule().id().value(), "name", d.rule().name()));
    return out;
  }

  /**
   * The text a fix would replace when there is one; else from the location to the end of its line,
   * so the finding is visible and hoverable. An empty line gets an empty range at its start.
   */
  static Range range(Diagnostic d, TextPositions positions) {
    int from = positions.offset(d.at());
    int to =
        d.fix()
            .filter(f -> !f.found().isEmpty() && f.at().equals(d.at()))
            .map(f -> Math.min(positions.lineEnd(from), from + f.found().length()))
            .orElseGet(() -> positions.lineEnd(from));
    return positions.range(from, to);
  }

  static DiagnosticSeverity severity(Severity severity) {
    return switch (severity) {
      case ERROR -> DiagnosticSeverity.Error;
      case WARNING -> DiagnosticSeverity.Warning;
      case INFO -> DiagnosticSeverity.Information;
    };
  }
}
