package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.SectionBinding;
import dev.pm.lint.Severity;
import dev.pm.model.Location;
import java.util.List;

/**
 * PM201: a section the template requires is missing (under any accepted name, at any heading
 * level). Reported where it belongs: at the next sibling section that is present, else at its
 * parent's heading, else at the end of the file.
 */
public final class MissingSectionRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.of(
          "PM201", "missing-section", Severity.ERROR, "A section the template requires is missing");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    visit(context.sectionBindings(), context, findings);
  }

  private static void visit(List<SectionBinding> siblings, LintContext context, Findings findings) {
    for (int index = 0; index < siblings.size(); index++) {
      SectionBinding b = siblings.get(index);
      if (b.section().isPresent()) {
        visit(b.children(), context, findings);
        continue;
      }
      if (!b.spec().required()) {
        continue;
      }
      String after = "";
      for (int i = index - 1; i >= 0; i--) {
        if (siblings.get(i).section().isPresent()) {
          after =
              " (expected after "
                  + Text.quote(siblings.get(i).section().get().heading().text())
                  + ")";
          break;
        }
      }
      String where = b.parent().map(p -> " in " + Text.quote(p.heading().text())).orElse("");
      String aliases =
          b.spec().aliases().isEmpty() ? "" : " (or " + Text.quoteAll(b.spec().aliases()) + ")";
      findings.report(
          location(siblings, index, b, context),
          "Missing required section " + Text.quote(b.spec().title()) + aliases + where + after);
    }
  }

  private static Location location(
      List<SectionBinding> siblings, int index, SectionBinding missing, LintContext context) {
    for (int i = index + 1; i < siblings.size(); i++) {
      if (siblings.get(i).section().isPresent()) {
        return siblings.get(i).section().get().heading().at();
      }
    }
    return missing
        .parent()
        .map(p -> p.heading().at())
        .orElse(Location.ofLine(Math.max(1, context.doc().lineCount())));
  }
}
