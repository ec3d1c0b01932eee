package dev.pm.cli;

import dev.pm.error.UserError;
import dev.pm.io.Escape;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import picocli.CommandLine;

/** The entry point. Only {@link #main} exits the JVM; tests call {@link #run}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // A bare java -jar leaves the heap to the JVM's sizing, which let hostile files take 2 GB.
    java.util.Optional<Integer> bounded = BoundedHeap.childCommand(args).flatMap(BoundedHeap::run);
    if (bounded.isPresent()) {
      System.exit(bounded.get());
    }
    PrintWriter out =
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    // Guarded here too: an Error while picocli or pm's classes load happens before run's guard.
    int code = guard(err, () -> run(Environment.system(), out, err, args));
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs pm as the command line would, writing to {@code out} and {@code err}; returns the exit
   * code.
   */
  public static int run(Environment env, PrintWriter out, PrintWriter err, String... args) {
    Optional<Class<?>> only = PmCommandTree.only(args);
    PmCommand root = only.isPresent() ? new PmCommand(env) : new PmCommandTree(env);
    CommandLine cli = new CommandLine(root);
    only.ifPresent(cli::addSubcommand);
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    withoutVersionOption(cli.getSubcommands().values());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> handle(e, err, root.stacktrace()));
    cli.setParameterExceptionHandler(
        (e, args2) -> {
          err.println("pm: " + e.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
          err.println(
              "Run '"
                  + e.getCommandLine().getCommandSpec().qualifiedName()
                  + " --help' for usage.");
          return ExitCodes.USAGE;
        });
    int code = guard(err, () -> cli.execute(args));
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Runs {@code command}, turning an {@link Error} (out of memory, a stack overflow outside the
   * parse workers) into one line and exit 2. Without this the JVM printed a stack trace and exited
   * 1, the code for "your post-mortems have problems", and a CI gate read a crash as findings.
   */
  static int guard(PrintWriter err, java.util.function.IntSupplier command) {
    try {
      return command.getAsInt();
    } catch (OutOfMemoryError e) {
      err.println(
          "pm: out of memory (" + e.getMessage() + "); raise the limit, e.g. PM_JAVA_OPTS=-Xmx4g");
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

  /**
   * The one handler: a {@link UserError} is one line and its exit code; an I/O failure the file
   * system reported is the user's to fix too; anything else is a bug in pm (PM000's wording).
   */
  static int handle(Exception e, PrintWriter err, boolean stacktrace) {
    int code = ExitCodes.USAGE;
    // The messages name files and echo values, so each is one escaped line: a file name holding
    // a line break and "::error" must not become a CI annotation (issue 16, item 4).
    if (e instanceof UserError user) {
      err.println("pm: " + Escape.text(user.describe()));
      code = user.exitCode();
    } else if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
      err.println(
          "pm: "
              + Escape.text(
                  ioProblem(
                      e instanceof java.io.UncheckedIOException u
                          ? u.getCause()
                          : (java.io.IOException) e)));
    } else {
      err.println(
          "pm: internal error: "
              + Escape.text(e.toString())
              + (stacktrace ? "" : " (run with --stacktrace to see where; please report it)"));
    }
    if (stacktrace) {
      e.printStackTrace(err);
    }
    return code;
  }

  /**
   * What the file system said, naming the file: {@code NoSuchFileException}'s message is the bare
   * path.
   */
  static String ioProblem(java.io.IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException missing) {
      return missing.getFile() + ": no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException denied) {
      return denied.getFile() + ": permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException fs && fs.getFile() != null) {
      return fs.getFile()
          + ": "
          + (fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName());
    }
    return e.getMessage() != null ? e.getMessage() : e.toString();
  }
}
