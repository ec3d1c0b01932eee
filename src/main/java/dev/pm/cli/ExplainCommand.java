package dev.pm.cli;

import dev.pm.error.UserError;
import dev.pm.lint.BuiltInRules;
import dev.pm.lint.RuleInfo;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pm explain RULE}: a rule's documentation, with a bad and a good example. */
@Command(
    name = "explain",
    description = "Print a rule's documentation with a bad and a good example.",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  pm explain PM201",
      "  pm explain action-item-owner              # by name (pm lint --list-rules)",
      "",
      "Exit codes: 0 documentation printed, 2 unknown rule or usage error."
    })
final class ExplainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "RULE",
      completionCandidates = CompletionCandidates.RuleNames.class,
      description = "Rule id (PM201) or name (missing-section).")
  String rule;

  @Override
  public Integer call() throws IOException {
    RuleInfo info =
        BuiltInRules.find(rule)
            .orElseThrow(
                () ->
                    new UserError(
                        "unknown rule \"" + rule + "\"; 'pm lint --list-rules' lists them"));
    spec.commandLine().getOut().print(doc(info));
    return ExitCodes.OK;
  }

  static String doc(RuleInfo info) {
    return dev.pm.lint.RuleDocs.text(info);
  }
}
