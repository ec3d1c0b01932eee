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
 * <p>Not a subcommand: users never need it, and it must not appear in {@code pm --help}.
 *
 * <pre>java -XX:ArchiveClassesAtExit=pm.jsa -cp target/pm.jar dev.pm.cli.ArchiveTraining templates
 * </pre>
 */
public final class ArchiveTraining {

  private ArchiveTraining() {}

  public static void main(String[] args) {
    String folder = args.length > 0 ? args[0] : "templates";
    PrintWriter discard = new PrintWriter(Writer.nullWriter());
    Environment env = Environment.system();
    Path cache = null;
    try {
      cache = Files.createTempDirectory("pm-training-cache");
      for (List<String> command : commands(folder, cache.toString())) {
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

  private static void deleteQuietly(Path folder) {
    if (folder == null) {
      return;
    }
    try (var files = Files.list(folder)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      // A temporary folder left behind is harmless.
    }
  }
}
