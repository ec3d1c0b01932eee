package dev.pm.lint.rules;

import dev.pm.lint.CrossFileRule;
import dev.pm.lint.FileSummary;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** PM604: two post-mortems carry the same incident id. Each file after the first is reported. */
public final class DuplicateIncidentIdRule implements CrossFileRule {

  static final RuleInfo INFO =
      RuleInfo.of("PM604", "duplicate-incident-id", Severity.ERROR, "Two post-mortems have the same incident id");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(List<FileSummary> files, CrossFileFindings findings) {
    Map<String, FileSummary> seen = new HashMap<>();
    files.stream().sorted(java.util.Comparator.comparing(FileSummary::file)).forEach(summary -> {
      if (summary.incidentId().isEmpty() || Placeholders.contains(summary.incidentId().get())) {
        return;
      }
      FileSummary first = seen.putIfAbsent(summary.incidentId().get().toUpperCase(Locale.ROOT), summary);
      if (first != null) {
        findings.report(summary.file(), summary.idAt(), "Incident id " + Text.quote(summary.incidentId().get())
            + " is also used by " + first.file());
      }
    });
  }
}
