package dev.pm.stats;

import dev.pm.model.ActionItem;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What stats keep of one post-mortem: its incident fields and its action items (as lint's extractor
 * found them), never the parse tree.
 *
 * @param durations the incident figures found: duration (stated, or end minus start), mttd, mtta, mttr
 */
public record IncidentRecord(
    String file,
    String id,
    String title,
    Optional<LocalDate> date,
    String severity,
    List<ActionItem> actionItems,
    java.util.Map<String, Duration> durations) {

  public IncidentRecord {
    actionItems = List.copyOf(actionItems);
    durations = java.util.Map.copyOf(durations);
  }

  /** {@code YYYY-MM} of the incident date, or {@code unknown}. */
  public String month() {
    return date.map(d -> d.toString().substring(0, 7)).orElse("unknown");
  }
}
