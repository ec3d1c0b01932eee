package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.Fix;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.model.ActionItem;
import dev.pm.model.ActionItemField;
import dev.pm.parse.Dates;
import dev.pm.parse.Placeholders;

/**
 * PM403: an action item's due date is not a real date written YYYY-MM-DD. Stats cannot tell whether
 * such an item is overdue. A left-over {@code YYYY-MM-DD} placeholder is PM502's finding.
 */
public final class DueDateRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.of(
          "PM403",
          "due-date",
          Severity.ERROR,
          "An action item's due date is not a real date written YYYY-MM-DD");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    for (ActionItem item : context.actionItems()) {
      var due = item.value(ActionItemField.DUE);
      if (due.isPresent() && item.due().isEmpty() && !Placeholders.contains(due.get())) {
        var at = item.at(ActionItemField.DUE);
        var iso = Dates.lenient(due.get()).map(Object::toString);
        findings.report(
            at,
            "Due date "
                + Text.quote(due.get())
                + " of action item "
                + ActionItems.name(item)
                + " is "
                + dev.pm.parse.Dates.problem(due.get())
                + iso.map(d -> " (" + d + ")").orElse(""),
            iso.map(d -> Fix.replace(at, due.get().trim(), d)));
      }
    }
  }
}
