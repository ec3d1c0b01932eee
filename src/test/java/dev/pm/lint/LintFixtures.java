package dev.pm.lint;

import dev.pm.io.InputFile;
import dev.pm.parse.HangGuardLimits;
import dev.pm.parse.PostMortemParser;
import dev.pm.read.SchemaResolver;
import dev.pm.schema.Schema;
import dev.pm.template.TemplateCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lints fixture files the way {@code pm lint} does, and prints diagnostics in the fixture form. */
public final class LintFixtures {

  private static final TemplateCatalog CATALOG = TemplateCatalog.builtIn();

  private LintFixtures() {}

  /**
   * Lints {@code files} together (cross-file rules see all of them). A {@code schema.yaml} in the
   * first file's folder is used as {@code --schema}.
   */
  public static LintReport lint(List<Path> files) {
    Path schemaFile = files.get(0).resolveSibling("schema.yaml");
    Optional<Schema> forced =
        Files.isRegularFile(schemaFile)
            ? Optional.of(TemplateCatalog.schemaFile(schemaFile))
            : Optional.empty();
    SchemaResolver resolver =
        new SchemaResolver(CATALOG, forced, Map.of(), Path.of("").toAbsolutePath());
    Linter linter =
        new Linter(
            BuiltInRules.fileRules(),
            BuiltInRules.crossFileRules(),
            RuleSettings.DEFAULTS,
            resolver);
    List<InputFile> inputs =
        files.stream().map(f -> new InputFile(f, f.getFileName().toString())).toList();
    return LintRun.run(inputs, new PostMortemParser(HangGuardLimits.LIMITS), linter, 2);
  }

  /** One line per diagnostic: {@code line:column severity RULE message}, sorted by position. */
  public static List<String> lines(LintReport report, String file) {
    return report.diagnostics().stream()
        .filter(d -> d.file().equals(file))
        .map(
            d ->
                d.line()
                    + ":"
                    + d.column()
                    + " "
                    + d.severity().wireName()
                    + " "
                    + d.rule().id()
                    + " "
                    + d.message())
        .toList();
  }
}
