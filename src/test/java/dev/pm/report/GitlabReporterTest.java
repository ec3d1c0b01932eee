package dev.pm.report;

import static dev.pm.report.Fixtures.render;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.pm.lint.Diagnostic;
import dev.pm.lint.FileResult;
import dev.pm.lint.LintReport;
import dev.pm.lint.Severity;
import dev.pm.model.Location;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GitlabReporterTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in =
        GitlabReporterTest.class.getResourceAsStream(
            "/report/schemas/gitlab-codequality.schema.json")) {
      schema =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(MAPPER.readTree(in));
    }
  }

  @Test
  void validatesAgainstTheCodeQualitySchema() throws Exception {
    JsonNode issues = MAPPER.readTree(render(new GitlabReporter(), Fixtures.report()));
    assertThat(schema.validate(issues)).isEmpty();
    assertThat(issues).hasSize(3);
    JsonNode first = issues.get(0);
    assertThat(first.get("check_name").asText()).isEqualTo("PM301");
    assertThat(first.get("severity").asText()).isEqualTo("minor");
    assertThat(first.at("/location/path").asText()).isEqualTo(Fixtures.DIRTY);
    assertThat(first.at("/location/lines/begin").asInt()).isEqualTo(3);
    assertThat(issues.get(1).get("severity").asText()).isEqualTo("major");
    assertThat(issues.get(1).get("description").asText()).isEqualTo(Fixtures.NASTY);
    assertThat(issues.get(2).get("severity").asText()).isEqualTo("info");
    assertThat(MAPPER.readTree(render(new GitlabReporter(), Fixtures.clean("a.md")))).isEmpty();
  }

  @Test
  void theSchemaRejectsWhatGitlabWouldNotRead() throws Exception {
    ObjectNode issue =
        (ObjectNode) MAPPER.readTree(render(new GitlabReporter(), Fixtures.report())).get(0);
    issue.put("severity", "warning");
    assertThat(schema.validate(MAPPER.createArrayNode().add(issue))).isNotEmpty();
    issue.put("severity", "minor");
    ((ObjectNode) issue.get("location")).remove("lines");
    assertThat(schema.validate(MAPPER.createArrayNode().add(issue))).isNotEmpty();
  }

  @Test
  void fingerprintsSurviveLinesAddedAboveAndTellTwinsApart() throws Exception {
    String before = fingerprints(5, 9).toString();
    String after = fingerprints(15, 19).toString();
    assertThat(after).isEqualTo(before);
    JsonNode twins = fingerprints(5, 9);
    assertThat(twins.get(0).asText()).isNotEqualTo(twins.get(1).asText());
  }

  /** Fingerprints of two identical findings at the given lines. */
  private static JsonNode fingerprints(int first, int second) throws Exception {
    List<Diagnostic> twins =
        List.of(
            new Diagnostic(
                Fixtures.MISSING_SECTION,
                Severity.ERROR,
                "a.md",
                new Location(first, 1),
                "Empty row"),
            new Diagnostic(
                Fixtures.MISSING_SECTION,
                Severity.ERROR,
                "a.md",
                new Location(second, 1),
                "Empty row"));
    JsonNode issues =
        MAPPER.readTree(
            render(
                new GitlabReporter(),
                new LintReport(
                    List.of(new FileResult("a.md", "", twins)),
                    List.of(Fixtures.MISSING_SECTION))));
    return MAPPER
        .createArrayNode()
        .add(issues.get(0).get("fingerprint"))
        .add(issues.get(1).get("fingerprint"));
  }
}
