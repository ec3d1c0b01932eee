package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * lint's JSON, stats' JSON and the baseline are written by one configured writer, so they look
 * alike (issue 19).
 */
class OneJsonFormatTest {

  @TempDir Path repo;

  @Test
  void lintStatsAndBaselineJsonShareOneFormat() throws Exception {
    PmRunner pm = new PmRunner(repo);
    assertThat(pm.run("new", "Checkout down", "--date", "2026-03-14").exitCode()).isZero();
    String lint = pm.run("lint", "--format", "json").out();
    String stats = pm.run("stats", "--format", "json").out();
    assertThat(pm.run("lint", "--write-baseline", "b.json").exitCode()).isZero();
    String baseline = Files.readString(repo.resolve("b.json"));
    for (String json : new String[] {lint, stats, baseline}) {
      assertThat(json)
          .startsWith("{\n  \"")
          .endsWith("}\n")
          .doesNotContain("\r")
          .doesNotContain("\" : ");
    }
    assertThat(lint).contains("\n  \"files\": 1,");
    assertThat(stats).contains("\n  \"asOf\": \"2026-03-14\",");
    assertThat(baseline).contains("\n  \"version\": 1,");
  }
}
