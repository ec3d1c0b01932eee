package dev.pm.read;

import java.util.regex.Pattern;

/**
 * Whether a figure in a Japanese sentence is how long the service was out: the words right after it
 * say so ("58分間停止しました", "約2時間にわたり利用できませんでした", "1時間30分の障害"). Japanese puts the verb after the
 * figure, where {@link ProseFigures}' English shapes look before it.
 *
 * <p>A figure followed by anything else ("再構築は通常2時間かかります", the rebuild normally takes two hours) is
 * no figure of the incident.
 */
final class JapaneseProseDurations {

  /** What follows an outage's length: a stop, an outage, people unable to use the service. */
  private static final Pattern OUTAGE_AFTER =
      Pattern.compile(
          "^(?:間|ほど|程度|以上)?(?:にわたり|にわたって|にわたる|の間|、)?\\s*"
              + "(?:の)?(?:停止|ダウン|中断|障害|不通|利用(?:でき|不可)|アクセス(?:でき|不可)|接続(?:でき|不可)|使用(?:でき|不可)|サービス停止)");

  private JapaneseProseDurations() {}

  /** Whether {@code after}, the text right after a figure, makes it the outage's length. */
  static boolean isOutageSpan(String after) {
    return OUTAGE_AFTER.matcher(after).find();
  }
}
