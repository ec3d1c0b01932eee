package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.model.FrontMatter;
import dev.pm.model.Location;
import dev.pm.model.ParseProblem;
import dev.pm.read.SchemaSelection;

/**
 * PM101: the post-mortem has no YAML front matter, so its id, date, severity and template are
 * unknown. The file is still checked, against the template whose sections it matches best; the
 * message says which. A schema that requires no front matter keys (one derived from documents that
 * never had any) does not ask for the block either.
 */
public final class MissingFrontMatterRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.of(
          "PM101", "missing-front-matter", Severity.ERROR, "Post-mortem has no YAML front matter");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    if (context.schema().frontMatter().required().isEmpty()) {
      return;
    }
    var frontMatter = context.doc().frontMatter();
    if (frontMatter.isPresent() && frontMatter.get().syntax() == FrontMatter.Syntax.TOML) {
      findings.report(
          Location.START,
          "Front matter is TOML (+++); pm reads YAML front matter between \"---\" lines"
              + checkedAgainst(context));
      return;
    }
    boolean unclosed =
        context.doc().problems().stream()
            .anyMatch(p -> p.kind() == ParseProblem.Kind.FRONT_MATTER && frontMatter.isEmpty());
    if (frontMatter.isEmpty() && !unclosed) {
      findings.report(
          Location.START,
          "Missing front matter (id, title, date, severity, status, template)"
              + checkedAgainst(context));
    }
  }

  private static String checkedAgainst(LintContext context) {
    SchemaSelection selection = context.selection();
    return switch (selection.how()) {
      case BEST_MATCH ->
          "; checked against template "
              + Text.quote(context.schema().name())
              + ", whose sections it matches best ("
              + selection.matchedSections()
              + " of "
              + selection.requiredSections()
              + " required)";
      case GENERIC -> "; its sections match no template, so only general checks apply";
      case EXPLICIT ->
          "; checked against " + Text.quote(context.schema().name()) + " as configured";
      case FRONT_MATTER -> "";
    };
  }
}
