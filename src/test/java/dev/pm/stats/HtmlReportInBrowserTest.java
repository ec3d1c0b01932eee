package dev.pm.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pm.cli.PmRunner;
import dev.pm.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stats page in a real headless browser (Debian's chromium, which .ci/run installs): it loads
 * from a file with no network, its script runs without errors, and the page after the script shows
 * the expected counts. Skipped where no chromium is installed.
 */
class HtmlReportInBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir Path repo;

  @Test
  void pageRendersWithTheCountsAndNoScriptErrors() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed");
    Fixtures.copyFiles(Path.of("src/test/resources/stats/mixed"), repo.resolve("postmortems"));
    var result =
        new PmRunner(repo)
            .run("stats", "--format", "html", "--as-of", "2026-04-20", "--output", "report.html");
    assertThat(result.exitCode()).isZero();
    Path page = repo.resolve("report.html");

    Process dump = chromium(repo, "--dump-dom", page.toUri().toString());
    String dom = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String log = new String(dump.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(dump.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(dom)
        .contains("24 of 24 action items shown")
        .contains("<span class=\"value\">10</span>")
        .contains("aria-sort=\"none\"");
    assertThat(log).doesNotContain("Uncaught").doesNotContain("SyntaxError");

    Path png = repo.resolve("stats.png");
    Process shot =
        chromium(repo, "--screenshot=" + png, "--window-size=1280,1400", page.toUri().toString());
    shot.getInputStream().readAllBytes();
    assertThat(shot.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.size(png)).isGreaterThan(10_000);
    String keep = System.getProperty("pm.screenshot");
    if (keep != null) {
      Files.copy(png, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Drives the page as a person would, from a wrapper page that loads it in a frame (file pages may
   * reach each other with --allow-file-access-from-files): the keyboard sorts a column, empty cells
   * sort last both ways, and a filter given in the address (#q=) recounts the tiles.
   */
  @Test
  void keyboardSortsWithEmptyCellsLastAndTheFilterRecountsTheTiles() throws Exception {
    writeReportOfTheMixedFixtures();
    Files.writeString(
        repo.resolve("drive.html"),
        """
        <!DOCTYPE html><html><body><pre id="out"></pre>
        <iframe id="a" src="report.html"></iframe><iframe id="b" src="report.html#q=@kim"></iframe>
        <script>
        var done = 0, lines = [];
        function owners(d) { return Array.prototype.map.call(d.getElementById('items').tBodies[0].rows, function (r) { return r.cells[4].textContent; }); }
        function press(d, th) { th.dispatchEvent(new d.defaultView.KeyboardEvent('keydown', {key: 'Enter', bubbles: true})); }
        document.getElementById('a').onload = function () {
          var d = this.contentDocument, th = d.querySelectorAll('#items th')[4];
          lines.push('tabindex ' + th.tabIndex);
          press(d, th); lines.push('asc ' + th.getAttribute('aria-sort') + ' ' + owners(d).join(','));
          press(d, th); lines.push('desc ' + th.getAttribute('aria-sort') + ' ' + owners(d).join(','));
          if (++done === 2) document.getElementById('out').textContent = lines.join('\\n');
        };
        document.getElementById('b').onload = function () {
          var d = this.contentDocument, v = function (k) { return d.querySelector('[data-tile="' + k + '"] .value').textContent; };
          lines.push('filtered ' + d.getElementById('shown').textContent + ' incidents=' + v('incidents') + ' total=' + v('total')
              + ' open=' + v('open') + ' overdue=' + v('overdue') + ' completion=' + v('completion'));
          if (++done === 2) document.getElementById('out').textContent = lines.join('\\n');
        };
        </script></body></html>
        """);
    String out = driveOutput(repo);
    assertThat(out).contains("tabindex 0");
    String asc = out.lines().filter(l -> l.startsWith("asc ascending ")).findFirst().orElseThrow();
    String desc =
        out.lines().filter(l -> l.startsWith("desc descending ")).findFirst().orElseThrow();
    assertThat(asc).endsWith(",,").doesNotContain(" ,");
    assertThat(desc).endsWith(",,").doesNotContain(" ,");
    assertThat(asc.substring(14, 20)).isNotEqualTo(desc.substring(16, 22));
    assertThat(out)
        .contains(
            "filtered 1 of 24 action items shown incidents=1 total=1 open=1 overdue=1 completion=0%");
  }

  /**
   * A filter redraws both charts from the rows it leaves (issue 18): "@kim" leaves one overdue item
   * of one P1 incident of January 2026, so the owner chart has kim's row only and the month chart
   * one column part, on the whole month axis; clearing the filter brings the full charts back.
   */
  @Test
  void theFilterRedrawsTheChartsFromTheRowsItLeaves() throws Exception {
    writeReportOfTheMixedFixtures();
    Files.writeString(
        repo.resolve("drive.html"),
        """
        <!DOCTYPE html><html><body><pre id="out"></pre>
        <iframe id="b" src="report.html#q=@kim"></iframe>
        <script>
        function texts(d, sel) { return Array.prototype.map.call(d.querySelectorAll(sel), function (e) { return e.textContent; }).join('|'); }
        function parts(d, sel) { return Array.prototype.map.call(d.querySelectorAll(sel), function (r) { return r.getAttribute('fill') + ' ' + r.textContent; }).join('|'); }
        function chart(d, name) {
          return name + ' owners=' + texts(d, '#owner-chart svg text[text-anchor="end"]')
              + ' bars=' + parts(d, '#owner-chart svg rect[height="16"]')
              + ' columns=' + parts(d, '#month-chart svg rect:not([width="12"])')
              + ' months=' + d.querySelectorAll('#month-chart svg text[font-size="10"]').length
              + ' legend=' + texts(d, '#month-chart svg rect[width="12"] + text');
        }
        document.getElementById('b').onload = function () {
          var d = this.contentDocument, lines = [chart(d, 'filtered')], f = d.getElementById('filter');
          f.value = ''; f.dispatchEvent(new d.defaultView.Event('input'));
          lines.push(chart(d, 'cleared'));
          document.getElementById('out').textContent = lines.join('\\n');
        };
        </script></body></html>
        """);
    String out = driveOutput(repo);
    assertThat(out)
        .contains(
            "filtered owners=@kim bars=#dc2626 1 overdue columns=#b91c1c 1 P1 in 2026-01 months=9"
                + " legend=P1|P2|SEV-2|(none)");
    String cleared = out.lines().filter(l -> l.startsWith("cleared ")).findFirst().orElseThrow();
    // The page as written: all 21 owners and the six incidents again.
    assertThat(
            cleared.substring(cleared.indexOf("owners="), cleared.indexOf(" bars=")).split("\\|"))
        .hasSize(21);
    assertThat(cleared.substring(cleared.indexOf("columns="), cleared.indexOf(" months=")))
        .contains("#ca8a04 1 SEV-2 in 2026-01")
        .contains("#b91c1c 1 P1 in 2026-01")
        .contains("#cbd5e1 1 (none) in 2026-03");
  }

  /**
   * Opens {@code drive.html} in {@code repo} (a page that loads the report in a frame, acts on it
   * and writes what it saw into {@code <pre id="out">}) and returns that text.
   */
  /**
   * The stats page of the mixed fixtures as report.html in the repository. In-process runs parse
   * with the hang guard, so every fixture is read however loaded the machine: a file skipped for
   * time would change the tiles and charts these tests read.
   */
  private void writeReportOfTheMixedFixtures() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed");
    Fixtures.copyFiles(Path.of("src/test/resources/stats/mixed"), repo.resolve("postmortems"));
    assertThat(
            new PmRunner(repo)
                .run(
                    "stats", "--format", "html", "--as-of", "2026-04-20", "--output", "report.html")
                .exitCode())
        .isZero();
  }

  private static String driveOutput(Path repo) throws Exception {
    Process dump =
        chromium(
            repo,
            "--allow-file-access-from-files",
            "--dump-dom",
            repo.resolve("drive.html").toUri().toString());
    String dom = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    dump.getErrorStream().readAllBytes();
    assertThat(dump.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return dom.substring(dom.indexOf("<pre id=\"out\">") + 14, dom.indexOf("</pre>"));
  }

  private static Process chromium(Path dir, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + dir.resolve("chrome-profile"),
                "--enable-logging=stderr",
                "--v=0",
                "--virtual-time-budget=3000"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(dir.toFile()).start();
  }
}
