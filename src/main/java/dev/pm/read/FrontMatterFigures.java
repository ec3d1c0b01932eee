package dev.pm.read;

import dev.pm.model.FrontMatterField;
import dev.pm.model.MetadataEntry;
import dev.pm.model.PostMortem;
import dev.pm.parse.Placeholders;
import dev.pm.text.HeadingNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Front matter fields that state the incident's times and figures, as labelled values: {@code
 * incident_start}, {@code resolvedWhen}, {@code downtime_duration} read as "incident start",
 * "resolved when", "downtime duration", the labels {@link IncidentSpan} and {@link IncidentFigures}
 * already understand.
 *
 * <p>Why: status pages and home-grown formats keep the start and resolution in front matter. A
 * status page's {@code date} is when the incident began when the same front matter also states when
 * it was resolved, with a time of day; alone, or at midnight, it is the page's date, and no start.
 */
final class FrontMatterFigures {

  /** "resolvedWhen", "incident_start", "time-to-detect": the words of a key. */
  private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])");

  private static final Pattern SEPARATORS = Pattern.compile("[_\\-.]+");

  /** A key that states when the incident ended. */
  private static final Pattern END_KEY =
      Pattern.compile("^(?:incident |outage |impact )?(?:end|ended|resolved|mitigated)(?: .*)?$");

  private FrontMatterFigures() {}

  /** The fields as labelled values, the front matter {@code date} as "start" where it is one. */
  static List<MetadataEntry> labelled(PostMortem doc) {
    List<MetadataEntry> out = new ArrayList<>();
    if (doc.frontMatter().isEmpty()) {
      return out;
    }
    boolean endStated = false;
    for (FrontMatterField field : doc.frontMatter().get().fields().values()) {
      String value = field.value().scalarText();
      // A template's "[e.g., 2 hours 30 minutes]" is text never filled in, not a figure.
      if (value == null
          || value.isBlank()
          || field.key().equals("date")
          || Placeholders.contains(value)) {
        continue;
      }
      String label = words(field.key());
      out.add(
          new MetadataEntry(
              label, HeadingNormalizer.key(label), value.strip(), field.value().at()));
      endStated |= END_KEY.matcher(label).matches() && TimeReader.time(value).isPresent();
    }
    if (endStated) {
      doc.frontMatter()
          .flatMap(f -> f.field("date"))
          .filter(f -> f.value().scalarText() != null)
          .filter(
              f ->
                  TimeReader.time(f.value().scalarText())
                      .filter(t -> !t.equals(java.time.LocalTime.MIDNIGHT))
                      .isPresent())
          .ifPresent(
              f ->
                  out.add(
                      0, new MetadataEntry("start", "start", f.value().scalarText(), f.keyAt())));
    }
    return out;
  }

  private static String words(String key) {
    String spaced = SEPARATORS.matcher(CAMEL.matcher(key).replaceAll(" ")).replaceAll(" ");
    return spaced.strip().toLowerCase(Locale.ROOT);
  }
}
