package dev.pm.index;

import java.util.Optional;

/**
 * The text of a file that holds the index between markers; everything outside them is kept as it
 * is. A file without both markers, in order, is not an index file.
 */
public final class IndexFile {

  public static final String START = "<!-- pm-index:start -->";
  public static final String END = "<!-- pm-index:end -->";

  private IndexFile() {}

  /** Whether {@code text} has the two markers in order. */
  public static boolean hasMarkers(String text) {
    int start = text.indexOf(START);
    return start >= 0 && text.indexOf(END, start) > start;
  }

  /**
   * {@code text} with the part between the markers replaced by {@code table}; empty without
   * markers.
   */
  public static Optional<String> withIndex(String text, String table) {
    if (!hasMarkers(text)) {
      return Optional.empty();
    }
    int start = text.indexOf(START) + START.length();
    int end = text.indexOf(END, start);
    String newline = text.contains("\r\n") ? "\r\n" : "\n";
    String body = newline + table.replace("\n", newline);
    return Optional.of(text.substring(0, start) + body + text.substring(end));
  }

  /** A new file holding only the markers and the index. */
  public static String fresh(String table) {
    return START + "\n" + table + END + "\n";
  }
}
