package dev.pm.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pm stats}: not built yet; says so honestly rather than printing anything made up. */
@Command(name = "stats", description = "Summarise action items across post-mortems (not yet available).", mixinStandardHelpOptions = true)
final class StatsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new PmException("'pm stats' is not available yet");
  }
}
