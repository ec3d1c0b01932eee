package dev.pm.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.cli.PmRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile paths while walking folders: nothing hangs, nothing is read twice, what is skipped is
 * said.
 */
class FileCollectorTest {

  @TempDir Path root;

  private FileCollector collector() {
    return new FileCollector(root, root, List.of("**.md"), List.of("**/README.md", "README.md"));
  }

  @Test
  void symlinksAreNotFollowedAndAreReported() throws Exception {
    Path docs = Files.createDirectories(root.resolve("docs"));
    Files.writeString(docs.resolve("a.md"), "# A\n");
    Files.createSymbolicLink(docs.resolve("loop"), docs);
    Path outside = Files.createTempDirectory("outside");
    Files.writeString(outside.resolve("secret.md"), "# Outside\n");
    Files.createSymbolicLink(docs.resolve("escape.md"), outside.resolve("secret.md"));
    Files.createSymbolicLink(docs.resolve("dir-escape"), outside);
    var collected = collector().collect(List.of(Path.of("docs")));
    assertThat(collected.files()).extracting(InputFile::displayPath).containsExactly("docs/a.md");
    assertThat(collected.skipped())
        .anyMatch(s -> s.contains("escape.md") && s.contains("symbolic link"));
  }

  @Test
  void fifosAndFoldersNamedLikeFilesAreNotRead() throws Exception {
    Path docs = Files.createDirectories(root.resolve("docs"));
    Files.createDirectories(docs.resolve("x.md"));
    Files.writeString(docs.resolve("x.md").resolve("inner.md"), "# Inner\n");
    Path fifo = docs.resolve("pipe.md");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
    var collected = collector().collect(List.of(Path.of("docs")));
    assertThat(collected.files())
        .extracting(InputFile::displayPath)
        .containsExactly("docs/x.md/inner.md");
    assertThat(collected.skipped())
        .anyMatch(s -> s.contains("pipe.md") && s.contains("not a regular file"));
    // Named on the command line, the FIFO is still not read: the parser refuses non-regular files.
    var result = new PmRunner(root).run("lint", "docs/pipe.md");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .contains("docs/pipe.md:1:1: error PM001 File not checked: not a regular file");
  }

  @Test
  void pathsGivenTwiceAreReadOnceAndOddNamesWork() throws Exception {
    Path docs = Files.createDirectories(root.resolve("post mortems"));
    Files.writeString(docs.resolve("Übersicht 2026.md"), "# Ü\n");
    var collected =
        collector()
            .collect(
                List.of(
                    Path.of("post mortems"),
                    Path.of("post mortems/Übersicht 2026.md"),
                    Path.of("./post mortems/../post mortems")));
    assertThat(collected.files())
        .extracting(InputFile::displayPath)
        .containsExactly("post mortems/Übersicht 2026.md");
  }

  @Test
  void aFolderReachedThroughALinkedParentAndDirectlyIsReadOnce() throws Exception {
    Path docs = Files.createDirectories(root.resolve("real/docs"));
    Files.writeString(docs.resolve("a.md"), "# A\n");
    Files.createSymbolicLink(root.resolve("alias"), root.resolve("real"));
    var collected = collector().collect(List.of(Path.of("real/docs"), Path.of("alias/docs")));
    assertThat(collected.files())
        .extracting(InputFile::displayPath)
        .containsExactly("real/docs/a.md");
    assertThat(collector().collect(List.of(Path.of("alias/docs"))).files())
        .extracting(InputFile::displayPath)
        .containsExactly("alias/docs/a.md");
  }

  @Test
  void aFolderWhoseNameStartsLikeTheBaseIsNotBelowIt() throws Exception {
    Path base = root.resolve("post");
    assertThat(FileCollector.below(base, root.resolve("postmortems/a.md"))).isNull();
    assertThat(FileCollector.below(base, root.resolve("post/a.md"))).isEqualTo("a.md");
    assertThat(FileCollector.below(base, base)).isEmpty();
    assertThat(FileCollector.below(root.getRoot(), root.resolve("x.md")))
        .isEqualTo(root.getRoot().relativize(root.resolve("x.md")).toString());
    Path outsideBase = Files.createDirectories(root.resolve("post-mortems"));
    Files.writeString(outsideBase.resolve("README.md"), "# Not a post-mortem\n");
    Files.writeString(outsideBase.resolve("b.md"), "# B\n");
    var walked =
        new FileCollector(base, root, List.of("**.md"), List.of()).collect(List.of(outsideBase));
    assertThat(walked.files())
        .extracting(InputFile::displayPath)
        .containsExactly("post-mortems/b.md");
  }

  @Test
  void unreadableFilesAreADiagnostic() throws Exception {
    Path file = root.resolve("locked.md");
    Files.writeString(file, "# Locked\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    boolean root_user =
        Files.isReadable(file); // root reads anything: then there is nothing to test
    var result = new PmRunner(root).run("lint", "locked.md");
    if (!root_user) {
      assertThat(result.exitCode()).isIn(1);
      assertThat(result.out())
          .contains("locked.md:1:1: error PM001 File not checked: cannot read file");
    }
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
  }
}
