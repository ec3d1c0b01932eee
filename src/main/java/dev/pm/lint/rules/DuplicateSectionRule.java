package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.model.Section;
import java.util.HashMap;
import java.util.Map;

/**
 * PM203: two sibling headings with the same name: content meant for one section is split, and
 * checks read only the first. Headings repeated under different parents ("User Impact" under two
 * sections) are fine.
 */
public final class DuplicateSectionRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.of(
          "PM203",
          "duplicate-section",
          Severity.WARNING,
          "Two sibling sections have the same heading");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    context
        .doc()
        .root()
        .walk(
            parent -> {
              Map<String, Section> seen = new HashMap<>();
              for (Section child : parent.children()) {
                if (child.heading().key().isEmpty() || child.heading().level() == 0) {
                  continue;
                }
                Section first = seen.putIfAbsent(child.heading().key(), child);
                if (first != null) {
                  findings.report(
                      child.heading().at(),
                      "Duplicate heading "
                          + Text.quote(child.heading().text())
                          + " (first at line "
                          + first.heading().at().line()
                          + ")");
                }
              }
            });
  }
}
