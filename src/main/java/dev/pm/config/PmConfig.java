package dev.pm.config;

import dev.pm.lint.RuleLevel;
import dev.pm.parse.ParseLimits;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A repository's {@code .pm.yaml}, or the defaults where there is none.
 *
 * @param base the folder holding {@code .pm.yaml} (the working directory without one): relative
 *     paths and globs are read from here
 * @param source the file read, if any
 * @param directory where post-mortems live and {@code pm new} writes
 * @param template the default template for {@code pm new}
 * @param idPrefix incident ids are {@code <prefix>-YYYY-MM-DD-NN}
 * @param templatesDir the repository's own templates, adding to or overriding the built-in ones
 * @param severities a severity scale replacing every template's (empty: keep the template's)
 * @param statuses status values replacing every template's (empty: keep the template's)
 * @param draftStatuses the status values meaning "still being written" (empty: the template's own
 *     that remain after {@code statuses})
 * @param include globs of files that are post-mortems, relative to {@code base}
 * @param exclude globs of files that are not
 * @param rules severity per rule id or alias ({@code off} turns a rule off)
 * @param templatesByPath glob to template name, for files without {@code template:}
 * @param limits bounds on the work per file
 * @param owners another name of an owner to the name stats shows ({@code grace: "@grace"})
 * @param directorySet whether {@code .pm.yaml} names {@code directory}: then the folder is expected
 *     to hold post-mortems, and a lint that finds none fails (unless {@code --no-fail-on-empty})
 * @param cache whether lint and stats keep results between runs ({@code cache: true}; {@code
 *     --cache} for one run)
 */
public record PmConfig(
    Path base,
    Optional<Path> source,
    String directory,
    String template,
    String idPrefix,
    Optional<String> templatesDir,
    List<String> severities,
    List<String> statuses,
    List<String> draftStatuses,
    List<String> include,
    List<String> exclude,
    Map<String, RuleLevel> rules,
    Map<String, String> templatesByPath,
    ParseLimits limits,
    dev.pm.index.IndexSettings index,
    Map<String, String> owners,
    boolean directorySet,
    boolean cache) {

  public static final List<String> DEFAULT_INCLUDE = List.of("**.md");
  public static final List<String> DEFAULT_EXCLUDE =
      List.of("**/README.md", "README.md", "**/index.md", "index.md");

  public PmConfig {
    severities = List.copyOf(severities);
    statuses = List.copyOf(statuses);
    draftStatuses = List.copyOf(draftStatuses);
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    rules = Map.copyOf(rules);
    templatesByPath = Map.copyOf(templatesByPath);
    owners = Map.copyOf(owners);
  }

  public static PmConfig defaults(Path base) {
    return defaults(base, ParseLimits.DEFAULT);
  }

  /** The defaults, parsing with {@code limits}. */
  public static PmConfig defaults(Path base, ParseLimits limits) {
    return new PmConfig(
        base,
        Optional.empty(),
        "postmortems",
        "standard",
        "INC",
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(),
        DEFAULT_INCLUDE,
        DEFAULT_EXCLUDE,
        Map.of(),
        Map.of(),
        limits,
        dev.pm.index.IndexSettings.DEFAULT,
        Map.of(),
        false,
        false);
  }

  public Path postmortemDirectory() {
    return base.resolve(directory).normalize();
  }

  public Optional<Path> templatesPath() {
    return templatesDir.map(d -> base.resolve(d).normalize());
  }
}
