package dev.pm.template;

import dev.pm.io.Git;
import dev.pm.parse.IncidentIdReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

  /**
   * The ids found in {@code directory} on every branch: those starting with {@code prefix}, and
   * every id in a file git takes for binary; nothing outside git.
   */
  static List<String> ids(Path directory, String prefix) {
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
    List<String> branches = refs.get().lines().filter(r -> !r.endsWith("/HEAD")).toList();
    command.addAll(branches);
    command.add("--");
    command.add(relative.isEmpty() ? "." : relative);
    List<String> ids = new ArrayList<>();
    Git.run(root, command.toArray(new String[0]))
        .ifPresent(
            s -> s.lines().forEach(line -> IncidentIdReader.onLine(line).ifPresent(ids::add)));
    for (String blob : binaryMarkdown(root, relative, branches)) {
      Git.bytes(root, "git", "cat-file", "blob", blob)
          .flatMap(IncidentIdReader::inBytes)
          .ifPresent(ids::add);
    }
    return ids;
  }

  /**
   * The Markdown files on {@code branches} that git takes for binary ({@code ref:path}): the ones
   * {@code git grep -I} skips. A UTF-16 post-mortem is one (its text is half NUL bytes), and pm
   * reads those like any other; without this its id could be handed out again.
   */
  private static Set<String> binaryMarkdown(Path root, String relative, List<String> branches) {
    String dir = relative.isEmpty() ? "" : relative.replace('\\', '/') + "/";
    List<String> pathspecs = List.of(dir + "*.md", dir + "*.markdown");
    Set<String> all = filesMatchingAnything(root, "--text", branches, pathspecs);
    if (!all.isEmpty()) {
      all.removeAll(filesMatchingAnything(root, "-I", branches, pathspecs));
    }
    return all;
  }

  private static Set<String> filesMatchingAnything(
      Path root, String binaryOption, List<String> branches, List<String> pathspecs) {
    List<String> command =
        new ArrayList<>(List.of("git", "grep", "-l", "-z", binaryOption, "-e", ""));
    command.addAll(branches);
    command.add("--");
    command.addAll(pathspecs);
    Set<String> files = new LinkedHashSet<>();
    Git.run(root, command.toArray(new String[0]))
        .ifPresent(s -> Arrays.stream(s.split("\0")).filter(f -> !f.isEmpty()).forEach(files::add));
    return files;
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
