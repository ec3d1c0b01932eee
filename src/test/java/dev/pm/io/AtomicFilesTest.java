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

    assertThatThrownBy(() -> AtomicFiles.rewrite(file, read, "fixed\n")).isInstanceOf(AtomicFiles.ChangedOnDiskException.class);
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
}
