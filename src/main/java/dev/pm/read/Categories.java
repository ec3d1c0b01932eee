package dev.pm.read;

import dev.pm.model.Block;
import dev.pm.model.ListBlock;
import dev.pm.model.ListItem;
import dev.pm.model.Paragraph;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The type of an item named apart from its text: a parent entry that is only a category ("1.
 * Monitoring", "**Process**", "Monitoring & Alerting") over the fixes of that kind, or a tag
 * closing the item ("Add a pre-deploy check (Detection)", "Cap lock timeouts [Prevention]").
 *
 * <p>A category is a name, not a sentence: one word, or two joined by "and", "&amp;" or "/". A
 * closing tag is a category only when it says what kind of work the item is (detection, prevention,
 * mitigation, process, ...): "(optional)", "(Alice)" or "(done)" are not.
 */
final class Categories {

  private static final Pattern NAME =
      Pattern.compile(
          "^\\p{Lu}[\\p{L}-]+(?:\\s*[&/]\\s*\\p{L}[\\p{L}-]+|\\s+(?:and|und|y|et|e)\\s+\\p{L}[\\p{L}-]+)?$"
              + "|^\\p{IsIdeographic}{2,6}$");

  /**
   * A short noun phrase that may name a kind of work ("Bug bounty", "Secret scanning", "Release
   * process"): two to four words, the first capitalised, no sentence punctuation. Whether it is a
   * category depends on what it holds (see {@link #heads}).
   */
  private static final Pattern PHRASE =
      Pattern.compile("^\\p{Lu}[\\p{L}-]*(?:\\s+[\\p{L}-]+){1,3}$");

  /** Kinds of follow-up work, as teams tag them. */
  private static final String KIND =
      "(?:detection|detect|prevention|prevent|mitigation|mitigate|monitoring|alerting|observability|process"
          + "|documentation|docs|testing|tooling|repair|response|recovery|remediation|investigation|communication"
          + "|training|security|reliability|capacity|resilience|automation|escalation|config(?:uration)?)";

  private static final Pattern TAG =
      Pattern.compile(
          "(?i)\\s*(?:\\(("
              + KIND
              + ")\\)|\\\\?\\[("
              + KIND
              + ")\\\\?\\]|\\s[—–-]\\s*("
              + KIND
              + "))\\s*\\.?$");

  private static final Pattern MARKUP = Pattern.compile("\\*\\*|__|`|[*_]|:\\s*$");

  private Categories() {}

  /** True when a parent entry's text is only a category name ("Monitoring", "**Process**"). */
  static boolean names(String text) {
    String bare = MARKUP.matcher(text).replaceAll("").strip();
    return bare.length() <= 40 && NAME.matcher(bare).matches();
  }

  /**
   * True when a parent entry named by a short noun phrase ("1. **Bug bounty**") is a category over
   * the actions below it ("- We will establish a bug bounty programme"), however many they are.
   * Rule of the house: a parent with sub-bullets is one item with notes unless the sub-bullets are
   * themselves actions; so "**Reindex progress alert**" over "The job writes a heartbeat today" and
   * "See OPS-4411" stays one item. A phrase opening with a verb ("Add alerts") is an action itself.
   */
  static boolean heads(String text, List<ListItem> children) {
    String bare = MARKUP.matcher(text).replaceAll("").strip();
    return bare.length() <= 40
        && PHRASE.matcher(bare).matches()
        && !SpecNotes.opensWithVerb(bare)
        && !children.isEmpty()
        && children.stream().allMatch(Categories::isAction);
  }

  /** A bold lead closing the entry or followed by a colon or dash: "**Monitoring**: ...". */
  private static final Pattern BOLD_LEAD =
      Pattern.compile("^(?:\\*\\*|__)([^*_]{2,40}?):?(?:\\*\\*|__)\\s*(?:$|[:—–-]\\s*\\S)");

  /**
   * The category a parent entry gives the actions below it when it opens with one in bold:
   * "**Monitoring**: our alerts did not cover the chain" or "**Change management** – rotations were
   * done by hand", over "- Alert on chain expiry". The rest of the line says why; the sub-bullets
   * are the work. Only over actions: "**Inventory**: list every certificate" over "The current
   * inventory covers leaves only" is one item with a note.
   */
  static Optional<String> boldLead(String markdown, List<ListItem> children) {
    Matcher m = BOLD_LEAD.matcher(markdown.strip());
    if (!m.find() || children.isEmpty()) {
      return Optional.empty();
    }
    String lead = m.group(1).strip();
    // a lead opening with a verb ("**Improve alerting**", or "Change management", which reads
    // both ways) heads its entries only when there are several, all actions: one sub-bullet under
    // an action title is its note
    boolean category =
        (names(lead) || (SpecNotes.opensWithVerb(lead) && children.size() >= 2))
            ? children.stream().allMatch(Categories::isAction)
            : heads(lead, children);
    return category ? Optional.of(lead) : Optional.empty();
  }

  /**
   * A line on its own that names the category of the list below it: "Tooling" or "Dead-letter
   * handling" over "- Build a replay tool", written without bold or colon. A phrase is a category
   * only over actions, as in {@link #heads}.
   */
  static Optional<String> overList(Paragraph p, Block next) {
    if (p.lines().size() != 1 || !(next instanceof ListBlock list)) {
      return Optional.empty();
    }
    String text = p.text().strip();
    return names(text) || heads(text, list.items()) ? Optional.of(text) : Optional.empty();
  }

  /**
   * An entry that is work of its own: a task, an imperative, or a sentence committing to work ("We
   * will establish ...", "We are conducting an audit ...", "Tokens will expire after 30 days").
   */
  private static boolean isAction(ListItem child) {
    String text = child.text().strip();
    return child.task() != ListItem.TaskState.NONE
        || SpecNotes.opensWithVerb(text)
        || Commitments.commits(text, true)
        || ItemStatus.future(text);
  }

  /** The category a closing tag gives an item: "Add a check (Detection)" is of type Detection. */
  static Optional<String> tag(String text) {
    Matcher m = TAG.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(
        m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
  }

  /** The text without its closing tag, written "(Tag)", "[Tag]" or, as plain text, "Tag". */
  static String untagged(String text, String tag) {
    return text.replaceFirst(
        "\\s*(?:[(\\[]|[—–-]\\s*)?" + Pattern.quote(tag) + "[)\\]]?\\s*\\.?$", "");
  }
}
