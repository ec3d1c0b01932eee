package dev.pm.read;

import dev.pm.model.ActionStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a follow-up sub-heading or a group label says of the items under it: their type ("###
 * Short-term improvements") and, when it states one, their status ("### Immediate actions
 * (completed)", "**In progress (next 2 weeks):**"). An item's own status words win over the
 * group's.
 *
 * @param type the category given to the items, or null
 * @param status the status the group states, or null
 */
record ItemGroup(String type, ActionStatus status) {

  static final ItemGroup NONE = new ItemGroup(null, null);

  private static final Pattern PARENTHESES = Pattern.compile("\\(([^)]{2,40})\\)");
  private static final Pattern MARKUP = Pattern.compile("\\*\\*|__|`|~~|[*_]");

  /**
   * The group a sub-heading opens: its text is the type, its status (if any) the items' status; a
   * heading that is only a status ("Completed:", "In progress (next 2 weeks)") keeps the type.
   */
  ItemGroup heading(String text, Map<String, ActionStatus> vocabulary) {
    String bare =
        PARENTHESES
            .matcher(MARKUP.matcher(text).replaceAll(""))
            .replaceAll("")
            .strip()
            .replaceAll("[:\\s]+$", "");
    if (StatusNormalizer.read(bare, vocabulary).isPresent()) {
      return new ItemGroup(type, statusOf(text, vocabulary).orElse(status));
    }
    // "**Our work:**" is read as a heading; its colon is punctuation, not part of the type
    return new ItemGroup(
        text.strip().replaceAll("\\s*:$", ""), statusOf(text, vocabulary).orElse(status));
  }

  /**
   * The group a label opens inside this one: a status label ("Completed:") keeps the type and sets
   * the status; a label naming follow-up work ("Action items:") changes nothing; another label is
   * the type of what follows.
   */
  ItemGroup label(String text, Map<String, ActionStatus> vocabulary) {
    Optional<ActionStatus> stated = statusOf(text, vocabulary);
    if (stated.isPresent()) {
      return new ItemGroup(type, stated.get());
    }
    return FollowUps.names(text) ? this : new ItemGroup(text.strip(), status);
  }

  /**
   * The status a heading or label states: the whole text ("Done"), a parenthesis ("(In Progress)"),
   * or the words before it ("In progress (next 2 weeks)").
   */
  static Optional<ActionStatus> statusOf(String text, Map<String, ActionStatus> vocabulary) {
    String t = MARKUP.matcher(text).replaceAll("").strip().replaceAll("[:\\s]+$", "");
    if (t.length() > 80) {
      return Optional.empty();
    }
    List<String> candidates = new ArrayList<>();
    candidates.add(t);
    Matcher m = PARENTHESES.matcher(t);
    while (m.find()) {
      candidates.add(m.group(1));
    }
    candidates.add(PARENTHESES.matcher(t).replaceAll("").strip());
    for (String c : candidates) {
      Optional<StatusNormalizer.Reading> read = StatusNormalizer.read(c.strip(), vocabulary);
      if (read.isPresent()) {
        return Optional.of(read.get().status());
      }
    }
    return Optional.empty();
  }
}
