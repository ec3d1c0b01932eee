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

  /**
   * Two hundred post-mortems beside the named one, their front matter in the forms the folder scan
   * reads from bytes or hands to the parser (CRLF and CR breaks, a byte order mark, quoted ids,
   * comments, a block longer than the first read), and near misses: the named file's id in a body,
   * in a README, after a closed block.
   */
  private void twoHundredSiblings() throws Exception {
    String[] breaks = {"\n", "\r\n", "\r"};
    for (int i = 1; i <= 200; i++) {
      String br = breaks[i % 3];
      String id = "INC-2025-" + String.format("%03d", i);
      String idLine =
          switch (i % 4) {
            case 0 -> "id: " + id;
            case 1 -> "id: \"" + id + "\"";
            case 2 -> "'id': '" + id + "' # given by pm new";
            default -> "id:   " + id + "   ";
          };
      String long_ = i % 23 == 0 ? "summary: " + "y".repeat(2500) + br : "";
      String text =
          (i % 11 == 0 ? "\uFEFF" : "")
              + "---"
              + br
              + long_
              + idLine
              + br
              + "title: Sibling "
              + i
              + br
              + "---"
              + br
              + "# Sibling "
              + i
              + br
              + br
              + (i % 10 == 0 ? "id: INC-2026-03-14-01" + br : "Nothing to see." + br);
      Path file =
          repo.resolve("postmortems/" + (i % 2 == 0 ? "2025/" : "") + "sibling-" + i + ".md");
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    }
    Files.writeString(
        repo.resolve("postmortems/README.md"), "---\nid: INC-2026-03-14-01\n---\n# Index\n");
  }

  /** Gives the file the id the near misses carry (pm new may count those as taken). */
  private static Path takingTheNearMissesId(Path file) throws Exception {
    Files.writeString(
        file, Files.readString(file).replaceAll("INC-2026-03-14-\\d\\d", "INC-2026-03-14-01"));
    return file;
  }

  @Test
  void aNamedFileBesideTwoHundredPostMortemsIsComparedWithAllOfThem() throws Exception {
    twoHundredSiblings();
    takingTheNearMissesId(created("Search slow"));
    Files.writeString(
        repo.resolve("postmortems/2025/zz-copied.md"),
        "---\r\ntitle: Copied\r\n\"id\": 'INC-2026-03-14-01'\r\n---\r\n# Copied\r\n");

    var lint = pm.run("lint", "postmortems/2026-03-14-search-slow.md");
    assertThat(lint.exitCode()).as(lint.out()).isEqualTo(1);
    assertThat(lint.out())
        .contains("\"INC-2026-03-14-01\" is also used by postmortems/2025/zz-copied.md")
        .contains("1 file checked");
    assertThat(lint.out().lines().filter(l -> l.contains("PM604")).count()).isEqualTo(1);
  }

  @Test
  void aNamedFileBesideTwoHundredPostMortemsWithOtherIdsIsClean() throws Exception {
    twoHundredSiblings();
    takingTheNearMissesId(created("Search slow"));
    var lint = pm.run("lint", "postmortems/2026-03-14-search-slow.md");
    assertThat(lint.out()).doesNotContain("PM604").contains("1 file checked");
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
