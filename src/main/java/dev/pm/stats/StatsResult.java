package dev.pm.stats;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the renderers show, computed once.
 *
 * @param incidents post-mortems counted (after the incident filters)
 * @param items the action items counted, in file and line order
 * @param summary counts over {@code items}
 * @param noOwner items without an owner
 * @param noDueDate items without a due date that reads as a date
 * @param medianDaysToDue median days from incident date to due date, where both are known
 * @param groups the breakdown by {@link StatsQuery#groupBy()}
 * @param breakdowns every breakdown, by name (owner, status, type, severity, month)
 * @param incidentsBySeverity incidents per severity
 * @param incidentsByMonth incidents per month, sorted
 * @param incidentsByMonthAndSeverity month to severity to incidents, for the chart
 * @param medianDurations median of each incident figure found (duration, mttd, mtta, mttr)
 * @param incidentList the incidents counted, in file order, for per-incident figures and trends
 * @param templateItems action-item entries left out because they are still template text
 * @param skipped the files that could not be read, each with the reason
 */
public record StatsResult(
    LocalDate asOf,
    GroupBy groupBy,
    int incidents,
    List<ItemRow> items,
    Counts summary,
    int noOwner,
    int noDueDate,
    Optional<Double> medianDaysToDue,
    Map<String, Counts> groups,
    Map<String, Map<String, Counts>> breakdowns,
    Map<String, Integer> incidentsBySeverity,
    Map<String, Integer> incidentsByMonth,
    Map<String, Map<String, Integer>> incidentsByMonthAndSeverity,
    Map<String, Duration> medianDurations,
    List<IncidentRecord> incidentList,
    int templateItems,
    List<String> skipped) {

  /** The same result, naming the files that could not be read (so their items are missing). */
  public StatsResult withSkipped(List<String> files) {
    return new StatsResult(
        asOf,
        groupBy,
        incidents,
        items,
        summary,
        noOwner,
        noDueDate,
        medianDaysToDue,
        groups,
        breakdowns,
        incidentsBySeverity,
        incidentsByMonth,
        incidentsByMonthAndSeverity,
        medianDurations,
        incidentList,
        templateItems,
        List.copyOf(files));
  }

  public List<ItemRow> overdueItems() {
    return items.stream().filter(ItemRow::overdue).toList();
  }
}
