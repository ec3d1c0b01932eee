package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.SectionBinding;
import dev.pm.lint.Severity;
import dev.pm.model.Section;
import java.util.List;

/** PM202: sections are not in the order the template gives (when its schema says order matters). */
public final class SectionOrderRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.of(
          "PM202", "section-order", Severity.WARNING, "Sections are not in the template's order");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    if (context.schema().ordered()) {
      visit(context.sectionBindings(), findings);
    }
  }

  private static void visit(List<SectionBinding> siblings, Findings findings) {
    Section latest = null;
    for (SectionBinding b : siblings) {
      if (b.section().isEmpty()) {
        continue;
      }
      Section section = b.section().get();
      if (latest != null && section.heading().at().compareTo(latest.heading().at()) < 0) {
        findings.report(
            section.heading().at(),
            "Section "
                + Text.quote(section.heading().text())
                + " should come after "
                + Text.quote(latest.heading().text())
                + " (line "
                + latest.heading().at().line()
                + ")");
      } else {
        latest = section;
      }
      visit(b.children(), findings);
    }
  }
}
