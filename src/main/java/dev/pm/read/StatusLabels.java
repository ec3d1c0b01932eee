package dev.pm.read;

import dev.pm.model.Paragraph;
import dev.pm.model.SourceLine;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph that opens with a bold label stating that something is still to do: "**Not fixed** —
 * needs a restart", "**Open:** nobody owns the spare switch", "**Recommended** (not applied yet):
 * pin the VLAN", "**Offen:** ...". Ops notes mark the work the incident left behind this way, under
 * findings rather than under a follow-up heading; the label is the status, the rest is the item. A
 * proposal label counts only with a note that it was not applied: "**Recommended:** read the
 * manual" alone is advice.
 */
final class StatusLabels {

  private static final Pattern LABELLED =
      Pattern.compile(
          "^\\s*(?:\\*\\*|__)([^*_]{2,40}?)\\s*:?\\s*(?:\\*\\*|__)\\s*(?:\\(([^)]{2,160})\\))?\\s*[:\\-\\u2013\\u2014]?\\s*(.*)$",
          Pattern.DOTALL);

  private static final Pattern OPEN_STATE =
      Pattern.compile(
          "(?iu)^(?:not (?:yet )?(?:fixed|done|resolved|applied|addressed)|unfixed|unresolved|still open|open|pending"
              + "|outstanding|to-?do|offen|noch offen|ausstehend|nicht (?:behoben|gelöst|erledigt)|ungelöst"
              + "|non (?:résolu|corrigé|traité)|en attente|à faire|pendiente|sin resolver|no resuelto|por hacer)$");

  private static final Pattern PROPOSAL =
      Pattern.compile(
          "(?iu)^(?:recommended|recommendation|proposed|proposal|suggested|suggestion|empfohlen|empfehlung"
              + "|vorschlag|recommandé|recommandation|proposé|recomendado|recomendación|propuesta)$");

  private static final Pattern NOT_APPLIED =
      Pattern.compile(
          "(?iu)\\bnot (?:yet )?(?:applied|done|implemented|in place)\\b|noch nicht (?:umgesetzt|angewendet|erledigt|eingeführt)"
              + "|pas encore (?:appliqu|mis en place|fait)|(?:aún|todavía) no (?:aplicad|implementad)");

  private static final Pattern MARKUP = Pattern.compile("\\*\\*|__|`|~~");

  private StatusLabels() {}

  /** The work a status-labelled paragraph says is still to do, or empty for any other paragraph. */
  static Optional<String> openWork(Paragraph p) {
    StringBuilder joined = new StringBuilder();
    for (SourceLine line : p.lines()) {
      joined.append(joined.length() == 0 ? "" : " ").append(line.markdown().strip());
    }
    if (joined.length() > 2000) {
      return Optional.empty();
    }
    Matcher m = LABELLED.matcher(joined);
    if (!m.matches()) {
      return Optional.empty();
    }
    String label = m.group(1).strip();
    String note = m.group(2) == null ? "" : m.group(2);
    String rest = MARKUP.matcher(m.group(3)).replaceAll("").strip();
    boolean open = OPEN_STATE.matcher(label).matches();
    boolean proposed =
        PROPOSAL.matcher(label).matches() && NOT_APPLIED.matcher(note + " " + rest).find();
    if (!open && !proposed) {
      return Optional.empty();
    }
    String text = rest.isEmpty() ? note.strip() : rest;
    return text.length() < 3 ? Optional.empty() : Optional.of(text.replaceAll(":$", ""));
  }
}
