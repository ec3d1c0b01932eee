package dev.pm.stats;

import dev.pm.read.Reading;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What stats keep of one post-mortem's {@link Reading} (the one lint checks): its incident fields
 * and a compact record of each action item, never the parse tree or the reader's items. This is the
 * form the result cache stores; a run holds it packed ({@link PackedIncident}).
 *
 * @param status the document's status as written (draft, final...), empty when none
 * @param actionItems what stats keep of each action item, in line order
 * @param templateItems action-item entries left out because they are still template text
 * @param durations the incident figures found: duration (stated, or end minus start), mttd, mtta,
 *     mttr
 * @param start when the incident began, as the document dates it (no zone: the reader keeps the
 *     time as written), empty when not stated or not on any day the document gives
 * @param end when it ended, likewise; after {@code start} when a span crossed midnight
 */
public record IncidentRecord(
    String file,
    String id,
    String title,
    Optional<LocalDate> date,
    String severity,
    String status,
    List<ItemRecord> actionItems,
    int templateItems,
    Map<Figure, Duration> durations,
    Optional<LocalDateTime> start,
    Optional<LocalDateTime> end) {

  public IncidentRecord {
    actionItems = List.copyOf(actionItems);
    durations =
        durations.isEmpty()
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new EnumMap<>(durations));
  }

  /** What stats keep of a reading. */
  public static IncidentRecord of(Reading r) {
    var i = r.incident();
    Map<Figure, Duration> figures = new EnumMap<>(Figure.class);
    r.figures().forEach((name, d) -> Figure.fromWireName(name).ifPresent(f -> figures.put(f, d)));
    return new IncidentRecord(
        r.file(),
        i.id(),
        i.title(),
        i.date(),
        i.severity(),
        i.status(),
        r.actionItems().stream().map(ItemRecord::of).toList(),
        r.templateItems(),
        figures,
        r.times().datedStart(i.date()),
        r.times().datedEnd(i.date()));
  }

  /** The month of the incident date, or unknown. */
  public IncidentMonth month() {
    return IncidentMonth.of(date);
  }
}
