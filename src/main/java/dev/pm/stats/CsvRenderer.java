package dev.pm.stats;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** One row per action item, RFC 4180 quoting by commons-csv. */
final class CsvRenderer implements StatsRenderer {

  private static final String[] HEADER = {
    "incident", "incident_title", "incident_date", "severity", "file", "line", "id", "action", "owner", "due", "status", "overdue", "type", "age_days", "links"
  };

  @Override
  public void write(StatsResult r, PrintWriter out) {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).get();
    try {
      CSVPrinter printer = new CSVPrinter(out, format);
      for (ItemRow row : r.items()) {
        printer.printRecord(row.incident().id(), row.incident().title(), row.incident().date().map(Object::toString).orElse(""), row.incident().severity(),
            row.incident().file(), row.line(), row.id(), row.action(), row.owner(), row.due(), row.item().status().wireName(),
            row.overdue(), row.type(), row.ageDays().map(String::valueOf).orElse(""), String.join(" ", row.item().links()));
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
