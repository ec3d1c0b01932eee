package dev.pm.io;

import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/**
 * A glob over relative paths that also matches names holding a line break: {@code **} becomes a
 * regular expression {@code .*}, whose dot stops at a line break, so a post-mortem named with one
 * was never linted. Line breaks in the name are matched as if they were spaces (a pattern never
 * spells one).
 *
 * <p>The shapes pm's defaults use ({@code **.md}, {@code **}{@code /README.md}, {@code README.md},
 * {@code *.md}) are answered by comparing text, with exactly the answer the JDK's glob gives: a
 * folder walk tests every file against every include and exclude glob, and the regular expressions
 * were a fifth of a cached 10,000-file run's own work. Any other pattern goes to the JDK.
 */
final class Glob implements PathMatcher {

  /** The characters that make a part of a glob more than literal text. */
  private static final String SPECIAL = "*?[]{}\\";

  private enum Shape {
    /** {@code text}: the whole path. */
    EXACT,
    /**
     * {@code **text} or {@code **}{@code /text}: any path ending so ({@code **} crosses folders).
     */
    ENDS_WITH,
    /** {@code *text}: a path in no folder, ending so. */
    NAME_ENDS_WITH,
    /** Anything else: the JDK's matcher. */
    OTHER
  }

  private final FileSystem fileSystem;
  private final PathMatcher jdk;
  private final Shape shape;
  private final String text;

  Glob(String pattern) {
    fileSystem = FileSystems.getDefault();
    jdk = fileSystem.getPathMatcher("glob:" + pattern);
    // Only where the JDK's glob is plain, case-sensitive text over '/' (not on Windows).
    boolean plain = fileSystem.getSeparator().equals("/");
    if (plain && literal(pattern)) {
      shape = Shape.EXACT;
      text = pattern;
    } else if (plain && pattern.startsWith("**") && literal(pattern.substring(2))) {
      shape = Shape.ENDS_WITH;
      text = pattern.substring(2);
    } else if (plain
        && pattern.startsWith("*")
        && !pattern.startsWith("**")
        && literal(pattern.substring(1))
        && pattern.indexOf('/') < 0) {
      shape = Shape.NAME_ENDS_WITH;
      text = pattern.substring(1);
    } else {
      shape = Shape.OTHER;
      text = pattern;
    }
  }

  @Override
  public boolean matches(Path path) {
    return matches(path.toString());
  }

  /** Whether the relative path written as {@code path} (separators '/') matches. */
  boolean matches(String path) {
    String name = path.indexOf('\n') < 0 && path.indexOf('\r') < 0 ? path : spaced(path);
    return switch (shape) {
      case EXACT -> name.equals(text);
      case ENDS_WITH -> name.endsWith(text);
      case NAME_ENDS_WITH -> name.endsWith(text) && name.indexOf('/') < 0;
      case OTHER -> jdk.matches(fileSystem.getPath(name));
    };
  }

  private static String spaced(String path) {
    return path.replace('\n', ' ').replace('\r', ' ');
  }

  private static boolean literal(String part) {
    for (int i = 0; i < part.length(); i++) {
      if (SPECIAL.indexOf(part.charAt(i)) >= 0) {
        return false;
      }
    }
    return !part.isEmpty();
  }
}
