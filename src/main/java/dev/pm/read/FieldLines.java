package dev.pm.read;

import dev.pm.model.Cell;
import dev.pm.model.Location;
import dev.pm.model.Row;
import dev.pm.model.SourceLine;
import dev.pm.model.Table;
import dev.pm.text.HeadingNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An action item written as lines of fields, one "Name: value" a line, as a form or a tracker's
 * export prints it: "Action: Validate the secret", "Owner: @ana", "Due: 2026-06-01". It is a table
 * of items turned sideways written without pipes, and is read as one ({@link TurnedTables}): every
 * name must be a field of an item and one of them the action or a heading naming it, so a block of
 * incident facts ("Severity: 2", "Duration: 3h") is never taken for an item.
 */
final class FieldLines {

  /** "Owner: @ana", "**Owner:** @ana", "**Owner**: @ana", "- Due: 2026-06-01". */
  private static final Pattern FIELD =
      Pattern.compile(
          "^\\s*(?:[-*+]\\s+)?(?:\\*\\*|__)?(\\p{L}[\\p{L}\\p{N} ()/.'-]{0,30}?)\\s*"
              + "(?::\\s*(?:\\*\\*|__)|(?:\\*\\*|__)\\s*:|:)\\s*(\\S.*?)\\s*$");

  /** A heading that opens with the item's key: "AI-3: Document ...", "OPS-1234 - Add ...". */
  private static final Pattern KEYED =
      Pattern.compile("^([A-Z][A-Z0-9]*-\\d+)\\s*[:.\\-\\u2013\\u2014]?\\s+(\\S.*)$");

  private static final Pattern MARKUP = Pattern.compile("\\*\\*|__|`|~~");

  private FieldLines() {}

  /** The lines as a two-column table of names and values, when every line is "Name: value". */
  static Optional<Table> of(List<SourceLine> lines) {
    List<Row> rows = new ArrayList<>();
    for (SourceLine line : lines) {
      Matcher m = FIELD.matcher(line.markdown());
      if (!m.matches()) {
        return Optional.empty();
      }
      rows.add(row(m.group(1), m.group(2), line.at()));
    }
    return rows.size() < 2
        ? Optional.empty()
        : Optional.of(
            new Table(rows.get(0).cells(), rows.subList(1, rows.size()), rows.get(0).at()));
  }

  /**
   * The lines under a heading that names one item ("### AI-3: Document the reindex"), led by that
   * heading as the item's action: "Owner: @ana", "Status: Done".
   */
  static Optional<Table> under(String heading, Location at, List<SourceLine> lines) {
    List<SourceLine> all = new ArrayList<>();
    Matcher keyed = KEYED.matcher(heading);
    if (keyed.matches()) {
      all.add(new SourceLine("ID: " + keyed.group(1), at));
    }
    all.add(new SourceLine("Action: " + (keyed.matches() ? keyed.group(2) : heading), at));
    all.addAll(lines);
    return of(all);
  }

  private static Row row(String name, String value, Location at) {
    return new Row(List.of(cell(name, at), cell(value, at)), at);
  }

  private static Cell cell(String markdown, Location at) {
    String text = MARKUP.matcher(markdown).replaceAll("").strip();
    return new Cell(text, markdown.strip(), HeadingNormalizer.key(text), List.of(), at);
  }
}
