package dev.pm.lint.fix;

import dev.pm.lint.Linter;
import dev.pm.model.PostMortem;
import dev.pm.model.SourceFile;
import dev.pm.parse.PostMortemParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Fixes one document's text: lint, apply the fixes that still match, re-align the tables they
 * touched, and lint again until nothing more is fixable. The result is a fixed point, so running
 * {@code pm lint --fix} twice changes nothing the second time. Must run on a worker with a large
 * stack, as parsing does.
 */
final class FileFixer {

  /** Enough for a fix that enables another (a status spelled right, then its table aligned). */
  static final int MAX_PASSES = 5;

  record Result(String text, List<FixApplier.Applied> applied) {}

  private final PostMortemParser parser;
  private final Linter linter;

  FileFixer(PostMortemParser parser, Linter linter) {
    this.parser = parser;
    this.linter = linter;
  }

  Result fix(SourceFile source) {
    String text = source.text();
    List<FixApplier.Applied> applied = new ArrayList<>();
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      PostMortem doc = parser.parse(source.withText(text));
      var diagnostics = linter.check(doc).result().diagnostics();
      FixApplier.Result step = FixApplier.apply(text, diagnostics);
      if (step.applied().isEmpty() || step.text().equals(text)) {
        break;
      }
      applied.addAll(step.applied());
      text = realigned(source, step);
    }
    return new Result(text, applied);
  }

  /**
   * One diagnostic's fix, if its text is still there, and the re-alignment of the table it edited.
   */
  String fixOne(SourceFile source, dev.pm.lint.Diagnostic diagnostic) {
    String text = source.text();
    FixApplier.Result step = FixApplier.apply(text, List.of(diagnostic));
    return step.applied().isEmpty() ? text : realigned(source, step);
  }

  /** The edited text with the tables its edits touched re-aligned. */
  private String realigned(SourceFile source, FixApplier.Result step) {
    String edited = step.text();
    PostMortem editedDoc = parser.parse(source.withText(edited));
    return TableAligner.realign(
        edited, editedDoc, TableAligner.lines(edited, step.editedOffsets()));
  }
}
