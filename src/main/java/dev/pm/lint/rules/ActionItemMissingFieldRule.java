package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.Fix;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.model.ActionItem;
import dev.pm.model.ActionItemField;
import java.util.Optional;

/**
 * PM401: an action item lacks a field the template requires (id, action, due date, status...).
 * Owners are PM402.
 */
public final class ActionItemMissingFieldRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.relaxedInDraft(
          "PM401",
          "action-item-missing-field",
          Severity.ERROR,
          "An action item lacks a field the template requires");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    var spec = context.schema().actionItems();
    Optional<NextActionIds> nextIds = NextActionIds.continuing(context.actionItems());
    for (ActionItem item : context.actionItems()) {
      for (ActionItemField field : ActionItemField.values()) {
        if (field == ActionItemField.OWNER
            || !ActionItems.requires(item, field, spec)
            || item.value(field).isPresent()) {
          continue;
        }
        if (field == ActionItemField.LINKS && !item.links().isEmpty()) {
          continue;
        }
        String message =
            "Action item " + ActionItems.name(item) + " has no " + ActionItems.describe(field);
        // An empty id cell (not a missing one: inserting into a row without the cell would break
        // the table).
        boolean emptyIdCell =
            field == ActionItemField.ID
                && item.form() == ActionItem.Form.TABLE_ROW
                && item.fieldAt().containsKey(field);
        if (emptyIdCell && nextIds.isPresent()) {
          String id = nextIds.get().take();
          findings.report(
              item.at(field),
              message,
              Fix.insert(item.at(field), id + " ", "action item id " + id));
        } else {
          findings.report(item.at(field), message);
        }
      }
    }
  }
}
