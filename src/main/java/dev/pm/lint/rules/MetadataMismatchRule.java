package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.model.MetadataEntry;
import dev.pm.parse.Dates;
import dev.pm.parse.Placeholders;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * PM601: a value the body repeats (incident id, date, severity, status in a metadata table or a
 * bold label) disagrees with the front matter, which tools read. One of them was edited and the
 * other forgotten.
 */
public final class MetadataMismatchRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.of(
          "PM601",
          "metadata-mismatch",
          Severity.ERROR,
          "A value in the body disagrees with the front matter");

  private static final Set<String> COMPARED = Set.of("id", "date", "severity", "status");
  private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.:_-]*");
  private static final Pattern WORD_SPLIT = Pattern.compile("[\\s(/,;]+");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    var fm = context.doc().frontMatter();
    if (fm.isEmpty()) {
      return;
    }
    for (MetadataEntry entry : context.metadata()) {
      Optional<String> key = context.schema().metadata().keyForLabel(entry.key());
      if (key.isEmpty() || !COMPARED.contains(key.get())) {
        continue;
      }
      Optional<String> expected =
          fm.get().text(key.get()).map(String::trim).filter(s -> !s.isEmpty());
      String stated = entry.value().trim();
      if (expected.isEmpty() || stated.isEmpty() || Placeholders.contains(stated)) {
        continue;
      }
      if (!agrees(key.get(), stated, expected.get())) {
        findings.report(
            entry.at(),
            entry.label()
                + " "
                + Text.quote(stated)
                + " in the body differs from front matter "
                + key.get()
                + " "
                + Text.quote(expected.get()),
            fix(context, key.get(), entry, stated, expected.get()));
      }
    }
  }

  /**
   * The front matter is what tools read, so the body follows it: closing a post-mortem is one edit.
   * Only a body value that is one plain word or date is replaced, and only by a plain value; "P2
   * (high)" or a value with Markdown in it is left for a person.
   */
  private static Optional<dev.pm.lint.Fix> fix(
      LintContext context, String key, MetadataEntry entry, String stated, String expected) {
    if (!PLAIN.matcher(stated).matches()
        || !PLAIN.matcher(expected).matches()
        || !valid(context, key, expected)) {
      return Optional.empty();
    }
    return Optional.of(dev.pm.lint.Fix.replace(entry.at(), stated, expected));
  }

  /**
   * Only a front matter value that is itself right is copied: a misspelt one ({@code sev2}) is
   * PM104's fix, and copying it would spread the mistake into the body.
   */
  private static boolean valid(LintContext context, String key, String value) {
    if (key.equals("date")) {
      return Dates.parse(value).map(d -> d.toString().equals(value)).orElse(false);
    }
    var spec = context.schema().frontMatter().field(key);
    if (spec.isEmpty()) {
      return true;
    }
    boolean inVocabulary = spec.get().allowed().isEmpty() || spec.get().allowed().contains(value);
    boolean ofForm;
    try {
      ofForm =
          spec.get().pattern().map(p -> dev.pm.schema.BoundedMatch.matches(p, value)).orElse(true);
    } catch (dev.pm.schema.BoundedMatch.TooSlow e) {
      ofForm = false; // PM106 reports the pattern; a value it cannot check is not compared
    }
    return inVocabulary && ofForm;
  }

  private static boolean agrees(String key, String stated, String expected) {
    if (key.equals("date")) {
      // An invalid front matter date is PM105's finding; comparing with it would repeat it.
      var statedDate = Dates.find(stated);
      return statedDate.isEmpty()
          || Dates.parse(expected).isEmpty()
          || statedDate.get().toString().equals(expected);
    }
    String first = WORD_SPLIT.split(stated.trim(), -1)[0];
    String lowered = expected.toLowerCase(Locale.ROOT);
    return first.equalsIgnoreCase(expected) || stated.toLowerCase(Locale.ROOT).equals(lowered);
  }
}
