package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A walk that finds no post-mortem where one was expected says so, and CI can fail on it. */
class FailOnEmptyTest {

  @TempDir Path repo;

  @Test
  void anEmptyFolderIsSaidAndPassesWithoutConfiguration() throws Exception {
    Files.createDirectories(repo.resolve("postmortems"));
    Files.writeString(repo.resolve("postmortems/README.md"), "# Incidents\n");
    var run = new PmRunner(repo).run("lint");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("pm: no post-mortems found in postmortems");
    assertThat(new PmRunner(repo).run("lint", "--fail-on-empty").exitCode()).isEqualTo(2);
  }

  @Test
  void aConfiguredDirectoryThatHoldsNoneFailsUnlessTurnedOff() throws Exception {
    Files.writeString(repo.resolve(".pm.yaml"), "directory: docs/incidents\n");
    Files.createDirectories(repo.resolve("docs/incidents/2026"));
    Files.writeString(repo.resolve("docs/incidents/index.md"), "# Incidents\n");
    var run = new PmRunner(repo).run("lint");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("pm: no post-mortems found in docs/incidents");
    assertThat(run.out()).contains("0 files checked");
    assertThat(new PmRunner(repo).run("lint", "--no-fail-on-empty").exitCode()).isZero();

    assertThat(new PmRunner(repo).run("new", "Checkout down").exitCode()).isZero();
    var filled = new PmRunner(repo).run("lint");
    assertThat(filled.exitCode()).isZero();
    assertThat(filled.err()).doesNotContain("no post-mortems found");
  }

  @Test
  void afterPmInitAnEmptyFolderFailsAsItsCommentSaysAndTheFirstPostMortemPasses() throws Exception {
    PmRunner pm = new PmRunner(repo);
    assertThat(pm.run("init").exitCode()).isZero();
    assertThat(Files.readString(repo.resolve(".pm.yaml")))
        .contains("`pm lint` exits 2 when it finds none")
        .contains("--no-fail-on-empty")
        .contains("node_modules")
        .contains("at most 1h");
    Files.createDirectories(repo.resolve("postmortems"));
    assertThat(pm.run("lint").exitCode()).isEqualTo(2);
    assertThat(pm.run("new", "Checkout down").exitCode()).isZero();
    assertThat(pm.run("lint").exitCode()).isZero();
  }
}
