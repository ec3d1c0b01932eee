package dev.pm.read;

import dev.pm.model.TimelineEntry;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * MTTD, MTTA and MTTR computed from the timeline, for a document that states none of them: the
 * first entry that records detection, acknowledgement and resolution, measured from the incident's
 * start.
 *
 * <ul>
 *   <li>MTTD: start to detection (the start is the stated start, else an outage-start marker, else
 *       the entry that names the onset of impact);
 *   <li>MTTA: detection to acknowledgement;
 *   <li>MTTR: start to the entry that records resolution (without one, {@link IncidentFigures}
 *       takes the stated end as the resolution).
 * </ul>
 *
 * Nothing is computed without a start: a stated one, else the entry that says when impact began
 * ({@link ImpactOnset}). A figure is computed only when both its entries exist and are in order: a
 * timeline that does not say when the incident was detected gives no MTTD, rather than a guess.
 */
final class TimelineFigures {

  static final Pattern DETECTED =
      Pattern.compile(
          "(?i)\\b(?:detected|detects|noticed|notices|spotted|discovered|alert(?:s|ed)?\\s+(?:fired|fires|triggered|triggers|went off)"
              + "|(?:was|were|is|gets|got)\\s+paged|pages\\s+(?:the\\s+)?on-?call|first\\s+(?:customer\\s+)?report|reports?\\s+(?:the\\s+)?(?:issue|problem|outage)"
              + "|monitoring\\s+(?:alerts|fires|detects)|pager\\s+(?:fires|fired|goes off|went off))\\b"
              // German and French: "Alarm ausgelöst", "Fehler erkannt"; "alerte déclenchée",
              // "détecté"
              + "|(?iuU)\\b(?:erkannt|bemerkt|festgestellt|entdeckt|alarm(?:e|s|ierung|iert)?|gemeldet|meldet"
              + "|détecté\\w*|détection|alert[eé]\\w*|signalé\\w*|constaté\\w*|remonté\\w*)\\b");
  private static final Pattern ACKNOWLEDGED =
      Pattern.compile(
          "(?i)\\b(?:acknowledged|acknowledges|ack(?:ed|s)?\\b|on-?call\\s+(?:responds|responded|joins|joined|engaged|engages|starts investigating|begins investigating)"
              + "|incident\\s+(?:declared|opened)|declares?\\s+(?:an?\\s+)?incident|(?:starts?|started|begins?|began)\\s+investigating)"
              // German: the alert acknowledged ("den Alarm bestätigt", not "Ursache bestätigt"),
              // taken over, analysis begun; French: "pris en compte", "acquitté", "prise en charge"
              + "|(?iuU)\\b(?:(?:alarm|alert|page|meldung)\\w*\\b[^.;]{0,20}\\bbestätigt|bestätigt\\s+(?:den|die|das)\\s+(?:alarm|alert|page|meldung)"
              + "|(?:bereitschaft|on-?call|team)\\b[^.;]{0,30}\\b(?:übernimmt|übernommen)|(?:beginnt|begann|startet|startete)\\s+(?:mit\\s+der\\s+)?(?:analyse|untersuchung|fehlersuche)"
              + "|(?:incident|störung)\\s+(?:eröffnet|ausgerufen|erklärt)"
              + "|pris\\w*\\s+en\\s+(?:compte|charge)|acquitté\\w*"
              + "|(?:début|commence|démarre)\\w*\\s+(?:de\\s+l['’]\\s?)?(?:analyse|investigation|enquête)"
              + "|incident\\s+(?:déclaré|ouvert))");
  static final Pattern RESOLVED =
      Pattern.compile(
          "(?i)\\b(?:resolved|mitigated|restored|recovered|back to normal(?!\\s+work)|fully operational|all[- ]clear|error rates?\\s+(?:back|returns?)"
              // "Search is back", "Logins are back up": a service back, not a person back from
              // lunch
              + "|(?:is|are)\\s+back(?:\\s+(?:up|online))?(?!\\s+(?:from|at|in|on|to)\\b)"
              + "|(?:outage|incident|impact)\\s+(?:ends|ended|is over)|end of (?:the\\s+)?(?:outage|impact|incident))\\b"
              // German: "behoben", "wiederhergestellt", "läuft wieder"; French: "résolu", "rétabli"
              + "|(?iuU)\\b(?:behoben|wiederhergestellt|gelöst|läuft\\s+wieder|wieder\\s+(?:verfügbar|erreichbar)|ende\\s+der\\s+störung|störung\\s+beendet"
              + "|résolu\\w*|rétabli\\w*|restauré\\w*|retour\\s+à\\s+la\\s+normale|corrigé\\w*|de\\s+nouveau\\s+disponible"
              + "|fin\\s+de\\s+(?:l['’]\\s?incident|l['’]\\s?impact|la\\s+panne|la\\s+perturbation))\\b");

  private TimelineFigures() {}

  static Map<String, Duration> compute(List<TimelineEntry> timeline, Optional<IncidentSpan> span) {
    Map<String, Duration> out = new LinkedHashMap<>();
    // A start that is when the incident was noticed, or a date without a time, is no start to
    // measure detection from.
    LocalDateTime start =
        span.filter(IncidentSpan::measuresIncident).map(IncidentSpan::start).orElse(null);
    LocalDateTime detected = first(timeline, DETECTED, null);
    if (start == null) {
      // A timeline that says when impact began before anyone noticed ("customers started seeing
      // errors") states the start in its own words.
      start = ImpactOnset.before(timeline, detected).orElse(null);
    }
    if (start == null) {
      // Without a stated start, "detected" and "recovered" entries are too loose to measure from:
      // "Root cause detected", "187 GB of space recovered" are steps, not the incident's
      // milestones.
      return out;
    }
    LocalDateTime acknowledged = detected == null ? null : first(timeline, ACKNOWLEDGED, detected);
    LocalDateTime resolved = TimelineSpan.resolvedAt(timeline, detected != null ? detected : start);
    // Measured from the start only: an entry before it is the story before the incident.
    detected = detected != null && detected.isBefore(start) ? null : detected;
    put(out, "mttd", start, detected);
    put(out, "mtta", detected, acknowledged);
    put(out, "mttr", start, resolved);
    return out;
  }

  /** The time of the first entry whose text says so, not before {@code notBefore}. */
  static LocalDateTime first(List<TimelineEntry> timeline, Pattern says, LocalDateTime notBefore) {
    for (TimelineEntry entry : timeline) {
      if (entry.time().isPresent()
          && says.matcher(entry.timeText() + " " + entry.event()).find()
          && (notBefore == null || !entry.time().get().isBefore(notBefore))) {
        return entry.time().get();
      }
    }
    return null;
  }

  private static void put(
      Map<String, Duration> out, String figure, LocalDateTime from, LocalDateTime to) {
    if (from != null && to != null && !to.isBefore(from)) {
      out.put(figure, Duration.between(from, to));
    }
  }
}
