package dev.pm.cli;

import dev.pm.derive.SchemaDeriver;
import dev.pm.error.UserError;
import dev.pm.io.FileCollector;
import dev.pm.io.InputFile;
import dev.pm.model.PostMortem;
import dev.pm.parse.PostMortemParser;
import dev.pm.schema.SchemaLoader;
import dev.pm.work.ParseWorkers;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code pm schema}: work with schemas; {@code pm schema derive} writes one from example documents.
 */
@Command(
    name = "schema",
    description = "Work with schemas.",
    mixinStandardHelpOptions = true,
    subcommands = {SchemaCommand.Derive.class},
    footerHeading = "%nExamples:%n",
    footer = {
      "  pm schema derive postmortems/ > derived.yaml",
      "  pm schema derive --help",
      "",
      "Exit codes: 0 help or version shown, 2 no subcommand given (this help is",
      "printed) or usage error; 'pm schema derive --help' gives derive's."
    })
final class SchemaCommand implements Callable<Integer> {

  @ParentCommand PmCommand parent;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCodes.USAGE;
  }

  /** {@code pm schema derive}: a schema the given post-mortems satisfy, to edit and adopt. */
  @Command(
      name = "derive",
      description = "Write a schema that example post-mortems satisfy: a starting point to edit.",
      mixinStandardHelpOptions = true,
      footerHeading = "%nExamples:%n",
      footer = {
        "  pm schema derive docs/postmortems/ --name ours --output .pm/templates/ours/schema.yaml",
        "  pm lint --schema .pm/templates/ours/schema.yaml docs/postmortems/",
        "",
        "Exit codes: 0 schema written or printed, 2 no Markdown files found, the files",
        "share no section (a schema would check nothing; nothing is written), --output",
        "exists without --force, --share out of range, usage or configuration error."
      })
  static final class Derive implements Callable<Integer> {

    @ParentCommand SchemaCommand schemaCommand;
    @Spec CommandSpec spec;

    @Parameters(
        paramLabel = "PATH",
        arity = "1..*",
        description = "Example post-mortems: files or folders.")
    List<Path> paths = new ArrayList<>();

    @Option(
        names = "--name",
        paramLabel = "NAME",
        description = "The schema's name (default: derived).")
    String name = "derived";

    @Option(
        names = {"-o", "--output"},
        paramLabel = "FILE",
        description =
            "Write to FILE (never overwritten without --force) instead of standard output.")
    Path output;

    @Option(
        names = "--share",
        paramLabel = "FRACTION",
        description =
            "Sections in at least this share of the documents are required (default: ${DEFAULT-VALUE}).")
    double share = 0.8;

    @Option(names = "--force", description = "Overwrite --output if it exists.")
    boolean force;

    @picocli.CommandLine.Mixin ConfigOption config;

    @Override
    public Integer call() throws IOException {
      Environment env = schemaCommand.parent.env();
      if (!(share > 0 && share <= 1)) { // written so that NaN fails too
        throw new UserError("--share must be more than 0 and at most 1");
      }
      Project project = config.load(env);
      FileCollector collector = project.collector(env);
      FileCollector.Collected collected = collector.collect(paths);
      if (!collected.missing().isEmpty()) {
        throw new UserError("no such file or folder: " + String.join(", ", collected.missing()));
      }
      if (collected.files().isEmpty()) {
        throw new UserError("no Markdown files found in " + paths);
      }
      PostMortemParser parser = new PostMortemParser(project.config().limits());
      List<PostMortem> docs;
      try (ParseWorkers workers =
          new ParseWorkers(
              ParseWorkers.defaultThreads(), parser.limits().parseTimeout().multipliedBy(2))) {
        docs =
            workers
                .map(
                    collected.files(),
                    (InputFile f) -> parser.read(f.path(), f.displayPath()),
                    f -> null,
                    (f, e) -> null)
                .stream()
                .filter(d -> d != null && d.isReadable())
                .toList();
      }
      if (docs.isEmpty()) {
        throw new UserError(
            "none of the "
                + collected.files().size()
                + (collected.files().size() == 1 ? " file" : " files")
                + " given could be read as a post-mortem; nothing to derive a schema from");
      }
      Map<String, Object> schema = new SchemaDeriver(share).derive(name, docs);
      String text =
          "# Derived by `pm schema derive` from "
              + docs.size()
              + " documents. Sections found in at least "
              + Math.round(share * 100)
              + "% of them\n# are required; edit names, aliases and requirements to taste.\n"
              + yaml(schema);
      SchemaLoader.load(
          "derived schema", text); // what we write must load; fail here, not in the user's CI
      if (output == null) {
        spec.commandLine().getOut().print(text);
        return ExitCodes.OK;
      }
      Path target = env.resolve(output);
      if (target.getParent() != null) {
        Files.createDirectories(target.getParent());
      }
      try {
        if (force) {
          dev.pm.io.AtomicFiles.replace(target, text);
        } else {
          dev.pm.io.AtomicFiles.createNew(target, text);
        }
      } catch (FileAlreadyExistsException e) {
        throw new UserError(output + " already exists; use --force to replace it");
      }
      spec.commandLine().getOut().println("wrote " + output + " (" + docs.size() + " documents)");
      return ExitCodes.OK;
    }

    private static String yaml(Map<String, Object> schema) {
      return dev.pm.yaml.YamlDump.dump(schema);
    }
  }
}
