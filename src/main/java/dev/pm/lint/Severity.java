package dev.pm.lint;

import java.util.Locale;

/** How much a finding matters. {@code OFF} turns a rule off in configuration. */
public enum Severity {
  ERROR,
  WARNING,
  INFO,
  OFF;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Severity fromWireName(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "error" -> ERROR;
      case "warning", "warn" -> WARNING;
      case "info", "note" -> INFO;
      case "off", "none", "false" -> OFF;
      default ->
          throw new IllegalArgumentException(
              "unknown severity \"" + text + "\"; expected error, warning, info or off");
    };
  }
}
