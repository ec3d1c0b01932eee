package dev.pm.stats;

import dev.pm.io.Escape;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One row per action item, RFC 4180 quoting by commons-csv. A text cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or CR gets a leading {@code '} (OWASP's advice against CSV
 * injection: a spreadsheet would run it as a formula, {@code =HYPERLINK(...)} or a DDE payload);
 * numbers such as {@code -3} stay numbers. Control characters from documents are visible escapes,
 * as in the text output (CSV is often read on a terminal), except line feeds, which the quoting
 * keeps inside the cell. {@code raw} writes every cell as it is.
 */
final class CsvRenderer implements StatsRenderer {

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");

  private final boolean raw;

  CsvRenderer(boolean raw) {
    this.raw = raw;
  }

  /** The cell as a spreadsheet will not evaluate it. */
  static String neutralise(String cell) {
    if (cell.isEmpty()
        || "=+-@\t\r".indexOf(cell.charAt(0)) < 0
        || NUMBER.matcher(cell).matches()) {
      return cell;
    }
    return "'" + cell;
  }

  private Object cell(Object value) {
    return raw || !(value instanceof String s) ? value : neutralise(Escape.keepingLineBreaks(s));
  }

  private static final String[] HEADER = {
    "incident",
    "incident_title",
    "incident_date",
    "severity",
    "file",
    "line",
    "id",
    "action",
    "owner",
    "due",
    "status",
    "overdue",
    "type",
    "age_days",
    "links"
  };

  @Override
  public void write(StatsResult r, PrintWriter out) {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).get();
    try {
      CSVPrinter printer = new CSVPrinter(out, format);
      for (ItemRow row : r.items()) {
        Object[] cells = {
          row.incident().id(),
          row.incident().title(),
          row.incident().date().map(Object::toString).orElse(""),
          row.incident().severity(),
          row.incident().file(),
          row.line(),
          row.id(),
          row.action(),
          row.owner(),
          row.due(),
          row.item().status().wireName(),
          row.overdue(),
          row.type(),
          row.ageDays().map(String::valueOf).orElse(""),
          String.join(" ", row.item().links())
        };
        for (Object c : cells) {
          printer.print(cell(c));
        }
        printer.println();
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
