package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths as markdownlint-cli2 and ESLint users give them: quoted globs, {@code -} for standard input
 * with {@code --stdin-filename}, folder walks that leave out what git ignores and {@code
 * node_modules}.
 */
class PathArgumentsTest {

  @TempDir Path repo;
  private PmRunner pm;
  private String postMortem;

  @BeforeEach
  void setUp() throws Exception {
    pm = new PmRunner(repo);
    assertThat(pm.run("new", "Checkout down", "--date", "2026-03-14").exitCode()).isZero();
    Path first = repo.resolve("postmortems/2026-03-14-checkout-down.md");
    postMortem = Files.readString(first);
  }

  private void write(String path, String id) throws Exception {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, postMortem.replace("INC-2026-03-14-01", id));
  }

  private static Environment.Terminal stdin(String text) {
    return new Environment.Terminal(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), false, false);
  }

  @Test
  void aQuotedGlobIsExpandedAndItsDoubleStarAlsoMatchesNoFolder() throws Exception {
    write("postmortems/2025/2025-01-02-old.md", "INC-2025-01-02-01");
    write("postmortems/README.md", "INC-2026-01-01-99");
    write("elsewhere/2026-03-15-other.md", "INC-2026-03-15-01");
    var run = pm.run("lint", "postmortems/**/*.md");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("2 files checked")
        .contains("postmortems/2025/2025-01-02-old.md")
        .contains("postmortems/2026-03-14-checkout-down.md")
        .doesNotContain("README")
        .doesNotContain("elsewhere");
    assertThat(pm.run("stats", "--format", "json", "postmortems/*.md").out())
        .contains("\"incidentCount\": 1");
    assertThat(pm.run("lint", "*/2025/*-old.md").out()).contains("1 file checked");
  }

  @Test
  void aGlobMatchingNothingIsAUsageError() {
    var run = pm.run("lint", "incidents/**/*.md");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("incidents/**/*.md (no post-mortem matches this pattern)");
  }

  @Test
  void dashReadsStandardInputUnderTheStdinFilename() {
    String text =
        postMortem
            .replace("INC-2026-03-14-01", "INC-2026-03-20-01")
            .replace("2026-03-14", "2026-03-20");
    var named =
        pm.run(
            Map.of(),
            stdin(text),
            "lint",
            "-",
            "--stdin-filename",
            "postmortems/2026-03-20-search.md");
    assertThat(named.exitCode()).isZero();
    assertThat(named.out())
        .contains("postmortems/2026-03-20-search.md:")
        .contains("PM501")
        .contains("1 file checked");

    var unnamed = pm.run(Map.of(), stdin("# Notes\n"), "lint", "-");
    assertThat(unnamed.out()).contains("<stdin>:1:1:").contains("1 file checked");
  }

  @Test
  void standardInputIsComparedWithTheFolderIdsButNotWithTheFileItStandsFor() {
    var asItself =
        pm.run(
            Map.of(),
            stdin(postMortem),
            "lint",
            "-",
            "--stdin-filename",
            "postmortems/2026-03-14-checkout-down.md");
    assertThat(asItself.out()).doesNotContain("PM604");
    var asAnother =
        pm.run(
            Map.of(),
            stdin(postMortem),
            "lint",
            "-",
            "--stdin-filename",
            "postmortems/2026-03-14-copy.md");
    assertThat(asAnother.exitCode()).isEqualTo(1);
    assertThat(asAnother.out()).contains("postmortems/2026-03-14-copy.md:").contains("PM604");
  }

  @Test
  void dashGoesAloneAndNeverWithFix() {
    assertThat(pm.run(Map.of(), stdin(postMortem), "lint", "-", "postmortems").err())
        .contains("give it alone");
    assertThat(pm.run(Map.of(), stdin(postMortem), "lint", "-", "--fix").exitCode()).isEqualTo(2);
    var noDash = pm.run("lint", "--stdin-filename", "x.md");
    assertThat(noDash.exitCode()).isEqualTo(2);
    assertThat(noDash.err()).contains("give '-' as the path");
  }

  @Test
  void standardInputOverTheSizeLimitIsRefused() throws Exception {
    Files.writeString(repo.resolve(".pm.yaml"), "limits:\n  maxFileSize: 1KiB\n");
    var run = pm.run(Map.of(), stdin("x".repeat(2000)), "lint", "-");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("standard input is larger than the file size limit of 1024 bytes");
  }

  @Test
  void folderWalksLeaveOutWhatGitIgnoresAndNodeModulesAndSaySoWhenVerbose() throws Exception {
    TestGit.init(repo);
    Files.writeString(repo.resolve(".gitignore"), "drafts/\nscratch*.md\n");
    write("postmortems/drafts/2026-03-16-wip.md", "INC-2026-03-16-01");
    write("postmortems/scratch-2026-03-17.md", "INC-2026-03-17-01");
    write("postmortems/node_modules/pkg/2026-03-18-vendored.md", "INC-2026-03-18-01");
    var run = pm.run("lint", "--verbose");
    assertThat(run.out())
        .contains("1 file checked")
        .doesNotContain("wip")
        .doesNotContain("scratch")
        .doesNotContain("vendored");
    assertThat(run.err())
        .contains("pm: skipped postmortems/drafts/: ignored by git")
        .contains("pm: skipped postmortems/scratch-2026-03-17.md: ignored by git")
        .contains("pm: skipped postmortems/node_modules/: node_modules");
    assertThat(pm.run("lint").err()).doesNotContain("ignored by git");
    assertThat(pm.run("stats", "--verbose", "--format", "json").out())
        .contains("\"incidentCount\": 1");
    // Named on the command line, an ignored file is checked: the user asked for it.
    assertThat(pm.run("lint", "postmortems/scratch-2026-03-17.md").out())
        .contains("1 file checked");
  }

  @Test
  void aFileNameWithALineBreakIsLintedAndShownEscaped() throws Exception {
    write("postmortems/2026-03-19-two\nlines.md", "INC-2026-03-19-01");
    var run = pm.run("lint");
    assertThat(run.out())
        .contains("2 files checked")
        .contains("postmortems/2026-03-19-two\\nlines.md:");
  }
}
