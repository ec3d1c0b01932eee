package dev.pm.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedMemoTest {

  @Test
  void aRepeatedArgumentIsWorkedOutOnce() {
    List<String> asked = new ArrayList<>();
    BoundedMemo<String, Integer> length =
        new BoundedMemo<>(
            10,
            s -> {
              asked.add(s);
              return s.length();
            });
    assertThat(length.get("Action items")).isEqualTo(12);
    assertThat(length.get("Action items")).isEqualTo(12);
    assertThat(length.get("Timeline")).isEqualTo(8);
    assertThat(asked).containsExactly("Action items", "Timeline");
  }

  @Test
  void pastItsLimitNewArgumentsAreWorkedOutEachTimeWithTheSameAnswers() {
    List<String> asked = new ArrayList<>();
    BoundedMemo<String, Integer> length =
        new BoundedMemo<>(
            2,
            s -> {
              asked.add(s);
              return s.length();
            });
    length.get("a");
    length.get("bb");
    assertThat(length.get("ccc")).isEqualTo(3);
    assertThat(length.get("ccc")).isEqualTo(3);
    assertThat(length.get("a")).isEqualTo(1);
    assertThat(asked).containsExactly("a", "bb", "ccc", "ccc");
  }
}
