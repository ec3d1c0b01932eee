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

  /**
   * The group an item belongs to; a missing value is {@link GroupKey#NONE}. Owners are grouped by
   * {@link OwnerNames} instead, since one item may count for several.
   */
  GroupKey keyOf(ItemRow row) {
    return GroupKey.of(
        switch (this) {
          case OWNER -> row.owner();
          case STATUS -> row.item().status().wireName();
          case TYPE -> row.type();
          case SEVERITY -> row.incident().severity();
          case MONTH -> row.incident().month().label();
          case INCIDENT -> row.incident().id();
        });
  }
}
