package dev.pm.read;

import dev.pm.model.ActionItem;
import dev.pm.model.ActionItemField;
import dev.pm.model.ActionStatus;
import dev.pm.model.Cell;
import dev.pm.model.Location;
import dev.pm.model.Row;
import dev.pm.model.Table;
import dev.pm.parse.Dates;
import dev.pm.parse.Placeholders;
import dev.pm.schema.ActionItemSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Action items written as table rows: which tables hold them, and each row's fields and status. */
final class TableItems {

  /** Text a draft leaves in a row it has not filled: "another item", "??", "...". */
  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "(?i)^(?:\\?+|\\.{2,}|…|-+|(?:(?:\\.{2,}|…)\\s*)?(?:another|an?|new|next|more|some|other)(?: action)? (?:item|action|task|one)s?|(?:item|action|task) ?\\d*|tbd|xxx+|\\d+[.)]?)$");

  private TableItems() {}

  /**
   * The table as a person reads it: when the separator row came first, Markdown leaves the header
   * empty and the real header is the first row.
   */
  static Table headed(Table table) {
    boolean blank = table.header().stream().allMatch(c -> c.text().isBlank());
    if (!blank || table.rows().isEmpty()) {
      return table;
    }
    return new Table(
        table.rows().get(0).cells(), table.rows().subList(1, table.rows().size()), table.at());
  }

  /** The table as a person reads it: headed as {@link #headed} says, and turned if sideways. */
  static Table asRead(Table table, ActionItemSpec spec) {
    Table headed = headed(table);
    return TurnedTables.turned(headed, spec).orElse(headed);
  }

  /**
   * A table carries action items when a column is the action by meaning ("Action item description",
   * "Follow-up", "Remediation", "Task"), or two other action-item columns (owner, due, status) are
   * there. Outside a follow-up section the action column must come with one of those.
   */
  static boolean isActionTable(Table table, ActionItemSpec spec, boolean inFollowUp) {
    if (TimedSections.isTimeline(table)) {
      return false; // "Time | Action | Who": the steps taken then, not work to do
    }
    int known = 0;
    for (ActionItemField f :
        List.of(ActionItemField.OWNER, ActionItemField.DUE, ActionItemField.STATUS)) {
      if (Columns.find(table, f, spec, Set.of()) >= 0) {
        known++;
      }
    }
    boolean action = Columns.find(table, ActionItemField.ACTION, spec, Set.of()) >= 0;
    if (!inFollowUp && !statesStatuses(table, spec)) {
      return false; // "Item | Status" over "Repaired via fsck", "Out of sync": a state report
    }
    return (action && (inFollowUp || known >= 1))
        || known >= 2
        || (inFollowUp && !action && wordyColumn(table, Set.of()) >= 0);
  }

  /**
   * Outside a follow-up section, a status column must read as statuses for the table to be one of
   * action items: most of its filled cells a status word ("Done", "Open", "[x]"). Cells describing
   * the state of things ("Restored after the fix") make it a table of what the incident did.
   */
  private static boolean statesStatuses(Table table, ActionItemSpec spec) {
    int column = Columns.find(table, ActionItemField.STATUS, spec, Set.of());
    if (column < 0) {
      return true;
    }
    int filled = 0;
    int statuses = 0;
    for (Row row : table.rows()) {
      String text = row.cell(column).map(Cell::markdown).orElse("").strip();
      if (!text.isEmpty()) {
        filled++;
        if (StatusNormalizer.read(text, spec.statuses()).isPresent()) {
          statuses++;
        }
      }
    }
    return filled == 0 || statuses * 2 >= filled;
  }

  /**
   * Under a follow-up heading, a table whose action column has a name we do not know (another
   * language: "Aksjon", "Maßnahme") is read by its first column of sentences: most cells three
   * words or more. A column of times, names or numbers is not one.
   */
  private static int wordyColumn(Table table, Set<Integer> taken) {
    for (int i = 0; i < table.header().size(); i++) {
      if (taken.contains(i)) {
        continue;
      }
      int filled = 0;
      int wordy = 0;
      for (Row row : table.rows()) {
        String text = row.cell(i).map(Cell::text).orElse("").strip();
        if (!text.isEmpty()) {
          filled++;
          if (text.split("\\s+", -1).length >= 3 && !text.matches("^[\\d\\W].*")) {
            wordy++;
          }
        }
      }
      if (filled > 0 && wordy * 2 > filled) {
        return i;
      }
    }
    return -1;
  }

  static void read(Table table, ItemGroup group, ActionItemSpec spec, List<ActionItem> out) {
    Map<ActionItemField, Integer> columns = new EnumMap<>(ActionItemField.class);
    Set<Integer> taken = new HashSet<>();
    // Fields in declaration order claim columns, so "Action Item ID" is the id, not the action.
    for (ActionItemField field : ActionItemField.values()) {
      int i = Columns.find(table, field, spec, taken);
      if (i >= 0) {
        columns.put(field, i);
        taken.add(i);
      }
    }
    if (!columns.containsKey(ActionItemField.ACTION)) {
      int wordy = wordyColumn(table, taken);
      if (wordy >= 0) {
        columns.put(ActionItemField.ACTION, wordy);
        taken.add(wordy);
      }
    }
    int notes = Columns.notes(table, spec, taken);
    for (Row row : table.rows()) {
      if (row.isBlank()) {
        continue;
      }
      Map<ActionItemField, String> values = new EnumMap<>(ActionItemField.class);
      Map<ActionItemField, Location> at = new EnumMap<>(ActionItemField.class);
      List<String> links = new ArrayList<>();
      for (var entry : columns.entrySet()) {
        Optional<Cell> cell = row.cell(entry.getValue());
        if (cell.isPresent()) {
          String text = asRead(entry.getKey(), cell.get());
          values.put(entry.getKey(), text.trim());
          at.put(entry.getKey(), cell.get().at());
        }
      }
      if (unfilled(values)) {
        continue;
      }
      // "??", "N/A", "TBD", "-", "@here": the writer did not know who; nobody owns the item yet
      String owner = values.getOrDefault(ActionItemField.OWNER, "");
      if (!owner.isBlank() && !Owners.someone(owner)) {
        values.remove(ActionItemField.OWNER);
        at.remove(ActionItemField.OWNER);
      }
      if (values.getOrDefault(ActionItemField.OWNER, "").isBlank()) {
        // "[Platform] Move locks to the new store" with the owner cell empty: the tag names the
        // team
        Optional<String> tag =
            Optional.ofNullable(columns.get(ActionItemField.ACTION))
                .flatMap(row::cell)
                .flatMap(c -> Owners.tag(c.markdown().replace("\\[", "[").replace("\\]", "]")));
        if (tag.isPresent()) {
          values.put(ActionItemField.OWNER, tag.get());
          at.put(ActionItemField.OWNER, at.get(ActionItemField.ACTION));
        }
      }
      for (Cell cell : row.cells()) {
        links.addAll(cell.links());
      }
      if (!values.containsKey(ActionItemField.TYPE) && group.type() != null) {
        values.put(ActionItemField.TYPE, group.type());
      }
      ActionStatus status = status(row, values, columns, notes, group, spec);
      Optional<java.time.LocalDate> due = Dates.parse(values.getOrDefault(ActionItemField.DUE, ""));
      out.add(
          new ActionItem(
              ActionItem.Form.TABLE_ROW,
              values,
              at,
              due,
              status,
              ActionItemExtractor.dedupe(links),
              row.at()));
    }
  }

  /**
   * The status column; else a notes column ("Done", "[Done](link)"); else a status word closing
   * another free column ("Bug: n/a DONE"); else the group's; else the action's own words.
   */
  private static ActionStatus status(
      Row row,
      Map<ActionItemField, String> values,
      Map<ActionItemField, Integer> columns,
      int notes,
      ItemGroup group,
      ActionItemSpec spec) {
    String statusText = values.getOrDefault(ActionItemField.STATUS, "");
    Optional<ActionStatus> stated =
        StatusNormalizer.read(statusText, spec.statuses())
            .map(StatusNormalizer.Reading::status)
            .or(() -> TrackerStatus.underWay(statusText));
    String notesText = notes >= 0 ? row.cell(notes).map(Cell::text).orElse("").trim() : "";
    if (stated.isPresent()) {
      return stated.get() == ActionStatus.DONE
              && ItemStatus.undone(notesText, values.getOrDefault(ActionItemField.ACTION, ""))
          ? ActionStatus.OPEN
          : stated.get();
    }
    if (!statusText.isBlank()) {
      return ActionStatus.UNKNOWN;
    }
    // "N/A" in a notes column says there is no note, not that the work was dropped
    return StatusNormalizer.read(notesText, spec.statuses())
        .filter(r -> !StatusNormalizer.notApplicable(notesText))
        .map(StatusNormalizer.Reading::status)
        .or(() -> closingStatus(row, columns, notes, spec))
        .or(() -> Optional.ofNullable(group.status()))
        .or(() -> ItemStatus.of(notesText + " " + values.getOrDefault(ActionItemField.ACTION, "")))
        .orElse(ActionStatus.OPEN);
  }

  /**
   * A status word closing a cell of a column that is not the action, owner, due, id or type: "n/a
   * DONE" under "Bug".
   */
  private static Optional<ActionStatus> closingStatus(
      Row row, Map<ActionItemField, Integer> columns, int notes, ActionItemSpec spec) {
    Set<Integer> fields = new HashSet<>(columns.values());
    fields.remove(columns.get(ActionItemField.LINKS));
    fields.remove(columns.get(ActionItemField.STATUS));
    for (int i = 0; i < row.cells().size(); i++) {
      if (i == notes || fields.contains(i)) {
        continue;
      }
      String[] words =
          row.cells().get(i).text().replaceAll("[()\\[\\].,;:]", " ").strip().split("\\s+", -1);
      if (words.length > 6) {
        continue; // a sentence, not a cell closed by a status
      }
      for (int n = Math.min(2, words.length); n >= 1; n--) {
        String tail = String.join(" ", Arrays.copyOfRange(words, words.length - n, words.length));
        Optional<StatusNormalizer.Reading> read = StatusNormalizer.read(tail, spec.statuses());
        if (read.isPresent() && !StatusNormalizer.notApplicable(tail)) {
          return Optional.of(read.get().status());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A row a draft has not filled in: no action, owner or due date, or an action and owner that only
   * hold places.
   */
  private static boolean unfilled(Map<ActionItemField, String> values) {
    String action = values.getOrDefault(ActionItemField.ACTION, "").strip();
    String owner = values.getOrDefault(ActionItemField.OWNER, "").strip();
    String due = values.getOrDefault(ActionItemField.DUE, "").strip();
    if (action.isEmpty()) {
      return owner.isEmpty()
          && due.isEmpty()
          && values.getOrDefault(ActionItemField.STATUS, "").isBlank();
    }
    return PLACEHOLDER.matcher(action).matches()
        && (owner.isEmpty() || PLACEHOLDER.matcher(owner).matches());
  }

  /**
   * A cell's value as the rules read it: the status as written (a checkbox is part of it), and an
   * id or due date holding a template placeholder as written too, since plain text drops the
   * brackets of {@code [Number]} or {@code [Date]} (an undefined link reference) and with them the
   * sign that the cell was never filled in.
   */
  private static String asRead(ActionItemField field, Cell cell) {
    boolean asWritten =
        field == ActionItemField.STATUS
            || ((field == ActionItemField.ID || field == ActionItemField.DUE)
                && Placeholders.contains(cell.markdown()));
    return asWritten ? cell.markdown() : cell.text();
  }
}
