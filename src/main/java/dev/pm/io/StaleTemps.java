package dev.pm.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes temporary files that an interrupted pm left beside the files it rewrites.
 *
 * <p>{@link AtomicFiles} writes {@code .<name>.<digits>.tmp} next to {@code <name>} and renames it
 * over; a {@code kill -9} in between leaves it (4 of 50 runs of {@code --fix}). Only a file that
 * has exactly that name, where {@code <name>} is a Markdown file in the same folder, that is a
 * regular file (not a link) and that nothing has written for {@link #STALE_AFTER} is taken for such
 * a leftover: pm's own temporary files live for milliseconds, and nothing else is touched.
 */
public final class StaleTemps {

  /** How old a leftover must be; a running pm finishes its temporary file long before. */
  public static final Duration STALE_AFTER = Duration.ofMinutes(10);

  /** What {@code Files.createTempFile(dir, "." + name + ".", ".tmp")} makes. */
  private static final Pattern PM_TEMP = Pattern.compile("\\.(.+\\.md)\\.\\d{1,20}\\.tmp");

  private StaleTemps() {}

  /**
   * Removes the stale leftovers in the folders holding {@code files}.
   *
   * @return the files removed
   */
  public static List<Path> removeBeside(Collection<Path> files, Instant now) {
    Set<Path> folders = new LinkedHashSet<>();
    for (Path file : files) {
      Path parent = file.toAbsolutePath().normalize().getParent();
      if (parent != null) {
        folders.add(parent);
      }
    }
    List<Path> removed = new ArrayList<>();
    for (Path folder : folders) {
      removed.addAll(removeIn(folder, now));
    }
    return removed;
  }

  private static List<Path> removeIn(Path folder, Instant now) {
    List<Path> removed = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".*.tmp")) {
      for (Path entry : entries) {
        if (isStale(entry, now) && Files.deleteIfExists(entry)) {
          removed.add(entry);
        }
      }
    } catch (IOException | SecurityException | java.nio.file.DirectoryIteratorException e) {
      // Cleaning up is a courtesy: a folder that cannot be listed is left as it is.
    }
    return removed;
  }

  static boolean isStale(Path entry, Instant now) {
    Matcher m = PM_TEMP.matcher(entry.getFileName().toString());
    if (!m.matches()) {
      return false;
    }
    try {
      BasicFileAttributes attrs =
          Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      Path target = entry.resolveSibling(m.group(1));
      return attrs.isRegularFile()
          && attrs.lastModifiedTime().toInstant().isBefore(now.minus(STALE_AFTER))
          && Files.isRegularFile(target);
    } catch (IOException | SecurityException e) {
      return false;
    }
  }
}
