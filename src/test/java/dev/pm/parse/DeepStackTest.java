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
 * Deep nesting is parsed on one shared big stack, one file at a time, whatever the number of
 * workers: memory for stacks is bounded by {@link DeepStack#BYTES} plus a small stack per worker.
 */
class DeepStackTest {

  private static final PostMortemParser PARSER =
      new PostMortemParser(
          new ParseLimits(
              ParseLimits.DEFAULT.maxFileBytes(),
              ParseLimits.DEFAULT.maxFrontMatterBytes(),
              Duration.ofSeconds(60)));

  /** Block quotes nested deeper than a worker's stack allows, but well within the shared one. */
  private static final String DEEP = ">".repeat(DEPTH()) + " deep\n";

  private static int DEPTH() {
    return 60_000;
  }

  @Test
  void aFileTooDeepForAWorkerIsParsedOnTheSharedStack() {
    int before = DeepStack.calls();
    try (ParseWorkers workers = new ParseWorkers(4, Duration.ofMinutes(2))) {
      List<PostMortem> out =
          workers.map(
              List.of(1, 2, 3, 4),
              i -> PARSER.parse(new SourceFile(Path.of(i + ".md"), i + ".md", DEEP)),
              i -> null,
              (i, e) -> null);
      assertThat(out)
          .allSatisfy(
              pm -> {
                assertThat(pm).isNotNull();
                assertThat(pm.problems()).isEmpty();
              });
    }
    // All four overflowed their worker's stack (else the bound below would say nothing) ...
    assertThat(DeepStack.calls() - before).isEqualTo(4);
    // ... and went to the big stack one at a time, though four workers ran them.
    assertThat(DeepStack.mostAtOnce()).isEqualTo(1);
  }

  @Test
  void theWorkerStackIsSmallerThanTheDepthUsedHere() {
    try (ParseWorkers workers = new ParseWorkers(1, Duration.ofSeconds(60))) {
      List<String> out =
          workers.map(
              List.of(DEPTH() * 10),
              DeepStackTest::depth,
              i -> "timeout",
              (i, e) -> e.getClass().getSimpleName());
      assertThat(out).containsExactly("StackOverflowError");
    }
  }

  @Test
  void theSharedStackHoldsDeepRecursion() throws Exception {
    assertThat(DeepStack.call(() -> depth(200_000))).isEqualTo("200000");
  }

  private static String depth(int n) {
    return String.valueOf(count(n));
  }

  private static int count(int n) {
    return n == 0 ? 0 : 1 + count(n - 1);
  }
}
