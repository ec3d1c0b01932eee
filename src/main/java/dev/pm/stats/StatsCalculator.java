package dev.pm.stats;

import dev.pm.model.ActionItem;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns incident records into counts, as of the query's date. Pure: records and query in, result
 * out.
 */
public final class StatsCalculator {

  private StatsCalculator() {}

  public static StatsResult compute(List<IncidentRecord> records, StatsQuery query) {
    return compute(records, query, OwnerNames.NONE);
  }

  /** As {@link #compute(List, StatsQuery)}, with each owner named once however it is written. */
  public static StatsResult compute(
      List<IncidentRecord> records, StatsQuery query, OwnerNames owners) {
    List<IncidentRecord> matching =
        records.stream()
            .filter(r -> incidentMatches(r, query))
            .sorted(Comparator.comparing(IncidentRecord::file))
            .toList();
    List<ItemRow> rows = new ArrayList<>();
    java.util.Set<IncidentRecord> withRows =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (IncidentRecord incident : matching) {
      for (ActionItem item : incident.actionItems()) {
        ItemRow row = row(incident, item, query);
        if (itemMatches(row, query, owners)) {
          rows.add(row);
          withRows.add(incident);
        }
      }
    }
    // With an item filter (--owner, --status, --overdue) the incidents counted are those it leaves
    // an item in: "3 post-mortems" over one owner's items means the three that owner owes work on.
    boolean itemFilter =
        query.owner().isPresent() || query.status().isPresent() || query.overdueOnly();
    List<IncidentRecord> incidents =
        itemFilter ? matching.stream().filter(withRows::contains).toList() : matching;
    Counts summary = Counts.ZERO;
    for (ItemRow row : rows) {
      summary = summary.plus(row);
    }
    Map<String, Map<String, Counts>> breakdowns = new LinkedHashMap<>();
    for (GroupBy g : GroupBy.values()) {
      breakdowns.put(g.wireName(), g == GroupBy.OWNER ? byOwner(rows, owners) : group(rows, g));
    }
    Map<String, Integer> bySeverity = new TreeMap<>();
    Map<String, Integer> byMonth = new TreeMap<>();
    Map<String, Map<String, Integer>> byMonthAndSeverity = new TreeMap<>();
    for (IncidentRecord incident : incidents) {
      String severity = incident.severity().isBlank() ? "(none)" : incident.severity();
      bySeverity.merge(severity, 1, Integer::sum);
      byMonth.merge(incident.month(), 1, Integer::sum);
      byMonthAndSeverity
          .computeIfAbsent(incident.month(), k -> new TreeMap<>())
          .merge(severity, 1, Integer::sum);
    }
    List<Double> daysToDue =
        rows.stream()
            .filter(r -> r.item().due().isPresent() && r.incident().date().isPresent())
            .map(
                r ->
                    (double)
                        ChronoUnit.DAYS.between(r.incident().date().get(), r.item().due().get()))
            .toList();
    Map<String, Duration> medians = new TreeMap<>();
    for (String figure : List.of("duration", "mttd", "mtta", "mttr")) {
      List<Duration> values =
          incidents.stream()
              .map(i -> i.durations().get(figure))
              .filter(d -> d != null)
              .sorted()
              .toList();
      if (!values.isEmpty()) {
        medians.put(figure, medianDuration(values));
      }
    }
    return new StatsResult(
        query.asOf(),
        query.groupBy(),
        incidents.size(),
        rows,
        summary,
        (int) rows.stream().filter(r -> r.item().owner().isEmpty()).count(),
        (int) rows.stream().filter(r -> r.item().due().isEmpty()).count(),
        median(daysToDue),
        breakdowns.get(query.groupBy().wireName()),
        breakdowns,
        bySeverity,
        byMonth,
        byMonthAndSeverity,
        medians,
        incidents,
        incidents.stream().mapToInt(IncidentRecord::templateItems).sum(),
        List.of());
  }

  private static ItemRow row(IncidentRecord incident, ActionItem item, StatsQuery query) {
    boolean open = item.status().isOpen();
    boolean overdue = open && item.due().isPresent() && item.due().get().isBefore(query.asOf());
    Optional<Long> age =
        open
            ? incident.date().map(d -> ChronoUnit.DAYS.between(d, query.asOf()))
            : Optional.empty();
    Optional<Long> late =
        overdue
            ? Optional.of(ChronoUnit.DAYS.between(item.due().get(), query.asOf()))
            : Optional.empty();
    return new ItemRow(incident, item, overdue, age, late);
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

  private static boolean itemMatches(ItemRow row, StatsQuery q, OwnerNames owners) {
    if (q.owner().isPresent()
        && owners.of(row.owner()).stream()
            .noneMatch(o -> owners.key(o).equals(owners.key(q.owner().get())))) {
      return false;
    }
    if (q.status().isPresent() && row.item().status() != q.status().get()) {
      return false;
    }
    return !q.overdueOnly() || row.overdue();
  }

  /**
   * Each owner's items: an item with two owners counts for both; spellings of one owner are one
   * row.
   */
  private static Map<String, Counts> byOwner(List<ItemRow> rows, OwnerNames owners) {
    Map<String, String> shown = new HashMap<>();
    Map<String, Counts> groups = new TreeMap<>();
    for (ItemRow row : rows) {
      List<String> names = owners.of(row.owner());
      for (String name : names.isEmpty() ? List.of("(none)") : names) {
        String label = names.isEmpty() ? name : shown.computeIfAbsent(owners.key(name), k -> name);
        groups.merge(label, Counts.ZERO.plus(row), StatsCalculator::add);
      }
    }
    return groups;
  }

  private static Map<String, Counts> group(List<ItemRow> rows, GroupBy by) {
    Map<String, Counts> groups = new TreeMap<>();
    for (ItemRow row : rows) {
      groups.merge(by.keyOf(row), Counts.ZERO.plus(row), StatsCalculator::add);
    }
    return groups;
  }

  private static Counts add(Counts a, Counts b) {
    return new Counts(
        a.total() + b.total(),
        a.open() + b.open(),
        a.inProgress() + b.inProgress(),
        a.done() + b.done(),
        a.cancelled() + b.cancelled(),
        a.overdue() + b.overdue());
  }

  static Optional<Double> median(List<Double> values) {
    if (values.isEmpty()) {
      return Optional.empty();
    }
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return Optional.of(
        n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2);
  }

  private static Duration medianDuration(List<Duration> sorted) {
    int n = sorted.size();
    return n % 2 == 1
        ? sorted.get(n / 2)
        : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
  }
}
