package dev.pm.read;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People named as the subject of "to" and a verb, the way minutes assign work: "Nóva to send the
 * report", "Ana and Luis to review the retry logic", "Zoë, Ólafur & Kenji to add a key". Names are
 * capitalised words in any script that has case. One name alone reads like an order as easily
 * ("Continue to monitor", "Move to the new provider", "Upgrade to postgres"), so it counts only
 * when the word after "to" is a verb of work and the name is not a verb that takes "to" itself; two
 * or more names joined by "and", "&" or commas are people however the sentence goes on.
 */
final class NamedAssignees {

  private static final String NAME = "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?";

  private static final Pattern ASSIGNED =
      Pattern.compile(
          "^\\W*("
              + NAME
              + "(?:(?:\\s*,\\s*|\\s*&\\s*|\\s+(?:and|und|et|y|e)\\s+)"
              + NAME
              + ")*)\\s+to\\s+(\\p{Ll}{2,})\\b");

  private static final Pattern SEPARATOR =
      Pattern.compile("\\s*(?:,|&|\\b(?:and|und|et|y|e)\\b)\\s*");

  /** Words after "to" that open a noun phrase, not a verb: "Move to the new provider". */
  private static final Set<String> NOT_VERBS =
      Set.of(
          "the", "a", "an", "our", "their", "its", "this", "that", "these", "those", "all", "be");

  /** Verbs of work a single name may be told to do: "Søren to write a runbook". */
  private static final Set<String> WORK =
      Set.of(
          "add",
          "analyse",
          "analyze",
          "audit",
          "automate",
          "build",
          "check",
          "clean",
          "confirm",
          "contact",
          "coordinate",
          "create",
          "define",
          "deploy",
          "design",
          "document",
          "draft",
          "enable",
          "disable",
          "evaluate",
          "file",
          "fix",
          "follow",
          "implement",
          "improve",
          "investigate",
          "lead",
          "merge",
          "migrate",
          "monitor",
          "open",
          "organise",
          "organize",
          "own",
          "patch",
          "prepare",
          "propose",
          "publish",
          "raise",
          "remove",
          "replace",
          "review",
          "rotate",
          "run",
          "schedule",
          "send",
          "set",
          "share",
          "test",
          "update",
          "upgrade",
          "verify",
          "write");

  /** Capitalised words that take "to" themselves: "Continue to monitor", "Try to batch". */
  private static final Set<String> TAKES_TO =
      Set.of(
          "continue",
          "try",
          "need",
          "needs",
          "plan",
          "remember",
          "want",
          "start",
          "begin",
          "decide",
          "ask",
          "tell",
          "agree",
          "attempt",
          "aim",
          "prepare",
          "learn",
          "ensure",
          "fail",
          "hope",
          "expect",
          "seek",
          "commit",
          "choose",
          "move",
          "switch",
          "migrate",
          "go",
          "work",
          "time",
          "how",
          "what",
          "where",
          "when",
          "why",
          "remind",
          "proceed",
          "return",
          "manage",
          "strive",
          "intend",
          "forget",
          "wait",
          "help",
          "add",
          "upgrade",
          "revert",
          "change",
          "due",
          "back",
          "ways",
          "steps",
          "nothing",
          "something",
          "failure",
          "access");

  /**
   * A single capitalised word that reads as a plural or a gerund names things, not a person: "Tests
   * to add", "Dashboards to review", "Logging to fix"; "Thomas", "Carlos", "Louis" stay names.
   */
  private static final Pattern THING = Pattern.compile("(?:[^aiou]s|ing)$");

  private NamedAssignees() {}

  /** The people {@code text} assigns its work to, joined by ", ". */
  static Optional<String> of(String text) {
    Matcher m = ASSIGNED.matcher(text);
    if (!m.find() || NOT_VERBS.contains(m.group(2))) {
      return Optional.empty();
    }
    String[] names = SEPARATOR.split(m.group(1).strip());
    boolean one = names.length == 1;
    if (one
        && (TAKES_TO.contains(names[0].toLowerCase(Locale.ROOT))
            || THING.matcher(names[0]).find()
            || !WORK.contains(m.group(2)))) {
      return Optional.empty();
    }
    return Optional.of(String.join(", ", names));
  }
}
