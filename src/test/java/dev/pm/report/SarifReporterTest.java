package dev.pm.report;

import static dev.pm.report.Fixtures.render;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SarifReporterTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static JsonSchema schema;

  private final String out = render(new SarifReporter("1.2.3"), Fixtures.report());

  @BeforeAll
  static void loadSchema() throws IOException {
    JsonNode schemaNode;
    try (InputStream in =
        SarifReporterTest.class.getResourceAsStream("/report/sarif-schema-2.1.0.json")) {
      assertThat(in).as("schema on the test classpath").isNotNull();
      schemaNode = MAPPER.readTree(in);
    }
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaNode, config);
  }

  @Test
  void validatesAgainstTheOfficialSchema() throws Exception {
    assertThat(validate(MAPPER.readTree(out))).isEmpty();
  }

  @Test
  void cleanAndEmptyRunsValidateToo() throws Exception {
    for (String doc :
        List.of(
            render(new SarifReporter("1.2.3"), Fixtures.clean("a.md")),
            render(new SarifReporter(null), Fixtures.clean()))) {
      JsonNode root = MAPPER.readTree(doc);
      assertThat(validate(root)).isEmpty();
      assertThat(root.at("/runs/0/results")).isEmpty();
    }
  }

  @Test
  void schemaRejectsABrokenDocument() throws Exception {
    ObjectNode badLevel = (ObjectNode) MAPPER.readTree(out);
    ((ObjectNode) badLevel.at("/runs/0/results/0")).put("level", "fatal");
    assertThat(validate(badLevel)).isNotEmpty();

    ObjectNode badLine = (ObjectNode) MAPPER.readTree(out);
    ((ObjectNode) badLine.at("/runs/0/results/0/locations/0/physicalLocation/region"))
        .put("startLine", 0);
    assertThat(validate(badLine)).isNotEmpty();

    ObjectNode noVersion = (ObjectNode) MAPPER.readTree(out);
    noVersion.remove("version");
    assertThat(validate(noVersion)).isNotEmpty();
  }

  @Test
  void header() throws Exception {
    JsonNode root = MAPPER.readTree(out);
    assertThat(root.get("$schema").asText())
        .isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
    assertThat(root.get("version").asText()).isEqualTo("2.1.0");
    assertThat(root.get("runs")).hasSize(1);
    JsonNode driver = root.at("/runs/0/tool/driver");
    assertThat(driver.get("name").asText()).isEqualTo("pm");
    assertThat(driver.get("version").asText()).isEqualTo("1.2.3");
    assertThat(driver.get("informationUri").asText()).isEqualTo("https://github.com/pm-dev/pm");
    assertThat(out).endsWith("}\n");
  }

  @Test
  void rulesIncludeEveryReferencedRule() throws Exception {
    JsonNode rules = MAPPER.readTree(out).at("/runs/0/tool/driver/rules");
    // PM402 is not among the report's enabled rules, but a result refers to it.
    assertThat(rules.findValuesAsText("id")).containsExactly("PM201", "PM301", "PM402");
    JsonNode pm201 = rules.get(0);
    assertThat(pm201.get("name").asText()).isEqualTo("missing-section");
    assertThat(pm201.at("/shortDescription/text").asText())
        .isEqualTo("A required section is missing");
    assertThat(pm201.at("/defaultConfiguration/level").asText()).isEqualTo("error");
    assertThat(pm201.get("helpUri").asText())
        .isEqualTo(
            "https://github.com/pm-dev/pm/blob/main/src/main/resources/dev/pm/rules/PM201.md");
    assertThat(rules.get(2).at("/defaultConfiguration/level").asText()).isEqualTo("note");
  }

  @Test
  void results() throws Exception {
    JsonNode run = MAPPER.readTree(out).at("/runs/0");
    JsonNode results = run.get("results");
    assertThat(results).hasSize(3);
    assertThat(results.findValuesAsText("level")).containsExactly("warning", "error", "note");
    for (JsonNode r : results) {
      int index = r.get("ruleIndex").asInt();
      assertThat(run.at("/tool/driver/rules/" + index + "/id").asText())
          .isEqualTo(r.get("ruleId").asText());
    }
    JsonNode error = results.get(1);
    assertThat(error.get("ruleId").asText()).isEqualTo("PM201");
    assertThat(error.at("/message/text").asText()).isEqualTo(Fixtures.NASTY);
    JsonNode location = error.at("/locations/0/physicalLocation");
    assertThat(location.at("/artifactLocation/uri").asText())
        .isEqualTo("postmortems/2024-01-05%20caf%C3%A9%20outage.md");
    assertThat(location.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(location.at("/region/startLine").asInt()).isEqualTo(12);
    assertThat(location.at("/region/startColumn").asInt()).isEqualTo(1);
  }

  @Test
  void uriEncoding() {
    assertThat(SarifReporter.encodePath("a b/ü#1?.md")).isEqualTo("a%20b/%C3%BC%231%3F.md");
    assertThat(SarifReporter.encodePath("x:y,z%.md")).isEqualTo("x%3Ay%2Cz%25.md");
    assertThat(SarifReporter.encodePath("post-mortems/a_b~c.md"))
        .isEqualTo("post-mortems/a_b~c.md");
  }

  private static List<String> validate(JsonNode document) {
    Set<ValidationMessage> messages = schema.validate(document);
    List<String> texts = new ArrayList<>();
    messages.forEach(m -> texts.add(m.getMessage()));
    return texts;
  }
}
