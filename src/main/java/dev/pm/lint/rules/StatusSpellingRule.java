package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.Fix;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.model.ActionItem;
import dev.pm.model.ActionItemField;
import dev.pm.read.StatusFamily;
import dev.pm.read.StatusNormalizer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * PM405: one document spells the same status two ways ({@code Done} and {@code closed}): each
 * spelling that is not the template's is reported, naming the template's. A synonym written
 * consistently ({@code Closed} for every done item) is understood and not reported. Spellings are
 * compared within one {@link StatusFamily}: distinct tracker stages that read as the same status
 * ({@code In Review}, {@code In QA}) are different states, not spellings of one.
 *
 * <p>Rationale: teams that adopt pm bring years of documents in their own words; "Closed" written
 * alike everywhere reads fine, and stats counts it right. A mix is what makes a document hard to
 * search, so that is what is worth a warning.
 */
public final class StatusSpellingRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.of(
          "PM405",
          "status-spelling",
          Severity.WARNING,
          "One document spells the same action-item status in more than one way");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    var spec = context.schema().actionItems();
    Map<StatusFamily, Set<String>> spellings = new HashMap<>();
    Map<StatusFamily, String> templateSpelling = new HashMap<>();
    for (ActionItem item : context.actionItems()) {
      var status =
          item.value(ActionItemField.STATUS).filter(s -> item.form() == ActionItem.Form.TABLE_ROW);
      var reading = status.flatMap(s -> StatusNormalizer.read(s, spec.statuses()));
      if (reading.isPresent()) {
        String written = status.get().strip();
        StatusFamily family = StatusFamily.of(written);
        spellings.computeIfAbsent(family, k -> new LinkedHashSet<>()).add(written);
        if (reading.get().exact()) {
          templateSpelling.putIfAbsent(family, written);
        }
      }
    }
    for (ActionItem item : context.actionItems()) {
      var status = item.value(ActionItemField.STATUS);
      if (status.isEmpty() || item.form() != ActionItem.Form.TABLE_ROW) {
        continue;
      }
      var reading = StatusNormalizer.read(status.get(), spec.statuses());
      if (reading.isEmpty() || reading.get().exact()) {
        continue;
      }
      String written = status.get().strip();
      StatusFamily family = StatusFamily.of(written);
      Set<String> alike = spellings.get(family);
      if (alike.size() < 2) {
        continue;
      }
      String meaning = reading.get().status().wireName();
      // a status word's spelling is the template's; a word of its own (a tracker stage) keeps the
      // template's spelling if it has one, else the one this document wrote first
      Optional<String> preferred =
          family.ofStatus()
              ? spec.canonicalStatus(reading.get().status())
              : Optional.of(templateSpelling.getOrDefault(family, alike.iterator().next()));
      if (preferred.filter(written::equals).isPresent()) {
        continue;
      }
      String advice =
          preferred
              .map(c -> "write it " + Text.quote(c))
              .orElse(
                  "the template has no status for "
                      + meaning
                      + "; use one of "
                      + Text.quoteAll(spec.statuses().keySet()));
      var at = item.at(ActionItemField.STATUS);
      String others = Text.quoteAll(alike.stream().filter(o -> !o.equals(written)).toList());
      findings.report(
          at,
          "Status "
              + Text.quote(status.get())
              + " of action item "
              + ActionItems.name(item)
              + " means "
              + meaning
              + ", which this document also writes "
              + others
              + "; "
              + advice,
          preferred.map(c -> Fix.replace(at, status.get(), c)));
    }
  }
}
