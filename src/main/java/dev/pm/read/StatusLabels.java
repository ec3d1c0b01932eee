package dev.pm.read;

import dev.pm.model.ActionStatus;
import dev.pm.model.Location;
import dev.pm.model.Paragraph;
import dev.pm.model.SourceLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  /**
   * A status label followed by a bracketed note on where, when or on what condition, which may hold
   * a link: "**Done** (PR #12): ...", "**Fixed** ([#45](url)) - ...", and the same label in
   * capitals without bold, as people write a tracker's state: "DONE (2024-03-02): ...". The note
   * says where or when, not what; the label still gives the status.
   */
  private static final Pattern LABELLED_WITH_NOTE =
      Pattern.compile(
          "^\\s*(?:(?:\\*\\*|__)([^*_]{2,40}?)\\s*:?\\s*(?:\\*\\*|__)|(\\p{Lu}[\\p{Lu} ]{0,20}\\p{Lu}))"
              + "\\s*\\(((?:[^()]|\\([^()]*\\)){2,160})\\)\\s*[:\\-\\u2013\\u2014]\\s*(.*)$",
          Pattern.DOTALL);

  /**
   * A status in square brackets before the work, as a tracker export writes it: "[N/A] Migrate the
   * index", "[Done] Add the alert", "[Won't do]: Shard by tenant". Not a link ("[Fix](url)").
   */
  private static final Pattern BRACKETED =
      Pattern.compile(
          "^\\s*\\\\?\\[([^\\[\\]]{2,20}?)\\\\?\\](?!\\()\\s*[:\\-\\u2013\\u2014]?\\s*(.*)$",
          Pattern.DOTALL);

  private static final Pattern OPEN_STATE =
      Pattern.compile(
          "(?iu)^(?:not (?:yet )?(?:fixed|done|resolved|applied|addressed)|unfixed|unresolved|still open|open|pending"
              + "|outstanding|to-?do|offen|noch offen|ausstehend|nicht (?:behoben|gelöst|erledigt)|ungelöst"
              + "|non (?:résolu|corrigé|traité)|en attente|à faire|pendiente|sin resolver|no resuelto|por hacer)$");

  /**
   * Labels saying the work is finished, in the languages follow-up lists are written in:
   * "**Done:**", "**Erledigt:**", "**Fait :**", "**Hecho:**", "**Feito:**".
   */
  private static final Pattern DONE_STATE =
      Pattern.compile(
          "(?iu)^(?:done|completed?|fixed|resolved|implemented|shipped|closed|finished"
              + "|erledigt|abgeschlossen|umgesetzt|behoben|fertig|fait|terminé|réalisé|corrigé|résolu"
              + "|hecho|completado|terminado|resuelto|realizado|implementado|feito|concluído|concluido"
              + "|resolvido|fatto|completato|risolto|klaar|gedaan|afgerond|opgelost|klart|ferdig|utført"
              + "|完了|対応済み?|済み|完成|已完成|已解决|已修复|완료)$");

  /** Labels saying someone is on it: "**In Arbeit:**", "**En cours :**", "**En curso:**". */
  private static final Pattern IN_PROGRESS_STATE =
      Pattern.compile(
          "(?iu)^(?:in progress|doing|wip|ongoing|underway|under way|started|in arbeit|in bearbeitung|in umsetzung"
              + "|läuft|en cours|en curso|en progreso|en proceso|em andamento|em curso|em progresso|in corso"
              + "|in uitvoering|pågår|pågående|対応中|進行中|进行中|處理中|处理中|진행 ?중)$");

  /**
   * Labels saying the work is still to do, beyond {@link #OPEN_STATE}: planned, and the same in
   * other languages ("**Pendente:**", "**A fazer:**", "**Geplant:**").
   */
  private static final Pattern PLANNED_STATE =
      Pattern.compile(
          "(?iu)^(?:planned|to do|geplant|prévu|planifié|previsto|planificado|planejado|pendente|a fazer"
              + "|por fazer|da fare|te doen|gepland|未対応|未着手|予定|待办|未完成|计划|예정|미완료)$");

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

  /** Work a status label marks: what it says, the status the label gives it, where it starts. */
  record Stated(String text, ActionStatus status, Location at) {}

  /**
   * The items of a paragraph that opens with a status label, in a follow-up section: "**Erledigt:**
   * ...", "**À faire :** ...", "**DONE**: ...". A label opening a later line starts the next item;
   * lines in between continue the one before. Empty when the first line has no status label.
   */
  static List<Stated> stated(Paragraph p) {
    List<Stated> found = new ArrayList<>();
    List<SourceLine> lines = p.lines();
    int start = 0;
    for (int i = 1; i <= lines.size(); i++) {
      if (i == lines.size() || status(lines.get(i).markdown()).isPresent()) {
        stated(lines.subList(start, i)).ifPresent(found::add);
        if (found.isEmpty()) {
          return found; // the paragraph does not open with a status label
        }
        start = i;
      }
    }
    return found;
  }

  /** A list entry opening with a status label: "- **Feito:** alerta criado". */
  static Optional<Stated> stated(String markdown, Location at) {
    return stated(List.of(new SourceLine(markdown, at)));
  }

  private static Optional<Stated> stated(List<SourceLine> lines) {
    StringBuilder joined = new StringBuilder();
    for (SourceLine line : lines) {
      joined.append(joined.length() == 0 ? "" : " ").append(line.markdown().strip());
    }
    if (joined.length() > 2000) {
      return Optional.empty();
    }
    Optional<ActionStatus> status;
    String rest;
    Matcher m = LABELLED.matcher(joined);
    Matcher noted = LABELLED_WITH_NOTE.matcher(joined);
    if (m.matches() && m.group(2) == null) {
      status = state(m.group(1).strip());
      rest = m.group(3);
    } else if (noted.matches()) {
      status = state(label(noted));
      rest = noted.group(4);
    } else if (bracketed(joined).isPresent()) {
      status = bracketed(joined);
      rest = BRACKETED.matcher(joined).replaceFirst("$2");
    } else {
      return Optional.empty();
    }
    String text = MARKUP.matcher(rest).replaceAll("").strip();
    if (status.isEmpty() || text.length() < 3) {
      return Optional.empty();
    }
    return Optional.of(new Stated(text, status.get(), lines.get(0).at()));
  }

  /** The status a line's opening label gives, if it opens with one. */
  private static Optional<ActionStatus> status(String markdown) {
    Matcher m = LABELLED.matcher(markdown.strip());
    if (m.matches() && m.group(2) == null) {
      return state(m.group(1).strip());
    }
    Matcher noted = LABELLED_WITH_NOTE.matcher(markdown.strip());
    return noted.matches() ? state(label(noted)) : bracketed(markdown);
  }

  /** The status a bracketed label opening the text gives, any word of any tracker's. */
  private static Optional<ActionStatus> bracketed(CharSequence markdown) {
    Matcher m = BRACKETED.matcher(markdown);
    return m.matches()
        ? StatusNormalizer.read(m.group(1), Map.of()).map(StatusNormalizer.Reading::status)
        : Optional.empty();
  }

  /** The label of a {@link #LABELLED_WITH_NOTE} match, bold or in capitals. */
  private static String label(Matcher noted) {
    return (noted.group(1) != null ? noted.group(1) : noted.group(2)).strip();
  }

  private static Optional<ActionStatus> state(String label) {
    if (DONE_STATE.matcher(label).matches()) {
      return Optional.of(ActionStatus.DONE);
    }
    if (IN_PROGRESS_STATE.matcher(label).matches()) {
      return Optional.of(ActionStatus.IN_PROGRESS);
    }
    if (OPEN_STATE.matcher(label).matches() || PLANNED_STATE.matcher(label).matches()) {
      return Optional.of(ActionStatus.OPEN);
    }
    return Optional.empty();
  }

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
