package dev.pm.stats;

import java.util.Locale;
import java.util.Optional;

/**
 * The per-incident figures stats report: how long it lasted, and its detect/acknowledge/resolve
 * times.
 */
public enum Figure {
  DURATION,
  MTTD,
  MTTA,
  MTTR;

  /** The name used in outputs and by the reading layer: {@code duration}, {@code mttd}, ... */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The figure a reading names this way, if stats report it. */
  static Optional<Figure> fromWireName(String name) {
    for (Figure f : values()) {
      if (f.wireName().equals(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
