package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.model.Table;
import dev.pm.parse.HeadingNormalizer;
import dev.pm.schema.ColumnSpec;
import dev.pm.schema.TableSpec;

/** PM302: a template table lacks one of its required columns (accepted under any alias). */
public final class MissingColumnRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.of("PM302", "missing-column", Severity.ERROR, "A table lacks a column the template requires");

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
        if (table.isEmpty()) {
          continue;
        }
        for (ColumnSpec column : spec.columns()) {
          if (column.required() && !has(table.get(), column)) {
            findings.report(table.get().at(), "Table in " + Text.quote(b.section().get().heading().text())
                + " is missing column " + Text.quote(column.name()));
          }
        }
      }
    }
  }

  private static boolean has(Table table, ColumnSpec column) {
    return table.header().stream().anyMatch(h -> HeadingNormalizer.matches(h.key(), column.keys()));
  }
}
