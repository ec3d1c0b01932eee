package dev.pm.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the numbering lock lives: shared by every process on a checkout, whatever its temp folder.
 */
class FolderLockTest {

  @TempDir Path root;

  @Test
  void inARepositoryTheLockIsInItsGitFolder() throws Exception {
    Files.createDirectories(root.resolve(".git"));
    Path folder = Files.createDirectories(root.resolve("docs/postmortems"));
    assertThat(FolderLock.lockFolder(folder)).isEqualTo(root.resolve(".git/pm-locks"));
    // Not there yet (pm new creates it): the parents decide.
    assertThat(FolderLock.lockFolder(root.resolve("incidents")))
        .isEqualTo(root.resolve(".git/pm-locks"));

    try (FolderLock lock = FolderLock.acquire(folder)) {
      try (var files = Files.list(root.resolve(".git/pm-locks"))) {
        assertThat(files.toList())
            .singleElement()
            .satisfies(f -> assertThat(f.toString()).endsWith(".lock"));
      }
    }
  }

  @Test
  void inAWorktreeTheLockFollowsItsGitdirLine() throws Exception {
    Path gitdir = Files.createDirectories(root.resolve("main/.git/worktrees/feature"));
    Path worktree = Files.createDirectories(root.resolve("feature"));
    Files.writeString(worktree.resolve(".git"), "gitdir: ../main/.git/worktrees/feature\n");
    assertThat(FolderLock.lockFolder(worktree.resolve("postmortems")))
        .isEqualTo(gitdir.resolve("pm-locks"));
  }

  @Test
  void outsideGitTheTempFolder() {
    for (Path dir = root; dir != null; dir = dir.getParent()) {
      org.junit.jupiter.api.Assumptions.assumeFalse(
          Files.exists(dir.resolve(".git")), "the temp folder is inside a git repository");
    }
    assertThat(FolderLock.lockFolder(root.resolve("postmortems")))
        .isEqualTo(Path.of(System.getProperty("java.io.tmpdir"), "pm-locks"));
  }
}
