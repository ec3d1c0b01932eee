package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Options several commands share are declared once and validated once, the same way everywhere. */
class SharedOptionsTest {

  @TempDir Path repo;
  private PmRunner pm;

  @BeforeEach
  void setUp() throws Exception {
    pm = new PmRunner(repo);
    assertThat(pm.run("new", "Checkout down").exitCode()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"lint", "stats"})
  void jobsBelowOneIsAUsageErrorForEveryCommand(String command) {
    var run = pm.run(command, "--jobs", "0");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--jobs must be at least 1, not 0");
  }

  @Test
  void negativeMaxWarningsIsAUsageError() {
    var run = pm.run("lint", "--max-warnings", "-5");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--max-warnings must be 0 or more, not -5");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"lint", "stats", "new", "init", "templates", "explain", "renumber", "schema"})
  void versionIsOfferedOnlyWhereItPrintsSomething(String command) {
    var help = pm.run(command, "--help");
    assertThat(help.out()).doesNotContain("--version");
    assertThat(pm.run(command, "-V").exitCode()).isEqualTo(2);
    assertThat(pm.run("--version").out()).startsWith("pm ");
    assertThat(pm.run("--help").out()).contains("--version");
  }

  @Test
  void jobsOneStillRuns() throws Exception {
    assertThat(pm.run("stats", "-j", "1").exitCode()).isZero();
    assertThat(Files.exists(repo.resolve("postmortems"))).isTrue();
  }
}
