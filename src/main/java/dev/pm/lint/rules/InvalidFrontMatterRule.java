package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.model.ParseProblem;

/**
 * PM102: the front matter is not valid YAML, or breaks a safety limit (aliases, nesting, size,
 * duplicate keys, tags naming Java classes, a block that never closes).
 */
public final class InvalidFrontMatterRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.of(
          "PM102", "invalid-front-matter", Severity.ERROR, "Front matter is not valid, safe YAML");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    for (ParseProblem problem : context.doc().problems()) {
      if (problem.kind() == ParseProblem.Kind.FRONT_MATTER) {
        findings.report(problem.at(), "Invalid front matter: " + problem.message());
      }
    }
  }
}
