package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.model.ActionItem;
import dev.pm.model.ActionItemField;

/** PM408: an action item's type column holds a value outside the template's list of types. */
public final class ActionTypeRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.of(
          "PM408",
          "action-type",
          Severity.WARNING,
          "An action item's type is not one of the template's types");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    var types = context.schema().actionItems().types();
    if (types.isEmpty()) {
      return;
    }
    for (ActionItem item : context.actionItems()) {
      var type = item.type();
      // Only a type written in a column is checked; a category heading is the author's grouping.
      if (type.isEmpty() || !item.fieldAt().containsKey(ActionItemField.TYPE)) {
        continue;
      }
      if (types.stream().noneMatch(t -> t.equalsIgnoreCase(type.get().trim()))) {
        findings.report(
            item.at(ActionItemField.TYPE),
            "Type "
                + Text.quote(type.get())
                + " of action item "
                + ActionItems.name(item)
                + " is not one of "
                + Text.quoteAll(types));
      }
    }
  }
}
