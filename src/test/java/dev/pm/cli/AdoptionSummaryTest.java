package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pm lint} on a repository that does not use pm yet: two real post-mortems and a note (which
 * no template resembles) with no front matter and no .pm.yaml get one summary of how to adopt pm,
 * not PM101 on each; with a .pm.yaml the strict rule applies.
 */
class AdoptionSummaryTest {

  @TempDir Path repo;
  private PmRunner pm;

  @BeforeEach
  void copyFixtures() throws IOException {
    pm = new PmRunner(repo);
    Path docs = Files.createDirectories(repo.resolve("docs"));
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/read/adoption"))) {
      for (Path f : files.toList()) {
        Files.copy(f, docs.resolve(f.getFileName()));
      }
    }
  }

  @Test
  void oneSummaryInsteadOfAnErrorPerFile() {
    var result = pm.run("lint", "docs");
    assertThat(result.out()).doesNotContain("PM101");
    assertThat(result.err())
        .contains("none of the 3 files has front matter")
        .contains("pm schema derive docs/ --name ours --output .pm/templates/ours/schema.yaml")
        .contains("\"docs/**\": ours");
  }

  @Test
  void aConfiguredRepositoryKeepsTheStrictRule() throws IOException {
    Files.writeString(repo.resolve(".pm.yaml"), "directory: docs\n");
    var result = pm.run("lint", "docs");
    assertThat(result.out()).contains("PM101");
    assertThat(result.err()).doesNotContain("none of the");
  }
}
