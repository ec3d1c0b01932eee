package dev.pm.read;

import dev.pm.model.Paragraph;
import java.util.regex.Pattern;

/**
 * A status-page update: "**Investigating** - We are looking into ...", "Monitoring: A fix has been
 * deployed ...", "**Resolved** – This incident has been resolved", "**Untersuchung** – Wir arbeiten
 * daran ...". It tells the state of the incident at one moment for the people waiting on it, a
 * timeline entry; its "we will provide an update" or "we will continue to monitor" commits to no
 * follow-up work.
 */
final class StatusUpdates {

  /** The states status pages post, in the languages post-mortems are written in. */
  private static final String STATE =
      "investigating|identified|monitoring|update|updated|resolved|recovering|verifying|scheduled|in progress"
          + "|completed|postmortem|post-mortem|degraded performance|partial outage|major outage"
          + "|untersuchung|wird untersucht|identifiziert|überwachung|beobachtung|behoben|gelöst|aktualisierung"
          + "|enquête(?: en cours)?|identifié|surveillance|résolu|mise à jour"
          + "|investigando|identificado|monitoreando|monitorando|monitorizando|resuelto|resolvido|actualización|atualização"
          + "|調査中|原因特定|監視中|解決済み|復旧済み|调查中|已定位|监控中|观察中|已解决|已恢复";

  /** The state as the paragraph's first word, set apart by emphasis, a dash or a colon. */
  private static final Pattern POSTED =
      Pattern.compile(
          "(?iu)^\\s*(?:(?:\\*\\*|__)(?:"
              + STATE
              + ")\\s*[:：]?(?:\\*\\*|__)\\s*[-\\u2013\\u2014:：|]?"
              + "|(?:"
              + STATE
              + ")\\s*(?:[-\\u2013\\u2014|]|[:：]))\\s*\\S");

  private StatusUpdates() {}

  /** True when the paragraph is a status-page update. */
  static boolean posted(Paragraph p) {
    return !p.lines().isEmpty() && POSTED.matcher(p.lines().get(0).markdown()).find();
  }
}
