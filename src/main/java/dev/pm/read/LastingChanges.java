package dev.pm.read;

import java.util.regex.Pattern;

/**
 * Whether a step already done changed something that stays: an alert, a limit, a check, a runbook,
 * a configuration, a rule for future changes. Under a heading that does not say what its steps were
 * for ("Actions taken", "Mitigation applied") these are the fixes a reader tracks; the rest (the
 * crates were yanked, the account was locked, the on-call was paged) ended this incident.
 *
 * <p>By what the step leaves behind rather than by its verb: "Raised the pool limit to 200" stays,
 * "Raised the issue with the vendor" does not.
 */
final class LastingChanges {

  /** Things that outlive the incident once added or changed. */
  private static final Pattern LASTING =
      Pattern.compile(
          "(?iu)\\b(?:alerts?|alerting|alarms?|monitors?|monitoring|dashboards?|checks?|tests?|limits?|timeouts?"
              + "|thresholds?|quotas?|runbooks?|playbooks?|documentation|docs|guides?|config(?:uration)?s?|settings?"
              + "|polic(?:y|ies)|validations?|guards?|locks?|circuit breakers?|retr(?:y|ies)|back-?offs?|canar(?:y|ies)"
              + "|gates?|reviews?|reviewers?|checklists?|backups?|scanners?|scanning|safeguards?|rules?|probes?|health ?checks?"
              + "|rate[- ]limit\\w*|capacity|replicas? (?:count|minimum)|pool size|budgets?|procedures?|process(?:es)?"
              // a version of what runs that stays: "a patch that validates", "the contract
              // upgraded"
              + "|patch(?:es)?|contracts?|validat\\w*|schemas?|permanent(?:ly)?)\\b"
              // a fix that ships in a version: "This was fixed in v2.3.1", "resolved in release 4"
              + "|\\b(?:fixed|resolved|patched|addressed) in (?:v\\d|version|release|\\d+\\.\\d)"
              // a change said to hold from now on: "Deploys now need a second reviewer", "so this
              // cannot happen again"
              + "|\\bnow\\b|\\bfrom now on\\b|\\bgoing forward\\b|\\b(?:cannot|can't|won't|no longer)\\b"
              // the same in German, Spanish, French, Japanese
              + "|alarm|überwachung|grenzwert|zeitlimit|timeout|runbook|dokumentation|konfiguration|prüfung|lasttest|dauerhaft"
              + "|alerta|umbral|límite|documentaci[oó]n|configuraci[oó]n|prueba|seuil|limite|surveillance"
              + "|アラート|監視|上限|閾値|手順書|設定|テスト|レビュー");

  private LastingChanges() {}

  /** True when {@code text}, a step already done, left a lasting change behind. */
  static boolean lasting(String text) {
    return LASTING.matcher(text).find() && !NonItems.recovery(text);
  }
}
