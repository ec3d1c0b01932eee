package dev.pm.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.parse.HangGuardLimits;
import dev.pm.parse.PostMortemParser;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Stated figures and the incident date, read from read/durations/doc.md. */
class FiguresTest {

  @Test
  void plainLabelsGiveTheFirstFigureAndTheTitleGivesTheDate() {
    Path doc = Path.of("src/test/resources/read/durations/doc.md");
    Reading reading =
        DocumentReader.read(
            new PostMortemParser(HangGuardLimits.LIMITS).read(doc, "doc.md"), GenericSchema.SCHEMA);
    assertThat(reading.figures())
        .containsEntry("duration", Duration.ofMinutes(104))
        .containsEntry("mttd", Duration.ofMinutes(54))
        .containsEntry("mttr", Duration.ofMinutes(15 * 60 + 40));
    assertThat(reading.incident().date()).isEqualTo(Optional.of(LocalDate.of(2026, 5, 4)));
  }

  @Test
  void durationsReadCompactAndLongForms() {
    assertThat(Durations.parse("1h44m")).contains(Duration.ofMinutes(104));
    assertThat(Durations.parse("16h 45m")).contains(Duration.ofMinutes(16 * 60 + 45));
    assertThat(Durations.parse("9 days")).contains(Duration.ofDays(9));
    assertThat(Durations.parse("1 hour and 31 minutes")).contains(Duration.ofMinutes(91));
  }
}
