package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.schema.ColumnSpec;

/** PM302: a template table lacks one of its required columns (accepted under any alias). */
public final class MissingColumnRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.of(
          "PM302",
          "missing-column",
          Severity.ERROR,
          "A table lacks a column the template requires");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    for (SectionTables.BoundTable bound : SectionTables.boundTables(context)) {
      for (ColumnSpec column : bound.spec().columns()) {
        if (column.required() && SectionTables.columnIndex(bound.table(), column) < 0) {
          findings.report(
              bound.table().at(),
              "Table in "
                  + Text.quote(bound.section().heading().text())
                  + " is missing column "
                  + Text.quote(column.name()));
        }
      }
    }
  }
}
