package dev.pm.cli;

import dev.pm.config.ConfigLoader;
import dev.pm.config.PmConfig;
import dev.pm.template.TemplateCatalog;
import java.nio.file.Path;
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
}
