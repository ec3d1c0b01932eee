package dev.pm.read;

import dev.pm.model.Block;
import dev.pm.model.ListBlock;
import dev.pm.model.ListItem;
import dev.pm.model.Location;
import dev.pm.model.MetadataEntry;
import dev.pm.model.Paragraph;
import dev.pm.model.PostMortem;
import dev.pm.model.SourceLine;
import dev.pm.text.HeadingNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines that name a moment and give its date and time, with or without a colon: the "Key events"
 * list ({@code - Fault occurs 2020-02-12 11:45}, {@code - Resolved 2020-02-12 12:07}), nested under
 * a bold label or not, and lines such as {@code Service fully restored: 11 Jan 2023 15:51} or
 * {@code Incident resolved at 15:51 UTC}. They are read only for the incident's start and end
 * ({@link IncidentTimes} keeps the ones whose label says start or end): they are not metadata,
 * which PM601 compares with the front matter.
 *
 * <p>A line counts only when it is nothing but a short label followed by the moment, so a sentence
 * or a timeline entry ("15:51 resolved", "we deployed at 15:40 and ...") is not one.
 */
final class KeyEventLines {

  /**
   * A label of at most six words, possibly bold, then an optional colon or dash, then a value that
   * begins with a digit or a month name and is short.
   */
  private static final Pattern LINE =
      Pattern.compile(
          "^\\s*(?:[-*+]\\s+|\\d{1,2}[.)]\\s+)?(?:\\*\\*|__)?(\\p{L}[\\p{L}'’-]*(?:\\s+\\p{L}[\\p{L}'’-]*){0,5})(?:\\*\\*|__)?"
              + "\\s*(?:[:：]|\\s[-–—])?\\s*(?:\\*\\*|__)?\\s*((?:\\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))[^|]{0,40}?)"
              + "\\s*(?:<br\\s*/?>)?\\s*$");

  private KeyEventLines() {}

  static List<MetadataEntry> read(PostMortem doc) {
    List<MetadataEntry> out = new ArrayList<>();
    for (Block block : doc.root().allBlocks()) {
      if (block instanceof Paragraph p) {
        boolean opensStatement = true;
        for (SourceLine line : p.lines()) {
          // A line wrapped out of a sentence ("... the thresholds\nstart at 09:00 every Monday")
          // is the sentence's tail, not a label: only a line that opens a statement may be one.
          boolean added = opensStatement && add(line.markdown(), line.at(), out);
          opensStatement = added || endsStatement(line.markdown());
        }
      } else if (block instanceof ListBlock list) {
        list.items().forEach(item -> addItem(item, out));
      }
    }
    return out;
  }

  private static void addItem(ListItem item, List<MetadataEntry> out) {
    add(item.markdown(), item.at(), out);
    item.children().forEach(child -> addItem(child, out));
  }

  private static boolean add(String markdown, Location at, List<MetadataEntry> out) {
    // A moment needs a clock time, which needs an ASCII digit: most lines have none, and LINE is
    // costly on them (same answer, less work).
    if (!hasDigit(markdown)) {
      return false;
    }
    Matcher m = LINE.matcher(markdown);
    if (m.matches() && TimeReader.time(m.group(2)).isPresent()) {
      String label = m.group(1).trim();
      out.add(new MetadataEntry(label, HeadingNormalizer.key(label), m.group(2).trim(), at));
      return true;
    }
    return false;
  }

  /**
   * Whether a line ends a statement: a sentence's stop, a colon, a hard break ({@code <br>}, a
   * backslash, two spaces), or a figure, as a key-event line ends ({@code Start: 14:00}). Exactly
   * what the pattern <code>(?:[.!?:)\d]|&lt;br\s*&#47;?&gt;|\\)\s*$|\s{2}$</code> finds (checked
   * against it by {@code KeyEventLinesTest}), read from the line's end instead of tried at every
   * character: it runs on every line of every paragraph.
   */
  static boolean endsStatement(String line) {
    int length = line.length();
    // $ matches at the very end, and before one final line break that \s does not cover.
    return endsStatementAt(line, length)
        || (length > 0
            && "\u0085\u2028\u2029".indexOf(line.charAt(length - 1)) >= 0
            && endsStatementAt(line, length - 1));
  }

  private static boolean endsStatementAt(String line, int end) {
    int kept = end;
    while (kept > 0 && isSpace(line.charAt(kept - 1))) {
      kept--;
    }
    if (end - kept >= 2) {
      return true; // two spaces: a hard break
    }
    if (kept == 0) {
      return false;
    }
    char last = line.charAt(kept - 1);
    if (".!?:)\\".indexOf(last) >= 0 || (last >= '0' && last <= '9')) {
      return true;
    }
    if (last != '>') {
      return false;
    }
    int i = kept - 2; // <br>, <br/>, <br />
    if (i >= 0 && line.charAt(i) == '/') {
      i--;
    }
    while (i >= 0 && isSpace(line.charAt(i))) {
      i--;
    }
    return i >= 2 && line.startsWith("<br", i - 2);
  }

  /**
   * {@code \s} without the Unicode flag: space, tab, line feed, vertical tab, form feed, return.
   */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }
}
