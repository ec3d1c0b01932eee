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
    assertThat(FolderLock.lockFile(folder).getParent()).isEqualTo(root.resolve(".git/pm-locks"));
    // Not there yet (pm new creates it): the parents decide.
    assertThat(FolderLock.lockFile(root.resolve("incidents")).getParent())
        .isEqualTo(root.resolve(".git/pm-locks"));

    try (FolderLock lock = FolderLock.acquire(folder)) {
      assertThat(lock).isNotNull();
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
    assertThat(FolderLock.lockFile(worktree.resolve("postmortems")).getParent())
        .isEqualTo(gitdir.resolve("pm-locks"));
  }

  /**
   * Outside git the lock is in the folder itself, so processes with different temp folders share it
   * (it was in the temp folder, and two such processes took the same id).
   */
  @Test
  void outsideGitTheLockIsInThePostMortemFolder() throws Exception {
    for (Path dir = root; dir != null; dir = dir.getParent()) {
      org.junit.jupiter.api.Assumptions.assumeFalse(
          Files.exists(dir.resolve(".git")), "the temp folder is inside a git repository");
    }
    var made = new dev.pm.cli.PmRunner(root).run("new", "Outside git", "--date", "2026-03-14");
    assertThat(made.exitCode()).as(made.err()).isZero();
    assertThat(root.resolve("postmortems/.pm-new.lock")).isRegularFile();
    try (var files = Files.list(root.resolve("postmortems"))) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder(".pm-new.lock", "2026-03-14-outside-git.md");
    }
  }
}
