package dev.pm.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.model.PostMortem;
import dev.pm.model.SourceFile;
import dev.pm.work.ParseWorkers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Files too large to read side by side go through flexmark one at a time, whatever the number of
 * workers, so the heap holds one large tree at most; small files are not held up.
 */
class LargeFileGateTest {

  private static final PostMortemParser PARSER = new PostMortemParser(HangGuardLimits.LIMITS);

  /** Just over the gate: 300 KB of alternating text and emphasis. */
  private static final String LARGE = "a*".repeat(150_000) + "\n";

  @Test
  void largeFilesAreReadOneAtATimeAtAnyWidth() {
    try (ParseWorkers workers = new ParseWorkers(4, Duration.ofMinutes(5))) {
      List<PostMortem> out =
          workers.map(
              List.of(1, 2, 3, 4),
              i -> PARSER.parse(new SourceFile(Path.of(i + ".md"), i + ".md", LARGE)),
              i -> null,
              (i, e) -> null);
      assertThat(out).allSatisfy(pm -> assertThat(pm.problems()).isEmpty());
    }
    assertThat(LARGE.length()).isGreaterThan(LargeFileGate.CHARS);
    assertThat(LargeFileGate.mostAtOnce()).isEqualTo(1);
  }

  @Test
  void smallFilesDoNotWaitForTheGate() throws Exception {
    assertThat(LargeFileGate.enter(LargeFileGate.CHARS)).isFalse();
    assertThat(LargeFileGate.enter(LargeFileGate.CHARS + 1)).isTrue();
    LargeFileGate.leave();
  }
}
