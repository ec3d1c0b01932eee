package dev.pm.report;

import static dev.pm.report.Fixtures.render;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReporterTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String out = render(new JsonReporter(), Fixtures.report());

  @Test
  void topLevelKeysInContractOrder() throws Exception {
    JsonNode root = MAPPER.readTree(out);
    assertThat(names(root)).containsExactly("files", "errors", "warnings", "diagnostics");
    assertThat(root.get("files").asInt()).isEqualTo(2);
    assertThat(root.get("errors").asInt()).isEqualTo(1);
    assertThat(root.get("warnings").asInt()).isEqualTo(1);
  }

  @Test
  void diagnosticsInPositionOrderWithContractKeys() throws Exception {
    JsonNode diagnostics = MAPPER.readTree(out).get("diagnostics");
    assertThat(diagnostics).hasSize(3);
    for (JsonNode d : diagnostics) {
      assertThat(names(d))
          .containsExactly("file", "line", "column", "severity", "rule", "ruleName", "message");
    }
    assertThat(diagnostics.findValuesAsText("severity"))
        .containsExactly("warning", "error", "info");
    assertThat(diagnostics.findValuesAsText("rule")).containsExactly("PM301", "PM201", "PM402");

    JsonNode error = diagnostics.get(1);
    assertThat(error.get("file").asText()).isEqualTo(Fixtures.DIRTY);
    assertThat(error.get("line").isInt()).isTrue();
    assertThat(error.get("line").asInt()).isEqualTo(12);
    assertThat(error.get("column").asInt()).isEqualTo(1);
    assertThat(error.get("ruleName").asText()).isEqualTo("missing-section");
    assertThat(error.get("message").asText()).isEqualTo(Fixtures.NASTY);
  }

  @Test
  void prettyPrintedWithTrailingNewline() {
    assertThat(out).startsWith("{\n  \"files\": 2,\n").endsWith("}\n").doesNotContain("\r");
    // Non-ASCII is written as is, not \\u-escaped.
    assertThat(out).contains("café");
  }

  @Test
  void cleanRun() throws Exception {
    JsonNode root = MAPPER.readTree(render(new JsonReporter(), Fixtures.clean("a.md")));
    assertThat(root.get("files").asInt()).isEqualTo(1);
    assertThat(root.get("errors").asInt()).isZero();
    assertThat(root.get("diagnostics").isArray()).isTrue();
    assertThat(root.get("diagnostics")).isEmpty();
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
