package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.Fix;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.parse.Dates;
import dev.pm.schema.FieldType;
import java.util.regex.Pattern;

/**
 * PM105: a front matter date is not a real calendar date written YYYY-MM-DD ({@code 2026-01-010}
 * and {@code 2026-02-30} are not), or a date-time is not {@code YYYY-MM-DD HH:MM}.
 */
public final class InvalidDateRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.of(
          "PM105",
          "invalid-date",
          Severity.ERROR,
          "Front matter date is not a real date written YYYY-MM-DD");

  private static final Pattern DATE_TIME =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2})[ T]([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?(\\s*(Z|UTC|GMT|[A-Z]{2,5}|[+-]\\d{2}:?\\d{2}))?");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    for (var f : FieldChecks.specified(context)) {
      String text = f.field().value().scalarText();
      if (text == null || text.isBlank()) {
        continue;
      }
      String key = f.field().key();
      if (f.spec().type() == FieldType.DATE && Dates.parse(text).isEmpty()) {
        var at = f.field().value().at();
        var iso = Dates.lenient(text).map(Object::toString);
        findings.report(
            at,
            "Front matter "
                + Text.quote(key)
                + " is "
                + Text.quote(text)
                + "; "
                + Dates.problem(text)
                + iso.map(d -> " (" + d + ")").orElse(""),
            iso.map(d -> Fix.replace(at, text.trim(), d)));
      } else if (f.spec().type() == FieldType.DATETIME) {
        var m = DATE_TIME.matcher(text.trim());
        if (!m.matches() || Dates.parse(m.group(1)).isEmpty()) {
          findings.report(
              f.field().value().at(),
              "Front matter "
                  + Text.quote(key)
                  + " is "
                  + Text.quote(text)
                  + "; expected YYYY-MM-DD HH:MM with an optional zone");
        }
      }
    }
  }
}
