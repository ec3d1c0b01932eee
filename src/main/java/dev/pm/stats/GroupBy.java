package dev.pm.stats;

import java.util.Locale;

/** How the breakdown is grouped. */
public enum GroupBy {
  OWNER,
  STATUS,
  TYPE,
  SEVERITY,
  MONTH,
  INCIDENT;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The group an item belongs to; a missing value groups as {@code (none)}. */
  String keyOf(ItemRow row) {
    String key =
        switch (this) {
          case OWNER -> row.owner();
          case STATUS -> row.item().status().wireName();
          case TYPE -> row.type();
          case SEVERITY -> row.incident().severity();
          case MONTH -> row.incident().month();
          case INCIDENT -> row.incident().id();
        };
    return key == null || key.isBlank() ? "(none)" : key;
  }
}
