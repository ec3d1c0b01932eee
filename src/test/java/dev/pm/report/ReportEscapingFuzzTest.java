package dev.pm.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pm.io.Escape;
import dev.pm.lint.Diagnostic;
import dev.pm.lint.FileResult;
import dev.pm.lint.LintReport;
import dev.pm.lint.Severity;
import dev.pm.model.Location;
import java.util.List;

/**
 * Any file name and message through the lint output writers: text has no control character but its
 * line ends; every GitHub line is a workflow command pm wrote or the summary (a newline and {@code
 * ::error} in a name cannot start one); JSON and SARIF, streamed, parse back to exactly the strings
 * given.
 *
 * <p>Regression inputs: {@code src/test/resources/dev/pm/report/ReportEscapingFuzzTestInputs/}.
 */
class ReportEscapingFuzzTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @FuzzTest
  void writeAnyDiagnostic(FuzzedDataProvider data) throws Exception {
    String file = data.consumeString(60);
    String message = data.consumeRemainingAsString();
    if (message.isBlank()) {
      return; // a diagnostic always has a message
    }
    Diagnostic d =
        new Diagnostic(Fixtures.MISSING_SECTION, Severity.ERROR, file, new Location(2, 3), message);
    LintReport report =
        new LintReport(
            List.of(new FileResult(file, "default", List.of(d))),
            List.of(Fixtures.MISSING_SECTION));

    String text = Fixtures.render(new TextReporter(), report);
    assertThat(text.chars().filter(c -> c != 10 && Escape.isControl((char) c)).count()).isZero();
    assertThat(text.lines()).hasSize(2);

    String github = Fixtures.render(new GithubReporter(), report);
    List<String> lines = github.lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("::error file=");

    JsonNode json = JSON.readTree(Fixtures.render(new JsonReporter(), report));
    assertThat(json.at("/diagnostics/0/file").asText()).isEqualTo(file);
    assertThat(json.at("/diagnostics/0/message").asText()).isEqualTo(message);

    JsonNode sarif = JSON.readTree(Fixtures.render(new SarifReporter("1"), report));
    assertThat(sarif.at("/runs/0/results/0/message/text").asText()).isEqualTo(message);
    assertThat(
            sarif
                .at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri")
                .asText())
        .matches("[A-Za-z0-9._~/%:-]*");
  }
}
