package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** What the entry point does with a JVM Error: one line and exit 2, never the findings code 1. */
class MainTest {

  private static String run(Error error, int[] code) {
    StringWriter err = new StringWriter();
    code[0] =
        Main.guard(
            new PrintWriter(err),
            () -> {
              throw error;
            });
    return err.toString();
  }

  @Test
  void outOfMemoryIsOneLineAndExitTwo() {
    int[] code = new int[1];
    String err = run(new OutOfMemoryError("Java heap space"), code);
    assertThat(code[0]).isEqualTo(2);
    assertThat(err)
        .isEqualTo(
            "pm: out of memory (Java heap space); raise the limit, e.g. PM_JAVA_OPTS=-Xmx4g"
                + System.lineSeparator());
  }

  @Test
  void anyOtherErrorIsAnInternalErrorWithExitTwo() {
    int[] code = new int[1];
    String err = run(new StackOverflowError(), code);
    assertThat(code[0]).isEqualTo(2);
    assertThat(err.lines()).hasSize(1);
    assertThat(err).startsWith("pm: internal error: java.lang.StackOverflowError");
  }

  @Test
  void aNormalRunPassesItsCodeThrough() {
    assertThat(Main.guard(new PrintWriter(new StringWriter()), () -> 1)).isEqualTo(1);
  }
}
