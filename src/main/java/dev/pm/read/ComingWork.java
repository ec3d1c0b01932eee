package dev.pm.read;

import java.util.regex.Pattern;

/**
 * A heading that says what comes after the incident rather than what it was: "What happens now",
 * "What's next", "Next up", "Where we go from here", "Our commitments", "What we are changing",
 * "Wie es jetzt weitergeht", "Et maintenant", "Lo que viene", "これから". Read by its shape, a question
 * or phrase about the time ahead (now, next, from here) or a change in the present or future tense,
 * so that spellings nobody listed still match; "What happened next" and "What we changed" tell the
 * story or the fixes made, and are not this.
 */
final class ComingWork {

  /**
   * A question or phrase about the time ahead: "What happens now", "What's next", "Where we go from
   * here", "What comes next", "And now?". Not in the past ("What happened next", "Where it went
   * from there") nor the state at the moment ("Where are we now", "What is happening now").
   */
  private static final Pattern AHEAD =
      Pattern.compile(
          "^(?:and |so )?(?:what|where|how)\\b(?!.*\\b(?:happened|happening|going on|went|did|was|were|came|had|are we|stands?|we stand)\\b)"
              + "[^?]{0,30}?\\b(?:next|now|from here|from now on|ahead)\\W*$"
              + "|^(?:next up|up next|and now|coming up)\\W*$"
              // looking or going the way ahead: "Looking forward", "Looking ahead", "The road
              // ahead", "The way forward", "Planning ahead" (not "Looking back")
              + "|^(?:looking|planning|thinking) (?:ahead|forward)\\b|^(?:the )?(?:road|way|path) (?:ahead|forward)\\b"
              // the future itself: "Looking to the future", "For the future", "Into the future"
              + "|^(?:looking |planning )?(?:to(?:wards?)?|for|in|into) the future\\W*$");

  /**
   * Work promised or a change being made, said by the writers: "Our commitments", "What we are
   * changing", "What we will change", "Changes we are making", "Changes we will make".
   */
  private static final Pattern PROMISED =
      Pattern.compile(
          "^(?:our |key )?commitments?\\b"
              + "|\\bwhat we(?:'re| are| will| will be|'ll|'ll be| plan to| intend to| are going to) (?:chang|improv|fix|add|build)\\w*"
              + "|\\b(?:changes|improvements|fixes) we(?:'re| are| will| will be|'ll| plan to| are going to) (?:making|make|shipping|ship)\\b");

  /** The same in German, French, Spanish, Portuguese and Japanese. */
  private static final Pattern ELSEWHERE =
      Pattern.compile(
          "wie es (?:jetzt |nun |ab jetzt )?weitergeht|was (?:jetzt|nun|als nächstes) (?:kommt|passiert|geschieht)"
              + "|unsere (?:zusagen|verpflichtungen)|was wir (?:jetzt |nun )?ändern"
              + "|^et (?:maintenant|ensuite|après)\\W*$|^(?:la )?suite\\W*$|nos engagements|ce qui (?:va changer|change)"
              + "|^(?:y )?(?:ahora qué|qué sigue|qué viene)\\W*$|^lo que viene|nuestros compromisos|de aquí en adelante"
              + "|lo que (?:estamos cambiando|vamos a cambiar)|^e agora\\W*$|nossos compromissos|daqui para frente"
              + "|これから|次のステップ|今後について"
              // the outlook, alone as a heading: "Perspectives", "Perspectivas", "Prospettive"
              // ("Ausblick" is in FollowUps)
              + "|^(?:perspectives?|perspectivas|prospettive)\\W*$"
              // facing the future: "De cara al futuro", "Mirando hacia adelante", "À l'avenir",
              // "Pour la suite", "Für die Zukunft", "Olhando para o futuro"
              + "|^de cara al futuro|^mirando (?:hacia |al )?(?:adelante|futuro)|^(?:à|pour) l'avenir\\W*$"
              + "|^pour la suite\\W*$|^(?:für die|in) zukunft\\W*$|^olhando (?:para )?(?:o futuro|frente)");

  private ComingWork() {}

  /** True when a heading, normalised by {@link FollowUps#normalize}, names what comes next. */
  static boolean names(String normalized) {
    return AHEAD.matcher(normalized).find()
        || PROMISED.matcher(normalized).find()
        || ELSEWHERE.matcher(normalized).find();
  }
}
