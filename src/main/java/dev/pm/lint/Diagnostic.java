package dev.pm.lint;

import dev.pm.model.Location;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding: which rule, how severe, where, and what. Reporters read these fields; nothing parses
 * diagnostic text.
 */
public record Diagnostic(
    RuleInfo rule, Severity severity, String file, Location at, String message, Optional<Fix> fix)
    implements Comparable<Diagnostic> {

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::file)
          .thenComparing(Diagnostic::at)
          .thenComparing(d -> d.rule().id())
          .thenComparing(Diagnostic::message);

  public Diagnostic(RuleInfo rule, Severity severity, String file, Location at, String message) {
    this(rule, severity, file, at, message, Optional.empty());
  }

  public Diagnostic {
    Objects.requireNonNull(fix);
    Objects.requireNonNull(rule);
    Objects.requireNonNull(file);
    Objects.requireNonNull(at);
    Objects.requireNonNull(severity);
    if (message.isBlank()) {
      throw new IllegalArgumentException("a diagnostic needs a message");
    }
  }

  public int line() {
    return at.line();
  }

  public int column() {
    return at.column();
  }

  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }
}
