package dev.pm.derive;

import dev.pm.schema.ActionItemSpec;
import dev.pm.schema.TimelineSpec;
import dev.pm.text.HeadingNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Names that mean the same section in real post-mortems ("Follow-ups", "Corrective actions",
 * "Review actions" are all action items), so that deriving a schema counts them as one section.
 */
final class SectionConcepts {

  record Concept(String id, Set<String> keys) {}

  static final Concept ACTION_ITEMS =
      concept(
          "action items",
          Stream.concat(
                  ActionItemSpec.DEFAULT_SECTIONS.stream(),
                  Stream.of(
                      "Action Items",
                      "Actions",
                      "Follow-up",
                      "Follow up",
                      "Follow-up Items",
                      "Remediation Items",
                      "Todo",
                      "Action Plan"))
              .toList());
  static final Concept TIMELINE =
      concept(
          "timeline",
          Stream.concat(
                  TimelineSpec.DEFAULT_SECTIONS.stream(),
                  Stream.of("Timeline", "Detailed Timeline", "Chronology", "Sequence of Events"))
              .toList());

  private static final List<Concept> ALL =
      List.of(
          concept(
              "summary",
              List.of(
                  "Summary",
                  "Executive Summary",
                  "Incident Summary",
                  "Overview",
                  "TL;DR",
                  "TLDR",
                  "Abstract")),
          TIMELINE,
          concept(
              "root cause",
              List.of(
                  "Root Cause",
                  "Root Causes",
                  "Root Cause Analysis",
                  "Cause",
                  "Causes",
                  "Contributing Factors",
                  "Why Did It Happen")),
          concept(
              "impact",
              List.of(
                  "Impact",
                  "User Impact",
                  "Customer Impact",
                  "Impact Assessment",
                  "Business Impact")),
          concept("detection", List.of("Detection", "How Was It Detected", "Identified")),
          concept(
              "resolution",
              List.of(
                  "Resolution",
                  "Recovery",
                  "Mitigation",
                  "Fix",
                  "Remediation Steps",
                  "Resolution and Recovery")),
          concept(
              "lessons learned",
              List.of(
                  "Lessons Learned", "Lessons Learnt", "Learnings", "What We Learned", "Lessons")),
          concept(
              "what went well",
              List.of("What Went Well", "Things That Went Well", "What Went Right")),
          concept(
              "what went wrong",
              List.of(
                  "What Went Wrong",
                  "What Went Poorly",
                  "What Could Be Improved",
                  "What Didn't Go Well",
                  "Things That Went Wrong")),
          concept("where we got lucky", List.of("Where We Got Lucky", "What Was Lucky", "Lucky")),
          ACTION_ITEMS);

  private SectionConcepts() {}

  /**
   * A qualifier after the name: "Issue Timeline - UTC", "Issue Timeline (UTC)", "Issue Timeline –
   * UTC", "Impact: customers". Spaces around the dash: "Follow-up" keeps its hyphen.
   */
  private static final Pattern QUALIFIER =
      Pattern.compile("^(.{3,}?)\\s*(?:\\s[-–—:]\\s|:\\s|\\()\\s*[^()]{1,30}\\)?$");

  /**
   * The concept a heading belongs to, or a concept of its own named by the heading without its
   * qualifier.
   */
  static Concept of(String headingKey) {
    String stem = stem(headingKey);
    for (Concept c : ALL) {
      if (HeadingNormalizer.matches(headingKey, c.keys()) || c.keys().contains(stem)) {
        return c;
      }
    }
    return new Concept(stem, Set.of(stem));
  }

  /**
   * A normalised heading without a trailing qualifier: "issue timeline - utc" is "issue timeline".
   */
  static String stem(String headingKey) {
    Matcher m = QUALIFIER.matcher(headingKey);
    return m.matches() ? m.group(1).strip() : headingKey;
  }

  private static Concept concept(String id, List<String> names) {
    List<String> keys = new ArrayList<>();
    names.forEach(n -> keys.add(HeadingNormalizer.key(n)));
    return new Concept(id, keys.stream().collect(Collectors.toUnmodifiableSet()));
  }

  static Optional<Concept> known(String id) {
    return ALL.stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
