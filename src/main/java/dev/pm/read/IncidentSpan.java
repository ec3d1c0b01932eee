package dev.pm.read;

import dev.pm.parse.Dates;
import dev.pm.parse.Placeholders;

import dev.pm.model.MetadataEntry;
import dev.pm.model.PostMortem;
import dev.pm.schema.MetadataSpec;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * When an incident started and ended, as the document's labelled values state them:
 * {@code Start:}/{@code End:}, or a time range such as {@code Time: 14:00 - 15:30 UTC}, dated by
 * the front matter {@code date} when they give only a time. Values that are template placeholders
 * are skipped.
 *
 * <p>Why it exists: lint (PM603 compares the stated duration with it) and {@code pm stats} (which
 * takes it as the duration when the document states none) must read the same start and end, so
 * there is one reader for both.
 *
 * @param start the stated start
 * @param end the stated end
 */
public record IncidentSpan(LocalDateTime start, LocalDateTime end) {

  /** The start and end the document states, when it states both. */
  public static Optional<IncidentSpan> read(PostMortem doc, List<MetadataEntry> metadata, MetadataSpec labels) {
    LocalDate day = doc.frontMatter().flatMap(fm -> fm.text("date")).flatMap(Dates::parse).orElse(LocalDate.of(2000, 1, 1));
    LocalDateTime start = null;
    LocalDateTime end = null;
    for (MetadataEntry entry : metadata) {
      if (Placeholders.contains(entry.value())) {
        continue;
      }
      String key = labels.keyForLabel(entry.key()).orElse(entry.key());
      switch (key) {
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
    return start == null || end == null ? Optional.empty() : Optional.of(new IncidentSpan(start, end));
  }

  /** End minus start, plus a day when that is negative: an incident that crossed midnight, written with times only. */
  public Duration length() {
    Duration d = Duration.between(start, end);
    return d.isNegative() ? d.plusDays(1) : d;
  }

  private static Optional<LocalDateTime> at(String text, LocalDate day) {
    var time = TimeReader.time(text);
    if (time.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(LocalDateTime.of(TimeReader.date(text).orElse(day), time.get()));
  }
}
