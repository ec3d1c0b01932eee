package dev.pm.config;

import dev.pm.error.UserError;
import dev.pm.model.Location;

/** A {@code .pm.yaml} that pm cannot use: the file, where in it, and what is wrong. */
public final class ConfigException extends UserError {

  public ConfigException(String file, Location at, String message) {
    super(file, at, message);
  }
}
