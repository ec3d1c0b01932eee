package dev.pm.schema;

import java.util.List;
import java.util.Optional;

/**
 * What a policy requires of a document it applies to. Each unmet requirement is one finding.
 *
 * @param sections headings that must be present (at any level; aliases of schema sections apply)
 * @param frontMatter front matter keys that must be present and non-empty
 * @param actionItems action items that must exist, each with an optional type and due window
 * @param everyItemOwned every action item names an owner
 * @param finalWithinDays the status is no longer a draft this many days after the incident date
 */
public record PolicyRequirements(
    List<String> sections,
    List<String> frontMatter,
    List<RequiredItem> actionItems,
    boolean everyItemOwned,
    Optional<Integer> finalWithinDays) {

  public PolicyRequirements {
    sections = List.copyOf(sections);
    frontMatter = List.copyOf(frontMatter);
    actionItems = List.copyOf(actionItems);
  }

  /**
   * An action item that must exist.
   *
   * @param type the item's type (category), compared ignoring case; empty for any type
   * @param dueWithinDays the item is due no later than this many days after the incident date
   */
  public record RequiredItem(Optional<String> type, Optional<Integer> dueWithinDays) {

    /** In words, for messages: {@code a "Prevention" action item due within 30 days}. */
    public String describe() {
      String what = type.map(t -> "a \"" + t + "\" action item").orElse("an action item");
      return what
          + dueWithinDays.map(d -> " due within " + d + " days of the incident date").orElse("");
    }
  }
}
