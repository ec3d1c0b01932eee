package dev.pm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What commands get from the outside world, injected so tests can run pm in-process: the working
 * directory, today's date, environment variables, and a terminal to ask on (absent in CI).
 */
public record Environment(Path workingDir, Clock clock, Map<String, String> variables, Optional<Prompter> prompter) {

  /** Asks the user one question on the terminal. */
  public interface Prompter {
    Optional<String> ask(String question);
  }

  public static Environment system() {
    java.io.Console console = System.console();
    Optional<Prompter> prompter = !isTerminal(console)
        ? Optional.empty()
        : Optional.of(question -> Optional.ofNullable(console.readLine("%s", question)));
    return new Environment(Path.of("").toAbsolutePath(), Clock.systemDefaultZone(), System.getenv(), prompter);
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
   * {@code path} as the user would type it here: relative below the working directory, else absolute;
   * {@code /} separators; control characters as visible escapes, since a file name reaches a terminal
   * or a CI log that would obey them.
   */
  public String shown(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    if (absolute.equals(workingDir)) {
      return ".";
    }
    return dev.pm.io.Escape.text(
        (absolute.startsWith(workingDir) ? workingDir.relativize(absolute) : absolute).toString().replace('\\', '/'));
  }

  /** Whether to colour terminal output: not when asked not to ({@code NO_COLOR}) or when the output is not a terminal. */
  public boolean colour(PrintWriter out, boolean outputIsTerminal) {
    return outputIsTerminal && !variables.containsKey("NO_COLOR") && !"dumb".equals(variables.get("TERM"));
  }
}
