package dev.pm.template;

/** A {@code pm new} request that cannot be carried out: bad input, or a file in the way. The message says which. */
public final class NewPostMortemException extends RuntimeException {
  public NewPostMortemException(String message) {
    super(message);
  }
}
