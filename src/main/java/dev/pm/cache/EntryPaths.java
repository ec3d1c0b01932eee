package dev.pm.cache;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * The two paths a cache entry names its file by, which its result repeats (a lint result names the
 * file as shown twice and absolute once): a text value equal to one of them is written as the
 * number {@value #SHOWN} or {@value #PATH} instead of the text again. Numbers never stand for text
 * otherwise, so the two cannot be confused; any other number where text belongs, or a reference
 * read before the entry's paths, makes the cache unreadable (it is then ignored), never a wrong
 * path.
 *
 * @param shown the path as the run showed it, or null before it is read
 * @param path the absolute path, or null before it is read
 */
record EntryPaths(String shown, String path) {

  /** No paths to refer to: every text is written out (values outside an entry). */
  static final EntryPaths NONE = new EntryPaths(null, null);

  static final int SHOWN = 0;
  static final int PATH = 1;

  void write(JsonGenerator out, String text) throws IOException {
    if (shown != null && shown.equals(text)) {
      out.writeNumber(SHOWN);
    } else if (path != null && path.equals(text)) {
      out.writeNumber(PATH);
    } else {
      out.writeString(text);
    }
  }

  /** The path the number at the parser's current token refers to. */
  String read(JsonParser in) throws IOException {
    long reference = in.getLongValue();
    String text = reference == SHOWN ? shown : reference == PATH ? path : null;
    if (text == null) {
      throw new IOException(
          "a reference to no path of the entry (" + reference + ") at " + in.currentLocation());
    }
    return text;
  }
}
