package dev.pm.schema;

import dev.pm.error.UserError;
import dev.pm.model.Location;

/** A schema or templates folder that pm cannot use, with where the problem is. */
public final class SchemaException extends UserError {

  public SchemaException(String file, Location at, String message) {
    super(file, at, message);
  }

  /** An error about the whole file (it cannot be read, it does not exist): no line to point at. */
  public SchemaException(String file, String message) {
    this(file, null, message);
  }
}
