package dev.pm.template;

import dev.pm.error.UserError;

/**
 * A {@code pm new} request that cannot be carried out: bad input, or a file in the way. The message
 * says which.
 */
public final class NewPostMortemException extends UserError {
  public NewPostMortemException(String message) {
    super(message);
  }
}
