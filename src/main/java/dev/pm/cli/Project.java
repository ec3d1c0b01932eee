package dev.pm.cli;

import dev.pm.config.ConfigLoader;
import dev.pm.config.PmConfig;
import dev.pm.error.UserError;
import dev.pm.io.FileCollector;
import dev.pm.read.SchemaResolver;
import dev.pm.schema.Schema;
import dev.pm.template.TemplateCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The repository a command runs in: its configuration and the templates it can use. */
record Project(PmConfig config, TemplateCatalog catalog) {

  static Project load(Environment env, Optional<Path> configFile) {
    PmConfig config =
        ConfigLoader.load(env.workingDir(), configFile.map(env::resolve), env.parseLimits());
    TemplateCatalog catalog =
        TemplateCatalog.load(config.templatesPath())
            .withVocabulary(config.severities(), config.statuses(), config.draftStatuses());
    return new Project(config, catalog);
  }

  /** Which schema each file is read with: {@code forced} ({@code --schema}) or the configured. */
  SchemaResolver resolver(Optional<Schema> forced) {
    return new SchemaResolver(catalog, forced, config.templatesByPath(), config.base());
  }

  /** Finds files under this project's include and exclude globs, from the working directory. */
  FileCollector collector(Environment env) {
    return new FileCollector(config.base(), env.workingDir(), config.include(), config.exclude());
  }

  /**
   * The files at {@code paths}, or in the post-mortem folder when none are given; a path that does
   * not exist is an error.
   */
  FileCollector.Collected collect(Environment env, List<Path> paths) {
    FileCollector.Collected collected =
        collector(env).collect(paths.isEmpty() ? List.of(config.postmortemDirectory()) : paths);
    if (!collected.missing().isEmpty()) {
      throw new UserError("no such file or folder: " + String.join(", ", collected.missing()));
    }
    return collected;
  }
}
