package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.model.Location;
import dev.pm.model.Section;
import dev.pm.read.SectionMatcher;
import java.util.List;

/**
 * PM407: the post-mortem has no action items at all: nothing will change because of it, and stats
 * have nothing to follow up. Not reported when PM201 already reports the missing section.
 */
public final class NoActionItemsRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.of(
          "PM407", "no-action-items", Severity.WARNING, "The post-mortem has no action items");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    // Rows still the template's are action-like too: PM501 already says to fill them in.
    if (!context.actionItems().isEmpty() || context.reading().templateItems() > 0) {
      return;
    }
    var spec = context.schema().actionItems();
    List<Section> sections = SectionMatcher.findAll(context.doc(), spec.sectionKeys());
    boolean requiredByTemplate =
        context.schema().sections().stream()
            .anyMatch(
                s -> s.required() && s.keys().stream().anyMatch(spec.sectionKeys()::contains));
    if (sections.isEmpty() && requiredByTemplate) {
      return;
    }
    Location at = sections.isEmpty() ? Location.START : sections.get(0).heading().at();
    String where =
        sections.isEmpty()
            ? "; add a section "
                + Text.quote(spec.sections().get(0))
                + " with a table, task list or bullets"
            : " under " + Text.quote(sections.get(0).heading().text());
    findings.report(at, "No action items found" + where);
  }
}
