package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pm.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incident figures {@code pm stats} reads, run for real on src/test/resources/stats/figures and
 * shown the same in every output: a status page's front matter ({@code date} 09:15, {@code
 * resolvedWhen} 10:05: 50 minutes, and an MTTR of 50, start to resolution) and labels stated with
 * units in other languages ({@code Duration: ~2.5 часов} is 150 minutes, {@code MTTR: 40분} 40).
 * Median duration: 100 minutes; median MTTR: 45.
 */
class StatsFiguresTest {

  @TempDir Path repo;
  private PmRunner pm;

  @BeforeEach
  void copyFixtures() throws IOException {
    Fixtures.copyFiles(Path.of("src/test/resources/stats/figures"), repo.resolve("postmortems"));
    pm = new PmRunner(repo);
  }

  @Test
  void jsonListsEachIncidentsFigures() throws Exception {
    var result = pm.run("stats", "--format", "json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(result.out());
    Map<String, JsonNode> byFile = new HashMap<>();
    json.get("incidents").forEach(i -> byFile.put(i.get("file").asText(), i));
    JsonNode statusPage = byFile.get("postmortems/status-page.md");
    assertThat(statusPage.get("durationMinutes").asDouble()).isEqualTo(50.0);
    assertThat(statusPage.get("mttrMinutes").asDouble()).isEqualTo(50.0);
    JsonNode foreign = byFile.get("postmortems/foreign-units.md");
    assertThat(foreign.get("durationMinutes").asDouble()).isEqualTo(150.0);
    assertThat(foreign.get("mttrMinutes").asDouble()).isEqualTo(40.0);
    assertThat(json.get("durations").get("medianDurationMinutes").asDouble()).isEqualTo(100.0);
    assertThat(json.get("durations").get("medianMttrMinutes").asDouble()).isEqualTo(45.0);
  }

  @Test
  void tableAndHtmlShowTheSameMedians() {
    var table = pm.run("stats");
    assertThat(table.exitCode()).as(table.err()).isZero();
    assertThat(table.out()).contains("median duration 1 h 40 min   median mttr 45 min");
    var html = pm.run("stats", "--format", "html");
    assertThat(html.exitCode()).as(html.err()).isZero();
    assertThat(html.out())
        .contains(
            "<p class=\"figures\">Across all post-mortems: median duration 1 h 40 min · median"
                + " mttr 45 min</p>");
  }
}
