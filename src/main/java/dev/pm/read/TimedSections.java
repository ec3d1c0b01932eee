package dev.pm.read;

import dev.pm.model.Block;
import dev.pm.model.ListBlock;
import dev.pm.model.ListItem;
import dev.pm.model.Paragraph;
import dev.pm.model.PostMortem;
import dev.pm.model.Row;
import dev.pm.model.Section;
import dev.pm.model.SourceLine;
import dev.pm.model.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sections that are a timeline by what they hold, whatever their heading says ("What happened",
 * "Zeitlicher Ablauf", "How it unfolded"): mostly list items, table rows (in the column a header
 * names a time, else the first) or lines that begin with a time or a date-time, possibly split
 * under date sub-headings ({@code ### Saturday, 9 May 2026}).
 *
 * <p>Read only when no section is named like a timeline. A section with one or two times in its
 * prose or bullets is the story told, not a timeline: it takes at least {@value #MIN_ENTRIES}
 * entries that begin with a time, and more of them than of everything else it holds.
 */
public final class TimedSections {

  static final int MIN_ENTRIES = 3;

  /** Emphasis around a line's time ({@code *06:00*}), as {@link TimelineExtractor} strips it. */
  private static final Pattern EMPHASIS = Pattern.compile("[*_]+");

  /** Any year will do to tell whether a short heading is a date: "### 12 March". */
  private static final LocalDate SOME_YEAR = LocalDate.of(2000, 1, 1);

  /** A date sub-heading is short; a longer heading that holds a date is a topic. */
  private static final int DATE_HEADING_LENGTH = 40;

  /** A clock time, as opposed to a date alone: "14:02", "2:05 pm", "9am". */
  private static final Pattern CLOCK = Pattern.compile("(?i)\\d[:.]\\d{2}|\\d\\s*[ap]\\.?m\\b");

  private TimedSections() {}

  /**
   * The sections that hold a timeline, outermost first, in document order. Each is given with only
   * the blocks that make it one: its own, and its sub-sections only when they are the days of the
   * timeline, so that sections after it at a deeper level are not read as entries.
   */
  static List<Section> in(PostMortem doc) {
    List<Section> found = new ArrayList<>();
    Section root = doc.root();
    if (tally(root.blocks()).isTimeline()) {
      found.add(new Section(root.heading(), root.blocks(), List.of()));
    }
    collect(root, found);
    return found;
  }

  /**
   * Whether a section holds a timeline by its content, whatever its heading: the one rule, shared
   * by the reader and by {@code pm schema derive}. A section named as follow-up work never does:
   * work with due dates first is a plan, not what happened.
   */
  public static boolean holds(Section section) {
    return !FollowUps.names(section.heading().text()) && tallyOf(section).isTimeline();
  }

  private static void collect(Section section, List<Section> found) {
    for (Section child : section.children()) {
      if (FollowUps.names(child.heading().text())) {
        continue;
      }
      if (tallyOf(child).isTimeline()) {
        boolean days = isSplitIntoDays(child);
        found.add(
            new Section(child.heading(), child.blocks(), days ? child.children() : List.of()));
      } else {
        collect(child, found);
      }
    }
  }

  /** The section's own entries, and those of its days when it is split into days. */
  private static Tally tallyOf(Section section) {
    Tally t = tally(section.blocks());
    if (isSplitIntoDays(section)) {
      for (Section part : section.children()) {
        if (startsWithTime(part.heading().text())) {
          t.count(true); // one heading per event: what follows it is the event's text
        } else {
          t.add(tally(part.blocks()));
        }
      }
    }
    return t;
  }

  /** Every sub-section is headed by a date ({@code ### 9 May 2026}) or a time (one per event). */
  private static boolean isSplitIntoDays(Section section) {
    return !section.children().isEmpty()
        && section.children().stream()
            .map(c -> c.heading().text())
            .allMatch(
                t ->
                    TimeReader.LEADING_TIME.matcher(t).find()
                        || (t.length() <= DATE_HEADING_LENGTH
                            && TimeReader.date(t, SOME_YEAR).isPresent()));
  }

  private static Tally tally(List<Block> blocks) {
    Tally t = new Tally();
    for (Block block : blocks) {
      if (block instanceof ListBlock list) {
        for (ListItem item : list.items()) {
          t.count(startsWithTime(item.text()));
        }
      } else if (block instanceof Table table) {
        TimeCells cells = TimeCells.of(table);
        for (Row row : table.rows()) {
          t.count(startsWithTime(cells.time(row)));
        }
      } else if (block instanceof Paragraph p) {
        int timed = 0;
        for (SourceLine line : p.lines()) {
          timed += startsWithTime(EMPHASIS.matcher(line.markdown()).replaceAll(" ")) ? 1 : 0;
        }
        // A paragraph of one event per line counts each; one of prose counts once, against.
        for (int i = 0; i < Math.max(timed, 1); i++) {
          t.count(timed > 0);
        }
      }
    }
    return t;
  }

  /**
   * A table of what happened, whatever its columns are called ("Time | Action | Who"): most rows
   * begin, in the column a header names a time (else the first), with a clock time. A follow-up
   * table's due or target dates carry no clock time, so a plan is never taken for one.
   */
  static boolean isTimeline(Table table) {
    TimeCells cells = TimeCells.of(table);
    if (TimeCells.PLANNED_DATE.matcher(cells.timeHeader()).find()) {
      return false;
    }
    int filled = 0;
    int clocked = 0;
    for (Row row : table.rows()) {
      String text = cells.time(row);
      if (!text.isEmpty()) {
        filled++;
        clocked += startsWithClock(text) ? 1 : 0;
      }
    }
    return clocked >= 2 && clocked * 2 > filled;
  }

  /** Whether a text begins with a clock time ("14:02", "2 pm"), not a date alone. */
  static boolean startsWithClock(String text) {
    Matcher time = TimeReader.LEADING_TIME.matcher(EMPHASIS.matcher(text).replaceAll(" ").strip());
    return time.find() && CLOCK.matcher(time.group()).find();
  }

  private static boolean startsWithTime(String text) {
    return TimeReader.LEADING_TIME.matcher(text.strip()).find();
  }

  /** Entries that begin with a time, and everything else. */
  private static final class Tally {
    private int timed;
    private int other;

    void count(boolean isTimed) {
      if (isTimed) {
        timed++;
      } else {
        other++;
      }
    }

    void add(Tally t) {
      timed += t.timed;
      other += t.other;
    }

    boolean isTimeline() {
      return timed >= MIN_ENTRIES && timed > other;
    }
  }
}
