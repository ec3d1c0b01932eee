package dev.pm.cli;

import dev.pm.error.UserError;
import dev.pm.io.FileCollector;
import dev.pm.lint.LintReport;
import dev.pm.lint.Linter;
import dev.pm.parse.PostMortemParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code pm lint -}: one post-mortem read from standard input, as editors and pipelines pass it
 * (ESLint's and markdownlint-cli2's convention). {@code --stdin-filename} names it, so its findings
 * carry that path and the configuration applies to it as to that file ({@code paths:} globs, the
 * file-name date, PM604 against the folder's other ids); without it the name is {@code <stdin>}.
 */
final class StandardInput {

  static final String DASH = "-";

  private StandardInput() {}

  /**
   * Whether the paths ask for standard input; {@code -} goes alone, and --stdin-filename only with
   * it.
   */
  static boolean requested(List<Path> paths, String stdinFilename) {
    boolean dash = paths.stream().anyMatch(p -> p.toString().equals(DASH));
    if (dash && paths.size() > 1) {
      throw new UserError(
          "'-' reads one post-mortem from standard input; give it alone, without other paths");
    }
    if (!dash && stdinFilename != null) {
      throw new UserError("--stdin-filename names standard input; give '-' as the path to read it");
    }
    return dash;
  }

  /**
   * The path the text stands for: {@code --stdin-filename} below the working directory, or {@code
   * <stdin>}.
   */
  static Path path(Environment env, String stdinFilename) {
    return env.resolve(Path.of(stdinFilename != null ? stdinFilename : "<stdin>"));
  }

  /** Reads standard input, within the file size limit, and checks it as {@code path}. */
  static LintReport lint(
      Environment env, Path path, FileCollector names, PostMortemParser parser, Linter linter) {
    long limit = parser.limits().maxFileBytes();
    byte[] bytes;
    try {
      bytes = env.terminal().in().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    } catch (IOException e) {
      throw new UserError("cannot read standard input: " + e.getMessage());
    }
    if (bytes.length > limit) {
      throw new UserError(
          "standard input is larger than the file size limit of "
              + limit
              + " bytes (raise limits.maxFileSize in .pm.yaml)");
    }
    String shown =
        path.getFileName().toString().equals("<stdin>") ? "<stdin>" : names.display(path);
    return linter.report(List.of(linter.check(parser.decode(bytes, path, shown))));
  }
}
