package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.model.ParseProblem;

/**
 * PM001: the file could not be read, decoded or parsed within pm's limits; nothing else was
 * checked.
 */
public final class UnreadableFileRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.of(
          "PM001",
          "unreadable-file",
          Severity.ERROR,
          "File cannot be read, decoded or parsed within pm's limits");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public boolean needsReadableFile() {
    return false;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    for (ParseProblem problem : context.doc().problems()) {
      if (problem.kind() == ParseProblem.Kind.UNREADABLE) {
        findings.report(problem.at(), "File not checked: " + problem.message());
      }
    }
  }
}
