package dev.pm.schema;

import java.util.List;

/**
 * What the blameless-language rule looks for, and where.
 *
 * @param phrases words and phrases that assign blame, matched as whole words ignoring case
 * @param sections the analysis sections searched (their sub-sections too); headings match as
 *     section titles do (numbering, emoji and case ignored)
 */
public record BlamelessSpec(List<String> phrases, List<String> sections) {

  public static final List<String> DEFAULT_PHRASES =
      List.of(
          "human error",
          "operator error",
          "user error",
          "careless",
          "carelessness",
          "carelessly",
          "negligent",
          "negligence",
          "should have",
          "shouldn't have",
          "should not have",
          "failed to",
          "at fault",
          "fault of",
          "'s fault",
          "his fault",
          "her fault",
          "their fault",
          "to blame",
          "blame",
          "blamed");

  public static final List<String> DEFAULT_SECTIONS =
      List.of(
          "Root Cause",
          "Root Causes",
          "Root Cause Analysis",
          "What Happened",
          "Contributing Factors",
          "Contributing Factor",
          "Why Did It Happen",
          "Cause",
          "Causes",
          "Analysis",
          "5 Whys",
          "Five Whys",
          "Trigger",
          "Detailed Analysis",
          "What Went Wrong",
          "What Went Poorly",
          "What Didn't Go Well");

  public static final BlamelessSpec DEFAULT = new BlamelessSpec(DEFAULT_PHRASES, DEFAULT_SECTIONS);

  public BlamelessSpec {
    phrases = List.copyOf(phrases);
    sections = List.copyOf(sections);
  }
}
