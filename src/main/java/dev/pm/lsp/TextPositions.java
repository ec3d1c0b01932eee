package dev.pm.lsp;

import dev.pm.model.Location;
import dev.pm.text.LineIndex;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;

/**
 * Offsets, pm's 1-based locations and LSP's 0-based positions of one text. pm counts columns in
 * UTF-16 code units (Java string offsets), which is LSP's default position encoding, so only the
 * base changes.
 */
final class TextPositions {

  private final String text;
  private final LineIndex lines;

  TextPositions(String text) {
    this.text = text;
    this.lines = new LineIndex(text);
  }

  Position position(int offset) {
    Location at = lines.at(offset);
    return new Position(at.line() - 1, at.column() - 1);
  }

  /** The offset of a pm location, clamped to the text. */
  int offset(Location at) {
    return Math.min(text.length(), lines.lineStart(at.line()) + at.column() - 1);
  }

  int offset(Position at) {
    return offset(new Location(at.getLine() + 1, at.getCharacter() + 1));
  }

  /** Where the line holding {@code offset} ends, before its line break. */
  int lineEnd(int offset) {
    int end = offset;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    return end;
  }

  Range range(int from, int to) {
    return new Range(position(from), position(to));
  }

  /**
   * One edit turning this text into {@code edited}: the span between their common prefix and
   * suffix. Rationale: replacing the whole document would move the cursor and fold state in
   * editors.
   */
  TextEdit editTo(String edited) {
    int prefix = 0;
    int max = Math.min(text.length(), edited.length());
    while (prefix < max && text.charAt(prefix) == edited.charAt(prefix)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < max - prefix
        && text.charAt(text.length() - 1 - suffix) == edited.charAt(edited.length() - 1 - suffix)) {
      suffix++;
    }
    return new TextEdit(
        range(prefix, text.length() - suffix), edited.substring(prefix, edited.length() - suffix));
  }
}
