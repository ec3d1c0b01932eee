package dev.pm.read;

import java.util.regex.Pattern;

/**
 * "This problem will be resolved once the new disks are installed", "该问题将在新硬盘安装后解决", "Der Fehler
 * wird nach dem Austausch behoben sein": the fault itself is the subject and its fix is still to
 * come, tied to a change someone will make. A person tracks that change as a follow-up, even though
 * no one is named; the same fix told in the past ("was resolved after a restart", "已在 重启后解决") is
 * what happened.
 */
final class PlannedResolutions {

  /**
   * The English and German forms, which open the sentence: tried at its start only. As one
   * alternation with the unanchored forms below, every position of every sentence tried all four.
   */
  private static final Pattern PLANNED_AT_START =
      Pattern.compile(
          "(?iu)^(?:this|the|that)\\s+(?:\\p{L}+\\s+){0,2}?(?:problem|issue|fault|bug|error|failure|limitation|defect)"
              + "\\s+will\\s+(?:\\p{L}+\\s+)?be\\s+(?:fully\\s+|permanently\\s+)?(?:resolved|fixed|addressed|solved|corrected|remedied)\\b"
              // German: "Der Fehler wird nach ... behoben (sein)"
              + "|^(?:der|die|das|dieser|diese|dieses)\\s+(?:\\p{L}+\\s+)?(?:fehler|problem|störung|ausfall|bug|mangel)"
              + "\\s+wird\\b.{0,100}\\b(?:behoben|gelöst|beseitigt)\\b");

  /** The Chinese and Japanese forms, found anywhere in the sentence. */
  private static final Pattern PLANNED_ANYWHERE =
      Pattern.compile(
          // Chinese (simplified and traditional): the fault "will" (将/會) be solved / repaired
          "(?iu)(?:故障|问题|問題|错误|錯誤|缺陷|bug)(?:将|將|会|會)(?:在|于|於)?.{0,40}?(?:解决|解決|修复|修復)"
              // Japanese: the fault is to be resolved / fixed
              + "|(?:障害|問題|不具合)は.{0,40}?(?:解消|修正)(?:される予定|する予定|されます|いたします)");

  /**
   * One of these characters is in every match of {@link #PLANNED_ANYWHERE} (the Chinese "will" or
   * the Japanese topic particle); none has a case, so the check is exact. Most sentences hold none.
   */
  private static final String ANYWHERE_NEEDS = "将將会會は";

  private PlannedResolutions() {}

  /** True when {@code sentence} says the fault will be fixed by a change still to be made. */
  static boolean planned(String sentence) {
    return sentence.length() <= 600
        && (PLANNED_AT_START.matcher(sentence).lookingAt()
            || (hasAny(sentence, ANYWHERE_NEEDS) && PLANNED_ANYWHERE.matcher(sentence).find()));
  }

  private static boolean hasAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
