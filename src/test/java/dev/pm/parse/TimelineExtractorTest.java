package dev.pm.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.model.TimelineEntry;
import dev.pm.schema.TimelineSpec;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class TimelineExtractorTest {

  @Test
  void readsTablesBulletsAndTimestampHeadings() {
    var doc = ParserTestSupport.parse("""
        ---
        date: 2026-03-14
        ---
        ## Timeline

        | Time (UTC) | Event |
        |---|---|
        | 14:05 | Alert |
        | 2:30 PM | Fixed |

        - 2026-03-15 09:00 UTC: follow-up call
        - Not a time entry

        ### 2018-03-26 10:34

        Launch success metric reaches 0%.
        """);
    var entries = TimelineExtractor.extract(doc, TimelineSpec.defaults());
    assertThat(entries).extracting(TimelineEntry::time).containsExactly(
        java.util.Optional.of(LocalDateTime.of(2026, 3, 14, 14, 5)),
        java.util.Optional.of(LocalDateTime.of(2026, 3, 14, 14, 30)),
        java.util.Optional.of(LocalDateTime.of(2026, 3, 15, 9, 0)),
        java.util.Optional.of(LocalDateTime.of(2018, 3, 26, 10, 34)));
    assertThat(entries.get(3).event()).isEqualTo("Launch success metric reaches 0%.");
  }

  @Test
  void timesCrossingMidnightRollOver() {
    var doc = ParserTestSupport.parse("## Timeline\n\n- 23:50 start\n- 00:10 end\n");
    var entries = TimelineExtractor.extract(doc, TimelineSpec.defaults());
    assertThat(entries.get(1).time().get()).isAfter(entries.get(0).time().get());
  }
}
