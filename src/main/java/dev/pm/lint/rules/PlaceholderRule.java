package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.model.Block;
import dev.pm.model.Cell;
import dev.pm.model.FrontMatterField;
import dev.pm.model.ListBlock;
import dev.pm.model.ListItem;
import dev.pm.model.Location;
import dev.pm.model.Paragraph;
import dev.pm.model.Row;
import dev.pm.model.SourceLine;
import dev.pm.model.Table;
import dev.pm.parse.Placeholders;
import dev.pm.read.TemplateText;
import java.util.List;
import java.util.Set;

/**
 * PM502: a placeholder token is left in text the author did fill: {@code YYYY-MM-DD}, {@code
 * HH:MM}, {@code [Name]}, {@code X hours}, {@code [e.g., ...]}. Text still entirely the template's
 * is PM501's finding instead, so one gap is reported once.
 */
public final class PlaceholderRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.relaxedInDraft(
          "PM502",
          "placeholder",
          Severity.ERROR,
          "A placeholder such as YYYY-MM-DD or [Name] is left in the text");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    Set<String> refs = context.doc().linkReferences();
    TemplateText template = context.templateText();
    List<String> lines = context.doc().source().text().lines().toList();
    context
        .doc()
        .frontMatter()
        .ifPresent(
            fm -> {
              for (FrontMatterField field : fm.fields().values()) {
                String text = field.value().scalarText();
                if (text != null) {
                  Placeholders.find(text, refs)
                      .ifPresent(
                          m ->
                              findings.report(
                                  field.value().at(),
                                  "Placeholder "
                                      + Text.quote(m.token())
                                      + " left in front matter "
                                      + Text.quote(field.key())));
                }
              }
            });
    for (Block block : context.doc().root().allBlocks()) {
      if (block instanceof Paragraph p && !template.isTemplateBlock(p.text())) {
        for (SourceLine line : p.lines()) {
          report(line.markdown(), line.at(), refs, findings);
        }
      } else if (block instanceof ListBlock list) {
        items(list.items(), template, refs, findings, lines);
      } else if (block instanceof Table table) {
        for (Row row : table.rows()) {
          if (template.isTemplateRow(row)) {
            continue;
          }
          for (Cell cell : row.cells()) {
            report(cell.markdown(), cell.at(), refs, findings);
          }
        }
      }
    }
  }

  private static void items(
      List<ListItem> items,
      TemplateText template,
      Set<String> refs,
      Findings findings,
      List<String> lines) {
    for (ListItem item : items) {
      if (!template.isTemplateBlock(item.text())) {
        report(item.markdown(), textStart(item, lines), refs, findings);
      }
      items(item.children(), template, refs, findings, lines);
    }
  }

  /** An item is located at its marker ({@code - }, {@code 1. }); its text starts after it. */
  private static Location textStart(ListItem item, List<String> lines) {
    Location at = item.at();
    if (at.line() < 1 || at.line() > lines.size()) {
      return at;
    }
    String firstLine = item.markdown().lines().findFirst().orElse("");
    int found = firstLine.isEmpty() ? -1 : lines.get(at.line() - 1).indexOf(firstLine);
    return found < 0 ? at : new Location(at.line(), found + 1);
  }

  private static void report(String markdown, Location at, Set<String> refs, Findings findings) {
    Placeholders.find(markdown, refs)
        .ifPresent(
            m ->
                findings.report(
                    where(markdown, at, m.index()),
                    "Placeholder " + Text.quote(m.token()) + " left unfilled"));
  }

  /**
   * Where the placeholder starts: {@code at} is where the text starts, so the column moves by the
   * placeholder's offset; on a later line of a list item's text, the line it is on and its offset
   * in that line as the text holds it.
   */
  private static Location where(String markdown, Location at, int index) {
    int lineStart = markdown.lastIndexOf('\n', index - 1) + 1;
    if (lineStart == 0) {
      return new Location(at.line(), at.column() + index);
    }
    int lines = (int) markdown.substring(0, lineStart).chars().filter(c -> c == '\n').count();
    return new Location(at.line() + lines, 1 + index - lineStart);
  }
}
