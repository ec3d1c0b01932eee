package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Blameless language (PM801) through the real {@code pm lint}: on where the template says, and on
 * real documents.
 */
class BlamelessCommandTest {

  @TempDir Path dir;

  private static List<String> blameLines(PmRunner.Result r) {
    return r.out().lines().filter(l -> l.contains(" PM801 ")).toList();
  }

  @Test
  void onAsAWarningInTheBlamelessTemplateAndOffElsewhereUntilConfigured() throws IOException {
    Fixtures.copyFiles(Path.of("src/test/resources/lint/PM801-blameless-language"), dir);
    PmRunner pm = new PmRunner(dir);
    PmRunner.Result r = pm.run("lint", "bad.md", "good-other-template.md");
    assertThat(blameLines(r))
        .hasSize(7)
        .allMatch(l -> l.startsWith("bad.md:") && l.contains(": warning PM801 "));
    assertThat(
            blameLines(
                pm.run("lint", "--rule", "blameless-language=warning", "good-other-template.md")))
        .containsExactly(
            "good-other-template.md:48:10: warning PM801 Blaming language \"human error\"; describe the system"
                + " condition that allowed it (what made the mistake possible, what did not catch it) [blameless-language]");
    Files.writeString(dir.resolve(".pm.yaml"), "rules:\n  PM801: off\n");
    assertThat(blameLines(pm.run("lint", "bad.md"))).isEmpty();
  }

  /**
   * Every finding on the 131 real post-mortems, each judged by hand (see the PM801 page): precision
   * is what matters, so a new finding here must be judged before it is accepted.
   */
  @Test
  void realPostMortemsGiveOnlyTheFindingsJudgedRight() {
    PmRunner pm = new PmRunner(Path.of("src/test/resources/corpus/real"));
    PmRunner.Result r = pm.run("lint", "--rule", "PM801=warning", ".");
    assertThat(blameLines(r))
        .containsExactly(
            "dfds__PM2022-002---Logs-not-shipped-to-CloudWatch.md:23:1: warning PM801 Blaming language \"human error\";"
                + " describe the system condition that allowed it (what made the mistake possible, what did not catch it) [blameless-language]");
  }
}
