package dev.pm.stats;

import dev.pm.model.ActionStatus;

/**
 * Action-item counts. {@code open} is everything not done and not cancelled, in-progress and
 * unknown statuses included; {@code inProgress} is the part of it marked in progress.
 */
public record Counts(int total, int open, int inProgress, int done, int cancelled, int overdue) {

  public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);

  Counts plus(ItemRow row) {
    return plus(row.item().status(), row.overdue());
  }

  Counts plus(ActionStatus s, boolean overdue) {
    return new Counts(
        total + 1,
        open + (s.isOpen() ? 1 : 0),
        inProgress + (s == ActionStatus.IN_PROGRESS ? 1 : 0),
        done + (s == ActionStatus.DONE ? 1 : 0),
        cancelled + (s == ActionStatus.CANCELLED ? 1 : 0),
        this.overdue + (overdue ? 1 : 0));
  }

  /** Both counts together. */
  static Counts add(Counts a, Counts b) {
    return new Counts(
        a.total + b.total,
        a.open + b.open,
        a.inProgress + b.inProgress,
        a.done + b.done,
        a.cancelled + b.cancelled,
        a.overdue + b.overdue);
  }

  /** Done among those not cancelled; 0 when there are none. */
  public double completionRate() {
    int relevant = total - cancelled;
    return relevant == 0 ? 0 : (double) done / relevant;
  }
}
