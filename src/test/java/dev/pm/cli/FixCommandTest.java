package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code pm lint --fix} and {@code --fix-dry-run} through the real command. Fixtures in
 * src/test/resources/fix/: each {@code <case>.md} and the {@code <case>.fixed.md} it must become.
 */
class FixCommandTest {

  private static final Path FIXTURES = Path.of("src/test/resources/fix");
  private static final Pattern RULE = Pattern.compile(" (PM\\d{3}) ");

  @TempDir Path repo;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "spelling-and-dates",
        "front-matter-from-body",
        "crlf",
        "missing-action-id",
        "body-from-front-matter"
      })
  void fixesToTheExpectedTextAndLeavesNoFixableFinding(String name) throws IOException {
    Path file = copy(FIXTURES.resolve(name + ".md"));
    PmRunner pm = new PmRunner(repo);

    var fixed = pm.run("lint", "--fix", file.getFileName().toString());

    assertThat(Files.readString(file))
        .isEqualTo(Files.readString(FIXTURES.resolve(name + ".fixed.md")));
    assertThat(fixed.err())
        .contains("pm: fixed " + file.getFileName())
        .doesNotContain("0 fixes applied");
    assertThat(fixed.out())
        .doesNotContain("PM104")
        .doesNotContain("PM105")
        .doesNotContain("PM403")
        .doesNotContain("PM405")
        .doesNotContain("PM601");
  }

  @Test
  void keepsCrlfLineEndingsAndTheByteOrderMark() throws IOException {
    Path file = repo.resolve("bom.md");
    String crlf = Files.readString(FIXTURES.resolve("crlf.md"));
    Files.write(
        file,
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            crlf.getBytes(StandardCharsets.UTF_8)));
    new PmRunner(repo).run("lint", "--fix", "bom.md");
    byte[] after = Files.readAllBytes(file);
    assertThat(after).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String text = new String(after, 3, after.length - 3, StandardCharsets.UTF_8);
    assertThat(text).isEqualTo(Files.readString(FIXTURES.resolve("crlf.fixed.md")));
    assertThat(text.replace("\r\n", "")).doesNotContain("\n");
  }

  static Stream<Path> ruleFixtures() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/lint"))) {
      return files.filter(p -> p.toString().endsWith(".md")).sorted().toList().stream();
    }
  }

  /**
   * On every rule's fixtures: a second --fix changes nothing, and fixing never adds a new kind of
   * finding.
   */
  @ParameterizedTest
  @MethodSource("ruleFixtures")
  void fixingIsIdempotentAndNeverMakesThingsWorse(Path fixture) throws IOException {
    Path file = copy(fixture);
    String name = file.getFileName().toString();
    PmRunner pm = new PmRunner(repo);
    Set<String> before = rules(pm.run("lint", name).out());

    pm.run("lint", "--fix", name);
    byte[] once = Files.readAllBytes(file);
    var second = pm.run("lint", "--fix", name);

    assertThat(Files.readAllBytes(file)).as("second --fix on " + fixture).isEqualTo(once);
    assertThat(second.err()).contains("pm: 0 fixes applied in 0 files");
    assertThat(rules(second.out())).as("rules firing after --fix on " + fixture).isSubsetOf(before);
  }

  @Test
  void dryRunPrintsADiffWritesNothingAndExitsOneWhenSomethingWouldChange() throws IOException {
    Path file = copy(FIXTURES.resolve("spelling-and-dates.md"));
    byte[] original = Files.readAllBytes(file);
    PmRunner pm = new PmRunner(repo);

    var dry = pm.run("lint", "--fix-dry-run", ".");

    assertThat(dry.exitCode()).isEqualTo(1);
    assertThat(dry.out())
        .contains(
            "--- a/spelling-and-dates.md",
            "+++ b/spelling-and-dates.md",
            "-severity: sev2",
            "+severity: SEV-2");
    assertThat(dry.err()).contains("1 file would change; nothing was written");
    assertThat(Files.readAllBytes(file)).isEqualTo(original);

    pm.run("lint", "--fix", ".");
    var clean = pm.run("lint", "--fix-dry-run", ".");
    assertThat(clean.exitCode()).isZero();
    assertThat(clean.out()).isEmpty();
  }

  @Test
  void neverRewritesAFileThatIsNotUtf8() throws IOException {
    String text = Files.readString(FIXTURES.resolve("spelling-and-dates.md"));
    Path latin1 = repo.resolve("latin1.md");
    Files.write(
        latin1,
        text.replace("Publishing", "Publicaci\u00f3n").getBytes(StandardCharsets.ISO_8859_1));
    Path utf16 = repo.resolve("utf16.md");
    Files.write(
        utf16,
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
    byte[] latin1Before = Files.readAllBytes(latin1);
    byte[] utf16Before = Files.readAllBytes(utf16);

    var result = new PmRunner(repo).run("lint", "--fix", ".");

    assertThat(Files.readAllBytes(latin1)).isEqualTo(latin1Before);
    assertThat(Files.readAllBytes(utf16)).isEqualTo(utf16Before);
    assertThat(result.err())
        .contains("pm: not fixed latin1.md: not valid UTF-8: byte 0xF3")
        .contains(
            "pm: not fixed utf16.md: is UTF-16; pm rewrites only UTF-8 files, so it was not rewritten");
    assertThat(result.exitCode()).isEqualTo(1);
  }

  @Test
  void keepsPermissionsAndSymlinks() throws IOException {
    Path real = copy(FIXTURES.resolve("spelling-and-dates.md"));
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
    Path folder = Files.createDirectories(repo.resolve("postmortems"));
    Path link = Files.createSymbolicLink(folder.resolve("linked.md"), real);

    var result = new PmRunner(repo).run("lint", "--fix", "postmortems/linked.md");

    assertThat(result.err()).contains("pm: fixed postmortems/linked.md");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real))
        .isEqualTo(Files.readString(FIXTURES.resolve("spelling-and-dates.fixed.md")));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real)))
        .isEqualTo("rw-r-----");
    try (Stream<Path> left = Files.list(repo)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void aReadOnlyFileIsRewrittenOnlyWithForceAndStaysReadOnly() throws IOException {
    Path file = copy(FIXTURES.resolve("spelling-and-dates.md"));
    byte[] original = Files.readAllBytes(file);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    PmRunner pm = new PmRunner(repo);

    var refused = pm.run("lint", "--fix", "spelling-and-dates.md");

    assertThat(refused.err())
        .contains("pm: not fixed spelling-and-dates.md")
        .contains("is read-only; make it writable, or pass --force, to let pm rewrite it");
    assertThat(Files.readAllBytes(file)).isEqualTo(original);

    var forced = pm.run("lint", "--fix", "--force", "spelling-and-dates.md");

    assertThat(forced.err()).contains("pm: fixed spelling-and-dates.md");
    assertThat(Files.readString(file))
        .isEqualTo(Files.readString(FIXTURES.resolve("spelling-and-dates.fixed.md")));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("r--r--r--");
  }

  @Test
  void forceWithoutFixIsAUsageError() {
    var result = new PmRunner(repo).run("lint", "--force", ".");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--force only changes what --fix may rewrite; add --fix");
  }

  @Test
  void fixAndDryRunTogetherIsAUsageError() {
    var result = new PmRunner(repo).run("lint", "--fix", "--fix-dry-run", ".");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("choose one of --fix and --fix-dry-run");
  }

  private Path copy(Path fixture) throws IOException {
    Path target = repo.resolve(fixture.getFileName());
    Files.copy(fixture, target);
    return target;
  }

  private static Set<String> rules(String report) {
    Set<String> rules = new TreeSet<>();
    Matcher m = RULE.matcher(report);
    while (m.find()) {
      rules.add(m.group(1));
    }
    return rules;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
