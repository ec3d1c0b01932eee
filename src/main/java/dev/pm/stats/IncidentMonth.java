package dev.pm.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The month of an incident, or unknown when the post-mortem has no date. Known months sort first,
 * in time order; unknown last.
 */
public record IncidentMonth(Optional<YearMonth> month) implements Comparable<IncidentMonth> {

  public static final IncidentMonth UNKNOWN = new IncidentMonth(Optional.empty());

  public static IncidentMonth of(Optional<LocalDate> date) {
    return date.map(d -> new IncidentMonth(Optional.of(YearMonth.from(d)))).orElse(UNKNOWN);
  }

  /** {@code YYYY-MM}, or {@code unknown}. */
  public String label() {
    return month.map(YearMonth::toString).orElse("unknown");
  }

  @Override
  public int compareTo(IncidentMonth other) {
    if (month.isPresent() && other.month.isPresent()) {
      return month.get().compareTo(other.month.get());
    }
    return Boolean.compare(month.isEmpty(), other.month.isEmpty());
  }
}
