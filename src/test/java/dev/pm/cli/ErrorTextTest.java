package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Error text says what is wrong in the user's terms: no invented positions, no library internals,
 * right plurals.
 */
class ErrorTextTest {

  @TempDir Path repo;
  private PmRunner pm;

  @BeforeEach
  void setUp() {
    pm = new PmRunner(repo);
  }

  @Test
  void anImpossibleDateIsNotARealDate() throws Exception {
    var stats = pm.run("stats", "--since", "2026-13-01");
    assertThat(stats.exitCode()).isEqualTo(2);
    assertThat(stats.err())
        .contains("'2026-13-01' is not a real date")
        .doesNotContain("written YYYY-MM-DD");

    var created = pm.run("new", "Checkout down");
    Path file = repo.resolve(created.out().trim());
    Files.writeString(file, Files.readString(file).replace("date: 2026-03-14", "date: 2026-13-01"));
    assertThat(pm.run("lint").out()).contains("\"2026-13-01\"; not a real date");
  }

  @Test
  void oneWarningIsSingular() throws Exception {
    Path file = repo.resolve("postmortems/one-warning.md");
    Files.createDirectories(file.getParent());
    Files.copy(Path.of("src/test/resources/lint/PM002-unknown-rule-name/bad-typo.md"), file);
    var lint = pm.run("lint", "--max-warnings", "0");
    assertThat(lint.exitCode()).isEqualTo(1);
    assertThat(lint.err()).contains("pm: 1 warning, more than --max-warnings 0");
    assertThat(lint.out()).contains("1 file checked: 0 errors, 1 warning\n");
  }

  @Test
  void aMissingSchemaFileHasNoInventedPosition() throws Exception {
    Files.createDirectories(repo.resolve("postmortems"));
    var lint = pm.run("lint", "--schema", "team/schema.yaml");
    assertThat(lint.exitCode()).isEqualTo(2);
    assertThat(lint.err()).contains("schema.yaml").doesNotContain(":1:1");
  }

  @Test
  void aBrokenBaselineDoesNotLeakTheJsonLibrary() throws Exception {
    Files.createDirectories(repo.resolve("postmortems"));
    Files.writeString(repo.resolve("pm-baseline.json"), "{bad json");
    var lint = pm.run("lint", "--baseline", "pm-baseline.json");
    assertThat(lint.exitCode()).isEqualTo(2);
    assertThat(lint.err())
        .contains("cannot read baseline pm-baseline.json: not valid JSON at line 1")
        .doesNotContain("[Source")
        .doesNotContain("(code")
        .doesNotContain("jackson");
  }

  @Test
  void aSeverityOnNoScaleIsAUsageError() throws Exception {
    assertThat(pm.run("new", "Checkout down", "--severity", "P2").exitCode()).isZero();
    var stats = pm.run("stats", "--severity", "P9");
    assertThat(stats.exitCode()).isEqualTo(2);
    assertThat(stats.err()).contains("--severity \"P9\" is on no template's scale").contains("P1");
    assertThat(pm.run("stats", "--severity", "p2").exitCode()).isZero();
  }
}
