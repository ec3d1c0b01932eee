package dev.pm.read;

import dev.pm.model.Block;
import dev.pm.model.ListBlock;
import dev.pm.model.ListItem;
import dev.pm.model.Paragraph;
import dev.pm.model.PostMortem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sentences of a document's prose (paragraphs and list items, in document order), and the words
 * that make a sentence one about the incident: what {@link ProseFigures} and {@link ProseTimes}
 * read stated figures from.
 */
final class ProseText {

  /**
   * Words that say the sentence is about the incident's impact: the outage, the downtime, the
   * disruption, a service down or unavailable, people unable to do something. "without errors" and
   * "no impact" say the opposite and do not count. Work that fell behind or lagged ("ingestion fell
   * behind for 45 minutes") is impact too: a system late at its job.
   */
  static final Pattern ABOUT_INCIDENT =
      Pattern.compile(
          "(?i)(?<!without |no |not |zero )\\b(?:outages?|downtime|down|incidents?|disruptions?|disrupted|interruptions?|interrupted"
              + "|impact|impacted|delayed|unavailab\\w*|degrad\\w*|stall\\w*|halt\\w*|offline|out of service|unreachable|inaccessible|broken|attack\\w*"
              + "|fail(?:ed|ing|ures?)|errors?|reject(?:ed|ing|ions?)|timed out|time-?outs?|unable|unusable|unresponsive|unhealthy|could not|couldn't|cannot|can't|exposed|exposure|gap"
              + "|f[ae]ll(?:s|en|ing)?\\s+behind|lagg(?:ed|ing)|backlogged)\\b");

  /**
   * What a sentence says lasted: the incident's impact, or the problem itself ("The problem lasted
   * for seven hours").
   */
  static final Pattern LASTING_SUBJECT =
      Pattern.compile(
          "(?i)\\b(?:problem|issue|effect|situation|event|impact|outage|incident|disruption|downtime)s?\\b");

  private ProseText() {}

  /** Paragraph and list-item texts, then split into sentences. */
  static List<String> sentences(PostMortem doc) {
    List<String> out = new ArrayList<>();
    // The title states figures too ("30min outage during node pool upgrade"), and states them
    // first.
    doc.title().ifPresent(h -> out.add(h.text()));
    for (Block block : doc.root().allBlocks()) {
      if (block instanceof Paragraph p) {
        split(p.text(), out);
      } else if (block instanceof ListBlock list) {
        items(list.items(), out);
      }
    }
    return out;
  }

  private static void items(List<ListItem> items, List<String> out) {
    for (ListItem item : items) {
      split(item.text(), out);
      items(item.children(), out);
    }
  }

  private static void split(String text, List<String> out) {
    List<String> pieces = new ArrayList<>();
    SentenceBreaks.splitProse(text, pieces);
    for (String s : pieces) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
  }

  /**
   * Whether a sentence could state a duration: a digit followed by a unit letter, or a unit word. A
   * scan of characters, run before the patterns, because most sentences state none and the patterns
   * cost far more than this.
   */
  static boolean mayStateDuration(String sentence) {
    for (int i = 0; i < sentence.length(); i++) {
      if (Character.isDigit(sentence.charAt(i))) {
        int j = i + 1;
        while (j < sentence.length()
            && (Character.isWhitespace(sentence.charAt(j)) || sentence.charAt(j) == '-')) {
          j++;
        }
        // The first letters of units, also in other languages: "2 timer", "3 uur", "5 jours",
        // "2 Tage", "2 Stunden" (h, m, d, s, w cover the rest); any letter outside ASCII ("21
        // часов", "2분", "3 時間"). Not every "t": "in 2021 the" is no figure.
        if (j < sentence.length()
            && ("hmdswHMDSW".indexOf(sentence.charAt(j)) >= 0
                || sentence.charAt(j) > 127
                || startsUnitWord(sentence, j))) {
          return true;
        }
      }
    }
    String lower = sentence.toLowerCase(java.util.Locale.ROOT);
    return lower.contains("hour")
        || lower.contains("minute")
        || lower.contains("day")
        || lower.contains("week")
        || lower.contains("month")
        || lower.contains("second")
        || lower.contains("hrs")
        || lower.contains("mins");
  }

  private static final String[] UNIT_STARTS = {"tim", "uur", "jou", "tag", "Tag", "Tim", "Jou"};

  private static boolean startsUnitWord(String sentence, int at) {
    for (String start : UNIT_STARTS) {
      if (sentence.startsWith(start, at)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a sentence could state a clock time: {@code 16:58}, {@code 12.39}, {@code 9am}, {@code
   * 1900 and}.
   */
  static boolean mayStateTime(String sentence) {
    for (int i = 0; i + 2 < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (Character.isDigit(c)) {
        char next = sentence.charAt(i + 1);
        if ((next == ':' || next == '.') && Character.isDigit(sentence.charAt(i + 2))) {
          return true;
        }
        int j = i + 1;
        while (j < sentence.length() && sentence.charAt(j) == ' ') {
          j++;
        }
        if (j + 1 < sentence.length()
            && "apAP".indexOf(sentence.charAt(j)) >= 0
            && "mM.".indexOf(sentence.charAt(j + 1)) >= 0) {
          return true;
        }
      }
    }
    return sentence.contains("between") || sentence.contains("Between");
  }
}
