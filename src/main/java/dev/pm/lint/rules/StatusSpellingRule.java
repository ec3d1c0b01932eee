package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.Fix;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.model.ActionItem;
import dev.pm.model.ActionItemField;
import dev.pm.read.StatusNormalizer;

/**
 * PM405: an action item's status is understood ({@code done}, {@code Closed}) but is not the
 * template's spelling ({@code Done}). Counted correctly; reported so that the documents read alike.
 */
public final class StatusSpellingRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.of("PM405", "status-spelling", Severity.WARNING, "An action item's status is not spelled as the template spells it");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    var spec = context.schema().actionItems();
    for (ActionItem item : context.actionItems()) {
      var status = item.value(ActionItemField.STATUS);
      if (status.isEmpty() || item.form() != ActionItem.Form.TABLE_ROW) {
        continue;
      }
      var reading = StatusNormalizer.read(status.get(), spec.statuses());
      if (reading.isEmpty() || reading.get().exact()) {
        continue;
      }
      String meaning = reading.get().status().wireName();
      var canonical = spec.canonicalStatus(reading.get().status());
      String advice = canonical
          .map(c -> "write it " + Text.quote(c))
          .orElse("the template has no status for " + meaning + "; use one of " + Text.quoteAll(spec.statuses().keySet()));
      var at = item.at(ActionItemField.STATUS);
      findings.report(at, "Status " + Text.quote(status.get()) + " of action item "
          + ActionItems.name(item) + " means " + meaning + "; " + advice,
          canonical.map(c -> Fix.replace(at, status.get(), c)));
    }
  }
}
