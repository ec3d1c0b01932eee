package dev.pm.read;

import dev.pm.model.Block;
import dev.pm.model.Cell;
import dev.pm.model.ListBlock;
import dev.pm.model.ListItem;
import dev.pm.model.PostMortem;
import dev.pm.model.Row;
import dev.pm.model.Section;
import dev.pm.model.Table;
import dev.pm.model.TimelineEntry;
import dev.pm.parse.Dates;
import dev.pm.schema.TimelineSpec;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads timeline entries from the timeline sections (those the schema names, else those that hold a
 * timeline by their content, {@link TimedSections}): table rows (the time column is the first whose
 * header names a time or date), bullets that start with a time ({@code - 14:05 UTC: ...}, {@code
 * **14:05**}), and sub-headings that are timestamps (one heading per event).
 */
public final class TimelineExtractor {

  private static final java.util.regex.Pattern STATES_ZONE =
      java.util.regex.Pattern.compile("(?i)\\btimes?\\b");

  /** Emphasis around a line's time ({@code *06:00*}), which is no part of the entry's text. */
  private static final java.util.regex.Pattern EMPHASIS = java.util.regex.Pattern.compile("[*_]+");

  private TimelineExtractor() {}

  public static List<TimelineEntry> extract(PostMortem doc, TimelineSpec spec) {
    return extract(
        doc,
        spec,
        doc.frontMatter().flatMap(fm -> fm.text("date")).flatMap(Dates::find).orElse(null));
  }

  /**
   * The entries, where a time without a date before it is on {@code documentDate} (may be null).
   */
  public static List<TimelineEntry> extract(
      PostMortem doc, TimelineSpec spec, LocalDate documentDate) {
    ZoneOffset zone =
        doc.frontMatter()
            .flatMap(
                fm -> fm.text("timezone").or(() -> fm.text("time_zone")).or(() -> fm.text("tz")))
            .flatMap(text -> zoneOf(text.strip(), documentDate))
            .orElse(null);
    List<TimelineEntry> entries = new ArrayList<>();
    List<Section> named = SectionMatcher.findAll(doc, spec.sectionKeys());
    for (Section section : named.isEmpty() ? TimedSections.in(doc) : named) {
      TimeReader reader = new TimeReader(documentDate, zone);
      read(section, reader, entries);
    }
    return entries;
  }

  /**
   * A front matter zone: a region ({@code Europe/Berlin}, at the incident's date) or what an entry
   * could state.
   */
  private static Optional<ZoneOffset> zoneOf(String text, LocalDate date) {
    try {
      ZoneId id = ZoneId.of(text);
      return Optional.of(
          id.getRules().getOffset((date != null ? date : LocalDate.of(2000, 1, 1)).atTime(12, 0)));
    } catch (java.time.DateTimeException e) {
      return TimeReader.zone(text);
    }
  }

  private static void read(Section section, TimeReader reader, List<TimelineEntry> out) {
    for (Block block : section.blocks()) {
      if (block instanceof dev.pm.model.Paragraph p) {
        if (STATES_ZONE.matcher(p.text()).find()) {
          reader.noteZone(p.text()); // "All times are in UTC."
        }
        reader.noteDate(p.text()); // "On February 5th 2019:" dates the times that follow
        fromLines(p, reader, out);
      }
      if (block instanceof Table table) {
        fromTable(table, reader, out);
      } else if (block instanceof ListBlock list) {
        fromItems(list.items(), reader, out);
      }
    }
    for (Section child : section.children()) {
      String title = child.heading().text();
      if (TimeReader.LEADING_TIME.matcher(title).find()) {
        out.add(
            new TimelineEntry(title, reader.read(title), firstText(child), child.heading().at()));
      } else {
        reader.noteDate(title); // "### December 05, 2025" dates the entries below it
      }
      read(child, reader, out);
    }
  }

  /**
   * Lines of a paragraph that start with a time ({@code *06:00*: detected<br>}): timelines written
   * without bullets, one event per line.
   */
  private static void fromLines(
      dev.pm.model.Paragraph p, TimeReader reader, List<TimelineEntry> out) {
    for (dev.pm.model.SourceLine line : p.lines()) {
      String text = EMPHASIS.matcher(line.markdown()).replaceAll(" ").strip();
      if (TimeReader.LEADING_TIME.matcher(text).find()) {
        out.add(new TimelineEntry(text, reader.read(text), line.markdown(), line.at()));
      }
    }
  }

  /** Bullets that start with a time, at any depth: sub-bullets can be entries of their own. */
  private static void fromItems(List<ListItem> items, TimeReader reader, List<TimelineEntry> out) {
    for (ListItem item : items) {
      if (TimeReader.LEADING_TIME.matcher(item.text()).find()) {
        // The event as written: a marker such as "<END OF OUTAGE>" reads as HTML and is gone from
        // the plain text.
        out.add(
            new TimelineEntry(item.text(), reader.read(item.text()), item.markdown(), item.at()));
      }
      fromItems(item.children(), reader, out);
    }
  }

  private static void fromTable(Table table, TimeReader reader, List<TimelineEntry> out) {
    TimeCells cells = TimeCells.of(table);
    int eventColumn = -1;
    for (int i = 0; i < table.header().size() && eventColumn < 0; i++) {
      String key = table.header().get(i).key();
      if (i != cells.timeColumn()
          && i != cells.dateColumn()
          && (key.contains("event") || key.contains("description") || key.contains("what"))) {
        eventColumn = i;
      }
    }
    if (eventColumn < 0) {
      eventColumn = firstOther(cells);
    }
    table.header().forEach(h -> reader.noteZone(h.text())); // "Time (UTC)"
    for (Row row : table.rows()) {
      Optional<Cell> time = row.cell(cells.timeColumn());
      String when = cells.when(row);
      if (time.isEmpty() || when.isEmpty()) {
        continue;
      }
      String event = row.cell(eventColumn).map(Cell::text).orElse("");
      out.add(new TimelineEntry(time.get().text(), reader.read(when), event, time.get().at()));
    }
  }

  /** The first column that holds neither the time nor the date: the event, by default. */
  private static int firstOther(TimeCells cells) {
    int column = 0;
    while (column == cells.timeColumn() || column == cells.dateColumn()) {
      column++;
    }
    return column;
  }

  private static String firstText(Section section) {
    for (Block block : section.blocks()) {
      if (block instanceof dev.pm.model.Paragraph p) {
        return p.text();
      }
      if (block instanceof ListBlock list && !list.items().isEmpty()) {
        return list.items().get(0).text();
      }
    }
    return "";
  }
}
