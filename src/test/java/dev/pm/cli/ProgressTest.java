package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Long runs say how far they are on a terminal's standard error, and never in piped output. */
class ProgressTest {

  private static final Environment.Terminal TTY =
      new Environment.Terminal(InputStream.nullInputStream(), true, true);
  private static final Environment.Terminal PIPED_ERR =
      new Environment.Terminal(InputStream.nullInputStream(), true, false);

  @TempDir Path repo;

  private PmRunner repositoryOf(int files) throws Exception {
    PmRunner pm = new PmRunner(repo);
    assertThat(pm.run("new", "Checkout down").exitCode()).isZero();
    Path first;
    try (var listed = Files.list(repo.resolve("postmortems"))) {
      first = listed.findFirst().orElseThrow();
    }
    String text = Files.readString(first);
    for (int i = 2; i <= files; i++) {
      Files.writeString(
          repo.resolve("postmortems/2026-03-14-copy-" + i + ".md"),
          text.replace("INC-2026-03-14-01", String.format("INC-2026-03-14-%03d", i)));
    }
    return pm;
  }

  @ParameterizedTest
  @ValueSource(strings = {"lint", "stats"})
  void aTerminalSeesFilesDoneOfTotalThenAClearedLine(String command) throws Exception {
    PmRunner pm = repositoryOf(250);
    var run = pm.run(Map.of(), TTY, command);
    assertThat(run.err()).contains("pm: 250 of 250 files").contains("pm: 124 of 250 files");
    assertThat(run.err()).endsWith("\r\u001b[K");
    assertThat(run.out()).doesNotContain(" of 250 files");
  }

  @Test
  void pipedStandardErrorNeverGetsIt() throws Exception {
    PmRunner pm = repositoryOf(250);
    assertThat(pm.run(Map.of(), PIPED_ERR, "lint").err())
        .doesNotContain("files")
        .doesNotContain("\r");
    assertThat(pm.run(Map.of(), Environment.Terminal.NONE, "stats").err()).doesNotContain("\r");
  }

  @Test
  void aShortRunHasNone() throws Exception {
    PmRunner pm = repositoryOf(Progress.THRESHOLD);
    var run = pm.run(Map.of(), TTY, "lint");
    assertThat(run.out()).contains("200 files checked");
    assertThat(run.err()).doesNotContain(" of 200 files");
  }
}
