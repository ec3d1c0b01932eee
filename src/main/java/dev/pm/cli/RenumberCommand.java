package dev.pm.cli;

import dev.pm.error.UserError;
import dev.pm.io.FileCollector;
import dev.pm.renumber.RenumberPlan;
import dev.pm.renumber.RenumberRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
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

/**
 * {@code pm renumber OLD NEW}: give a post-mortem another incident id, everywhere it is written.
 */
@Command(
    name = "renumber",
    description = {
      "Change a post-mortem's incident id everywhere it is written.",
      "Its front matter and body, its file name if the name carries the id, and references from other",
      "post-mortems. Nothing is changed if any step would fail."
    },
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  pm renumber INC-2026-03-14-01 INC-2026-03-14-02",
      "  pm renumber INC-2026-03-14-01 INC-2026-03-14-02 --file postmortems/2026-03-14-bob.md   # after a merge",
      "  pm renumber INC-7 INC-8 --dry-run",
      "",
      "Exit codes: 0 renumbered (with --dry-run: the changes listed, none made),",
      "2 refused (unknown or taken id, unreadable file, name taken), configuration",
      "or usage error."
    })
final class RenumberCommand implements Callable<Integer> {

  @ParentCommand PmCommand parent;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The id to change.")
  String oldId;

  @Parameters(
      index = "1",
      paramLabel = "NEW",
      description = "The id to give it; must not be in use.")
  String newId;

  @Option(
      names = "--file",
      paramLabel = "PATH",
      description = "The post-mortem to renumber when several have OLD (two branches took one id).")
  Path file;

  @Option(names = "--dry-run", description = "Print what would change; change nothing.")
  boolean dryRun;

  @Option(
      names = "--force",
      description =
          "Rewrite read-only files too (they stay read-only); without it pm refuses them.")
  boolean force;

  @Mixin ConfigOption config;

  @Override
  public Integer call() throws IOException {
    Environment env = parent.env();
    Project project = config.load(env);
    FileCollector collector = project.collector(env);
    FileCollector.Collected collected =
        collector.collect(List.of(project.config().postmortemDirectory()));
    if (!collected.missing().isEmpty()) {
      throw new UserError("no post-mortem folder: " + String.join(", ", collected.missing()));
    }
    dev.pm.schema.IncidentIdCheck.problem("NEW", newId, Optional.empty())
        .ifPresent(
            problem -> {
              throw new UserError(problem);
            });
    RenumberPlan plan =
        RenumberPlan.make(
            oldId, newId, collected.files(), Optional.ofNullable(file).map(env::resolve));
    // NEW must also have the form the post-mortem's own template asks for.
    var resolver =
        new dev.pm.read.SchemaResolver(
            project.catalog(),
            Optional.empty(),
            project.config().templatesByPath(),
            project.config().base());
    var target = plan.target().file();
    var schema =
        resolver
            .resolve(
                new dev.pm.parse.PostMortemParser(project.config().limits())
                    .read(target.path(), target.displayPath()))
            .schema();
    dev.pm.schema.IncidentIdCheck.problem("NEW", plan.newId(), Optional.of(schema))
        .ifPresent(
            problem -> {
              throw new UserError(problem);
            });
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    plan.notes().forEach(note -> err.println("pm: " + note));
    List<String> lines = dryRun ? RenumberRun.describe(plan) : apply(plan, force);
    lines.forEach(out::println);
    if (dryRun) {
      err.println("pm: dry run; nothing was changed");
    }
    out.flush();
    err.flush();
    return ExitCodes.OK;
  }

  private static List<String> apply(RenumberPlan plan, boolean force) {
    try {
      return RenumberRun.apply(plan, dev.pm.io.AtomicFiles.ReadOnlyFiles.forced(force));
    } catch (IOException e) {
      throw new UserError("renumber stopped: " + e.getMessage());
    }
  }
}
