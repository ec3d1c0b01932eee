package dev.pm.read;

import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A window of two times of day in a French, German or Spanish sentence about the incident: "entre
 * 17h15 et 17h30", "de 17h15 à 17h30", "zwischen 14:00 und 15:30 Uhr", "von 14:00 bis 15:30",
 * "entre las 14:00 y las 15:30". {@link ProseTimes} reads the English ones ("from ... to", "between
 * ... and").
 *
 * <p>Rationale: the sentence must say in its own language that something failed (indisponible,
 * nicht erreichbar, no disponible), as the English reader asks of {@link ProseText#ABOUT_INCIDENT}:
 * "la maintenance a eu lieu de 02:00 à 04:00" or "das Team arbeitete von 09:00 bis 18:00" is a
 * window of something else, and a start read wrongly is worse than none.
 */
final class ForeignRanges {

  /** A time of day as these languages write it: "17:15", "17.15", "17h15", "9 h 05". */
  private static final String TIME = "(\\d{1,2})\\s*(?:[:.]|h\\s*)([0-5]\\d)(?![\\d:])";

  private static final Pattern RANGE =
      Pattern.compile(
          "(?iu)(?<!\\p{L})(?:entre(?:\\s+(?:las|la))?|de|du|zwischen|von|desde(?:\\s+(?:las|la))?)\\s+"
              + TIME
              + "(?:\\s*(?:uhr|h))?\\s+(?:et|à|au|und|bis|y(?:\\s+(?:las|la))?|a(?:\\s+(?:las|la))?|hasta(?:\\s+(?:las|la))?)\\s+"
              + TIME);

  /** Words that say the service failed, in French, German and Spanish. */
  private static final Pattern FAILED =
      Pattern.compile(
          "(?iu)(?<!\\p{L})(?:indisponibles?|panne|coupure|interruption|incident|erreurs?|[ée]chou[ée]\\w*|inaccessibles?|d[ée]grad[ée]\\w*"
              + "|nicht\\s+(?:erreichbar|verfügbar|nutzbar|möglich)|ausgefallen|ausfall|störung|fehler\\w*|fehlgeschlagen|unterbrochen|unterbrechung"
              + "|no\\s+(?:\\p{L}+\\s+)?disponibles?|ca[íi]d[oa]|interrupci[óo]n|incidente|errores|fall[óo]|fallos?|inaccesibles?)(?!\\p{L})");

  private ForeignRanges() {}

  /** The window's two times and where it stands in the sentence. */
  record Window(LocalTime start, LocalTime end, int at) {}

  /** The first window in {@code sentence}, if the sentence says something failed. */
  static Optional<Window> find(String sentence) {
    Matcher m = RANGE.matcher(sentence);
    if (!m.find() || !FAILED.matcher(sentence).find()) {
      return Optional.empty();
    }
    Optional<LocalTime> start = clock(m.group(1), m.group(2));
    Optional<LocalTime> end = clock(m.group(3), m.group(4));
    if (start.isEmpty() || end.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Window(start.get(), end.get(), m.start()));
  }

  private static Optional<LocalTime> clock(String hour, String minute) {
    int h = Integer.parseInt(hour);
    return h > 23 ? Optional.empty() : Optional.of(LocalTime.of(h, Integer.parseInt(minute)));
  }
}
