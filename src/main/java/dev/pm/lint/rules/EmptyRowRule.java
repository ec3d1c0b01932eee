package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.model.Block;
import dev.pm.model.Row;
import dev.pm.model.Table;

/**
 * PM503: a table row is empty, or holds nothing but its first cell (a row number or a role name): a
 * slot the template left that nobody filled. Checked only where the schema has a template.
 */
public final class EmptyRowRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.relaxedInDraft(
          "PM503", "empty-row", Severity.ERROR, "A table row is empty apart from its first cell");

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
      if (block instanceof Table table && table.header().size() > 1) {
        for (Row row : table.rows()) {
          if (context.templateText().isTemplateRow(row)) {
            continue; // PM501 reports the row as the template's
          }
          boolean restBlank = row.cells().stream().skip(1).allMatch(c -> c.text().isBlank());
          if (restBlank) {
            String first = row.cells().isEmpty() ? "" : row.cells().get(0).text();
            findings.report(
                row.at(),
                first.isBlank()
                    ? "Table row is empty"
                    : "Table row " + Text.quote(first) + " has nothing filled in");
          }
        }
      }
    }
  }
}
