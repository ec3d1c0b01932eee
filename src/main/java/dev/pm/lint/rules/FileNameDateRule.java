package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.parse.Dates;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PM108: a file named {@code YYYY-MM-DD-slug.md} (as {@code pm new} names them) carries a different
 * date in its front matter: one of the two was edited and the other forgotten.
 */
public final class FileNameDateRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.of(
          "PM108",
          "file-name-date",
          Severity.WARNING,
          "File name date differs from the front matter date");

  private static final Pattern NAME_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})\\b");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    String name =
        context.doc().source().path().getFileName() == null
            ? ""
            : context.doc().source().path().getFileName().toString();
    Matcher m = NAME_DATE.matcher(name);
    if (!m.find()) {
      return;
    }
    var field = context.doc().frontMatter().flatMap(fm -> fm.field("date"));
    if (field.isEmpty() || field.get().value().scalarText() == null) {
      return;
    }
    var date = Dates.parse(field.get().value().scalarText());
    if (date.isPresent()
        && Dates.parse(m.group(1)).isPresent()
        && !date.get().toString().equals(m.group(1))) {
      findings.report(
          field.get().value().at(),
          "Front matter date "
              + Text.quote(date.get().toString())
              + " differs from the date in the file name "
              + Text.quote(m.group(1)));
    }
  }
}
