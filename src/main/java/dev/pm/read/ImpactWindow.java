package dev.pm.read;

import dev.pm.model.Block;
import dev.pm.model.MetadataEntry;
import dev.pm.model.Paragraph;
import dev.pm.model.PostMortem;
import dev.pm.model.Section;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The window an Impact section opens with: "~8:00-11:00 AM ET, customers could not download their
 * reports". Given to {@link IncidentTimes} as an "Impact window" label, read like one, after the
 * labels the document states.
 *
 * <p>Only the first paragraph of a section whose heading is about the impact, only when it opens
 * with the range and goes on about the incident: a schedule ("The nightly export runs 1:00-2:00
 * AM") or a timeline entry elsewhere is no window.
 */
final class ImpactWindow {

  private static final Pattern IMPACT_HEADING =
      Pattern.compile("(?iu)\\bimpact\\b|auswirkung|impacto|影響|影响|영향");

  /** The range at the opening, the meridiem and zone written once after the end. */
  private static final Pattern OPENING_RANGE =
      Pattern.compile(
          "(?i)^\\W{0,3}(?:approximately\\s+|about\\s+|around\\s+|between\\s+|~\\s*)?"
              + "(\\d{1,2})[:.](\\d{2})(\\s*[ap]\\.?m\\.?)?\\s*(?:-|–|—|to|until)\\s*~?"
              + "(\\d{1,2})[:.](\\d{2})(\\s*[ap]\\.?m\\.?)?((?:\\s+[A-Z]{2,4}\\b)?)[,:;]?\\s+(.+)$");

  private ImpactWindow() {}

  static Optional<MetadataEntry> read(PostMortem doc) {
    for (Section section : doc.sections()) {
      if (!IMPACT_HEADING.matcher(section.heading().text()).find()) {
        continue;
      }
      for (Block block : section.blocks()) {
        if (block instanceof Paragraph p) {
          return window(p);
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<MetadataEntry> window(Paragraph p) {
    Matcher m = OPENING_RANGE.matcher(p.text().strip());
    if (!m.matches() || !ProseText.ABOUT_INCIDENT.matcher(m.group(8)).find()) {
      return Optional.empty();
    }
    String endMeridiem = m.group(6) == null ? "" : m.group(6).strip();
    String startMeridiem = m.group(3) == null ? "" : m.group(3).strip();
    if (startMeridiem.isEmpty() && !endMeridiem.isEmpty()) {
      // "8:00-11:00 AM" is 8 AM; "11:00-1:00 PM" crosses noon, so its start is in the morning.
      int from = Integer.parseInt(m.group(1)) % 12;
      int to = Integer.parseInt(m.group(4)) % 12;
      boolean pm = endMeridiem.toLowerCase(Locale.ROOT).startsWith("p");
      startMeridiem = from <= to ? endMeridiem : (pm ? "AM" : "PM");
    }
    String value =
        m.group(1)
            + ":"
            + m.group(2)
            + (startMeridiem.isEmpty() ? "" : " " + startMeridiem)
            + " - "
            + m.group(4)
            + ":"
            + m.group(5)
            + (endMeridiem.isEmpty() ? "" : " " + endMeridiem);
    return Optional.of(new MetadataEntry("Impact window", "impact window", value, p.at()));
  }
}
