package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.model.Cell;
import dev.pm.model.Row;
import dev.pm.schema.ColumnSpec;

/** PM304: a cell of a column the template marks {@code nonEmpty} is blank. */
public final class EmptyCellRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.relaxedInDraft(
          "PM304", "empty-cell", Severity.ERROR, "A cell the template requires is empty");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    for (SectionTables.BoundTable bound : SectionTables.boundTables(context)) {
      for (ColumnSpec column : bound.spec().columns()) {
        int index = SectionTables.columnIndex(bound.table(), column);
        if (!column.nonEmpty() || index < 0) {
          continue;
        }
        for (Row row : bound.table().rows()) {
          Cell cell = row.cell(index).orElse(null);
          if (!row.isBlank() && (cell == null || cell.text().isBlank())) {
            findings.report(
                cell == null ? row.at() : cell.at(),
                "Column " + Text.quote(column.name()) + " is empty in this row");
          }
        }
      }
    }
  }
}
