package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.Fix;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.model.ActionItem;
import dev.pm.model.ActionItemField;
import dev.pm.model.ActionStatus;
import dev.pm.read.StatusNormalizer;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * PM405: one document spells the same status two ways ({@code Done} and {@code closed}): each
 * spelling that is not the template's is reported, naming the template's. A synonym written
 * consistently ({@code Closed} for every done item) is understood and not reported.
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
    Map<ActionStatus, Set<String>> spellings = new EnumMap<>(ActionStatus.class);
    for (ActionItem item : context.actionItems()) {
      var status =
          item.value(ActionItemField.STATUS).filter(s -> item.form() == ActionItem.Form.TABLE_ROW);
      status
          .flatMap(s -> StatusNormalizer.read(s, spec.statuses()))
          .ifPresent(
              r ->
                  spellings
                      .computeIfAbsent(r.status(), k -> new LinkedHashSet<>())
                      .add(status.get().strip()));
    }
    for (ActionItem item : context.actionItems()) {
      var status = item.value(ActionItemField.STATUS);
      if (status.isEmpty() || item.form() != ActionItem.Form.TABLE_ROW) {
        continue;
      }
      var reading = StatusNormalizer.read(status.get(), spec.statuses());
      if (reading.isEmpty()
          || reading.get().exact()
          || spellings.get(reading.get().status()).size() < 2) {
        continue;
      }
      String meaning = reading.get().status().wireName();
      var canonical = spec.canonicalStatus(reading.get().status());
      String advice =
          canonical
              .map(c -> "write it " + Text.quote(c))
              .orElse(
                  "the template has no status for "
                      + meaning
                      + "; use one of "
                      + Text.quoteAll(spec.statuses().keySet()));
      var at = item.at(ActionItemField.STATUS);
      String others =
          Text.quoteAll(
              spellings.get(reading.get().status()).stream()
                  .filter(o -> !o.equals(status.get().strip()))
                  .toList());
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
          canonical.map(c -> Fix.replace(at, status.get(), c)));
    }
  }
}
