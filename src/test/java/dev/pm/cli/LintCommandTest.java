package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pm lint} run for real, in-process, on files written by {@code pm new}. */
class LintCommandTest {

  @TempDir Path repo;
  private PmRunner pm;

  @BeforeEach
  void setUp() {
    pm = new PmRunner(repo);
  }

  private Path newPostMortem(String title, String... extra) {
    String[] args = new String[3 + extra.length];
    args[0] = "new";
    args[1] = title;
    args[2] = "--date=2026-03-14";
    System.arraycopy(extra, 0, args, 3, extra.length);
    var result = pm.run(args);
    assertThat(result.exitCode()).as(result.err()).isZero();
    return repo.resolve(result.out().trim());
  }

  @Test
  void draftsGetWarningsAndFinalDocumentsErrors() throws Exception {
    Path file = newPostMortem("Unfilled");
    var draft = pm.run("lint", "postmortems");
    assertThat(draft.exitCode()).isZero();
    assertThat(draft.out()).contains("warning PM501").contains("1 file checked: 0 errors");
    Files.writeString(file, Files.readString(file).replace("status: Ongoing", "status: Resolved"));
    var fin = pm.run("lint", "postmortems");
    assertThat(fin.exitCode()).isEqualTo(1);
    assertThat(fin.out()).contains("error PM501");
  }

  @Test
  void maxWarningsTurnsWarningsIntoFailure() {
    newPostMortem("Draft");
    assertThat(pm.run("lint", "--max-warnings", "1000").exitCode()).isZero();
    var tight = pm.run("lint", "--max-warnings", "0");
    assertThat(tight.exitCode()).isEqualTo(1);
    assertThat(tight.err()).contains("more than --max-warnings 0");
  }

  @Test
  void quietShowsErrorsOnly() {
    newPostMortem("Draft");
    assertThat(pm.run("lint", "--quiet").out()).doesNotContain("warning");
  }

  @Test
  void quietHidesWarningsButMaxWarningsStillCountsThem() {
    newPostMortem("Draft");
    var result = pm.run("lint", "--quiet", "--max-warnings", "0");
    assertThat(result.out()).doesNotContain("warning ");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("more than --max-warnings 0");
  }

  @Test
  void jsonFollowsTheDocumentedContract() throws Exception {
    Path file = newPostMortem("Json");
    Files.writeString(file, Files.readString(file).replace("severity: P3", "severity: P9"));
    var result = pm.run("lint", "--format", "json", "postmortems");
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertThat(json.get("files").asInt()).isEqualTo(1);
    // The body's metadata table still says P3: PM601 reports the disagreement too.
    assertThat(json.get("errors").asInt()).isEqualTo(2);
    assertThat(json.get("diagnostics").findValuesAsText("rule")).contains("PM104", "PM601");
    JsonNode first = json.get("diagnostics").get(0);
    assertThat(first.get("file").asText()).isEqualTo("postmortems/2026-03-14-json.md");
    assertThat(first.get("line").asInt()).isEqualTo(5);
    assertThat(first.get("column").asInt()).isEqualTo(11);
    assertThat(first.get("severity").asText()).isEqualTo("error");
    assertThat(first.get("rule").asText()).isEqualTo("PM104");
    assertThat(first.get("message").asText())
        .isEqualTo(
            "Front matter \"severity\" is \"P9\"; expected one of \"P1\", \"P2\", \"P3\", \"P4\"");
  }

  @Test
  void reportsWritesMoreFormatsFromTheSameRun() throws Exception {
    newPostMortem("Several reports", "--status", "Resolved");
    var result =
        pm.run(
            "lint",
            "--format",
            "github",
            "--report",
            "sarif=out/pm.sarif",
            "--report",
            "JUnit=out/pm.xml",
            "--report",
            "gitlab=gl.json");
    assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
    assertThat(result.out())
        .contains("::error file=postmortems/")
        .endsWith("checked: 14 errors, 0 warnings\n");
    assertThat(Files.readString(repo.resolve("out/pm.sarif")))
        .contains("\"version\": \"2.1.0\"")
        .contains("PM501");
    assertThat(Files.readString(repo.resolve("out/pm.xml")))
        .contains("<testsuites")
        .contains("type=\"PM501\"");
    assertThat(Files.readString(repo.resolve("gl.json"))).contains("\"check_name\": \"PM501\"");
    var bad = pm.run("lint", "--report", "xml=x.xml");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--report");
  }

  @Test
  void outputFileAndEveryFormat() throws Exception {
    newPostMortem("Formats");
    for (String format :
        new String[] {"text", "json", "sarif", "junit", "github", "gitlab", "markdown"}) {
      var result = pm.run("lint", "--format", format, "--output", "out/report." + format);
      assertThat(result.exitCode()).as(format + ": " + result.err()).isZero();
      assertThat(result.out()).isEmpty();
      assertThat(Files.readString(repo.resolve("out/report." + format))).isNotBlank();
    }
    assertThat(pm.run("lint", "--format", "xml").exitCode()).isEqualTo(2);
  }

  @Test
  void rulesCanBeTunedInConfigAndOnTheCommandLine() throws Exception {
    Path file = newPostMortem("Tuned");
    Files.writeString(file, Files.readString(file).replace("status: Ongoing", "status: Resolved"));
    Files.writeString(
        repo.resolve(".pm.yaml"),
        "rules:\n  template-text: off\n  PM502: warning\n  PM504: off\n  PM401: off\n  PM402: off\n");
    var result = pm.run("lint");
    assertThat(result.out()).doesNotContain("PM501").doesNotContain("error PM502");
    var cli = pm.run("lint", "--rule", "PM502=off", "--rule", "PM503=off");
    assertThat(cli.out()).doesNotContain("PM502");
    assertThat(pm.run("lint", "--rule", "PM999=off").exitCode()).isEqualTo(2);
    Files.writeString(repo.resolve(".pm.yaml"), "rules:\n  no-such-rule: off\n");
    var bad = pm.run("lint");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains(".pm.yaml:2:3: unknown rule \"no-such-rule\"");
  }

  @Test
  void directivesSilenceRegions() throws Exception {
    Path file = newPostMortem("Directives");
    String text = Files.readString(file).replace("status: Ongoing", "status: Resolved");
    text =
        text.replace("## Timeline", "<!-- pm-lint-disable PM501 PM502 -->\n## Timeline")
            .replace("## Root Cause Analysis", "<!-- pm-lint-enable -->\n## Root Cause Analysis");
    Files.writeString(file, text);
    var out = pm.run("lint").out();
    int timelineLine = lineOf(text, "## Timeline");
    int rootCauseLine = lineOf(text, "## Root Cause Analysis");
    for (String line : out.lines().toList()) {
      if (line.contains(" PM501 ") || line.contains(" PM502 ")) {
        int at = Integer.parseInt(line.split(":", -1)[1]);
        assertThat(at < timelineLine || at > rootCauseLine).as(line).isTrue();
      }
    }
    assertThat(out).contains("PM501");
  }

  @Test
  void missingPathIsAUsageError() {
    var result = pm.run("lint", "nope.md");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("no such file or folder: nope.md");
  }

  @Test
  void readmeAndIndexAreSkippedUnlessNamed() throws Exception {
    newPostMortem("Skip");
    Files.writeString(repo.resolve("postmortems/README.md"), "# About this folder\n");
    assertThat(pm.run("lint", "--format", "json").out())
        .contains("\"files\": 1")
        .doesNotContain("README");
    assertThat(pm.run("lint", "--format", "json", "postmortems/README.md").out())
        .contains("README.md");
  }

  @Test
  void unreadableFilesAreDiagnosticsNotCrashes() throws Exception {
    Files.createDirectories(repo.resolve("postmortems"));
    Files.write(
        repo.resolve("postmortems/bad.md"), new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
    var result = pm.run("lint");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .contains("postmortems/bad.md:1:3: error PM001 File not checked: not valid UTF-8");
  }

  @Test
  void listRulesAndExplain() {
    var list = pm.run("lint", "--list-rules");
    assertThat(list.out())
        .contains("PM201  missing-section")
        .contains("PM604  duplicate-incident-id");
    var explain = pm.run("explain", "missing-section");
    assertThat(explain.exitCode()).isZero();
    assertThat(explain.out()).startsWith("# PM201 missing-section");
    assertThat(pm.run("explain", "PM999").exitCode()).isEqualTo(2);
  }

  @Test
  void duplicateIdsAcrossFiles() throws Exception {
    Path a = newPostMortem("One");
    Path b = newPostMortem("Two");
    Files.writeString(b, Files.readString(b).replace("INC-2026-03-14-02", "INC-2026-03-14-01"));
    var out = pm.run("lint").out();
    assertThat(out)
        .contains(
            "postmortems/2026-03-14-two.md:2:5: error PM604 Incident id \"INC-2026-03-14-01\" is also used by postmortems/2026-03-14-one.md");
    assertThat(a).exists();
  }

  private static int lineOf(String text, String needle) {
    return text.substring(0, text.indexOf(needle)).split("\n", -1).length;
  }

  @Test
  void pathsInConfigBindFilesWithoutFrontMatterToATemplate() throws Exception {
    Path legacy = repo.resolve("legacy/old.md");
    Files.createDirectories(legacy.getParent());
    Files.writeString(legacy, "# Old outage\n\n## Summary\n\nIt broke.\n");
    Files.writeString(repo.resolve(".pm.yaml"), "paths:\n  \"legacy/**\": sre\n");
    var out = pm.run("lint", "legacy").out();
    assertThat(out)
        .contains("checked against \"sre\" as configured")
        .contains("Missing required section \"Response Timeline\"");
  }

  @Test
  void aSymlinkedPostMortemFolderIsFollowed() throws Exception {
    Path file = newPostMortem("Linked");
    Path real = Files.createDirectories(repo.resolve("docs/incidents"));
    Files.move(file, real.resolve(file.getFileName()));
    // Outside git pm new leaves its numbering lock, .pm-new.lock, in the folder.
    Files.deleteIfExists(repo.resolve("postmortems/.pm-new.lock"));
    Files.delete(repo.resolve("postmortems"));
    Files.createSymbolicLink(repo.resolve("postmortems"), real);
    var result = pm.run("lint");
    assertThat(result.out())
        .contains("1 file checked")
        .contains("postmortems/" + file.getFileName());
    var named = pm.run("lint", "postmortems");
    assertThat(named.out()).contains("1 file checked");
  }
}
