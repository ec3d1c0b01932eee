package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;

/**
 * PM106: a front matter value does not match the pattern the template gives it (the incident id
 * format).
 */
public final class ValuePatternRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.of(
          "PM106",
          "value-pattern",
          Severity.ERROR,
          "Front matter value does not match the template's pattern (such as the incident id format)");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    for (var f : FieldChecks.specified(context)) {
      String text = f.field().value().scalarText();
      if (text == null || text.isBlank() || f.spec().pattern().isEmpty()) {
        continue;
      }
      boolean matches;
      try {
        matches = dev.pm.schema.BoundedMatch.matches(f.spec().pattern().get(), text.trim());
      } catch (dev.pm.schema.BoundedMatch.TooSlow e) {
        findings.report(
            f.field().value().at(),
            "Front matter "
                + Text.quote(f.field().key())
                + " cannot be checked against the template's pattern: "
                + e.getMessage());
        continue;
      }
      if (!matches) {
        findings.report(
            f.field().value().at(),
            "Front matter "
                + Text.quote(f.field().key())
                + " is "
                + Text.quote(text)
                + "; expected a value "
                + f.spec().expectedForm());
      }
    }
  }
}
