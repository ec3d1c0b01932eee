package dev.pm.read;

import dev.pm.model.ActionStatus;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The status an item's own words give when no status column or checkbox does: a check-mark emoji,
 * {@code (DONE)}, "fixed in #123", "has been rolled out", "this is a work in progress", or an item
 * written in the past tense ("Removed the stale keys") in a follow-up list: a fix already made.
 */
final class ItemStatus {

  private static final Pattern DONE_MARK =
      Pattern.compile("[\\u2705\\u2714\\u2611\\u2713]|:white_check_mark:|:heavy_check_mark:");
  private static final Pattern DONE_WORDS =
      Pattern.compile(
          "(?i)\\b(?:(?:has|have) (?:already |now |since )?been (?:done|fixed|completed|implemented|rolled out|deployed|merged|"
              + "added|removed|withdrawn|updated|documented|resolved|addressed|created|enabled|disabled|configured|applied|released|set up)"
              + "|(?:fixed|resolved|addressed|merged|done|completed|implemented) (?:in|by|via|with) (?:#|pr|https?:|\\[)"
              + "|this (?:is|was) (?:now )?done|already (?:been )?(?:done|in place|implemented|fixed)|(?:we|they) already do (?:this|that|it|so)|is now (?:in place|live|enabled|done))"
              + "|(?<!(?:could|would|should|might|must|may) )\\b(?:has|have) (?:already |now |since )?been \\w{3,}ed\\b(?! (?:to|as|that)\\b)"
              + "|^(?:the |a |an |all |our |new )?[\\w\\s'-]{2,60}? (?:was|were) (?!(?:used|forced|supposed|meant|asked|expected|caused|affected|impacted|delayed|triggered|paged|alerted|notified|detected|observed|reported|identified|unable|required|needed)\\b)(?:\\w{3,}ed|written|made|built|set|put in place)\\b(?! (?:by the incident|during)\\b)"
              + "|\\(\\s*[\\w\\s-]{0,30}\\bdone\\b");

  /**
   * The same said in other languages: "foi implantado", "ya fue publicado", "wurde umgesetzt", "a
   * été déployée", "已修复", "対応済み". Plans are left out: "está planejado" is still to do.
   */
  private static final Pattern DONE_ELSEWHERE =
      Pattern.compile(
          "(?iu)(?<!\\bnão |\\bnao |\\bno |\\bnunca |\\bjamás )\\b(?:foi|foram|já foi|já foram|fue|fueron|ya fue|ya fueron|ha sido|han sido|ya está|ya están|já está|já estão)"
              + "\\s+(?:\\p{L}+\\s+)?(?!(?:planejad|planead|planificad|programad|previst|agendad|propost|propuest|sugerid|solicitad|pedid|discutid|considerad|evaluad|avaliad|aprobad|aprovad|identificad|detectad|reportad|afectad|causad|observad|notificad|informad)\\p{L}*\\b)"
              + "\\p{L}{2,}(?:ad[oa]s?|id[oa]s?|echo|echa|uest[oa]|uelt[oa]|ert[oa]|eit[oa])\\b"
              + "|\\b(?:wurde|wurden|ist|sind)\\s+(?:(?!(?:nicht|noch|kein\\p{L}*)\\s)\\p{L}+\\s+){0,2}?(?:behoben|erledigt|umgesetzt|implementiert|eingeführt|abgeschlossen"
              + "|ausgerollt|eingespielt|korrigiert|repariert|gelöst|aktiviert|eingerichtet|hinzugefügt|angepasst|aktualisiert|entfernt|deployt)\\b"
              + "|\\b(?:a été|ont été|est|sont)\\s+(?:(?!pas\\s|jamais\\s)\\p{L}+\\s+)?(?:corrigé|déployé|mis en place|mise en place|terminé|réglé|résolu|ajouté|fait|livré|appliqué|activé)e?s?\\b"
              + "|\\b(?:è stato|è stata|sono stati|sono state)\\s+\\p{L}{3,}(?:at[oaie])\\b"
              + "|已(?:经)?(?:修复|完成|上线|部署|解决|处理|添加|增加|实施|落实|修改|优化|发布|合并|更新|配置|启用)|済み|済$|完了しました|対応しました|修正しました|実施しました|導入しました"
              + "|완료(?:했|됨|되었)|적용(?:했|됨|되었)|수정(?:했|됨|되었)");

  /**
   * Work given up: "(decided against)", ": rejected", "won't fix"; never the first word ("Dropped
   * the table" is done), nor a condition ("Remove the VM if no longer needed" is still to do).
   */
  private static final Pattern CANCELLED_WORDS =
      Pattern.compile(
          "(?i)(?<!^)\\b(?:decided against|decided not to|won'?t (?:do|fix)|will not (?:do|fix)|not pursued|(?<!\\bif )(?<!\\bonce )(?<!\\bwhen )no longer (?:planned|needed))\\b"
              + "|(?<!^)(?:[(:\\-\\u2013\\u2014]\\s*|\\s)(?:rejected|cancell?ed|abandoned|dropped)\\)?[.!]?\\s*$");

  private static final Pattern IN_PROGRESS_WORDS =
      Pattern.compile(
          "(?i)\\b(?:work in progress|in progress|(?:is|are|currently|now|still) in[- ]flight|in[- ]flight\\s*[.)]?\\s*$|in development(?=\\))|(?:is|are|currently|still) in development|we are (?:currently )?working on|is being (?:worked on|implemented|rolled out|developed)|"
              + "(?:are|is) (?:currently |actively |now )?(?:exploring|investigating|working on)|(?:are|is) being \\w{3,}(?:ed|en|ing)|underway|under way|ongoing"
              // the same set apart in the languages follow-ups are written in: "Évaluation en
              // cours"
              + "|en cours|en curso|em andamento|in corso|in arbeit"
              + "|will continue to|continu(?:e|es|ing) to (?:improve|work|roll)|(?:has|have) started"
              + "|(?:pr|pull request|merge request|mr) (?:exists|is open|opened|raised|in review|under review))\\b|\\bwip\\b");

  /** "An issue has been created for this": the work is tracked, not done. */
  private static final Pattern TRACKED_NOTE =
      Pattern.compile(
          "(?i)\\b(?:an? |the )?(?:new )?(?:issue|ticket|task|story|card|jira|backlog item)s? (?:has|have) been (?:created|raised|opened|filed|logged|added)");

  /** A first word in the past tense or a participle: "Removed", "Reduced", "Alerts configured". */
  private static final Pattern PAST_FIRST =
      Pattern.compile(
          "^(?:we |we've |we have )?(?:(?:since|also|now|already|just|recently) )?(?:added|removed|reduced|increased|updated|upgraded|fixed|implemented|created|enabled|disabled|"
              + "configured|deployed|rolled out|migrated|moved|changed|switched|documented|wrote|written|introduced|replaced|"
              + "rotated|revoked|patched|merged|released|tweaked|adjusted|advised|installed|extended|"
              + "improved|refactored|deleted|restricted|tightened|published|shipped|completed|finished|resolved|addressed)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * A participle opening an item in the languages follow-up lists are often written in: "Adicionado
   * teste de carga", "Corregido el límite", "Hinzugefügt", "Ajouté", "已添加".
   */
  private static final Pattern PAST_FIRST_ELSEWHERE =
      Pattern.compile(
          "^(?:adicionad|criad|corrigid|implementad|implantad|atualizad|removid|configurad|migrad|documentad|ajustad|alterad"
              + "|añadid|agregad|cread|corregid|actualizad|eliminad|desplegad|aumentad|reducid|habilitad|deshabilitad|ativad|activad)[oa]s?\\b"
              + "|^(?:hinzugefügt|behoben|umgesetzt|implementiert|eingeführt|aktualisiert|entfernt|korrigiert|erhöht|reduziert|dokumentiert|aktiviert)\\b"
              + "|^(?:ajouté|corrigé|déployé|mis en place|supprimé|documenté|augmenté|réduit|activé|configuré)e?s?\\b"
              + "|^已(?:经)?(?!知)[\\p{IsHan}]",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern PAST_END =
      Pattern.compile(
          "(?i)\\b(?:\\w+ed|written|done|set up|in place)(?:\\s+`?@[\\w.-]+`?)*(?:\\s+\\[[\\w -]+\\])?\\s*[.!]?$");

  private static final Pattern TRACKED_ONLY =
      Pattern.compile(
          "(?i)^(?:we |we've |we have )?(?:created|raised|opened|filed|added|logged|placed) (?:a |an )?(?:new )?(?:ticket|issue|story|backlog|jira|action item|task|card)\\b");

  /**
   * "Disable the pipeline until the issue is fixed": a participle in a condition says nothing is
   * done.
   */
  private static final Pattern CONDITION =
      Pattern.compile("(?i)\\b(?:until|unless|once|when|if|after|before)\\b");

  /**
   * An item that says its work is under way: "Currently migrating ...", "We're adding ...", "Still
   * rewriting ...", "Working on ...". A bare gerund at the start ("Adding alerts for ...",
   * "Implementing rate limits") is not enough: in a list of follow-ups it is the task's title, as
   * in a tracker, and two people counting held-out documents independently read it open in one set
   * and in progress in another; the counting rule says an item with no mark is open.
   */
  private static final Pattern PROGRESSIVE =
      Pattern.compile(
          "(?i)^(?:(?:we(?:'re| are) )?(?:currently|now|still|actively) |we(?:'re| are) )(?!going\\b)[a-z]{2,}ing\\b"
              + "|^(?:working on|in the process of)\\b");

  /**
   * An activity with no made thing at its end (inquiry, iterative tuning): "Conducting an external
   * audit", "Refining our alert thresholds", "Investigating the gap". Unlike "Adding alerts", which
   * names what will be made, such a gerund says someone is at it, in a list written in that voice
   * (see {@link ActivityGerunds}).
   */
  private static final Pattern ACTIVITY =
      Pattern.compile(
          "(?i)^(?:conducting|investigating|evaluating|assessing|auditing|analy[sz]ing|researching"
              + "|exploring|examining|studying|looking into|considering|discussing|refining|fine-tuning|tuning)\\b");

  /**
   * A sentence inside the item saying people are at it: "To cut the noise, we are grouping ...",
   * "SRE is adding ...", "The Platform team is rewriting ...". The subject must be people (we, a
   * team word, an acronym for a team): with a thing as subject the progressive tells a state
   * ("Alert routing is working as designed").
   */
  private static final Pattern PEOPLE_AT_IT =
      Pattern.compile(
          "(?:^|[,;:]\\s*|\\b(?:and|so|now)\\s+)(?:(?i:we|i)|(?:(?i:the|our)\\s+)?[\\w-]+\\s+(?i:team|squad|crew)|\\p{Lu}{2,}[\\p{Lu}\\d]*)"
              + "(?:'re|'m|\\s+(?:is|are|am))\\s+(?:(?i:currently|now|still|actively)\\s+)?(?!going\\b|working as\\b)[a-z]{2,}ing\\b");

  /** Any subject said to be at it now: "The vendor is currently patching the driver". */
  private static final Pattern AT_IT_NOW =
      Pattern.compile("(?i)\\b(?:is|are)\\s+(?:currently|actively)\\s+(?!going\\b)[a-z]{2,}ing\\b");

  /**
   * A gerund that is the subject of a sentence names the work, it does not say it is under way:
   * "Removing the redirect page will fix the timeouts", "Moving the export remains a priority".
   */
  private static final Pattern GERUND_SUBJECT =
      Pattern.compile(
          "(?i)\\b(?:will|would|should|could|can|may|might|must|remains?|(?:is|was|are|were) (?:a|an|the|our|still|also|not)|seems|means|requires)\\b");

  /**
   * A note saying the change did not hold: "FAILED: ...", "did not work, reverted", "Reverted after
   * errors". Said at the start of the note, or as "did not work" anywhere in it.
   */
  private static final Pattern UNDONE =
      Pattern.compile(
          "(?i)^\\W*(?:failed|reverted|rolled back|did not work|didn'?t work)\\b|\\b(?:did not|didn'?t|does not|doesn'?t) work\\b"
              + "|\\b(?:was|were|had to be|has been|have been) (?:reverted|rolled back)\\b");

  /** An action that is itself a revert: its note saying "reverted" tells it was done. */
  private static final Pattern REVERT_ACTION =
      Pattern.compile("(?i)\\b(?:revert|roll(?:ed|ing)? ?back|rollback)");

  /** A short title and colon before a sentence in the writers' voice. */
  private static final Pattern TITLE_BEFORE_WRITER =
      Pattern.compile("(?i)^[^:.]{3,60}:\\s+(?=(?:we|i|we've|i've)\\b)");

  private static final Pattern FIRST_WORD =
      Pattern.compile(
          "(?i)^(?:we have |we've |we )?(?:(?:since|also|already|just|recently) )?([A-Za-z]+)\\b(?!-)");

  /**
   * A participle used as an adjective before a noun: "Enhanced monitoring for X", "Improved
   * alerting" name the work to do; "Improved the alerting" tells it done.
   */
  private static final Pattern MODIFIER_FIRST =
      Pattern.compile(
          "(?i)^(?:enhanced|improved|expanded|extended)\\s+(?!(?:the|a|an|our|its|their|this|that|these|those|all|some|every|each|it|them|on|to|by|in|for)\\b)\\p{L}");

  /** "The old import path will be removed": still to do, whatever its section says was done. */
  private static final Pattern FUTURE =
      Pattern.compile(
          "(?i)\\b(?:will|shall|is going to|are going to) (?:be |also |now )?\\p{L}{3,}");

  /** Irregular past forms that are not also the imperative ("Set up alerts" is still to do). */
  private static final java.util.Set<String> IRREGULAR_PAST =
      java.util.Set.of(
          "sent",
          "wrote",
          "built",
          "made",
          "ran",
          "took",
          "gave",
          "held",
          "kept",
          "began",
          "spent",
          "told",
          "brought",
          "sought",
          "taught",
          "rebuilt",
          "rewrote",
          "reran",
          "upheld",
          "froze",
          "undid",
          "redid",
          "withdrew",
          "got",
          "did",
          "bought");

  /** Words ending in -ed that are not a past tense opening an item: "Need", "Embed", "Proceed". */
  private static final java.util.Set<String> NOT_PAST =
      java.util.Set.of(
          "need",
          "needed",
          "embed",
          "proceed",
          "exceed",
          "succeed",
          "speed",
          "seed",
          "feed",
          "breed",
          "bleed",
          "shed",
          "bed",
          "shred",
          "unneeded",
          "red",
          "based",
          "related",
          "detailed",
          "dedicated",
          "automated",
          "advanced",
          "limited",
          "expected",
          "unexpected",
          "unrelated",
          "outdated",
          "unused",
          "unauthenticated",
          "authenticated",
          "distributed",
          "centralized",
          "centralised",
          "scheduled",
          "managed",
          "hosted",
          "shared",
          "nested",
          "required",
          "proposed",
          "suggested",
          "planned",
          "continued",
          "combined",
          "unified");

  /** What the text says about the item's status, if anything. */
  static Optional<ActionStatus> of(String text) {
    Optional<ActionStatus> inline = StatusNormalizer.findInText(text);
    if (inline.isPresent()) {
      return inline;
    }
    if (CANCELLED_WORDS.matcher(text).find()) {
      return Optional.of(ActionStatus.CANCELLED);
    }
    if (IN_PROGRESS_WORDS.matcher(text).find() && !DONE_MARK.matcher(text).find()) {
      return Optional.of(
          ActionStatus
              .IN_PROGRESS); // "have already improved, and will continue to improve": still going
    }
    if (DONE_MARK.matcher(text).find()
        || DONE_WORDS.matcher(TRACKED_NOTE.matcher(text).replaceAll("")).find()
        || DONE_ELSEWHERE.matcher(text).find()) {
      return Optional.of(ActionStatus.DONE);
    }
    return Optional.empty();
  }

  /** True when {@code text} tells work to come: "X will be removed next quarter". */
  static boolean future(String text) {
    return FUTURE.matcher(text).find() && !DONE_MARK.matcher(text).find();
  }

  /**
   * What the tense of an item in a follow-up list says: the past tense a fix made, the progressive
   * work under way.
   */
  static Optional<ActionStatus> tense(String text) {
    if (pastTense(text)) {
      return Optional.of(ActionStatus.DONE);
    }
    return progressive(text) ? Optional.of(ActionStatus.IN_PROGRESS) : Optional.empty();
  }

  /** "Implementing rate limits on the login endpoint": being done as the list was written. */
  static boolean progressive(String text) {
    String t = text.strip().replaceAll("^[\\[(][^\\])]{1,20}[\\])]\\s*", "");
    return ((PROGRESSIVE.matcher(t).find() || ACTIVITY.matcher(t).find())
            && !GERUND_SUBJECT.matcher(t).find())
        || PEOPLE_AT_IT.matcher(t).find()
        || AT_IT_NOW.matcher(t).find();
  }

  /**
   * True when only a bare activity gerund ("Investigating ...") says the work is under way: no
   * status word, no "we are", no "currently".
   */
  static boolean activityOnly(String text) {
    String t = text.strip().replaceAll("^[\\[(][^\\])]{1,20}[\\])]\\s*", "");
    return ACTIVITY.matcher(t).find()
        && of(text).isEmpty()
        && !PROGRESSIVE.matcher(t).find()
        && !PEOPLE_AT_IT.matcher(t).find()
        && !AT_IT_NOW.matcher(t).find();
  }

  /**
   * A row marked done whose note says the change failed or was reverted is not done: "Done | did
   * not work, reverted". A revert that was the action itself stays done.
   */
  static boolean undone(String note, String action) {
    return UNDONE.matcher(note).find() && !REVERT_ACTION.matcher(action).find();
  }

  /**
   * In a follow-up list, a past-tense item is a fix already made ("Removed ...", "Alerts
   * configured"). Not used for free text elsewhere, where the past tense tells what happened.
   */
  static boolean pastTense(String text) {
    String t = text.strip().replaceAll("^[\\[(][^\\])]{1,20}[\\])]\\s*", "");
    // "Automated backups: We've enabled backups in Coolify": the title names it, the sentence tells
    t = TITLE_BEFORE_WRITER.matcher(t).replaceFirst("");
    if (TRACKED_ONLY.matcher(t).find() || MODIFIER_FIRST.matcher(t).find()) {
      return false; // "Created a ticket to add an alert": the work is tracked, not done
    }
    if (PAST_FIRST.matcher(t).find() || PAST_FIRST_ELSEWHERE.matcher(t).find()) {
      return true;
    }
    // "Reverted ...", "Issued credits ...", "Sent a notice": any verb in the past opening the item.
    Matcher first = FIRST_WORD.matcher(t);
    String word = first.find() ? first.group(1).toLowerCase(java.util.Locale.ROOT) : "";
    if ((word.length() > 3 && word.endsWith("ed") && !NOT_PAST.contains(word))
        || IRREGULAR_PAST.contains(word)) {
      return true;
    }
    // "Cron cleanup scheduled `@malte_j`": a short noun phrase closed by a participle.
    return t.length() < 60
        && t.split("\\s+").length <= 6
        && PAST_END.matcher(t).find()
        && !t.endsWith("?")
        && !CONDITION.matcher(t).find();
  }
}
