package dev.pm.io;

/**
 * Makes text from a document or a file name safe to print to a terminal or a CI log.
 *
 * <p>Rationale: a file name or front matter value may hold a newline (which lets it start a fake
 * {@code ::error} workflow command on the GitHub runner, which parses stderr too), ESC sequences
 * (which erase or hide lines and, with OSC 52, write the clipboard) or bidirectional overrides
 * (which reorder what the reader sees). Every C0 and C1 control except tab, DEL, the line and
 * paragraph separators and the bidi controls become a visible escape such as {@code \n}, {@code \e}
 * or {@code \u202E}; everything else, including non-ASCII text, is kept as it is.
 */
public final class Escape {

  private Escape() {}

  /** {@code value} with every control character replaced by a visible escape; null stays null. */
  public static String text(String value) {
    return escape(value, false);
  }

  /**
   * As {@link #text}, but line feeds and CR LF pairs stay as they are: for a CSV cell, whose
   * quoting keeps a line break inside the cell. A lone CR, which would return a terminal to the
   * start of the line to overwrite it, is still escaped.
   */
  public static String keepingLineBreaks(String value) {
    return escape(value, true);
  }

  private static String escape(String value, boolean keepLineBreaks) {
    if (value == null) {
      return null;
    }
    int i = 0;
    while (i < value.length() && !mustEscape(value, i, keepLineBreaks)) {
      i++;
    }
    if (i == value.length()) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length() + 8).append(value, 0, i);
    for (; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!mustEscape(value, i, keepLineBreaks)) {
        out.append(c);
        continue;
      }
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case 0x1B -> out.append("\\e");
        case 0 -> out.append("\\0");
        default ->
            out.append(
                c < 0x100 ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
      }
    }
    return out.toString();
  }

  private static boolean mustEscape(String value, int i, boolean keepLineBreaks) {
    char c = value.charAt(i);
    if (!isControl(c)) {
      return false;
    }
    boolean lineBreak =
        c == '\n' || (c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n');
    return !(keepLineBreaks && lineBreak);
  }

  /** True for the characters {@link #text} replaces. */
  public static boolean isControl(char c) {
    return (c < 0x20 && c != '\t')
        || (c >= 0x7F && c <= 0x9F)
        || c == 0x2028
        || c == 0x2029
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200E
        || c == 0x200F
        || c == 0x061C;
  }

  /**
   * Percent-encodes a forward-slash path as a URI path: unreserved characters and {@code /} stay,
   * every other UTF-8 byte becomes {@code %XX}. That includes {@code :}, which in a relative
   * reference's first segment would read as a scheme ({@code javascript:}), and brackets and
   * parentheses, which would end a Markdown link.
   */
  public static String uriPath(String path) {
    StringBuilder sb = new StringBuilder(path.length() + 16);
    for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~'
          || c == '/') {
        sb.append((char) c);
      } else {
        sb.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return sb.toString();
  }
}
