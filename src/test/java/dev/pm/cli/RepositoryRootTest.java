package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where pm takes the project to be: the folder of .pm.yaml, else the git top level, never across a
 * repository's edge.
 */
class RepositoryRootTest {

  @TempDir Path tmp;

  @Test
  void withoutConfigTheGitTopLevelIsTheRootFromAnySubFolder() throws Exception {
    Path repo = tmp.resolve("repo");
    Files.createDirectories(repo.resolve("postmortems"));
    TestGit.init(repo);
    PmRunner fromSub = new PmRunner(repo.resolve("postmortems"));

    var created = fromSub.run("new", "Checkout down", "--date", "2026-03-14");
    assertThat(created.exitCode()).as(created.err()).isZero();
    assertThat(repo.resolve("postmortems/2026-03-14-checkout-down.md")).isRegularFile();
    assertThat(repo.resolve("postmortems/postmortems")).doesNotExist();

    var lint = fromSub.run("lint");
    assertThat(lint.exitCode()).as(lint.err()).isZero();
    assertThat(lint.out()).contains("1 file checked");
    var stats = fromSub.run("stats");
    assertThat(stats.exitCode()).as(stats.err()).isZero();
  }

  @Test
  void aConfigAboveTheRepositoryIsNotRead() throws Exception {
    Files.writeString(tmp.resolve(".pm.yaml"), "directory: elsewhere\n");
    Path repo = tmp.resolve("unrelated");
    Files.createDirectories(repo.resolve("docs"));
    TestGit.init(repo);

    var created =
        new PmRunner(repo.resolve("docs")).run("new", "Search slow", "--date", "2026-03-14");
    assertThat(created.exitCode()).as(created.err()).isZero();
    assertThat(repo.resolve("postmortems/2026-03-14-search-slow.md")).isRegularFile();
    assertThat(tmp.resolve("elsewhere")).doesNotExist();
  }

  @Test
  void pmYmlIsReadAndNamedInVerbose() throws Exception {
    Path repo = tmp.resolve("repo");
    Files.createDirectories(repo);
    TestGit.init(repo);
    Files.writeString(repo.resolve(".pm.yml"), "directory: docs/incidents\n");

    var created = new PmRunner(repo).run("new", "Queue backlog", "--date", "2026-03-14");
    assertThat(created.exitCode()).as(created.err()).isZero();
    assertThat(repo.resolve("docs/incidents/2026-03-14-queue-backlog.md")).isRegularFile();

    var lint = new PmRunner(repo).run("lint", "--verbose");
    assertThat(lint.err()).contains("configuration: .pm.yml");
    assertThat(lint.out()).contains("1 file checked");
  }

  @Test
  void twoConfigFilesInOneFolderAreRefused() throws Exception {
    Path repo = tmp.resolve("repo");
    Files.createDirectories(repo);
    Files.writeString(repo.resolve(".pm.yaml"), "directory: a\n");
    Files.writeString(repo.resolve(".pm.yml"), "directory: b\n");

    var lint = new PmRunner(repo).run("lint");
    assertThat(lint.exitCode()).isEqualTo(2);
    assertThat(lint.err()).contains(".pm.yaml").contains(".pm.yml").contains("keep one");
  }
}
