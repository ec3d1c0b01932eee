package dev.pm.renumber;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.cli.PmRunner;
import dev.pm.io.FileCollector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code pm renumber} killed after any number of its writes (two references, the post-mortem, its
 * rename: four steps) leaves a state that running the same command again completes, to exactly what
 * an uninterrupted run writes.
 */
class RenumberResumeTest {

  private static final String OLD = "INC-2026-01-15-01";
  private static final String NEW = "INC-2026-01-15-02";

  @TempDir Path repo;

  private Path setUp(Path root) throws Exception {
    Path folder = Files.createDirectories(root.resolve("postmortems"));
    Files.copy(
        Path.of("src/test/resources/lint/clean/comprehensive.md"),
        folder.resolve(OLD + "-publishing.md"));
    String standard = Files.readString(Path.of("src/test/resources/lint/clean/standard.md"));
    Files.writeString(
        folder.resolve("later.md"), standard + "\nSee " + OLD + " for the first outage.\n");
    Files.writeString(
        folder.resolve("much-later.md"),
        standard.replace("INC-2026-03-14-01", "INC-2026-04-01-01") + "\nLike " + OLD + ".\n");
    return folder;
  }

  @ParameterizedTest(name = "killed after {0} writes")
  @ValueSource(ints = {0, 1, 2, 3})
  void aRerunCompletesWhatAKilledRunLeft(int steps) throws Exception {
    Path expected = Files.createDirectories(repo.resolve("expected"));
    setUp(expected);
    assertThat(new PmRunner(expected).run("renumber", OLD, NEW).exitCode()).isZero();

    Path interrupted = Files.createDirectories(repo.resolve("interrupted"));
    Path folder = setUp(interrupted);
    var files =
        new FileCollector(interrupted, interrupted, List.of("**.md"), List.of())
            .collect(List.of(folder))
            .files();
    List<String> done =
        RenumberRun.apply(RenumberPlan.make(OLD, NEW, files, Optional.empty()), steps);
    assertThat(done).hasSize(steps);

    var rerun = new PmRunner(interrupted).run("renumber", OLD, NEW);
    assertThat(rerun.exitCode()).as(rerun.err()).isZero();
    assertThat(contents(folder)).isEqualTo(contents(expected.resolve("postmortems")));
    assertThat(new PmRunner(interrupted).run("renumber", OLD, NEW).exitCode())
        .as("a third run has nothing to do")
        .isEqualTo(2);
  }

  private static Map<String, String> contents(Path folder) throws Exception {
    Map<String, String> all = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        all.put(f.getFileName().toString(), Files.readString(f));
      }
    }
    return all;
  }
}
