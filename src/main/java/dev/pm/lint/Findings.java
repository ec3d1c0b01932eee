package dev.pm.lint;

import dev.pm.model.Location;
import java.util.Optional;

/**
 * Where a rule reports what it found. The sink stamps the rule's id and the effective severity, so
 * a rule only says where and what, and, when the remedy is mechanical, the {@link Fix}.
 */
public interface Findings {

  void report(Location at, String message, Optional<Fix> fix);

  default void report(Location at, String message) {
    report(at, message, Optional.empty());
  }

  default void report(Location at, String message, Fix fix) {
    report(at, message, Optional.of(fix));
  }
}
