package dev.pm.read;

import dev.pm.model.ActionStatus;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an action item's status text ({@code Done}, {@code [x] DONE}, {@code **Closed**}, {@code In
 * progress}) as one of open, in-progress, done, cancelled.
 *
 * <p>The schema's vocabulary comes first (so a template may give any word a meaning); then common
 * synonyms; then a leading checkbox. The reading says whether the text was the vocabulary's exact
 * spelling, so lint can ask for it and {@code --fix} can write it.
 */
public final class StatusNormalizer {

  /**
   * How a status text reads. {@code exact} is true when it is a vocabulary entry letter for letter.
   */
  public record Reading(ActionStatus status, boolean exact) {}

  private static final Pattern CHECKBOX = Pattern.compile("^\\[([ xX~-])]\\s*(.*)$");
  private static final Map<String, ActionStatus> SYNONYMS =
      Map.ofEntries(
          Map.entry("open", ActionStatus.OPEN),
          Map.entry("todo", ActionStatus.OPEN),
          Map.entry("to do", ActionStatus.OPEN),
          Map.entry("not started", ActionStatus.OPEN),
          Map.entry("new", ActionStatus.OPEN),
          Map.entry("pending", ActionStatus.OPEN),
          Map.entry("planned", ActionStatus.OPEN),
          Map.entry("backlog", ActionStatus.OPEN),
          Map.entry("in progress", ActionStatus.IN_PROGRESS),
          Map.entry("in-progress", ActionStatus.IN_PROGRESS),
          Map.entry("inprogress", ActionStatus.IN_PROGRESS),
          Map.entry("wip", ActionStatus.IN_PROGRESS),
          Map.entry("doing", ActionStatus.IN_PROGRESS),
          Map.entry("started", ActionStatus.IN_PROGRESS),
          Map.entry("ongoing", ActionStatus.IN_PROGRESS),
          Map.entry("in review", ActionStatus.IN_PROGRESS),
          Map.entry("blocked", ActionStatus.IN_PROGRESS),
          Map.entry("done", ActionStatus.DONE),
          Map.entry("closed", ActionStatus.DONE),
          Map.entry("complete", ActionStatus.DONE),
          Map.entry("completed", ActionStatus.DONE),
          Map.entry("fixed", ActionStatus.DONE),
          Map.entry("resolved", ActionStatus.DONE),
          Map.entry("finished", ActionStatus.DONE),
          Map.entry("merged", ActionStatus.DONE),
          Map.entry("shipped", ActionStatus.DONE),
          Map.entry("✅", ActionStatus.DONE),
          Map.entry("✔", ActionStatus.DONE),
          Map.entry("cancelled", ActionStatus.CANCELLED),
          Map.entry("canceled", ActionStatus.CANCELLED),
          Map.entry("won't do", ActionStatus.CANCELLED),
          Map.entry("wont do", ActionStatus.CANCELLED),
          Map.entry("won't fix", ActionStatus.CANCELLED),
          Map.entry("wontfix", ActionStatus.CANCELLED),
          Map.entry("dropped", ActionStatus.CANCELLED),
          Map.entry("rejected", ActionStatus.CANCELLED),
          Map.entry("obsolete", ActionStatus.CANCELLED),
          Map.entry("abandoned", ActionStatus.CANCELLED),
          Map.entry("duplicate", ActionStatus.CANCELLED));

  // Compiled once, not per call: these run on every word or item of every file.
  private static final Pattern EDGE_MARKUP = Pattern.compile("^[*_`~]+|[*_`~]+$");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private StatusNormalizer() {}

  /**
   * Reads an action item's status against the schema's vocabulary.
   *
   * @param markdown the status as written (Markdown emphasis and code marks are ignored)
   * @param vocabulary the schema's accepted spellings and their meanings
   * @return the reading, or empty when the text is blank or means nothing known
   */
  public static Optional<Reading> read(String markdown, Map<String, ActionStatus> vocabulary) {
    String text = strip(markdown);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    ActionStatus exact = vocabulary.get(text);
    if (exact != null) {
      return Optional.of(new Reading(exact, true));
    }
    for (var entry : vocabulary.entrySet()) {
      if (squash(entry.getKey()).equals(squash(text))) {
        return Optional.of(new Reading(entry.getValue(), false));
      }
    }
    ActionStatus synonym = SYNONYMS.get(squash(text));
    if (synonym != null) {
      return Optional.of(new Reading(synonym, false));
    }
    Matcher box = CHECKBOX.matcher(text);
    if (box.matches()) {
      Optional<Reading> rest =
          box.group(2).isBlank() ? Optional.empty() : read(box.group(2), vocabulary);
      if (rest.isPresent()) {
        return Optional.of(new Reading(rest.get().status(), false));
      }
      return Optional.of(new Reading(checkbox(box.group(1).charAt(0)), false));
    }
    return Optional.empty();
  }

  /** The meaning of a task-list or status checkbox character. */
  public static ActionStatus checkbox(char mark) {
    return switch (mark) {
      case 'x', 'X' -> ActionStatus.DONE;
      case '-' -> ActionStatus.IN_PROGRESS;
      case '~' -> ActionStatus.CANCELLED;
      default -> ActionStatus.OPEN;
    };
  }

  /**
   * Finds a status word anywhere in a sentence, for list items: "Status: done", "(done)", "[DONE]".
   */
  public static Optional<ActionStatus> findInText(String text) {
    Matcher m = INLINE_STATUS.matcher(text);
    if (m.find()) {
      String word = m.group(1) != null ? m.group(1) : m.group(2);
      return Optional.ofNullable(SYNONYMS.get(squash(word)));
    }
    return Optional.empty();
  }

  private static final Pattern INLINE_STATUS =
      Pattern.compile(
          "(?i)(?:\\bstatus\\s*[:=]\\s*([a-z' -]{2,20}?)(?:[.;,)]|$))|[(\\[](done|closed|completed?|fixed|in progress|wip|cancell?ed|won't do|open|todo)[)\\]]");

  private static String strip(String markdown) {
    String s = markdown.trim();
    s = EDGE_MARKUP.matcher(s).replaceAll("").trim();
    return s;
  }

  private static String squash(String text) {
    return SPACES.matcher(text.trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
  }
}
