package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.SectionBinding;
import dev.pm.lint.Severity;
import dev.pm.schema.ColumnSpec;
import dev.pm.schema.TableSpec;

/** PM301: a section the template gives a table has no table with any of its columns. */
public final class MissingTableRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.of(
          "PM301",
          "missing-table",
          Severity.ERROR,
          "A section lacks the table the template requires");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    for (SectionBinding b : SectionBinding.flatten(context.sectionBindings())) {
      if (b.section().isEmpty() || b.section().get().isEmpty()) {
        continue; // missing or empty sections have their own rules
      }
      for (TableSpec table : b.spec().tables()) {
        if (table.required() && SectionTables.tableFor(b.section().get(), table).isEmpty()) {
          findings.report(
              b.section().get().heading().at(),
              "Section "
                  + Text.quote(b.section().get().heading().text())
                  + " has no table with columns "
                  + Text.quoteAll(table.columns().stream().map(ColumnSpec::name).toList()));
        }
      }
    }
  }
}
