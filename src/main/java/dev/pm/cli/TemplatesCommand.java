package dev.pm.cli;

import dev.pm.error.UserError;
import dev.pm.template.Template;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pm templates}: lists the templates; {@code pm templates show NAME} prints one. */
@Command(
    name = "templates",
    description = "List the built-in and repository templates, or show one.",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  pm templates",
      "  pm templates show sre",
      "  pm templates show standard > my-template.md",
      "",
      "Exit codes: 0 listed or shown, 2 unknown action or template, configuration",
      "error (such as a broken repository schema.yaml) or usage error."
    })
final class TemplatesCommand implements Callable<Integer> {

  @ParentCommand PmCommand parent;
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "show",
      description = "'show' to print one template.")
  String action;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "NAME",
      completionCandidates = CompletionCandidates.TemplateNames.class,
      description = "The template to show.")
  String name;

  @Mixin ConfigOption config;

  @Override
  public Integer call() {
    Project project = config.load(parent.env());
    var out = spec.commandLine().getOut();
    if (action == null) {
      int width = project.catalog().names().stream().mapToInt(String::length).max().orElse(8);
      for (Template t : project.catalog().all()) {
        String marker = t.name().equals(project.config().template()) ? " (default)" : "";
        String origin = t.origin() == Template.Origin.REPOSITORY ? " [" + t.location() + "]" : "";
        out.printf("%-" + width + "s  %s%s%s%n", t.name(), t.description(), marker, origin);
      }
      return ExitCodes.OK;
    }
    if (!action.equals("show")) {
      throw new UserError(
          "unknown action \"" + action + "\"; use 'pm templates' or 'pm templates show NAME'");
    }
    if (name == null) {
      throw new UserError(
          "which template? pm templates show NAME (one of "
              + String.join(", ", project.catalog().names())
              + ")");
    }
    Template t =
        project
            .catalog()
            .find(name)
            .orElseThrow(
                () ->
                    new UserError(
                        "unknown template \""
                            + name
                            + "\"; choose one of "
                            + String.join(", ", project.catalog().names())));
    out.print(t.markdown());
    return ExitCodes.OK;
  }
}
