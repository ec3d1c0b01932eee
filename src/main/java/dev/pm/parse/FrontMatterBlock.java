package dev.pm.parse;

import dev.pm.model.FrontMatter;

/**
 * Where a front matter block stands in the text: found by its delimiters before any parser runs, so
 * that its size is checked before YAML reads it and TOML or unclosed blocks are recognised.
 *
 * @param contentStart offset of the first character after the opening delimiter line
 * @param contentEnd offset of the start of the closing delimiter line
 * @param end offset just past the closing delimiter line (where the Markdown body starts)
 * @param firstContentLine 1-based line of {@code contentStart}
 * @param closingLine 1-based line of the closing delimiter; -1 when the block never closes
 */
record FrontMatterBlock(
    FrontMatter.Syntax syntax,
    int contentStart,
    int contentEnd,
    int end,
    int firstContentLine,
    int closingLine) {

  boolean closed() {
    return closingLine > 0;
  }

  /** Finds a front matter block starting on the first line, or returns null. */
  static FrontMatterBlock find(String text) {
    FrontMatter.Syntax syntax;
    String delimiter;
    if (text.startsWith("---")) {
      syntax = FrontMatter.Syntax.YAML;
      delimiter = "---";
    } else if (text.startsWith("+++")) {
      syntax = FrontMatter.Syntax.TOML;
      delimiter = "+++";
    } else {
      return null;
    }
    int firstBreak = lineEnd(text, 0);
    if (!opens(text.substring(0, firstBreak), delimiter)) {
      return null; // "----" or "--- x": a thematic break or text, not front matter
    }
    int contentStart = afterBreak(text, firstBreak);
    int line = 2;
    int pos = contentStart;
    while (pos < text.length()) {
      int end = lineEnd(text, pos);
      String current = text.substring(pos, end);
      boolean closes =
          syntax == FrontMatter.Syntax.YAML
              ? closesYaml(current)
              : current.stripTrailing().equals(delimiter);
      if (closes) {
        return new FrontMatterBlock(syntax, contentStart, pos, afterBreak(text, end), 2, line);
      }
      pos = afterBreak(text, end);
      line++;
    }
    return new FrontMatterBlock(syntax, contentStart, text.length(), text.length(), 2, -1);
  }

  /** Whether the first line of a text opens a YAML block ({@code ---}, then only blanks). */
  static boolean opensYaml(String firstLine) {
    return opens(firstLine, "---");
  }

  private static boolean opens(String firstLine, String delimiter) {
    return firstLine.startsWith(delimiter) && firstLine.substring(delimiter.length()).isBlank();
  }

  /** Whether a line closes a YAML block: {@code ---} or {@code ...} at the line's start. */
  static boolean closesYaml(String line) {
    String current = line.stripTrailing();
    return current.equals("---") || current.equals("...");
  }

  private static int lineEnd(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  private static int afterBreak(String text, int lineEnd) {
    if (lineEnd >= text.length()) {
      return text.length();
    }
    if (text.charAt(lineEnd) == '\r'
        && lineEnd + 1 < text.length()
        && text.charAt(lineEnd + 1) == '\n') {
      return lineEnd + 2;
    }
    return lineEnd + 1;
  }
}
