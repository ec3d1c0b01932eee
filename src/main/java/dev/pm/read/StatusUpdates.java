package dev.pm.read;

import dev.pm.model.Paragraph;
import dev.pm.model.Section;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
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
          + "|completed|degraded performance|partial outage|major outage"
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

  /** The state opening an update, its emphasis gone: "Identified - ", "Monitoring: ". */
  static final Pattern STATE_OPENING =
      Pattern.compile("(?iu)^\\s*(?:" + STATE + ")\\s*[:\uff1a]?\\s*[-\u2013\u2014:\uff1a|]?\\s*");

  /**
   * A heading that is a posted state, perhaps with its time: "### Monitoring", "Resolved - 11:20".
   */
  private static final Pattern STATE_HEADING =
      Pattern.compile("(?iu)^(?:" + STATE + ")(?:\\s*[-\u2013\u2014:|,(].*)?$");

  private StatusUpdates() {}

  /** True when a section heading is a status-page state: its text is an update, not a plan. */
  static boolean names(String heading) {
    return heading.length() <= 120 && STATE_HEADING.matcher(FollowUps.normalize(heading)).matches();
  }

  /**
   * The sections of a status page's posts: sibling headings of which two or more are posted states
   * ("### Resolved", "### Monitoring", "### Investigating"). One "## Monitoring" alone is a section
   * about monitoring, which may plan work.
   */
  static Set<Section> posts(Section root) {
    Set<Section> found = Collections.newSetFromMap(new IdentityHashMap<>());
    collect(root, found);
    return found;
  }

  private static void collect(Section section, Set<Section> found) {
    List<Section> states =
        section.children().stream().filter(c -> names(c.heading().text())).toList();
    if (states.size() >= 2) {
      found.addAll(states);
    }
    section.children().forEach(c -> collect(c, found));
  }

  /** True when the paragraph is a status-page update. */
  static boolean posted(Paragraph p) {
    return !p.lines().isEmpty() && POSTED.matcher(p.lines().get(0).markdown()).find();
  }
}
