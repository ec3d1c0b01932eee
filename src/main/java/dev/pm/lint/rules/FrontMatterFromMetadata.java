package dev.pm.lint.rules;

import dev.pm.lint.Fix;
import dev.pm.lint.LintContext;
import dev.pm.model.FrontMatter;
import dev.pm.model.Location;
import dev.pm.model.MetadataEntry;
import dev.pm.parse.Dates;
import dev.pm.parse.Placeholders;
import dev.pm.schema.FieldSpec;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The fix for a required front matter key that the body's metadata table already states ({@code |
 * Severity | SEV-2 |}): a {@code key: value} line before the closing {@code ---}. Only values pm
 * can state exactly are copied: a date found in the text, a value on the template's scale, or plain
 * text that YAML reads back unchanged.
 */
final class FrontMatterFromMetadata {

  /** Text YAML reads as the same plain string: no indicators, no colon-space, no comment mark. */
  private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _.()/-]*");

  private FrontMatterFromMetadata() {}

  static Optional<Fix> fix(LintContext context, FrontMatter fm, String key) {
    if (fm.syntax() != FrontMatter.Syntax.YAML) {
      return Optional.empty();
    }
    for (MetadataEntry entry : context.metadata()) {
      if (!context.schema().metadata().keyForLabel(entry.key()).filter(key::equals).isPresent()) {
        continue;
      }
      String stated = entry.value().strip();
      if (stated.isEmpty() || Placeholders.contains(stated)) {
        return Optional.empty();
      }
      return value(context, key, stated)
          .map(
              v ->
                  Fix.insert(
                      Location.ofLine(fm.endLine()),
                      key + ": " + v + "\n",
                      "front matter " + key + ": " + v + " (from line " + entry.at().line() + ")"));
    }
    return Optional.empty();
  }

  private static Optional<String> value(LintContext context, String key, String stated) {
    Optional<FieldSpec> spec = context.schema().frontMatter().field(key);
    if (key.equals("date")
        || spec.map(s -> s.type() == dev.pm.schema.FieldType.DATE).orElse(false)) {
      return Dates.find(stated).or(() -> Dates.lenient(stated)).map(Object::toString);
    }
    if (spec.isPresent() && !spec.get().allowed().isEmpty()) {
      return spec.get().allowedIgnoringCase(stated).or(() -> spec.get().allowedLoosely(stated));
    }
    String line = stated.lines().findFirst().orElse("").strip();
    return PLAIN.matcher(line).matches() && !line.endsWith(" ")
        ? Optional.of(line)
        : Optional.empty();
  }
}
