package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.model.MetadataEntry;
import dev.pm.parse.Dates;
import dev.pm.parse.Durations;
import dev.pm.parse.TimeReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * PM603: the stated duration disagrees with the stated start and end (by more than a minute). The
 * start and end come from labelled values ({@code Start:}/{@code End:}, or a time range such as
 * {@code 14:00 - 15:30 UTC}) and the front matter date when they give only a time.
 */
public final class DurationMismatchRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.of("PM603", "duration-mismatch", Severity.WARNING, "The stated duration disagrees with the start and end times");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    LocalDate day = context.doc().frontMatter().flatMap(fm -> fm.text("date")).flatMap(Dates::parse).orElse(LocalDate.of(2000, 1, 1));
    MetadataEntry durationEntry = null;
    LocalDateTime start = null;
    LocalDateTime end = null;
    for (MetadataEntry entry : context.metadata()) {
      if (Placeholders.contains(entry.value())) {
        continue;
      }
      String key = context.schema().metadata().keyForLabel(entry.key()).orElse(entry.key());
      switch (key) {
        case "duration" -> durationEntry = durationEntry == null ? entry : durationEntry;
        case "start" -> start = start == null ? at(entry.value(), day).orElse(null) : start;
        case "end" -> end = end == null ? at(entry.value(), day).orElse(null) : end;
        case "time" -> {
          String[] range = entry.value().split("\\s+(?:-|–|to)\\s+", 2);
          if (range.length == 2 && start == null && end == null) {
            start = at(range[0], day).orElse(null);
            end = at(range[1], day).orElse(null);
          }
        }
        default -> { }
      }
    }
    if (durationEntry == null || start == null || end == null) {
      return;
    }
    Optional<Duration> stated = Durations.parse(durationEntry.value());
    if (stated.isEmpty()) {
      return;
    }
    Duration actual = Duration.between(start, end);
    if (actual.isNegative()) {
      actual = actual.plusDays(1); // an incident that crossed midnight with times only
    }
    if (Math.abs(actual.minus(stated.get()).toSeconds()) > 60) {
      findings.report(durationEntry.at(), "Duration " + Text.quote(durationEntry.value()) + " disagrees with start and end, which are "
          + format(actual) + " apart");
    }
  }

  private static Optional<LocalDateTime> at(String text, LocalDate day) {
    var time = TimeReader.time(text);
    if (time.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(LocalDateTime.of(TimeReader.date(text).orElse(day), time.get()));
  }

  private static String format(Duration d) {
    long hours = d.toHours();
    long minutes = d.toMinutesPart();
    return hours > 0 ? hours + " h " + minutes + " min" : minutes + " min";
  }
}
