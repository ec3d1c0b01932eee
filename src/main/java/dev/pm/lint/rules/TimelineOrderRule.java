package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.model.TimelineEntry;
import dev.pm.read.TimeReader;
import java.time.LocalDateTime;

/** PM602: a timeline entry is earlier than the entry before it. */
public final class TimelineOrderRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.of(
          "PM602", "timeline-order", Severity.WARNING, "Timeline entries are not in time order");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    if (!context.schema().timeline().ordered()) {
      return;
    }
    TimelineEntry previous = null;
    for (TimelineEntry entry : context.timeline()) {
      if (entry.time().isEmpty()) {
        continue;
      }
      if (previous != null) {
        LocalDateTime before = previous.time().get();
        if (entry.time().get().isBefore(before)) {
          findings.report(
              entry.at(),
              "Timeline entry "
                  + Text.quote(TimeReader.leadingTime(entry.timeText()))
                  + " is earlier than the entry before it "
                  + Text.quote(TimeReader.leadingTime(previous.timeText()))
                  + " (line "
                  + previous.at().line()
                  + ")");
        }
      }
      previous = entry;
    }
  }
}
