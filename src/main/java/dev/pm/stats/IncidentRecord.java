package dev.pm.stats;

import dev.pm.model.ActionItem;
import dev.pm.read.Reading;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What stats keep of one post-mortem's {@link Reading} (the one lint checks): its incident fields
 * and its action items, never the parse tree.
 *
 * @param status the document's status as written (draft, final...), empty when none
 * @param templateItems action-item entries left out because they are still template text
 * @param durations the incident figures found: duration (stated, or end minus start), mttd, mtta,
 *     mttr
 */
public record IncidentRecord(
    String file,
    String id,
    String title,
    Optional<LocalDate> date,
    String severity,
    String status,
    List<ActionItem> actionItems,
    int templateItems,
    java.util.Map<String, Duration> durations) {

  public IncidentRecord {
    actionItems = List.copyOf(actionItems);
    durations = java.util.Map.copyOf(durations);
  }

  /** What stats keep of a reading. */
  public static IncidentRecord of(Reading r) {
    var i = r.incident();
    return new IncidentRecord(
        r.file(),
        i.id(),
        i.title(),
        i.date(),
        i.severity(),
        i.status(),
        r.actionItems(),
        r.templateItems(),
        r.figures());
  }

  /** {@code YYYY-MM} of the incident date, or {@code unknown}. */
  public String month() {
    return date.map(d -> d.toString().substring(0, 7)).orElse("unknown");
  }
}
