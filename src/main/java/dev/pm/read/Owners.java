package dev.pm.read;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who an item's own text names as its owner: {@code Owner: name}, {@code OWNER: name@},
 * {@code @handle} (several are all kept, joined by ", "), a {@code [TEAM]} tag at the start.
 */
final class Owners {

  static final Pattern DUE =
      Pattern.compile(
          "(?i)\\b(?:due(?: date)?|by|deadline|target(?: date)?)\\s*[:=]?\\s*(\\d{4}-\\d{1,2}-\\d{1,3})");
  private static final Pattern MENTION =
      Pattern.compile("(?<![\\w/@.])@([A-Za-z0-9][\\w.-]*[\\w])(?![\\w@])");

  /**
   * {@code Owner: name}, also in the languages post-mortems are written in ("Responsável: Ana",
   * "Verantwortlich: Team Netz", "担当：佐藤", "负责人：王伟"); the name ends at a comma, a bracket, a dash
   * between words or the end.
   */
  private static final Pattern LABEL =
      Pattern.compile(
          "(?iu)(?:\\b(?:owners?|assignee|assigned to|responsible|dri|responsáve(?:l|is)|responsavel|responsables?"
              + "|verantwortlich|zuständig|propriétaire|porteur|encargado|dono)"
              + "|担当者?|负责人|負責人|責任者|담당자?)\\s*[:=\uff1a]\\s*"
              + "([^,;()\\]\u2013\u2014\uff0c\u3001\uff1b\uff09]+?)\\s*(?:[,;)\\]\u2013\u2014\uff0c\u3001\uff1b\uff09]|\\s-\\s|$)");

  /**
   * {@code OWNER: dana@ Fix the retry budget}: a label whose name ends with {@code @}, the action
   * after it.
   */
  private static final Pattern LABEL_HANDLE =
      Pattern.compile("(?i)\\b(?:owners?|assignee|dri)\\s*[:=]\\s*([\\w.-]+)@(?!\\w)");

  /**
   * {@code Storage + Network: Raise the limit}, {@code SRE: ...}, {@code Platform team: ...}: teams
   * opening an item.
   */
  private static final Pattern TEAM_PREFIX =
      Pattern.compile(
          "^((?:[A-Z][\\w-]*(?: [A-Z][\\w-]*)?\\s*\\+\\s*)+[A-Z][\\w-]*(?: [A-Z][\\w-]*)?|[A-Z]{2,6}|[A-Z][\\w-]* (?i:team|squad|crew|guild))\\s*:\\s+\\S");

  /** {@code [SRE] Fix the probe}: an upper-case tag of up to 12 letters opening the text. */
  private static final Pattern TAG = Pattern.compile("^\\[([A-Z][A-Z0-9 &/+-]{1,11})\\]\\s+\\S");

  /**
   * One annotation an item carries: {@code @grace}, {@code owner: grace}, {@code due 2026-03-01}.
   */
  private static final String ANNOTATION =
      "(?:`?(?<![\\w/@.])@[A-Za-z0-9][\\w.-]*[\\w]`?|\\(?(?i:owners?|assignee|assigned to|dri)\\s*[:=]\\s*[^,;()\\s]+\\)?"
          + "|\\(?(?i:due(?: date)?|by|deadline|target(?: date)?)\\s*[:=]?\\s*\\d{4}-\\d{1,2}-\\d{1,2}\\)?)";

  /** A run of annotations: removed at the end of the text, or anywhere when it holds a due date. */
  private static final Pattern ANNOTATIONS =
      Pattern.compile("[\\s,;\\u2013\\u2014-]*" + ANNOTATION + "(?:[\\s,;]+" + ANNOTATION + ")*");

  private static final java.util.Set<String> STATE_WORDS =
      java.util.Set.of("TODO", "DONE", "WIP", "DOING", "FIXED", "NOTE", "TBD", "FYI", "UPDATE");

  /**
   * A tag closing the item that names a team: {@code [team-infra]}, {@code [SRE]}, {@code
   * (Messaging team)}. A bracket holding anything else ("[optional]", "(UTC)", "(p99)") is not one.
   */
  private static final Pattern END_TEAM =
      Pattern.compile(
          "\\s([\\[(])(?:the )?([A-Za-z][\\w&/+-]*(?: [A-Za-z][\\w&/+-]*)?)[\\])]\\s*\\.?\\s*$");

  private static final Pattern TEAM_WORD = Pattern.compile("(?i)\\b(?:team|squad|crew|guild)\\b");

  /**
   * An upper-case name in square brackets, "[SRE]"; in round ones "(AWS)" is as often a product.
   */
  private static final Pattern TEAM_ACRONYM = Pattern.compile("^[A-Z]{2,6}$");

  /** Upper-case words that close an item without naming a team: zones, priorities, states. */
  private static final Pattern NOT_TEAM =
      Pattern.compile(
          "^(?:UTC|GMT|CET|IST|JST|KST|MSK|[A-Z]{1,2}[SD]T|P\\d|SEV\\d|N/?A|ETA|ASAP|TBC|WIP)$");

  /**
   * People named in brackets closing the item, two or more, each with a first and a last name:
   * {@code (Alice Moreau, Bob Tan)}. Single capitalised words ("(Grafana, Prometheus)", "(Postgres
   * and Redis)") are as often the products the item is about, so they are not read as owners.
   */
  private static final Pattern END_PEOPLE =
      Pattern.compile(
          "\\s\\(((?:[A-Z][a-z]+ [A-Z][a-z]+)(?:\\s*(?:,|&|\\band\\b)\\s*[A-Z][a-z]+ [A-Z][a-z]+)+)\\)\\s*\\.?\\s*$");

  private static final Pattern PEOPLE_SEPARATOR = Pattern.compile("\\s*(?:,|&|\\band\\b)\\s*");

  private Owners() {}

  /** The owner a tag closing the text names, and where that tag starts. */
  private record EndTag(String owner, int start) {}

  private static Optional<EndTag> endTag(String text) {
    String t = text.stripTrailing();
    Matcher team = END_TEAM.matcher(t);
    if (team.find()) {
      String name = team.group(2);
      boolean named =
          TEAM_WORD.matcher(name).find()
              || (team.group(1).equals("[") && TEAM_ACRONYM.matcher(name).matches());
      if (named && !NOT_TEAM.matcher(name).matches() && !STATE_WORDS.contains(name)) {
        return Optional.of(new EndTag(name, team.start()));
      }
    }
    Matcher people = END_PEOPLE.matcher(t);
    if (people.find()) {
      return Optional.of(
          new EndTag(String.join(", ", PEOPLE_SEPARATOR.split(people.group(1))), people.start()));
    }
    return Optional.empty();
  }

  /**
   * The action without the annotations pm read out of it: "Add a DNS check @tina due 2026-05-01" is
   * "Add a DNS check" (owner and due date are fields of their own). A mention inside the sentence
   * ("Ask @grace to review") is part of the action and stays.
   */
  static String withoutAnnotations(String original) {
    String text = LABEL_HANDLE.matcher(original).replaceFirst("").strip();
    Matcher m = ANNOTATIONS.matcher(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      boolean atEnd = text.substring(m.end()).isBlank();
      if (m.start() > 0 && (atEnd || DUE.matcher(m.group()).find())) {
        out.append(text, last, m.start());
        last = m.end();
      }
    }
    out.append(text.substring(last));
    String read = out.toString();
    // "Add a runbook [team-infra]": the closing tag is the owner field, not part of the action
    String stripped = endTag(read).map(tag -> read.substring(0, tag.start())).orElse(read).strip();
    return stripped.isEmpty() ? original.strip() : stripped;
  }

  static Optional<String> find(String text) {
    Matcher handle = LABEL_HANDLE.matcher(text);
    if (handle.find()) {
      return Optional.of(handle.group(1));
    }
    String opening = text.strip();
    Matcher team = TEAM_PREFIX.matcher(opening.substring(0, Math.min(opening.length(), 80)));
    if (team.find() && !FollowUps.names(team.group(1)) && !STATE_WORDS.contains(team.group(1))) {
      return Optional.of(String.join(", ", team.group(1).split("\\s*\\+\\s*")));
    }
    Matcher label = LABEL.matcher(text);
    if (label.find()) {
      String name = label.group(1).trim();
      return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }
    Set<String> mentions = new LinkedHashSet<>();
    Matcher mention = MENTION.matcher(text);
    while (mention.find()) {
      mentions.add("@" + mention.group(1));
    }
    if (!mentions.isEmpty()) {
      return Optional.of(String.join(", ", mentions));
    }
    Matcher tag = TAG.matcher(text);
    if (tag.find()) {
      return Optional.of(tag.group(1).trim());
    }
    Matcher subject = SUBJECT.matcher(text);
    if (subject.find()) {
      String who = subject.group(1) != null ? subject.group(1) : subject.group(2);
      if (!NOT_OWNERS.contains(who.toLowerCase(Locale.ROOT))) {
        return Optional.of(who);
      }
    }
    return endTag(text).map(EndTag::owner);
  }

  /**
   * "SRE to add an alert", "ICL to build 22.0.3", "Hypha will run the suite": a team (an acronym)
   * or a name as the subject of "to"/"will" and a verb is the owner. A name is one capitalised word
   * that reads as neither a plural nor a gerund ("Backups will run", "Monitoring will cover" name
   * things, not owners); "to" takes an acronym only ("Move to the new cluster" is an order).
   */
  private static final Pattern SUBJECT =
      Pattern.compile(
          "^\\W*(?:(\\p{Lu}{2,}[\\p{Lu}\\d&-]*)\\s+(?:will|to)|(\\p{Lu}\\p{Ll}+(?<!s|ing))\\s+will)"
              + "\\s+(?!be\\b|have\\b|not\\b)\\p{Ll}{2,}");

  /** Capitalised words opening a sentence that are not teams or people. */
  private static final Set<String> NOT_OWNERS =
      Set.of(
          "we",
          "i",
          "it",
          "this",
          "that",
          "there",
          "they",
          "he",
          "she",
          "one",
          "everyone",
          "nobody",
          "someone");
}
