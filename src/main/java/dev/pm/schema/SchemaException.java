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

  public Location at() {
    return at;
  }

  /** {@code file:line:column: message}, the form every pm error takes. */
  public String describe() {
    return file + ":" + at.line() + ":" + at.column() + ": " + getMessage();
  }
}
