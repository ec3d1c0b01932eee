package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.model.ActionItem;
import dev.pm.model.ActionItemField;

/** PM401: an action item lacks a field the template requires (id, action, due date, status...). Owners are PM402. */
public final class ActionItemMissingFieldRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.relaxedInDraft("PM401", "action-item-missing-field", Severity.ERROR, "An action item lacks a field the template requires");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    var spec = context.schema().actionItems();
    for (ActionItem item : context.actionItems()) {
      for (ActionItemField field : ActionItemField.values()) {
        if (field == ActionItemField.OWNER || !ActionItems.requires(item, field, spec) || item.value(field).isPresent()) {
          continue;
        }
        if (field == ActionItemField.LINKS && !item.links().isEmpty()) {
          continue;
        }
        findings.report(item.at(field), "Action item " + ActionItems.name(item) + " has no " + ActionItems.describe(field));
      }
    }
  }
}
