package dev.pm.read;

import dev.pm.model.ActionStatus;
import dev.pm.model.ListItem;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sub-bullets that describe the item above them rather than add work of their own: a bold name with
 * its own status ("**Automated failover** (in development):") over its specification ("Trigger:
 * 100% missed votes", "30-second polling interval"), or an action whose label opens a list of what
 * it will give ("Configure an external jump server, allowing:") over those properties ("Simple SSH
 * access via ..."). A person tracks the parent as one item; the sub-bullets are its notes. When any
 * sub-bullet is itself an action ("Add ...", "Moved ..."), the parent is a category and its
 * sub-bullets stay items.
 */
final class SpecNotes {

  /** A label closed by a word that introduces what the thing will have or allow. */
  private static final Pattern OPENS_PROPERTIES =
      Pattern.compile(
          "(?i)[,\\s](?:allowing|enabling|with|including|providing|featuring|covering|supporting|such as)$");

  private static final Pattern OWN_STATUS = Pattern.compile("^(.*\\S)\\s*\\(([^)]{2,40})\\)$");

  private static final Pattern MARKUP = Pattern.compile("\\*\\*|__|`|~~");

  /** "Trigger: 100% missed votes": a property named and given its value. */
  private static final Pattern PROPERTY = Pattern.compile("^[\\p{L}][\\p{L}\\s/-]{0,30}:\\s+(.+)$");

  private static final Pattern FIRST_WORD = Pattern.compile("^\\W*(\\p{L}+)");

  /**
   * Verbs that open an action in the imperative. A sub-bullet opening with one is work to do; one
   * opening with a noun, an adjective or a figure ("Maximum 1-2 minutes downtime", "Simple SSH
   * access") describes its parent.
   */
  private static final Set<String> ACTION_VERBS =
      Set.of(
          "add",
          "adopt",
          "alert",
          "allow",
          "archive",
          "assess",
          "audit",
          "automate",
          "block",
          "build",
          "bump",
          "cap",
          "change",
          "check",
          "clean",
          "communicate",
          "configure",
          "consider",
          "consolidate",
          "contact",
          "create",
          "decommission",
          "define",
          "delete",
          "deploy",
          "deprecate",
          "design",
          "disable",
          "document",
          "drop",
          "enable",
          "enforce",
          "ensure",
          "establish",
          "evaluate",
          "expand",
          "explore",
          "expose",
          "extend",
          "file",
          "fix",
          "harden",
          "hire",
          "implement",
          "improve",
          "increase",
          "install",
          "integrate",
          "introduce",
          "investigate",
          "limit",
          "log",
          "make",
          "measure",
          "merge",
          "migrate",
          "monitor",
          "move",
          "notify",
          "patch",
          "pin",
          "provision",
          "publish",
          "put",
          "raise",
          "reduce",
          "refactor",
          "remove",
          "rename",
          "replace",
          "require",
          "restrict",
          "retire",
          "review",
          "revert",
          "rewrite",
          "rotate",
          "route",
          "run",
          "schedule",
          "send",
          "set",
          "share",
          "simplify",
          "split",
          "standardise",
          "standardize",
          "switch",
          "test",
          "tighten",
          "track",
          "train",
          "tune",
          "update",
          "upgrade",
          "use",
          "validate",
          "verify",
          "write");

  private SpecNotes() {}

  /**
   * True when the list item labelled {@code label} is one item and its sub-bullets its notes: the
   * label names a piece of work (not a category) and no sub-bullet is an action.
   */
  static boolean describeParent(
      String label, List<ListItem> children, Map<String, ActionStatus> vocabulary) {
    String bare = MARKUP.matcher(label).replaceAll("").strip();
    return (OPENS_PROPERTIES.matcher(bare).find() || namesWorkWithStatus(bare, vocabulary))
        && children.stream().noneMatch(SpecNotes::isAction);
  }

  /** "Automated failover (in development)": a name, then a status of its own. */
  private static boolean namesWorkWithStatus(String bare, Map<String, ActionStatus> vocabulary) {
    Matcher m = OWN_STATUS.matcher(bare);
    return m.matches()
        && ItemGroup.statusOf("(" + m.group(2) + ")", vocabulary)
            .or(() -> ItemStatus.of("(" + m.group(2) + ")"))
            .isPresent()
        && ItemGroup.statusOf(m.group(1), vocabulary).isEmpty();
  }

  private static boolean isAction(ListItem child) {
    if (child.task() != ListItem.TaskState.NONE || !child.children().isEmpty()) {
      return true;
    }
    String text = MARKUP.matcher(child.text()).replaceAll("").strip();
    Matcher property = PROPERTY.matcher(text);
    String said = property.matches() ? property.group(1) : text;
    return opensWithVerb(said) || ItemStatus.pastTense(text);
  }

  static boolean opensWithVerb(String text) {
    Matcher first = FIRST_WORD.matcher(text);
    return first.find() && ACTION_VERBS.contains(first.group(1).toLowerCase(Locale.ROOT));
  }
}
