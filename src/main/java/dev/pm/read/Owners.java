package dev.pm.read;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who an item's own text names as its owner: {@code Owner: name}, {@code OWNER: name@}, {@code @handle}
 * (several are all kept, joined by ", "), a {@code [TEAM]} tag at the start.
 */
final class Owners {

  static final Pattern DUE =
      Pattern.compile("(?i)\\b(?:due(?: date)?|by|deadline|target(?: date)?)\\s*[:=]?\\s*(\\d{4}-\\d{1,2}-\\d{1,3})");
  private static final Pattern MENTION = Pattern.compile("(?<![\\w/@.])@([A-Za-z0-9][\\w.-]*[\\w])(?![\\w@])");
  private static final Pattern LABEL =
      Pattern.compile("(?i)\\b(?:owners?|assignee|assigned to|responsible|dri)\\s*[:=]\\s*([^,;()\\]]+?)\\s*(?:[,;)\\]]|$)");
  /** {@code [SRE] Fix the probe}: an upper-case tag of up to 12 letters opening the text. */
  private static final Pattern TAG = Pattern.compile("^\\[([A-Z][A-Z0-9 &/+-]{1,11})\\]\\s+\\S");

  private Owners() {}

  static Optional<String> find(String text) {
    Matcher label = LABEL.matcher(text);
    if (label.find()) {
      String name = label.group(1).trim();
      return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }
    Set<String> mentions = new LinkedHashSet<>();
    Matcher mention = MENTION.matcher(text);
    while (mention.find()) {
      mentions.add("@" + mention.group(1));
    }
    if (!mentions.isEmpty()) {
      return Optional.of(String.join(", ", mentions));
    }
    Matcher tag = TAG.matcher(text);
    if (tag.find()) {
      return Optional.of(tag.group(1).trim());
    }
    return Optional.empty();
  }
}
