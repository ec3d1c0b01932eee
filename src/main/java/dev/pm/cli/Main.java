package dev.pm.cli;

import dev.pm.schema.SchemaException;
import dev.pm.template.NewPostMortemException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import picocli.CommandLine;

/** The entry point. Only {@link #main} exits the JVM; tests call {@link #run}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    // Guarded here too: an Error while picocli or pm's classes load happens before run's guard.
    int code = guard(err, () -> run(Environment.system(), out, err, args));
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs pm as the command line would, writing to {@code out} and {@code err}; returns the exit code. */
  public static int run(Environment env, PrintWriter out, PrintWriter err, String... args) {
    Optional<Class<?>> only = PmCommandTree.only(args);
    PmCommand root = only.isPresent() ? new PmCommand(env) : new PmCommandTree(env);
    CommandLine cli = new CommandLine(root);
    only.ifPresent(cli::addSubcommand);
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    withoutVersionOption(cli.getSubcommands().values());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, err, root.stacktrace()));
    cli.setParameterExceptionHandler((e, args2) -> {
      err.println("pm: " + e.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
      err.println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
      return ExitCodes.USAGE;
    });
    int code = guard(err, () -> cli.execute(args));
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Runs {@code command}, turning an {@link Error} (out of memory, a stack overflow outside the parse
   * workers) into one line and exit 2. Without this the JVM printed a stack trace and exited 1, the
   * code for "your post-mortems have problems", and a CI gate read a crash as findings.
   */
  static int guard(PrintWriter err, java.util.function.IntSupplier command) {
    try {
      return command.getAsInt();
    } catch (OutOfMemoryError e) {
      err.println("pm: out of memory (" + e.getMessage() + "); raise the limit, e.g. PM_JAVA_OPTS=-Xmx4g");
    } catch (Error e) {
      err.println("pm: internal error: " + e + " (please report it)");
    }
    err.flush();
    return ExitCodes.USAGE;
  }

  /**
   * {@code mixinStandardHelpOptions} gives every sub-command {@code -V/--version}, which printed
   * nothing there: only {@code pm --version} knows the version, so only it offers the option.
   */
  private static void withoutVersionOption(java.util.Collection<CommandLine> commands) {
    for (CommandLine command : commands) {
      var spec = command.getCommandSpec();
      var version = spec.findOption("--version");
      if (version != null && spec.version().length == 0 && spec.versionProvider() == null) {
        spec.remove(version);
      }
      withoutVersionOption(command.getSubcommands().values());
    }
  }

  private static int handle(Exception e, PrintWriter err, boolean stacktrace) {
    if (e instanceof SchemaException s) {
      err.println("pm: " + s.describe());
    } else if (e instanceof PmException || e instanceof NewPostMortemException) {
      err.println("pm: " + e.getMessage());
    } else {
      err.println("pm: internal error: " + e + (stacktrace ? "" : " (run with --stacktrace to see where; please report it)"));
    }
    if (stacktrace) {
      e.printStackTrace(err);
    }
    return ExitCodes.USAGE;
  }
}
