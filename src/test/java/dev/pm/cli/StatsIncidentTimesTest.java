package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pm.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pm stats --format json} gives each incident's start and end, run for real on
 * src/test/resources/stats/incident-times (see its README for the hand count).
 */
class StatsIncidentTimesTest {

  private static final Path FIXTURES = Path.of("src/test/resources/stats/incident-times");

  @TempDir Path repo;
  private PmRunner pm;
  private JsonNode json;

  @BeforeEach
  void runStats() throws IOException {
    Fixtures.copyFiles(FIXTURES, repo.resolve("postmortems"));
    pm = new PmRunner(repo);
    var result = pm.run("stats", "--format", "json", "--as-of", "2026-04-20");
    assertThat(result.exitCode()).as(result.err()).isZero();
    json = new ObjectMapper().readTree(result.out());
  }

  @Test
  void labelledStartAndEndAreWrittenInTheLocalIsoForm() {
    JsonNode queue = incident("postmortems/2026-02-11-queue-backlog.md");
    assertThat(queue.get("start").asText()).isEqualTo("2026-02-11T09:15:00");
    assertThat(queue.get("end").asText()).isEqualTo("2026-02-11T10:40:00");
  }

  @Test
  void aRangeOverMidnightEndsOnTheNextDay() {
    JsonNode dns = incident("postmortems/2026-02-20-dns-outage.md");
    assertThat(dns.get("start").asText()).isEqualTo("2026-02-20T23:40:00");
    assertThat(dns.get("end").asText()).isEqualTo("2026-02-21T01:05:00");
    assertThat(dns.get("durationMinutes").asDouble()).isEqualTo(85.0);
  }

  @Test
  void whenItWasNoticedIsNoStart() {
    JsonNode login = incident("postmortems/2026-03-09-login-errors.md");
    assertThat(login.get("start").isNull()).isTrue();
    assertThat(login.get("end").asText()).isEqualTo("2026-03-09T08:20:00");
  }

  @Test
  void timesWithNoDayAnywhereAreNull() {
    JsonNode cache = incident("postmortems/undated-cache.md");
    assertThat(cache.get("start").isNull()).isTrue();
    assertThat(cache.get("end").isNull()).isTrue();
    assertThat(cache.get("durationMinutes").asDouble()).isEqualTo(85.0);
  }

  @Test
  void startAndEndComeLastSoEarlierKeysKeepTheirPlace() {
    List<String> keys = new ArrayList<>();
    incident("postmortems/undated-cache.md").fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .containsExactly(
            "id",
            "title",
            "file",
            "date",
            "severity",
            "status",
            "durationMinutes",
            "mttdMinutes",
            "mttaMinutes",
            "mttrMinutes",
            "items",
            "templateItemsLeftOut",
            "start",
            "end");
  }

  private JsonNode incident(String file) {
    for (JsonNode incident : json.get("incidents")) {
      if (incident.get("file").asText().equals(file)) {
        return incident;
      }
    }
    throw new AssertionError("no incident " + file + " in " + json.get("incidents"));
  }
}
