package dev.pm.schema;

import dev.pm.model.Location;

/** A schema or configuration file that pm cannot use, with where the problem is. */
public final class SchemaException extends RuntimeException {

  private final String file;
  private final Location at;

  public SchemaException(String file, Location at, String message) {
    super(message);
    this.file = file;
    this.at = at;
  }

  public String file() {
    return file;
  }

  /** An error about the whole file (it cannot be read, it does not exist): no line to point at. */
  public SchemaException(String file, String message) {
    this(file, null, message);
  }

  public Location at() {
    return at;
  }

  /** {@code file:line:column: message}, the form every pm error takes; {@code file: message} when no line is at fault. */
  public String describe() {
    return at == null ? file + ": " + getMessage() : file + ":" + at.line() + ":" + at.column() + ": " + getMessage();
  }
}
