package dev.pm.model;

import java.util.Locale;

/** What an action item's status text means, whatever words the template uses for it. */
public enum ActionStatus {
  OPEN,
  IN_PROGRESS,
  DONE,
  CANCELLED,
  /** The status text is not a word pm or the schema knows; counted as open by stats. */
  UNKNOWN;

  /** The name used in JSON, CSV, flags and schemas: {@code open}, {@code in-progress}, ... */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static ActionStatus fromWireName(String name) {
    String normalized = name.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    return ActionStatus.valueOf(normalized);
  }

  /** Not done and not cancelled: still owed. In-progress and unknown count as open. */
  public boolean isOpen() {
    return this != DONE && this != CANCELLED;
  }
}
