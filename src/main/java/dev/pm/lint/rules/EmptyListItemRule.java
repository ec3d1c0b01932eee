package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.model.Block;
import dev.pm.model.ListBlock;
import dev.pm.model.ListItem;
import java.util.List;

/**
 * PM504: a list item or task is empty ({@code 1. }, {@code - [ ] }): a slot the template left
 * unfilled. Checked only where the schema has a template.
 */
public final class EmptyListItemRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.relaxedInDraft(
          "PM504", "empty-list-item", Severity.ERROR, "A list item or task is empty");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    if (context.templateText() == dev.pm.read.TemplateText.NONE) {
      return; // without a template there is no slot to leave unfilled: a stray empty line is
      // formatting
    }
    for (Block block : context.doc().root().allBlocks()) {
      if (block instanceof ListBlock list) {
        check(list.items(), findings);
      }
    }
  }

  private static void check(List<ListItem> items, Findings findings) {
    for (ListItem item : items) {
      if (item.text().isBlank() && item.children().isEmpty()) {
        findings.report(
            item.at(),
            item.task() == ListItem.TaskState.NONE ? "List item is empty" : "Task is empty");
      }
      check(item.children(), findings);
    }
  }
}
