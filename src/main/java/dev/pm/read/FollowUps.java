package dev.pm.read;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a heading or label names follow-up work, by what its words mean rather than by a list of
 * titles: "Preventive Actions", "Action Points", "Next Steps", "Details of Fix", "Root Cause
 * Remediations", "What we're doing about it", "Going forward", "Actions following review" all do;
 * "Timeline", "Resolution", "Lessons learned", "What you can do" do not.
 *
 * <p>Rationale: real post-mortems name the section in endless ways; a fixed list passes on the
 * documents it was made from and fails on the next organisation. Head words of the follow-up
 * concept (action, follow-up, remediation, prevention, next step, to-do, improvement, fix, future)
 * carry over to spellings nobody here has seen.
 */
public final class FollowUps {

  /**
   * What was done to end this incident rather than to prevent the next one: resolving or recovery
   * steps, actions taken to restore service, checking that the fix worked ("Fix verification", "How
   * we verified the fix").
   */
  private static final String DURING =
      "\\bresolving\\b|\\bresolution (?:actions?|steps)\\b|\\bsteps taken\\b|\\btaken to (?:restore|resolve|recover|mitigate|fix)\\b"
          + "|^(?:resolution|mitigation|recovery)$|\\bto restore service\\b|\\bverification\\b|\\bhow we verif"
          + "|\\bverif(?:y|ied|ying) (?:the |that the )?(?:fix|remediation|resolution|mitigation|recovery)\\b";

  /**
   * Addressed to people outside the team who will not track it: what node operators, validators,
   * users or customers should do, recommendations or a required action for them.
   */
  private static final String AUDIENCE =
      "(?:node |self-hosted |affected |existing )?(?:operators?|users?|customers?|clients?|validators?|admins?"
          + "|administrators?|integrators?|partners?|self-host(?:ers?|ed (?:instances?|installations?|users?)))";

  private static final String ADDRESSED =
      "\\b"
          + AUDIENCE
          + " (?:should|can|must|need|have to)\\b|\\b(?:recommendations?|advice|guidance|instructions?|actions?|steps|what to do)"
          + "(?: required)? (?:for|to) (?:all |any |our )?"
          + AUDIENCE
          + "\\b|\\baction required\\b";

  /**
   * Standing rules that commit to no piece of work: guidelines, best or general practices,
   * principles.
   */
  private static final String STANDING =
      "\\bguidelines?\\b|\\bbest practices?\\b|\\bpractices\\b|\\bprinciples?\\b|\\brules? of thumb\\b|\\btips\\b"
          + "|\\boperating (?:rules?|principles|norms)\\b|\\bstanding rules?\\b|^(?:rules|policy|policies|conventions)$";

  /**
   * Lasting fixes already made, named as such: "What was fixed permanently", "Fixes applied",
   * "Changes made". A follow-up list whose entries are done items, whatever tense each is in. Not
   * "Permanent fix" alone: templates put it under "Resolution" to describe the fix in prose.
   */
  private static final Pattern FIXES_MADE =
      Pattern.compile(
          "\\bwhat (?:was|were|we|has been|have been|got) (?:fixed|changed)\\b"
              + "|\\b(?:fix(?:es)?|changes?) (?:made|applied|implemented|shipped|deployed|landed)\\b"
              // asked or put passively: "How has this been addressed", "How we fixed it", "What
              // has been done", "What we have done since", "Remediation taken", "Actions taken
              // since"
              + "|\\bhow (?:has|have|was|were) (?:this|it|these|they|th(?:e|is|at) \\w+) (?:been )?(?:addressed|fixed|remediated|solved|corrected)\\b"
              + "|\\bhow (?:we|they|the team) (?:have |has )?(?:addressed|fixed|remediated|solved|corrected)\\b"
              + "|\\bwhat (?:has|have) been done\\b|\\bwhat we(?:'ve| have)? done since\\b|\\bwhat we(?:'ve| have) done\\b"
              + "|\\bremediations? (?:taken|done|completed|applied|implemented)\\b|\\bactions? taken (?:after|since)\\b"
              // the same asked in German, French, Spanish, Portuguese: "Was wir seitdem getan
              // haben", "Ce qui a été fait", "Lo que hemos hecho", "O que foi feito"
              + "|was (?:wir )?(?:seitdem |seither |bisher |inzwischen )?(?:getan|unternommen) (?:haben|wurde)"
              + "|was wurde (?:seitdem |bisher )?(?:getan|unternommen)|wie wir (?:es|das|den fehler) behoben haben"
              + "|ce qui a été (?:fait|corrigé|mis en place)|ce que nous avons fait|comment nous avons corrigé"
              + "|lo que (?:hemos hecho|hicimos|se ha hecho)|qué (?:hemos hecho|se ha hecho)|cómo lo (?:solucionamos|corregimos)"
              + "|o que (?:foi feito|fizemos|já fizemos)|como (?:corrigimos|resolvemos)"
              // the same in German, Portuguese, Spanish, French, Japanese: "Was wir geändert
              // haben",
              // "Umgesetzte Änderungen", "O que mudamos", "Cambios realizados", "Corrections
              // apportées"
              + "|was wir (?:geändert|behoben|verbessert) haben|was (?:geändert|behoben) wurde"
              + "|(?:umgesetzte|durchgeführte|vorgenommene) (?:änderungen|korrekturen|verbesserungen)"
              + "|o que (?:mudamos|corrigimos|alteramos|foi (?:corrigido|alterado|mudado))"
              + "|(?:mudanças|alterações|correções) (?:feitas|realizadas|aplicadas|implementadas)"
              + "|lo que (?:cambiamos|corregimos|se corrigió|se cambió)"
              + "|(?:cambios|correcciones|mejoras) (?:realizad|aplicad|implementad)[ao]s"
              + "|ce que nous avons (?:changé|corrigé|modifié)"
              + "|(?:changements|corrections|modifications) (?:effectué|apporté|appliqué|déployé)e?s"
              + "|実施済みの対策|実施した対策|対策済み|已完成的改进|已实施的改进"
              // a heading saying the measures were carried out: "Corrective Measures
              // Implemented", "Safeguards put in place", "是正（実施済み）", "Umgesetzte Maßnahmen",
              // "Medidas implementadas", "Mesures mises en place"
              + "|\\b(?:measures|corrections|remediations|improvements|safeguards|countermeasures)"
              + " (?:implemented|applied|carried out|completed|put in place|deployed|in place)\\b"
              + "|\\bimplemented (?:fixes|changes|measures|corrections|improvements)\\b"
              + "|実施済|対応済|実施した|完了した"
              + "|(?:umgesetzte|durchgeführte|implementierte|eingeführte) (?:maßnahmen|massnahmen|korrekturmaßnahmen)"
              + "|(?:medidas|acciones) (?:implementad|aplicad|realizad|adoptad)[ao]s"
              + "|mesures (?:mises en (?:place|œuvre)|appliquées|déployées)"
              // the heading's own note that it is done: "Maßnahmen (umgesetzt)", "Follow-ups
              // (completed)", "Acciones [realizadas]"
              + "|[(（\\[](?:all |bereits |ya )?(?:implemented|done|completed|carried out|umgesetzt|durchgeführt|erledigt"
              + "|abgeschlossen|implementad[ao]s|realizad[ao]s|aplicad[ao]s|mises? en place|réalisée?s?|完了)[)）\\]]");

  /**
   * "Mitigation" alone: how the incident was mitigated, told in prose, or the lasting fixes listed
   * by category ("1. Monitoring" over "- Added an alert"). Only its listed lasting fixes are items.
   */
  private static final String BARE_MITIGATION = "^mitigations?$";

  /**
   * "Actions taken", "Mitigation applied", "Measures taken": what was done, named without saying
   * whether it ended the incident or fixed the cause. Only its lasting fixes are items (see {@link
   * LastingChanges}); "Actions taken during the incident" is the response and is not read at all.
   */
  private static final String TAKEN =
      "^(?:actions?|measures|mitigations?) (?:we )?(?:taken|took|applied|performed)$|"
          + BARE_MITIGATION
          + "|^(?:ergriffene|getroffene) (?:maßnahmen|massnahmen)$|^(?:acciones|medidas) tomadas$"
          + "|^(?:ações|medidas) tomadas$|^mesures prises$|^実施(?:した|済みの)?(?:対応|措置)$";

  private static final Pattern TAKEN_LIST = Pattern.compile(TAKEN);

  private static final Pattern BARE_MITIGATION_HEADING = Pattern.compile(BARE_MITIGATION);

  /**
   * A heading over a list of what was done, which may hold lasting fixes and recovery steps alike:
   * "Results", "Outcome", "What we did", "Work done". Only its fixes are items.
   */
  private static final Pattern DONE_LIST =
      Pattern.compile(
          "^(?:results?|outcomes?|changes|what we did|what was done|work (?:done|completed)|completed (?:work|actions|items))$"
              + "|"
              + TAKEN
              + "|^(?:ergebnis(?:se)?|resultados?|résultats?|risultati|成果|结果|結果)$");

  /** Words that make a heading about follow-up work. */
  private static final Pattern FOLLOW_UP =
      Pattern.compile(
          "\\bactions?\\b(?! taken during)|\\baction (?:items?|points?|plan)\\b|\\bfollow[ -]?(?:ups?|on)\\b|\\bfollowups?\\b"
              + "|\\bremediat(?:ion|ions|e)\\b|\\bprevent(?:ive|ative|ion)\\b|\\bprevent(?:ing)? (?:recurrence|future|this|it)\\b|\\bcorrective\\b|\\bnext steps?\\b"
              + "|\\bto-?dos?\\b|\\bimprovements?\\b|\\bgoing forward\\b|\\bmoving forward\\b|\\bfuture work\\b"
              + "|\\bwhat we(?:'re| are| will| will be)? do(?:ing)?\\b|\\bdetails of (?:the )?fix\\b|^fix(?:es)?$|\\blong[- ]term fix"
              + "|\\bfollow-through\\b|\\bwork items?\\b|\\btasks?\\b|\\bresulting actions?\\b|\\bactionables?\\b"
              + "|\\bafter ?actions?\\b|\\bsafeguards?\\b|\\bhardening\\b|\\blearn .* improve\\b"
              + "|\\b(?:being|been|to be) done\\b|\\bdo(?:ing)? about\\b|\\blong[- ]term (?:solutions?|fix(?:es)?|plans?|work)\\b"
              + "|\\b(?:we are|we're) (?:now )?focus(?:ed|ing) on\\b|\\bfocus areas?\\b|\\brecommendations?\\b|\\bcountermeasures?\\b"
              + "|^(?:considering|to consider|under consideration|planned|proposed)$|\\bproactive\\b|\\b(?:preventive|preventative) measures\\b"
              + "|\\bfurther (?:mitigations?|measures|steps|work|improvements|fixes|hardening)\\b"
              + "|\\b(?:remaining|outstanding|open) (?:work|items|tasks|actions)\\b"
              // asked as a question: "What will we change to ensure this doesn't happen again?",
              // "How do we do better in the future?", "How will we prevent ...?"
              + "|\\bwhat (?:will|would|can|could|should|do) we (?:change|improve|fix)\\b"
              + "|\\b(?:ensure|make sure) (?:this|it|that) (?:doesn't|does not|won't|will not|never) happens? again\\b"
              + "|\\bhow (?:do|can|will|could) we do better\\b");

  /** Words that make it about something else, even with a follow-up word in it. */
  private static final Pattern OTHER =
      Pattern.compile(
          "\\btimeline\\b|\\bduring\\b|\\byou\\b|\\byour\\b|\\bcustomers? (?:should|can|need)|\\busers? (?:should|can|need)"
              + "|\\bimmediate (?:actions?|response|steps)\\b|\\bsteps taken\\b|\\bactions? taken\\b(?! (?:after|since|to prevent|to avoid))"
              + "|\\bwhat went\\b|\\bwent (?:well|wrong)\\b|\\blucky\\b|\\banalysis\\b|\\blessons?\\b(?!.*\\bactions?\\b)|\\broot causes?\\b(?!.*remediat)|\\bcall to action\\b|\\bincident response\\b|^response$|\\bimpact\\b"
              + "|\\bbecause$|\\bshould (?:\\w+ )?have been\\b"
              // the procedure being carried out when it broke, agreed before it: "The pre-agreed
              // maintenance actions:", "Maintenance steps": what was done, not follow-up work
              + "|\\bpre-?(?:agreed|planned|approved|arranged)\\b|\\bmaintenance (?:actions?|steps|plan|procedure)\\b|"
              + DURING
              + "|"
              + ADDRESSED
              + "|"
              + STANDING);

  /**
   * A sub-section or label inside a follow-up section that holds no follow-up work: what went well,
   * lessons, the timeline, advice to readers, steps taken during the incident, its impact,
   * findings. Narrower than {@link #OTHER}: "Immediate actions (completed)" under "Remediation"
   * holds items.
   */
  private static final Pattern ASIDE =
      Pattern.compile(
          "\\bwhat went\\b|\\bwent (?:well|wrong)\\b|\\blucky\\b|\\blessons?\\b(?!.*\\bactions?\\b)|\\btimeline\\b|\\byou\\b|\\byour\\b"
              + "|\\bduring\\b|\\brecover(?:y|ed)\\b|\\bimpact\\b|\\bfindings?\\b|\\bobservations?\\b|\\bbackground\\b|\\bcontext\\b"
              + "|\\bsymptoms?\\b|\\bquestions?\\b|\\bprinciples?\\b|\\brules? of thumb\\b|\\btakeaways?\\b|\\binsights?\\b"
              + "|\\banalysis\\b|\\broot causes?\\b(?!.*(?:remediat|fix|action))|\\bincident response\\b|^response$|\\bcall to action\\b"
              + "|\\b(?:customers?|users?) (?:should|can|need)\\b"
              + "|\\bresolving\\b|\\bresolution steps\\b|\\bsteps taken\\b|\\bverification\\b"
              + "|\\bwhat we (?:observed|saw|found|learned|learnt)\\b|\\bobserv(?:ed|ing)\\b|\\bbecause$"
              // measures considered and turned down: "Measures we will NOT adopt", "Decided
              // against"
              + "|\\b(?:will not|won't|do not|don't|not to) (?:adopt|pursue|implement|do|take)\\b|\\bdecided against\\b"
              + "|\\b(?:rejected|discarded|not adopted|not pursued|ruled out)\\b"
              // "Identified Problems", "Gaps", "Weaknesses": problems stated, not work to do
              + "|^(?:identified |known |key |main |remaining )?(?:problems|gaps|weaknesses|shortcomings|pain points)"
              + "(?: identified| found)?$|"
              + DURING
              + "|"
              + ADDRESSED
              + "|"
              + STANDING);

  /**
   * The same concept in the languages post-mortems are often written in: measures, follow-up,
   * corrective and preventive actions, next steps, improvements, tasks (Norwegian, Danish, Swedish,
   * Russian, German, French, Spanish, Portuguese, Italian, Dutch, Korean, Japanese, Chinese). Stems
   * match inside compounds ("Folgemaßnahmen", "재발방지 대책").
   */
  private static final Pattern FOLLOW_UP_ELSEWHERE =
      Pattern.compile(
          "tiltak|oppfølging|opfølgning|uppföljning|åtgärd|handlingspunkt|aksjonspunkt|forbedring|förbättring"
              + "|neste steg|næste skridt|nästa steg|videre arbeid|maßnahmen|massnahmen|nächste schritte"
              + "|verbesserung|aufgaben|offene punkte|correcti|préventi|plan d'action|prochaines étapes|\\bsuivi\\b"
              + "|amélioration|tâches|\\bmesures\\b|acciones|ações|acoes|azioni|\\bmedidas\\b|seguimiento"
              + "|próximos pasos|proximos pasos|próximos passos|mejoras|melhorias|miglioramenti|tareas|tarefas"
              + "|plan de acción|plano de ação|acompanhamento|prossimi passi|correttiv|actiepunten|\\bacties\\b"
              + "|vervolgstappen|verbeterpunten|maatregelen|opvolging|encaminhamentos|조치|개선|재발 ?방지|향후 계획|액션 아이템|후속"
              + "|対策|是正|再発防止|今後の対応|アクションアイテム|改善|改进|措施|后续|行动项|待办|整改|改進|後續"
              // prevention in its own word: Chinese, Japanese, Korean, Germanic and Romance stems
              + "|预防|預防|防范|防範|予防|예방|forebygg|förebygg|vorbeug|prävention|preventie|prevenci|prevenç|prevenzione"
              // Russian (and close Slavic spellings): measures, actions, tasks, improvements,
              // prevention,
              // next steps, action plan
              + "|(?<!\\p{L})меры|мероприяти|действия|задачи|улучшени|предотвращ|профилакти|дальнейшие шаги|следующие шаги"
              + "|план действий|доработк"
              // what we will do, how it goes on, what is still to do: "O que vamos fazer", "Wie
              // geht es weiter", "Pendientes", "今後の課題", "下一步计划", "다음 단계"
              + "|o que (?:vamos fazer|faremos|será feito)|lo que (?:haremos|vamos a hacer)|qué (?:haremos|vamos a hacer)"
              + "|was wir (?:tun|ändern|unternehmen|verbessern)|wie geht es weiter|weiteres vorgehen|weitere schritte|ausblick"
              + "|ce que nous (?:allons faire|ferons|changeons)|étapes suivantes|prochaines actions|cosa faremo"
              + "|próximas etapas|proximas etapas|siguientes pasos|pasos siguientes|pendientes|pendências|pendencias"
              + "|\\ba fazer\\b|zu erledigen|今後|下一步|跟进|跟進|行动|行動|优化|優化|다음 단계|향후|할 일");

  /**
   * Other languages' words for what is not follow-up work: during the incident, immediate or
   * temporary steps, the timeline, lessons.
   */
  private static final Pattern OTHER_ELSEWHERE =
      Pattern.compile(
          "under hendelsen|under hændelsen|under incidenten|während|durante|pendant|sofort|immédiat|inmediat"
              + "|긴급|임시|대응 과정|暫定|応急|临时|tidslinje|tidslinjen|zeitlinie|zeitablauf|chronologie|cronolog"
              + "|tijdlijn|타임라인|経緯|时间线|lærdom|lärdom|erkenntnis|leçons|lecciones|lições|lezioni|교훈|教訓|教训"
              + "|во время|немедленн|временн|хронолог|уроки|выводы|期间|过程中|应急"
              // actions taken (then): "Ações tomadas", "Medidas adoptadas", "Mesures prises"
              + "|(?:ações|acoes|acciones|medidas) (?:tomadas|adoptadas|adotadas)|mesures prises|actions menées"
              + "|ergriffene|durchgeführte sofortmaßnahmen");

  private static final Pattern DECORATION =
      Pattern.compile("^[\\s\\d.)#:*_~`|\\-\\[\\]\\p{So}\\p{Sk}\\p{Cn}]+|[\\s:*_.`]+$");

  // Compiled once, not per call: these run on every word or item of every file.
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private FollowUps() {}

  /**
   * Answers of {@link #names} already worked out: headings and labels repeat from file to file (a
   * repository's template), and the four patterns were a seventh of a cold 1,000-file lint.
   */
  private static final dev.pm.text.BoundedMemo<String, Boolean> NAMED =
      new dev.pm.text.BoundedMemo<>(4096, FollowUps::namesUncached);

  /** True when {@code text} (a heading, a bold label, a column header) names follow-up work. */
  public static boolean names(String text) {
    if (text.length() > 200) {
      return false; // a heading that long is a sentence, and the patterns need not scan it
    }
    return NAMED.get(text);
  }

  /**
   * Follow-up words that, next to "lessons" in one heading, make it a follow-up section as well:
   * "Moving forward: lessons learned and future safeguards", "Lessons and next steps".
   */
  private static final Pattern ALONGSIDE_LESSONS =
      Pattern.compile(
          "\\b(?:safeguards?|next steps?|improvements?|follow[- ]?ups?|remediations?|prevention|preventive"
              + "|going forward|moving forward|actions?)\\b");

  private static final Pattern LESSONS = Pattern.compile("\\blessons?(?: (?:learned|learnt))?\\b");

  private static boolean namesUncached(String text) {
    String t = normalize(text);
    if (t.isEmpty() || t.length() > 80) {
      return false;
    }
    if (ALONGSIDE_LESSONS.matcher(t).find()) {
      t = LESSONS.matcher(t).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }
    return (FOLLOW_UP.matcher(t).find()
            || FOLLOW_UP_ELSEWHERE.matcher(t).find()
            || FIXES_MADE.matcher(t).find()
            || ComingWork.names(t))
        && !OTHER.matcher(t).find()
        && !OTHER_ELSEWHERE.matcher(t).find();
  }

  /**
   * The words that make a follow-up heading also about ending the incident: "Resolving actions".
   */
  private static final Pattern RESOLVING =
      Pattern.compile("\\bresolving\\b|\\bresolution\\b(?= actions?\\b)");

  /**
   * True when a heading names both ends: work ("actions") and resolving this incident ("Resolving
   * actions"). Its entries are told apart one by one: what was done then, in the past tense, is not
   * an item; what is still to do ("deploy the new contract", "an upgrade will be proposed") is.
   */
  static boolean namesResolvingWork(String text) {
    if (text.length() > 200) {
      return false;
    }
    Matcher m = RESOLVING.matcher(normalize(text));
    return m.find() && names(m.replaceAll(" "));
  }

  /** True when a heading lists what was done, fixes and recovery alike ("Results"). */
  static boolean namesDoneList(String text) {
    return text.length() <= 200 && DONE_LIST.matcher(normalize(text)).find();
  }

  /**
   * True when a heading lists what was done without saying to what end ("Actions taken"): only the
   * lasting fixes in it are items.
   */
  static boolean namesStepsTaken(String text) {
    return text.length() <= 200 && TAKEN_LIST.matcher(normalize(text)).find();
  }

  /** True when a heading is "Mitigation" alone: its prose tells the story, its list the fixes. */
  static boolean namesBareMitigation(String text) {
    return text.length() <= 200 && BARE_MITIGATION_HEADING.matcher(normalize(text)).find();
  }

  /** True when a follow-up heading lists lasting fixes already made ("What was fixed"). */
  static boolean namesFixesMade(String text) {
    return text.length() <= 200 && FIXES_MADE.matcher(normalize(text)).find();
  }

  /**
   * True when {@code text} names something other than follow-up work: a timeline, lessons, advice.
   */
  static boolean namesOther(String text) {
    return text.length() <= 200 && OTHER.matcher(normalize(text)).find();
  }

  /** Sections whose sentences commit to nothing: lessons, what went well, advice to readers. */
  private static final Pattern REFLECTION =
      Pattern.compile(
          "\\bwhat went\\b|\\bwent (?:well|wrong)\\b|\\blucky\\b|\\blessons?\\b(?!.*\\bactions?\\b)|\\byou\\b|\\byour\\b"
              + "|\\bprinciples?\\b|\\brules? of thumb\\b|\\btakeaways?\\b|\\binsights?\\b|\\btimeline\\b"
              + "|\\bcontributing\\b|\\broot causes?\\b|\\bcauses?\\b|\\banalysis\\b|\\bwhat happened\\b|\\bbackground\\b|\\binvestigation\\b");

  /**
   * True when a section's prose commits to nothing: lessons, what went well, advice to readers, and
   * the analysis (root cause, contributing factors), where "we'll look into whether ..." is a
   * remark.
   */
  static boolean namesReflection(String text) {
    return text.length() <= 200 && REFLECTS.get(text);
  }

  /** Remembered: asked of the same heading for every paragraph under it, in every file. */
  private static final dev.pm.text.BoundedMemo<String, Boolean> REFLECTS =
      new dev.pm.text.BoundedMemo<>(4096, text -> REFLECTION.matcher(normalize(text)).find());

  /**
   * True when a sub-heading or label inside a follow-up section introduces something other than
   * work.
   */
  static boolean namesAside(String text) {
    return text.length() <= 200 && ASIDES.get(text);
  }

  /** Remembered, as {@link #REFLECTS}. */
  private static final dev.pm.text.BoundedMemo<String, Boolean> ASIDES =
      new dev.pm.text.BoundedMemo<>(4096, text -> ASIDE.matcher(normalize(text)).find());

  /**
   * Lower case, numbering, emoji, emphasis and a trailing colon removed. Remembered for headings
   * and labels (200 characters or less): each is asked about by several of the methods above, in
   * every file.
   */
  static String normalize(String text) {
    return text.length() <= 200 ? NORMALIZED.get(text) : normalizeUncached(text);
  }

  private static final dev.pm.text.BoundedMemo<String, String> NORMALIZED =
      new dev.pm.text.BoundedMemo<>(4096, FollowUps::normalizeUncached);

  private static String normalizeUncached(String text) {
    String t = text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('–', '-').replace('—', '-');
    t = DECORATION.matcher(t.strip()).replaceAll("");
    return SPACES.matcher(t).replaceAll(" ").strip();
  }
}
