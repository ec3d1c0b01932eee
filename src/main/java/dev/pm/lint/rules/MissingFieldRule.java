package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.Fix;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.model.FrontMatter;
import dev.pm.model.FrontMatterField;
import dev.pm.model.ParseProblem;
import dev.pm.model.YamlValue;
import java.util.Optional;

/** PM103: a key the template requires is missing from the front matter, or empty. */
public final class MissingFieldRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.of(
          "PM103",
          "missing-field",
          Severity.ERROR,
          "Front matter lacks a key the template requires");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    var maybe = context.doc().frontMatter();
    if (maybe.isEmpty() || maybe.get().syntax() != FrontMatter.Syntax.YAML) {
      return; // PM101 says the whole block is missing
    }
    FrontMatter fm = maybe.get();
    if (fm.fields().isEmpty()
        && context.doc().problems().stream()
            .anyMatch(p -> p.kind() == ParseProblem.Kind.FRONT_MATTER)) {
      return; // unreadable YAML is PM102's finding; every key "missing" would only repeat it
    }
    for (String key : context.schema().frontMatter().required()) {
      FrontMatterField field = fm.fields().get(key);
      if (field == null) {
        Optional<Fix> fromBody = FrontMatterFromMetadata.fix(context, fm, key);
        findings.report(
            fm.at(),
            "Missing required front matter key "
                + Text.quote(key)
                + fromBody.map(f -> " (the body states it)").orElse(""),
            fromBody);
      } else if (isEmpty(field.value())) {
        findings.report(field.keyAt(), "Front matter key " + Text.quote(key) + " is empty");
      }
    }
  }

  /** A blank or null scalar; a list or mapping counts as given (PM104 checks its type). */
  private static boolean isEmpty(YamlValue value) {
    return value instanceof YamlValue.Scalar s && (s.isNull() || s.text().isBlank());
  }
}
