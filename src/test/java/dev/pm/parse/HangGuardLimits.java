package dev.pm.parse;

import java.time.Duration;

/**
 * Parse limits for tests that check what is read, not the time budget (fuzz targets, corpus and
 * fixture tests): there a timeout can only mean a hang. The product's 3 s parse timeout is a
 * wall-clock budget: on a shared machine at load 40-80 ordinary inputs exceed it (seen in fuzzing
 * runs and in the suite), which made these tests fail on the machine, not on pm. A real hang (an
 * endless loop, runaway backtracking) still trips a minute, and libFuzzer reports slow inputs on
 * its own.
 */
public final class HangGuardLimits {

  /** The default size limits with a one-minute parse timeout. */
  public static final ParseLimits LIMITS =
      new ParseLimits(
          ParseLimits.DEFAULT.maxFileBytes(),
          ParseLimits.DEFAULT.maxFrontMatterBytes(),
          Duration.ofMinutes(1));

  private HangGuardLimits() {}
}
