package dev.pm.index;

/**
 * Escapes text from a document for one cell of a Markdown table: it must not end the cell, start a
 * tag or an entity, or become a link, emphasis or code.
 */
final class MarkdownCell {

  private MarkdownCell() {}

  static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.replaceAll("[\\r\\n\\t]+", " ").strip().toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '|', '\\', '[', ']', '*', '_', '`', '~', '#', '!' -> out.append('\\').append(c);
        default -> out.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return out.toString();
  }
}
