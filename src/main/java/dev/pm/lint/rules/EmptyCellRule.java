package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.model.Cell;
import dev.pm.model.Row;
import dev.pm.model.Table;
import dev.pm.parse.HeadingNormalizer;
import dev.pm.schema.ColumnSpec;
import dev.pm.schema.TableSpec;

/** PM304: a cell of a column the template marks {@code nonEmpty} is blank. */
public final class EmptyCellRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.relaxedInDraft("PM304", "empty-cell", Severity.ERROR, "A cell the template requires is empty");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    for (SectionBindings.Binding b : SectionBindings.flatten(SectionBindings.bind(context))) {
      if (b.section().isEmpty()) {
        continue;
      }
      for (TableSpec spec : b.spec().tables()) {
        var table = SectionBindings.tableFor(b.section().get(), spec);
        if (table.isPresent()) {
          check(table.get(), spec, findings);
        }
      }
    }
  }

  private static void check(Table table, TableSpec spec, Findings findings) {
    for (ColumnSpec column : spec.columns()) {
      if (!column.nonEmpty()) {
        continue;
      }
      int index = -1;
      for (int i = 0; i < table.header().size(); i++) {
        if (HeadingNormalizer.matches(table.header().get(i).key(), column.keys())) {
          index = i;
          break;
        }
      }
      if (index < 0) {
        continue;
      }
      for (Row row : table.rows()) {
        if (row.isBlank()) {
          continue;
        }
        Cell cell = row.cell(index).orElse(null);
        if (cell == null || cell.text().isBlank()) {
          findings.report(cell == null ? row.at() : cell.at(), "Column " + Text.quote(column.name()) + " is empty in this row");
        }
      }
    }
  }
}
