package dev.pm.cli;

import dev.pm.error.UserError;
import dev.pm.io.AtomicFiles;
import dev.pm.io.FileCollector;
import dev.pm.io.InputFile;
import dev.pm.lint.BuiltInRules;
import dev.pm.lint.IdsAtRef;
import dev.pm.lint.IdsInFolder;
import dev.pm.lint.LintReport;
import dev.pm.lint.LintRun;
import dev.pm.lint.Linter;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.RuleLevel;
import dev.pm.lint.RuleSettings;
import dev.pm.lint.Severity;
import dev.pm.lint.fix.FixRun;
import dev.pm.parse.ParserOnDemand;
import dev.pm.parse.PostMortemParser;
import dev.pm.read.SchemaResolver;
import dev.pm.report.ReportFormat;
import dev.pm.schema.Schema;
import dev.pm.template.TemplateCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pm lint}: checks post-mortems against their template's schema. */
@Command(
    name = "lint",
    description = "Check post-mortems against their template's schema.",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  pm lint                                   # the configured folder (postmortems/)",
      "  pm lint postmortems/2026-03-14-checkout.md",
      "  pm lint --format sarif --output pm.sarif",
      "  pm lint --format github --report sarif=pm.sarif --report junit=pm-junit.xml",
      "  pm lint --schema team/schema.yaml legacy/",
      "  pm lint --against origin/main             # also: ids already taken on the target branch",
      "  pm lint --fix-dry-run                     # show the safe fixes as a diff",
      "  pm lint --fix                             # apply them, then report what is left",
      "",
      "Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors or too many warnings",
      "(with --fix-dry-run: a file would change), 2 usage, configuration or schema error."
    })
final class LintCommand implements Callable<Integer> {

  @ParentCommand PmCommand parent;
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description =
          "Files or folders (folders are searched for *.md). Default: the configured folder.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      completionCandidates = CompletionCandidates.LintFormats.class,
      description = "Output: ${COMPLETION-CANDIDATES} (default: text).")
  ReportFormat format = ReportFormat.TEXT;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(
      names = "--report",
      paramLabel = "FORMAT=FILE",
      completionCandidates = CompletionCandidates.ReportTargets.class,
      description =
          "Also write a report in FORMAT to FILE, from the same run (repeatable): e.g. --report sarif=pm.sarif.")
  Map<ReportFormat, Path> reports = new LinkedHashMap<>();

  @Mixin ConfigOption config;

  @Option(
      names = "--schema",
      paramLabel = "FILE",
      description = "Check every file against this schema.yaml, whatever its front matter says.")
  Path schema;

  Integer maxWarnings;

  @Option(
      names = "--max-warnings",
      paramLabel = "N",
      description = "Exit 1 when there are more than N warnings (default: no limit).")
  void setMaxWarnings(int value) {
    if (value < 0) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--max-warnings must be 0 or more, not " + value);
    }
    maxWarnings = value;
  }

  @Option(
      names = {"-q", "--quiet"},
      description = "Report errors only.")
  boolean quiet;

  @Mixin JobsOption jobs;

  @Option(
      names = "--rule",
      paramLabel = "RULE=SEVERITY",
      completionCandidates = CompletionCandidates.RuleNames.class,
      description = "Set a rule's severity (error, warning, info, off); repeatable.")
  Map<String, String> ruleOverrides = new LinkedHashMap<>();

  @Option(
      names = "--write-baseline",
      paramLabel = "FILE",
      description =
          "Record today's findings in FILE; later runs with --baseline fail only on new ones.")
  Path writeBaseline;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description =
          "Leave out the findings recorded in FILE (matched by file, rule and content, not line).")
  Path baselineFile;

  @Option(
      names = "--fix",
      description =
          "Apply the safe, mechanical fixes (status and severity spelling, dates written YYYY-MM-DD, front matter the body states, body values that disagree with the front matter, tables re-aligned), then report what is left.")
  boolean fix;

  @Option(
      names = "--fix-dry-run",
      description =
          "Print the fixes --fix would apply as a unified diff and change nothing; exit 1 if a file would change.")
  boolean fixDryRun;

  @Option(
      names = "--force",
      description =
          "With --fix: rewrite read-only files too (they stay read-only); without it pm refuses them.")
  boolean force;

  @Option(
      names = "--against",
      paramLabel = "REF",
      description =
          "Also report an incident id that another file already has at git REF (e.g. origin/main): two branches, one id.")
  String against;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      converter = StrictDateConverter.class,
      description = "Reference date for policies' \"final within N days\" (default: today).")
  java.time.LocalDate asOf;

  @Option(
      names = "--fail-on-empty",
      negatable = true,
      description =
          "Exit 2 when no post-mortem is found (default: on when .pm.yaml sets directory; --no-fail-on-empty turns it off).")
  Boolean failOnEmpty;

  private boolean emptyFails;

  @Option(
      names = "--stdin-filename",
      paramLabel = "PATH",
      description =
          "With '-' as the path: the file name standard input stands for (in findings, and for the configuration).")
  String stdinFilename;

  @Option(names = "--list-rules", description = "List the rules and exit.")
  boolean listRules;

  @Mixin VerboseOption verbose;

  @Mixin ColorOption color;
  @Mixin CacheOption cacheOption;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (listRules) {
      for (RuleInfo rule : BuiltInRules.all()) {
        out.printf(
            "%s  %-26s %-7s %s%n", rule.id(), rule.name(), rule.level().wireName(), rule.summary());
      }
      return ExitCodes.OK;
    }
    Environment env = parent.env();
    Project project = config.load(env);
    verbose.sayConfiguration(env, project);
    RuleSettings settings = new RuleSettings(project.config().rules()).with(parseOverrides());
    Optional<Schema> forced =
        Optional.ofNullable(schema).map(env::resolve).map(TemplateCatalog::schemaFile);
    SchemaResolver resolver = project.resolver(forced);
    Linter linter =
        new Linter(BuiltInRules.fileRules(), BuiltInRules.crossFileRules(), settings, resolver)
            .asOf(asOf != null ? asOf : env.today());
    if (baselineFile != null) {
      try {
        linter.withBaseline(dev.pm.lint.Baseline.read(env.resolve(baselineFile)));
      } catch (IOException e) {
        throw new UserError("cannot read baseline " + baselineFile + ": " + e.getMessage());
      }
    }
    if (against != null) {
      try {
        linter.against(IdsAtRef.read(env.workingDir(), against));
      } catch (IllegalArgumentException e) {
        throw new UserError(e.getMessage());
      }
    }
    java.util.Queue<dev.pm.lint.Baseline.Key> recorded =
        new java.util.concurrent.ConcurrentLinkedQueue<>();
    if (writeBaseline != null) {
      linter.recordingTo(recorded::add);
    }

    List<Path> targets = paths.isEmpty() ? List.of(project.config().postmortemDirectory()) : paths;
    FileCollector collector = project.collector(env);
    if (StandardInput.requested(paths, stdinFilename)) {
      if (fix || fixDryRun || writeBaseline != null) {
        throw new UserError(
            "--fix, --fix-dry-run and --write-baseline work on files, not on standard input");
      }
      linter.alongside(
          IdsInFolder.read(
              collector.collect(List.of(project.config().postmortemDirectory())).files()));
      return finish(
          StandardInput.lint(
              env,
              StandardInput.path(env, stdinFilename),
              collector,
              new PostMortemParser(project.config().limits()),
              linter),
          env,
          out,
          spec.commandLine().getErr(),
          recorded);
    }
    FileCollector.Collected collected = collector.collect(targets);
    PrintWriter err = spec.commandLine().getErr();
    if (!collected.missing().isEmpty()) {
      throw new UserError("no such file or folder: " + String.join(", ", collected.missing()));
    }
    collected
        .ignored()
        .forEach(ignored -> verbose.say("skipped " + dev.pm.io.Escape.text(ignored)));
    for (String skipped : collected.skipped()) {
      err.println(
          format == ReportFormat.GITHUB
              ? dev.pm.report.GithubReporter.skipped(skipped)
              : "pm: skipped " + dev.pm.io.Escape.text(skipped));
    }
    if (collected.files().isEmpty()) {
      // "0 files checked: no problems" reads as a pass; a folder that should hold post-mortems and
      // holds none (a moved folder, a wrong path in CI) must not pass quietly.
      String where =
          targets.stream()
              .map(env::resolve)
              .map(env::shown)
              .collect(java.util.stream.Collectors.joining(", "));
      err.println("pm: no post-mortems found in " + where);
      // The reports are still written (an empty SARIF file keeps an upload step working).
      emptyFails = failOnEmpty != null ? failOnEmpty : project.config().directorySet();
    }
    if (!paths.isEmpty()) {
      List<InputFile> folder =
          collector.collect(List.of(project.config().postmortemDirectory())).files();
      // When the run already holds every post-mortem of the folder (pm lint postmortems/), PM604
      // compares them all and the folder adds nothing: its front matter is not read a second time.
      if (!IdsInFolder.covers(collected.files(), folder)) {
        linter.alongside(IdsInFolder.read(folder));
      }
    }
    if (fix && fixDryRun) {
      throw new UserError("choose one of --fix and --fix-dry-run");
    }
    if (force && !fix) {
      throw new UserError("--force only changes what --fix may rewrite; add --fix");
    }
    // Made when a file must really be parsed: not at all when every file comes from the cache.
    ParserOnDemand parser = new ParserOnDemand(project.config().limits());
    List<InputFile> files = collected.files();
    int threads = jobs.threads();
    if (fixDryRun) {
      return FixOutput.dryRun(
          FixRun.run(files, parser.get(), linter, threads, false, AtomicFiles.ReadOnlyFiles.REFUSE),
          out,
          err);
    }
    if (fix) {
      dev.pm.io.StaleTemps.removeBeside(
              files.stream().map(InputFile::path).toList(), java.time.Instant.now())
          .forEach(
              temp ->
                  verbose.say(
                      "removed "
                          + dev.pm.io.Escape.text(env.shown(temp))
                          + ", a temporary file an interrupted pm run left"));
      FixOutput.applied(
          FixRun.run(
              files, parser.get(), linter, threads, true, AtomicFiles.ReadOnlyFiles.forced(force)),
          err);
    }
    dev.pm.cache.ResultCache<Linter.Checked> cache = openCache(env, project, err);
    LintReport report;
    try (Progress progress = Progress.of(env, err, files.size())) {
      report = LintRun.run(files, parser, linter, threads, cache, progress);
    }
    cache.save();
    if (project.config().source().isEmpty() && schema == null) {
      Optional<LintReport> unadopted =
          dev.pm.lint.AdoptionSummary.unadopted(
              report, files.stream().map(InputFile::path).toList());
      if (unadopted.isPresent()) {
        report = unadopted.get();
        err.println(
            dev.pm.lint.AdoptionSummary.message(report.files().size(), folderHint(targets)));
      }
    }
    return finish(report, env, out, err, recorded);
  }

  /** Writes the reports and the baseline, and decides the exit code. */
  private int finish(
      LintReport report,
      Environment env,
      PrintWriter out,
      PrintWriter err,
      java.util.Queue<dev.pm.lint.Baseline.Key> recorded)
      throws IOException {
    // Counted before --quiet hides them: --quiet changes what is shown, not what passes (as in
    // ESLint).
    long warnings = report.warnings();
    if (quiet) {
      report = errorsOnly(report);
    }
    boolean colour = color.enabled(env);
    write(format, output, report, out, env, colour);
    for (Map.Entry<ReportFormat, Path> extra : reports.entrySet()) {
      write(extra.getKey(), extra.getValue(), report, out, env, colour);
    }
    if (writeBaseline != null) {
      String baselineText = dev.pm.lint.Baseline.write(recorded);
      OutputFile.write(env, writeBaseline, w -> w.write(baselineText));
      err.println("pm: wrote " + recorded.size() + " findings to " + writeBaseline);
      return ExitCodes.OK;
    }
    if (emptyFails) {
      return ExitCodes.USAGE;
    }
    boolean tooManyWarnings = maxWarnings != null && warnings > maxWarnings;
    if (tooManyWarnings) {
      err.println(
          "pm: "
              + warnings
              + (warnings == 1 ? " warning" : " warnings")
              + ", more than --max-warnings "
              + maxWarnings);
    }
    return report.errors() > 0 || tooManyWarnings ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /**
   * The cache, keyed also on what this command's results depend on besides the files: the rule
   * settings, the reference date and the baseline. Writing a baseline needs every finding's key
   * from the file's text, so that run reads every file.
   */
  private dev.pm.cache.ResultCache<Linter.Checked> openCache(
      Environment env, Project project, PrintWriter err) {
    if (writeBaseline != null) {
      return dev.pm.cache.ResultCache.disabled();
    }
    java.time.LocalDate date = asOf != null ? asOf : env.today();
    return cacheOption.open(
        env,
        project,
        Optional.ofNullable(schema).map(env::resolve),
        "lint",
        Linter.Checked.class,
        key -> {
          key.add("rules", ruleOverrides.toString()).add("as-of", date.toString());
          try {
            key.addFile("baseline", baselineFile == null ? Path.of("") : env.resolve(baselineFile));
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        },
        err);
  }

  /**
   * The folder to name in the adoption hint: the one given, when it is plain enough to print as is.
   */
  private static String folderHint(List<Path> targets) {
    String given = targets.size() == 1 ? targets.get(0).toString().replace('\\', '/') : "";
    String folder = given.isEmpty() || given.endsWith("/") ? given : given + "/";
    return folder.matches("[\\w./-]{1,120}") && !folder.endsWith(".md/") ? folder : "postmortems/";
  }

  private Map<String, RuleLevel> parseOverrides() {
    Map<String, RuleLevel> parsed = new LinkedHashMap<>();
    ruleOverrides.forEach(
        (rule, severity) -> {
          if (BuiltInRules.find(rule).isEmpty() && !BuiltInRules.isPolicyKey(rule)) {
            throw new UserError(
                "unknown rule \"" + rule + "\" in --rule; 'pm lint --list-rules' lists them");
          }
          try {
            parsed.put(rule, RuleLevel.fromWireName(severity));
          } catch (IllegalArgumentException e) {
            throw new UserError("--rule " + rule + ": " + e.getMessage());
          }
        });
    return parsed;
  }

  private static LintReport errorsOnly(LintReport report) {
    return new LintReport(
        report.files().stream()
            .map(
                // A file with nothing but errors (most files: none at all) is kept as it is.
                f ->
                    f.count(Severity.ERROR) == f.diagnostics().size()
                        ? f
                        : new dev.pm.lint.FileResult(
                            f.file(),
                            f.template(),
                            f.diagnostics().stream()
                                .filter(d -> d.severity() == Severity.ERROR)
                                .toList()))
            .toList(),
        report.rules());
  }

  private static void write(
      ReportFormat format,
      Path output,
      LintReport report,
      PrintWriter out,
      Environment env,
      boolean colour)
      throws IOException {
    // Colour is for standard output on a terminal; a report file never gets it.
    var reporter =
        format == ReportFormat.TEXT && output == null
            ? new dev.pm.report.TextReporter(colour)
            : format.reporter(VersionProvider.version());
    if (output == null) {
      reporter.write(report, out);
      out.flush();
      return;
    }
    OutputFile.print(env, output, writer -> reporter.write(report, writer));
  }
}
