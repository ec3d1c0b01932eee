package dev.pm.cli;

import dev.pm.cache.CacheShape;
import dev.pm.cache.ResultCache;
import dev.pm.cache.RunKey;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --cache}, {@code --no-cache} and {@code --cache-location}, shared by lint and stats, and
 * the key that decides whether a cached result still applies: pm's build, the shape of what is
 * cached, the configuration file and every schema and template file the run can use, plus what the
 * command adds (its options).
 */
final class CacheOption {

  /** The cache folder, relative to the project root, when no location is given. */
  static final String DEFAULT_LOCATION = ".pm-cache";

  /** pm's build as the key sees it; tests put another build here to stand for an upgrade of pm. */
  static java.util.function.Supplier<String> build = CacheOption::pmBuild;

  @Option(
      names = "--cache",
      negatable = true,
      description =
          "Keep each file's result in the cache folder and reuse it while the file, pm, the configuration and the schemas are unchanged (default: the cache key of .pm.yaml, else off).")
  Boolean cache;

  @Option(
      names = "--cache-location",
      paramLabel = "FOLDER",
      description = "The cache folder (default: .pm-cache at the project root).")
  Path location;

  /**
   * The cache for {@code command}'s results of {@code type}, or a disabled one.
   *
   * @param options what else the results depend on (the command's options), added to the key
   */
  <T> ResultCache<T> open(
      Environment env,
      Project project,
      Optional<Path> schema,
      String command,
      Class<T> type,
      java.util.function.Consumer<RunKey> options,
      PrintWriter err) {
    boolean on = cache != null ? cache : project.config().cache();
    if (!on) {
      return ResultCache.disabled();
    }
    Path folder =
        location != null
            ? env.resolve(location)
            : project.config().base().resolve(DEFAULT_LOCATION);
    try {
      RunKey key = key(command, type, project, schema, build.get());
      options.accept(key);
      return ResultCache.open(
          folder.resolve(command + ".json"),
          key.digest(),
          type,
          line -> {
            err.println(line);
            err.flush();
          });
    } catch (IOException e) {
      err.println(
          "pm: running without the cache: cannot read what its key needs ("
              + dev.pm.io.Escape.text(String.valueOf(e.getMessage()))
              + ")");
      return ResultCache.disabled();
    }
  }

  /**
   * Everything but the command's own options; {@code build} names pm's build (a parameter for
   * tests).
   */
  static RunKey key(
      String command, Class<?> type, Project project, Optional<Path> schema, String build)
      throws IOException {
    RunKey key =
        new RunKey(command)
            .add("pm", build)
            .add("shape", CacheShape.of(type))
            .add("base", project.config().base().toString());
    key.addFile(
        "config", project.config().source().orElse(project.config().base().resolve(".pm.yaml")));
    Optional<Path> templates = project.config().templatesPath();
    key.add("templatesDir", templates.map(Path::toString).orElse("none"));
    if (templates.isPresent()) {
      key.addFolder("templates", templates.get());
    }
    if (schema.isPresent()) {
      key.addFile("schema", schema.get());
      Path parent = schema.get().toAbsolutePath().getParent();
      key.addFile(
          "schema-template",
          parent == null ? Path.of("template.md") : parent.resolve("template.md"));
    }
    return key;
  }

  /**
   * pm's version and commit, and the size and time of the jar it runs from, so that a rebuilt jar
   * of the same version (a developer's, or one built from a changed working tree) starts afresh.
   */
  static String pmBuild() {
    StringBuilder build =
        new StringBuilder(VersionProvider.version()).append(' ').append(VersionProvider.commit());
    try {
      var source = CacheOption.class.getProtectionDomain().getCodeSource();
      if (source != null) {
        Path jar = Path.of(source.getLocation().toURI());
        if (Files.isRegularFile(jar)) {
          build
              .append(' ')
              .append(Files.size(jar))
              .append(' ')
              .append(Files.getLastModifiedTime(jar).toMillis());
        }
      }
    } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
      build.append(" unknown-jar");
    }
    return build.toString();
  }
}
