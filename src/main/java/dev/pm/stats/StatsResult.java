package dev.pm.stats;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the renderers show, computed once. Counts are kept; the action items are not copied
 * out but read from the incidents through {@code selection} when a renderer reaches them.
 *
 * @param incidents post-mortems counted (after the incident filters)
 * @param summary counts over the items counted
 * @param noOwner items without an owner
 * @param noDueDate items without a due date that reads as a date
 * @param medianDaysToDue median days from incident date to due date, where both are known
 * @param breakdowns the item counts grouped by each field; by incident only when that is {@code
 *     groupBy} (empty otherwise)
 * @param incidentsBySeverity incidents per severity
 * @param incidentsByMonth incidents per month, in time order, unknown last
 * @param incidentsByMonthAndSeverity month to severity to incidents, for the chart
 * @param medianDurations median of each incident figure found
 * @param incidentList the incidents counted, in file order, for per-incident figures and trends;
 *     each is unpacked when it is read, so go through it once per output
 * @param selection which items of {@code incidentList} are counted, and as of when
 * @param ownerGroups the owner groups each item counts in, as the owner breakdown names them
 * @param templateItems action-item entries left out because they are still template text
 * @param skipped the files that could not be read, each with the reason
 */
public record StatsResult(
    GroupBy groupBy,
    int incidents,
    Counts summary,
    int noOwner,
    int noDueDate,
    Optional<Double> medianDaysToDue,
    Map<GroupBy, Map<GroupKey, Counts>> breakdowns,
    Map<GroupKey, Integer> incidentsBySeverity,
    Map<IncidentMonth, Integer> incidentsByMonth,
    Map<IncidentMonth, Map<GroupKey, Integer>> incidentsByMonthAndSeverity,
    Map<Figure, Duration> medianDurations,
    List<IncidentRecord> incidentList,
    ItemSelection selection,
    OwnerGroups ownerGroups,
    int templateItems,
    List<String> skipped) {

  /** The same result, naming the files that could not be read (so their items are missing). */
  public StatsResult withSkipped(List<String> files) {
    return new StatsResult(
        groupBy,
        incidents,
        summary,
        noOwner,
        noDueDate,
        medianDaysToDue,
        breakdowns,
        incidentsBySeverity,
        incidentsByMonth,
        incidentsByMonthAndSeverity,
        medianDurations,
        incidentList,
        selection,
        ownerGroups,
        templateItems,
        List.copyOf(files));
  }

  /** The reference date for overdue and age. */
  public LocalDate asOf() {
    return selection.asOf();
  }

  /** The breakdown by {@link #groupBy}. */
  public Map<GroupKey, Counts> groups() {
    return breakdowns.get(groupBy);
  }

  /** The action items counted, in file and line order, each made as it is reached. */
  public Iterable<ItemRow> items() {
    return () -> incidentList.stream().flatMap(selection::rows).iterator();
  }

  public List<ItemRow> overdueItems() {
    return incidentList.stream().flatMap(selection::rows).filter(ItemRow::overdue).toList();
  }
}
