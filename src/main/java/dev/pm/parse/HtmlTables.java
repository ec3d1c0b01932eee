package dev.pm.parse;

import dev.pm.model.Cell;
import dev.pm.model.Location;
import dev.pm.model.Row;
import dev.pm.model.Table;
import dev.pm.text.HeadingNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * A table written in HTML ({@code <table>}, {@code <tr>}, {@code <th>}, {@code <td>}), as a wiki
 * export or a hand-written post-mortem has it when cells need line breaks. Markdown keeps it as raw
 * HTML; a person reads it as any table, the first row its header. jsoup parses it as a browser
 * would (unclosed cells, implied rows, every named and numeric entity) and tracks where each
 * element starts, so findings point into the document.
 */
final class HtmlTables {

  /** Past this, raw HTML is a page pasted in, not a table someone wrote: left as HTML. */
  private static final int MAX_CHARS = 200_000;

  private HtmlTables() {}

  /**
   * The table {@code html} writes, its places found through {@code at} from offsets in the block,
   * or empty when the block is not one table with a header and a row.
   */
  static Optional<Table> of(String html, IntFunction<Location> at) {
    if (html.length() > MAX_CHARS || !isOneTable(html)) {
      return Optional.empty();
    }
    Document document = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
    Element table = document.selectFirst("table");
    if (table == null) {
      return Optional.empty();
    }
    List<Row> rows = new ArrayList<>();
    for (Element row : table.select("tr")) {
      if (!table.equals(row.closest("table"))) {
        continue; // a row of a table nested in a cell belongs to that cell's text
      }
      List<Cell> cells = new ArrayList<>();
      for (Element cell : row.children()) {
        if (cell.nameIs("th") || cell.nameIs("td")) {
          cells.add(cell(cell, at.apply(contentStart(cell))));
        }
      }
      if (!cells.isEmpty()) {
        rows.add(new Row(cells, at.apply(start(row.sourceRange(), contentStart(row)))));
      }
    }
    if (rows.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(new Table(rows.get(0).cells(), rows.subList(1, rows.size()), at.apply(0)));
  }

  /** Cheap before jsoup is loaded: most HTML blocks in post-mortems are comments or line breaks. */
  private static boolean isOneTable(String html) {
    String block = html.strip().toLowerCase(Locale.ROOT);
    return block.startsWith("<table") && block.endsWith("</table>");
  }

  private static Cell cell(Element cell, Location location) {
    String text = cell.text();
    List<String> links = new ArrayList<>();
    for (Element link : cell.select("a[href]")) {
      links.add(link.attr("href"));
    }
    return new Cell(text, text, HeadingNormalizer.key(text), links, location);
  }

  /** Where the element's content begins: after its start tag, or where it was implied. */
  private static int contentStart(Element element) {
    Range tag = element.sourceRange();
    return tag.isTracked() && !tag.isImplicit() ? tag.endPos() : 0;
  }

  private static int start(Range tag, int fallback) {
    return tag.isTracked() && !tag.isImplicit() ? tag.startPos() : fallback;
  }
}
