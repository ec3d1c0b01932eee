package dev.pm.read;

import dev.pm.model.Cell;
import dev.pm.model.Row;
import dev.pm.model.Table;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Where a timeline table writes each row's time: in one column ({@code | Time (UTC) | Event |}), or
 * split into a column of dates and one of times of day ({@code | Date | Time (UTC) | Event |},
 * {@code | Day | Hour | What |}, a {@code Timestamp} header over two cells), the date often only on
 * the first row of each day and blank below it.
 *
 * <p>The split is found by what the columns hold, whatever their headers say: one column whose
 * filled cells are all dates without a time, its first row filled, and another where most rows
 * begin with a clock time and give no date. A row's moment is then its date cell and its time cell
 * read together; a blank date cell leaves the day to the {@link TimeReader}, which carries the last
 * date down (and past midnight).
 *
 * <p>A time cell may be compact ({@code 0251Z}, {@code 14h05}); four digits alone ({@code 1845})
 * are read as a time only in a column whose header names a time, since elsewhere they may be a year
 * or a count.
 */
final class TimeCells {

  /** Any year will do to tell whether a cell is a date: "Mon 3 March". */
  private static final LocalDate SOME_YEAR = LocalDate.of(2000, 1, 1);

  /** A header naming the time of day: "Time (UTC)", "Hour", "Heure", "Uhrzeit", "Hora", "時刻". */
  private static final Pattern NAMES_TIME =
      Pattern.compile("(?iu)time|when|\\butc\\b|hour|heure|zeit|\\bhora\\b|時刻|時間|时间|시각");

  /** Four digits alone in a time column, a 24-hour time: {@code 1845}, {@code 0905 hrs}. */
  private static final Pattern BARE_HHMM =
      Pattern.compile("(?i)^((?:[01]\\d|2[0-3]))([0-5]\\d)(\\s*(?:Z|UTC|GMT|hrs?)?)$");

  /** A column of dates the work is planned for: "Due", "Target date", "ETA", "Deadline". */
  static final Pattern PLANNED_DATE =
      Pattern.compile("(?i)\\b(?:due|target|eta|deadline|by when|planned)\\b");

  private final Table table;
  private final int timeColumn;
  private final int dateColumn;

  private TimeCells(Table table, int timeColumn, int dateColumn) {
    this.table = table;
    this.timeColumn = timeColumn;
    this.dateColumn = dateColumn;
  }

  static TimeCells of(Table table) {
    int dates = dateColumn(table);
    if (dates >= 0) {
      for (int i = 0; i < table.header().size(); i++) {
        if (i != dates && holdsTimesOfDay(table, i)) {
          return new TimeCells(table, i, dates);
        }
      }
    }
    return new TimeCells(table, namedTimeColumn(table), -1);
  }

  /** The column that holds the times of day (with their dates, when there is no date column). */
  int timeColumn() {
    return timeColumn;
  }

  /** The column of dates beside the times, or -1. */
  int dateColumn() {
    return dateColumn;
  }

  /** The row's time cell as {@link TimeReader} reads it (compact times with a colon), or "". */
  String time(Row row) {
    String text = row.cell(timeColumn).map(Cell::text).orElse("").strip();
    if (text.isEmpty()) {
      return text;
    }
    String read = TimeReader.withColon(text);
    if (read.equals(text) && namesTime(timeColumn)) {
      var bare = BARE_HHMM.matcher(text);
      if (bare.matches()) {
        return bare.group(1) + ":" + bare.group(2) + bare.group(3);
      }
    }
    return read;
  }

  /**
   * The row's moment as written: its date cell, when filled, then its time; "" when the row has no
   * time.
   */
  String when(Row row) {
    String time = time(row);
    String date = row.cell(dateColumn).map(Cell::text).orElse("").strip();
    return time.isEmpty() || date.isEmpty() ? time : date + " " + time;
  }

  /** The header of the time column, or "" for a table narrower than it. */
  String timeHeader() {
    return timeColumn < table.header().size() ? table.header().get(timeColumn).text() : "";
  }

  private boolean namesTime(int column) {
    return column < table.header().size()
        && NAMES_TIME.matcher(table.header().get(column).text()).find();
  }

  /** The first column whose header names a time or date ("When (UTC)"), else the first. */
  private static int namedTimeColumn(Table table) {
    for (int i = 0; i < table.header().size(); i++) {
      String key = table.header().get(i).key();
      if (key.contains("time")
          || key.contains("date")
          || key.contains("when")
          || key.equals("utc")) {
        return i;
      }
    }
    return 0;
  }

  /**
   * The first column that holds dates alone, filled on the first row, and not a plan's dates ("Due
   * date").
   */
  private static int dateColumn(Table table) {
    if (table.rows().isEmpty()) {
      return -1;
    }
    for (int i = 0; i < table.header().size(); i++) {
      if (PLANNED_DATE.matcher(table.header().get(i).text()).find()
          || table.rows().get(0).cell(i).map(Cell::text).orElse("").isBlank()) {
        continue;
      }
      boolean allDates = true;
      for (Row row : table.rows()) {
        String text = row.cell(i).map(Cell::text).orElse("").strip();
        if (!text.isEmpty()
            && (TimeReader.date(text, SOME_YEAR).isEmpty() || TimeReader.time(text).isPresent())) {
          allDates = false;
          break;
        }
      }
      if (allDates) {
        return i;
      }
    }
    return -1;
  }

  /** Most rows begin with a clock time and give no date: at least two, more than half. */
  private static boolean holdsTimesOfDay(Table table, int column) {
    TimeCells cells = new TimeCells(table, column, -1);
    int timed = 0;
    for (Row row : table.rows()) {
      String text = cells.time(row);
      if (TimedSections.startsWithClock(text) && TimeReader.date(text, SOME_YEAR).isEmpty()) {
        timed++;
      }
    }
    return timed >= 2 && timed * 2 > table.rows().size();
  }
}
