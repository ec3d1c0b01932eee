package dev.pm.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.model.ActionStatus;
import dev.pm.schema.ActionItemSpec;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusNormalizerTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Done|DONE|true", "done|DONE|false", "Closed|DONE|false", "**Done**|DONE|true",
        "[x] DONE|DONE|false", "[ ] TODO|OPEN|false", "Open|OPEN|true",
            "In Progress|IN_PROGRESS|true",
        "in-progress|IN_PROGRESS|false", "WIP|IN_PROGRESS|false", "Cancelled|CANCELLED|true",
            "won't fix|CANCELLED|false"
      })
  void readsStatusesAgainstTheDefaultVocabulary(String text, ActionStatus expected, boolean exact) {
    var reading = StatusNormalizer.read(text, ActionItemSpec.DEFAULT_STATUSES).orElseThrow();
    assertThat(reading.status()).isEqualTo(expected);
    assertThat(reading.exact()).isEqualTo(exact);
  }

  @ParameterizedTest
  @CsvSource({"Blocked-ish", "maybe", "42"})
  void unknownWordsReadAsNothing(String text) {
    assertThat(StatusNormalizer.read(text, ActionItemSpec.DEFAULT_STATUSES)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void schemaVocabularyWinsOverSynonyms() {
    var vocabulary = Map.of("[x] DONE", ActionStatus.DONE, "Resolved", ActionStatus.CANCELLED);
    assertThat(StatusNormalizer.read("[x] DONE", vocabulary).orElseThrow().exact()).isTrue();
    assertThat(StatusNormalizer.read("Resolved", vocabulary).orElseThrow().status())
        .isEqualTo(ActionStatus.CANCELLED);
  }
}
