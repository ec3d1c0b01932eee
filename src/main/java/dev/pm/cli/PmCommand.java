package dev.pm.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pm}: the root command. Alone it prints usage. It declares no sub-commands: picocli builds
 * the model of every command it is given (about a third of a one-file run), so a run that names one
 * gets only that one ({@link Main#run}), and {@link PmCommandTree} lists them all for the rest.
 */
@Command(
    name = "pm",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Incident post-mortems that are consistent, checkable and countable.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success (lint: no errors; warnings within --max-warnings)",
      "1:lint errors or too many warnings; stats: overdue items with --fail-on-overdue",
      "2:usage, configuration or input error; internal error"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  pm new \"Checkout API returned 502s\" --severity P2",
      "  pm lint postmortems/",
      "  pm lint --fix --against origin/main",
      "  pm renumber INC-2026-03-14-01 INC-2026-03-14-02",
      "  pm stats --format html --output report.html"
    })
public class PmCommand implements Callable<Integer> {

  private final Environment env;

  @Spec CommandSpec spec;

  @Option(
      names = "--stacktrace",
      scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "On an internal error, print the stack trace.")
  boolean stacktrace;

  public PmCommand(Environment env) {
    this.env = env;
  }

  /**
   * For tools that build the command from its class: picocli's man page generator at build time.
   */
  public PmCommand() {
    this(Environment.system());
  }

  Environment env() {
    return env;
  }

  boolean stacktrace() {
    return stacktrace;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCodes.USAGE;
  }
}
