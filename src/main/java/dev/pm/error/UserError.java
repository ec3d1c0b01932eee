package dev.pm.error;

import dev.pm.model.Location;
import java.util.Objects;

/**
 * A problem the user can fix (a configuration, schema or template file, an option, a file in the
 * way, git or the file system refusing), printed as one line {@code pm: file:line:column: message}
 * and ending the run with {@link #exitCode()}; never a stack trace, never "internal error".
 *
 * <p>Rationale: pm had four exception types for this ({@code PmException}, {@code SchemaException},
 * {@code NewPostMortemException}, the config's reuse of {@code SchemaException}) and anything else
 * reached the user as "internal error ... please report it". One type, with one handler in {@code
 * cli}, keeps PM000's wording for real bugs.
 */
public class UserError extends RuntimeException {

  /** The exit code of "pm could not do its job" (markdownlint-cli2's 2). */
  public static final int CANNOT_RUN = 2;

  private final String file;
  private final Location at;
  private final int exitCode;

  /**
   * @param file the file at fault, or null when none is
   * @param at where in {@code file}, or null for the file as a whole
   */
  public UserError(String file, Location at, String message, int exitCode) {
    super(Objects.requireNonNull(message));
    if (at != null && file == null) {
      throw new IllegalArgumentException("a position needs a file");
    }
    this.file = file;
    this.at = at;
    this.exitCode = exitCode;
  }

  public UserError(String file, Location at, String message) {
    this(file, at, message, CANNOT_RUN);
  }

  /** A problem with no file to point at (a bad option value, a refused request). */
  public UserError(String message) {
    this(null, null, message, CANNOT_RUN);
  }

  public UserError(String message, Throwable cause) {
    this(message);
    initCause(cause);
  }

  /** The file at fault, or null. */
  public String file() {
    return file;
  }

  /** Where in {@link #file()}, or null for the file as a whole (or no file). */
  public Location at() {
    return at;
  }

  public int exitCode() {
    return exitCode;
  }

  /** {@code file:line:column: message}, {@code file: message} or {@code message}. */
  public String describe() {
    if (file == null) {
      return getMessage();
    }
    return at == null
        ? file + ": " + getMessage()
        : file + ":" + at.line() + ":" + at.column() + ": " + getMessage();
  }
}
