package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A schema pattern that backtracks is a clear error, not minutes of CPU: {@code pm new --id} took
 * 5.8 s at 26 parts, 18 s at 29 and 86 s at 32 against {@code ^(.*?-){15}P} (issue 16); here the id
 * has 50 parts and the document's service 40 commas, which would take hours unbounded.
 */
class BacktrackingPatternTest {

  private static final Path FIXTURES = Path.of("src/test/resources/templates/backtracking");

  @TempDir Path repo;
  private PmRunner pm;

  @BeforeEach
  void setUp() throws Exception {
    Fixtures.copyFiles(FIXTURES.resolve("incident"), repo.resolve(".pm/templates/incident"));
    Files.writeString(repo.resolve(".pm.yaml"), "templatesDir: .pm/templates\n");
    pm = new PmRunner(repo);
  }

  @Test
  void newWithAnIdThePatternBacktracksOnIsAUserError() {
    String id = String.join("-", java.util.Collections.nCopies(50, "a"));

    var made = pm.run("new", "Slow pattern", "--template", "incident", "--id", id);

    assertThat(made.exitCode()).isEqualTo(2);
    assertThat(made.err())
        .startsWith("pm: id \"" + id + "\" cannot be checked against template \"incident\"")
        .contains("backtracks too much")
        .contains("simplify the pattern")
        .doesNotContain("Exception");
    assertThat(repo.resolve("postmortems")).doesNotExist();
  }

  @Test
  void lintReportsAValueThePatternBacktracksOnAtItsLine() throws Exception {
    Files.createDirectories(repo.resolve("postmortems"));
    Files.copy(
        FIXTURES.resolve("backtracking-service.md"),
        repo.resolve("postmortems/backtracking-service.md"));

    var lint = pm.run("lint", "postmortems/backtracking-service.md");

    assertThat(lint.exitCode()).as(lint.err()).isEqualTo(1);
    assertThat(lint.out())
        .contains(
            "backtracking-service.md:6:10: error PM106 Front matter \"service\" cannot be checked"
                + " against the template's pattern: the pattern backtracks too much");
    assertThat(lint.out()).doesNotContain("\"id\"").doesNotContain("PM001");
  }
}
