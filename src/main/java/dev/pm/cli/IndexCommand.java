package dev.pm.cli;

import dev.pm.error.UserError;
import dev.pm.index.IndexTable;
import dev.pm.index.IndexWriter;
import dev.pm.io.Escape;
import dev.pm.io.FileCollector;
import dev.pm.parse.PostMortemParser;
import dev.pm.read.SchemaResolver;
import dev.pm.stats.IncidentRecord;
import dev.pm.stats.StatsRun;
import dev.pm.work.ParseWorkers;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pm index}: the Markdown table of every post-mortem, kept between markers in a file. */
@Command(
    name = "index",
    description =
        "Write the index of post-mortems (date, id, linked title, severity, status, duration, action items, overdue)"
            + " between <!-- pm-index:start --> and <!-- pm-index:end --> in the index file, or to --output.",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  pm index                         # updates postmortems/README.md between its markers",
      "  pm index --check                 # in CI: exit 1 when the index is stale",
      "  pm index --output INDEX.md",
      "",
      "Exit codes: 0 written or up to date, 1 stale with --check, 2 usage, configuration or file error."
    })
final class IndexCommand implements Callable<Integer> {

  @ParentCommand PmCommand parent;
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Files or folders (default: the configured folder).")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write the index to FILE (between its markers if it has them; created if missing).")
  Path output;

  @Option(
      names = "--check",
      description = "Change nothing; exit 1 when the index file is not up to date.")
  boolean check;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      converter = StrictDateConverter.class,
      description = "Reference date for overdue items (default: today).")
  LocalDate asOf;

  @Mixin ConfigOption config;

  @Override
  public Integer call() throws IOException {
    Environment env = parent.env();
    Project project = config.load(env);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path target = output != null ? env.resolve(output) : defaultFile(project);
    if (target.getParent() == null) {
      // The file system root: a folder like any other, said as for one (it has no parent to write a
      // temporary file in).
      throw new UserError(env.shown(target) + ": not a regular file; not replaced");
    }
    IndexWriter.Outcome outcome =
        update(
            env,
            project,
            paths,
            target,
            output != null,
            check,
            asOf != null ? asOf : env.today(),
            err);
    switch (outcome) {
      case STALE -> err.println("pm: " + env.shown(target) + " is out of date; run pm index");
      case WRITTEN -> out.println("pm: wrote the index to " + env.shown(target));
      case UP_TO_DATE -> out.println("pm: " + env.shown(target) + " is up to date");
    }
    return outcome == IndexWriter.Outcome.STALE ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /**
   * The configured index file: {@code index.file}, else {@code README.md} in the post-mortem
   * folder.
   */
  static Path defaultFile(Project project) {
    return project
        .config()
        .index()
        .file()
        .map(f -> project.config().base().resolve(f))
        .orElse(project.config().postmortemDirectory().resolve("README.md"));
  }

  /**
   * Reads the post-mortems and brings the index in {@code target} up to date (or compares, with
   * {@code checkOnly}).
   */
  static IndexWriter.Outcome update(
      Environment env,
      Project project,
      List<Path> paths,
      Path target,
      boolean create,
      boolean checkOnly,
      LocalDate asOf,
      PrintWriter err)
      throws IOException {
    SchemaResolver resolver = project.resolver(Optional.empty());
    FileCollector.Collected collected = project.collect(env, paths);
    collected.skipped().forEach(s -> err.println("pm: skipped " + Escape.text(s)));
    List<IncidentRecord> records =
        StatsRun.run(
            collected.files(),
            new PostMortemParser(project.config().limits()),
            resolver,
            ParseWorkers.defaultThreads(),
            s -> err.println("pm: skipped " + Escape.text(s)));
    Path base = env.workingDir();
    records.removeIf(
        r -> base.resolve(r.file()).normalize().equals(target.toAbsolutePath().normalize()));
    Path folder = target.toAbsolutePath().normalize().getParent();
    String table = IndexTable.render(records, folder, base, project.config().index(), asOf);
    return IndexWriter.update(target, table, create, checkOnly);
  }
}
