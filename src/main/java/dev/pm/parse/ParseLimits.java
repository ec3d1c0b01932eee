package dev.pm.parse;

import java.time.Duration;

/**
 * Bounds on the work pm does for one file, so no single file can stall a CI job.
 *
 * @param maxFileBytes larger files get a diagnostic and are not parsed
 * @param maxFrontMatterBytes larger front matter is rejected before YAML parsing
 * @param parseTimeout a file whose parse takes longer gets a diagnostic
 */
public record ParseLimits(long maxFileBytes, int maxFrontMatterBytes, Duration parseTimeout) {

  public static final ParseLimits DEFAULT =
      new ParseLimits(4L * 1024 * 1024, 64 * 1024, Duration.ofSeconds(3));

  public ParseLimits {
    if (maxFileBytes < 1
        || maxFrontMatterBytes < 1
        || parseTimeout.isNegative()
        || parseTimeout.isZero()) {
      throw new IllegalArgumentException("parse limits must be positive");
    }
  }
}
