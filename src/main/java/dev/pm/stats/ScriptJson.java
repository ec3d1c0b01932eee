package dev.pm.stats;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;

/**
 * JSON made safe to stand inside an HTML {@code <script>} element. The HTML parser ends a script at
 * {@code </script}, and {@code <!--} (with a later {@code <script}) changes how it reads on; U+2028
 * and U+2029 end a line in older JavaScript. Every {@code <}, {@code >} and {@code &} and those two
 * characters are written as JSON {@code \\u} escapes, which read back as the same string.
 *
 * <p>Rationale: replacing them everywhere in the text is safe because JSON has them only inside
 * strings (its syntax is brackets, braces, quotes, digits and letters), where a {@code \\u} escape
 * means the same character; HTML entities would not be decoded in a script. It is a writer that
 * escapes as the JSON passes through, so the page's data (a row per action item) is never held as
 * one string.
 */
final class ScriptJson extends FilterWriter {

  private ScriptJson(Writer out) {
    super(out);
  }

  /** A writer that escapes what it is given and passes it to {@code out}. */
  static Writer escaping(Writer out) {
    return new ScriptJson(out);
  }

  @Override
  public void write(int c) throws IOException {
    switch (c) {
      case '<' -> out.write("\\u003c");
      case '>' -> out.write("\\u003e");
      case '&' -> out.write("\\u0026");
      case '\u2028' -> out.write("\\u2028");
      case '\u2029' -> out.write("\\u2029");
      default -> out.write(c);
    }
  }

  @Override
  public void write(char[] text, int offset, int length) throws IOException {
    escape(CharBuffer.wrap(text), offset, length);
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    escape(text, offset, length);
  }

  /** Passes runs of safe characters on whole and escapes the characters between them. */
  private void escape(CharSequence text, int offset, int length) throws IOException {
    int start = offset;
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      char c = text.charAt(i);
      if (c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
        out.append(text, start, i);
        write(c);
        start = i + 1;
      }
    }
    out.append(text, start, end);
  }

  /** Closing the script's data must not close the page it is written into. */
  @Override
  public void close() throws IOException {
    flush();
  }
}
