package dev.pm.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path dir;

  @Test
  void rewriteRefusesAFileThatChangedSinceItWasRead() throws Exception {
    Path file = dir.resolve("a.md");
    Files.writeString(file, "edited by someone else\n");
    byte[] read = "what pm read\n".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> AtomicFiles.rewrite(file, read, "fixed\n"))
        .isInstanceOf(AtomicFiles.ChangedOnDiskException.class);
    assertThat(Files.readString(file)).isEqualTo("edited by someone else\n");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void rewriteReplacesTheFileAndLeavesNoTemporaryFile() throws Exception {
    Path file = dir.resolve("a.md");
    Files.writeString(file, "old\n");
    AtomicFiles.rewrite(file, Files.readAllBytes(file), "new\n");
    assertThat(Files.readString(file)).isEqualTo("new\n");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void anEditMadeWhilePmWritesIsKeptAndTheRewriteRefused() throws Exception {
    Path file = dir.resolve("a.md");
    Files.writeString(file, "draft\n");
    byte[] read = Files.readAllBytes(file);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                AtomicFiles.rewrite(
                    file,
                    read,
                    "fixed\n",
                    AtomicFiles.ReadOnlyFiles.REFUSE,
                    () -> {
                      try {
                        Files.writeString(file, "the user's edit\n");
                      } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                      }
                    }))
        .isInstanceOf(AtomicFiles.ChangedOnDiskException.class);
    org.assertj.core.api.Assertions.assertThat(Files.readString(file))
        .isEqualTo("the user's edit\n");
    try (var list = Files.list(dir)) {
      org.assertj.core.api.Assertions.assertThat(list).hasSize(1);
    }
  }

  @Test
  void readOnlyFilesAreRefusedUnlessForcedAndHardLinkedFilesAlways() throws Exception {
    Path file = dir.resolve("ro.md");
    Files.writeString(file, "x\n");
    Files.setPosixFilePermissions(
        file, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> AtomicFiles.rewrite(file, Files.readAllBytes(file), "y\n"))
        .hasMessageContaining("read-only");
    org.assertj.core.api.Assertions.assertThat(Files.readString(file)).isEqualTo("x\n");
    AtomicFiles.rewrite(file, Files.readAllBytes(file), "y\n", AtomicFiles.ReadOnlyFiles.REWRITE);
    org.assertj.core.api.Assertions.assertThat(Files.readString(file)).isEqualTo("y\n");
    org.assertj.core.api.Assertions.assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)))
        .as("a forced rewrite keeps the file read-only")
        .isEqualTo("r--r--r--");
    Path linked = dir.resolve("linked.md");
    Files.writeString(linked, "x\n");
    Files.createLink(dir.resolve("other-name.md"), linked);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> AtomicFiles.rewrite(linked, Files.readAllBytes(linked), "y\n"))
        .hasMessageContaining("2 hard links");
  }

  @Test
  void theOwnerAndGroupAreKept() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        "root".equals(System.getProperty("user.name")), "only root can give a file away");
    Path file = dir.resolve("owned.md");
    Files.writeString(file, "x\n");
    var lookup = file.getFileSystem().getUserPrincipalLookupService();
    Files.setOwner(file, lookup.lookupPrincipalByName("nobody"));
    var view =
        Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class);
    view.setGroup(lookup.lookupPrincipalByGroupName("nogroup"));
    AtomicFiles.rewrite(file, Files.readAllBytes(file), "y\n");
    var attrs = Files.readAttributes(file, java.nio.file.attribute.PosixFileAttributes.class);
    org.assertj.core.api.Assertions.assertThat(attrs.owner().getName()).isEqualTo("nobody");
    org.assertj.core.api.Assertions.assertThat(attrs.group().getName()).isEqualTo("nogroup");
  }
}
