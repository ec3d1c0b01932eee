package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.lint.TemplateText;
import dev.pm.model.Block;
import dev.pm.model.ListBlock;
import dev.pm.model.ListItem;
import dev.pm.model.Paragraph;
import dev.pm.model.Row;
import dev.pm.model.Table;
import java.util.List;

/**
 * PM501: a paragraph, list item or table row is still exactly as the template wrote it: an
 * instruction, an example row, a sample sentence. Derived from the template itself. An error once
 * the post-mortem is final, a warning while it is a draft.
 */
public final class TemplateTextRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.relaxedInDraft("PM501", "template-text", Severity.ERROR, "Text is still the template's instruction or example");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    TemplateText template = context.templateText();
    if (template == TemplateText.NONE) {
      return;
    }
    for (Block block : context.doc().root().allBlocks()) {
      if (block instanceof Paragraph p && template.isTemplateBlock(p.text())) {
        findings.report(p.at(), "Template text left unfilled: " + Text.quote(p.text()));
      } else if (block instanceof ListBlock list) {
        items(list.items(), template, findings);
      } else if (block instanceof Table table) {
        for (Row row : table.rows()) {
          if (template.isTemplateRow(row)) {
            findings.report(row.at(), "Template example row left unfilled: " + Text.quote(row.cells().get(0).text().isBlank() && row.cells().size() > 1 ? row.cells().get(1).text() : row.cells().get(0).text()));
          }
        }
      }
    }
  }

  private static void items(List<ListItem> items, TemplateText template, Findings findings) {
    for (ListItem item : items) {
      if (!item.text().isBlank() && template.isTemplateBlock(item.text())) {
        findings.report(item.at(), "Template text left unfilled: " + Text.quote(item.text()));
      }
      items(item.children(), template, findings);
    }
  }
}
