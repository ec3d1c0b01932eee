package dev.pm.template;

import dev.pm.io.Git;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

  private GitIds() {}

  /** The lines {@code id: <prefix>} found in {@code directory} on every branch, or nothing. */
  static List<String> idLines(Path directory, String prefix) {
    Path dir = directory.toAbsolutePath().normalize();
    Optional<Path> top = Git.topLevel(dir);
    if (top.isEmpty()) {
      return List.of();
    }
    Path root = top.get();
    String relative = dir.startsWith(root) ? root.relativize(dir).toString() : "";
    Optional<String> refs =
        Git.run(root, "git", "for-each-ref", "--format=%(refname)", "refs/heads", "refs/remotes");
    if (refs.isEmpty() || refs.get().isBlank()) {
      return List.of();
    }
    // YAML may quote the id ("INC-..." or 'INC-...') and spell it in any case; the prefix is
    // matched literally, not as a pattern.
    String pattern = "^id:[[:space:]]*[\"']?" + literal(prefix);
    List<String> command =
        new ArrayList<>(List.of("git", "grep", "-h", "-I", "-i", "-E", "-e", pattern));
    refs.get().lines().filter(r -> !r.endsWith("/HEAD")).forEach(command::add);
    command.add("--");
    command.add(relative.isEmpty() ? "." : relative);
    return Git.run(root, command.toArray(new String[0]))
        .map(s -> s.lines().toList())
        .orElse(List.of());
  }

  /** {@code text} as a POSIX extended regular expression that matches only itself. */
  static String literal(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (".[]()*+?{}|^$\\".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
