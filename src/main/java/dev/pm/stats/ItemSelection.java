package dev.pm.stats;

import dev.pm.model.ActionStatus;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which action items a query counts, and as of when: the item filters of {@link StatsQuery} ({@code
 * --owner}, {@code --status}, {@code --overdue}) with the owner names of the project.
 *
 * <p>Rationale: the result keeps this, not a row per item; renderers ask it for an incident's rows
 * as they write them, so a run holds compact records only.
 */
public record ItemSelection(
    LocalDate asOf,
    Optional<String> owner,
    Optional<ActionStatus> status,
    boolean overdueOnly,
    OwnerNames owners) {

  static ItemSelection of(StatsQuery query, OwnerNames owners) {
    return new ItemSelection(
        query.asOf(), query.owner(), query.status(), query.overdueOnly(), owners);
  }

  /** Whether any item filter is given, so that incidents count only where it leaves an item. */
  boolean filtersItems() {
    return owner.isPresent() || status.isPresent() || overdueOnly;
  }

  /** The incident's items this selection counts, in line order. */
  public Stream<ItemRow> rows(IncidentRecord incident) {
    return incident.actionItems().stream()
        .map(item -> ItemRow.of(incident, item, asOf))
        .filter(this::matches);
  }

  private boolean matches(ItemRow row) {
    if (owner.isPresent()
        && owners.of(row.owner()).stream()
            .noneMatch(o -> owners.key(o).equals(owners.key(owner.get())))) {
      return false;
    }
    if (status.isPresent() && row.item().status() != status.get()) {
      return false;
    }
    return !overdueOnly || row.overdue();
  }
}
