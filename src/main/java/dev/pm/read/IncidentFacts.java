package dev.pm.read;

import dev.pm.model.MetadataEntry;
import dev.pm.model.PostMortem;
import dev.pm.model.TimelineEntry;
import dev.pm.parse.Dates;
import dev.pm.parse.IncidentIdReader;
import dev.pm.schema.MetadataSpec;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The incident's id, title, date, severity and status, and its stated figures. */
final class IncidentFacts {

  /**
   * The incident date's label in the languages post-mortems are written in: "Datum", "Fecha",
   * "Dato", "Data", "Date de l'incident". English labels come from the schema.
   */
  private static final Pattern DATE_LABEL =
      Pattern.compile(
          "^(?:datum|fecha|dato|data|date)(?:\\s+(?:de l'incident|del incidente|des vorfalls))?$");

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
                    .filter(
                        e ->
                            labels.keyForLabel(e.key()).filter("date"::equals).isPresent()
                                || DATE_LABEL.matcher(e.key()).matches())
                    // A whole date in any of the ways people write one ("12.04.2024" too); no
                    // reference, so a day without its year is none.
                    .map(e -> TimeReader.date(e.value(), null))
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

  /**
   * A whole date in a file name or title: {@code 2021-04-21}, {@code March 14th, 2026}, {@code 14
   * March 2026}, {@code 2026年3月14日}; a day without its year ("3 March") is none.
   */
  static Optional<LocalDate> dateIn(String text) {
    return TimeReader.date(text);
  }

  private static String fileStem(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
  }
}
