package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pm lint --against REF} in a real two-branch git repository. */
class AgainstRefTest {

  @TempDir Path repo;

  @Test
  void reportsAnIdThatAnotherFileTookOnTheTargetBranch() throws Exception {
    PmRunner pm = new PmRunner(repo);
    TestGit git = TestGit.init(repo);
    String old = pm.run("new", "Older incident", "--date", "2026-03-10").out().strip();
    git.commitAll("older");
    git.run("branch", "bob");
    String alice =
        pm.run("new", "Alice's incident", "--date", "2026-03-14", "--id", "INC-2026-03-14-01")
            .out()
            .strip();
    git.commitAll("alice, merged first");

    git.run("checkout", "-q", "bob");
    String bob =
        pm.run("new", "Bob's incident", "--date", "2026-03-14", "--id", "INC-2026-03-14-01")
            .out()
            .strip();

    var plain = pm.run("lint");
    assertThat(plain.out()).doesNotContain("PM604");

    var against = pm.run("lint", "--against", "main");
    assertThat(against.exitCode()).isEqualTo(1);
    assertThat(against.out())
        .contains(
            bob
                + ":2:5: error PM604 Incident id \"INC-2026-03-14-01\" is already used by "
                + alice
                + " at main")
        .doesNotContain(old + ":2:5: error PM604");
  }

  @Test
  void aFileRenamedOnThisBranchDoesNotCollideWithItsOldSelf() throws Exception {
    PmRunner pm = new PmRunner(repo);
    TestGit git = TestGit.init(repo);
    String old = pm.run("new", "Older incident", "--date", "2026-03-10").out().strip();
    git.commitAll("older");
    git.run("checkout", "-q", "-b", "tidy");
    git.run("mv", old, "postmortems/2026-03-10-renamed.md");

    var against = pm.run("lint", "--against", "main");
    assertThat(against.out()).doesNotContain("PM604");
  }

  @Test
  void anUnknownRefOrNoRepositoryIsAUsageError() throws Exception {
    PmRunner pm = new PmRunner(repo);
    var noRepo = pm.run("lint", "--against", "origin/main", ".");
    assertThat(noRepo.exitCode()).isEqualTo(2);
    assertThat(noRepo.err()).contains("--against needs a git repository");

    TestGit.init(repo);
    var unknown = pm.run("lint", "--against", "origin/nope", ".");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("--against: git knows no commit \"origin/nope\"");
  }
}
