package dev.pm.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.cli.PmRunner;
import dev.pm.cli.TestGit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two branches writing post-mortems for the same day do not both get -01. */
class BranchSafeIdsTest {

  @TempDir Path repo;

  @Test
  void idsOnOtherBranchesAreTaken() throws Exception {
    TestGit git = TestGit.init(repo);
    Files.writeString(repo.resolve("README.md"), "repo\n");
    git.commitAll("start");
    git.run("checkout", "-q", "-b", "alice");
    PmRunner pm = new PmRunner(repo);
    var alice = pm.run("new", "Alice's incident", "--date", "2026-03-14");
    assertThat(Files.readString(repo.resolve(alice.out().trim())))
        .contains("id: INC-2026-03-14-01");
    git.commitAll("alice");
    git.run("checkout", "-q", "main");
    git.run("checkout", "-q", "-b", "bob");
    assertThat(repo.resolve(alice.out().trim())).doesNotExist();
    var bob = pm.run("new", "Bob's incident", "--date", "2026-03-14");
    assertThat(bob.exitCode()).as(bob.err()).isZero();
    assertThat(Files.readString(repo.resolve(bob.out().trim()))).contains("id: INC-2026-03-14-02");
    // Another day is unaffected.
    var other = pm.run("new", "Another day", "--date", "2026-03-15");
    assertThat(Files.readString(repo.resolve(other.out().trim())))
        .contains("id: INC-2026-03-15-01");
  }

  @Test
  void quotedIdsOnRemoteTrackingBranchesAreTakenToo() throws Exception {
    TestGit git = postMortemOnBranch("carol", "id: \"INC-2026-03-14-04\"");
    // Only a remote-tracking ref keeps carol's work: as after a fetch of a colleague's branch.
    git.run("update-ref", "refs/remotes/origin/carol", "carol");
    git.run("branch", "-q", "-D", "carol");
    assertNextIs("INC-2026-03-14-05");
  }

  @Test
  void anIdWithACommentOnAnotherBranchIsReadAsLintReadsIt() throws Exception {
    postMortemOnBranch("erin", "id: \"INC-2026-03-14-06\"  # sixth");
    assertNextIs("INC-2026-03-14-07");
  }

  /**
   * git grep takes a UTF-16 file for binary and skips it; the id in it is still taken (lint and the
   * folder scan read UTF-16 with a byte order mark like any other file).
   */
  @Test
  void anIdInAUtf16PostMortemOnAnotherBranchIsTaken() throws Exception {
    TestGit git = TestGit.init(repo);
    Files.writeString(repo.resolve("README.md"), "repo\n");
    git.commitAll("start");
    git.run("checkout", "-q", "-b", "frank");
    Files.createDirectories(repo.resolve("postmortems"));
    String text = "\uFEFF---\nid: INC-2026-03-14-08\ntitle: frank\n---\n# frank\n";
    Files.write(repo.resolve("postmortems/frank.md"), text.getBytes(StandardCharsets.UTF_16LE));
    git.commitAll("frank");
    git.run("checkout", "-q", "main");
    assertNextIs("INC-2026-03-14-09");
  }

  /** Commits a post-mortem with this id line on a new branch, then goes back to main. */
  private TestGit postMortemOnBranch(String branch, String idLine) throws Exception {
    TestGit git = TestGit.init(repo);
    Files.writeString(repo.resolve("README.md"), "repo\n");
    git.commitAll("start");
    git.run("checkout", "-q", "-b", branch);
    Files.createDirectories(repo.resolve("postmortems"));
    Files.writeString(
        repo.resolve("postmortems/" + branch + ".md"),
        "---\n" + idLine + "\ntitle: " + branch + "\n---\n# " + branch + "\n");
    git.commitAll(branch);
    git.run("checkout", "-q", "main");
    return git;
  }

  private void assertNextIs(String id) throws Exception {
    var next = new PmRunner(repo).run("new", "Next incident", "--date", "2026-03-14");
    assertThat(next.exitCode()).as(next.err()).isZero();
    assertThat(Files.readString(repo.resolve(next.out().trim()))).contains("id: " + id);
  }

  @Test
  void gitPatternsMatchThePrefixLiterally() {
    assertThat(GitIds.literal("INC.1-(a)")).isEqualTo("INC\\.1-\\(a\\)");
  }

  @Test
  void outsideGitNumberingWorksAsBefore() {
    var result = new PmRunner(repo).run("new", "No git here", "--date", "2026-03-14");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out().trim()).isEqualTo("postmortems/2026-03-14-no-git-here.md");
  }
}
