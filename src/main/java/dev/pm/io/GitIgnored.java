package dev.pm.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * What git ignores below a folder ({@code .gitignore} at every level, {@code .git/info/exclude},
 * the user's excludes file), asked of git itself so that pm agrees with {@code git status} to the
 * letter rather than re-implementing its pattern rules. Files git tracks are never ignored, as in
 * git.
 */
final class GitIgnored {

  private GitIgnored() {}

  /**
   * Absolute paths of the ignored files and folders (a whole ignored folder is one entry); empty
   * outside git or without git.
   */
  static Set<Path> under(Path folder) {
    Set<Path> ignored = new HashSet<>();
    if (Git.workTreeRoot(folder).isEmpty() || !Files.isDirectory(folder)) {
      return ignored;
    }
    Git.run(
            folder,
            "git",
            "ls-files",
            "-z",
            "--others",
            "--ignored",
            "--exclude-standard",
            "--directory",
            "--",
            ".")
        .ifPresent(
            out -> {
              for (String entry : out.split("\0", -1)) {
                if (!entry.isEmpty()) {
                  ignored.add(folder.resolve(entry).toAbsolutePath().normalize());
                }
              }
            });
    return ignored;
  }
}
