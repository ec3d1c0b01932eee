package dev.pm.lsp;

import dev.pm.lint.Diagnostic;
import dev.pm.lint.RuleDocs;
import dev.pm.lint.fix.DocumentLint;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** Hover over a diagnostic: its rule's page, the text {@code pm explain} prints. */
final class RuleHover {

  private RuleHover() {}

  static Optional<Hover> at(String text, DocumentLint.Checked checked, Position at) {
    TextPositions positions = new TextPositions(text);
    Set<dev.pm.lint.RuleInfo> rules = new LinkedHashSet<>();
    Range covered = null;
    for (Diagnostic d : checked.diagnostics()) {
      Range range = LspDiagnostics.range(d, positions);
      if (CodeActions.overlaps(range, new Range(at, at))) {
        rules.add(d.rule());
        covered = covered == null ? range : covered;
      }
    }
    if (rules.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder markdown = new StringBuilder();
    for (dev.pm.lint.RuleInfo rule : rules) {
      if (markdown.length() > 0) {
        markdown.append("\n\n---\n\n");
      }
      markdown.append(RuleDocs.text(rule).strip());
    }
    return Optional.of(
        new Hover(new MarkupContent(MarkupKind.MARKDOWN, markdown.toString()), covered));
  }
}
