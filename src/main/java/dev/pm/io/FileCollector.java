package dev.pm.io;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns command-line paths into the files to check. A file named on the command line is always
 * checked. Folders are walked for {@code *.md} that match the include globs and none of the exclude
 * globs (relative to {@code base}); hidden folders ({@code .git}) are skipped; symbolic links are
 * not followed and non-regular files (a FIFO named {@code x.md}) are skipped, and both are reported.
 * A file reached twice is checked once. The order is stable: sorted by display path.
 */
public final class FileCollector {

  /** The files found, and what was passed over with why. */
  public record Collected(List<InputFile> files, List<String> skipped, List<String> missing) {}

  private final Path base;
  private final Path workingDir;
  private final List<PathMatcher> include;
  private final List<PathMatcher> exclude;

  public FileCollector(Path base, Path workingDir, List<String> include, List<String> exclude) {
    this.base = base.toAbsolutePath().normalize();
    this.workingDir = workingDir.toAbsolutePath().normalize();
    this.include = include.stream().map(FileCollector::glob).toList();
    this.exclude = exclude.stream().map(FileCollector::glob).toList();
  }

  public Collected collect(List<Path> paths) {
    Map<Path, InputFile> found = new LinkedHashMap<>();
    List<String> skipped = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Path given : paths) {
      Path path = workingDir.resolve(given).normalize();
      if (Files.isDirectory(path)) {
        walk(path, found, skipped);
      } else if (Files.exists(path)) {
        add(path, found);
      } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        skipped.add(display(path) + ": broken symbolic link");
      } else {
        missing.add(given.toString());
      }
    }
    List<InputFile> files = new ArrayList<>(found.values());
    files.sort(java.util.Comparator.comparing(InputFile::displayPath));
    return new Collected(files, skipped, missing);
  }

  private void walk(Path root, Map<Path, InputFile> found, List<String> skipped) {
    // A folder the user (or .pm.yaml) named is followed when it is a link (postmortems ->
    // docs/incidents): the walk alone would see the link as a file and find nothing. Files keep
    // the named path, so globs and display paths read as the user wrote them. Links inside stay
    // unfollowed.
    Path start = followed(root, skipped);
    if (start == null) {
      return;
    }
    try {
      Files.walkFileTree(start, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
          if (!dir.equals(start) && name.startsWith(".")) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path visited, BasicFileAttributes attrs) {
          Path file = root.resolve(start.relativize(visited));
          if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")) {
            return FileVisitResult.CONTINUE;
          }
          if (attrs.isSymbolicLink()) {
            skipped.add(display(file) + ": symbolic link not followed");
          } else if (!attrs.isRegularFile()) {
            skipped.add(display(file) + ": not a regular file");
          } else if (selects(file)) {
            add(file, found);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path failed, IOException e) {
          skipped.add(display(root.resolve(start.relativize(failed))) + ": cannot read (" + e.getClass().getSimpleName() + ")");
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      skipped.add(display(root) + ": cannot walk (" + e.getMessage() + ")");
    }
  }

  /** Where a walk of {@code root} starts: its target when it is a link; null (and reported) if that fails. */
  private Path followed(Path root, List<String> skipped) {
    try {
      return Files.isSymbolicLink(root) ? root.toRealPath() : root;
    } catch (IOException e) {
      skipped.add(display(root) + ": cannot follow the link (" + e.getClass().getSimpleName() + ")");
      return null;
    }
  }

  /**
   * Whether a folder walk would take {@code file} as a post-mortem: it matches an include glob and
   * no exclude glob (or, outside {@code base}, is not a README.md or index.md).
   */
  public boolean selects(Path file) {
    Path relative = base.relativize(file.toAbsolutePath().normalize());
    if (file.toAbsolutePath().normalize().startsWith(base)) {
      boolean included = include.stream().anyMatch(m -> m.matches(relative));
      boolean excluded = exclude.stream().anyMatch(m -> m.matches(relative));
      return included && !excluded;
    }
    // Outside the configured base only the default rule applies: README.md and index.md are not post-mortems.
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.equals("readme.md") && !name.equals("index.md");
  }

  private void add(Path file, Map<Path, InputFile> found) {
    Path key;
    try {
      key = file.toRealPath();
    } catch (IOException e) {
      key = file.toAbsolutePath().normalize();
    }
    found.putIfAbsent(key, new InputFile(file, display(file)));
  }

  /** Relative to the working directory when below it, with forward slashes. */
  public String display(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    String shown = absolute.startsWith(workingDir) && !absolute.equals(workingDir)
        ? workingDir.relativize(absolute).toString()
        : absolute.toString();
    return shown.replace('\\', '/');
  }

  private static PathMatcher glob(String pattern) {
    return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
  }
}
