package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.SectionBinding;
import dev.pm.lint.Severity;

/**
 * PM204: a section the template requires is there but holds nothing (sub-sections count as
 * content).
 */
public final class EmptySectionRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.relaxedInDraft(
          "PM204", "empty-section", Severity.ERROR, "A required section has no content");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    for (SectionBinding b : SectionBinding.flatten(context.sectionBindings())) {
      if (b.section().isPresent()
          && b.spec().required()
          && !b.spec().allowEmpty()
          && b.section().get().isEmpty()) {
        findings.report(
            b.section().get().heading().at(),
            "Section " + Text.quote(b.section().get().heading().text()) + " is empty");
      }
    }
  }
}
