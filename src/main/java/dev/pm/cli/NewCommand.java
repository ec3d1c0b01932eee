package dev.pm.cli;

import dev.pm.error.UserError;
import dev.pm.template.NewRequest;
import dev.pm.template.PostMortemCreator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pm new}: writes a new post-mortem from a template. */
@Command(
    name = "new",
    description = "Write a new post-mortem from a template, front matter filled in.",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  pm new \"Checkout API returned 502s\" --severity P2",
      "  pm new \"Login outage\" --template sre --date 2026-03-14 --author alice --service auth",
      "  pm new \"DNS\" --stdout > draft.md",
      "",
      "Exit codes: 0 written (or printed, with --stdout), 2 invalid input (the",
      "message names the valid choices), the file already exists without --force,",
      "it cannot be written, or configuration error."
    })
final class NewCommand implements Callable<Integer> {

  @ParentCommand PmCommand parent;
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "TITLE",
      description = "Incident title; asked for on a terminal when left out.")
  String title;

  @Option(
      names = {"-t", "--template"},
      paramLabel = "NAME",
      completionCandidates = CompletionCandidates.TemplateNames.class,
      description = "Template (default: from .pm.yaml, else standard). See 'pm templates'.")
  String template;

  @Option(
      names = {"-s", "--severity"},
      paramLabel = "S",
      description = "Severity on the template's scale (default: the template's).")
  String severity;

  @Option(
      names = "--status",
      paramLabel = "S",
      description = "Status from the template's values (default: the template's draft status).")
  String status;

  @Option(
      names = {"-d", "--date"},
      paramLabel = "YYYY-MM-DD",
      converter = StrictDateConverter.class,
      description = "Incident date (default: today).")
  LocalDate date;

  @Option(
      names = "--id",
      paramLabel = "ID",
      description = "Incident id (default: the next free INC-<date>-NN in the folder).")
  String id;

  @Option(
      names = {"-a", "--author"},
      paramLabel = "NAME",
      description = "Author; repeat for several.")
  List<String> authors = new ArrayList<>();

  @Option(
      names = "--service",
      paramLabel = "NAME",
      description = "Affected service; repeat for several.")
  List<String> services = new ArrayList<>();

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "Folder to write to (default: from .pm.yaml, else postmortems/).")
  Path dir;

  @picocli.CommandLine.Mixin ConfigOption config;

  @Option(names = "--stdout", description = "Print the post-mortem instead of writing a file.")
  boolean stdout;

  @Option(names = "--force", description = "Overwrite an existing file of the same name.")
  boolean force;

  @Override
  public Integer call() {
    Environment env = parent.env();
    Project project = config.load(env);
    String chosenTitle = title != null ? title : ask(env);
    Path directory = dir != null ? env.resolve(dir) : project.config().postmortemDirectory();
    NewRequest request =
        new NewRequest(
            chosenTitle,
            template != null ? template : project.config().template(),
            Optional.ofNullable(severity),
            Optional.ofNullable(status),
            date != null ? date : env.today(),
            Optional.ofNullable(id),
            authors,
            services,
            directory,
            project.config().idPrefix(),
            force);
    PostMortemCreator creator = new PostMortemCreator(project.catalog());
    var out = spec.commandLine().getOut();
    if (stdout) {
      out.print(creator.render(request).text());
    } else {
      var created = creator.create(request);
      out.println(env.shown(created.file().orElseThrow()));
      updateIndex(env, project);
    }
    if (creator.writesSkeleton(request.template())) {
      spec.commandLine()
          .getErr()
          .println(
              "pm: template \""
                  + request.template()
                  + "\" has no template.md; wrote the sections its schema requires as headings");
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** Brings the index up to date when the project keeps one (its file has the markers). */
  private void updateIndex(Environment env, Project project) {
    Path index = IndexCommand.defaultFile(project);
    var err = spec.commandLine().getErr();
    try {
      if (!java.nio.file.Files.isRegularFile(index)
          || !dev.pm.index.IndexFile.hasMarkers(java.nio.file.Files.readString(index))) {
        return;
      }
      IndexCommand.update(env, project, java.util.List.of(), index, false, false, env.today(), err);
      err.println("pm: updated the index in " + env.shown(index));
    } catch (java.io.IOException | UserError e) {
      // The post-mortem is written; a stale index is what pm index --check reports in CI.
      String why = e instanceof UserError user ? user.describe() : e.getMessage();
      err.println(
          "pm: the index in "
              + dev.pm.io.Escape.text(env.shown(index))
              + " was not updated: "
              + dev.pm.io.Escape.text(why));
    }
  }

  private static String ask(Environment env) {
    if (env.prompter().isEmpty()) {
      throw new UserError(
          "missing TITLE, and there is no terminal to ask for one: pm new \"Checkout API returned 502s\"");
    }
    return env.prompter()
        .get()
        .ask("Incident title: ")
        .orElseThrow(() -> new UserError("no title given"));
  }
}
