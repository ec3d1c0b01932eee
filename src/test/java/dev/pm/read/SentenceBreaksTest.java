package dev.pm.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The scans of {@link SentenceBreaks} find what the patterns they replace found, on written
 * sentences and on random text made of the characters the patterns care about.
 */
class SentenceBreaksTest {

  private static final Pattern COMMITMENT_END =
      Pattern.compile(
          "(?<=[.!?])\\s+(?=[A-Z\\[])|(?<=[\u3002\uff01\uff1f])\\s*(?=[^\\s\u3002\uff01\uff1f])");

  private static final Pattern PROSE_END =
      Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(\\[*_`\"])|\\n\\s*\\n");

  /** What the breaks hinge on, and some letters between them. */
  private static final String ALPHABET = ".!?\u3002\uff01\uff1f \t\n\r\f\u000B\u00a0Aa Zz[(*_`\"x";

  private static final List<String> WRITTEN =
      List.of(
          "",
          "We will add monitoring. The data team plans to rotate keys!  [Done] next?",
          "Fixed. we will. Then\n\nmore text.\n \n\n(aside) *bold* _it_ `code` \"quote\"",
          "障害は解消されました。今後は監視を追加します。 次に！？。。A",
          "Ends with a stop. ",
          "\n\nLeading blank lines.\n",
          "a.\u00a0B a.\tB a.\nB. ...   X");

  @Test
  void commitmentBreaksAreThePatternsMatches() {
    for (String text : texts()) {
      assertThat(commitmentBreaks(text)).as(text).isEqualTo(patternBreaks(text));
    }
  }

  @Test
  void proseSplitIsThePatternsSplit() {
    for (String text : texts()) {
      List<String> pieces = new ArrayList<>();
      SentenceBreaks.splitProse(text, pieces);
      assertThat(pieces).as(text).isEqualTo(Arrays.asList(PROSE_END.split(text, -1)));
    }
  }

  @Test
  void splitsAtAFullStopBeforeACapitalAndAtABlankLine() {
    List<String> pieces = new ArrayList<>();
    SentenceBreaks.splitProse("It broke. We fixed it.\n\nthen e.g. this", pieces);
    assertThat(pieces).containsExactly("It broke.", "We fixed it.", "then e.g. this");
  }

  private static List<String> texts() {
    List<String> texts = new ArrayList<>(WRITTEN);
    Random random = new Random(20261202);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(24);
      for (int i = 0; i < length; i++) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      texts.add(text.toString());
    }
    return texts;
  }

  private static List<String> commitmentBreaks(String text) {
    List<String> breaks = new ArrayList<>();
    SentenceBreaks.Commitment end = new SentenceBreaks.Commitment(text);
    while (end.find()) {
      breaks.add(end.start() + "-" + end.end());
    }
    return breaks;
  }

  private static List<String> patternBreaks(String text) {
    List<String> breaks = new ArrayList<>();
    Matcher end = COMMITMENT_END.matcher(text);
    while (end.find()) {
      breaks.add(end.start() + "-" + end.end());
    }
    return breaks;
  }
}
