package dev.pm.lint.rules;

import dev.pm.lint.LintContext;
import dev.pm.model.FrontMatter;
import dev.pm.model.FrontMatterField;
import dev.pm.schema.FieldSpec;
import java.util.ArrayList;
import java.util.List;

/** The front matter fields that have a spec in the schema, for the value rules. */
final class FieldChecks {

  record SpecifiedField(FrontMatterField field, FieldSpec spec) {}

  private FieldChecks() {}

  static List<SpecifiedField> specified(LintContext context) {
    List<SpecifiedField> out = new ArrayList<>();
    var fm = context.doc().frontMatter();
    if (fm.isEmpty() || fm.get().syntax() != FrontMatter.Syntax.YAML) {
      return out;
    }
    for (FrontMatterField field : fm.get().fields().values()) {
      context
          .schema()
          .frontMatter()
          .field(field.key())
          .ifPresent(spec -> out.add(new SpecifiedField(field, spec)));
    }
    return out;
  }
}
