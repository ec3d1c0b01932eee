package dev.pm.index;

import java.util.Locale;

/** A column of the incident index; {@code .pm.yaml} names them in lower case. */
public enum IndexColumn {
  DATE("Date"),
  ID("ID"),
  TITLE("Title"),
  SEVERITY("Severity"),
  STATUS("Status"),
  DURATION("Duration"),
  ITEMS("Action items (open/total)"),
  OVERDUE("Overdue");

  private final String header;

  IndexColumn(String header) {
    this.header = header;
  }

  public String header() {
    return header;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A column by its configured name; empty names nothing. */
  public static java.util.Optional<IndexColumn> of(String name) {
    for (IndexColumn c : values()) {
      if (c.wireName().equals(name.trim().toLowerCase(Locale.ROOT))) {
        return java.util.Optional.of(c);
      }
    }
    return java.util.Optional.empty();
  }
}
