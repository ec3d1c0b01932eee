package dev.pm.stats;

import dev.pm.model.MetadataEntry;
import dev.pm.model.PostMortem;
import dev.pm.parse.ActionItemExtractor;
import dev.pm.parse.Dates;
import dev.pm.parse.Durations;
import dev.pm.parse.IncidentSpan;
import dev.pm.parse.MetadataExtractor;
import dev.pm.schema.Schema;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds an {@link IncidentRecord} from a parsed post-mortem and its schema, with lint's own
 * action-item extractor, so lint and stats can never disagree about what an action item is.
 */
final class IncidentReader {

  private IncidentReader() {}

  static IncidentRecord read(PostMortem doc, Schema schema) {
    var fm = doc.frontMatter();
    String file = doc.source().displayPath();
    String id = fm.flatMap(f -> f.text("id")).map(String::trim).filter(s -> !s.isEmpty()).orElse(fileStem(file));
    String title = fm.flatMap(f -> f.text("title")).map(String::trim).filter(s -> !s.isEmpty())
        .or(() -> doc.title().map(h -> h.text())).orElse(fileStem(file));
    var date = fm.flatMap(f -> f.text("date")).flatMap(Dates::parse);
    String severity = fm.flatMap(f -> f.text("severity")).map(String::trim).orElse("");
    return new IncidentRecord(file, id, title, date, severity, ActionItemExtractor.extract(doc, schema.actionItems()), durations(doc, schema));
  }

  /**
   * Incident figures: the duration (stated, or else from the stated start and end), and MTTD /
   * MTTA / MTTR where the template records them.
   */
  private static Map<String, Duration> durations(PostMortem doc, Schema schema) {
    Map<String, Duration> found = new LinkedHashMap<>();
    List<MetadataEntry> metadata = MetadataExtractor.extract(doc);
    for (MetadataEntry entry : metadata) {
      String label = entry.label().toLowerCase(Locale.ROOT);
      String figure = label.contains("mttd") || label.contains("time to detect") ? "mttd"
          : label.contains("mtta") || label.contains("time to acknowledge") ? "mtta"
          : label.contains("mttr") || label.contains("time to resolve") || label.contains("time to repair") ? "mttr"
          : schema.metadata().keyForLabel(entry.key()).filter("duration"::equals).orElse(null);
      if (figure != null && !found.containsKey(figure)) {
        Durations.parse(entry.value()).ifPresent(d -> found.put(figure, d));
      }
    }
    // When both are there, the stated duration wins: it is the figure the authors wrote down on
    // purpose, while start and end may bound something else (first impact to all-clear, say), and
    // where the two differ by more than a minute lint reports PM603 on the same IncidentSpan.
    // A span that is zero, or still negative after IncidentSpan's midnight rule, is a typo.
    if (!found.containsKey("duration")) {
      IncidentSpan.read(doc, metadata, schema.metadata()).map(IncidentSpan::length)
          .filter(d -> !d.isNegative() && !d.isZero()).ifPresent(d -> found.put("duration", d));
    }
    return found;
  }

  private static String fileStem(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
  }
}
