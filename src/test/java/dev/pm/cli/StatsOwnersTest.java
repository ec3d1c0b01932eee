package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pm.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pm stats names each owner once: spellings, several owners in one cell, and .pm.yaml's owners map.
 */
class StatsOwnersTest {

  private static final Path FIXTURES = Path.of("src/test/resources/stats/owners");

  @TempDir Path repo;
  private PmRunner pm;

  @BeforeEach
  void copy() throws IOException {
    Fixtures.copyFiles(FIXTURES.resolve("postmortems"), repo.resolve("postmortems"));
    pm = new PmRunner(repo);
  }

  @Test
  void spellingsOfOneOwnerAreOneRowAndACellOfSeveralCountsForEach() throws Exception {
    JsonNode byOwner = json("stats", "--format", "json", "--as-of", "2026-05-10").get("byOwner");
    // Without the map: "@grace" and "grace" are one owner; "Grace Hopper" and "GH" are others.
    assertThat(names(byOwner))
        .containsExactly("@grace", "GH", "Grace Hopper", "Network", "Storage", "alice", "bob");
    assertThat(byOwner.get("@grace").get("total").asInt()).isEqualTo(2);
    assertThat(byOwner.get("@grace").get("done").asInt()).isEqualTo(1);
    assertThat(byOwner.get("alice").get("total").asInt()).isEqualTo(1);
    assertThat(byOwner.get("bob").get("total").asInt()).isEqualTo(1);
  }

  @Test
  void theOwnersMapMergesOtherNames() throws Exception {
    Files.copy(FIXTURES.resolve(".pm.yaml"), repo.resolve(".pm.yaml"));
    JsonNode stats = json("stats", "--format", "json", "--as-of", "2026-05-10");
    assertThat(names(stats.get("byOwner")))
        .containsExactly("@grace", "Network", "Storage", "alice", "bob");
    assertThat(stats.get("byOwner").get("@grace").get("total").asInt()).isEqualTo(4);
    assertThat(stats.get("summary").get("total").asInt()).isEqualTo(6);
    JsonNode grace =
        json("stats", "--format", "json", "--as-of", "2026-05-10", "--owner", "Grace Hopper");
    assertThat(grace.get("summary").get("total").asInt()).isEqualTo(4);
    JsonNode bob = json("stats", "--format", "json", "--as-of", "2026-05-10", "--owner", "bob");
    assertThat(bob.get("summary").get("total").asInt()).isEqualTo(1);
  }

  @Test
  void anOwnersMapThatIsNotAMapOfNamesIsAConfigurationError() throws Exception {
    Files.writeString(repo.resolve(".pm.yaml"), "owners:\n  grace: [a, b]\n");
    var run = pm.run("stats");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(".pm.yaml");
  }

  private JsonNode json(String... args) throws Exception {
    return new ObjectMapper().readTree(pm.run(args).out());
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
