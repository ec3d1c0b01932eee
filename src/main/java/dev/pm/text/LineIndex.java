package dev.pm.text;

import dev.pm.model.Location;
import java.util.Arrays;

/**
 * Turns character offsets into 1-based line and column. Line breaks are {@code \n}, {@code \r\n}
 * and a lone {@code \r}, as CommonMark counts them.
 */
public final class LineIndex {

  private final int[] lineStarts;
  private final int length;

  public LineIndex(CharSequence text) {
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
    this.length = n;
  }

  public Location at(int offset) {
    int clamped = Math.max(0, Math.min(offset, length));
    int index = Arrays.binarySearch(lineStarts, clamped);
    int line = index >= 0 ? index : -index - 2;
    return new Location(line + 1, clamped - lineStarts[line] + 1);
  }

  /** Offset of the first character of a 1-based line. */
  public int lineStart(int line) {
    return lineStarts[Math.max(0, Math.min(line - 1, lineStarts.length - 1))];
  }

  public int lineCount() {
    // A final line break does not start a new, empty line.
    boolean endsWithBreak = lineStarts.length > 1 && lineStarts[lineStarts.length - 1] == length;
    return endsWithBreak ? lineStarts.length - 1 : lineStarts.length;
  }
}
