package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A baseline survives ordinary edits around every kind of finding it records: one on the front
 * matter, one anchored at a heading, one on a table row, and one about the file as a whole (a
 * section missing at the end).
 */
class BaselineEditsTest {

  private static final Path FIXTURE = Path.of("src/test/resources/baseline");

  @TempDir Path repo;
  private PmRunner pm;
  private Path file;

  @BeforeEach
  void recordTheBaseline() throws Exception {
    file = repo.resolve("postmortems/known-findings.md");
    Files.createDirectories(file.getParent());
    Files.copy(FIXTURE.resolve("known-findings.md"), file);
    pm = new PmRunner(repo);
    var before = pm.run("lint", "--format", "json", "postmortems");
    List<String> expected =
        Files.readAllLines(FIXTURE.resolve("known-findings.expected")).stream()
            .filter(l -> !l.startsWith("#"))
            .toList();
    for (String line : expected) {
      assertThat(before.out())
          .contains(line.substring(line.indexOf("PM")).split(" ", 2)[1].replace("\"", "\\\""));
    }
    assertThat(pm.run("lint", "--write-baseline", "pm-baseline.json").exitCode()).isZero();
  }

  static List<Arguments> edits() {
    return List.of(
        Arguments.of(
            "append an action item",
            (UnaryOperator<String>)
                t ->
                    t
                        + "| AI-04 | Page the owning team on pool alerts | Prevention | erin | 2026-06-01 | Open |\n"),
        Arguments.of(
            "append a paragraph", (UnaryOperator<String>) t -> t + "\nReviewed on 2026-03-20.\n"),
        Arguments.of(
            "prepend a note under the title",
            (UnaryOperator<String>)
                t ->
                    t.replace(
                        "# Incident Post-Mortem: Checkout API returned 502s\n",
                        "# Incident Post-Mortem: Checkout API returned 502s\n\nDraft shared with the team.\n\n")),
        Arguments.of(
            "edit the front matter beside the finding",
            (UnaryOperator<String>)
                t ->
                    t.replace(
                        "title: Checkout API returned 502s",
                        "title: Checkout API returned 502 errors")),
        Arguments.of(
            "edit the row above the finding",
            (UnaryOperator<String>)
                t ->
                    t.replace(
                        "Alert on connection pool saturation above 80%",
                        "Alert on connection pool saturation above 75%")),
        Arguments.of(
            "edit the section before the heading finding",
            (UnaryOperator<String>)
                t ->
                    t.replace(
                        "- The rollback procedure worked first time.",
                        "- The rollback procedure worked the first time.")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edits")
  void everyRecordedFindingIsStillKnown(String what, UnaryOperator<String> edit) throws Exception {
    String edited = edit.apply(Files.readString(file));
    assertThat(edited).isNotEqualTo(Files.readString(file));
    Files.writeString(file, edited);
    var after = pm.run("lint", "--baseline", "pm-baseline.json");
    assertThat(after.exitCode()).as(after.out()).isZero();
    assertThat(after.out()).contains("no problems");
  }

  @org.junit.jupiter.api.Test
  void aBaselineWrittenBeforeKeepsExcusingTheFileLevelFinding() throws Exception {
    Path baseline = repo.resolve("pm-baseline.json");
    String lastLine =
        "| AI-03 | Add a load test for checkout to the release pipeline | Technical | dave | 2026-05-15 | Done |";
    String current = Files.readString(baseline);
    assertThat(current).contains("\"source\": \"\"");
    // What --write-baseline recorded for a section missing at the end before: the last line's text.
    Files.writeString(
        baseline,
        current.replace("\"source\": \"\"", "\"source\": \"" + lastLine.replace("|", "|") + "\""));
    var after = pm.run("lint", "--baseline", "pm-baseline.json");
    assertThat(after.exitCode()).as(after.out()).isZero();
  }
}
