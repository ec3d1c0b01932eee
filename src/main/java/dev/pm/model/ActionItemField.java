package dev.pm.model;

import java.util.Locale;

/** The canonical fields of an action item that schemas map their own column names onto. */
public enum ActionItemField {
  ID,
  ACTION,
  OWNER,
  DUE,
  STATUS,
  TYPE,
  PRIORITY,
  LINKS;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ActionItemField fromWireName(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }
}
