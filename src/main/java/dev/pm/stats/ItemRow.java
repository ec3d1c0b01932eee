package dev.pm.stats;

import dev.pm.model.ActionItem;
import dev.pm.model.ActionItemField;
import java.util.Optional;

/**
 * One action item with its incident and what the reference date makes of it.
 *
 * @param overdue due before the reference date and still open
 * @param ageDays days from the incident date to the reference date, for items still open
 * @param daysOverdue days past the due date, for overdue items
 */
public record ItemRow(
    IncidentRecord incident,
    ActionItem item,
    boolean overdue,
    Optional<Long> ageDays,
    Optional<Long> daysOverdue) {

  public String owner() {
    return item.owner().orElse("");
  }

  public String type() {
    return item.type().orElse("");
  }

  public String action() {
    return item.action().orElse("");
  }

  public String id() {
    return item.value(ActionItemField.ID).orElse("");
  }

  public String due() {
    return item.due().map(Object::toString).orElse(item.value(ActionItemField.DUE).orElse(""));
  }

  public int line() {
    return item.at().line();
  }
}
