package dev.pm.report;

import static dev.pm.report.Fixtures.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.lint.Diagnostic;
import dev.pm.lint.FileResult;
import dev.pm.lint.LintReport;
import dev.pm.lint.Severity;
import dev.pm.model.Location;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReporterTest {

  @Test
  void countsThenOneEscapedRowPerFinding() {
    String out = render(new MarkdownReporter(), Fixtures.report());
    assertThat(out)
        .startsWith("### pm lint\n\n**2 files checked: 1 error, 1 warning, 1 info**\n\n");
    assertThat(out).contains("| File | Line | Severity | Rule | Message |");
    // The row of the error: every punctuation mark escaped, the line break flattened, no raw <h2>.
    assertThat(out)
        .contains(
            "| postmortems\\/2024\\-01\\-05 café outage\\.md | 12:1 | error | PM201 missing\\-section | "
                + "Missing required section \\\"Timeline\\\"\\: add \\<h2\\> \\& fill 100\\%\\, then re\\-run |");
    assertThat(out.lines().filter(l -> l.startsWith("| postmortems")).count()).isEqualTo(3);
  }

  @Test
  void aPipeOrBacktickInAFileNameCannotBreakTheTable() {
    assertThat(MarkdownReporter.escape("a|b`c[d](e)\n<script>"))
        .isEqualTo("a\\|b\\`c\\[d\\]\\(e\\) \\<script\\>");
  }

  @Test
  void aCleanRunSaysSo() {
    assertThat(render(new MarkdownReporter(), Fixtures.clean("a.md")))
        .isEqualTo("### pm lint\n\n**1 file checked: no problems**\n\n");
  }

  @Test
  void theTableStopsAtItsLimitAndSaysHowManyAreLeft() {
    List<Diagnostic> many = new ArrayList<>();
    for (int i = 1; i <= MarkdownReporter.MAX_ROWS + 5; i++) {
      many.add(
          new Diagnostic(
              Fixtures.MISSING_SECTION, Severity.WARNING, "a.md", new Location(i, 1), "m"));
    }
    String out =
        render(
            new MarkdownReporter(),
            new LintReport(List.of(new FileResult("a.md", "", many)), List.of()));
    assertThat(out.lines().filter(l -> l.startsWith("| a\\.md")).count())
        .isEqualTo(MarkdownReporter.MAX_ROWS);
    assertThat(out).endsWith("5 more findings not shown here: run pm lint to see them all.\n");
  }
}
