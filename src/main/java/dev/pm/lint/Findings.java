package dev.pm.lint;

import dev.pm.model.Location;

/**
 * Where a rule reports what it found. The sink stamps the rule's id and the effective severity, so
 * a rule only says where and what.
 */
public interface Findings {
  void report(Location at, String message);
}
