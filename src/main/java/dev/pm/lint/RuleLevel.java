package dev.pm.lint;

import java.util.Locale;
import java.util.Optional;

/**
 * How a rule is set: off, or on at a severity. Rule defaults, {@code .pm.yaml}, {@code --rule} and
 * a template's {@code rules:} speak in levels; a finding only ever carries a {@link Severity}.
 *
 * <p>Rationale: with "off" inside {@code Severity}, every diagnostic and reporter had to reject a
 * value it could never hold; keeping the two apart lets the compiler prove they cannot.
 */
public enum RuleLevel {
  ERROR(Severity.ERROR),
  WARNING(Severity.WARNING),
  INFO(Severity.INFO),
  OFF(null);

  private final Severity severity;

  RuleLevel(Severity severity) {
    this.severity = severity;
  }

  /** The severity of findings at this level; empty when the rule is off. */
  public Optional<Severity> severity() {
    return Optional.ofNullable(severity);
  }

  public boolean isOff() {
    return this == OFF;
  }

  public static RuleLevel of(Severity severity) {
    return switch (severity) {
      case ERROR -> ERROR;
      case WARNING -> WARNING;
      case INFO -> INFO;
    };
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static RuleLevel fromWireName(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "off", "none", "false" -> OFF;
      default -> {
        try {
          yield of(Severity.fromWireName(t));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "unknown severity \"" + text + "\"; expected error, warning, info or off", e);
        }
      }
    };
  }
}
