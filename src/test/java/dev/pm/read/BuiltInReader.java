package dev.pm.read;

import dev.pm.template.TemplateCatalog;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The reader a repository without {@code .pm.yaml} gets: the built-in templates, no configuration,
 * the working folder as the project root. The corpus tests, the fixture tests and the reading
 * benchmarks all read this way, so they share one place that says so.
 */
public final class BuiltInReader {

  private BuiltInReader() {}

  public static DocumentReader create() {
    return new DocumentReader(
        new SchemaResolver(
            TemplateCatalog.builtIn(), Optional.empty(), Map.of(), Path.of("").toAbsolutePath()));
  }
}
