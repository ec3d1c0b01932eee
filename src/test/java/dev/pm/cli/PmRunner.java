package dev.pm.cli;

import dev.pm.parse.HangGuardLimits;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the real {@code pm} command line in-process, in a given folder, on a fixed day, parsing with
 * the one-minute hang guard unless the folder's {@code .pm.yaml} sets {@code limits}: what a test
 * sees then cannot depend on how loaded the machine is (issue 19).
 */
public final class PmRunner {

  /** What a run printed and returned. */
  public record Result(int exitCode, String out, String err) {}

  private final Path workingDir;
  private final Clock clock;

  public PmRunner(Path workingDir) {
    this(workingDir, Clock.fixed(Instant.parse("2026-03-14T10:00:00Z"), ZoneOffset.UTC));
  }

  public PmRunner(Path workingDir, Clock clock) {
    this.workingDir = workingDir.toAbsolutePath().normalize();
    this.clock = clock;
  }

  public Result run(String... args) {
    return run(Map.of("NO_COLOR", "1"), Environment.Terminal.NONE, args);
  }

  /**
   * Runs with these environment variables, attached to {@code terminal} (standard input, whether
   * out and err are terminals).
   */
  public Result run(Map<String, String> variables, Environment.Terminal terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Environment env =
        new Environment(
            workingDir, clock, variables, Optional.empty(), terminal, HangGuardLimits.LIMITS);
    int code = Main.run(env, new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }
}
