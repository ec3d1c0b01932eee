package dev.pm.stats;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns incident records into counts, as of the query's date. Pure: records and query in, result
 * out. Each item is counted as it is reached and not kept: what grows with the corpus is the
 * records themselves, never a second list of rows.
 */
public final class StatsCalculator {

  private StatsCalculator() {}

  public static StatsResult compute(List<IncidentRecord> records, StatsQuery query) {
    return compute(records, query, OwnerNames.NONE);
  }

  /** As {@link #compute(List, StatsQuery)}, with each owner named once however it is written. */
  public static StatsResult compute(
      List<IncidentRecord> records, StatsQuery query, OwnerNames owners) {
    return computePacked(records.stream().map(PackedIncident::of).toList(), query, owners);
  }

  /**
   * As {@link #compute(List, StatsQuery, OwnerNames)}, over packed records: each is unpacked while
   * it is counted and dropped after, and the result keeps the packed ones.
   */
  public static StatsResult computePacked(
      List<PackedIncident> records, StatsQuery query, OwnerNames owners) {
    ItemSelection selection = ItemSelection.of(query, owners);
    Map<GroupBy, Map<GroupKey, Counts>> breakdowns = new EnumMap<>(GroupBy.class);
    for (GroupBy g : GroupBy.values()) {
      breakdowns.put(g, new TreeMap<>());
    }
    OwnerGroups ownerGroups = new OwnerGroups(owners);
    Counts summary = Counts.ZERO;
    int noOwner = 0;
    int noDueDate = 0;
    int templateItems = 0;
    Median<Long> daysToDue = new Median<>();
    Map<GroupKey, Integer> bySeverity = new TreeMap<>();
    Map<IncidentMonth, Integer> byMonth = new TreeMap<>();
    Map<IncidentMonth, Map<GroupKey, Integer>> byMonthAndSeverity = new TreeMap<>();
    Map<Figure, Median<Duration>> figures = new EnumMap<>(Figure.class);
    // With an item filter (--owner, --status, --overdue) the incidents counted are those it leaves
    // an item in: "3 post-mortems" over one owner's items means the three that owner owes work on.
    List<PackedIncident> incidents = new ArrayList<>();
    for (PackedIncident packed : PackedIncident.inFileOrder(records)) {
      IncidentRecord incident = packed.unpack();
      if (!incidentMatches(incident, query)) {
        continue;
      }
      boolean counted = !selection.filtersItems();
      for (ItemRow row : (Iterable<ItemRow>) selection.rows(incident)::iterator) {
        counted = true;
        summary = summary.plus(row);
        noOwner += row.owner().isEmpty() ? 1 : 0;
        noDueDate += row.item().dueIsDate() ? 0 : 1;
        if (row.item().dueIsDate() && incident.date().isPresent()) {
          daysToDue.add(ChronoUnit.DAYS.between(incident.date().get(), row.item().dueDate().get()));
        }
        for (GroupBy g : GroupBy.values()) {
          if (g == GroupBy.INCIDENT && query.groupBy() != GroupBy.INCIDENT) {
            // One group per post-mortem, shown only as the chosen breakdown (JSON leaves it out):
            // at 100,000 files it would hold 100,000 keys for nothing.
            continue;
          }
          if (g == GroupBy.OWNER) {
            for (GroupKey owner : ownerGroups.of(row.owner())) {
              breakdowns.get(g).merge(owner, Counts.ZERO.plus(row), Counts::add);
            }
          } else {
            breakdowns.get(g).merge(g.keyOf(row), Counts.ZERO.plus(row), Counts::add);
          }
        }
      }
      if (!counted) {
        continue;
      }
      incidents.add(packed);
      templateItems += incident.templateItems();
      GroupKey severity = GroupKey.of(incident.severity());
      bySeverity.merge(severity, 1, Integer::sum);
      byMonth.merge(incident.month(), 1, Integer::sum);
      byMonthAndSeverity
          .computeIfAbsent(incident.month(), k -> new TreeMap<>())
          .merge(severity, 1, Integer::sum);
      incident
          .durations()
          .forEach((f, d) -> figures.computeIfAbsent(f, k -> new Median<>()).add(d));
    }
    Map<Figure, Duration> medians = new EnumMap<>(Figure.class);
    figures.forEach((f, values) -> Median.ofDurations(values).ifPresent(m -> medians.put(f, m)));
    return new StatsResult(
        query.groupBy(),
        incidents.size(),
        summary,
        noOwner,
        noDueDate,
        Median.ofNumbers(daysToDue),
        breakdowns,
        bySeverity,
        byMonth,
        byMonthAndSeverity,
        medians,
        PackedIncident.unpacking(incidents),
        selection,
        ownerGroups,
        templateItems,
        List.of());
  }

  private static boolean incidentMatches(IncidentRecord r, StatsQuery q) {
    if (q.severity().isPresent() && !q.severity().get().equalsIgnoreCase(r.severity())) {
      return false;
    }
    if (q.since().isPresent() && (r.date().isEmpty() || r.date().get().isBefore(q.since().get()))) {
      return false;
    }
    return q.until().isEmpty()
        || (r.date().isPresent() && !r.date().get().isAfter(q.until().get()));
  }
}
