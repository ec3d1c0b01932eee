package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adopting pm on an existing repository: record today's findings, fail only on new ones. */
class BaselineTest {

  @TempDir Path repo;

  @Test
  void onlyNewFindingsFailAndEditsAboveDoNotMatter() throws Exception {
    Path file = repo.resolve("postmortems/old.md");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        Files.readString(
            Path.of("src/test/resources/lint/PM402-action-item-owner/bad-no-owner.md")));
    PmRunner pm = new PmRunner(repo);
    assertThat(pm.run("lint").exitCode()).isEqualTo(1);

    var written = pm.run("lint", "--write-baseline", "pm-baseline.json");
    assertThat(written.exitCode()).isZero();
    assertThat(written.err()).contains("wrote 1 findings to pm-baseline.json");
    assertThat(Files.readString(repo.resolve("pm-baseline.json")))
        .contains("\"rule\": \"PM402\"")
        .contains("| Process |  |");

    var clean = pm.run("lint", "--baseline", "pm-baseline.json");
    assertThat(clean.exitCode()).as(clean.out()).isZero();

    // Lines inserted above the known problem: it is still known.
    String text = Files.readString(file);
    Files.writeString(
        file,
        text.replace(
            "## Executive Summary\n", "## Executive Summary\n\nAdded later.\nAnd more.\n"));
    var shifted = pm.run("lint", "--baseline", "pm-baseline.json");
    assertThat(shifted.exitCode()).as(shifted.out()).isZero();

    // A new problem is not excused.
    Files.writeString(
        file, Files.readString(file).replace("| Technical | dave |", "| Technical |  |"));
    var fresh = pm.run("lint", "--baseline", "pm-baseline.json");
    assertThat(fresh.exitCode()).isEqualTo(1);
    assertThat(fresh.out())
        .contains("error PM402 Action item \"AI-03\" has no owner")
        .doesNotContain("\"AI-02\"");
  }

  @Test
  void aMissingOrBrokenBaselineIsAUsageError() throws Exception {
    PmRunner pm = new PmRunner(repo);
    Files.createDirectories(repo.resolve("postmortems"));
    assertThat(pm.run("lint", "--baseline", "none.json").exitCode()).isEqualTo(2);
    Files.writeString(repo.resolve("bad.json"), "{\"x\": 1}");
    var bad = pm.run("lint", "--baseline", "bad.json");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("cannot read baseline bad.json: not a pm baseline");
  }
}
