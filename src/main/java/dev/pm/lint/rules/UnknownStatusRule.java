package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.model.ActionItem;
import dev.pm.model.ActionItemField;
import dev.pm.model.ActionStatus;

/**
 * PM404: an action item's status is a word neither the template nor pm knows, so it cannot be
 * counted.
 */
public final class UnknownStatusRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.of(
          "PM404",
          "unknown-status",
          Severity.ERROR,
          "An action item's status is not a known status");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    for (ActionItem item : context.actionItems()) {
      var status = item.value(ActionItemField.STATUS);
      if (item.status() == ActionStatus.UNKNOWN && status.isPresent()) {
        findings.report(
            item.at(ActionItemField.STATUS),
            "Status "
                + Text.quote(status.get())
                + " of action item "
                + ActionItems.name(item)
                + " is not one of "
                + Text.quoteAll(context.schema().actionItems().statuses().keySet()));
      }
    }
  }
}
