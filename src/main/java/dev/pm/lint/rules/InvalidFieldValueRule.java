package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.Fix;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.model.YamlValue;
import dev.pm.schema.FieldSpec;
import dev.pm.schema.FieldType;
import java.util.Optional;

/**
 * PM104: a front matter value has the wrong kind (a list where text is expected) or is not in the
 * template's vocabulary (severity scale, status values). A value that differs only in case is
 * reported with the spelling to use.
 */
public final class InvalidFieldValueRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.of(
          "PM104",
          "invalid-field-value",
          Severity.ERROR,
          "Front matter value has the wrong type or is outside the template's vocabulary");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    for (var f : FieldChecks.specified(context)) {
      FieldSpec spec = f.spec();
      YamlValue value = f.field().value();
      String key = f.field().key();
      boolean scalarExpected =
          spec.type() == FieldType.STRING
              || spec.type() == FieldType.DATE
              || spec.type() == FieldType.DATETIME;
      if (scalarExpected && !(value instanceof YamlValue.Scalar)) {
        findings.report(
            value.at(), "Front matter " + Text.quote(key) + " must be text, not a " + value.kind());
        continue;
      }
      if (spec.type() == FieldType.LIST && value instanceof YamlValue.Mapping) {
        findings.report(
            value.at(), "Front matter " + Text.quote(key) + " must be a list, not a mapping");
        continue;
      }
      String text = value.scalarText();
      if (text == null
          || text.isBlank()
          || spec.allowed().isEmpty()
          || spec.allowed().contains(text.trim())) {
        continue;
      }
      Optional<String> spelling =
          spec.allowedIgnoringCase(text).or(() -> spec.allowedLoosely(text));
      if (spelling.isPresent()) {
        findings.report(
            value.at(),
            "Front matter "
                + Text.quote(key)
                + " is "
                + Text.quote(text)
                + "; write it "
                + Text.quote(spelling.get()),
            Fix.replace(value.at(), text, spelling.get()));
      } else {
        findings.report(
            value.at(),
            "Front matter "
                + Text.quote(key)
                + " is "
                + Text.quote(text)
                + "; expected one of "
                + Text.quoteAll(spec.allowed()));
      }
    }
  }
}
