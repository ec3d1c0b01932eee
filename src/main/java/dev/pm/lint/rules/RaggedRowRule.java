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
 * PM303: a table row has more or fewer cells than its header. Renderers pad or drop cells silently,
 * so a value lands under the wrong column (often a {@code |} inside a cell).
 */
public final class RaggedRowRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.of(
          "PM303",
          "ragged-row",
          Severity.ERROR,
          "A table row has a different number of cells than its header");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    for (Block block : context.doc().root().allBlocks()) {
      if (block instanceof Table table) {
        for (Row row : table.rows()) {
          if (row.cells().size() != table.header().size()) {
            findings.report(
                row.at(),
                "Row has "
                    + row.cells().size()
                    + (row.cells().size() == 1 ? " cell" : " cells")
                    + "; the header has "
                    + table.header().size());
          }
        }
      }
    }
  }
}
