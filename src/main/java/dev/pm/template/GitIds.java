package dev.pm.template;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Incident ids already taken on other branches, read with the git command line.
 *
 * <p>Rationale: two people writing post-mortems for the same day on two branches would both get
 * {@code -01}, each branch's CI green and the merge clean. Counting the ids in the post-mortem
 * folder of every local and remote-tracking branch closes that gap at the source. Outside a git
 * repository, without git, or past the time bound, there is nothing to add and numbering works as
 * before.
 */
final class GitIds {

  static final long TIMEOUT_SECONDS = 5;

  private GitIds() {}

  /** The lines {@code id: <prefix>} found in {@code directory} on every branch, or nothing. */
  static List<String> idLines(Path directory, String prefix) {
    Path dir = directory.toAbsolutePath().normalize();
    Path existing = dir;
    while (existing != null && !Files.isDirectory(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return List.of();
    }
    Optional<String> top = run(existing, "git", "rev-parse", "--show-toplevel");
    if (top.isEmpty() || top.get().isBlank()) {
      return List.of();
    }
    Path root = Path.of(top.get().strip());
    String relative = dir.startsWith(root) ? root.relativize(dir).toString() : "";
    Optional<String> refs = run(root, "git", "for-each-ref", "--format=%(refname)", "refs/heads", "refs/remotes");
    if (refs.isEmpty() || refs.get().isBlank()) {
      return List.of();
    }
    List<String> command = new ArrayList<>(List.of("git", "grep", "-h", "-I", "-e", "^id: *" + prefix));
    refs.get().lines().filter(r -> !r.endsWith("/HEAD")).forEach(command::add);
    command.add("--");
    command.add(relative.isEmpty() ? "." : relative);
    return run(root, command.toArray(new String[0])).map(s -> s.lines().toList()).orElse(List.of());
  }

  private static Optional<String> run(Path dir, String... command) {
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return Optional.empty();
      }
      // git grep exits 1 when nothing matched: that is an empty answer, not a failure.
      return p.exitValue() <= 1 ? Optional.of(new String(out, StandardCharsets.UTF_8)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
