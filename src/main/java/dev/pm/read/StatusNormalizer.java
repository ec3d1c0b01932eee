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

  /** Symbols (emoji, marks) opening a status cell, then its words. */
  private static final Pattern SYMBOL_FIRST =
      Pattern.compile("^([^\\p{L}\\p{N}\\s\\[(]+)\\s*(\\p{L}.*)$");

  private static final Pattern CHECK_MARK = Pattern.compile("[\u2705\u2714\u2611]");
  private static final Pattern ASIDE = Pattern.compile("\\s*\\([^)]*\\)");

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
          // a change tried and taken back is still to do
          Map.entry("failed", ActionStatus.OPEN),
          Map.entry("reverted", ActionStatus.OPEN),
          Map.entry("did not work", ActionStatus.OPEN),
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
          Map.entry("duplicate", ActionStatus.CANCELLED),
          // judged not to apply to this incident: given up, not still to do
          Map.entry("n/a", ActionStatus.CANCELLED),
          Map.entry("not applicable", ActionStatus.CANCELLED),
          // The same words in the languages post-mortems are written in: German, French,
          // Spanish, Portuguese, Italian, Dutch, Scandinavian, Japanese, Chinese, Korean.
          Map.entry("offen", ActionStatus.OPEN),
          Map.entry("geplant", ActionStatus.OPEN),
          Map.entry("ouvert", ActionStatus.OPEN),
          Map.entry("à faire", ActionStatus.OPEN),
          Map.entry("abierto", ActionStatus.OPEN),
          Map.entry("pendiente", ActionStatus.OPEN),
          Map.entry("aberto", ActionStatus.OPEN),
          Map.entry("pendente", ActionStatus.OPEN),
          Map.entry("aperto", ActionStatus.OPEN),
          Map.entry("åpen", ActionStatus.OPEN),
          Map.entry("åben", ActionStatus.OPEN),
          Map.entry("öppen", ActionStatus.OPEN),
          Map.entry("未着手", ActionStatus.OPEN),
          Map.entry("未対応", ActionStatus.OPEN),
          Map.entry("待处理", ActionStatus.OPEN),
          Map.entry("未开始", ActionStatus.OPEN),
          Map.entry("대기", ActionStatus.OPEN),
          Map.entry("in arbeit", ActionStatus.IN_PROGRESS),
          Map.entry("en cours", ActionStatus.IN_PROGRESS),
          Map.entry("en curso", ActionStatus.IN_PROGRESS),
          Map.entry("en progreso", ActionStatus.IN_PROGRESS),
          Map.entry("em andamento", ActionStatus.IN_PROGRESS),
          Map.entry("in corso", ActionStatus.IN_PROGRESS),
          Map.entry("bezig", ActionStatus.IN_PROGRESS),
          Map.entry("pågår", ActionStatus.IN_PROGRESS),
          Map.entry("対応中", ActionStatus.IN_PROGRESS),
          Map.entry("进行中", ActionStatus.IN_PROGRESS),
          Map.entry("진행 중", ActionStatus.IN_PROGRESS),
          Map.entry("진행중", ActionStatus.IN_PROGRESS),
          Map.entry("erledigt", ActionStatus.DONE),
          Map.entry("abgeschlossen", ActionStatus.DONE),
          Map.entry("behoben", ActionStatus.DONE),
          Map.entry("fait", ActionStatus.DONE),
          Map.entry("terminé", ActionStatus.DONE),
          Map.entry("hecho", ActionStatus.DONE),
          Map.entry("completado", ActionStatus.DONE),
          Map.entry("concluído", ActionStatus.DONE),
          Map.entry("feito", ActionStatus.DONE),
          Map.entry("completato", ActionStatus.DONE),
          Map.entry("gedaan", ActionStatus.DONE),
          Map.entry("afgerond", ActionStatus.DONE),
          Map.entry("ferdig", ActionStatus.DONE),
          Map.entry("færdig", ActionStatus.DONE),
          Map.entry("klar", ActionStatus.DONE),
          Map.entry("utført", ActionStatus.DONE),
          Map.entry("完了", ActionStatus.DONE),
          Map.entry("対応済み", ActionStatus.DONE),
          Map.entry("已完成", ActionStatus.DONE),
          Map.entry("完成", ActionStatus.DONE),
          Map.entry("완료", ActionStatus.DONE),
          Map.entry("verworfen", ActionStatus.CANCELLED),
          Map.entry("annulé", ActionStatus.CANCELLED),
          Map.entry("cancelado", ActionStatus.CANCELLED),
          Map.entry("annullato", ActionStatus.CANCELLED),
          Map.entry("已取消", ActionStatus.CANCELLED),
          Map.entry("취소", ActionStatus.CANCELLED));

  // Compiled once, not per call: these run on every word or item of every file.
  private static final Pattern EDGE_MARKUP = Pattern.compile("^[*_`~]+|[*_`~]+$");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private StatusNormalizer() {}

  /** The known status words and their meanings, lower case with single spaces. */
  static Map<String, ActionStatus> synonyms() {
    return SYNONYMS;
  }

  /** A status text as compared: Markdown emphasis off, lower case, single spaces. */
  static String plain(String markdown) {
    return squash(strip(markdown));
  }

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
    Optional<ActionStatus> tracker = TrackerStatus.of(squash(text), true);
    if (tracker.isPresent()) {
      return Optional.of(new Reading(tracker.get(), false));
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
    return decorated(text, vocabulary);
  }

  /**
   * "✅ Complete (this report)", "✅ Ongoing practice", "🔄 Planned": a status symbol, then the
   * status in words with an aside. A check mark says done whatever the words; after another symbol
   * the words, without their parenthesis, say it.
   */
  private static Optional<Reading> decorated(String text, Map<String, ActionStatus> vocabulary) {
    Matcher marked = SYMBOL_FIRST.matcher(text);
    if (!marked.matches()) {
      return Optional.empty();
    }
    if (CHECK_MARK.matcher(marked.group(1)).find()) {
      return Optional.of(new Reading(ActionStatus.DONE, false));
    }
    String words = ASIDE.matcher(marked.group(2)).replaceAll("").strip();
    return words.isEmpty() ? Optional.empty() : read(words, vocabulary);
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
      return note(word);
    }
    // "(hecho)", "（完了）", "【进行中】", "– erledigt": any status word of any language, set apart
    // as a note on the item the way "(done)" is
    Matcher bracketed = BRACKETED.matcher(text);
    while (bracketed.find()) {
      Optional<ActionStatus> said = note(strip(bracketed.group(1)));
      if (said.isPresent()) {
        return said;
      }
    }
    Matcher last = TRAILING_WORD.matcher(text);
    // "Owner: N/A" closing an entry empties a field; "- N/A" after the item is its status
    if (last.find() && !(last.group().strip().startsWith(":") && notApplicable(last.group(1)))) {
      return note(strip(last.group(1)));
    }
    return Optional.empty();
  }

  /**
   * "N/A", "Not applicable": as an item's status the work was judged not to apply (cancelled); in a
   * notes or other free column it only says the cell has nothing to say.
   */
  static boolean notApplicable(String text) {
    return NOT_APPLICABLE.matcher(strip(text)).matches();
  }

  private static final Pattern NOT_APPLICABLE =
      Pattern.compile("(?i)^[\\[(]?(?:n/a|not applicable)[\\])]?$");

  /** A status set apart as a note on an item: a synonym, else a tracker's phrase ("In QA"). */
  private static Optional<ActionStatus> note(String words) {
    ActionStatus said = SYNONYMS.get(squash(words));
    return said != null ? Optional.of(said) : TrackerStatus.of(squash(words), false);
  }

  /** A short note in brackets, ASCII or full-width. */
  private static final Pattern BRACKETED =
      Pattern.compile(
          "[(\\[\uff08\u3010]\\s*([^()\\[\\]\uff08\uff09\u3010\u3011]{1,20}?)\\s*[)\\]\uff09\u3011]");

  /** The last words after a dash, a colon or a bar: "Reindex script versioned – erledigt". */
  private static final Pattern TRAILING_WORD =
      Pattern.compile(
          "\\s[-\u2013\u2014:|]\\s*((?:\\*\\*)?[\\p{L}\\p{So}'/ -]{2,20}?(?:\\*\\*)?)\\s*[.!]?$");

  private static final Pattern INLINE_STATUS =
      Pattern.compile(
          "(?i)(?:\\bstatus\\s*[:=]\\s*([a-z'/ -]{2,20}?)(?:[.;,)]|$))|[(\\[](done|closed|completed?|fixed|in progress|wip|cancell?ed|won't do|open|todo)[)\\]]");

  private static String strip(String markdown) {
    String s = markdown.trim();
    s = EDGE_MARKUP.matcher(s).replaceAll("").trim();
    return s;
  }

  private static String squash(String text) {
    return SPACES.matcher(text.trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
  }
}
