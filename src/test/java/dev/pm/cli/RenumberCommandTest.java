package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pm renumber OLD NEW} through the real command, on real post-mortems. */
class RenumberCommandTest {

  private static final String OLD = "INC-2026-01-15-01";
  private static final String NEW = "INC-2026-01-15-02";

  @TempDir Path repo;
  private Path folder;
  private PmRunner pm;

  @BeforeEach
  void setUp() throws Exception {
    folder = Files.createDirectories(repo.resolve("postmortems"));
    pm = new PmRunner(repo);
    // The filled comprehensive post-mortem states its id in front matter and in its metadata table.
    Files.copy(
        Path.of("src/test/resources/lint/clean/comprehensive.md"),
        folder.resolve(OLD + "-publishing.md"));
    Files.writeString(
        folder.resolve("later.md"),
        Files.readString(Path.of("src/test/resources/lint/clean/standard.md"))
            + "\nSee "
            + OLD
            + " for the first outage; "
            + OLD
            + "1 is another incident.\n");
  }

  @Test
  void changesTheIdEverywhereItIsWrittenAndRenamesTheFile() throws Exception {
    String laterBefore = Files.readString(folder.resolve("later.md"));

    var result = pm.run("renumber", OLD, NEW);

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(folder.resolve(OLD + "-publishing.md")).doesNotExist();
    String renumbered = Files.readString(folder.resolve(NEW + "-publishing.md"));
    assertThat(renumbered)
        .contains("id: " + NEW)
        .contains("| **Incident ID** | " + NEW + " |")
        .doesNotContain(OLD);
    assertThat(Files.readString(folder.resolve("later.md")))
        .isEqualTo(laterBefore.replace("See " + OLD + " for", "See " + NEW + " for"))
        .contains(OLD + "1 is another incident");
    assertThat(result.out())
        .contains("postmortems/" + OLD + "-publishing.md: " + OLD + " → " + NEW + " (2 places)")
        .contains("renamed postmortems/" + OLD + "-publishing.md to " + NEW + "-publishing.md")
        .contains("postmortems/later.md: " + OLD + " → " + NEW + " (1 place)");
    var lint = pm.run("lint");
    assertThat(lint.out()).doesNotContain("PM601").doesNotContain("PM604");
  }

  @Test
  void aReadOnlyReferenceStopsTheRunUnlessForced() throws Exception {
    Path later = folder.resolve("later.md");
    java.nio.file.Files.setPosixFilePermissions(
        later, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
    Map<String, String> before = snapshot();

    var refused = pm.run("renumber", OLD, NEW);

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err())
        .contains("is read-only; make it writable, or pass --force, to let pm rewrite it");
    assertThat(snapshot()).isEqualTo(before);

    var forced = pm.run("renumber", "--force", OLD, NEW);

    assertThat(forced.exitCode()).as(forced.err()).isZero();
    assertThat(Files.readString(later)).contains("See " + NEW + " for");
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(later)))
        .isEqualTo("r--r--r--");
  }

  @Test
  void aRefusalNamingAFileCannotForgeAWorkflowCommand() throws Exception {
    Path forged = folder.resolve("later\n::error::forged.md");
    Files.move(folder.resolve("later.md"), forged);
    java.nio.file.Files.setPosixFilePermissions(
        forged, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));

    var refused = pm.run("renumber", OLD, NEW);

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("later\\n::error::forged.md is read-only");
    assertThat(refused.err().lines()).noneMatch(line -> line.startsWith("::"));
  }

  @Test
  void refusesATakenNewIdAndChangesNothing() throws Exception {
    Files.writeString(folder.resolve("other.md"), "---\nid: " + NEW + "\n---\n# Other\n");
    Map<String, String> before = snapshot();

    var result = pm.run("renumber", OLD, NEW);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains(NEW + " is already the id of postmortems/other.md");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void afterAMergeTheFileIsChosenAndReferencesAreLeftAlone() throws Exception {
    Files.writeString(folder.resolve("bob.md"), "---\nid: " + OLD + "\n---\n# Bob's incident\n");

    var ambiguous = pm.run("renumber", OLD, NEW);
    assertThat(ambiguous.exitCode()).isEqualTo(2);
    assertThat(ambiguous.err())
        .contains(OLD + " is the id of 2 post-mortems")
        .contains("choose one with --file");

    var chosen = pm.run("renumber", OLD, NEW, "--file", "postmortems/bob.md");
    assertThat(chosen.exitCode()).as(chosen.err()).isZero();
    assertThat(Files.readString(folder.resolve("bob.md"))).contains("id: " + NEW);
    assertThat(Files.readString(folder.resolve(OLD + "-publishing.md"))).contains("id: " + OLD);
    assertThat(Files.readString(folder.resolve("later.md"))).contains("See " + OLD);
    assertThat(chosen.err())
        .contains(
            "left 1 reference to "
                + OLD
                + " in postmortems/later.md: another post-mortem keeps that id");
  }

  @Test
  void dryRunChangesNothing() throws Exception {
    Map<String, String> before = snapshot();
    var result = pm.run("renumber", OLD, NEW, "--dry-run");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("renamed postmortems/" + OLD + "-publishing.md");
    assertThat(result.err()).contains("dry run; nothing was changed");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aReferenceInAFileItCannotRewriteStopsEverything() throws Exception {
    Files.write(
        folder.resolve("latin1.md"),
        ("# Caf\u00e9\nSee " + OLD + ".\n").getBytes(StandardCharsets.ISO_8859_1));
    Map<String, String> before = snapshot();

    var result = pm.run("renumber", OLD, NEW);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains("cannot renumber in postmortems/latin1.md: not valid UTF-8")
        .contains("nothing was changed");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void unknownIdIsAUsageError() {
    var result = pm.run("renumber", "INC-1999-01-01-01", NEW);
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("no post-mortem has the id INC-1999-01-01-01");
  }

  @Test
  void refusesANewIdWithAPathSeparatorAndMovesNothing() throws Exception {
    Map<String, String> before = snapshot();
    var result = pm.run("renumber", OLD, "../../x/INC-2026-01-15-02");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("NEW").contains("../../x/INC-2026-01-15-02");
    assertThat(snapshot()).isEqualTo(before);
    assertThat(repo.getParent().resolve("x")).doesNotExist();
  }

  @Test
  void refusesANewIdYamlWouldReadDifferently() throws Exception {
    Map<String, String> before = snapshot();
    var result = pm.run("renumber", OLD, "'INC-2026-01-15-02");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void refusesANewIdOutsideTheSchemasPattern() throws Exception {
    Map<String, String> before = snapshot();
    var result = pm.run("renumber", OLD, "inc-1");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains("is not of the form")
        .contains("comprehensive")
        .contains("such as INC-2026-03-14-01");
    assertThat(snapshot()).isEqualTo(before);
  }

  private Map<String, String> snapshot() throws Exception {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> s = Files.list(folder)) {
      for (Path p : s.toList()) {
        files.put(
            p.getFileName().toString(),
            new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }
}
