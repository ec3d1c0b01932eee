package dev.pm.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.model.TimelineEntry;
import dev.pm.parse.ParserTestSupport;
import dev.pm.schema.TimelineSpec;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class TimelineExtractorTest {

  @Test
  void readsTablesBulletsAndTimestampHeadings() {
    var doc =
        ParserTestSupport.parse(
            """
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
    assertThat(entries)
        .extracting(TimelineEntry::time)
        .containsExactly(
            java.util.Optional.of(LocalDateTime.of(2026, 3, 14, 14, 5)),
            java.util.Optional.of(LocalDateTime.of(2026, 3, 14, 14, 30)),
            java.util.Optional.of(LocalDateTime.of(2026, 3, 15, 9, 0)),
            java.util.Optional.of(LocalDateTime.of(2018, 3, 26, 10, 34)));
    assertThat(entries.get(3).event()).isEqualTo("Launch success metric reaches 0%.");
  }

  @Test
  void aZoneStatedOnceIsTheTimelinesAndOtherZonesAreConverted() {
    var doc =
        ParserTestSupport.parse(
            """
        ---
        date: 2026-03-14
        ---
        ## Timeline

        | Time (UTC) | Event |
        |---|---|
        | 14:05 | Alert |
        | 10:10 EDT | US on-call joins |
        | 14:20 | Fixed |

        ## Detection

        ### Timeline

        All times are Central European Time (CET).

        - 15:00: paged
        - 14:30 UTC: dashboard red
        """);
    var entries = TimelineExtractor.extract(doc, TimelineSpec.defaults());
    assertThat(entries)
        .extracting(TimelineEntry::time)
        .containsExactly(
            java.util.Optional.of(LocalDateTime.of(2026, 3, 14, 14, 5)),
            java.util.Optional.of(LocalDateTime.of(2026, 3, 14, 14, 10)),
            java.util.Optional.of(LocalDateTime.of(2026, 3, 14, 14, 20)),
            java.util.Optional.of(LocalDateTime.of(2026, 3, 14, 15, 0)),
            java.util.Optional.of(LocalDateTime.of(2026, 3, 14, 15, 30)));
  }

  @Test
  void aDateInAParagraphDatesTheTimesAfterItAndSubBulletsAreEntries() {
    // The shape of kubernetes-sig-testing 2019-02-05: the date only in the paragraph above.
    var doc =
        ParserTestSupport.parse(
            """
        ## Timeline

        All times in PST, on February 5th 2019.

        - 10:02: tests start failing
          - 10:15: first report in #testing-ops
        - 11:30: fix merged
        """);
    var entries = TimelineExtractor.extract(doc, TimelineSpec.defaults());
    assertThat(entries)
        .extracting(TimelineEntry::time)
        .containsExactly(
            java.util.Optional.of(LocalDateTime.of(2019, 2, 5, 10, 2)),
            java.util.Optional.of(LocalDateTime.of(2019, 2, 5, 10, 15)),
            java.util.Optional.of(LocalDateTime.of(2019, 2, 5, 11, 30)));
  }

  @Test
  void zonesAreReadAsOffsets() {
    assertThat(TimeReader.zone("14:05 UTC")).contains(java.time.ZoneOffset.UTC);
    assertThat(TimeReader.zone("14:05Z")).contains(java.time.ZoneOffset.UTC);
    assertThat(TimeReader.zone("09:00 UTC+2")).contains(java.time.ZoneOffset.ofHours(2));
    assertThat(TimeReader.zone("09:00 +05:30"))
        .contains(java.time.ZoneOffset.ofHoursMinutes(5, 30));
    assertThat(TimeReader.zone("10:30 PDT")).contains(java.time.ZoneOffset.ofHours(-7));
    assertThat(TimeReader.zone("14:05-14:20 the API failed")).isEmpty();
    assertThat(TimeReader.zone("the DNS and API at 14:05")).isEmpty();
  }

  @Test
  void timesCrossingMidnightRollOver() {
    var doc = ParserTestSupport.parse("## Timeline\n\n- 23:50 start\n- 00:10 end\n");
    var entries = TimelineExtractor.extract(doc, TimelineSpec.defaults());
    assertThat(entries.get(1).time().get()).isAfter(entries.get(0).time().get());
  }
}
