package dev.pm.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --config FILE}, shared by the commands that read the project's configuration, and the
 * project it loads.
 */
final class ConfigOption {

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Configuration file (default: the nearest .pm.yaml).")
  Path file;

  /**
   * The project: {@code --config} if given, else the nearest {@code .pm.yaml} from the working
   * directory.
   */
  Project load(Environment env) {
    return Project.load(env, Optional.ofNullable(file));
  }
}
