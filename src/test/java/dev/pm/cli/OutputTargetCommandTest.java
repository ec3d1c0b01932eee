package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --output} and {@code --write-baseline} on every kind of target: a regular file is replaced
 * atomically, a FIFO or device is written in place and stays what it was, a symbolic link is
 * written through and stays a link, a directory is a clear error.
 */
class OutputTargetCommandTest {

  @TempDir Path repo;
  private PmRunner pm;

  @BeforeEach
  void setUp() {
    pm = new PmRunner(repo);
    assertThat(pm.run("new", "Output", "--date=2026-03-14").exitCode()).isZero();
  }

  private static boolean mkfifo(Path path) throws Exception {
    try {
      Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  @Test
  void aFifoIsWrittenInPlaceAndStaysAFifo() throws Exception {
    Path fifo = repo.resolve("report.fifo");
    assumeTrue(mkfifo(fifo), "mkfifo is not available");
    CompletableFuture<byte[]> reader =
        CompletableFuture.supplyAsync(
            () -> {
              try (var in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    var result = pm.run("lint", "--format", "json", "--output", fifo.toString());
    assertThat(result.err()).doesNotContain("internal error");
    String written = new String(reader.get(20, TimeUnit.SECONDS), StandardCharsets.UTF_8);
    assertThat(written).contains("\"diagnostics\"");
    assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(Files.isSymbolicLink(fifo)).isFalse();
    assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
    try (var list = Files.list(repo)) {
      assertThat(list.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void aSymlinkIsWrittenThroughAndStaysALink() throws Exception {
    Path real = repo.resolve("reports/real.json");
    Files.createDirectories(real.getParent());
    Files.writeString(real, "old");
    Path link = repo.resolve("link.json");
    Files.createSymbolicLink(link, real);
    var result = pm.run("lint", "--format", "json", "--output", "link.json");
    assertThat(result.err()).isEmpty();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).contains("\"diagnostics\"");
  }

  @Test
  void aBaselineThroughASymlinkKeepsTheLink() throws Exception {
    Path real = repo.resolve("real-baseline.json");
    Files.writeString(real, "{}");
    Path link = repo.resolve("baseline.json");
    Files.createSymbolicLink(link, real);
    var result = pm.run("lint", "--write-baseline", "baseline.json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isNotEqualTo("{}");
  }

  @Test
  void aDirectoryIsAClearError() throws Exception {
    Files.createDirectories(repo.resolve("out"));
    var result = pm.run("lint", "--output", "out");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains("pm: cannot write out: it is a directory")
        .doesNotContain("internal error");
    var baseline = pm.run("lint", "--write-baseline", "out");
    assertThat(baseline.exitCode()).isEqualTo(2);
    assertThat(baseline.err()).contains("it is a directory").doesNotContain("internal error");
    var stats = pm.run("stats", "--output", "out");
    assertThat(stats.exitCode()).isEqualTo(2);
    assertThat(stats.err()).contains("it is a directory").doesNotContain("internal error");
  }

  @Test
  void anUnwritableFolderIsAClearError() throws Exception {
    Path file = repo.resolve("file");
    Files.writeString(file, "x");
    var result = pm.run("lint", "--output", "file/report.txt");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .startsWith("pm: cannot write file/report.txt")
        .doesNotContain("internal error");
  }

  @Test
  void aRegularFileIsReplacedAndKeepsItsPermissions() throws Exception {
    Path report = repo.resolve("report.txt");
    Files.writeString(report, "old");
    Files.setPosixFilePermissions(
        report, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
    pm.run("lint", "--output", "report.txt");
    assertThat(Files.readString(report)).contains("file checked");
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(report)))
        .isEqualTo("rw-rw-r--");
  }
}
