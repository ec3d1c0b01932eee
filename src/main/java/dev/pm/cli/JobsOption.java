package dev.pm.cli;

import dev.pm.work.ParseWorkers;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code -j/--jobs N}, shared by the commands that read many files; checked once, as it is parsed.
 */
final class JobsOption {

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  static final int MAX = 256;

  private Integer jobs;

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description = "Files read at once (default: one per core).")
  void setJobs(int value) {
    if (value < 1) {
      throw new ParameterException(mixee.commandLine(), "--jobs must be at least 1, not " + value);
    }
    if (value > MAX) {
      // Each worker is a thread with its own stack; far more than the cores only costs memory.
      throw new ParameterException(
          mixee.commandLine(), "--jobs must be at most " + MAX + ", not " + value);
    }
    jobs = value;
  }

  int threads() {
    return jobs != null ? jobs : ParseWorkers.defaultThreads();
  }
}
