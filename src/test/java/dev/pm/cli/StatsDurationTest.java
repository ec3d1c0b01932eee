package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pm.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pm stats} takes the incident duration from the start and end when the document states no
 * duration, reading them as lint's PM603 does; run for real on src/test/resources/stats/start-end
 * (see its README for the hand count).
 */
class StatsDurationTest {

  private static final Path FIXTURES = Path.of("src/test/resources/stats/start-end");

  @TempDir Path repo;
  private PmRunner pm;

  @BeforeEach
  void copyFixtures() throws IOException {
    Fixtures.copyFiles(FIXTURES, repo.resolve("postmortems"));
    pm = new PmRunner(repo);
  }

  @Test
  void startAndEndWithoutAStatedDurationGiveTheDuration() throws Exception {
    // Start 2025-07-18 08:12 UTC, End 2025-07-18 09:02 UTC, no duration stated.
    assertThat(medianDuration("postmortems/start-end.md")).isEqualTo(50.0);
  }

  @Test
  void aTimeRangeOverMidnightEndsTheNextDay() throws Exception {
    // Time: 23:40 - 01:05 UTC, times only, no duration row.
    assertThat(medianDuration("postmortems/over-midnight.md")).isEqualTo(85.0);
  }

  @Test
  void aStatedDurationWinsOverStartAndEnd() throws Exception {
    // Time: 14:02 - 15:17 UTC (75 minutes) but Duration: 45 minutes.
    assertThat(medianDuration("postmortems/stated-and-start-end.md")).isEqualTo(45.0);
    // Lint reads the same start and end, and says they disagree with the stated figure.
    var lint = pm.run("lint", "--format", "text", "postmortems/stated-and-start-end.md");
    assertThat(lint.out())
        .contains(
            "PM603 Duration \"45 minutes\" disagrees with start and end, which are 1 h 15 min apart");
  }

  @Test
  void theMedianOfTheFolder() throws Exception {
    // 50 (start-end), 85 (over midnight), 45 (stated): 50. Were start and end to win over the
    // stated duration it would be 75; were they ignored, 45.
    assertThat(medianDuration("postmortems")).isEqualTo(50.0);
  }

  private double medianDuration(String path) throws Exception {
    var result = pm.run("stats", "--format", "json", "--as-of", "2026-04-20", path);
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(result.out());
    JsonNode median = json.get("durations").get("medianDurationMinutes");
    assertThat(median.isNumber()).as("medianDurationMinutes in %s", result.out()).isTrue();
    return median.asDouble();
  }
}
