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

  /**
   * {@code [SRE] Fix the probe}, {@code [Platform] Alert on ...}, {@code [Eng Productivity] Block
   * ...}: a tag of one to three capitalised words opening the text names the team that does it.
   */
  private static final Pattern TAG =
      Pattern.compile(
          "^\\[([A-Z][A-Za-z0-9&/+-]{1,20}(?: [A-Z][A-Za-z0-9&/+-]{1,20}){0,2})\\]\\s+\\S");

  /**
   * Tags that sort items rather than name who does them: a state, a priority, a kind of work
   * ("[Bug]", "[Optional]"), a practice named by its gerund ("[Monitoring]", "[Alerting]").
   */
  private static final Pattern NOT_TEAM_TAG =
      Pattern.compile(
          "(?i)^(?:todo|done|wip|doing|fixed|note|tbd|fyi|update|draft|optional|p\\d|sev\\s?\\d|high|medium|low|critical"
              + "|bug|feature|chore|docs?|documentation|process|tooling|improvement|fix|hotfix|follow-?up|action|task|short[- ]term|long[- ]term"
              + "|\\w+ing)$");

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

  /** The team a tag opening the text names: "[Platform] Move locks to the new store". */
  static Optional<String> tag(String text) {
    Matcher tag = TAG.matcher(text.strip());
    if (!tag.find()) {
      return Optional.empty();
    }
    String name = tag.group(1).trim();
    return NOT_TEAM_TAG.matcher(name).matches() || FollowUps.names(name)
        ? Optional.empty()
        : Optional.of(name);
  }

  /**
   * The owner the text names, if it names someone: "N/A", "TBD", "-", "none", "?" say nobody owns
   * the item yet.
   */
  static Optional<String> find(String text) {
    return stated(text).filter(Owners::someone);
  }

  /** Whether an owner as written names someone, not a placeholder for nobody. */
  static boolean someone(String owner) {
    return !NOBODY.matcher(owner.strip()).matches();
  }

  private static final Pattern NOBODY =
      Pattern.compile(
          "(?i)^(?:n/?a|tbd|tbc|t\\.b\\.d\\.?|-+|\u2013|\u2014|none|nobody|no one|unassigned|unknown|\\?+|@?(?:here|channel|everyone|all))$");

  /**
   * Mentions that reach everyone in a channel, never one owner: {@code @here}, {@code @channel}.
   */
  private static final Pattern BROADCAST =
      Pattern.compile("(?i)^@(?:here|channel|everyone|all|room)$");

  /**
   * A mention that is the object of the action, not its owner: "Escalate stuck queues to
   * {@code @emergency}", "Ask {@code @grace} to review", "Notify {@code @oncall}".
   */
  private static final Pattern RECIPIENT_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:to|with|from|for|of|cc|ping|notify|page|paging|alert|ask|tell|contact|inform|escalate|loop in|via)\\s*$");

  private static Optional<String> stated(String text) {
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
      String named = "@" + mention.group(1);
      if (!BROADCAST.matcher(named).matches()
          && !RECIPIENT_BEFORE.matcher(text.substring(0, mention.start())).find()) {
        mentions.add(named);
      }
    }
    if (!mentions.isEmpty()) {
      return Optional.of(String.join(", ", mentions));
    }
    Optional<String> tag = tag(text);
    if (tag.isPresent()) {
      return tag;
    }
    Optional<String> assigned = NamedAssignees.of(text); // "Ana and Luis to review ..."
    if (assigned.isPresent()) {
      return assigned;
    }
    Matcher subject = SUBJECT.matcher(text);
    if (subject.find()) {
      String who =
          subject.group(1) != null
              ? subject.group(1)
              : subject.group(2) != null ? subject.group(2) : subject.group(3);
      // "PagerDuty will page", "Grafana will show": a product at work; "SRE will page" is not one
      boolean tool =
          subject.group(3) == null
              && !ACRONYM.matcher(who).matches()
              && TOOL_VERBS.contains(subject.group(4));
      if (!NOT_OWNERS.contains(who.toLowerCase(Locale.ROOT)) && !tool) {
        return Optional.of(who.replaceAll("\\s+", " "));
      }
    }
    return endTag(text).map(EndTag::owner);
  }

  /**
   * "SRE to add an alert", "ICL to build 22.0.3", "Hypha will run the suite", "DevEx will update
   * the accounts", "DevEx has placed an item on the roadmap", "SRE is adding a silence window",
   * "The Platform team is rewriting the policy": a team (an acronym, or a name with "team", or a
   * name with inner capitals) or a name as the subject of "to"/"will"/"is ...ing" and a verb is the
   * owner. A name is one capitalised word that reads as neither a plural nor a gerund ("Backups
   * will run", "Monitoring will cover" name things, not owners); "to" takes an acronym or a team
   * only ("Move to the new cluster" is an order). What a tool does by itself is not work someone
   * owns: after a name, a verb of showing, signalling or failing ("Grafana will show the depth",
   * "Vault will alert") says the name is a product.
   */
  private static final Pattern SUBJECT =
      Pattern.compile(
          "^\\W*(?:(\\p{Lu}{2,}[\\p{Lu}\\d&-]*|\\p{Lu}\\p{Ll}+\\p{Lu}[\\p{L}\\d]*)\\s+(?:will|to|(?:has|have)(?=\\s+\\p{Ll}{2,}ed\\b)|(?:is|are)(?=\\s+(?:(?:currently|now|still|actively)\\s+)?\\p{Ll}{2,}ing\\b))"
              + "|(\\p{Lu}\\p{Ll}+(?<!s|ing))\\s+will"
              + "|(?:(?i:the|our)\\s+)?(?!(?:The|Our|This|That|Each|Every|Any|One)\\s)(\\p{Lu}[\\w-]*(?:\\s+\\p{Lu}[\\w-]*)?\\s+(?i:team|squad|crew|guild))\\s+(?:will|to|is|are))"
              + "\\s+(?:(?:currently|now|still|actively)\\s+)?(?!be\\b|have\\b|not\\b|going\\b)(\\p{Ll}{2,})");

  /**
   * What products and dashboards do by themselves: show, signal, fail. After "Name will" these
   * verbs make the name a tool, not an owner.
   */
  private static final Set<String> TOOL_VERBS =
      Set.of(
          "show",
          "display",
          "alert",
          "fail",
          "page",
          "notify",
          "fire",
          "trigger",
          "report",
          "warn",
          "send",
          "log",
          "emit",
          "reflect",
          "indicate",
          "highlight",
          "surface",
          "expose",
          "return",
          "contain",
          "include",
          "list",
          "catch",
          "detect",
          "block",
          "reject",
          "prevent",
          "allow",
          "stop",
          "break",
          "crash",
          "retry",
          "expire",
          "scale",
          "time",
          "work",
          "keep",
          "remain",
          "become",
          "appear",
          "need",
          "require",
          "help",
          "cover",
          "flag",
          "track",
          "graph",
          "plot",
          "refresh",
          "restart",
          "reload",
          "sync",
          "handle",
          "serve",
          "respond",
          "load",
          "route");

  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}[\\p{Lu}\\d&-]*");

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
