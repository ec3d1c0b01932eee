package dev.pm.read;

import dev.pm.model.ActionStatus;
import dev.pm.model.Paragraph;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph under a follow-up heading that states a problem and ends with what became of it in
 * parentheses: "Monitoring e-mails one person. (filed https://...)", "The cache kept old pages.
 * (fixed by lowering its lifetime)", "... (erledigt: Prüfung ergänzt)". The parenthesis makes the
 * paragraph a tracked item, however the problem is worded, and says its status.
 */
final class Dispositions {

  private static final Pattern TRAILING = Pattern.compile("\\(([^()]{2,300})\\)\\s*\\.?\\s*$");

  private static final Pattern DONE =
      Pattern.compile(
          "(?iu)^(?:fixed|added|done|completed|implemented|merged|deployed|removed|updated|resolved|enabled"
              + "|configured|landed|shipped|changed|erledigt|behoben|umgesetzt|ergänzt|hinzugefügt|fait|corrigé"
              + "|ajouté|terminé|hecho|corregido|añadido|resuelto)\\b");

  private static final Pattern IN_PROGRESS =
      Pattern.compile(
          "(?iu)^(?:in progress|wip|ongoing|in arbeit|en cours|en curso|en progreso)\\b");

  private static final Pattern OPEN =
      Pattern.compile(
          "(?iu)^(?:filed|tracked|opened|raised|logged|ticket|issue|todo|to do|open|pending|planned|offen"
              + "|geplant|ouvert|prévu|abierto|pendiente|planificado)\\b");

  private Dispositions() {}

  /** The status the closing parenthesis of {@code p} states, or empty when it states none. */
  static Optional<ActionStatus> of(Paragraph p) {
    String text = p.text().strip();
    if (text.length() > 2000) {
      return Optional.empty();
    }
    Matcher m = TRAILING.matcher(text);
    if (!m.find() || m.start() == 0) {
      return Optional.empty();
    }
    String said = m.group(1).strip();
    if (DONE.matcher(said).find()) {
      return Optional.of(ActionStatus.DONE);
    }
    if (IN_PROGRESS.matcher(said).find()) {
      return Optional.of(ActionStatus.IN_PROGRESS);
    }
    return OPEN.matcher(said).find() ? Optional.of(ActionStatus.OPEN) : Optional.empty();
  }
}
