package dev.pm.read;

import dev.pm.model.Heading;
import java.util.regex.Pattern;

/**
 * A label inside a resolution or mitigation section that sets the lasting fixes apart from what
 * brought service back: "**Long-Term Mitigation:**", "Permanent fix", "Long-term fixes:",
 * "Preventive measures" over a list. Its entries are follow-up items; the entries under its partner
 * ("**Short-Term Resolution:**", "Immediate actions", "Mitigation") are recovery and are not.
 *
 * <p>Only labels: a heading "Permanent Fix" in a template describes the fix in prose under
 * "Resolution", and is left to the heading vocabulary of {@link FollowUps}.
 */
final class LastingFixes {

  private static final Pattern LASTING =
      Pattern.compile(
          "(?iu)^(?:long[- ]?term|permanent|lasting|durable|structural|definitive|final)"
              + " (?:mitigations?|resolutions?|remediations?|fix(?:es)?|solutions?|measures|changes|actions|corrections?)$"
              // German, French, Spanish, Portuguese: "Dauerhafte Lösung", "Solution définitive",
              // "Solución permanente", "Correção definitiva"
              + "|^(?:langfristige|dauerhafte|nachhaltige) (?:lösungs?|maßnahmen|behebung|korrektur)\\w*$"
              + "|^(?:solutions?|corrections?|mesures|correctifs?) (?:définitive?s?|pérennes?|à long terme)$"
              + "|^(?:soluci[oó]n(?:es)?|correcci[oó]n(?:es)?|medidas) (?:permanentes?|definitivas?|a largo plazo)$"
              + "|^(?:solu[cç][aã]o|solu[cç][õo]es|corre[cç][aã]o|corre[cç][õo]es|medidas) (?:permanentes?|definitivas?|a longo prazo)$");

  /**
   * "**Fix:**", "Hotfix:", "Quick fix:" in the story of the incident: the fix that ended it, whose
   * steps told in the past are not items (its partner, a lasting fix, is named above).
   */
  private static final Pattern INCIDENT_FIX =
      Pattern.compile(
          "(?iu)^(?:the |our )?(?:fix|fixes|hotfix|quick fix|the fix applied)$|^(?:behebung|lösung|solución|correctif|対処|修正)$");

  private LastingFixes() {}

  /** True when a bold label standing as a heading ("**Fix:**") names the fix of the incident. */
  static boolean namesIncidentFixLabel(Heading heading) {
    return heading.level() == 0 && namesIncidentFix(heading.text());
  }

  /** True when a label outside the follow-up sections names the fix that ended the incident. */
  static boolean namesIncidentFix(String label) {
    return label.length() <= 40 && INCIDENT_FIX.matcher(FollowUps.normalize(label)).matches();
  }

  /**
   * True when a bold label standing as a heading ("**Long-Term Mitigation:**") names the lasting
   * fixes; a heading written with {@code #} does not count (see the class comment).
   */
  static boolean namesLabel(Heading heading) {
    return heading.level() == 0 && names(heading.text());
  }

  /** True when a label (without its colon and emphasis) names the lasting fixes. */
  static boolean names(String label) {
    return label.length() <= 60 && LASTING.matcher(FollowUps.normalize(label)).matches();
  }
}
