package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.model.ActionItem;
import dev.pm.model.ActionItemField;
import dev.pm.parse.Placeholders;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * PM406: two action items of one post-mortem have the same id, so references to it are ambiguous.
 */
public final class DuplicateActionIdRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.of(
          "PM406", "duplicate-action-id", Severity.ERROR, "Two action items have the same id");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    Map<String, ActionItem> seen = new HashMap<>();
    for (ActionItem item : context.actionItems()) {
      var id = item.id();
      if (id.isEmpty() || Placeholders.contains(id.get())) {
        continue;
      }
      ActionItem first = seen.putIfAbsent(id.get().trim().toLowerCase(Locale.ROOT), item);
      if (first != null) {
        findings.report(
            item.at(ActionItemField.ID),
            "Action item id "
                + Text.quote(id.get())
                + " is used twice (first at line "
                + first.at().line()
                + ")");
      }
    }
  }
}
