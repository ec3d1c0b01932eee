package dev.pm.schema;

import dev.pm.text.HeadingNormalizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Labels under which the body repeats front matter values ({@code | **Incident ID** | ... |},
 * {@code **Severity:** P2}), keyed by front matter key. Also names the start, end and duration
 * labels the duration check reads.
 */
public record MetadataSpec(Map<String, List<String>> labels) {

  public static final MetadataSpec DEFAULT = new MetadataSpec(defaults());

  public MetadataSpec {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    labels.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    labels = Collections.unmodifiableMap(copy);
  }

  /** The front matter key whose label this is, if any. */
  public Optional<String> keyForLabel(String labelKey) {
    for (var entry : LABEL_KEYS.of(this).entrySet()) {
      if (HeadingNormalizer.matches(labelKey, entry.getValue())) {
        return Optional.of(entry.getKey());
      }
    }
    return Optional.empty();
  }

  /** Each front matter key's labels, normalised, in the labels' order. */
  private static final DerivedOnce<MetadataSpec, Map<String, Set<String>>> LABEL_KEYS =
      new DerivedOnce<>(
          spec -> {
            Map<String, Set<String>> keys = new LinkedHashMap<>();
            spec.labels.forEach(
                (key, names) ->
                    keys.put(
                        key,
                        names.stream()
                            .map(HeadingNormalizer::key)
                            .collect(Collectors.toUnmodifiableSet())));
            return Collections.unmodifiableMap(keys);
          });

  private static Map<String, List<String>> defaults() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("id", List.of("Incident ID"));
    m.put("date", List.of("Date", "Incident Date"));
    m.put("severity", List.of("Severity"));
    m.put("status", List.of("Status"));
    m.put("start", List.of("Start", "Start Time", "Started", "Incident Start"));
    m.put("end", List.of("End", "End Time", "Ended", "Resolved", "Incident End"));
    m.put("duration", List.of("Duration", "Total Duration", "Incident Duration"));
    return m;
  }
}
