package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.model.Location;
import dev.pm.read.SchemaSelection;

/**
 * PM107: front matter names a template pm does not know; the file is checked against its best
 * match.
 */
public final class UnknownTemplateRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.of(
          "PM107",
          "unknown-template",
          Severity.ERROR,
          "Front matter names a template that does not exist");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    context
        .unknownTemplate()
        .ifPresent(
            name -> {
              Location at =
                  context
                      .doc()
                      .frontMatter()
                      .flatMap(fm -> fm.field("template"))
                      .map(f -> f.value().at())
                      .orElse(Location.START);
              String fallback =
                  context.selection().how() == SchemaSelection.How.GENERIC
                      ? "only general checks apply"
                      : "checked against "
                          + Text.quote(context.schema().name())
                          + ", its best match";
              findings.report(
                  at,
                  "Unknown template "
                      + Text.quote(name)
                      + "; known templates are "
                      + String.join(", ", context.knownTemplates())
                      + " ("
                      + fallback
                      + ")");
            });
  }
}
