package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pm index} on real post-mortems (the stats fixtures), through the real command line. */
class IndexCommandTest {

  private static final String README =
      "# Incidents\n\nIntro kept.\n\n<!-- pm-index:start -->\nold\n<!-- pm-index:end -->\n\nFooter kept.\n";

  @TempDir Path repo;
  private PmRunner pm;
  private Path readme;

  @BeforeEach
  void copyFixtures() throws IOException {
    Fixtures.copyFiles(Path.of("src/test/resources/stats/mixed"), repo.resolve("postmortems"));
    Files.delete(repo.resolve("postmortems/broken.md"));
    readme = repo.resolve("postmortems/README.md");
    Files.writeString(readme, README);
    pm = new PmRunner(repo);
  }

  @Test
  void writesBetweenTheMarkersNewestFirstAndKeepsTheRest() throws IOException {
    PmRunner.Result r = pm.run("index", "--as-of", "2026-04-20");
    assertThat(r.exitCode()).as(r.err()).isZero();
    String text = Files.readString(readme);
    assertThat(text)
        .startsWith(
            """
            # Incidents

            Intro kept.

            <!-- pm-index:start -->
            | Date | ID | Title | Severity | Status | Duration | Action items (open/total) | Overdue |
            |---|---|---|---|---|---|---|---|
            | 2026-03-14 | INC-2026-03-14-01 | [Checkout API returned 502s](standard.md) | P2 | Resolved | 1 h 15 min | 2/3 | 1 |
            """);
    assertThat(text)
        .endsWith(
            """
            | 2025-07-18 | INC-2025-07-18-01 | [Auth service rejected valid logins](review.md) | P1 | Finalised | 50 min | 2/3 | 2 |
            <!-- pm-index:end -->

            Footer kept.
            """);
    assertThat(text).doesNotContain("old\n");
  }

  @Test
  void checkExitsOneWhenStaleAndZeroWhenCurrentWithoutWriting() throws IOException {
    PmRunner.Result stale = pm.run("index", "--check", "--as-of", "2026-04-20");
    assertThat(stale.exitCode()).isEqualTo(1);
    assertThat(stale.err()).contains("postmortems/README.md is out of date");
    assertThat(Files.readString(readme)).isEqualTo(README);
    pm.run("index", "--as-of", "2026-04-20");
    assertThat(pm.run("index", "--check", "--as-of", "2026-04-20").exitCode()).isZero();
  }

  @Test
  void anIndexFileNameIsShownWithItsControlCharactersEscaped() {
    PmRunner.Result r = pm.run("index", "--output", "idx\u001b[2K.md", "--as-of", "2026-04-20");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("pm: wrote the index to idx\\e[2K.md\n").doesNotContain("\u001b");
  }

  @Test
  void escapesEverythingFromDocumentsAndEncodesLinkTargets() throws IOException {
    Fixtures.copyFiles(Path.of("src/test/resources/index/escaping"), repo.resolve("postmortems"));
    assertThat(pm.run("index", "--as-of", "2026-06-01").exitCode()).isZero();
    assertThat(Files.readString(readme))
        .contains(
            "| 2026-05-01 | INC-2026-05-01-01 | [Pipes \\| &lt;script&gt;alert(1)&lt;/script&gt;"
                + " &amp; \\[links\\](http://x) \\*stars\\*](2026-05-01%20a%7Cb%20%28draft%29.md) | P2 | Ongoing |  | 1/2 | 1 |");
  }

  @Test
  void outputCreatesAFileAndColumnsAndOrderComeFromConfiguration() throws IOException {
    Files.writeString(
        repo.resolve(".pm.yaml"),
        "index:\n  columns: [title, date, overdue]\n  order: oldest-first\n");
    assertThat(pm.run("index", "--output", "INDEX.md", "--as-of", "2026-04-20").exitCode())
        .isZero();
    assertThat(Files.readString(repo.resolve("INDEX.md")))
        .startsWith(
            """
            <!-- pm-index:start -->
            | Title | Date | Overdue |
            |---|---|---|
            | [Auth service rejected valid logins](postmortems/review.md) | 2025-07-18 | 2 |
            """);
  }

  @Test
  void aFileWithoutMarkersOrNotRegularIsNeverReplaced() throws IOException {
    Files.writeString(readme, "# Mine\n");
    PmRunner.Result r = pm.run("index");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("README.md: no index markers");
    assertThat(Files.readString(readme)).isEqualTo("# Mine\n");
    Files.createDirectory(repo.resolve("INDEX.md"));
    PmRunner.Result folder = pm.run("index", "--output", "INDEX.md");
    assertThat(folder.exitCode()).isEqualTo(2);
    assertThat(folder.err()).contains("INDEX.md: not a regular file; not replaced");
    assertThat(repo.resolve("INDEX.md")).isDirectory();
  }

  @Test
  void manyIncidentsAreGroupedByYear() throws IOException {
    String doc = Files.readString(repo.resolve("postmortems/standard.md"));
    for (int i = 1; i <= 20; i++) {
      String date = (2020 + i % 3) + "-01-" + String.format("%02d", i);
      Files.writeString(
          repo.resolve("postmortems/extra-" + i + ".md"),
          doc.replace("2026-03-14", date).replace("INC-" + date + "-01", "INC-" + date + "-01"));
    }
    assertThat(pm.run("index", "--as-of", "2026-04-20").exitCode()).isZero();
    String text = Files.readString(readme);
    assertThat(text)
        .contains("### 2026\n\n| Date |")
        .contains("\n### 2022\n\n| Date |")
        .contains("\n### 2020\n\n| Date |");
    assertThat(text.indexOf("### 2026"))
        .isLessThan(text.indexOf("### 2025"))
        .isLessThan(text.indexOf("### 2022"));
  }

  @Test
  void pmNewUpdatesAnIndexThatExists() throws IOException {
    PmRunner.Result r = pm.run("new", "Queue stalled", "--date", "2026-03-20");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains("pm: updated the index in postmortems/README.md");
    assertThat(Files.readString(readme)).contains("[Queue stalled](2026-03-20-queue-stalled.md)");
  }
}
