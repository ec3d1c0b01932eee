package dev.pm.read;

import dev.pm.model.ListItem;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sub-bullets that only describe or detail the action above them: "Automate certificate renewal"
 * over "The relay uses the same ACME client as the web servers" and "Renewal currently runs by hand
 * every ninety days". They say how things stand, not what anyone will do: the parent is the one
 * item and they are its notes, however many there are.
 */
final class DescriptiveNotes {

  /**
   * A statement of how things are: it opens with a determiner or pronoun, or says "currently",
   * "today", "at the moment", "right now".
   */
  private static final Pattern STATEMENT =
      Pattern.compile(
          "(?i)^\\W*(?:the|this|that|these|those|it|its|there|currently|today|at the moment|right now|for example|e\\.g\\.)\\b"
              + "|\\b(?:currently|today|at the moment|right now|as of now)\\b");

  private DescriptiveNotes() {}

  /** True when every sub-bullet of {@code parent}, an action itself, only describes it. */
  static boolean describe(ListItem parent, List<ListItem> children) {
    return SpecNotes.opensWithVerb(parent.text().strip())
        && !children.isEmpty()
        && children.stream().allMatch(DescriptiveNotes::describes);
  }

  private static boolean describes(ListItem child) {
    String text = child.text().strip();
    return child.task() == ListItem.TaskState.NONE
        && child.children().isEmpty()
        && !SpecNotes.opensWithVerb(text)
        && !ItemStatus.pastTense(text)
        && !Commitments.commits(text, true)
        && STATEMENT.matcher(text).find();
  }
}
