package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incident ids are unique across the configured folder, also when pre-commit names only the staged
 * files.
 */
class IdsAcrossRepositoryTest {

  @TempDir Path repo;
  private PmRunner pm;

  @BeforeEach
  void setUp() {
    pm = new PmRunner(repo);
  }

  private Path created(String title) {
    var result = pm.run("new", title, "--date", "2026-03-14");
    assertThat(result.exitCode()).as(result.err()).isZero();
    return repo.resolve(result.out().trim());
  }

  @Test
  void aNamedFileIsComparedWithEveryPostMortemInTheFolder() throws Exception {
    created("Checkout down");
    Path staged = created("Search slow");
    Files.writeString(
        staged, Files.readString(staged).replace("INC-2026-03-14-02", "INC-2026-03-14-01"));

    var lint = pm.run("lint", "postmortems/2026-03-14-search-slow.md");
    assertThat(lint.exitCode()).as(lint.out()).isEqualTo(1);
    assertThat(lint.out())
        .contains("PM604")
        .contains("\"INC-2026-03-14-01\" is also used by postmortems/2026-03-14-checkout-down.md");
    assertThat(lint.out()).contains("1 file checked");
  }

  @Test
  void aNamedFileWithAFreeIdIsClean() {
    created("Checkout down");
    created("Search slow");
    var lint = pm.run("lint", "postmortems/2026-03-14-search-slow.md");
    assertThat(lint.out()).doesNotContain("PM604");
  }

  @Test
  void newRefusesATakenIdAndNamesTheFileHoldingIt() {
    created("Checkout down");
    var again = pm.run("new", "Search slow", "--id", "INC-2026-03-14-01");
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err())
        .contains("INC-2026-03-14-01")
        .contains("already used by")
        .contains("2026-03-14-checkout-down.md");
    assertThat(repo.resolve("postmortems/2026-03-14-search-slow.md")).doesNotExist();
  }

  @Test
  void idFormatMessagesShowAnExampleNotARegularExpression() throws Exception {
    var bad = pm.run("new", "Search slow", "--id", "garbage");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("such as INC-2026-03-14-01").doesNotContain("\\d");

    Path file = created("Checkout down");
    Files.writeString(file, Files.readString(file).replace("id: INC-2026-03-14-01", "id: inc-1"));
    var lint = pm.run("lint", "postmortems");
    assertThat(lint.out())
        .contains("PM106")
        .contains("such as INC-2026-03-14-01")
        .doesNotContain("\\d");
  }
}
