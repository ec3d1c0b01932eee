package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A real git repository in a test's temporary folder, driven with the git command line. */
public final class TestGit {

  private final Path repo;

  private TestGit(Path repo) {
    this.repo = repo;
  }

  /** {@code git init} on branch main, with a committer set. */
  public static TestGit init(Path repo) throws Exception {
    TestGit git = new TestGit(repo);
    git.run("init", "-q", "-b", "main");
    git.run("config", "user.email", "t@example.invalid");
    git.run("config", "user.name", "t");
    return git;
  }

  /** Runs git in the repository; fails the test if git fails. */
  public void run(String... args) throws Exception {
    String[] command = new String[args.length + 3];
    command[0] = "git";
    command[1] = "-C";
    command[2] = repo.toString();
    System.arraycopy(args, 0, command, 3, args.length);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", args) + ": " + out).isZero();
  }

  /** Stages everything and commits. */
  public void commitAll(String message) throws Exception {
    run("add", "-A");
    run("commit", "-q", "-m", message);
  }
}
