package dev.pm.read;

import dev.pm.model.ActionItem;
import dev.pm.model.ActionStatus;
import dev.pm.model.Block;
import dev.pm.model.ListBlock;
import dev.pm.model.ListItem;
import dev.pm.model.Location;
import dev.pm.model.Paragraph;
import dev.pm.model.Section;
import dev.pm.model.SourceLine;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A change a lessons or conclusion section says is required without saying who will make it: "Our
 * alerting on certificate expiry should be improved", "The runbook needs to be updated", "Ownership
 * of the certificates must be reviewed". It is the recommendation a reader puts in a tracker, as
 * much as "we will ..." is; "The rollback went well", "It should be noted that ..." and "We learned
 * that X must be Y" (an insight) are not.
 */
final class RequiredChanges {

  /** A named subject, a modal of necessity, then "be" and what must be done to it. */
  private static final Pattern REQUIRED =
      Pattern.compile(
          "(?i)^(?!(?:it|this|that|there|you|your|we|they|i|he|she|nobody|no one)\\b)"
              + "\\p{L}[\\p{L}\\p{N}'/-]*(?:\\s+[\\p{L}\\p{N}'/-]+){0,7}?"
              + "\\s+(?:should|must|needs? to|has to|have to|ought to)\\s+(?:also\\s+|now\\s+|still\\s+)?be\\s+"
              + "(?!(?:noted|mentioned|said|stressed|emphasi[sz]ed|highlighted|remembered|expected|aware|able|careful|proud)\\b)"
              + "(?:\\p{L}{3,}ed|kept|made|written|rewritten|done|built|set up|taken|run|drawn|shown|given)\\b");

  /** Words that make the sentence an insight about the incident, not a change to make. */
  private static final Pattern INSIGHT =
      Pattern.compile(
          "(?i)\\b(?:learn(?:ed|t)|showed|shown that|realized|realised|became clear|found that|noticed)\\b");

  /**
   * A practice to keep rather than a change to make: a rule for all ("All code should be structured
   * ..."), or one that recurs ("Restores must be rehearsed every quarter", "must always be
   * checked"). The counting rule leaves standing rules out.
   */
  private static final Pattern PRACTICE =
      Pattern.compile(
          "(?i)^(?:all|any|every|each|no)\\b"
              + "|\\b(?:always|never|every|each time|at all times|regularly|routinely)\\b");

  /** Where a sentence ends: a full stop, question or exclamation mark before a space. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");

  /** Sections that draw conclusions: lessons, takeaways, the conclusion. */
  private static final Pattern CONCLUDING =
      Pattern.compile(
          "\\b(?:lessons?|conclusions?|concluding|takeaways?|learnings?|closing thoughts|final thoughts"
              + "|wrap[- ]?up|reflections?)\\b"
              // the same in German, French, Spanish, Portuguese, Japanese
              + "|gelernt|erkenntnisse|lektionen|lehren aus|leçons|enseignements|lecciones|aprendizajes"
              + "|lições|aprendizados|教訓|学び");

  private RequiredChanges() {}

  /** True when a heading names a section that draws conclusions from the incident. */
  static boolean concludes(String heading) {
    return heading.length() <= 200 && CONCLUDING.matcher(FollowUps.normalize(heading)).find();
  }

  /** The required changes stated in the section's list entries and sentences, not its children. */
  static void read(Section section, List<ActionItem> out) {
    for (Block block : section.blocks()) {
      if (block instanceof ListBlock list) {
        for (ListItem item : list.items()) {
          committed(item).ifPresentOrElse(out::add, () -> add(item.text().strip(), item.at(), out));
        }
      } else if (block instanceof Paragraph p && !p.quoted()) {
        for (int index = 0; index < p.lines().size(); index++) {
          sentencesOf(p.lines(), index, out);
        }
      }
    }
  }

  /**
   * The sentences that start on one line of a paragraph: a sentence runs on to the lines below
   * until its full stop.
   */
  private static void sentencesOf(List<SourceLine> lines, int index, List<ActionItem> out) {
    SourceLine line = lines.get(index);
    String here = line.markdown().strip();
    boolean continues = index > 0 && !endsSentence(lines.get(index - 1).markdown().strip());
    StringBuilder rest = new StringBuilder();
    for (int i = index + 1; i < lines.size() && rest.length() < 600; i++) {
      rest.append(' ').append(lines.get(i).markdown().strip());
    }
    String[] parts = SENTENCE_END.split(here + rest, -1);
    int offset = 0;
    for (int n = 0; n < parts.length && offset < here.length(); n++) {
      if (n > 0 || !continues) {
        Location at = new Location(line.at().line(), line.at().column() + offset);
        add(parts[n], at, out);
      }
      offset += parts[n].length() + 1;
    }
  }

  private static boolean endsSentence(String line) {
    return !line.isEmpty() && ".!?".indexOf(line.charAt(line.length() - 1)) >= 0;
  }

  /**
   * An entry of a lessons list that commits someone to a piece of work: "We will add a testnet
   * stage to the checklist", "Action: add a fork monitor", "Wir werden ... aufnehmen". Among the
   * lessons it is an item all the same.
   */
  private static java.util.Optional<ActionItem> committed(ListItem entry) {
    String text = entry.text().strip();
    Matcher action = ACTION_LABEL.matcher(text);
    String work = action.matches() ? action.group(1) : text;
    if (!action.matches() && !Promises.opens(text)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        ActionItemExtractor.item(
            ActionItem.Form.BULLET, work, null, ActionStatus.OPEN, entry.links(), entry.at()));
  }

  /** "Action: add ...", "Action item - add ...", "TODO: add ...": the entry's own label. */
  private static final Pattern ACTION_LABEL =
      Pattern.compile(
          "(?iu)^\\W*(?:action(?: items?| points?)?|to-?do|follow[- ]?up|ma(?:ß|ss)nahme|action à mener|acción)"
              + "\\W*\\s*[:\u2013\u2014-]\\s*(\\S.{3,})$");

  private static void add(String sentence, Location at, List<ActionItem> out) {
    String text = sentence.strip();
    if (text.length() > 400
        || GeneralObligations.states(text)
        || INSIGHT.matcher(text).find()
        || PRACTICE.matcher(text).find()
        || NonItems.notAnItem(text)) {
      return;
    }
    Matcher m = REQUIRED.matcher(text);
    if (m.find()) {
      out.add(
          ActionItemExtractor.item(
              ActionItem.Form.LINE, text, null, ActionStatus.OPEN, List.of(), at));
    }
  }
}
