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

class TextReporterTest {

  @Test
  void golden() {
    String expected =
        """
        postmortems/2024-01-05 café outage.md:3:5: warning PM301 Field "severity" should be one of SEV1, SEV2 [invalid-field]
        postmortems/2024-01-05 café outage.md:12:1: error PM201 Missing required section "Timeline": add <h2> & fill 100%, then\\nre-run [missing-section]
        postmortems/2024-01-05 café outage.md:20:7: info PM402 Consider linking the ticket [ticket-link]
        2 files checked: 1 error, 1 warning, 1 info
        """;
    assertThat(render(new TextReporter(), Fixtures.report())).isEqualTo(expected);
  }

  @Test
  void cleanRunSaysNoProblems() {
    assertThat(render(new TextReporter(), Fixtures.clean("a.md")))
        .isEqualTo("1 file checked: no problems\n");
    assertThat(render(new TextReporter(), Fixtures.clean()))
        .isEqualTo("0 files checked: no problems\n");
  }

  @Test
  void summaryPluralsAndInfosOnlyWhenPresent() {
    assertThat(Summary.line(report(1, 0, 0, 3))).isEqualTo("3 files checked: 1 error, 0 warnings");
    assertThat(Summary.line(report(2, 1, 0, 1))).isEqualTo("1 file checked: 2 errors, 1 warning");
    assertThat(Summary.line(report(0, 2, 2, 2)))
        .isEqualTo("2 files checked: 0 errors, 2 warnings, 2 infos");
    assertThat(Summary.line(report(0, 0, 1, 1)))
        .isEqualTo("1 file checked: 0 errors, 0 warnings, 1 info");
  }

  @Test
  void everyLineEndsWithLf() {
    String out = render(new TextReporter(), Fixtures.report());
    assertThat(out).doesNotContain("\r").endsWith("\n");
    assertThat(out.split("\n", -1)).hasSize(5);
  }

  /** {@code files} files, all the diagnostics in the first. */
  private static LintReport report(int errors, int warnings, int infos, int files) {
    List<Diagnostic> ds = new ArrayList<>();
    int line = 1;
    for (int i = 0; i < errors; i++) {
      ds.add(
          new Diagnostic(
              Fixtures.MISSING_SECTION, Severity.ERROR, "f0.md", Location.ofLine(line++), "e"));
    }
    for (int i = 0; i < warnings; i++) {
      ds.add(
          new Diagnostic(
              Fixtures.INVALID_FIELD, Severity.WARNING, "f0.md", Location.ofLine(line++), "w"));
    }
    for (int i = 0; i < infos; i++) {
      ds.add(
          new Diagnostic(
              Fixtures.TICKET_LINK, Severity.INFO, "f0.md", Location.ofLine(line++), "i"));
    }
    List<FileResult> results = new ArrayList<>();
    results.add(new FileResult("f0.md", "", ds));
    for (int i = 1; i < files; i++) {
      results.add(new FileResult("f" + i + ".md", "", List.of()));
    }
    return new LintReport(results, List.of());
  }
}
