package dev.pm.stats;

import dev.pm.model.ActionStatus;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What to count and as of when.
 *
 * @param asOf the reference date for overdue and age (never "now" inside the calculator)
 * @param owner only items of this owner (case-insensitive, {@code @} ignored)
 * @param status only items with this status
 * @param overdueOnly only overdue items
 * @param severity only incidents of this severity
 * @param since only incidents on or after this date
 * @param until only incidents on or before this date
 * @param groupBy how the breakdown is grouped
 */
public record StatsQuery(
    LocalDate asOf,
    Optional<String> owner,
    Optional<ActionStatus> status,
    boolean overdueOnly,
    Optional<String> severity,
    Optional<LocalDate> since,
    Optional<LocalDate> until,
    GroupBy groupBy) {

  public static StatsQuery asOf(LocalDate date) {
    return new StatsQuery(
        date,
        Optional.empty(),
        Optional.empty(),
        false,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        GroupBy.OWNER);
  }
}
