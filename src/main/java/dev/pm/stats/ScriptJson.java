package dev.pm.stats;

/**
 * JSON made safe to stand inside an HTML {@code <script>} element. The HTML parser ends a script at
 * {@code </script}, and {@code <!--} (with a later {@code <script}) changes how it reads on; U+2028
 * and U+2029 end a line in older JavaScript. Every {@code <}, {@code >} and {@code &} and those two
 * characters are written as JSON {@code \\u} escapes, which read back as the same string.
 *
 * <p>Rationale: replacing them everywhere in the text is safe because JSON has them only inside
 * strings (its syntax is brackets, braces, quotes, digits and letters), where a {@code \\u} escape
 * means the same character; HTML entities would not be decoded in a script.
 */
final class ScriptJson {

  private ScriptJson() {}

  static String embed(String json) {
    StringBuilder out = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> out.append("\\u003c");
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
