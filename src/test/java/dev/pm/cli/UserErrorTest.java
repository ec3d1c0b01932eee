package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values that used to pass silently or end in an internal error: each a one-line user error, exit
 * 2.
 */
class UserErrorTest {

  @TempDir Path repo;
  private PmRunner pm;

  @BeforeEach
  void setUp() {
    pm = new PmRunner(repo);
  }

  private void assertUserError(PmRunner.Result result, String says) {
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("pm: ").contains(says).doesNotContain("internal error");
  }

  @Test
  void schemaDeriveFromNothingReadableIsAnError() {
    assertUserError(pm.run("schema", "derive", "/dev/null"), "nothing to derive a schema from");
  }

  @Test
  void shareNaNIsRefused() throws Exception {
    Files.writeString(repo.resolve("a.md"), "# A\n\n## Summary\n\nText.\n");
    assertUserError(
        pm.run("schema", "derive", "a.md", "--share", "NaN"), "--share must be more than 0");
  }

  @Test
  void aHugeConfigurationIsAPositionedError() throws Exception {
    Files.writeString(
        repo.resolve(".pm.yaml"), "# padding\n".repeat(200_000) + "directory: postmortems\n");
    assertUserError(pm.run("lint"), "the limit is 1048576 bytes");
    assertThat(pm.run("lint").err()).contains(".pm.yaml");
  }
}
