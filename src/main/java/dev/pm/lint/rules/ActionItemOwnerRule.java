package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.model.ActionItem;
import dev.pm.model.ActionItemField;

/**
 * PM402: an action item has no owner. Kept apart from PM401 because an unowned action is the most
 * common reason follow-up never happens, and teams tune it on its own.
 */
public final class ActionItemOwnerRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.relaxedInDraft(
          "PM402", "action-item-owner", Severity.ERROR, "An action item has no owner");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    var spec = context.schema().actionItems();
    for (ActionItem item : context.actionItems()) {
      if (ActionItems.requires(item, ActionItemField.OWNER, spec) && item.owner().isEmpty()) {
        String hint =
            item.form() == ActionItem.Form.TABLE_ROW ? "" : " (write @handle or \"Owner: name\")";
        findings.report(
            item.at(ActionItemField.OWNER),
            "Action item " + ActionItems.name(item) + " has no owner" + hint);
      }
    }
  }
}
