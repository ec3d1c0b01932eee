package dev.pm.read;

import dev.pm.model.MetadataEntry;
import dev.pm.model.PostMortem;
import dev.pm.model.TimelineEntry;
import dev.pm.parse.Dates;
import dev.pm.parse.IncidentIdReader;
import dev.pm.schema.MetadataSpec;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The incident's id, title, date, severity and status, and its stated figures. */
final class IncidentFacts {

  private static final Pattern ISO_DATE =
      Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
  private static final Pattern WRITTEN_DATE =
      Pattern.compile(
          "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private IncidentFacts() {}

  /**
   * The incident date as the document states it: front matter, else a labelled date in the body
   * ({@code | **Date** | 2023-06-08 |}), else the file name, else the title.
   */
  static Optional<LocalDate> statedDate(
      PostMortem doc, List<MetadataEntry> metadata, MetadataSpec labels) {
    String stem = fileStem(doc.source().displayPath());
    Optional<String> heading = doc.title().map(h -> h.text());
    return doc.frontMatter()
        .flatMap(f -> f.text("date"))
        .flatMap(Dates::parse)
        .or(
            () ->
                metadata.stream()
                    .filter(e -> labels.keyForLabel(e.key()).filter("date"::equals).isPresent())
                    .map(e -> TimeReader.date(e.value()))
                    .flatMap(Optional::stream)
                    .findFirst())
        .or(() -> dateIn(stem))
        .or(() -> heading.flatMap(IncidentFacts::dateIn));
  }

  static Incident incident(
      PostMortem doc, Optional<LocalDate> stated, List<TimelineEntry> timeline) {
    var fm = doc.frontMatter();
    String file = doc.source().displayPath();
    String stem = fileStem(file);
    String id = IncidentIdReader.of(fm).orElse(stem);
    Optional<String> heading = doc.title().map(h -> h.text());
    String title =
        fm.flatMap(f -> f.text("title"))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .or(() -> heading)
            .orElse(stem);
    Optional<LocalDate> date =
        stated.or(
            () ->
                timeline.stream()
                    .flatMap(e -> e.time().stream())
                    .map(t -> t.toLocalDate())
                    .filter(d -> d.getYear() > 2000)
                    .findFirst());
    String severity = fm.flatMap(f -> f.text("severity")).map(String::trim).orElse("");
    String status = fm.flatMap(f -> f.text("status")).map(String::trim).orElse("");
    return new Incident(id, title, date, severity, status);
  }

  /** {@code 2021-04-21} or {@code March 14th, 2026} in a file name or title. */
  static Optional<LocalDate> dateIn(String text) {
    Matcher iso = ISO_DATE.matcher(text);
    if (iso.find()) {
      return Dates.parse(iso.group());
    }
    Matcher written = WRITTEN_DATE.matcher(text);
    if (written.find()) {
      int month = MONTHS.indexOf(written.group(1).toLowerCase(Locale.ROOT).substring(0, 3)) + 1;
      try {
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(written.group(3)), month, Integer.parseInt(written.group(2))));
      } catch (java.time.DateTimeException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static String fileStem(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
  }
}
