package dev.pm.read;

import dev.pm.model.PostMortem;
import dev.pm.schema.Schema;
import dev.pm.schema.SectionSpec;
import dev.pm.template.Template;
import dev.pm.template.TemplateCatalog;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the schema a file is checked against: {@code --schema}; else the front matter's {@code
 * template:}; else a path mapping from configuration; else the template whose required sections the
 * file matches best; else general checks only.
 */
public final class SchemaResolver {

  /** Below this share of a template's required sections, a file is not said to follow it. */
  static final double BEST_MATCH_THRESHOLD = 0.5;

  /**
   * The schema chosen for a file and why; {@code unknownTemplate} is a front matter name not found.
   */
  public record Resolution(
      Schema schema, SchemaSelection selection, Optional<String> unknownTemplate) {}

  private final TemplateCatalog catalog;
  private final Optional<Schema> forced;
  private final Map<String, String> pathTemplates;
  private final Path base;

  /**
   * @param forced {@code --schema FILE}, applied to every file
   * @param pathTemplates glob (relative to {@code base}) to template name, from {@code .pm.yaml}
   */
  public SchemaResolver(
      TemplateCatalog catalog,
      Optional<Schema> forced,
      Map<String, String> pathTemplates,
      Path base) {
    this.catalog = catalog;
    this.forced = forced;
    this.pathTemplates = Map.copyOf(pathTemplates);
    this.base = base;
  }

  public TemplateCatalog catalog() {
    return catalog;
  }

  public Resolution resolve(PostMortem doc) {
    if (forced.isPresent()) {
      return new Resolution(
          forced.get(), SchemaSelection.of(SchemaSelection.How.EXPLICIT), Optional.empty());
    }
    Optional<String> named = doc.frontMatter().flatMap(fm -> fm.text("template")).map(String::trim);
    if (named.isPresent() && !named.get().isEmpty()) {
      Optional<Template> template = catalog.find(named.get());
      if (template.isPresent()) {
        return new Resolution(
            template.get().schema(),
            SchemaSelection.of(SchemaSelection.How.FRONT_MATTER),
            Optional.empty());
      }
      Resolution guess = byPathOrContent(doc);
      return new Resolution(guess.schema(), guess.selection(), named);
    }
    return byPathOrContent(doc);
  }

  private Resolution byPathOrContent(PostMortem doc) {
    Optional<Schema> mapped = mappedByPath(doc.source().path());
    if (mapped.isPresent()) {
      return new Resolution(
          mapped.get(), SchemaSelection.of(SchemaSelection.How.EXPLICIT), Optional.empty());
    }
    return bestMatch(doc);
  }

  private Optional<Schema> mappedByPath(Path file) {
    if (pathTemplates.isEmpty()) {
      return Optional.empty();
    }
    Path absolute = file.toAbsolutePath().normalize();
    Path relative = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    for (var entry : pathTemplates.entrySet()) {
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + entry.getKey());
      if (matcher.matches(relative)) {
        return catalog.find(entry.getValue()).map(Template::schema);
      }
    }
    return Optional.empty();
  }

  private Resolution bestMatch(PostMortem doc) {
    Schema best = null;
    int bestFound = 0;
    int bestRequired = 1;
    for (Template template : catalog.all()) {
      List<SectionSpec> required =
          template.schema().sections().stream().filter(SectionSpec::required).toList();
      if (required.isEmpty()) {
        continue;
      }
      int found =
          (int) required.stream().filter(s -> SectionMatcher.find(doc, s).isPresent()).count();
      if (best == null || (double) found / required.size() > (double) bestFound / bestRequired) {
        best = template.schema();
        bestFound = found;
        bestRequired = required.size();
      }
    }
    if (best == null || (double) bestFound / bestRequired < BEST_MATCH_THRESHOLD) {
      return new Resolution(
          GenericSchema.SCHEMA, SchemaSelection.of(SchemaSelection.How.GENERIC), Optional.empty());
    }
    return new Resolution(
        best,
        new SchemaSelection(SchemaSelection.How.BEST_MATCH, bestFound, bestRequired),
        Optional.empty());
  }
}
