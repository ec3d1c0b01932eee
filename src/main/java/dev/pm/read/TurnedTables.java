package dev.pm.read;

import dev.pm.model.ActionItemField;
import dev.pm.model.Cell;
import dev.pm.model.Location;
import dev.pm.model.Row;
import dev.pm.model.Table;
import dev.pm.schema.ActionItemSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Action items written sideways: a small table per item ({@code | Action | Add a check |} over
 * {@code | Owner | Kim |}), or one table whose first column names the fields and each further
 * column is an item. Turned, they read as any table of items: one row per item, at the line of its
 * action.
 *
 * <p>Every name in the first column must be a field of an action item, so a table of incident facts
 * ("Severity", "Owner", "Status", "Duration") is never taken for one.
 */
final class TurnedTables {

  /** What the corner above the field names may say: nothing, "Field", "Key", "Item". */
  private static final Pattern CORNER =
      Pattern.compile("(?i)^(?:#?|fields?|keys?|items?|attributes?|propert(?:y|ies)|name)$");

  private static final Set<ActionItemField> DESCRIBING =
      Set.of(ActionItemField.OWNER, ActionItemField.DUE, ActionItemField.STATUS);

  private TurnedTables() {}

  /** The table turned to one row per item, when its first column names an item's fields. */
  static Optional<Table> turned(Table table, ActionItemSpec spec) {
    if (table.header().size() < 2 || table.rows().isEmpty()) {
      return Optional.empty();
    }
    List<Cell> names = new ArrayList<>();
    names.add(table.header().get(0));
    for (Row row : table.rows()) {
      names.add(row.cell(0).orElse(blank(row.at())));
    }
    int action = fieldNames(new Table(names, List.of(), table.at()), spec);
    if (action < 0) {
      return Optional.empty();
    }
    List<Row> items = new ArrayList<>();
    for (int j = 1; j < table.header().size(); j++) {
      List<Cell> cells = new ArrayList<>();
      cells.add(table.header().get(j));
      for (Row row : table.rows()) {
        cells.add(row.cell(j).orElse(blank(row.at())));
      }
      if (!cells.get(action).text().isBlank()) {
        items.add(new Row(cells, cells.get(action).at()));
      }
    }
    return Optional.of(new Table(names, items, table.at()));
  }

  /**
   * The index of the action among the names, when every name is an item's field (the corner aside)
   * and the action comes with an owner, due date or status; else -1.
   */
  private static int fieldNames(Table byName, ActionItemSpec spec) {
    Set<Integer> claimed = new HashSet<>();
    int action = -1;
    boolean described = false;
    for (ActionItemField field : ActionItemField.values()) {
      int i = Columns.find(byName, field, spec, claimed);
      if (i >= 0) {
        claimed.add(i);
        action = field == ActionItemField.ACTION ? i : action;
        described |= DESCRIBING.contains(field);
      }
    }
    int notes = Columns.notes(byName, spec, claimed);
    if (notes >= 0) {
      claimed.add(notes);
    }
    for (int i = 0; i < byName.header().size(); i++) {
      String name = byName.header().get(i).text().strip();
      if (!claimed.contains(i) && !(i == 0 && CORNER.matcher(name).matches())) {
        return -1;
      }
    }
    return described ? action : -1;
  }

  private static Cell blank(Location at) {
    return new Cell("", "", "", List.of(), at);
  }
}
