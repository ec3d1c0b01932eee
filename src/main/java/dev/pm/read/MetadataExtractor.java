package dev.pm.read;

import dev.pm.model.Block;
import dev.pm.model.Cell;
import dev.pm.model.ListBlock;
import dev.pm.model.ListItem;
import dev.pm.model.Location;
import dev.pm.model.MetadataEntry;
import dev.pm.model.Paragraph;
import dev.pm.model.PostMortem;
import dev.pm.model.Row;
import dev.pm.model.SourceLine;
import dev.pm.model.Table;
import dev.pm.text.HeadingNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds labelled values in the body: rows of two-column tables ({@code | **Date** | 2026-03-14 |})
 * bold labels in paragraph lines and list items ({@code **Severity:** P2}), and a short heading
 * whose whole section is one line ({@code ### 1.2 Incident ID} over {@code INC-2026-03-14-01}, as
 * the review template writes them). Consistency rules compare them with the front matter.
 */
public final class MetadataExtractor {

  private static final Pattern BOLD_LABEL =
      Pattern.compile("^\\s*(?:[-*+]\\s+)?\\*\\*([^*]{1,60}?)\\s*:?\\s*\\*\\*\\s*:?\\s*(.*)$");

  /**
   * {@code Duration: 16h 45m}, {@code - Time to detection: 54 minutes}, {@code Key: value<br>}: a
   * plain label, read only for the incident's figures and times, where a bold label is not the
   * habit.
   */
  private static final Pattern PLAIN_FIGURE =
      Pattern.compile(
          "^\\s*(?:[-*+]\\s+)?((?i:(?:[a-z][a-z /()-]{0,40}?)?(?:duration|time to [a-z]+|mtt[dar]|downtime|outage length|(?:impact|time|outage|incident) (?:window|length)|start(?:ed)?|end(?:ed)?|began|resolved|mitigated|restored|recovered|detected|reported(?: on| at)?|detection|alerted|first report(?:ed)?|delay|elapsed|(?:resolution|recovery|repair|acknowledge?ment) time|date)[a-z ()]{0,40}?"
              // The service's state as the whole label: "Down: 12:00", "Up: 13:05" (never "Follow
              // up").
              + "|down|up|back up))\\s*:\\s*(\\S.*?)(?:<br\\s*/?>)?\\s*$");

  /**
   * {@code - 지속: 27분}, {@code Dauer: 2 Stunden}: the incident's length under a label in another
   * language.
   */
  private static final Pattern PLAIN_FOREIGN_DURATION =
      Pattern.compile(
          "^\\s*(?:[-*+]\\s+)?((?iu:"
              + FigureLabels.DURATION_WORDS
              + "))\\s*[:：]\\s*(\\S.*?)(?:<br\\s*/?>)?\\s*$");

  /** The label part of {@link #PLAIN_FIGURE}: a label of the incident's figures and times. */
  private static final Pattern FIGURE_LABEL =
      Pattern.compile(
          "(?i)(?:[a-z][a-z /()-]{0,40}?)?(?:duration|time to [a-z]+|mtt[dar]|downtime|outage length|(?:impact|time|outage|incident) (?:window|length)|start(?:ed)?|end(?:ed)?|began|resolved|mitigated|restored|recovered|detected|reported(?: on| at)?|detection|alerted|first report(?:ed)?|delay|elapsed|(?:resolution|recovery|repair|acknowledge?ment) time)[a-z ()]{0,40}?");

  // Compiled once, not per call: these run on every word or item of every file.
  private static final Pattern TRAILING_SPACES = Pattern.compile("\\s{2,}$");

  private MetadataExtractor() {}

  public static List<MetadataEntry> extract(PostMortem doc) {
    List<MetadataEntry> out = new ArrayList<>();
    for (Block block : doc.root().allBlocks()) {
      if (block instanceof Table table && table.header().size() == 2) {
        for (Row row : table.rows()) {
          if (row.cells().size() >= 2) {
            Cell label = row.cells().get(0);
            Cell value = row.cells().get(1);
            out.add(
                new MetadataEntry(
                    label.text(), HeadingNormalizer.key(label.text()), value.text(), value.at()));
          }
        }
      } else if (block instanceof Table table
          && table.header().size() > 2
          && table.rows().size() == 1) {
        summaryRow(table, out);
      } else if (block instanceof Paragraph p) {
        for (SourceLine line : p.lines()) {
          labelled(line.markdown(), line.at(), out);
        }
      } else if (block instanceof ListBlock list) {
        for (ListItem item : list.items()) {
          labelled(item.markdown(), item.at(), out);
        }
      }
    }
    doc.root().walk(section -> headed(section, out));
    return out;
  }

  /**
   * A one-row table whose headers are labels: {@code | Impact start | Impact end | Total downtime
   * |}. Only the incident's figures and times are taken from it, so no other rule starts comparing
   * such a table's cells with the front matter.
   */
  private static void summaryRow(Table table, List<MetadataEntry> out) {
    Row row = table.rows().get(0);
    for (int i = 0; i < table.header().size() && i < row.cells().size(); i++) {
      String label = table.header().get(i).text().trim();
      Cell value = row.cells().get(i);
      if (FIGURE_LABEL.matcher(label).matches() && !value.text().isBlank()) {
        out.add(
            new MetadataEntry(
                label, HeadingNormalizer.key(label), value.text().trim(), value.at()));
      }
    }
  }

  private static void headed(dev.pm.model.Section section, List<MetadataEntry> out) {
    if (section.isRoot() || !section.children().isEmpty() || section.blocks().size() != 1) {
      return;
    }
    String label = section.heading().text();
    if (section.blocks().get(0) instanceof Paragraph p
        && p.lines().size() == 1
        && label.length() <= 60) {
      out.add(new MetadataEntry(label, HeadingNormalizer.key(label), p.text().trim(), p.at()));
    }
  }

  /** A plain label of a figure or time, matched; or null. */
  private static Matcher plainFigure(String markdown) {
    // Both patterns need a colon, which most lines lack: skip them there (same answer, less work).
    if (markdown.indexOf(':') < 0 && markdown.indexOf('：') < 0) {
      return null;
    }
    Matcher plain = PLAIN_FIGURE.matcher(markdown);
    if (plain.matches()) {
      return plain;
    }
    Matcher foreign = PLAIN_FOREIGN_DURATION.matcher(markdown);
    return foreign.matches() ? foreign : null;
  }

  private static void labelled(String markdown, Location at, List<MetadataEntry> out) {
    Matcher plain = markdown.contains("**") ? null : plainFigure(markdown);
    if (plain != null) {
      String label = plain.group(1).trim();
      out.add(new MetadataEntry(label, HeadingNormalizer.key(label), plain.group(2).trim(), at));
      return;
    }
    Matcher m = BOLD_LABEL.matcher(markdown);
    if (m.matches()) {
      String label = m.group(1).trim();
      String value = TRAILING_SPACES.matcher(m.group(2).trim()).replaceAll("");
      int column = at.column() + Math.max(0, markdown.indexOf(m.group(2), m.start(2)));
      out.add(
          new MetadataEntry(
              label, HeadingNormalizer.key(label), value, new Location(at.line(), column)));
    }
  }
}
