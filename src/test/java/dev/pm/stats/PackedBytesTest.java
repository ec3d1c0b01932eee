package dev.pm.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PackedBytesTest {

  @Test
  void numbersReadBackInOrderWhateverTheirSize() {
    List<Long> unsigned = List.of(0L, 1L, 127L, 128L, 16_383L, 16_384L, Long.MAX_VALUE);
    List<Long> signed =
        List.of(0L, -1L, 1L, -64L, 64L, -86_400L, 1_000_000_000L, Long.MIN_VALUE, Long.MAX_VALUE);
    PackedBytes.Writer out = new PackedBytes.Writer();
    unsigned.forEach(out::unsigned);
    signed.forEach(out::signed);
    PackedBytes.Reader in = new PackedBytes.Reader(out.toBytes());
    for (long expected : unsigned) {
      assertThat(in.unsigned()).isEqualTo(expected);
    }
    for (long expected : signed) {
      assertThat(in.signed()).isEqualTo(expected);
    }
  }

  @Test
  void smallNumbersTakeOneByteAndSmallNegativesToo() {
    assertThat(new PackedBytes.Writer().unsigned(127).toBytes()).hasSize(1);
    assertThat(new PackedBytes.Writer().unsigned(128).toBytes()).hasSize(2);
    assertThat(new PackedBytes.Writer().signed(-64).toBytes()).hasSize(1);
    assertThat(new PackedBytes.Writer().signed(-65).toBytes()).hasSize(2);
  }

  @Test
  void aNegativeUnsignedValueIsRefused() {
    assertThatThrownBy(() -> new PackedBytes.Writer().unsigned(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyJavaStringReadsBackAsTheSameString() {
    List<String> texts =
        List.of(
            "",
            "plain ascii",
            "caf\u00e9 \u00fcber",
            "\u4e2d\u6587 \u0444\u0430\u0439\u043b",
            "emoji \ud83d\udd0d pair",
            "lone high \ud800 and lone low \udc00",
            "nul \u0000 and DEL \u007f and \u0080 and \u07ff and \u0800 and \uffff",
            "x".repeat(70_000));
    PackedBytes.Writer out = new PackedBytes.Writer();
    texts.forEach(out::text);
    PackedBytes.Reader in = new PackedBytes.Reader(out.toBytes());
    for (String expected : texts) {
      assertThat(in.text()).isEqualTo(expected);
    }
  }

  @Test
  void anAsciiTextCostsItsLengthAndOneByteForTheLength() {
    assertThat(new PackedBytes.Writer().text("INC-2026-001").toBytes()).hasSize(13);
  }

  @Test
  void skippingATextLandsOnWhatFollows() {
    PackedBytes.Reader in =
        new PackedBytes.Reader(
            new PackedBytes.Writer().text("f\u00fcr skipping").unsigned(300).toBytes());
    in.skipText();
    assertThat(in.unsigned()).isEqualTo(300);
  }
}
