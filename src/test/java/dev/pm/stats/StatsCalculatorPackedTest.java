package dev.pm.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.model.ActionItem;
import dev.pm.model.ActionStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the calculator keeps of packed records, and what it counts of them. */
class StatsCalculatorPackedTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

  private final List<IncidentRecord> records =
      List.of(
          incident("b.md", "INC-2", "P1", 30, ActionStatus.OPEN, ActionStatus.DONE),
          incident("a.md", "INC-1", "P2", 90, ActionStatus.CANCELLED),
          incident("c.md", "INC-3", "P1", 60));

  @Test
  void theIncidentListIsInFileOrderAndUnpacksToTheRecords() {
    StatsResult result = StatsCalculator.compute(records, StatsQuery.asOf(AS_OF));
    assertThat(result.incidentList())
        .containsExactly(records.get(1), records.get(0), records.get(2));
    assertThat(result.incidents()).isEqualTo(3);
    assertThat(result.summary()).isEqualTo(new Counts(3, 1, 0, 1, 1, 1));
    assertThat(result.medianDurations()).containsEntry(Figure.DURATION, Duration.ofMinutes(60));
    assertThat(result.incidentsBySeverity())
        .containsExactly(Map.entry(GroupKey.of("P1"), 2), Map.entry(GroupKey.of("P2"), 1));
  }

  @Test
  void perIncidentGroupsAreCountedOnlyWhenThatIsTheBreakdownAsked() {
    StatsResult byOwner = StatsCalculator.compute(records, StatsQuery.asOf(AS_OF));
    assertThat(byOwner.breakdowns().get(GroupBy.INCIDENT)).isEmpty();
    assertThat(byOwner.breakdowns().get(GroupBy.SEVERITY)).hasSize(2);
    StatsResult byIncident =
        StatsCalculator.compute(records, query(Optional.empty(), GroupBy.INCIDENT));
    // INC-3 has no items, so no group.
    assertThat(byIncident.groups())
        .containsOnlyKeys(GroupKey.of("INC-1"), GroupKey.of("INC-2"))
        .containsEntry(GroupKey.of("INC-2"), new Counts(2, 1, 0, 1, 0, 1));
  }

  @Test
  void anItemFilterCountsOnlyTheIncidentsItLeavesAnItemIn() {
    StatsResult result =
        StatsCalculator.compute(records, query(Optional.of(ActionStatus.DONE), GroupBy.OWNER));
    assertThat(result.incidentList()).containsExactly(records.get(0));
    assertThat(result.medianDurations()).containsEntry(Figure.DURATION, Duration.ofMinutes(30));
    assertThat(result.items()).hasSize(1);
  }

  private static StatsQuery query(Optional<ActionStatus> status, GroupBy groupBy) {
    StatsQuery all = StatsQuery.asOf(AS_OF);
    return new StatsQuery(
        AS_OF, all.owner(), status, false, all.severity(), all.since(), all.until(), groupBy);
  }

  private static IncidentRecord incident(
      String file, String id, String severity, int minutes, ActionStatus... statuses) {
    List<ItemRecord> items = new java.util.ArrayList<>();
    for (int i = 0; i < statuses.length; i++) {
      items.add(
          new ItemRecord(
              10 + i,
              ActionItem.Form.TABLE_ROW,
              statuses[i],
              "",
              "Fix " + id + " " + i,
              "@jane",
              "prevent",
              "2026-01-0" + (i + 1),
              true,
              List.of()));
    }
    return new IncidentRecord(
        file,
        id,
        "Title of " + id,
        Optional.of(LocalDate.of(2025, 11, 3)),
        severity,
        "final",
        items,
        0,
        Map.of(Figure.DURATION, Duration.ofMinutes(minutes)),
        Optional.empty(),
        Optional.empty());
  }
}
