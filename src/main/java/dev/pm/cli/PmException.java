package dev.pm.cli;

import dev.pm.error.UserError;

/** A command's refusal (unknown rule, no title, bad option value): {@code pm: message}, exit 2. */
public final class PmException extends UserError {
  public PmException(String message) {
    super(message);
  }
}
