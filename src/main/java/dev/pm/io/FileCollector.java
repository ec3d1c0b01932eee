package dev.pm.io;

import java.io.IOException;
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
 * globs (relative to {@code base}); hidden folders ({@code .git}) and {@code node_modules} are
 * skipped, and so is what git ignores ({@code .gitignore}, {@code .git/info/exclude}); symbolic
 * links are not followed and non-regular files (a FIFO named {@code x.md}) are skipped, and both
 * are reported. A path that does not exist but holds one of <code>* ? [ &#123;</code> is a glob, as
 * the shell would have expanded it unquoted (<code>"postmortems/&#42;&#42;/&#42;.md"</code>; <code>
 * &#42;&#42;/</code> also matches no folder at all): the files a walk would take that it matches. A
 * file reached twice is checked once. The order is stable: sorted by display path.
 */
public final class FileCollector {

  /**
   * The files found, what was passed over with why ({@code skipped}: always said), what was left
   * out on purpose ({@code ignored}: git-ignored, {@code node_modules}; said with {@code
   * --verbose}), and paths that named nothing.
   */
  public record Collected(
      List<InputFile> files, List<String> skipped, List<String> ignored, List<String> missing) {}

  private static final java.util.regex.Pattern GLOB_CHARS =
      java.util.regex.Pattern.compile("[*?\\[{]");

  private final Path base;
  private final Path workingDir;
  private final List<Glob> include;
  private final List<Glob> exclude;

  public FileCollector(Path base, Path workingDir, List<String> include, List<String> exclude) {
    this.base = base.toAbsolutePath().normalize();
    this.workingDir = workingDir.toAbsolutePath().normalize();
    this.include = include.stream().map(Glob::new).toList();
    this.exclude = exclude.stream().map(Glob::new).toList();
  }

  public Collected collect(List<Path> paths) {
    Map<Path, InputFile> found = new LinkedHashMap<>();
    List<String> skipped = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Path given : paths) {
      Path path = workingDir.resolve(given).normalize();
      if (Files.isDirectory(path)) {
        walk(path, this::selects, found, skipped, ignored);
      } else if (Files.exists(path)) {
        add(path, found);
      } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        skipped.add(display(path) + ": broken symbolic link");
      } else if (GLOB_CHARS.matcher(given.toString()).find()) {
        int before = found.size();
        expand(given.toString().replace('\\', '/'), found, skipped, ignored);
        if (found.size() == before) {
          missing.add(given + " (no post-mortem matches this pattern)");
        }
      } else {
        missing.add(given.toString());
      }
    }
    List<InputFile> files = new ArrayList<>(found.values());
    files.sort(java.util.Comparator.comparing(InputFile::displayPath));
    return new Collected(files, skipped, ignored, missing);
  }

  /**
   * Walks the pattern's literal folder prefix and takes the files a walk would take that the rest
   * of it matches.
   */
  private void expand(
      String pattern, Map<Path, InputFile> found, List<String> skipped, List<String> ignored) {
    String[] parts = pattern.split("/", -1);
    int literal = 0;
    while (literal < parts.length - 1 && !GLOB_CHARS.matcher(parts[literal]).find()) {
      literal++;
    }
    String prefix = String.join("/", java.util.Arrays.copyOfRange(parts, 0, literal));
    String rest = String.join("/", java.util.Arrays.copyOfRange(parts, literal, parts.length));
    Path start =
        workingDir.resolve(prefix.isEmpty() && pattern.startsWith("/") ? "/" : prefix).normalize();
    if (!Files.isDirectory(start)) {
      return;
    }
    PathMatcher matcher;
    try {
      PathMatcher exact = glob(rest);
      PathMatcher noFolder = glob(rest.replace("**/", ""));
      matcher = p -> exact.matches(p) || noFolder.matches(p);
    } catch (IllegalArgumentException e) {
      return;
    }
    walk(
        start,
        file -> matcher.matches(start.relativize(file)) && selects(file),
        found,
        skipped,
        ignored);
  }

  private void walk(
      Path root,
      java.util.function.Predicate<Path> takes,
      Map<Path, InputFile> found,
      List<String> skipped,
      List<String> ignored) {
    // A folder the user (or .pm.yaml) named is followed when it is a link (postmortems ->
    // docs/incidents): the walk alone would see the link as a file and find nothing. Files keep
    // the named path, so globs and display paths read as the user wrote them. Links inside stay
    // unfollowed.
    Path start = followed(root, skipped);
    if (start == null) {
      return;
    }
    java.util.Set<Path> gitIgnored = GitIgnored.under(start);
    // The walk follows no links below start, so a file's real path is start's real path plus the
    // file's names: one realpath call per walk instead of one per file (a 10,000-file cached run
    // spent more time here than in reading the cache).
    Path realStart = realPath(start);
    boolean startIsReal = realStart.equals(start);
    try {
      Files.walkFileTree(
          start,
          EnumSet.noneOf(FileVisitOption.class),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
              if (!dir.equals(start) && name.startsWith(".")) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              if (!dir.equals(start) && name.equals("node_modules")) {
                ignored.add(display(root.resolve(start.relativize(dir))) + "/: node_modules");
                return FileVisitResult.SKIP_SUBTREE;
              }
              if (gitIgnored.contains(dir)) {
                ignored.add(display(root.resolve(start.relativize(dir))) + "/: ignored by git");
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path visited, BasicFileAttributes attrs) {
              Path file = root == start ? visited : root.resolve(start.relativize(visited));
              if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")) {
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isSymbolicLink()) {
                skipped.add(display(file) + ": symbolic link not followed");
              } else if (!attrs.isRegularFile()) {
                skipped.add(display(file) + ": not a regular file");
              } else if (gitIgnored.contains(visited)) {
                ignored.add(display(file) + ": ignored by git");
              } else if (takes.test(file)) {
                found.putIfAbsent(
                    startIsReal ? visited : realStart.resolve(start.relativize(visited)),
                    new InputFile(file, display(file)));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path failed, IOException e) {
              skipped.add(
                  display(root.resolve(start.relativize(failed)))
                      + ": cannot read ("
                      + e.getClass().getSimpleName()
                      + ")");
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      skipped.add(display(root) + ": cannot walk (" + e.getMessage() + ")");
    }
  }

  /**
   * Where a walk of {@code root} starts: its target when it is a link; null (and reported) if that
   * fails.
   */
  private Path followed(Path root, List<String> skipped) {
    try {
      return Files.isSymbolicLink(root) ? root.toRealPath() : root;
    } catch (IOException e) {
      skipped.add(
          display(root) + ": cannot follow the link (" + e.getClass().getSimpleName() + ")");
      return null;
    }
  }

  /**
   * Whether a folder walk would take {@code file} as a post-mortem: it matches an include glob and
   * no exclude glob (or, outside {@code base}, is not a README.md or index.md).
   */
  public boolean selects(Path file) {
    String below = below(base, file.toAbsolutePath().normalize());
    if (below != null) {
      // The relative path's text (of a normalised path, so already what its Path would print).
      return anyMatches(include, below) && !anyMatches(exclude, below);
    }
    // Outside the configured base only the default rule applies: README.md and index.md are not
    // post-mortems.
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.equals("readme.md") && !name.equals("index.md");
  }

  private static boolean anyMatches(List<Glob> globs, String relative) {
    for (Glob glob : globs) {
      if (glob.matches(relative)) {
        return true;
      }
    }
    return false;
  }

  private void add(Path file, Map<Path, InputFile> found) {
    found.putIfAbsent(realPath(file), new InputFile(file, display(file)));
  }

  /** The file with links resolved, the key that makes a file reached twice count once. */
  private static Path realPath(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      return file.toAbsolutePath().normalize();
    }
  }

  /** Relative to the working directory when below it, with forward slashes. */
  public String display(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    String below = below(workingDir, absolute);
    String shown = below == null || below.isEmpty() ? absolute.toString() : below;
    return shown.replace('\\', '/');
  }

  /**
   * {@code absolute} relative to {@code folder} as text ("" for the folder itself), or null when it
   * is not below it; both absolute and normalised. The same as {@link Path#startsWith} and {@link
   * Path#relativize} for such paths, by comparing text: relativize walks every name of both paths
   * and was a third of a cached 10,000-file run's collection time.
   */
  static String below(Path folder, Path absolute) {
    String inner = absolute.toString();
    String outer = folder.toString();
    if (!inner.startsWith(outer)) {
      return null;
    }
    if (inner.length() == outer.length()) {
      return "";
    }
    String separator = absolute.getFileSystem().getSeparator();
    if (outer.endsWith(separator)) {
      return inner.substring(outer.length());
    }
    return inner.startsWith(separator, outer.length())
        ? inner.substring(outer.length() + separator.length())
        : null;
  }

  /** A glob that also matches names holding a line break ({@link Glob}). */
  public static PathMatcher glob(String pattern) {
    return new Glob(pattern);
  }
}
