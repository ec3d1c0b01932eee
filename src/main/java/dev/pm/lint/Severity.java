package dev.pm.lint;

import java.util.Locale;

/**
 * How much a finding matters. A rule that is off makes no findings, so there is no "off" here: that
 * is a {@link RuleLevel}.
 */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Severity fromWireName(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "error" -> ERROR;
      case "warning", "warn" -> WARNING;
      case "info", "note" -> INFO;
      default ->
          throw new IllegalArgumentException(
              "unknown severity \"" + text + "\"; expected error, warning or info");
    };
  }
}
