package dev.pm.stats;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * One action item with its incident and what the reference date makes of it. Made when an output
 * reaches the item and dropped after, so nothing of it is held per item.
 *
 * @param overdue due before the reference date and still open
 * @param ageDays days from the incident date to the reference date, for items still open
 * @param daysOverdue days past the due date, for overdue items
 */
public record ItemRow(
    IncidentRecord incident,
    ItemRecord item,
    boolean overdue,
    Optional<Long> ageDays,
    Optional<Long> daysOverdue) {

  /** The item as of {@code asOf}. */
  static ItemRow of(IncidentRecord incident, ItemRecord item, LocalDate asOf) {
    boolean open = item.status().isOpen();
    Optional<LocalDate> due = item.dueDate();
    boolean overdue = open && due.isPresent() && due.get().isBefore(asOf);
    Optional<Long> age =
        open ? incident.date().map(d -> ChronoUnit.DAYS.between(d, asOf)) : Optional.empty();
    Optional<Long> late =
        overdue ? Optional.of(ChronoUnit.DAYS.between(due.get(), asOf)) : Optional.empty();
    return new ItemRow(incident, item, overdue, age, late);
  }

  public String owner() {
    return item.owner();
  }

  public String type() {
    return item.type();
  }

  public String action() {
    return item.action();
  }

  public String id() {
    return item.id();
  }

  public String due() {
    return item.due();
  }

  public int line() {
    return item.line();
  }
}
