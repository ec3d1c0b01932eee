package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.model.MetadataEntry;
import dev.pm.parse.Placeholders;
import dev.pm.read.Durations;
import dev.pm.read.IncidentSpan;
import java.time.Duration;
import java.util.Optional;

/**
 * PM603: the stated duration disagrees with the stated start and end (by more than a minute). The
 * start and end are read by {@link IncidentSpan}, which {@code pm stats} uses too: labelled values
 * ({@code Start:}/{@code End:}, or a time range such as {@code 14:00 - 15:30 UTC}) and the front
 * matter date when they give only a time.
 */
public final class DurationMismatchRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.of(
          "PM603",
          "duration-mismatch",
          Severity.WARNING,
          "The stated duration disagrees with the start and end times");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    MetadataEntry durationEntry = null;
    for (MetadataEntry entry : context.metadata()) {
      if (!Placeholders.contains(entry.value())
          && context
              .schema()
              .metadata()
              .keyForLabel(entry.key())
              .orElse(entry.key())
              .equals("duration")) {
        durationEntry = entry;
        break;
      }
    }
    if (durationEntry == null) {
      return;
    }
    Optional<IncidentSpan> span = context.reading().span().filter(IncidentSpan::labelled);
    if (span.isEmpty()) {
      return;
    }
    Optional<Duration> stated = Durations.parse(durationEntry.value());
    if (stated.isEmpty()) {
      return;
    }
    Duration actual = span.get().length();
    if (Math.abs(actual.minus(stated.get()).toSeconds()) > 60) {
      findings.report(
          durationEntry.at(),
          "Duration "
              + Text.quote(durationEntry.value())
              + " disagrees with start and end, which are "
              + format(actual)
              + " apart");
    }
  }

  private static String format(Duration d) {
    long hours = d.toHours();
    long minutes = d.toMinutesPart();
    return hours > 0 ? hours + " h " + minutes + " min" : minutes + " min";
  }
}
