package dev.pm.schema;

import dev.pm.text.HeadingNormalizer;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a template keeps its timeline.
 *
 * @param sections names of the timeline sections
 * @param ordered whether entries must be in time order
 */
public record TimelineSpec(List<String> sections, boolean ordered) {

  public static final List<String> DEFAULT_SECTIONS =
      List.of(
          "Timeline", "Incident Timeline", "Response Timeline", "Timeline of Events", "Key Events");

  public TimelineSpec {
    sections = List.copyOf(sections);
  }

  public static TimelineSpec defaults() {
    return new TimelineSpec(DEFAULT_SECTIONS, true);
  }

  public Set<String> sectionKeys() {
    return sections.stream().map(HeadingNormalizer::key).collect(Collectors.toUnmodifiableSet());
  }
}
