package dev.pm.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code -v/--verbose}, shared by the commands that read a folder: says what pm read and what it
 * left out, on stderr.
 */
final class VerboseOption {

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = {"-v", "--verbose"},
      description =
          "Say which configuration was read and which files were skipped, on standard error.")
  boolean verbose;

  /** Prints {@code pm: message} on standard error when verbose. */
  void say(String message) {
    if (verbose) {
      mixee.commandLine().getErr().println("pm: " + message);
    }
  }

  /**
   * Says where the configuration came from: the file read, or none and the folder taken as root.
   */
  void sayConfiguration(Environment env, Project project) {
    if (verbose) {
      say(
          project
              .config()
              .source()
              .map(file -> "configuration: " + env.shown(file))
              .orElse(
                  "configuration: none (defaults, rooted at "
                      + env.shown(project.config().base())
                      + ")"));
    }
  }
}
