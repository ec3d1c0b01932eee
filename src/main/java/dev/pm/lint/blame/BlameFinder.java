package dev.pm.lint.blame;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds blaming words in one line of Markdown as written. What is not the author's own prose is
 * blanked first, keeping columns: inline code, link text and targets, quoted words and HTML. A
 * match in a sentence that negates it ("this was not human error") is not blame.
 *
 * <p>Rationale: a reviewer cares about precision more than recall; every false finding teaches
 * people to ignore the rule. So hindsight phrases ("should have", "failed to") count only with a
 * person as their subject ("the engineer failed to", not "the health check failed to").
 */
public final class BlameFinder {

  /** One blaming phrase at a 0-based column of the line. */
  public record Match(int column, String phrase, Kind kind) {}

  public enum Kind {
    /** A word that assigns blame by itself ("human error", "careless"). */
    PHRASE,
    /** A hindsight phrase with a person as subject ("we should have", "@ann failed to"). */
    HINDSIGHT,
    /** A person (an @handle or a known name) as the subject of a root-cause sentence. */
    PERSON
  }

  /** Phrases that blame only with a person as their subject. */
  static final Set<String> HINDSIGHT =
      Set.of("should have", "shouldn't have", "should not have", "failed to");

  private static final Pattern PERSON_WORDS =
      Pattern.compile(
          "(?i)(?:\\b(?:i|we|he|she|they|you|someone|somebody|nobody|no one|engineer|engineers|operator|operators|developer|developers"
              + "|on-?call|oncall|sre|admin|administrator|reviewer|reviewers|author|employee|staff|person|team member|individual)"
              + "|@[A-Za-z0-9][\\w-]*)\\s+(?:\\w+\\s+)?$");
  private static final Pattern NEGATION =
      Pattern.compile(
          "(?i)\\b(?:not|no|never|without|nor|isn't|wasn't|aren't|weren't|don't|doesn't|didn't|rather than|instead of)\\b|n't\\b");
  private static final Pattern HANDLE_SUBJECT =
      Pattern.compile("^\\s*(?:[-*+]\\s+|\\d+[.)]\\s+)?(@[A-Za-z0-9][\\w-]*)\\s+[a-z]+");
  private static final Pattern CODE = Pattern.compile("`+[^`]*`+");
  private static final Pattern LINK =
      Pattern.compile("!?\\[[^\\]]*\\]\\([^)]*\\)|<https?://[^>]*>|https?://\\S+|<[^>]+>");
  private static final Pattern QUOTED =
      Pattern.compile("\"[^\"]*\"|“[^”]*”|'[^'\\s][^']*[^'\\s]'(?!\\w)|‘[^’]*’");

  private final List<Pattern> patterns = new ArrayList<>();
  private final List<String> phraseNames = new ArrayList<>();
  private final List<Pattern> names = new ArrayList<>();

  /**
   * @param phrases the blaming phrases, matched as whole words ignoring case
   * @param people names of people the document mentions (authors, owners), as subjects to flag
   */
  public BlameFinder(Collection<String> phrases, Collection<String> people) {
    for (String phrase : phrases) {
      String p = phrase.trim().toLowerCase(Locale.ROOT).replace('’', '\'');
      if (p.isEmpty()) {
        continue;
      }
      String body = Pattern.quote(p).replace(" ", "\\E\\s+\\Q");
      String before = Character.isLetterOrDigit(p.charAt(0)) ? "(?<![\\w'@-])" : "(?<=\\w)";
      patterns.add(
          Pattern.compile(
              before + body + "(?![\\w-])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      phraseNames.add(p);
    }
    for (String person : people) {
      String n = person.trim();
      if (n.length() >= 3 && Character.isLetter(n.codePointAt(0))) {
        // Written capitalised, as a name starts a sentence; "frank" in an owner column is Frank.
        String name = Character.toUpperCase(n.charAt(0)) + n.substring(1);
        names.add(
            Pattern.compile(
                "^\\s*(?:[-*+]\\s+|\\d+[.)]\\s+)?(" + Pattern.quote(name) + ")\\s+[a-z]+"));
      }
    }
  }

  /** The blaming phrases in {@code markdown}; with {@code rootCause}, persons as subjects too. */
  public List<Match> find(String markdown, boolean rootCause) {
    String line = blank(markdown.replace('’', '\''));
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < patterns.size(); i++) {
      Matcher m = patterns.get(i).matcher(line);
      while (m.find()) {
        String sentence = sentenceBefore(line, m.start());
        if (NEGATION.matcher(sentence).find()) {
          continue;
        }
        boolean hindsight = HINDSIGHT.contains(phraseNames.get(i));
        if (hindsight
            && (!PERSON_WORDS.matcher(sentence).find()
                || !looksBack(phraseNames.get(i), line.substring(m.end())))) {
          continue;
        }
        out.add(new Match(m.start(), phraseNames.get(i), hindsight ? Kind.HINDSIGHT : Kind.PHRASE));
      }
    }
    if (rootCause) {
      for (String sentence : sentences(line)) {
        int offset = line.indexOf(sentence);
        Matcher h = HANDLE_SUBJECT.matcher(sentence);
        if (h.find()) {
          out.add(new Match(offset + h.start(1), h.group(1), Kind.PERSON));
          continue;
        }
        for (Pattern name : names) {
          Matcher n = name.matcher(sentence);
          if (n.find()) {
            out.add(new Match(offset + n.start(1), n.group(1), Kind.PERSON));
            break;
          }
        }
      }
    }
    out.sort(java.util.Comparator.comparingInt(Match::column));
    return out;
  }

  private static final Pattern PARTICIPLE =
      Pattern.compile(
          "^\\s+(?:\\w+ly\\s+)?(?:been|had|done|made|caught|known|seen|run|kept|sent|built|put|set|let|thought|told|found|held|read|"
              + "got|gotten|taken|given|written|understood|\\w+ed)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * Whether a hindsight phrase looks back: "should have" followed by a past participle ("we should
   * have caught it"), not "we should have alerting" (a wish); "failed to" always does.
   */
  private static boolean looksBack(String phrase, String after) {
    return !phrase.contains("have") || PARTICIPLE.matcher(after).find();
  }

  /** The text from the start of the sentence holding {@code at} up to {@code at}. */
  private static String sentenceBefore(String line, int at) {
    int start = 0;
    for (int i = at - 1; i > 0; i--) {
      char c = line.charAt(i);
      if ((c == '.' || c == ';' || c == '!' || c == '?' || c == ':')
          && Character.isWhitespace(line.charAt(i + 1))) {
        start = i + 1;
        break;
      }
    }
    return line.substring(start, at);
  }

  private static List<String> sentences(String line) {
    return List.of(line.split("(?<=[.!?;])\\s+"));
  }

  /** The line with code, links, HTML and quotations replaced by spaces: the same length. */
  static String blank(String line) {
    String out = line;
    for (Pattern p : List.of(CODE, LINK, QUOTED)) {
      Matcher m = p.matcher(out);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(sb, " ".repeat(m.end() - m.start()));
      }
      m.appendTail(sb);
      out = sb.toString();
    }
    return out;
  }
}
