package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code --color=auto|always|never}, {@code NO_COLOR} and {@code FORCE_COLOR}, as markdownlint-cli2
 * and ESLint users expect: colour on a terminal by default, never in a pipe, the flag over the
 * variables.
 */
class ColorOptionTest {

  private static final String ESC = "\u001b[";
  private static final Environment.Terminal TTY =
      new Environment.Terminal(InputStream.nullInputStream(), true, true);
  private static final Environment.Terminal PIPE = Environment.Terminal.NONE;

  @TempDir Path repo;
  private PmRunner pm;

  @BeforeEach
  void setUp() {
    pm = new PmRunner(repo);
    assertThat(pm.run("new", "Checkout down").exitCode()).isZero();
  }

  @ParameterizedTest(name = "{0} {1} {2} -> colour {3}")
  @CsvSource({
    // terminal, variable, flag, coloured
    "tty,  ,              , true",
    "pipe, ,              , false",
    "tty,  NO_COLOR=1,    , false",
    "tty,  NO_COLOR=,     , true",
    "pipe, FORCE_COLOR=1, , true",
    "tty,  FORCE_COLOR=0, , false",
    "tty,  TERM=dumb,     , false",
    "pipe, ,              --color=always, true",
    "tty,  ,              --color=never, false",
    "pipe, NO_COLOR=1,    --color=always, true",
    "tty,  FORCE_COLOR=1, --color=never, false",
    "pipe, ,              --colour=ALWAYS, true",
  })
  void lintTextAndStatsTableColourOnlyWhenTheyShould(
      String terminal, String variable, String flag, boolean coloured) {
    Map<String, String> vars =
        variable == null
            ? Map.of()
            : Map.of(variable.split("=", -1)[0], variable.split("=", -1)[1]);
    Environment.Terminal attached = terminal.equals("tty") ? TTY : PIPE;
    String[] lintArgs = flag == null ? new String[] {"lint"} : new String[] {"lint", flag};
    String[] statsArgs = flag == null ? new String[] {"stats"} : new String[] {"stats", flag};

    var lint = pm.run(vars, attached, lintArgs);
    var stats = pm.run(vars, attached, statsArgs);

    assertThat(lint.out()).contains("PM501");
    assertThat(lint.out().contains(ESC)).isEqualTo(coloured);
    assertThat(stats.out().contains(ESC)).isEqualTo(coloured);
    assertThat(lint.err()).doesNotContain(ESC);
  }

  @Test
  void colouredTextIsTheSameTextOnceTheEscapesAreRemoved() {
    var plain = pm.run(Map.of(), PIPE, "lint");
    var coloured = pm.run(Map.of(), TTY, "lint");
    assertThat(coloured.out()).contains(ESC + "33mwarning" + ESC + "0m");
    assertThat(coloured.out().replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain.out());
    assertThat(coloured.exitCode()).isEqualTo(plain.exitCode());
  }

  @Test
  void aReportFileIsNeverColoured() throws Exception {
    var run = pm.run(Map.of(), TTY, "lint", "--color=always", "--output", "report.txt");
    assertThat(java.nio.file.Files.readString(repo.resolve("report.txt")))
        .contains("PM501")
        .doesNotContain(ESC);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void anUnknownWhenIsAUsageError() {
    var run = pm.run("lint", "--color=sometimes");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--colo").contains("sometimes");
  }
}
