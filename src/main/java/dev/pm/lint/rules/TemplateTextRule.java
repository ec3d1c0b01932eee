package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.model.Block;
import dev.pm.model.ListBlock;
import dev.pm.model.ListItem;
import dev.pm.model.Location;
import dev.pm.model.Paragraph;
import dev.pm.model.Row;
import dev.pm.model.Section;
import dev.pm.model.Table;
import dev.pm.read.TemplateText;
import java.util.ArrayList;
import java.util.List;

/**
 * PM501: a paragraph, list item or table row is still exactly as the template wrote it: an
 * instruction, an example row, a sample sentence. Derived from the template itself. Reported once
 * per section, at the first such block, with how many more there are: a fresh document would
 * otherwise drown in one finding per line. An error once the post-mortem is final, a warning while
 * it is a draft.
 */
public final class TemplateTextRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.relaxedInDraft(
          "PM501",
          "template-text",
          Severity.ERROR,
          "Text is still the template's instruction or example");

  private record Leftover(Location at, String text) {}

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
    context.doc().root().walk(section -> report(section, leftovers(section, template), findings));
  }

  private static List<Leftover> leftovers(Section section, TemplateText template) {
    List<Leftover> found = new ArrayList<>();
    for (Block block : section.blocks()) {
      if (block instanceof Paragraph p && template.isTemplateBlock(p.text())) {
        found.add(new Leftover(p.at(), p.text()));
      } else if (block instanceof ListBlock list) {
        items(list.items(), template, found);
      } else if (block instanceof Table table) {
        for (Row row : table.rows()) {
          if (template.isTemplateRow(row)) {
            found.add(new Leftover(row.at(), rowText(row)));
          }
        }
      }
    }
    return found;
  }

  private static void report(Section section, List<Leftover> found, Findings findings) {
    if (found.isEmpty()) {
      return;
    }
    Leftover first = found.get(0);
    String where = section.isRoot() ? "" : " in " + Text.quote(section.heading().text());
    String more = found.size() == 1 ? "" : " (and " + (found.size() - 1) + " more" + where + ")";
    findings.report(first.at(), "Template text left unfilled: " + Text.quote(first.text()) + more);
  }

  private static void items(List<ListItem> items, TemplateText template, List<Leftover> found) {
    for (ListItem item : items) {
      if (!item.text().isBlank() && template.isTemplateBlock(item.text())) {
        found.add(new Leftover(item.at(), item.text()));
      }
      items(item.children(), template, found);
    }
  }

  private static String rowText(Row row) {
    return String.join(
        " | ", row.cells().stream().map(c -> c.text()).filter(t -> !t.isBlank()).toList());
  }
}
