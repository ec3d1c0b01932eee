package dev.pm.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pm.cli.PmRunner;
import dev.pm.testing.Fixtures;
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
    var result = new PmRunner(repo).run("stats", "--format", "html", "--as-of", "2026-04-20", "--output", "report.html");
    assertThat(result.exitCode()).isZero();
    Path page = repo.resolve("report.html");

    Process dump = chromium(repo, "--dump-dom", page.toUri().toString());
    String dom = new String(dump.getInputStream().readAllBytes());
    String log = new String(dump.getErrorStream().readAllBytes());
    assertThat(dump.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(dom).contains("24 of 24 action items shown")
        .contains("<span class=\"value\">10</span>")
        .contains("aria-sort=\"none\"");
    assertThat(log).doesNotContain("Uncaught").doesNotContain("SyntaxError");

    Path png = repo.resolve("stats.png");
    Process shot = chromium(repo, "--screenshot=" + png, "--window-size=1280,1400", page.toUri().toString());
    shot.getInputStream().readAllBytes();
    assertThat(shot.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.size(png)).isGreaterThan(10_000);
    String keep = System.getProperty("pm.screenshot");
    if (keep != null) {
      Files.copy(png, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static Process chromium(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + dir.resolve("chrome-profile"), "--enable-logging=stderr", "--v=0",
        "--virtual-time-budget=3000"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(dir.toFile()).start();
  }
}
