package dev.pm.lint.rules;

import dev.pm.model.ActionItem;
import dev.pm.model.ActionItemField;
import dev.pm.schema.ActionItemSpec;
import java.util.Set;

/** What the action-item rules share: how to name an item, which fields it must carry. */
final class ActionItems {

  private ActionItems() {}

  /** {@code "AI-01"} or the start of the action text, for messages. */
  static String name(ActionItem item) {
    return item.id()
        .map(Text::quote)
        .orElseGet(() -> item.action().map(Text::quote).orElse("at line " + item.at().line()));
  }

  /**
   * Fields the schema requires of this item. A table only answers for the columns it has (a missing
   * column is PM302's finding, not one per row).
   */
  static boolean requires(ActionItem item, ActionItemField field, ActionItemSpec spec) {
    Set<ActionItemField> required =
        item.form() == ActionItem.Form.TABLE_ROW ? spec.required() : spec.requiredInLists();
    if (!required.contains(field)) {
      return false;
    }
    return item.form() != ActionItem.Form.TABLE_ROW || item.values().containsKey(field);
  }

  static String describe(ActionItemField field) {
    return switch (field) {
      case ID -> "id";
      case ACTION -> "action";
      case OWNER -> "owner";
      case DUE -> "due date";
      case STATUS -> "status";
      case TYPE -> "type";
      case PRIORITY -> "priority";
      case LINKS -> "ticket link";
    };
  }
}
