package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The archive training throws its output away and ignores exit codes, so a renamed option or format
 * would only make start-up slower, silently. Each training command must run: exit 0 or 1
 * (findings), never 2 (usage).
 */
class ArchiveTrainingTest {

  @Test
  void everyTrainingCommandRunsOnTheBuiltInTemplates(@org.junit.jupiter.api.io.TempDir Path cache) {
    PmRunner pm = new PmRunner(Path.of("").toAbsolutePath());
    List<List<String>> commands = ArchiveTraining.commands("templates", cache.toString());
    assertThat(commands).extracting(c -> c.get(0)).contains("lint", "stats", "new", "templates");
    for (List<String> command : commands) {
      PmRunner.Result result = pm.run(command.toArray(String[]::new));
      assertThat(result.exitCode()).as("%s: %s", command, result.err()).isIn(0, 1);
      assertThat(result.out()).as("%s", command).isNotBlank();
      assertThat(result.err()).as("%s", command).doesNotContain("cache");
    }
    assertThat(cache.resolve("lint.json")).isRegularFile();
  }

  /**
   * The training for the lint cache (JDK 25) runs the one-file lints, the folder lint and the
   * cached lints, and nothing that loads stats or Jackson's databind into a cache every lint loads
   * at start.
   */
  @Test
  void theLintTrainingRunsLintAloneWithoutTheJsonReporters(
      @org.junit.jupiter.api.io.TempDir Path cache) {
    List<List<String>> each =
        ArchiveTraining.forLint(ArchiveTraining.commands("templates", cache.toString()));
    assertThat(each).isNotEmpty().allMatch(command -> command.get(0).equals("lint"));
    assertThat(each)
        .noneMatch(command -> command.contains("json") || command.contains("sarif"))
        .contains(
            List.of("lint", "--format", "github", "templates"),
            List.of("lint", "--cache", "--cache-location", cache.toString(), "templates"));
    assertThat(ArchiveTraining.forLint(ArchiveTraining.realisticCommands()))
        .hasSize(ArchiveTraining.REALISTIC.size() + 1)
        .allMatch(command -> command.get(0).equals("lint"));
  }

  /**
   * The realistic part of the training lints each filled-in post-mortem as pre-commit would and
   * finds what a real repository has (findings, action items, durations), so the archive holds the
   * reading layer's classes; a copy that lost a file or whose files stopped parsing would fail
   * here.
   */
  @Test
  void theRealisticTrainingLintsFilledInPostMortemsWithFindings() throws java.io.IOException {
    Path repository = ArchiveTraining.realisticRepository();
    try {
      PmRunner pm = new PmRunner(repository);
      int withFindings = 0;
      for (List<String> command : ArchiveTraining.realisticCommands()) {
        PmRunner.Result result = pm.run(command.toArray(String[]::new));
        assertThat(result.exitCode()).as("%s: %s", command, result.err()).isIn(0, 1);
        assertThat(result.out()).as("%s", command).isNotBlank();
        withFindings += result.exitCode();
      }
      assertThat(withFindings).isPositive();
      PmRunner.Result stats = pm.run("stats", "--format", "json");
      for (String file : ArchiveTraining.REALISTIC) {
        assertThat(stats.out()).contains("\"file\": \"postmortems/" + file + "\"");
      }
      assertThat(stats.out()).contains("\"actionItems\": [\n    {");
    } finally {
      ArchiveTraining.deleteQuietly(repository);
    }
    assertThat(repository).doesNotExist();
  }
}
