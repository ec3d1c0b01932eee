package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.lint.policy.PolicyCheck;
import dev.pm.schema.Policy;
import java.util.Optional;

/**
 * PM701: a severity policy of the schema ({@code policies:}) applies to the document and one of its
 * requirements is unmet. One finding per unmet requirement, naming the policy and the condition
 * that made it apply, so a reviewer sees why a SEV-1 needs more than a SEV-3.
 */
public final class PolicyRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.of(
          "PM701",
          "policy",
          Severity.ERROR,
          "A severity policy applies and a requirement it sets is unmet");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    for (Policy policy : context.schema().policies()) {
      if (context.isOff(policy.id())) {
        continue;
      }
      Optional<String> why = PolicyCheck.applies(policy, context);
      if (why.isEmpty()) {
        continue;
      }
      for (PolicyCheck.Violation v : PolicyCheck.unmet(policy, context)) {
        findings.report(
            v.at(),
            "Policy "
                + Text.quote(policy.id())
                + " requires "
                + v.missing()
                + " (applies because "
                + why.get()
                + ")");
      }
    }
  }
}
