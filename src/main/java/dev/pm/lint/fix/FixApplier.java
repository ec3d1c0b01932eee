package dev.pm.lint.fix;

import dev.pm.lint.Diagnostic;
import dev.pm.lint.Fix;
import dev.pm.text.LineIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies the fixes of a set of diagnostics to a text. A fix whose expected text is not at its
 * position, or that overlaps one already taken, is left out: it stays a diagnostic.
 */
final class FixApplier {

  /** One fix that was applied, for the report. */
  record Applied(Diagnostic diagnostic, int line) {}

  /**
   * @param editedOffsets where each applied edit stands in the new text (for table re-alignment)
   */
  record Result(String text, List<Applied> applied, List<Integer> editedOffsets) {}

  private record Edit(Diagnostic diagnostic, Fix fix, int offset) {}

  private FixApplier() {}

  static Result apply(String text, List<Diagnostic> diagnostics) {
    LineIndex lines = new LineIndex(text);
    String newline = text.contains("\r\n") ? "\r\n" : "\n";
    List<Edit> edits = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      if (d.fix().isEmpty()) {
        continue;
      }
      Fix fix = d.fix().get();
      if (fix.at().line() > lines.lineCount() + 1) {
        continue;
      }
      int offset = lines.lineStart(fix.at().line()) + fix.at().column() - 1;
      if (offset <= text.length()
          && text.startsWith(fix.found(), offset)
          && edits.stream()
              .noneMatch(
                  e ->
                      e.offset == offset
                          && e.fix.found().equals(fix.found())
                          && e.fix.replacement().equals(fix.replacement()))) {
        edits.add(new Edit(d, fix, offset));
      }
    }
    edits.sort(
        Comparator.comparingInt(Edit::offset)); // stable: inserts at one place keep their order
    StringBuilder out = new StringBuilder(text.length() + 64);
    List<Applied> applied = new ArrayList<>();
    List<Integer> editedOffsets = new ArrayList<>();
    int copied = 0;
    for (Edit edit : edits) {
      if (edit.offset < copied) {
        continue; // overlaps an edit already made
      }
      out.append(text, copied, edit.offset);
      editedOffsets.add(out.length());
      out.append(edit.fix.replacement().replace("\n", newline));
      copied = edit.offset + edit.fix.found().length();
      applied.add(new Applied(edit.diagnostic, edit.fix.at().line()));
    }
    out.append(text, copied, text.length());
    return new Result(out.toString(), applied, editedOffsets);
  }
}
