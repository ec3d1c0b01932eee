package dev.pm.read;

import dev.pm.model.ActionItem;
import dev.pm.model.ActionStatus;
import dev.pm.model.Location;
import dev.pm.model.Paragraph;
import dev.pm.model.SourceLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Commitments written as prose: each sentence that commits someone to future work ("We will add
 * monitoring", "The data team plans to ...", "Operations is actively working on ...", "All keys are
 * being rotated") is one item. Under a follow-up heading the wording may be loose; anywhere else a
 * sentence must name who commits (we, a team, the organisation) and how (will, plans to, is working
 * on), so narrative, hopes, advice and lessons are never read as work.
 */
final class Commitments {

  /**
   * How a sentence under a follow-up heading commits to work, or reports a fix made after the
   * incident.
   */
  static final Pattern LOOSE =
      Pattern.compile(
          "(?i)\\b(?:we(?:'ll| will| shall| plan to| are planning| intend to| need to| should| must| are going to| have to)|"
              + "(?:needs?|has|have) to (?:be )?\\w{3,}|"
              + "(?:will|is going to|are going to) be (?:\\w+ed|\\w+en|set up|put in place)|"
              // an obligation with no "we will": "It is necessary to monitor ...", "Restarts must
              // be
              // supervised", "We need to take steps to ..."
              + "(?:it is|it's) (?:necessary|essential|required|important|crucial|vital) to|must (?:be )?\\w{3,}|"
              + "longer-term fix|long-term fix|permanent fix|(?:has|have) been rolled out|to prevent (?:this|a recurrence|recurrence)|"
              + "going forward|in the future|follow[- ]up|in the coming (?:days|weeks|months)|remains? a priority|"
              + "(?:plans?|intends?|aims?) to|(?:is|are) (?:actively |currently |now |also )?(?:working on|exploring|investigating|looking into)|"
              + "(?:is|are) (?:also |now |currently )?being \\w+(?:ed|en)|under ?way|will (?:continue|keep) to|continue to (?:improve|invest|work)|(?:will|shall) (?:also |then |now )?(?:be )?\\w{3,})\\b");

  /**
   * A sentence naming who commits and how: "We will", "The data team plans to", "PyPI is working
   * on".
   */
  private static final String STRICT_HOW =
      "(?:'ll| will| shall| plans? to| intends? to| (?:is|are) planning to| (?:is|are) going to|"
          + " (?:is|are) (?:actively |currently |now |also )?working (?:on|to)| (?:is|are) in the process of| (?:is|are) committed to"
          // looking for a way to prevent the next one, not at this incident's logs
          + "| (?:is|are) (?:actively |currently |now |also )?(?:looking into|exploring|evaluating|investigating)"
          + " (?:solutions?|ways|options|approaches|alternatives|how to))\\b";

  static final Pattern STRICT =
      Pattern.compile(
          "(?:\\b[Ww]e|\\b[Oo]ur [\\w-]+(?: [\\w-]+)?|\\b[Tt]he (?:[\\w-]+ ){0,2}(?:team|teams|maintainers|organi[sz]ation|company|foundation)|\\b[A-Z][\\w.-]+(?: [A-Z0-9][\\w.-]*)*)"
              + STRICT_HOW);

  /**
   * The "how" part of {@link #STRICT} on its own, built from the same text so the two cannot drift:
   * every match of STRICT contains a match of it, and finding it is cheap where the subject part
   * (capitalised words before the verb) is not. Most prose outside follow-up sections commits to
   * nothing, and STRICT was the reading layer's largest cost on a cold run.
   */
  private static final Pattern STRICT_HOW_ALONE = Pattern.compile(STRICT_HOW);

  /** Capitalised words that open a sentence without naming who commits: "This will take a week". */
  private static final Set<String> NOT_SUBJECTS =
      Set.of(
          "This",
          "That",
          "It",
          "These",
          "Those",
          "There",
          "Which",
          "What",
          "Who",
          "You",
          "Users",
          "Customers",
          "He",
          "She",
          "They",
          "If",
          "When",
          "Once",
          "Then",
          "Otherwise",
          "Nothing",
          "Everything",
          "Anyone",
          "Someone",
          "Nobody");

  /** Sentences that only describe, hope, advise or point ahead in the text. */
  private static final Pattern NOT_WORK =
      Pattern.compile(
          "(?i)\\b(?:would|could|might|hope|hopefully|thank|apologi[sz]e|sorry|below|later in this|in this (?:post|report|document))\\b"
              + "|\\bwill (?:be )?(?:see|describe|explain|cover|discuss|detail|outline|elaborate|walk|go (?:into|over|through)|share more"
              + "|provide (?:an? |more |further )?(?:update|details)|update this|publish (?:a|an|the|our) (?:full |detailed |complete )?"
              + "(?:post-?mortem|report|rca|write-?up|update))\\b|\\bwill (?:always|never|not|still)\\b"
              // "we will ensure this type of failure does not happen again": reassurance, no work
              // named
              + "|\\b(?:ensure|make sure) (?:that )?(?:this|it|that|such|the same)\\b[^.]{0,40}\\b(?:does not|doesn't|do not|don't|won't|will not|never|cannot|can't) (?:happen|occur|recur)"
              + "|\\bkeep (?:a close |an |a )?eye\\b|\\bcontinue to monitor\\b|\\bmonitor (?:the situation|closely)\\b");

  /** Where one sentence holds two commitments: "..., and we intend to ...", "...; we will ...". */
  private static final Pattern CLAUSE =
      Pattern.compile(
          "(?:;\\s+|,?\\s+and\\s+)(?=we(?:'ll| will| intend| plan| are going| are working)\\b)");

  /** An introductory phrase before the subject: "In the coming weeks, PyPI will ...". */
  private static final Pattern INTRO =
      Pattern.compile(
          "^(?:[^,]{0,40},\\s*|(?:also|then|next|finally|additionally|separately)\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * A sentence about the future: its status is not "done" because of a clause such as "when X has
   * been removed".
   */
  private static final Pattern FUTURE =
      Pattern.compile("(?i)\\b(?:will|shall|plans? to|intends? to|going to)\\b");

  /** Verbs of work after a named subject's "will": add, implement, credit, audit, roll out ... */
  private static final Pattern WORK =
      Pattern.compile(
          "\\s+(?:also |now |then |be )?(?:add|adding|implement|implementing|introduce|introducing|improve|improving|update|updating|review|reviewing"
              + "|rotate|rotating|rebuild|rebuilding|migrate|migrating|move|moving|publish|publishing|provide|providing|credit|crediting|refund"
              + "|refunding|reach|reaching|contact|contacting|work|working|continue|continuing|investigate|investigating|audit|auditing|deploy"
              + "|deploying|roll|rolling|remove|removing|replace|replacing|document|documenting|revisit|revisiting|change|changing|enforce"
              + "|enforcing|require|requiring|evaluate|evaluating|conduct|conducting|perform|performing|hire|hiring|create|creating|build"
              + "|building|develop|developing|establish|establishing|invest|investing|expand|expanding|harden|hardening|fix|fixing|automate"
              + "|automating|monitor|alert|test|testing|schedule|scheduling|run|running|set up|setting up|put|putting|make|making|require"
              + "|restrict|restricting|limit|limiting|disable|disabling|enable|enabling|offer|offering|notify|notifying|communicate"
              + "|communicating|train|training|retire|retiring|deprecate|deprecating|separate|separating|split|splitting|look|looking)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * "We are now aware that if we restore from a backup, we will lose a day": what would follow a
   * condition, not work anyone takes on.
   */
  private static final Pattern CONDITION = Pattern.compile("(?iu)\\b(?:if|wenn|falls|si)\\b");

  private static final Pattern PRONOUN_OPENING =
      Pattern.compile(
          "(?:This|That|It|These|Those|Which|Doing so|That way)\\b(?! (?:team|group)\\b)");
  private static final Pattern BACK_REFERENCE =
      Pattern.compile("(?i)\\b(?:this|that|these|those|the same) (\\w+)");

  private static final Pattern MARKUP = Pattern.compile("\\*\\*|__|`|~~");

  private Commitments() {}

  /** Each committing sentence of {@code p}, at the line and column where it starts. */
  static void read(Paragraph p, ItemGroup group, boolean followUp, List<ActionItem> out) {
    List<SourceLine> lines = p.lines();
    StringBuilder text = new StringBuilder();
    List<Integer> starts = new ArrayList<>();
    for (SourceLine line : lines) {
      if (text.length() > 0) {
        text.append(' ');
      }
      starts.add(text.length());
      text.append(withoutMarkup(line.markdown()).strip());
    }
    String all = text.toString();
    // Where a sentence ends: a full stop and a capital, or a Chinese or Japanese full stop.
    SentenceBreaks.Commitment end = new SentenceBreaks.Commitment(all);
    int from = 0;
    String previous = null;
    boolean afterChange = false;
    while (true) {
      boolean more = end.find();
      int to = more ? end.start() : all.length();
      int pieceFrom = from;
      Matcher clause = CLAUSE.matcher(all).region(from, to);
      boolean mayHoldClause = mayHoldClause(all, from, to);
      while (pieceFrom < to) {
        boolean split = mayHoldClause && clause.find();
        int pieceTo = split ? clause.start() : to;
        String sentence = all.substring(pieceFrom, pieceTo).strip();
        Optional<ActionStatus> own = OwnCommitments.read(sentence, afterChange);
        afterChange = own.filter(s -> s == ActionStatus.DONE).isPresent();
        Optional<ActionStatus> said = said(sentence, own, previous, followUp, group);
        if (said.isPresent()) {
          previous = sentence;
          int i = lineOf(starts, pieceFrom);
          Location lineAt = lines.get(i).at();
          Location at =
              new Location(lineAt.line(), lineAt.column() + Math.max(0, pieceFrom - starts.get(i)));
          out.add(
              ActionItemExtractor.item(
                  ActionItem.Form.LINE, sentence, group.type(), said.get(), List.of(), at));
        }
        pieceFrom = split ? clause.end() : to;
      }
      if (!more) {
        break;
      }
      from = end.end();
    }
  }

  /**
   * A sentence that goes on about the commitment just before it ("We will be deciding the exact
   * wording of this policy") is a note on that item, not another one.
   */
  private static boolean elaborates(String sentence, String previous) {
    if (previous == null) {
      return false;
    }
    if (PRONOUN_OPENING.matcher(sentence).lookingAt()) {
      return true; // "This will prevent a recurrence." after the item it speaks of
    }
    Matcher back = BACK_REFERENCE.matcher(sentence);
    while (back.find()) {
      String noun = stem(back.group(1));
      for (String word : previous.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+", -1)) {
        if (noun.length() > 3 && stem(word).equals(noun)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String stem(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    return w.endsWith("ies")
        ? w.substring(0, w.length() - 3) + "y"
        : w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }

  private static ActionStatus status(String sentence, ItemGroup group) {
    Optional<ActionStatus> said = ItemStatus.of(sentence);
    if (said.filter(s -> s == ActionStatus.DONE).isPresent() && FUTURE.matcher(sentence).find()) {
      said =
          Optional
              .empty(); // "This exclusion will be removed when the cookie has been expired": still
      // to do
    }
    return said.or(() -> Optional.ofNullable(group.status())).orElse(ActionStatus.OPEN);
  }

  /**
   * Whether one sentence commits to work: loosely under a follow-up heading, strictly elsewhere.
   */
  static boolean commits(String sentence, boolean followUp) {
    // Past 600 characters a "sentence" is a run-on line no one writes a commitment as; the bound
    // also keeps the patterns linear on hostile input (a 1 MB line of capitalised words).
    if (sentence.length() < 12
        || sentence.length() > 600
        || (!followUp && !mayCommitStrictly(sentence))
        || promisesNoWork(sentence)
        || sentence.endsWith("?")
        || NOT_WORK.matcher(sentence).find()
        || LooseItems.addressesReader(sentence)) {
      return false;
    }
    if (followUp && LOOSE.matcher(sentence).find()) {
      return true;
    }
    Matcher strict = STRICT.matcher(sentence);
    while (strict.find()) {
      String subject = strict.group().split("[ ']", -1)[0];
      boolean named =
          !subject.equalsIgnoreCase("we")
              && !subject.equalsIgnoreCase("our")
              && !subject.equalsIgnoreCase("the");
      // Mid-sentence, a capitalised word is rarely who commits.
      // A name must open the sentence and, with a bare "will", name work: "GitHub will retry
      // webhooks"
      // describes a system, "PyPI will add 2FA checks" commits to something.
      if (!NOT_SUBJECTS.contains(subject)
          && !CONDITION.matcher(sentence.substring(0, strict.start())).find()
          && (!named
              || (INTRO.matcher(sentence.substring(0, strict.start())).matches()
                  && (!strict.group().matches("(?s).*\\b(?:will|shall|'ll)$")
                      || WORK.matcher(sentence.substring(strict.end())).lookingAt())))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The status of the work {@code sentence} commits to, or empty: the writer's own voice ({@code
   * own}) or a planned fix of the fault first, then a commitment that does not merely elaborate the
   * one before it.
   */
  private static Optional<ActionStatus> said(
      String sentence,
      Optional<ActionStatus> own,
      String previous,
      boolean followUp,
      ItemGroup group) {
    if (promisesNoWork(sentence)) {
      return Optional.empty();
    }
    if (own.isPresent()) {
      return own;
    }
    if (PlannedResolutions.planned(sentence)) {
      return Optional.of(ActionStatus.OPEN);
    }
    if (commits(sentence, followUp) && !elaborates(sentence, previous)) {
      return Optional.of(status(sentence, group));
    }
    return Optional.empty();
  }

  /**
   * A sentence that reads like a commitment but names no work: an empty promise (to tell, to keep
   * readers informed, to care) or the introduction of the list that holds the work.
   */
  private static boolean promisesNoWork(String sentence) {
    return EmptyPromises.said(sentence) || ActionIntros.introduces(sentence);
  }

  /**
   * False when {@link #CLAUSE} cannot match in {@code [from, to)}: it needs "we" and a semicolon or
   * "and" there (region bounds are opaque, so the look-ahead's "we" is inside too). Most sentences
   * have no "we", and a literal search is far cheaper than the pattern's try at every position.
   */
  private static boolean mayHoldClause(String all, int from, int to) {
    return within(all.indexOf("we", from), to)
        && (within(all.indexOf(';', from), to) || within(all.indexOf("and", from), to));
  }

  private static boolean within(int index, int to) {
    return index >= 0 && index < to;
  }

  /** False when {@link #STRICT} cannot match, because its "how" part is nowhere in the text. */
  private static boolean mayCommitStrictly(String sentence) {
    return holdsStrictHowLiteral(sentence) && STRICT_HOW_ALONE.matcher(sentence).find();
  }

  /**
   * Whether the text holds the literal opening of one of {@link #STRICT_HOW}'s alternatives; when
   * it holds none the pattern cannot match, and a literal search is far cheaper than the pattern's
   * try at every position.
   */
  private static boolean holdsStrictHowLiteral(String sentence) {
    for (String opening : STRICT_HOW_OPENINGS) {
      if (sentence.contains(opening)) {
        return true;
      }
    }
    return false;
  }

  /** Every alternative of {@link #STRICT_HOW} begins with one of these (it is case-sensitive). */
  private static final List<String> STRICT_HOW_OPENINGS =
      List.of("'ll", " will", " shall", " plan", " intend", " is ", " are ");

  /**
   * The line without emphasis and code marks; most lines have none, and the look for one of their
   * characters is far cheaper than the pattern's replacement.
   */
  private static String withoutMarkup(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '*' || c == '_' || c == '`' || c == '~') {
        return MARKUP.matcher(line).replaceAll("");
      }
    }
    return line;
  }

  private static int lineOf(List<Integer> starts, int offset) {
    int i = 0;
    while (i + 1 < starts.size() && starts.get(i + 1) <= offset) {
      i++;
    }
    return i;
  }
}
