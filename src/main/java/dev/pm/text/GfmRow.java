package dev.pm.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a table row into cells as GitHub does (GFM spec, tables extension): on every pipe that no
 * backslash escapes, before any inline Markdown is read, so a pipe inside a code span or a link's
 * text still ends the cell. flexmark reads inline spans first and kept {@code | [e | f] |} and
 * {@code | `c | d` |} as one cell, so pm checked columns the reader never sees.
 */
public final class GfmRow {

  /** A cell's content in the row, without the pipes and the blanks around it. */
  public record Span(int start, int end) {
    public String of(CharSequence row) {
      return row.subSequence(start, end).toString();
    }
  }

  private GfmRow() {}

  /** The cells of {@code row}, one line of a table; a leading and a trailing pipe are optional. */
  public static List<Span> cells(CharSequence row) {
    int from = 0;
    int to = row.length();
    while (from < to && isBlank(row.charAt(from))) {
      from++;
    }
    while (to > from && isBlank(row.charAt(to - 1))) {
      to--;
    }
    if (from < to && row.charAt(from) == '|') {
      from++;
    }
    List<Span> cells = new ArrayList<>();
    int start = from;
    for (int i = from; i < to; i++) {
      char c = row.charAt(i);
      if (c == '\\' && i + 1 < to) {
        i++; // an escaped character, the pipe included, belongs to the cell
      } else if (c == '|') {
        cells.add(trimmed(row, start, i));
        start = i + 1;
      }
    }
    // A trailing pipe closes the last cell instead of opening an empty one.
    if (start < to || cells.isEmpty()) {
      cells.add(trimmed(row, start, to));
    }
    return cells;
  }

  private static Span trimmed(CharSequence row, int start, int end) {
    while (start < end && isBlank(row.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(row.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}
