package dev.pm.lint;

import dev.pm.model.Location;
import dev.pm.model.PostMortem;
import dev.pm.parse.IncidentIdReader;
import dev.pm.read.DocumentReader;
import dev.pm.read.SchemaResolver;
import dev.pm.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the enabled rules over one parsed document at a time (thread-safe: call it from many
 * workers), then the cross-file rules over the per-file summaries.
 */
public final class Linter {

  /** Stamped on a finding when a rule itself failed: a bug in pm, reported on the file it hit. */
  public static final RuleInfo INTERNAL_ERROR =
      RuleInfo.of("PM000", "internal-error", Severity.ERROR, "pm failed while checking this file");

  /** Stamped on a rule name in a {@code pm-lint-disable} directive that no rule has. */
  public static final RuleInfo UNKNOWN_RULE_NAME =
      RuleInfo.of(
          "PM002",
          "unknown-rule-name",
          Severity.WARNING,
          "A pm-lint-disable or pm-lint-enable directive names a rule pm does not have");

  /** One file's result and what cross-file rules keep of it. */
  public record Checked(FileResult result, FileSummary summary) {}

  private final List<Rule> rules;
  private final List<CrossFileRule> crossFileRules;
  private Optional<IdsAtRef> atRef = Optional.empty();
  private Optional<IdsInFolder> inFolder = Optional.empty();
  private final RuleSettings settings;
  private final SchemaResolver resolver;
  private final DocumentReader reader;
  private Baseline baseline = Baseline.empty();
  private java.time.LocalDate asOf = java.time.LocalDate.now(java.time.ZoneId.systemDefault());
  private java.util.function.Consumer<Baseline.Key> recorder = key -> {};

  /** Whether a baseline is read or written; without one no key is ever made. */
  private boolean keyed;

  public Linter(
      List<Rule> rules,
      List<CrossFileRule> crossFileRules,
      RuleSettings settings,
      SchemaResolver resolver) {
    // A rule off by default stays: a template's schema may turn it on for its documents.
    this.rules = rules.stream().filter(r -> !settings.isSetOff(r.info())).toList();
    this.crossFileRules = crossFileRules.stream().filter(r -> !settings.isOff(r.info())).toList();
    this.settings = settings;
    this.resolver = resolver;
    this.reader = new DocumentReader(resolver);
  }

  /** Findings the baseline records are left out of the results. */
  /** Cross-file rules also compare with the ids at a git ref ({@code pm lint --against}). */
  public Linter against(IdsAtRef ids) {
    this.atRef = Optional.of(ids);
    return this;
  }

  /** The date policies measure "within N days" against ({@code pm lint --as-of}); default today. */
  public Linter asOf(java.time.LocalDate date) {
    this.asOf = date;
    return this;
  }

  /**
   * Cross-file rules also compare with the ids of every post-mortem in the folder (a run on named
   * files).
   */
  public Linter alongside(IdsInFolder ids) {
    this.inFolder = Optional.of(ids);
    return this;
  }

  public Linter withBaseline(Baseline baseline) {
    this.baseline = baseline;
    this.keyed = true;
    return this;
  }

  /** Every finding's baseline key goes to {@code recorder} (for --write-baseline). */
  public Linter recordingTo(java.util.function.Consumer<Baseline.Key> recorder) {
    this.recorder = recorder;
    this.keyed = true;
    return this;
  }

  public List<RuleInfo> enabledRules() {
    List<RuleInfo> all = new ArrayList<>();
    rules.forEach(r -> all.add(r.info()));
    crossFileRules.forEach(r -> all.add(r.info()));
    return all;
  }

  public Checked check(PostMortem doc) {
    String file = doc.source().displayPath();
    List<Diagnostic> diagnostics = new ArrayList<>();
    DocumentReader.Resolved read = reader.read(doc);
    Schema schema = read.reading().schema();
    LintContext context =
        new LintContext(read.reading(), read.unknownTemplate())
            .withKnownTemplates(resolver.catalog().names())
            .withSettings(settings, asOf);
    boolean draft = doc.isReadable() && context.isDraft();
    Directives directives = Directives.of(doc.comments());
    for (Rule rule : rules) {
      if (!doc.isReadable() && rule.needsReadableFile()) {
        continue;
      }
      Optional<Severity> level = settings.level(rule.info(), draft, schema.rules()).severity();
      if (level.isEmpty()) {
        continue;
      }
      Severity severity = level.get();
      Findings sink =
          (at, message, fix) -> {
            if (!directives.suppresses(rule.info(), at.line())) {
              diagnostics.add(new Diagnostic(rule.info(), severity, file, at, message, fix));
            }
          };
      try {
        rule.check(context, sink);
      } catch (RuntimeException | StackOverflowError e) {
        diagnostics.add(
            new Diagnostic(
                INTERNAL_ERROR,
                Severity.ERROR,
                file,
                Location.START,
                "rule " + rule.info().id() + " failed: " + e + " (please report this)"));
      }
    }
    Optional<Severity> unknownNames = settings.level(UNKNOWN_RULE_NAME, false).severity();
    if (unknownNames.isPresent()) {
      for (Directives.UnknownName u : directives.unknownNames()) {
        diagnostics.add(
            new Diagnostic(
                UNKNOWN_RULE_NAME,
                unknownNames.get(),
                file,
                Location.ofLine(u.line()),
                "Unknown rule \""
                    + u.name()
                    + "\" in "
                    + u.kind()
                    + " silences nothing ('pm lint --list-rules' lists the rules)"));
      }
    }
    // The file's text is at hand only now: baseline keys are made here, not after the run.
    if (keyed && !diagnostics.isEmpty()) {
      Baseline.SourceLines lines = new Baseline.SourceLines(doc.source().text());
      diagnostics.removeIf(
          d -> {
            Baseline.Key key = Baseline.key(d, lines);
            recorder.accept(key);
            return baseline.excuses(key);
          });
    }
    String template = doc.isReadable() ? schema.name() : "";
    Optional<String> id = IncidentIdReader.of(doc.frontMatter());
    Location idAt =
        doc.frontMatter()
            .flatMap(fm -> fm.field("id"))
            .map(f -> f.value().at())
            .orElse(Location.START);
    return new Checked(
        new FileResult(file, template, diagnostics),
        new FileSummary(file, doc.source().path().toAbsolutePath().normalize(), id, idAt));
  }

  /** Adds the cross-file findings and assembles the report. */
  public LintReport report(List<Checked> checked) {
    Map<String, List<Diagnostic>> byFile = new java.util.LinkedHashMap<>();
    Map<String, String> templates = new java.util.HashMap<>();
    List<FileSummary> summaries = new ArrayList<>(checked.size());
    for (Checked c : checked) {
      byFile.put(c.result().file(), new ArrayList<>(c.result().diagnostics()));
      templates.put(c.result().file(), c.result().template());
      summaries.add(c.summary());
    }
    for (CrossFileRule rule : crossFileRules) {
      Optional<Severity> level = settings.level(rule.info(), false).severity();
      if (level.isEmpty()) {
        continue;
      }
      Severity severity = level.get();
      rule.check(
          new CrossFileRule.CrossFileContext(summaries, atRef, inFolder),
          (file, at, message) -> {
            Diagnostic d = new Diagnostic(rule.info(), severity, file, at, message);
            boolean excused = false;
            if (keyed) {
              Baseline.Key key = Baseline.key(d, "");
              recorder.accept(key);
              excused = baseline.excuses(key);
            }
            if (!excused) {
              byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(d);
            }
          });
    }
    List<FileResult> results = new ArrayList<>();
    byFile.forEach(
        (file, diagnostics) ->
            results.add(new FileResult(file, templates.getOrDefault(file, ""), diagnostics)));
    return new LintReport(results, enabledRules());
  }
}
