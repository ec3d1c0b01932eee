package dev.pm.lint;

import dev.pm.io.Git;
import dev.pm.parse.IncidentIdReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The incident ids of the post-mortems at a git ref ({@code origin/main}), for {@code pm lint
 * --against REF}: a branch whose new post-mortem takes an id that the target branch gave another
 * file since they parted is caught before the merge, not after.
 *
 * <p>Only files that will exist after merging are kept: a file on REF that this branch deleted or
 * renamed (present where the two parted, gone here) does not hold its id against this branch.
 */
public final class IdsAtRef {

  /** One file at REF and its id. */
  public record Entry(String repoPath, Path path) {}

  private final String ref;
  private final Map<String, List<Entry>> byId;

  private IdsAtRef(String ref, Map<String, List<Entry>> byId) {
    this.ref = ref;
    this.byId = byId;
  }

  public String ref() {
    return ref;
  }

  /** The files at REF with this id (ids compare ignoring case, as PM604 does). */
  public List<Entry> filesWithId(String id) {
    return byId.getOrDefault(id.toUpperCase(Locale.ROOT), List.of());
  }

  /**
   * Reads the ids at {@code ref} of the repository holding {@code workingDir}.
   *
   * @throws IllegalArgumentException when there is no repository, no such ref, or git does not
   *     answer
   */
  public static IdsAtRef read(Path workingDir, String ref) {
    Path root =
        Git.topLevel(workingDir)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "--against needs a git repository (and git on the PATH); "
                            + workingDir
                            + " is not in one"));
    if (ref.isBlank()
        || ref.startsWith("-")
        || Git.run(root, "git", "rev-parse", "--verify", "--quiet", ref + "^{commit}")
            .filter(s -> !s.isBlank())
            .isEmpty()) {
      throw new IllegalArgumentException(
          "--against: git knows no commit \"" + ref + "\" (try origin/main after git fetch)");
    }
    String grep =
        Git.run(
                root,
                "git",
                "-c",
                "core.quotePath=false",
                "grep",
                "-z",
                "-n",
                "-I",
                "-E",
                // A byte order mark may stand before line 1's "---": up to three bytes.
                "^.{0,3}---[[:space:]]*$|^\\.\\.\\.[[:space:]]*$|^(id|\"id\"|'id')[[:space:]]*:",
                ref,
                "--",
                "*.md",
                "*.markdown")
            .orElseThrow(
                () -> new IllegalArgumentException("--against: git grep on " + ref + " failed"));
    Set<String> atBase = pathsAtMergeBase(root, ref);
    Map<String, List<Entry>> byId = new HashMap<>();
    frontMatterIds(grep, ref)
        .forEach(
            (repoPath, id) -> {
              Path path = root.resolve(repoPath).normalize();
              boolean goneHere = !Files.exists(path);
              if (goneHere && atBase.contains(repoPath)) {
                return; // deleted or renamed on this branch
              }
              byId.computeIfAbsent(id.toUpperCase(Locale.ROOT), k -> new ArrayList<>())
                  .add(new Entry(repoPath, path));
            });
    return new IdsAtRef(ref, byId);
  }

  /**
   * Front matter ids from {@code git grep -z -n} lines {@code REF:path\0line\0text}: an {@code id:}
   * line counts only when the file opens with {@code ---} on line 1 and no {@code ---} closed the
   * block before it.
   */
  static Map<String, String> frontMatterIds(String grepOutput, String ref) {
    Map<String, String> ids = new LinkedHashMap<>();
    Set<String> closed = new HashSet<>();
    Set<String> opened = new HashSet<>();
    String prefix = ref + ":";
    for (String line : grepOutput.lines().toList()) {
      String[] parts = line.split("\0", 3);
      if (parts.length != 3 || !parts[0].startsWith(prefix) || !parts[1].matches("\\d{1,9}")) {
        continue;
      }
      String path = parts[0].substring(prefix.length());
      int number = Integer.parseInt(parts[1]);
      String text = parts[2];
      if (number == 1) {
        if (IncidentIdReader.opensBlock(1, text)) {
          opened.add(path);
        }
      } else if (!opened.contains(path) || closed.contains(path) || ids.containsKey(path)) {
        // Not in an open front matter block of this file, or its id is already read.
      } else if (IncidentIdReader.closesBlock(text)) {
        closed.add(path);
      } else {
        IncidentIdReader.onLine(text).ifPresent(id -> ids.put(path, id));
      }
    }
    return ids;
  }

  private static Set<String> pathsAtMergeBase(Path root, String ref) {
    Optional<String> base =
        Git.run(root, "git", "merge-base", ref, "HEAD")
            .map(String::strip)
            .filter(s -> !s.isEmpty());
    if (base.isEmpty()) {
      return Set.of();
    }
    return Git.run(
            root, "git", "-c", "core.quotePath=false", "ls-tree", "-r", "--name-only", base.get())
        .map(s -> Set.copyOf(s.lines().toList()))
        .orElse(Set.of());
  }
}
