package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.testing.Fixtures;
import dev.pm.text.TerminalWidth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edges of {@code pm stats} a first week finds, on the fixtures in {@code stats/edges/} (see
 * its README).
 */
class StatsEdgesTest {

  @TempDir Path repo;
  private PmRunner pm;

  @BeforeEach
  void setUp() throws Exception {
    Fixtures.copyFiles(Path.of("src/test/resources/stats/edges"), repo.resolve("postmortems"));
    pm = new PmRunner(repo);
  }

  @Test
  void theHeaderCountsTheIncidentsTheFiltersLeave() {
    assertThat(pm.run("stats", "--as-of", "2026-04-20").out())
        .contains("(2 post-mortems)")
        .contains("total 4 ");
    var kim = pm.run("stats", "--as-of", "2026-04-20", "--owner", "山田太郎");
    assertThat(kim.out()).contains("(1 post-mortem)").contains("total 1 ");
    assertThat(pm.run("stats", "--as-of", "2026-04-20", "--overdue", "--format", "json").out())
        .contains("\"incidentCount\": 2");
    assertThat(
            pm.run("stats", "--as-of", "2026-04-20", "--status", "done", "--format", "json").out())
        .contains("\"incidentCount\": 1");
  }

  @Test
  void completionIsADashWithoutItems() {
    var none = pm.run("stats", "--as-of", "2026-04-20", "--owner", "nobody");
    assertThat(none.out()).contains("(0 post-mortems)").contains("completion -   ");
    assertThat(pm.run("stats", "--owner", "nobody", "--format", "json").out())
        .contains("\"completionRate\": null");
    assertThat(pm.run("stats", "--owner", "nobody", "--format", "markdown").out())
        .contains("| - |");
    assertThat(pm.run("stats", "--as-of", "2026-04-20").out()).contains("completion 25%");
  }

  @Test
  void wideOwnersKeepTheTableAligned() {
    String out = pm.run("stats", "--as-of", "2026-04-20").out();
    List<String> table =
        out.lines()
            .dropWhile(l -> !l.startsWith("By owner"))
            .skip(1)
            .takeWhile(l -> !l.isBlank())
            .toList();
    assertThat(table).hasSize(4).anyMatch(l -> l.contains("山田太郎"));
    // Every row ends its last (right-aligned) column at the same terminal column.
    assertThat(table.stream().map(TerminalWidth::of).distinct()).hasSize(1);
  }

  @Test
  void htmlLinksFromWhereThePageIsWrittenWithEveryMonthAndANeutralNoSeverity() throws Exception {
    assertThat(pm.run("stats", "--format", "html", "--output", "reports/stats.html").exitCode())
        .isZero();
    String page = Files.readString(repo.resolve("reports/stats.html"));
    assertThat(page)
        .contains("href=\"../postmortems/2026-03-05-login-errors.md#L")
        .doesNotContain("href=\"postmortems/");
    assertThat(page)
        .contains(">2026-01</text>")
        .contains(">2026-02</text>")
        .contains(">2026-03</text>");
    assertThat(page)
        .contains("fill=\"#cbd5e1\"/><text x=\"")
        .containsPattern("fill=\"#cbd5e1\"><title>1 \\(none\\) in 2026-01");
    assertThat(page).contains("<th tabindex=\"0\">Owner</th>");
    assertThat(pm.run("stats", "--format", "html", "--output", "here.html").exitCode()).isZero();
    assertThat(Files.readString(repo.resolve("here.html")))
        .contains("href=\"postmortems/2026-03-05-login-errors.md#L");
  }
}
