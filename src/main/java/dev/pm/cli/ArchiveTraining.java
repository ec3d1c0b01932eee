package dev.pm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The training run behind {@code bin/pm}'s class-data archive (AppCDS on JDK 17-24, the AOT cache
 * on 25+): the JVM archives the classes one process loads, so this process runs each command and
 * output format once, in-process, with the output thrown away. A training run of {@code pm lint}
 * alone left stats' and the reporters' classes (Jackson among them) out of the archive, and a
 * one-file {@code pm stats} then took a third longer than {@code pm lint}.
 *
 * <p>It first runs what pre-commit and CI run on a repository of filled-in post-mortems with
 * findings ({@link #REALISTIC}, written by {@code dev.pm.bench.CorpusGenerator}, one per template):
 * the built-in templates alone never reach most of the reading layer (action items in prose,
 * durations, timelines), so a one-file lint loaded those classes and lambdas outside the archive,
 * and on JDK 25 the AOT cache held no method profiles for them.
 *
 * <p>Not a subcommand: users never need it, and it must not appear in {@code pm --help}.
 *
 * <pre>java -XX:ArchiveClassesAtExit=pm.jsa -cp target/pm.jar dev.pm.cli.ArchiveTraining templates
 * </pre>
 */
public final class ArchiveTraining {

  private ArchiveTraining() {}

  /**
   * The first argument that trains for {@code pm lint} alone ({@link #forLint}): the cache the
   * launchers give a lint run on JDK 25 and later.
   */
  static final String LINT_ONLY = "--lint";

  public static void main(String[] args) {
    boolean lintOnly = args.length > 0 && args[0].equals(LINT_ONLY);
    int first = lintOnly ? 1 : 0;
    String folder = args.length > first ? args[first] : "templates";
    PrintWriter discard = new PrintWriter(Writer.nullWriter());
    Environment env = Environment.system();
    Path cache = null;
    Path repository = null;
    try {
      repository = realisticRepository();
      Environment inRepository =
          new Environment(repository, env.clock(), env.variables(), env.prompter(), env.terminal());
      List<List<String>> realistic = realisticCommands();
      for (List<String> command : lintOnly ? forLint(realistic) : realistic) {
        Main.run(inRepository, discard, discard, command.toArray(String[]::new));
      }
    } catch (IOException e) {
      // No temporary folder: the archive is made from the templates alone.
    } finally {
      deleteQuietly(repository);
    }
    try {
      cache = Files.createTempDirectory("pm-training-cache");
      List<List<String>> each = commands(folder, cache.toString());
      for (List<String> command : lintOnly ? forLint(each) : each) {
        // Exit codes are findings about the templates, not failures of the training.
        Main.run(env, discard, discard, command.toArray(String[]::new));
      }
    } catch (IOException e) {
      // No temporary folder: the archive is made without the cache's classes.
    } finally {
      deleteQuietly(cache);
    }
    System.exit(0);
  }

  /** Filled-in post-mortems with findings, in the jar under {@code dev/pm/cli/training/}. */
  static final List<String> REALISTIC =
      List.of(
          "2020-01-08-payments-lost-writes-02.md",
          "2020-02-21-payments-timed-out-01.md",
          "2021-01-22-search-degraded-latency-02.md",
          "2021-10-28-notifications-degraded-latency-01.md",
          "2022-06-30-checkout-api-lost-writes-01.md",
          "2024-11-11-notifications-dropped-messages-01.md");

  /**
   * What runs on a repository holding {@link #REALISTIC} in {@code postmortems/}: pre-commit's
   * {@code pm lint FILE} on each file, then CI's {@code pm lint} and {@code pm stats} on the
   * folder.
   */
  static List<List<String>> realisticCommands() {
    List<List<String>> commands = new java.util.ArrayList<>();
    for (String file : REALISTIC) {
      commands.add(List.of("lint", "postmortems/" + file));
    }
    commands.add(List.of("lint"));
    commands.add(List.of("stats"));
    commands.add(List.of("stats", "--format", "json"));
    return commands;
  }

  /**
   * The {@code pm lint} runs among {@code commands} that write text or GitHub annotations, what
   * pre-commit and a CI job print. On JDK 25 an AOT cache loads every class it holds when the JVM
   * starts, so a cache trained on every command made a one-file lint load stats' classes and
   * Jackson's databind (about 700 classes) too: a fifth more CPU than a cache trained on lint alone
   * (BENCHMARKS.md, one-file start-up). The JSON, SARIF, JUnit and GitLab reporters load theirs
   * from the jar when asked for.
   */
  static List<List<String>> forLint(List<List<String>> commands) {
    return commands.stream()
        .filter(command -> command.get(0).equals("lint"))
        .filter(
            command -> {
              int format = command.indexOf("--format");
              return format < 0 || List.of("text", "github").contains(command.get(format + 1));
            })
        .toList();
  }

  /** A temporary folder holding {@code postmortems/} with the {@link #REALISTIC} post-mortems. */
  static Path realisticRepository() throws IOException {
    Path repository = Files.createTempDirectory("pm-training-repository");
    Path folder = Files.createDirectory(repository.resolve("postmortems"));
    for (String file : REALISTIC) {
      try (var in = ArchiveTraining.class.getResourceAsStream("training/" + file)) {
        if (in == null) {
          throw new IOException("missing training resource " + file);
        }
        Files.copy(in, folder.resolve(file));
      }
    }
    return repository;
  }

  /**
   * Each command and format once; the cached runs go twice each (filling the cache in {@code
   * cacheFolder}, then reading it), so that Jackson's readers are archived too.
   */
  static List<List<String>> commands(String folder, String cacheFolder) {
    return List.of(
        List.of("lint", "--cache", "--cache-location", cacheFolder, folder),
        List.of("lint", "--cache", "--cache-location", cacheFolder, folder),
        List.of("stats", "--cache", "--cache-location", cacheFolder, "--format", "json", folder),
        List.of("stats", "--cache", "--cache-location", cacheFolder, "--format", "json", folder),
        List.of("lint", "--format", "text", folder),
        List.of("lint", "--format", "json", folder),
        List.of("lint", "--format", "sarif", folder),
        List.of("lint", "--format", "github", folder),
        List.of("lint", "--format", "junit", folder),
        List.of("lint", "--format", "gitlab", folder),
        List.of("lint", "--format", "markdown", folder),
        List.of("stats", "--format", "table", folder),
        List.of("stats", "--format", "json", folder),
        List.of("stats", "--format", "csv", folder),
        List.of("stats", "--format", "markdown", folder),
        List.of("stats", "--format", "html", folder),
        List.of(
            "new", "--stdout", "--id", "INC-2000-01-01-01", "--date", "2000-01-01", "Training run"),
        List.of("templates"));
  }

  /** Deletes a temporary folder and what is in it, its sub-folders first. */
  static void deleteQuietly(Path folder) {
    if (folder == null) {
      return;
    }
    try (var files = Files.walk(folder)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // A temporary folder left behind is harmless.
    }
  }
}
