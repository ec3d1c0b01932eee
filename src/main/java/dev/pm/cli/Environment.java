package dev.pm.cli;

import dev.pm.parse.ParseLimits;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What commands get from the outside world, injected so tests can run pm in-process: the working
 * directory, today's date, environment variables, a terminal to ask on (absent in CI), and the
 * parse limits where {@code .pm.yaml} sets none.
 *
 * <p>Rationale: the 3 s parse timeout is a CPU-time budget with a wall-clock backstop; a test that
 * checks what pm reads must not depend on it, so in-process runs can give a hang guard instead,
 * while a test of the budget sets {@code limits.parseTimeout} in its {@code .pm.yaml}.
 */
public record Environment(
    Path workingDir,
    Clock clock,
    Map<String, String> variables,
    Optional<Prompter> prompter,
    Terminal terminal,
    ParseLimits parseLimits) {

  /** With the product's parse limits. */
  public Environment(
      Path workingDir,
      Clock clock,
      Map<String, String> variables,
      Optional<Prompter> prompter,
      Terminal terminal) {
    this(workingDir, clock, variables, prompter, terminal, ParseLimits.DEFAULT);
  }

  /** Without a terminal, and with nothing on standard input: how CI and most tests run pm. */
  public Environment(
      Path workingDir, Clock clock, Map<String, String> variables, Optional<Prompter> prompter) {
    this(workingDir, clock, variables, prompter, Terminal.NONE);
  }

  /**
   * What the process is attached to: standard input (for {@code pm lint -}), and whether standard
   * output and standard error are terminals (colour and progress are for people, never for pipes).
   */
  public record Terminal(java.io.InputStream in, boolean out, boolean err) {
    public static final Terminal NONE =
        new Terminal(java.io.InputStream.nullInputStream(), false, false);

    /**
     * Asked of the operating system: on Linux {@code /proc/self/fd/N} names the device, a terminal
     * is {@code /dev/pts/N} or {@code /dev/ttyX}; elsewhere {@code System.console()}, which is
     * there only when both ends are a terminal (JDK 17), stands for both streams.
     */
    static Terminal system(boolean consoleIsTerminal) {
      return new Terminal(
          System.in, isTerminal(1, consoleIsTerminal), isTerminal(2, consoleIsTerminal));
    }

    private static boolean isTerminal(int fd, boolean fallback) {
      Path link = Path.of("/proc/self/fd/" + fd);
      try {
        String target = java.nio.file.Files.readSymbolicLink(link).toString();
        return target.matches("/dev/(pts/\\d+|tty\\w*|console)");
      } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
        return fallback;
      }
    }
  }

  /** Asks the user one question on the terminal. */
  public interface Prompter {
    Optional<String> ask(String question);
  }

  public static Environment system() {
    java.io.Console console = System.console();
    Optional<Prompter> prompter =
        !isTerminal(console)
            ? Optional.empty()
            : Optional.of(question -> Optional.ofNullable(console.readLine("%s", question)));
    return new Environment(
        Path.of("").toAbsolutePath(),
        // The user's own day: "today" in pm new and in date checks is the local date.
        Clock.system(java.time.ZoneId.systemDefault()),
        System.getenv(),
        prompter,
        Terminal.system(isTerminal(console)));
  }

  /**
   * Whether pm may ask on this console. Up to JDK 21 {@code System.console()} is null unless both
   * ends are a terminal; some later JDKs return a console for redirected input too, and say so
   * through {@code Console.isTerminal()} (JDK 22+), looked up here because pm compiles for 17.
   */
  static boolean isTerminal(java.io.Console console) {
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException before22) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public Path resolve(Path path) {
    return workingDir.resolve(path).normalize();
  }

  /**
   * {@code path} as the user would type it here: relative below the working directory, else
   * absolute; {@code /} separators; control characters as visible escapes, since a file name
   * reaches a terminal or a CI log that would obey them.
   */
  public String shown(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    if (absolute.equals(workingDir)) {
      return ".";
    }
    return dev.pm.io.Escape.text(
        (absolute.startsWith(workingDir) ? workingDir.relativize(absolute) : absolute)
            .toString()
            .replace('\\', '/'));
  }

  /**
   * Whether to colour what goes to standard output. {@code --color=always|never} decides; with
   * {@code auto} (the default) {@code FORCE_COLOR} (any value but {@code 0} or {@code false}) turns
   * colour on, {@code NO_COLOR} (any non-empty value, no-color.org) off, and otherwise standard
   * output must be a terminal whose {@code TERM} is not {@code dumb}.
   */
  public boolean colour(ColorOption.When when) {
    return switch (when) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> {
        String force = variables.get("FORCE_COLOR");
        if (force != null) {
          yield !force.equals("0") && !force.equalsIgnoreCase("false");
        }
        String no = variables.get("NO_COLOR");
        yield (no == null || no.isEmpty())
            && terminal.out()
            && !"dumb".equals(variables.get("TERM"));
      }
    };
  }
}
