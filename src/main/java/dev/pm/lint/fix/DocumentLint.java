package dev.pm.lint.fix;

import dev.pm.config.PmConfig;
import dev.pm.lint.BuiltInRules;
import dev.pm.lint.Diagnostic;
import dev.pm.lint.FileResult;
import dev.pm.lint.FileSummary;
import dev.pm.lint.Linter;
import dev.pm.lint.RuleSettings;
import dev.pm.model.Location;
import dev.pm.model.ParseProblem;
import dev.pm.model.PostMortem;
import dev.pm.model.SourceFile;
import dev.pm.parse.PostMortemParser;
import dev.pm.read.SchemaResolver;
import dev.pm.template.TemplateCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Lints and fixes one document held in memory (an editor's buffer), with the same rules, settings
 * and fixes as {@code pm lint} and {@code pm lint --fix} on that file in a repository run.
 *
 * <p>Rationale: this is the one door {@code pm lsp} goes through into linting, so a change to how
 * pm lints (the reading layer, reporters, LintCommand) reaches the editor without touching it. Call
 * it on a thread with a large stack, as parsing needs (see {@link dev.pm.work.ParseWorkers}).
 */
public final class DocumentLint {

  /**
   * What linting one document found.
   *
   * @param result the diagnostics, each with its fix if it has one, and the template used
   * @param summary what cross-file rules keep of the document (its incident id)
   */
  public record Checked(FileResult result, FileSummary summary) {
    public List<Diagnostic> diagnostics() {
      return result.diagnostics();
    }
  }

  private final PostMortemParser parser;
  private final Linter linter;

  /**
   * Everything from the repository's configuration, as {@code pm lint} without options sets it up.
   */
  public DocumentLint(PmConfig config, TemplateCatalog catalog) {
    this.parser = new PostMortemParser(config.limits());
    this.linter =
        new Linter(
            BuiltInRules.fileRules(),
            BuiltInRules.crossFileRules(),
            new RuleSettings(config.rules()),
            new SchemaResolver(catalog, Optional.empty(), config.templatesByPath(), config.base()));
  }

  /**
   * Lints {@code text} as the file {@code path} (shown as {@code displayPath}).
   *
   * @param others the other post-mortems of the repository, for cross-file rules (duplicate ids);
   *     an entry for {@code path} itself is ignored
   */
  public Checked check(Path path, String displayPath, String text, Collection<FileSummary> others) {
    Linter.Checked checked = linter.check(parse(new SourceFile(path, displayPath, text)));
    Path self = checked.summary().path();
    List<Linter.Checked> run = new ArrayList<>(others.size() + 1);
    run.add(checked);
    for (FileSummary other : others) {
      if (!other.path().equals(self)) {
        run.add(new Linter.Checked(new FileResult(other.file(), "", List.of()), other));
      }
    }
    FileResult own =
        linter.report(run).files().stream()
            .filter(f -> f.file().equals(displayPath))
            .findFirst()
            .orElse(checked.result());
    return new Checked(own, checked.summary());
  }

  /**
   * The text after {@code pm lint --fix}: every fix applied, tables re-aligned, to a fixed point.
   * With {@code only}, just that diagnostic's fix (and the re-alignment of its table).
   */
  public String fix(Path path, String displayPath, String text, Optional<Diagnostic> only) {
    SourceFile source = new SourceFile(path, displayPath, text);
    FileFixer fixer = new FileFixer(parser, linter);
    return only.map(d -> fixer.fixOne(source, d)).orElseGet(() -> fixer.fix(source).text());
  }

  /** What the cross-file rules need of a post-mortem on disk, read without parsing its Markdown. */
  public static FileSummary summaryOf(Path file, String displayPath) {
    return new FileSummary(
        displayPath,
        file.toAbsolutePath().normalize(),
        dev.pm.parse.IncidentIdReader.inFile(file),
        Location.START);
  }

  private PostMortem parse(SourceFile source) {
    long bytes = source.text().getBytes(StandardCharsets.UTF_8).length;
    if (bytes > parser.limits().maxFileBytes()) {
      return PostMortem.unreadable(
          source.withText(""),
          new ParseProblem(
              ParseProblem.Kind.UNREADABLE,
              Location.START,
              "file is "
                  + bytes
                  + " bytes; the limit is "
                  + parser.limits().maxFileBytes()
                  + " bytes (raise limits.maxFileSize in .pm.yaml)"));
    }
    return parser.parse(source);
  }
}
