package dev.pm.read;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of MTTD, MTTA and MTTR a label names, read by the words it is made of rather than from a
 * list of spellings: "Detection delay", "Acknowledgement time", "Time to resolution", "Time from
 * alert to fix", "First-failure-to-first-human-signal", "Erkennungszeit", "Zeit bis zur Behebung",
 * "Délai de détection", "Temps de résolution".
 *
 * <p>A label names a figure when it names a stage of the response (detection, acknowledgement,
 * resolution) together with an amount of time ("time", "delay", "elapsed", "Zeit", "délai"), or
 * joins two stages with "to" (from the later stage's start to its end). Its value is that figure
 * only when the value begins with it ("38 minutes", "~3 days from first failure to fix"): a label
 * such as "Detection time: 14:05" or "Resolution time: 16:40 UTC" states a moment, not a span, and
 * gives nothing. "Response time" is left out on purpose: in a post-mortem it is as often the
 * latency of the service as the team's reaction.
 */
final class FigureLabels {

  /**
   * Words for the incident's length in other languages, as a label: "Dauer", "Durée", "지속", "持续时间",
   * "所要時間". Shared by the labels in the body ({@link MetadataExtractor}) and the figure they name
   * ({@link IncidentFigures}).
   */
  static final String DURATION_WORDS =
      "dauer|ausfallzeit|durée|duree|duración|duracion|duração|duracao|durata|varighet|varaktighet|duur"
          + "|длительность|продолжительность|지속(?:\\s*시간)?|소요\\s*시간|장애\\s*시간|持续时间|持續時間|时长|時長"
          + "|継続時間|所要時間|停止時間|影響時間|障害時間|停止期間|影響期間|障害期間|ダウンタイム"
          + "|ausfalldauer|störungsdauer|stoerungsdauer|gesamtdauer|unterbrechungsdauer";

  /** Detection: the moment the incident became known. */
  private static final String DETECT =
      "detect\\w*|d[ée]tect\\w*|notic\\w*|discover\\w*|alert\\w*|signal\\w*|paged?|erkenn\\w*|entdeck\\w*"
          + "|bemerk\\w*|oppdag\\w*|upptäck\\w*|ontdek\\w*|detecci\\w*|detec[çc]\\w*|dete[çc]\\w*|обнаруж\\w*";

  /** Acknowledgement: someone took it on. */
  private static final String ACK = "acknowledg\\w*|ack|quittier\\w*|engag\\w*";

  /** Resolution: the incident was fixed, mitigated or recovered from. */
  private static final String RESOLVE =
      "resol\\w*|r[ée]sol\\w*|repair\\w*|r[ée]par\\w*|recover\\w*|recuper\\w*|restor\\w*|r[ée]tabli\\w*|mitigat\\w*"
          + "|fix\\w*|behebung|beheb\\w*|wiederherstell\\w*|gjenoppretting|åtgärd\\w*|herstel\\w*|восстановлени\\w*|устранени\\w*";

  /** Where the incident itself began: the first stage of "failure-to-signal". */
  private static final String ONSET =
      "failure|fault|onset|start|impact|incident|outage|ausfall|störung|fehler|panne";

  /** Words that make the label an amount of time. */
  private static final Pattern AMOUNT =
      Pattern.compile(
          "(?iu)(?<!\\p{L})(?:time|delay|lag|elapsed|duration|zeit|dauer|délai|delai|temps|durée|tiempo|demora|tempo|время|tid|tijd)(?!\\p{L})");

  private static final Pattern STAGE =
      Pattern.compile(
          "(?<![\\p{L}])(?:("
              + DETECT
              + ")|("
              + ACK
              + ")|("
              + RESOLVE
              + ")|("
              + ONSET
              + "))(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

  /** Two stages joined: "alert to fix", "failure-to-first-human-signal", "bis zur Behebung". */
  private static final Pattern JOINED = Pattern.compile("(?iu)[\\s-](?:to|bis|à|a|до|till)[\\s-]");

  /** German compounds name the stage first: "Erkennungszeit", "Behebungsdauer". */
  private static final Pattern COMPOUND =
      Pattern.compile(
          "(?iu)^(?:(erkennung|entdeckung|detektion)|(quittierung)|(behebung|wiederherstellung|lösung|reaktion))s?(?:zeit|dauer)$");

  /** What may stand before the figure in a value that is the figure: "~", "about", "<". */
  private static final Pattern LEAD =
      Pattern.compile(
          "(?iu)^[\\s~≈<>*_(]*(?:(?:about|approx\\.?|approximately|around|roughly|nearly|almost|under|over|less than|more than"
              + "|at least|ca\\.?|etwa|ungefähr|rund|environ|aproximadamente|около|примерно)[\\s~]*)*$");

  /** A bare "Detection" label whose value says how long after the fault it came. */
  private static final Pattern AFTER_ONSET =
      Pattern.compile(
          "(?i)^\\s*(?:after|of)\\s+(?:the\\s+)?(?:initial\\s+|first\\s+)?(?:" + ONSET + ")\\b");

  private static final Pattern WITHIN = Pattern.compile("(?i)\\bwithin\\s*~?\\s*$");

  /** "(UTC)", "(approx.)": an aside in a label, no part of what it names. */
  private static final Pattern ASIDE = Pattern.compile("\\(.*?\\)");

  private FigureLabels() {}

  /**
   * The figure ({@code mttd}, {@code mtta}, {@code mttr}) a label names, or empty; {@code label} is
   * lower case, as written.
   */
  static Optional<String> kindOf(String label) {
    String l = label.indexOf('(') < 0 ? label : ASIDE.matcher(label).replaceAll(" ").strip();
    Matcher compound = COMPOUND.matcher(l);
    if (compound.matches()) {
      return Optional.of(
          compound.group(1) != null ? "mttd" : compound.group(2) != null ? "mtta" : "mttr");
    }
    String first = null;
    String last = null;
    Matcher m = STAGE.matcher(l);
    while (m.find()) {
      String kind = stage(m);
      if (kind != null) {
        first = first == null ? kind : first;
        last = kind;
      }
    }
    if (last == null || last.equals("onset")) {
      return Optional.empty();
    }
    if (JOINED.matcher(l).find() && first != null && !first.equals(last)) {
      // From one stage to the next: "failure to signal" is detection, "alert to fix" resolution.
      return Optional.of(last);
    }
    if (!AMOUNT.matcher(l).find()) {
      return Optional.empty();
    }
    return Optional.of(last);
  }

  /** The figure a value states for such a label: it must begin with it. */
  static Optional<Duration> value(String value) {
    return Durations.find(value, 0)
        .filter(f -> LEAD.matcher(value.substring(0, f.start())).matches())
        .map(Durations.Found::duration);
  }

  /** Compiled once: every label of every file is asked whether it is a bare detection label. */
  private static final Pattern BARE_DETECTION =
      Pattern.compile("(?i)detection|detected|how (?:it was )?detected");

  /**
   * For a bare "Detection" label: a value that says how long after the fault detection came ("alert
   * in #ops (4 min after the fault)", "within 2 minutes").
   */
  static Optional<Duration> detectionValue(String label, String value) {
    if (!BARE_DETECTION.matcher(label.strip()).matches()) {
      return Optional.empty();
    }
    return Durations.find(value, 0)
        .filter(
            f ->
                AFTER_ONSET.matcher(value.substring(f.end())).find()
                    || WITHIN.matcher(value.substring(0, f.start())).find())
        .map(Durations.Found::duration);
  }

  private static String stage(Matcher m) {
    if (m.group(1) != null) {
      return "mttd";
    }
    if (m.group(2) != null) {
      return "mtta";
    }
    if (m.group(3) != null) {
      return "mttr";
    }
    return m.group(4) != null ? "onset" : null;
  }
}
