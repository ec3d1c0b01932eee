package dev.pm.lsp;

import dev.pm.lint.Diagnostic;
import dev.pm.lint.fix.DocumentLint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * The fixes {@code pm lint --fix} would make, as code actions with workspace edits: one quick fix
 * per fixable diagnostic in the requested range (its edit and the re-alignment of its table), and
 * one action that applies them all, to the same fixed point as {@code pm lint --fix}.
 */
final class CodeActions {

  static final String FIX_ALL_TITLE = "Fix all pm problems in this file (pm lint --fix)";

  private CodeActions() {}

  static List<CodeAction> of(
      Workspace workspace,
      OpenDocuments.Document doc,
      String text,
      DocumentLint.Checked checked,
      Range requested) {
    TextPositions positions = new TextPositions(text);
    String display = workspace.display(doc.path);
    List<CodeAction> actions = new ArrayList<>();
    List<Diagnostic> fixable =
        checked.diagnostics().stream().filter(d -> d.fix().isPresent()).toList();
    for (Diagnostic d : fixable) {
      Range range = LspDiagnostics.range(d, positions);
      if (!overlaps(range, requested)) {
        continue;
      }
      String fixed = workspace.lint().fix(doc.path, display, text, Optional.of(d));
      if (!fixed.equals(text)) {
        CodeAction action =
            action(
                "Fix " + d.rule().id() + ": " + d.fix().orElseThrow().summary(),
                CodeActionKind.QuickFix,
                doc,
                positions,
                fixed);
        action.setDiagnostics(List.of(LspDiagnostics.of(d, positions)));
        action.setIsPreferred(true);
        actions.add(action);
      }
    }
    if (!fixable.isEmpty()) {
      String fixed = workspace.lint().fix(doc.path, display, text, Optional.empty());
      if (!fixed.equals(text)) {
        actions.add(action(FIX_ALL_TITLE, CodeActionKind.SourceFixAll, doc, positions, fixed));
      }
    }
    return actions;
  }

  private static CodeAction action(
      String title,
      String kind,
      OpenDocuments.Document doc,
      TextPositions positions,
      String fixed) {
    CodeAction action = new CodeAction(title);
    action.setKind(kind);
    TextEdit edit = positions.editTo(fixed);
    action.setEdit(new WorkspaceEdit(Map.of(doc.uri, List.of(edit))));
    return action;
  }

  /** Ranges touch or overlap; an empty requested range at the cursor counts when it lies inside. */
  static boolean overlaps(Range a, Range b) {
    return compare(a.getStart(), b.getEnd()) <= 0 && compare(b.getStart(), a.getEnd()) <= 0;
  }

  static int compare(org.eclipse.lsp4j.Position x, org.eclipse.lsp4j.Position y) {
    return x.getLine() != y.getLine()
        ? Integer.compare(x.getLine(), y.getLine())
        : Integer.compare(x.getCharacter(), y.getCharacter());
  }
}
