package dev.pm.cli;

import dev.pm.error.UserError;
import dev.pm.io.FileCollector;
import dev.pm.model.ActionStatus;
import dev.pm.parse.ParserOnDemand;
import dev.pm.read.SchemaResolver;
import dev.pm.schema.Schema;
import dev.pm.stats.GroupBy;
import dev.pm.stats.IncidentRecord;
import dev.pm.stats.OwnerNames;
import dev.pm.stats.PackedIncident;
import dev.pm.stats.StatsCalculator;
import dev.pm.stats.StatsFormat;
import dev.pm.stats.StatsQuery;
import dev.pm.stats.StatsResult;
import dev.pm.stats.StatsRun;
import dev.pm.template.TemplateCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pm stats}: action-item and incident figures across post-mortems. */
@Command(
    name = "stats",
    description =
        "Summarise action items across post-mortems: open, done, overdue, by owner, type, severity, month.",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  pm stats                                  # the configured folder, as of today",
      "  pm stats --overdue --group-by owner",
      "  pm stats --format html --output action-items.html",
      "  pm stats --format json --as-of 2026-06-01 | jq .summary",
      "",
      "Exit codes: 0 success, 1 overdue items with --fail-on-overdue, 2 usage or configuration error."
    })
final class StatsCommand implements Callable<Integer> {

  @ParentCommand PmCommand parent;
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Files or folders (default: the configured folder).")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      completionCandidates = CompletionCandidates.StatsFormats.class,
      description = "Output: ${COMPLETION-CANDIDATES} (default: table).")
  StatsFormat format = StatsFormat.TABLE;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path output;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      converter = StrictDateConverter.class,
      description = "Reference date for overdue and age (default: today).")
  LocalDate asOf;

  @Option(
      names = "--owner",
      paramLabel = "NAME",
      description = "Only this owner's items (@ optional, any case).")
  String owner;

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      completionCandidates = CompletionCandidates.Statuses.class,
      converter = StatusConverter.class,
      description = "Only items with this status: open, in-progress, done, cancelled.")
  ActionStatus status;

  @Option(names = "--overdue", description = "Only overdue items.")
  boolean overdue;

  @Option(names = "--severity", paramLabel = "S", description = "Only incidents of this severity.")
  String severity;

  @Option(
      names = "--since",
      paramLabel = "YYYY-MM-DD",
      converter = StrictDateConverter.class,
      description = "Only incidents on or after this date.")
  LocalDate since;

  @Option(
      names = "--until",
      paramLabel = "YYYY-MM-DD",
      converter = StrictDateConverter.class,
      description = "Only incidents on or before this date.")
  LocalDate until;

  @Option(
      names = "--group-by",
      paramLabel = "FIELD",
      completionCandidates = CompletionCandidates.GroupFields.class,
      description = "Breakdown: ${COMPLETION-CANDIDATES} (default: owner).")
  GroupBy groupBy = GroupBy.OWNER;

  @Option(
      names = "--csv-raw",
      description =
          "With --format csv: write cells as they are; by default a cell starting with =, +, -, @, tab or CR gets a leading ' so spreadsheets do not run it as a formula.")
  boolean csvRaw;

  @Option(
      names = "--fail-on-overdue",
      description = "Exit 1 when any item is overdue (for scheduled CI jobs).")
  boolean failOnOverdue;

  @picocli.CommandLine.Mixin ConfigOption config;

  @Option(
      names = "--schema",
      paramLabel = "FILE",
      description = "Read every file with this schema.yaml, whatever its front matter says.")
  Path schema;

  @picocli.CommandLine.Mixin JobsOption jobs;

  @picocli.CommandLine.Mixin ColorOption color;

  @picocli.CommandLine.Mixin VerboseOption verbose;

  @picocli.CommandLine.Mixin CacheOption cacheOption;

  @Override
  public Integer call() throws IOException {
    Environment env = parent.env();
    Project project = config.load(env);
    requireKnownSeverity(project);
    Optional<Schema> forced =
        Optional.ofNullable(schema).map(env::resolve).map(TemplateCatalog::schemaFile);
    SchemaResolver resolver = project.resolver(forced);
    FileCollector.Collected collected = project.collect(env, paths);
    PrintWriter err = spec.commandLine().getErr();
    verbose.sayConfiguration(env, project);
    collected
        .ignored()
        .forEach(ignored -> verbose.say("skipped " + dev.pm.io.Escape.text(ignored)));
    List<String> skipped = new ArrayList<>(collected.skipped());
    collected.skipped().forEach(s -> err.println("pm: skipped " + dev.pm.io.Escape.text(s)));
    dev.pm.cache.ResultCache<IncidentRecord> cache =
        cacheOption.open(
            env,
            project,
            Optional.ofNullable(schema).map(env::resolve),
            "stats",
            IncidentRecord.class,
            key -> {},
            err);
    List<PackedIncident> records;
    try (Progress progress = Progress.of(env, err, collected.files().size())) {
      records =
          StatsRun.read(
              collected.files(),
              new ParserOnDemand(project.config().limits()),
              resolver,
              jobs.threads(),
              s -> skipped.add(s),
              cache,
              progress);
    }
    cache.save();
    skipped
        .subList(collected.skipped().size(), skipped.size())
        .forEach(s -> err.println("pm: skipped " + dev.pm.io.Escape.text(s)));
    err.flush();
    StatsQuery query =
        new StatsQuery(
            asOf != null ? asOf : env.today(),
            Optional.ofNullable(owner),
            Optional.ofNullable(status),
            overdue,
            Optional.ofNullable(severity),
            Optional.ofNullable(since),
            Optional.ofNullable(until),
            groupBy);
    StatsResult result =
        StatsCalculator.computePacked(records, query, new OwnerNames(project.config().owners()))
            .withSkipped(skipped);
    boolean colour = output == null && color.enabled(env);
    var renderer = format.renderer(colour, csvRaw, file -> linkFromOutput(env, file));
    if (output == null) {
      renderer.write(result, spec.commandLine().getOut());
    } else {
      OutputFile.print(env, output, writer -> renderer.write(result, writer));
    }
    if (failOnOverdue && !skipped.isEmpty()) {
      // Fail closed: an unread file may hold the overdue items the gate is there to catch.
      err.println(
          "pm: --fail-on-overdue: "
              + skipped.size()
              + (skipped.size() == 1 ? " file" : " files")
              + " could not be read, so overdue items may be missing; fix or exclude them");
      return ExitCodes.USAGE;
    }
    return failOnOverdue && result.summary().overdue() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /**
   * A file's link from the page: relative to the folder {@code --output} writes to, so the page's
   * links work wherever it is written ({@code reports/stats.html} links {@code
   * ../postmortems/...}).
   */
  private String linkFromOutput(Environment env, String file) {
    if (output == null) {
      return file;
    }
    Path folder = env.resolve(output).getParent();
    Path target = env.resolve(Path.of(file));
    return folder == null ? file : folder.relativize(target).toString().replace('\\', '/');
  }

  /**
   * A severity on no template's scale would match nothing and print an empty report as if all were
   * well.
   */
  private void requireKnownSeverity(Project project) {
    if (severity == null) {
      return;
    }
    java.util.Set<String> scale = new java.util.LinkedHashSet<>();
    project
        .catalog()
        .all()
        .forEach(
            t ->
                t.schema()
                    .frontMatter()
                    .field("severity")
                    .ifPresent(f -> scale.addAll(f.allowed())));
    if (!scale.isEmpty() && scale.stream().noneMatch(severity.strip()::equalsIgnoreCase)) {
      throw new UserError(
          "--severity \""
              + severity
              + "\" is on no template's scale; use one of "
              + String.join(", ", scale));
    }
  }

  /** {@code open}, {@code in-progress}, {@code done}, {@code cancelled}. */
  static final class StatusConverter implements CommandLine.ITypeConverter<ActionStatus> {
    @Override
    public ActionStatus convert(String value) {
      try {
        ActionStatus s = ActionStatus.fromWireName(value);
        if (s != ActionStatus.UNKNOWN) {
          return s;
        }
      } catch (IllegalArgumentException e) {
        // reported below
      }
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a status; use open, in-progress, done or cancelled");
    }
  }
}
