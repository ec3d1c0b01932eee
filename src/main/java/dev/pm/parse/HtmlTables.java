package dev.pm.parse;

import dev.pm.model.Cell;
import dev.pm.model.Location;
import dev.pm.model.Row;
import dev.pm.model.Table;
import dev.pm.text.HeadingNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table written in HTML ({@code <table>}, {@code <tr>}, {@code <th>}, {@code <td>}), as a wiki
 * export or a hand-written post-mortem has it when cells need line breaks. Markdown keeps it as raw
 * HTML; a person reads it as any table, the first row its header.
 */
final class HtmlTables {

  private static final Pattern TABLE = Pattern.compile("(?is)^\\s*<table\\b.*</table>\\s*$");
  private static final Pattern ROW = Pattern.compile("(?is)<tr\\b[^>]*>(.*?)(?=<tr\\b|</table>|$)");
  private static final Pattern CELL =
      Pattern.compile("(?is)<t([hd])\\b[^>]*>(.*?)(?=</t[hd]>|<t[hd]\\b|</tr>|$)");
  private static final Pattern LINK = Pattern.compile("(?is)<a\\b[^>]*\\bhref=\"([^\"]+)\"");
  private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  /** Past this, raw HTML is a page pasted in, not a table someone wrote: left as HTML. */
  private static final int MAX_CHARS = 200_000;

  private HtmlTables() {}

  /**
   * The table {@code html} writes, its places found through {@code at} from offsets in the block,
   * or empty when the block is not one table with a header and a row.
   */
  static Optional<Table> of(String html, IntFunction<Location> at) {
    if (html.length() > MAX_CHARS || !TABLE.matcher(html).matches()) {
      return Optional.empty();
    }
    List<Row> rows = new ArrayList<>();
    Matcher row = ROW.matcher(html);
    while (row.find()) {
      List<Cell> cells = new ArrayList<>();
      Matcher cell = CELL.matcher(html).region(row.start(1), row.end(1));
      while (cell.find()) {
        String inner = cell.group(2);
        String text =
            SPACE.matcher(unescape(TAG.matcher(inner).replaceAll(" "))).replaceAll(" ").strip();
        List<String> links = new ArrayList<>();
        Matcher link = LINK.matcher(inner);
        while (link.find()) {
          links.add(link.group(1));
        }
        cells.add(
            new Cell(text, text, HeadingNormalizer.key(text), links, at.apply(cell.start(2))));
      }
      if (!cells.isEmpty()) {
        rows.add(new Row(cells, at.apply(row.start())));
      }
    }
    if (rows.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(new Table(rows.get(0).cells(), rows.subList(1, rows.size()), at.apply(0)));
  }

  private static String unescape(String text) {
    return text.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
