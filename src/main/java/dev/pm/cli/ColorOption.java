package dev.pm.cli;

import picocli.CommandLine.Option;

/**
 * {@code --color=auto|always|never}, shared by the commands whose terminal output is coloured, as
 * in markdownlint-cli2, ESLint and git. Colour goes to standard output only; a report written with
 * {@code --output} is never coloured.
 */
final class ColorOption {

  /** When to colour. */
  enum When {
    AUTO,
    ALWAYS,
    NEVER
  }

  @Option(
      names = {"--color", "--colour"},
      paramLabel = "WHEN",
      defaultValue = "auto",
      description =
          "Colour the output: auto (a terminal, unless NO_COLOR is set or FORCE_COLOR says otherwise), always, never.")
  When when = When.AUTO;

  /** Whether standard output gets colour in this run. */
  boolean enabled(Environment env) {
    return env.colour(when);
  }
}
