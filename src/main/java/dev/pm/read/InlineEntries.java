package dev.pm.read;

import dev.pm.model.ActionItem;
import dev.pm.model.ActionStatus;
import dev.pm.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered entries written on one line: "1. Add an alert 2. Review the config 3. Load-test", "(1)
 * Document (2) Remove", "1、增加告警 2、压测", "（1）补充（2）更新", "① ② ③". A person reads each number as one
 * item; Markdown sees one list item or one paragraph.
 *
 * <p>Only a run of consecutive numbers in one style counts, so a lone "2." ("scale from 1 to 2.
 * Then ...") or a version number never splits a sentence.
 */
final class InlineEntries {

  /** One marker: its number in the group for its style. */
  private static final Pattern MARKER =
      Pattern.compile(
          "(?:^|(?<=[\\s\\u3002\\uff1b;\\uff0c,]))(\\d{1,2})([.)])(?=\\s+\\S)" // 1. 1)
              + "|(?<!\\d)(\\d{1,2})([\\u3001\\uff0e])(?=\\S)" // 1、 1．
              + "|([(\\uff08])(\\d{1,2})[)\\uff09]" // (1) （1）
              + "|([\\u2460-\\u2473])"); // ① to ⑳

  private static final Pattern TRAILING = Pattern.compile("[\\s;,\\uff1b\\uff0c\\u3001\\u3002]+$");

  /** Text before the first entry that introduces the run: "We will:", "Next steps:". */
  private static final Pattern INTRO = Pattern.compile("^[^\\n]{0,120}[:\\uff1a]\\s*$");

  private InlineEntries() {}

  private record Marker(int start, int end, int number, String style) {}

  /**
   * The entries of {@code text} when it holds a run of at least {@code minMarkers} consecutive
   * numbers starting at {@code first}; empty otherwise. With {@code first} 1 the run must open the
   * text (after an introduction ending with a colon); with a larger {@code first} the text is the
   * rest of an entry already numbered by its list, and the words before the run are the first
   * entry.
   */
  static List<String> entries(String text, int first, int minMarkers) {
    return found(text, first, minMarkers).stream().map(Entry::text).toList();
  }

  /** An entry and where it starts in the text it was read from. */
  record Entry(String text, int offset) {}

  static List<Entry> found(String text, int first, int minMarkers) {
    if (text.length() > 2000) {
      return List.of(); // a paragraph that long is prose; a numbered line is short
    }
    List<Marker> run = run(markers(text), first);
    if (run.size() < minMarkers) {
      return List.of();
    }
    List<Entry> entries = new ArrayList<>();
    String before = text.substring(0, run.get(0).start());
    if (first == 1) {
      if (!before.isBlank() && !INTRO.matcher(before).matches()) {
        return List.of();
      }
    } else {
      entries.add(entry(before, 0));
    }
    for (int i = 0; i < run.size(); i++) {
      int end = i + 1 < run.size() ? run.get(i + 1).start() : text.length();
      entries.add(entry(text.substring(run.get(i).end(), end), run.get(i).end()));
    }
    List<Entry> clean = entries.stream().filter(e -> !e.text().isBlank()).toList();
    return clean.size() >= 2 ? clean : List.of();
  }

  private static Entry entry(String raw, int offset) {
    int lead = raw.length() - raw.stripLeading().length();
    return new Entry(TRAILING.matcher(raw.strip()).replaceAll(""), offset + lead);
  }

  /**
   * One item per entry when {@code read}'s text is a numbered run; the item itself otherwise. An
   * entry's own status words are its status; one entry's "(done)" says nothing of the others.
   */
  static List<ActionItem> split(ActionItem read, int first, int minMarkers) {
    String text = read.action().orElse("");
    List<Entry> entries = found(text, first, minMarkers);
    if (entries.isEmpty()) {
      return List.of(read);
    }
    boolean fromWords = ItemStatus.of(text).isPresent();
    List<ActionItem> out = new ArrayList<>();
    for (Entry entry : entries) {
      Optional<ActionStatus> own = ItemStatus.of(entry.text());
      ActionStatus status = own.orElse(fromWords ? ActionStatus.OPEN : read.status());
      out.add(
          ActionItemExtractor.item(
              read.form(),
              entry.text(),
              read.type().orElse(null),
              status,
              read.links(),
              at(read.at(), entry.offset())));
    }
    return out;
  }

  /**
   * Where an entry stands: the line of its run, a column of its own, so each entry is an item of
   * its own place (items at one place are one item).
   */
  static Location at(Location run, int offset) {
    return new Location(run.line(), run.column() + offset);
  }

  /** A number after these words is a quantity ("scale to 2. Then ..."), not an entry's number. */
  private static final Pattern QUANTITY_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:to|from|by|of|than|at|version|v|under|over|about|around|step|phase|level|size|is|was|were|are|only|x)\\s*$");

  private static List<Marker> markers(String text) {
    List<Marker> found = new ArrayList<>();
    Matcher m = MARKER.matcher(text);
    while (m.find()) {
      if (m.group(1) != null && QUANTITY_BEFORE.matcher(text.substring(0, m.start())).find()) {
        continue;
      }
      if (m.group(1) != null) {
        found.add(new Marker(m.start(), m.end(), Integer.parseInt(m.group(1)), m.group(2)));
      } else if (m.group(3) != null) {
        found.add(new Marker(m.start(), m.end(), Integer.parseInt(m.group(3)), "ideographic"));
      } else if (m.group(5) != null) {
        found.add(new Marker(m.start(), m.end(), Integer.parseInt(m.group(6)), "parenthesis"));
      } else {
        found.add(new Marker(m.start(), m.end(), m.group(7).charAt(0) - 0x2460 + 1, "circled"));
      }
    }
    return found;
  }

  /** The markers numbered first, first + 1, ... in one style; others are part of the text. */
  private static List<Marker> run(List<Marker> markers, int first) {
    List<Marker> run = new ArrayList<>();
    for (Marker m : markers) {
      if (run.isEmpty()) {
        if (m.number() == first) {
          run.add(m);
        }
      } else {
        Marker last = run.get(run.size() - 1);
        if (m.number() == last.number() + 1 && m.style().equals(last.style())) {
          run.add(m);
        }
      }
    }
    return run;
  }
}
