package dev.pm.lsp;

import dev.pm.config.ConfigLoader;
import dev.pm.config.PmConfig;
import dev.pm.io.FileCollector;
import dev.pm.lint.fix.DocumentLint;
import dev.pm.parse.FrontMatterPeek;
import dev.pm.parse.ParseLimits;
import dev.pm.schema.Schema;
import dev.pm.template.Template;
import dev.pm.template.TemplateCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The repository the editor has open, as {@code pm lint} run at its root sees it: the {@code
 * .pm.yaml} found from the root, the templates, and which files are post-mortems. Immutable: a
 * configuration change makes a new one.
 */
final class Workspace {

  private final Path root;
  private final PmConfig config;
  private final TemplateCatalog catalog;
  private final FileCollector collector;
  private final DocumentLint lint;

  private Workspace(Path root, PmConfig config, TemplateCatalog catalog) {
    this.root = root;
    this.config = config;
    this.catalog = catalog;
    this.collector = new FileCollector(config.base(), root, config.include(), config.exclude());
    this.lint = new DocumentLint(config, catalog);
  }

  /**
   * Reads the configuration and templates for {@code root}.
   *
   * @throws dev.pm.error.UserError when {@code .pm.yaml} or a schema cannot be used
   */
  static Workspace load(Path root, ParseLimits defaultLimits) {
    Path absolute = root.toAbsolutePath().normalize();
    PmConfig config = ConfigLoader.load(absolute, Optional.empty(), defaultLimits);
    TemplateCatalog catalog =
        TemplateCatalog.load(config.templatesPath())
            .withVocabulary(config.severities(), config.statuses(), config.draftStatuses());
    return new Workspace(absolute, config, catalog);
  }

  /**
   * pm's defaults and built-in templates, for when the repository's configuration cannot be read.
   */
  static Workspace defaults(Path root, ParseLimits defaultLimits) {
    Path absolute = root.toAbsolutePath().normalize();
    return new Workspace(
        absolute, PmConfig.defaults(absolute, defaultLimits), TemplateCatalog.builtIn());
  }

  Path root() {
    return root;
  }

  PmConfig config() {
    return config;
  }

  TemplateCatalog catalog() {
    return catalog;
  }

  DocumentLint lint() {
    return lint;
  }

  /** A path as {@code pm lint} at the root shows it. */
  String display(Path file) {
    return collector.display(file);
  }

  /**
   * A Markdown file the configuration's include/exclude globs select, or one whose front matter
   * names a template.
   */
  boolean isPostMortem(Path file, String text) {
    String name =
        file.getFileName() == null
            ? ""
            : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (!name.endsWith(".md") && !name.endsWith(".markdown")) {
      return false;
    }
    return collector.selects(file) || FrontMatterPeek.field(text, "template").isPresent();
  }

  /**
   * The configuration file, a schema or a template body: a change to one changes what lint checks.
   */
  boolean isConfiguration(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    if (config.source().map(s -> s.toAbsolutePath().normalize().equals(absolute)).orElse(false)) {
      return true;
    }
    String name = absolute.getFileName() == null ? "" : absolute.getFileName().toString();
    if (name.equals(ConfigLoader.FILE_NAME)) {
      return true;
    }
    return config.templatesPath().map(dir -> absolute.startsWith(dir)).orElse(false)
        && (name.equals("schema.yaml")
            || name.equals("template.md")
            || name.equals("catalog.yaml"));
  }

  /** The post-mortems {@code pm lint} checks without arguments: the configured folder. */
  List<Path> postMortemFiles() {
    return collector.collect(List.of(config.postmortemDirectory())).files().stream()
        .map(f -> f.path())
        .toList();
  }

  /** The schema a document was last checked against, else the default template's. */
  Optional<Schema> schema(String templateName) {
    Optional<Template> named =
        templateName.isEmpty() ? Optional.empty() : catalog.find(templateName);
    return named.or(() -> catalog.find(config.template())).map(Template::schema);
  }
}
